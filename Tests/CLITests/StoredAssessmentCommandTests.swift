import ArgumentParser
@testable import CLI
import Domain
import Foundation
import Storage
import StorageSQL
import Testing

/// The commands that read and write a data dir: `assess --user`, `instruments import`, `export`.
@Suite("speakup assess --user, instruments import and export")
struct StoredAssessmentCommandTests {
    static func run(_ arguments: [String]) async throws {
        var command = try #require(try SpeakUp.parseAsRoot(arguments) as? any AsyncParsableCommand)
        try await command.run()
    }

    static func withDataDir(_ body: (String, SQLStorage, User) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("speakup-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let storage = try await SQLStorage.sqlite(dataDirectory: directory)
        let user = try await storage.createUser(email: "ana@example.org", passwordHash: "h", role: .learner, displayName: nil)
        try await storage.close()
        // Each command opens and closes the database itself; the test reads it afterwards.
        try await body(directory.path, storage, user)
    }

    static func results(_ directory: String, userID: Int64) async throws -> [StoredAssessment] {
        let storage = try await SQLStorage.sqlite(dataDirectory: URL(fileURLWithPath: directory))
        let all = try await storage.assessments(userID: userID, instrumentID: nil)
        try await storage.close()
        return all
    }

    @Test("assess --user stores each result; the second is compared with the first")
    func storesAndCompares() async throws {
        try await Self.withDataDir { directory, _, user in
            try await Self.run(["assess", "phq9", "--answers", "3,3,2,2,2,2,1,1,0", "--user", "ana@example.org", "--data-dir", directory, "--json"])
            try await Self.run(["assess", "phq9", "--answers", "1,1,0,0,1,0,1,0,1", "--user", "ana@example.org", "--data-dir", directory, "--json"])
            let stored = try await Self.results(directory, userID: user.id)
            #expect(stored.map(\.total) == [16, 5])
            #expect(stored.map(\.result.safetyTriggered) == [false, true], "item 9 at 1 is flagged in storage too")
            #expect(stored[1].completed.answers[9] == 1)
        }
    }

    @Test("assess --user for an unknown account fails and stores nothing")
    func unknownAccount() async throws {
        try await Self.withDataDir { directory, _, user in
            await #expect(throws: ExitCode.failure) {
                try await Self.run(["assess", "gad7", "--answers", "0,0,0,0,0,0,0", "--user", "nobody@example.org", "--data-dir", directory])
            }
            let stored = try await Self.results(directory, userID: user.id)
            #expect(stored.isEmpty)
        }
    }

    @Test("an imported instrument can be taken with --user and scores with the Rathus key; bundled ids cannot be replaced")
    func importAndTake() async throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("MeasuresTests/Fixtures/ras.yaml").path
        try await Self.withDataDir { directory, _, user in
            try await Self.run(["instruments", "import", fixture, "--data-dir", directory])
            // Most assertive: +3 on plain items, -3 on the 17 reversed ones.
            let reversed: Set = [1, 2, 4, 5, 9, 11, 12, 13, 14, 15, 16, 17, 19, 23, 24, 26, 30]
            let answers = (1...30).map { reversed.contains($0) ? "-3" : "3" }.joined(separator: ",")
            try await Self.run(["assess", "ras", "--answers=" + answers, "--user", "ana@example.org", "--data-dir", directory, "--json"])
            #expect(try await Self.results(directory, userID: user.id).map(\.total) == [90])

            // A valid file that takes a bundled id is refused.
            let copy = FileManager.default.temporaryDirectory.appendingPathComponent("rses-\(UUID().uuidString).yaml")
            defer { try? FileManager.default.removeItem(at: copy) }
            let text = try String(contentsOfFile: fixture, encoding: .utf8).replacingOccurrences(of: "id: ras", with: "id: rses")
            try text.write(to: copy, atomically: true, encoding: .utf8)
            #expect(InstrumentCheck.run(path: copy.path).ok, "the copy itself is a valid file")
            await #expect(throws: ExitCode.failure) { try await Self.run(["instruments", "import", copy.path, "--data-dir", directory]) }
        }
    }

    @Test("assess --user with item 9 on a sheet that can't be scored keeps a safety record and stores no result")
    func unfinishedIsRecorded() async throws {
        try await Self.withDataDir { directory, _, user in
            await #expect(throws: ExitCode.failure) {
                try await Self.run(["assess", "phq9", "--answers", "0,0,,0,0,0,0,0,2", "--user", "ana@example.org", "--data-dir", directory])
            }
            let storage = try await SQLStorage.sqlite(dataDirectory: URL(fileURLWithPath: directory))
            let events = try await storage.safetyEvents(userID: user.id)
            let results = try await storage.assessments(userID: user.id, instrumentID: nil)
            try await storage.close()
            #expect(results.isEmpty)
            #expect(events.map(\.source) == ["questionnaire:phq9"])
            #expect(events.first?.detail.contains("item 9 answered 2") == true)
        }
    }
}
