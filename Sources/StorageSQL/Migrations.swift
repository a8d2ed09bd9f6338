import Foundation
import SQLKit

/// One named schema change. Migrations are append-only: never edit or reorder one that has shipped;
/// add a new one. They use SQLKit's builders, never the app's types, so they read the same forever.
struct Migration: Sendable {
    var name: String
    var run: @Sendable (any SQLDatabase) async throws -> Void
}

extension SQLStorage {
    static let migrations: [Migration] = [
        Migration(name: "001_users") { db in
            try await db.create(table: "users")
                .column("id", type: .bigint, .primaryKey(autoIncrement: true))
                .column("email", type: .text, .notNull, .unique)
                .column("password_hash", type: .text, .notNull)
                .column("display_name", type: .text)
                .column("role", type: .text, .notNull,
                        .check(SQLRaw("role IN ('learner', 'therapist', 'facilitator', 'admin')")))
                .column("country", type: .text, .check(SQLRaw("country IS NULL OR length(country) = 2")))
                .column("reminders_on", type: .custom(SQLRaw("BOOLEAN")), .notNull, .default(false))
                .column("created_at", type: .bigint, .notNull)
                .run()
        },
    ]

    /// Applies every migration not yet recorded, in order, each in its own transaction.
    func migrate() async throws {
        try await database.create(table: "schema_migrations")
            .ifNotExists()
            .column("name", type: .text, .primaryKey(autoIncrement: false), .notNull)
            .column("applied_at", type: .bigint, .notNull)
            .run()
        let applied = Set(try await database.select().column("name").from("schema_migrations").all()
            .map { try $0.decode(column: "name", as: String.self) })
        for migration in Self.migrations where !applied.contains(migration.name) {
            try await database.raw("BEGIN").run()
            do {
                try await migration.run(database)
                try await database.insert(into: "schema_migrations").columns("name", "applied_at")
                    .values(SQLBind(migration.name), SQLBind(Int64(Date().timeIntervalSince1970))).run()
                try await database.raw("COMMIT").run()
            } catch {
                try? await database.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// The migrations recorded as applied, in order.
    public func appliedMigrations() async throws -> [String] {
        try await database.select().column("name").from("schema_migrations").orderBy("name").all()
            .map { try $0.decode(column: "name", as: String.self) }
    }
}
