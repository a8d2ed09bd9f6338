import Curriculum
import TestSupport
import Foundation
import Testing

@Suite("Content checker: broken files give exact file:line:column messages")
struct BrokenContentTests {
    /// A valid one-turn scenario; tests swap single lines to break it.
    static func scenario(id: String = "my-test", context: String = "workplace", skills: String = "[saying_no]",
                         extra: String = "", next: String = "end", models: String? = nil) -> String {
        let allModels = models ?? """
                  passive: {text: "Um, okay.", why: "Gives in."}
                  assertive: {text: "No, thanks.", why: "Clear."}
                  aggressive: {text: "Get lost.", why: "Hostile."}
                  passive_aggressive: {text: "Sure, whatever.", why: "Sulky."}
            """
        return """
            id: \(id)
            title: A test
            context: \(context)
            difficulty: 2
            skills: \(skills)
            counterpart: {name: Sam, persona: A colleague.}
            setup: Sam asks a favour.\(extra)
            turns:
              - id: ask
                line: "Can you do it?"
                models:
            \(allModels)
                reactions:
                  - when: {style: [passive, assertive, aggressive, passive_aggressive]}
                    say: "Okay."
                    next: \(next)
            debrief: Well done.

            """
    }

    func check(_ files: [String: String]) throws -> [String] {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("speakup-content-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return ContentPack.check(root).map { $0.description.replacingOccurrences(of: root.path + "/", with: "") }
    }

    @Test("a valid file of one's own passes")
    func valid() throws {
        #expect(try check(["scenarios/mine.yaml": Self.scenario()]) == [])
    }

    @Test("YAML syntax")
    func syntax() throws {
        let errors = try check(["scenarios/bad.yaml": "id: x\ntitle: [unclosed\ncontext: work\n"])
        #expect(errors.count == 1)
        #expect(errors[0].hasPrefix("scenarios/bad.yaml:3:8: YAML syntax:"), "\(errors)")
    }

    @Test("unknown and missing keys")
    func keys() throws {
        let text = Self.scenario(extra: "\ncolour: red").replacingOccurrences(of: "debrief: Well done.\n", with: "")
        #expect(try check(["scenarios/keys.yaml": text]) == [
            "scenarios/keys.yaml:1:1: scenario: missing key \"debrief\"",
            "scenarios/keys.yaml:8:1: scenario: unknown key \"colour\"",
        ])
    }

    @Test("duplicate ids")
    func duplicates() throws {
        let errors = try check(["scenarios/a.yaml": Self.scenario(id: "twin"), "scenarios/b.yaml": Self.scenario(id: "twin")])
        #expect(errors.count == 1)
        #expect(errors.first?.contains("duplicate id \"twin\"") == true)
        #expect(errors.first?.hasPrefix("scenarios/b.yaml:1:1:") == true)
    }

    @Test("a branch that points nowhere")
    func danglingBranch() throws {
        #expect(try check(["scenarios/branch.yaml": Self.scenario(next: "nowhere")]) == [
            "scenarios/branch.yaml:1:1: scenario: no ending; at least one reaction needs \"next: end\"",
            "scenarios/branch.yaml:19:15: turn \"ask\": branch points to \"nowhere\", which is not a turn in this scenario",
        ])
    }

    @Test("a scenario with no ending")
    func noEnding() throws {
        #expect(try check(["scenarios/loop.yaml": Self.scenario(next: "ask")]) == [
            "scenarios/loop.yaml:1:1: scenario: no ending; at least one reaction needs \"next: end\"",
            "scenarios/loop.yaml:19:15: turn \"ask\": branch to \"ask\" must point to a later turn, so every path ends",
        ])
    }

    @Test("a turn without model answers")
    func missingModels() throws {
        let models = """
                  assertive: {text: "No, thanks.", why: "Clear."}
            """
        #expect(try check(["scenarios/models.yaml": Self.scenario(models: models)]) == [
            "scenarios/models.yaml:12:7: turn \"ask\": no aggressive model answer",
            "scenarios/models.yaml:12:7: turn \"ask\": no passive model answer",
            "scenarios/models.yaml:12:7: turn \"ask\": no passive_aggressive model answer",
        ])
    }

    @Test("unknown skill and context names")
    func unknownNames() throws {
        let errors = try check(["scenarios/names.yaml": Self.scenario(context: "spaceship", skills: "[saying_no, flying]")])
        #expect(errors.count == 2)
        #expect(errors[0].hasPrefix("scenarios/names.yaml:3:10: scenario: unknown context \"spaceship\"; use one of: workplace"))
        #expect(errors[1].hasPrefix("scenarios/names.yaml:5:21: scenario: unknown skill \"flying\"; use one of: styles"))
    }

    @Test("every error in a folder is reported at once")
    func allAtOnce() throws {
        let errors = try check([
            "scenarios/one.yaml": Self.scenario(id: "one", context: "spaceship"),
            "scenarios/two.yaml": Self.scenario(id: "two", next: "nowhere"),
            "lessons/bad.yaml": "id: [",
        ])
        #expect(errors.filter { $0.hasPrefix("scenarios/one.yaml") }.count == 1)
        #expect(errors.filter { $0.hasPrefix("scenarios/two.yaml") }.count == 2)
        #expect(errors.filter { $0.hasPrefix("lessons/bad.yaml") }.count == 1)
    }
}

@Suite("The authors' guide")
struct ContentFormatDocTests {
    @Test("the complete scenario example in docs/content-format.md is valid content")
    func documentedExampleIsValid() throws {
        let doc = try TestSupport.RepositoryFiles.text("docs/content-format.md")
        let start = try #require(doc.range(of: "```yaml\nid: work-weekend-cover"))
        let body = doc[start.upperBound...]
        let end = try #require(body.range(of: "```"))
        let example = "id: doc-example" + body[..<end.lowerBound]
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("speakup-doc-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("scenarios"), withIntermediateDirectories: true)
        try example.write(to: root.appendingPathComponent("scenarios/example.yaml"), atomically: true, encoding: .utf8)
        #expect(ContentPack.check(root).map(\.description) == [])
    }
}
