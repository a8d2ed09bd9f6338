import ArgumentParser
@testable import CLI
import Domain
import Foundation
import Measures
import Testing

@Suite("speakup assess and speakup instruments")
struct MeasuresCommandTests {
    /// Parses a command line as the executable does and runs `assess` without a terminal.
    func assess(_ arguments: [String]) throws -> CommandOutput {
        let command = try #require(try SpeakUp.parseAsRoot(["assess"] + arguments) as? AssessCommand)
        return try command.execute(terminal: Terminal(colour: false)) { _, _ in
            Issue.record("asked interactively although --answers was given")
            return nil
        }
    }

    @Test("assess --answers --json prints instrument, total, band, subscales, reliable_change and safety")
    func json() throws {
        let output = try assess(["phq9", "--answers", "1,2,1,0,0,1,2,0,0", "--json"])
        #expect(!output.failed)
        #expect(output.standardError.isEmpty)
        #expect(
            output.standardOutput == [
                #"{"instrument":"phq9","total":7,"band":"mild","subscales":{},"reliable_change":null,"safety":false,"prorated":false}"#
            ])
    }

    @Test("assess --json with item 9 answered: safety is true and the crisis help goes to standard error")
    func jsonSafety() throws {
        let output = try assess(["phq9", "--answers", "0,0,0,0,0,0,0,0,1", "--json", "--country", "GB"])
        let json = try #require(JSONValue.parse(output.standardOutput.joined()))
        #expect(json["total"] == .number(1))
        #expect(json["band"] == .string("minimal"))
        #expect(json["safety"] == .bool(true))
        let help = output.standardError.joined(separator: "\n")
        #expect(help.contains("You don't have to carry this alone"))
        #expect(help.contains("Crisis lines (GB)"))
    }

    @Test("assess --baseline reports reliable change and recovery")
    func baseline() throws {
        let output = try assess(["phq9", "--answers", "1,1,1,1,1,1,1,0,0", "--baseline", "2,2,2,2,2,2,2,1,0", "--json"])
        let json = try #require(JSONValue.parse(output.standardOutput.joined()))
        // JSONValue.parse sorts keys, so they are listed alphabetically here.
        #expect(
            json["reliable_change"]
                == JSONValue.object([
                    ("baseline", .number(15)), ("change", .number(-8)), ("criterion", .string("points")),
                    ("direction", .string("improved")),
                    ("rci", .null), ("recovered", .bool(true)), ("reliable", .bool(true)),
                ]))
    }

    @Test("assess --json gives subscales by id for the situations check")
    func subscales() throws {
        let answers = (1...50).map { $0 % 2 == 1 ? "2" : "4" }.joined(separator: ",")
        let json = try #require(
            JSONValue.parse(try assess(["situations", "--answers", answers, "--json"]).standardOutput.joined()))
        #expect(json["total"] == .number(4))
        #expect(json["band"] == .null)
        #expect(json["subscales"]?["saying-no-discomfort"] == .number(2))
        #expect(json["subscales"]?["strangers-likelihood"] == .number(4))
    }

    @Test("assess refuses a bad sheet with the reason, and still shows help when item 9 is answered")
    func refused() throws {
        let output = try assess(["phq9", "--answers", "0,,0,0,0,0,0,0,2", "--json"])
        #expect(output.failed)
        #expect(output.standardOutput.isEmpty)
        #expect(
            output.standardError.first
                == "Error: Item 2 is unanswered; this questionnaire is scored only when every item is answered.")
        #expect(output.standardError.joined().contains("You don't have to carry this alone"))
        let short = try assess(["phq9", "--answers", "0,1", "--json"])
        #expect(short.failed)
        #expect(short.standardError == ["Error: --answers: Expected 9 to 10 answers in item order, found 2."])
        #expect(
            try assess(["nope", "--answers", "1"]).standardError.first?.hasPrefix("Error: no instrument \"nope\"")
                == true)
    }

    @Test("assess in plain words shows the score, the band and the licence")
    func plain() throws {
        let text = try assess(["gad7", "--answers", "2,2,2,2,2,1,1"]).standardOutput.joined(separator: "\n")
        #expect(text.contains("Score: 12 (possible 0 to 21, where lower is better): moderate"))
        #expect(text.contains("No permission required to reproduce"))
        #expect(!text.contains("carry this alone"))
    }

    @Test("the interactive session reads numbered choices and allows skipping only unscored items")
    func interactive() throws {
        let phq9 = try #require(InstrumentCatalog.bundled.instrument("phq9"))
        var input = ["2", "s", "9", "1", "1", "1", "1", "1", "1", "1", "1", ""][...]
        var written: [String] = []
        let answers = AssessSession(terminal: Terminal(colour: false), write: { written.append($0) }).ask(
            phq9, readLine: { input.popFirst() })
        #expect(answers == Answers(inOrder: [1, 0, 0, 0, 0, 0, 0, 0, 0]))
        #expect(written.contains("Please type a number from 1 to 4."))
        #expect(written.contains("   4) Nearly every day"))
        var quit = ["q"][...]
        #expect(
            AssessSession(terminal: Terminal(colour: false), write: { _ in }).ask(phq9, readLine: { quit.popFirst() })
                == nil)
    }

    @Test("instruments check: OK with a summary, or FILE:LINE:COLUMN problems")
    func check() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "speakup-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = directory.appendingPathComponent("good.yaml"), bad = directory.appendingPathComponent("bad.yaml")
        let valid = """
            id: mine
            title: Mine
            licence: ours
            stem: How often?
            options: [{value: 0, label: never}, {value: 1, label: often}]
            items: [{n: 1, text: one}, {n: 2, text: two, reversed: true}]
            total: {min: 0, max: 2}
            better: lower

            """
        try valid.write(to: good, atomically: true, encoding: .utf8)
        try valid.replacingOccurrences(of: "max: 2", with: "max: 3").write(to: bad, atomically: true, encoding: .utf8)
        let ok = InstrumentCheck.run(path: good.path)
        #expect(ok.ok)
        #expect(ok.summary == ["OK \(good.path): \"mine\" Mine: 2 items; sum 0 to 2, lower is better; reversed: 2"])
        let failed = InstrumentCheck.run(path: bad.path)
        #expect(!failed.ok)
        #expect(
            failed.problems == [
                "\(bad.path):7:22: total: \"max\" is 3 but the highest possible total of these items is 2",
                "1 problem found.",
            ])
        let missing = InstrumentCheck.run(path: directory.appendingPathComponent("none.yaml").path)
        #expect(missing.problems.first?.hasSuffix("none.yaml:1:1: cannot read the file") == true)
        #expect(throws: ExitCode.failure) {
            try (try SpeakUp.parseAsRoot(["instruments", "check", bad.path]) as? InstrumentsCommand.Check)?.run()
        }
    }

    @Test("instruments list names every bundled instrument and marks the self-monitoring tool")
    func list() throws {
        let text = InstrumentListing.render(InstrumentCatalog.bundled.instruments, json: false)
        for id in ["phq9", "gad7", "rses", "ipip-assertiveness", "ipip-cooperation", "situations"] {
            #expect(text.contains(id))
        }
        #expect(text.contains("(self-monitoring tool, not a validated scale)"))
        let json = try #require(
            JSONValue.parse(InstrumentListing.render(InstrumentCatalog.bundled.instruments, json: true)))
        guard case .array(let rows) = json else { Issue.record("not an array"); return }
        #expect(rows.count == 6)
        #expect(rows.first?["id"] == .string("phq9"))
    }

    @Test("quitting after answering item 9 still shows the help, and keeps the partial sheet for the record")
    func quitAfterItem9() throws {
        let command = try #require(try SpeakUp.parseAsRoot(["assess", "phq9", "--country", "GB"]) as? AssessCommand)
        let output = try command.execute(terminal: Terminal(colour: false)) { instrument, quitWith in
            var input = ["1", "1", "1", "1", "1", "1", "1", "1", "3", "q"][...]
            return AssessSession(terminal: Terminal(colour: false), write: { _ in }).ask(instrument, readLine: { input.popFirst() },
                                                                                      onQuit: quitWith)
        }
        let help = output.standardError.joined(separator: "\n")
        #expect(help.contains("You don't have to carry this alone"))
        #expect(help.contains("Crisis lines (GB)"))
        #expect(output.scored == nil)
        #expect(output.unfinished?.answers[9] == 2, "the third choice, 'More than half the days', is worth 2")
    }

    @Test("a typo elsewhere in --answers does not hide item 9: the error and the help are both printed")
    func typoDoesNotHideItem9() throws {
        let output = try assess(["phq9", "--answers", "0,0,0,0,0,0,0,x,2"])
        #expect(output.failed)
        let text = output.standardError.joined(separator: "\n")
        #expect(text.contains("not a whole number"))
        #expect(text.contains("You don't have to carry this alone"))
        let clean = try assess(["phq9", "--answers", "0,0,0,0,0,0,0,x,0"])
        #expect(!clean.standardError.joined().contains("carry this alone"), "no help when item 9 is 0")
    }

    @Test("--user refuses an instrument file: results are stored only for loaded instruments")
    func userNeedsALoadedInstrument() throws {
        #expect(throws: (any Error).self) {
            _ = try SpeakUp.parseAsRoot(["assess", "my-clinic/phq9.yaml", "--user", "ana@example.org", "--answers", "0,0,0,0,0,0,0,0,0"])
        }
    }
}
