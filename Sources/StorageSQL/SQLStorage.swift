import Foundation
import Logging
import SQLiteKit
import SQLKit
import Storage

/// `Storage` on SQLKit. SQLite is the embedded default: one file in the data directory, in WAL mode
/// with `synchronous=FULL` and foreign keys on, so a successful write survives a crash or power cut.
/// Schema changes are named, append-only migrations recorded in `schema_migrations` and built with
/// SQLKit's dialect-aware builders, so PostgreSQL can run them too.
public final class SQLStorage: Storage, Sendable {
    let database: any SQLDatabase
    private let connection: SQLiteConnection?

    init(database: any SQLDatabase, connection: SQLiteConnection?) {
        self.database = database
        self.connection = connection
    }

    /// The database file inside a data directory.
    public static func databaseFile(in dataDirectory: URL) -> URL {
        dataDirectory.appendingPathComponent("speakup.sqlite")
    }

    /// Opens (creating if needed) the SQLite database in `dataDirectory` and brings its schema up to date.
    public static func sqlite(dataDirectory: URL, logger: Logger = Logger(label: "speakup.storage")) async throws -> SQLStorage {
        try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
        let connection = try await SQLiteConnection.open(storage: .file(path: databaseFile(in: dataDirectory).path), logger: logger)
        let storage = SQLStorage(database: connection.sql(), connection: connection)
        try await storage.configureSQLite(durable: true)
        try await storage.migrate()
        return storage
    }

    /// A private database in memory, for tests.
    public static func inMemory(logger: Logger = Logger(label: "speakup.storage")) async throws -> SQLStorage {
        let connection = try await SQLiteConnection.open(storage: .memory, logger: logger)
        let storage = SQLStorage(database: connection.sql(), connection: connection)
        try await storage.configureSQLite(durable: false)
        try await storage.migrate()
        return storage
    }

    func configureSQLite(durable: Bool) async throws {
        if durable {
            try await database.raw("PRAGMA journal_mode=WAL").run()
            try await database.raw("PRAGMA synchronous=FULL").run()
        }
        try await database.raw("PRAGMA foreign_keys=ON").run()
        try await database.raw("PRAGMA busy_timeout=5000").run()
    }

    /// SQLite's journal mode and synchronous setting, to check durability ("wal", 2 = FULL).
    public func durability() async throws -> (journalMode: String, synchronous: Int) {
        let mode = try await database.raw("PRAGMA journal_mode").first(decodingColumn: "journal_mode", as: String.self) ?? ""
        let sync = try await database.raw("PRAGMA synchronous").first(decodingColumn: "synchronous", as: Int.self) ?? -1
        return (mode, sync)
    }

    /// Closes the connection. Call before the process ends.
    public func close() async throws {
        try await connection?.close()
    }

    // MARK: - Users

    public func createUser(email: String, passwordHash: String, role: Role, displayName: String?) async throws -> User {
        let email = email.normalisedEmail
        guard email.looksLikeEmail else { throw StorageError.invalid(field: "email", reason: "is not an email address") }
        guard !passwordHash.isEmpty else { throw StorageError.invalid(field: "password", reason: "is empty") }
        if try await user(email: email) != nil { throw StorageError.emailTaken }
        let now = Int64(Date().timeIntervalSince1970)
        do {
            let id = try await database.insert(into: "users")
                .columns("email", "password_hash", "display_name", "role", "reminders_on", "created_at")
                .values(SQLBind(email), SQLBind(passwordHash), SQLBind(displayName), SQLBind(role.rawValue), SQLBind(false), SQLBind(now))
                .returning("id")
                .first(decodingColumn: "id", as: Int64.self)
            guard let id else { throw StorageError.notFound }
            return User(id: id, email: email, displayName: displayName, role: role, country: nil, remindersOn: false,
                        createdAt: Date(timeIntervalSince1970: TimeInterval(now)))
        } catch let error where "\(error)".localizedCaseInsensitiveContains("unique") {
            // Another writer took the email between the check and the insert.
            throw StorageError.emailTaken
        }
    }

    public func user(email: String) async throws -> User? {
        try await selectUsers().where("email", .equal, SQLBind(email.normalisedEmail)).first().map(Self.decodeUser)
    }

    public func users() async throws -> [User] {
        try await selectUsers().orderBy("id").all().map(Self.decodeUser)
    }

    public func passwordHash(userID: Int64) async throws -> String? {
        try await database.select().column("password_hash").from("users").where("id", .equal, SQLBind(userID))
            .first(decodingColumn: "password_hash", as: String.self)
    }

    public func setPasswordHash(userID: Int64, hash: String) async throws {
        guard try await database.select().column("id").from("users").where("id", .equal, SQLBind(userID)).first() != nil else {
            throw StorageError.notFound
        }
        try await database.update("users").set("password_hash", to: SQLBind(hash)).where("id", .equal, SQLBind(userID)).run()
    }

    public func deleteUser(id: Int64) async throws {
        try await database.delete(from: "users").where("id", .equal, SQLBind(id)).run()
    }

    func selectUsers() -> SQLSelectBuilder {
        database.select()
            .columns("id", "email", "display_name", "role", "country", "reminders_on", "created_at")
            .from("users")
    }

    static func decodeUser(_ row: any SQLRow) throws -> User {
        let roleName = try row.decode(column: "role", as: String.self)
        return User(
            id: try row.decode(column: "id", as: Int64.self),
            email: try row.decode(column: "email", as: String.self),
            displayName: try row.decode(column: "display_name", as: String?.self),
            role: Role(rawValue: roleName) ?? .learner,
            country: try row.decode(column: "country", as: String?.self),
            remindersOn: try row.decode(column: "reminders_on", as: Bool.self),
            createdAt: Date(timeIntervalSince1970: TimeInterval(try row.decode(column: "created_at", as: Int64.self))))
    }
}
