import Domain
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
        #expect(try await second.appliedMigrations() == ["001_users", "002_server_state_and_practice", "003_measures"])
        let durability = try await second.durability()
        #expect(durability.journalMode == "wal")
        #expect(durability.synchronous == 2)
        try await second.close()
        #expect(FileManager.default.fileExists(atPath: SQLStorage.databaseFile(in: directory).path))
    }

    static func sheet(_ instrument: String, total: Double, safety: Bool = false, at date: Date) -> StoredAssessment {
        let result = AssessmentResult(instrumentID: instrument, total: Score(value: total, answered: 9, itemCount: 9),
                                      range: ScoreRange(min: 0, max: 27), band: Band(from: 0, to: 27, label: "any"), subscales: [],
                                      missingItems: [], prorated: false, safetyItems: safety ? [9] : [], isCase: nil)
        return StoredAssessment(completed: CompletedAssessment(id: UUID().uuidString.lowercased(), instrumentID: instrument,
                                                               answers: Answers([1: 2, 9: safety ? 1 : 0]), authored: date, result: result))
    }

    @Test("questionnaire results, schedules and imported instruments are kept per person, and go with the account")
    func measures() async throws {
        let storage = try await SQLStorage.inMemory()
        let ana = try await storage.createUser(email: "ana@example.org", passwordHash: "h", role: .learner, displayName: nil)
        let ben = try await storage.createUser(email: "ben@example.org", passwordHash: "h", role: .learner, displayName: nil)
        let day = Date(timeIntervalSince1970: 1_800_000_000)
        let first = try await storage.saveAssessment(userID: ana.id, Self.sheet("phq9", total: 12, at: day))
        _ = try await storage.saveAssessment(userID: ana.id, Self.sheet("gad7", total: 4, at: day.addingTimeInterval(60)))
        _ = try await storage.saveAssessment(userID: ana.id, Self.sheet("phq9", total: 5, safety: true, at: day.addingTimeInterval(86_400)))
        #expect(first.completed.answers[1] == 2, "answers come back as stored")
        #expect(try await storage.assessments(userID: ana.id, instrumentID: "phq9").map(\.total) == [12, 5], "oldest first")
        #expect(try await storage.assessments(userID: ana.id, instrumentID: "phq9").last?.result.safetyTriggered == true)
        #expect(try await storage.assessments(userID: ana.id, instrumentID: nil).count == 3)
        #expect(try await storage.assessment(userID: ben.id, id: first.id) == nil, "another person's id reads as nothing")
        #expect(try await storage.assessments(userID: ben.id, instrumentID: nil).isEmpty)

        try await storage.setSchedule(userID: ana.id, MeasureSchedule(instrumentID: "phq9", everyDays: 14, since: day))
        try await storage.setSchedule(userID: ana.id, MeasureSchedule(instrumentID: "phq9", everyDays: 7, since: day))
        #expect(try await storage.schedules(userID: ana.id).map(\.everyDays) == [7], "setting again replaces")
        #expect(try await storage.schedules(userID: ben.id).isEmpty)
        try await storage.setSchedule(userID: ana.id, MeasureSchedule(instrumentID: "phq9", everyDays: 0, since: day))
        #expect(try await storage.schedules(userID: ana.id).isEmpty, "0 days removes it")

        try await storage.saveImportedInstrument(ImportedInstrument(id: "ras", title: "One", source: "a", importedAt: day))
        try await storage.saveImportedInstrument(ImportedInstrument(id: "ras", title: "Two", source: "b", importedAt: day))
        #expect(try await storage.importedInstruments().map(\.title) == ["Two"])

        try await storage.setSchedule(userID: ana.id, MeasureSchedule(instrumentID: "gad7", everyDays: 14, since: day))
        try await storage.deleteUser(id: ana.id)
        #expect(try await storage.assessments(userID: ana.id, instrumentID: nil).isEmpty, "deleting the account deletes the results")
        #expect(try await storage.schedules(userID: ana.id).isEmpty)
        try await storage.close()
    }

    @Test("a schedule is due at once, then every N days after the latest result")
    func scheduleDue() {
        let since = Date(timeIntervalSince1970: 1_800_000_000)
        let schedule = MeasureSchedule(instrumentID: "phq9", everyDays: 14, since: since)
        #expect(schedule.isDue(lastTaken: nil, now: since))
        let taken = since.addingTimeInterval(3_600)
        #expect(!schedule.isDue(lastTaken: taken, now: taken.addingTimeInterval(13 * 86_400)))
        #expect(schedule.isDue(lastTaken: taken, now: taken.addingTimeInterval(14 * 86_400)))
    }
}
