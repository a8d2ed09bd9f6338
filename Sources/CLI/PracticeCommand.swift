import ArgumentParser
import Coach
import Curriculum
import Domain
import Foundation
import RolePlay
import Safety

/// `speakup practice`: rehearse a scenario in the terminal.
struct PracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "Rehearse a scenario in the terminal, with feedback on every reply.",
        discussion: """
            While practising, type your reply at the prompt, or one of:
              /model   show the model answers for this turn
              /hint    a short hint
              /retry   try the last turn again (the earlier attempt is kept)
              /quit    stop and see the summary

            Examples:
              speakup practice --context workplace --difficulty 2
              speakup practice --list --json
              speakup practice work-extra-project --script replies.txt --json
            """
    )

    @Argument(help: "A scenario id to start straight away (see --list).")
    var scenarioID: String?

    @Option(help: "Only scenarios in this context.")
    var context: Setting?

    @Option(help: "Only scenarios that practise this skill (e.g. saying_no, broken_record, dear_man).")
    var skill: Skill?

    @Option(help: "Only scenarios of this difficulty (1-5).")
    var difficulty: Int?

    @Flag(help: "List the scenarios instead of practising.")
    var list = false

    @Flag(help: "With --list, print a JSON array; with --script, print the transcript as JSON.")
    var json = false

    @Option(help: "Play replies from a file, one per line, without a terminal.")
    var script: String?

    @Option(help: "Two-letter country code for crisis lines if help is needed.")
    var country: String?

    @Flag(name: .customLong("no-color"), help: "Plain text, no colour.")
    var noColor = false

    @OptionGroup var content: ContentOptions

    func validate() throws {
        if let difficulty, !(1...5).contains(difficulty) { throw ValidationError("--difficulty must be from 1 to 5.") }
        if script != nil && scenarioID == nil { throw ValidationError("--script needs a scenario id, e.g. speakup practice work-extra-project --script replies.txt") }
        if json && !list && script == nil { throw ValidationError("--json goes with --list or --script.") }
    }

    func run() throws {
        let pack = try content.load()
        let matching = pack.scenarios.filter { scenario in
            (context == nil || scenario.context == context) && (skill == nil || scenario.skills.contains(skill!))
                && (difficulty == nil || scenario.difficulty == difficulty)
        }
        if list {
            if matching.isEmpty && !json { printError("No scenarios match those filters.") }
            print(json ? ScenarioListing.json(matching) : ScenarioListing.text(matching))
            return
        }
        let terminal = Terminal.forStandardOutput(noColor: noColor || script != nil)
        var session = PracticeSession(terminal: terminal, country: country, write: { print($0) })
        let scenario: Scenario
        if let scenarioID {
            guard let found = pack.scenario(scenarioID) else {
                printError("Error: no scenario \"\(scenarioID)\". See `speakup practice --list`.")
                throw ExitCode.validationFailure
            }
            scenario = found
        } else {
            guard !matching.isEmpty else { throw ValidationError("No scenario matches those filters. See `speakup practice --list`.") }
            guard let chosen = session.choose(from: matching, readLine: { readLine() }) else { return }
            scenario = chosen
        }
        if let script {
            let text = try readTextFile(script)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)[...]
            if json { session.write = { _ in } }
            let rehearsal = session.play(scenario, readLine: { lines.popFirst() })
            if json { print(TranscriptJSON.render(rehearsal).serialized()) }
        } else {
            _ = session.play(scenario, readLine: {
                // Written straight to the file handle so the prompt shows before the read.
                FileHandle.standardOutput.write(Data(terminal.paint("> ", .bold).utf8))
                return readLine()
            })
        }
    }
}

extension Setting: ExpressibleByArgument {}
extension Skill: ExpressibleByArgument {}

/// The interactive loop, written against read and write closures so scripts and tests drive it too.
struct PracticeSession {
    var terminal: Terminal
    var country: String?
    var write: (String) -> Void

    func choose(from scenarios: [Scenario], readLine: () -> String?) -> Scenario? {
        write(terminal.paint("Choose a scenario:", .bold))
        for (i, scenario) in scenarios.enumerated() {
            write("  \(i + 1). \(scenario.title)  " + terminal.paint("[\(scenario.context.rawValue), difficulty \(scenario.difficulty)]", .dim))
        }
        while true {
            write("Number (or q to quit):")
            guard let answer = readLine()?.trimmingCharacters(in: .whitespaces) else { return nil }
            if answer.lowercased() == "q" { return nil }
            if let n = Int(answer), (1...scenarios.count).contains(n) { return scenarios[n - 1] }
            write("Please type a number from 1 to \(scenarios.count).")
        }
    }

    func play(_ scenario: Scenario, readLine: () -> String?) -> Rehearsal {
        var rehearsal = Rehearsal(scenario: scenario)
        write(terminal.paint(scenario.title, .bold))
        if let note = scenario.safetyNote {
            write(terminal.paint(note, .yellow))
            let (resources, _) = CrisisLines.forCountry(country)
            write(terminal.paint("People you can talk to:", .bold))
            for line in resources.lines { write("  • \(line.name): \(line.contact)") }
        }
        write(scenario.setup)
        write(terminal.paint("\(scenario.counterpart.name): ", .bold) + (scenario.turns.first?.line ?? ""))
        write(terminal.paint("Type your reply. /model, /hint, /retry or /quit at any time.", .dim))
        var summaryShown = false
        while true {
            guard let turn = rehearsal.currentTurn else {
                // The scenario has ended: show the summary once, then allow one more go at the last turn.
                if !summaryShown {
                    write(render(summary: rehearsal.summary()))
                    write(terminal.paint("Type /retry to try the last turn again, or /quit to finish.", .dim))
                    summaryShown = true
                }
                guard let input = readLine()?.trimmingCharacters(in: .whitespacesAndNewlines) else { break }
                if input.lowercased() == "/retry", rehearsal.retry(), let again = rehearsal.currentTurn {
                    summaryShown = false
                    write("Let's try that again.")
                    write(terminal.paint("\(scenario.counterpart.name): ", .bold) + again.line)
                    continue
                }
                if input.lowercased() == "/quit" || input.lowercased() == "/q" || input.isEmpty { break }
                write("The scenario has ended. Type /retry to try the last turn again, or /quit to finish.")
                continue
            }
            guard let input = readLine() else {
                write(render(summary: rehearsal.summary()))
                break
            }
            let text = input.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty { continue }
            switch text.lowercased() {
            case "/quit", "/q":
                write(render(summary: rehearsal.summary()))
                return rehearsal
            case "/hint":
                write(terminal.paint("Hint: ", .bold) + (rehearsal.hint ?? "Say what you need in one plain sentence."))
                continue
            case "/model":
                for style in Style.allCases {
                    if let model = turn.models[style] {
                        write(terminal.paint("\(style.displayName): ", .bold) + model.text)
                        write("  " + terminal.paint(model.why, .dim))
                    }
                }
                continue
            case "/retry":
                if rehearsal.retry(), let again = rehearsal.currentTurn {
                    write("Let's try that again.")
                    write(terminal.paint("\(scenario.counterpart.name): ", .bold) + again.line)
                } else {
                    write("There is no answered turn to retry yet.")
                }
                continue
            default:
                if text.hasPrefix("/") {
                    write("Unknown command \(text). Try /model, /hint, /retry or /quit.")
                    continue
                }
            }
            guard let step = rehearsal.reply(text) else { break }
            if step.outcome == .paused {
                let resources = CrisisDirectory.bundled.resources(userCountry: country)
                write(SafetyReport(terminal: terminal).render(text, step.safety, resources))
                write("We've paused the scenario. When you're ready, you can reply again, or type /quit.")
                continue
            }
            if let analysis = step.analysis {
                if scenario.safety {
                    // With an abusive counterpart, coaching how to assert is the wrong lesson.
                    write(terminal.paint("Style: ", .bold) + analysis.style.displayName)
                    write("In a situation like this, your safety matters more than how assertive a reply sounds. Keeping calm, getting away and telling someone you trust are all strong choices.")
                } else {
                    write(AnalysisReport(terminal: terminal).render(text, context: nil, analysis))
                }
            }
            if let reaction = step.reaction {
                write("")
                write(terminal.paint("\(scenario.counterpart.name): ", .bold) + reaction)
            }
            if case .next(let next) = step.outcome {
                write(terminal.paint("\(scenario.counterpart.name): ", .bold) + next.line)
            }
        }
        return rehearsal
    }

    func render(summary: Summary) -> String {
        var lines = ["", terminal.paint("Summary", .bold)]
        for (i, turn) in summary.turns.enumerated() {
            let components = turn.components.filter { Component.scored.contains($0) }.map(\.displayName)
            lines.append("  Turn \(i + 1): \(turn.style.displayName)" + (components.isEmpty ? "" : " (\(components.joined(separator: ", ")))"))
        }
        if summary.turns.isEmpty { lines.append("  No replies yet.") }
        lines.append(terminal.paint("Skills practised: ", .bold) + summary.skillsPractised.map(\.displayName).joined(separator: ", "))
        for advice in summary.tryNext { lines.append("  • " + advice) }
        // The debrief describes what helps; it reads as praise, so it follows an assertive finish only.
        if summary.finished, summary.turns.last?.style == .assertive || summary.pausedForSafety {
            lines.append("")
            lines.append(summary.debrief)
        } else if !summary.turns.isEmpty {
            lines.append("")
            lines.append("Type /retry to have another go at the last turn, or /model to see how each style might sound.")
        }
        return lines.joined(separator: "\n")
    }
}

enum ScenarioListing {
    static func text(_ scenarios: [Scenario]) -> String {
        scenarios.map { "\($0.id)\t\($0.context.rawValue)\t\($0.difficulty)\t\($0.title)\t\($0.skills.map(\.rawValue).joined(separator: ","))" }
            .joined(separator: "\n")
    }

    static func json(_ scenarios: [Scenario]) -> String {
        JSONValue.array(scenarios.map { scenario in
            .object([
                ("id", .string(scenario.id)), ("title", .string(scenario.title)),
                ("context", .string(scenario.context.rawValue)), ("difficulty", .number(Double(scenario.difficulty))),
                ("skills", .array(scenario.skills.map { .string($0.rawValue) })),
            ])
        }).serialized()
    }
}

enum TranscriptJSON {
    static func render(_ rehearsal: Rehearsal) -> JSONValue {
        let summary = rehearsal.summary()
        return .object([
            ("scenario", .string(rehearsal.scenario.id)),
            ("title", .string(rehearsal.scenario.title)),
            ("transcript", .array(rehearsal.transcript.map { entry in
                .object([
                    ("turn", .string(entry.turnID)), ("prompt", .string(entry.prompt)), ("reply", .string(entry.reply)),
                    ("style", entry.analysis.map { .string($0.style.rawValue) } ?? .null),
                    ("components", .array((entry.analysis?.presentComponents ?? []).map { .string($0.rawValue) })),
                    ("reaction", entry.reaction.map { .string($0) } ?? .null),
                    ("superseded", .bool(entry.superseded)),
                    ("safety", .object(SafetyJSON.fields(entry.safety))),
                ])
            })),
            ("summary", .object([
                ("finished", .bool(summary.finished)),
                ("turns", .array(summary.turns.map { .object([("turn", .string($0.turnID)), ("style", .string($0.style.rawValue))]) })),
                ("skills_practised", .array(summary.skillsPractised.map { .string($0.rawValue) })),
                ("try_next", .array(summary.tryNext.map { .string($0) })),
                ("paused_for_safety", .bool(summary.pausedForSafety)),
            ])),
        ])
    }
}
