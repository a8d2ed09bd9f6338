import Foundation
import Storage
import StorageSQL
import Testing

@Suite("SQL storage on SQLite")
struct SQLStorageTests {
    @Test("accounts are created, found by email in any case, listed, and refused twice")
    func accounts() async throws {
        let storage = try await SQLStorage.inMemory()
        let ana = try await storage.createUser(email: "  Ana@Example.org ", passwordHash: "$2b$12$hash", role: .learner, displayName: "Ana")
        #expect(ana.email == "ana@example.org")
        #expect(try await storage.user(email: "ANA@example.ORG")?.id == ana.id)
        await #expect(throws: StorageError.emailTaken) {
            _ = try await storage.createUser(email: "ana@example.org", passwordHash: "x", role: .admin, displayName: nil)
        }
        _ = try await storage.createUser(email: "bo@example.org", passwordHash: "y", role: .therapist, displayName: nil)
        #expect(try await storage.users().map(\.email) == ["ana@example.org", "bo@example.org"])
        #expect(try await storage.users().map(\.role) == [.learner, .therapist])
        try await storage.close()
    }

    @Test("bad input is refused with the field named")
    func badInput() async throws {
        let storage = try await SQLStorage.inMemory()
        await #expect(throws: StorageError.invalid(field: "email", reason: "is not an email address")) {
            _ = try await storage.createUser(email: "not-an-email", passwordHash: "x", role: .learner, displayName: nil)
        }
        await #expect(throws: StorageError.notFound) { try await storage.setPasswordHash(userID: 42, hash: "x") }
        try await storage.close()
    }

    @Test("password hashes are stored and replaced; deleting removes the account")
    func passwords() async throws {
        let storage = try await SQLStorage.inMemory()
        let user = try await storage.createUser(email: "cy@example.org", passwordHash: "first", role: .learner, displayName: nil)
        #expect(try await storage.passwordHash(userID: user.id) == "first")
        try await storage.setPasswordHash(userID: user.id, hash: "second")
        #expect(try await storage.passwordHash(userID: user.id) == "second")
        try await storage.deleteUser(id: user.id)
        #expect(try await storage.user(email: "cy@example.org") == nil)
        try await storage.close()
    }

    @Test("the file database survives reopening, migrates once, and runs in WAL mode")
    func fileDatabase() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("speakup-storage-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try await SQLStorage.sqlite(dataDirectory: directory)
        _ = try await first.createUser(email: "dee@example.org", passwordHash: "h", role: .learner, displayName: nil)
        try await first.close()
        let second = try await SQLStorage.sqlite(dataDirectory: directory)
        #expect(try await second.user(email: "dee@example.org") != nil)
        #expect(try await second.appliedMigrations() == ["001_users", "002_server_state_and_practice"])
        let durability = try await second.durability()
        #expect(durability.journalMode == "wal")
        #expect(durability.synchronous == 2)
        try await second.close()
        #expect(FileManager.default.fileExists(atPath: SQLStorage.databaseFile(in: directory).path))
    }
}
