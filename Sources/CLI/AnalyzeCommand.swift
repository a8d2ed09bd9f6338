import ArgumentParser
import Coach
import Domain
import Foundation
import Safety

/// `speakup analyze`: the Coach's reading of a reply.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read a reply's style and skills, with tips.",
        discussion: """
            Examples:
              speakup analyze "Sorry, sorry, I guess I could stay late again"
              speakup analyze --context "Can you cover Saturday?" "I can't this week, but I could do Sunday."
              speakup analyze --json "No, that doesn't work for me."
              speakup analyze --jsonl < replies.jsonl
            """
    )

    @Argument(help: "The reply to read.")
    var text: String?

    @Option(help: "What the other person just said.")
    var context: String?

    @Flag(help: "Print one JSON object.")
    var json = false

    @Flag(help: "Read JSON Lines from standard input ({\"id\", \"text\", \"context\"?}) and write one result per line.")
    var jsonl = false

    @Flag(name: .customLong("no-color"), help: "Plain text, no colour.")
    var noColor = false

    @Option(help: "Two-letter country code for crisis lines, if the reply needs them.")
    var country: String?

    @Option(help: ArgumentHelp("Read with weights from this file instead of the shipped ones.", visibility: .hidden))
    var model: String?

    func validate() throws {
        if jsonl && text != nil { throw ValidationError("Give either a reply or --jsonl, not both.") }
        if !jsonl && text == nil { throw ValidationError("Give a reply to read, or --jsonl to read lines from standard input.") }
        if let text, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("The reply is empty.")
        }
        if let text, !json, !text.contains(where: { $0.isLetter }) {
            throw ValidationError("There are no words to read in that reply yet.")
        }
    }

    func run() throws {
        var coach = Coach()
        if let model {
            let text = try readTextFile(model)
            coach = Coach(model: try CoachModel(text: text))
        }
        if jsonl {
            let bad = JSONLines.process(readLine: { readLine(strippingNewline: true) }, write: { print($0) }) { id, object in
                guard let text = object["text"].flatMap(JSONLines.string) else { return nil }
                let context = object["context"].flatMap(JSONLines.string)
                let analysis = coach.analyze(reply: text, context: context)
                return .object([("id", id)] + AnalysisJSON.fields(analysis, includeSuggestion: false))
            }
            if bad > 0 { throw ExitCode(65) }
            return
        }
        // Every free text passes the safety screen first; a crisis gets help, not coaching.
        let safety = SafetyScreen.check(text!)
        let analysis = coach.analyze(reply: text!, context: context)
        if json {
            let fields = AnalysisJSON.fields(analysis, includeSuggestion: true) + [("safety", JSONValue.object(SafetyJSON.fields(safety)))]
            print(JSONValue.object(fields).serialized())
        } else if safety.isCrisis {
            let (resources, note) = CrisisLines.forCountry(country)
            print(SafetyReport(terminal: .forStandardOutput(noColor: noColor)).render(text!, safety, resources, note: note))
            print("\nThe Coach's feedback can wait. Please look after yourself first.")
        } else {
            print(AnalysisReport(terminal: .forStandardOutput(noColor: noColor)).render(text!, context: context, analysis))
        }
    }
}

/// The JSON shape of an analysis, shared by `analyze --json`, `--jsonl` and the web API.
public enum AnalysisJSON {
    public static func fields(_ analysis: Analysis, includeSuggestion: Bool) -> [(String, JSONValue)] {
        var fields: [(String, JSONValue)] = [
            ("style", .string(analysis.style.rawValue)),
            ("probabilities", .object(Style.allCases.map {
                ($0.rawValue, .number((analysis.probabilities[$0, default: 0] * 10000).rounded() / 10000))
            })),
            ("components", .object(Component.allCases.map { ($0.rawValue, .bool(analysis.has($0))) })),
            ("spans", .array(analysis.spans.map {
                .object([("label", .string($0.label)), ("start", .number(Double($0.start))),
                         ("end", .number(Double($0.end))), ("text", .string($0.text))])
            })),
            ("tips", .array(analysis.tips.map { .string($0) })),
        ]
        if includeSuggestion {
            fields.append(("suggestion", analysis.suggestion.map { .string($0) } ?? .null))
        }
        return fields
    }
}
