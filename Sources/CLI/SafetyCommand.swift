import ArgumentParser
import Domain
import Foundation
import Safety

/// `speakup safety`: the crisis screen from the terminal.
struct SafetyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "safety",
        abstract: "Screen text for crisis language and show where to get help.",
        discussion: """
            Examples:
              speakup safety "I can't do this anymore"
              speakup safety --country GB "some text"
              speakup safety --jsonl < texts.jsonl
              speakup safety eval data/safety/dev.jsonl
            """,
        subcommands: [Screen.self, Evaluate.self, Train.self],
        defaultSubcommand: Screen.self
    )

    struct Screen: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check", abstract: "Screen one text, or JSON Lines from standard input.")

        @Argument(help: "The text to screen.")
        var text: String?

        @Option(help: "Two-letter country code for the crisis lines (e.g. US, GB, AU).")
        var country: String?

        @Flag(help: "Read JSON Lines from standard input ({\"id\", \"text\"}) and write one result per line.")
        var jsonl = false

        @Flag(name: .customLong("no-color"), help: "Plain text, no colour.")
        var noColor = false

        @Flag(help: "List every risk phrase found and why any was set aside.")
        var explain = false

        func validate() throws {
            if jsonl && text != nil { throw ValidationError("Give either a text or --jsonl, not both.") }
            if !jsonl && text == nil { throw ValidationError("Give a text to screen, or --jsonl to read lines from standard input.") }
            if let text, !jsonl, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError("The text is empty.")
            }
        }

        func run() throws {
            if jsonl {
                let bad = JSONLines.process(readLine: { readLine(strippingNewline: true) }, write: { print($0) }) { id, object in
                    guard let text = object["text"].flatMap(JSONLines.string) else { return nil }
                    return .object([("id", id)] + SafetyJSON.fields(SafetyScreen.check(text)))
                }
                if bad > 0 { throw ExitCode(65) }
                return
            }
            let result = SafetyScreen.check(text!)
            let (resources, note) = CrisisLines.forCountry(country)
            print(SafetyReport(terminal: .forStandardOutput(noColor: noColor)).render(text!, result, resources, note: note))
            if explain {
                print("\nRisk phrases found:")
                for item in SafetyScreen.explain(text!) {
                    print("  \"\(item.text)\" (\(item.category.rawValue)): \(item.verdict)")
                }
            }
        }
    }

    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "eval",
            abstract: "Measure the screen on labelled texts.",
            discussion: "Each line: {\"id\", \"text\", \"label\": \"crisis\"|\"not_crisis\", \"categories\": [...]}."
        )

        @Argument(help: "Labelled texts (JSON Lines).")
        var file: String

        @Flag(help: "Measure the phrase rules alone, without the trained reader.")
        var rulesOnly = false

        @Option(help: "Measure with these weights (a file `speakup safety train --output` wrote) instead of the shipped ones.")
        var weights: String?

        func run() throws {
            let data = try loadLabelledTexts(file)
            if rulesOnly && weights != nil { throw ValidationError("Give either --rules-only or --weights, not both.") }
            let evaluation: SafetyEvaluation
            if rulesOnly {
                evaluation = SafetyEvaluation(data: data, screen: { text in SafetyScreen.checkRules(text) })
            } else if let weights {
                let model: SafetyModel
                do {
                    model = try SafetyModel(text: try String(contentsOfFile: weights, encoding: .utf8))
                } catch let error as WeightTable.FormatError {
                    throw ValidationError("\(weights): \(error)")
                } catch {
                    throw ValidationError("\(weights): cannot be read (\(error.localizedDescription))")
                }
                evaluation = SafetyEvaluation(data: data, screen: { text in SafetyScreen.check(text, model: model) })
            } else {
                evaluation = SafetyEvaluation(data: data)
            }
            print(evaluation.report(), terminator: "")
        }
    }
}

extension SafetyCommand {
    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rebuild the safety model's weights from labelled data.",
            discussion: "Run from the repository root. The output is committed so every build ships the same screen."
        )

        @Option(help: "Labelled training texts (JSON Lines).")
        var data = "data/safety/train.jsonl"

        @Option(help: "Where to write the weights.")
        var output = "Sources/Safety/Resources/safety-model.tsv"

        @Option(help: "Share of not-crisis training texts the model alone may flag in cross-validation.")
        var falseAlarmBudget: Double?

        @Option(help: "L2 regularisation strength.")
        var l2: Float?

        @Option(help: "The lowest probability at which the model alone may show help.")
        var thresholdFloor: Float?

        @Option(help: "How many training texts a word or word pair must appear in to get a weight of its own.")
        var minimumCount: Int?

        @Option(help: "Report K-fold cross-validation of the whole screen on the training data instead of writing weights.")
        var folds: Int?

        func run() throws {
            let items = try loadLabelledTexts(data)
            var trainer = SafetyTrainer()
            if let falseAlarmBudget { trainer.falseAlarmBudget = falseAlarmBudget }
            if let l2 { trainer.l2 = l2 }
            if let minimumCount {
                guard minimumCount >= 1 else { throw ValidationError("--minimum-count must be at least 1, not \(minimumCount).") }
                trainer.minimumCount = minimumCount
            }
            if let thresholdFloor {
                guard (0...1).contains(thresholdFloor) else {
                    throw ValidationError("--threshold-floor must be a probability from 0 to 1, not \(thresholdFloor).")
                }
                trainer.thresholdFloor = thresholdFloor
            }
            if let folds {
                guard folds >= 2 else { throw ValidationError("--folds must be at least 2.") }
                print("\(folds)-fold cross-validation on \(items.count) training texts (rules and a model trained on the other folds)\n")
                print(trainer.crossValidate(items, folds: folds).report(), terminator: "")
                return
            }
            let model = trainer.train(items)
            try model.serialized().write(toFile: output, atomically: true, encoding: .utf8)
            print("Trained on \(items.count) texts; threshold \(model.threshold); wrote \(output).")
            print("Rebuild (swift build) so the new weights are bundled, then run `speakup safety eval`.")
        }
    }
}

/// Crisis lines for a country code as people type it ("gb", "UK"), with a note when there are none.
enum CrisisLines {
    static func forCountry(_ code: String?) -> (CrisisResources, String?) {
        let directory = CrisisDirectory.bundled
        guard var code = code?.trimmingCharacters(in: .whitespaces).uppercased(), !code.isEmpty else {
            return (directory.resources(userCountry: nil), nil)
        }
        let aliases = ["UK": "GB", "USA": "US", "AUS": "AU", "CAN": "CA", "IRL": "IE", "GBR": "GB"]
        code = aliases[code] ?? code
        let resources = directory.resources(userCountry: code)
        if resources.country == nil {
            return (resources, "No lines are listed for \"\(code)\" yet (known: \(directory.countryCodes.joined(separator: ", "))), so here are general ones.")
        }
        return (resources, nil)
    }
}

/// The JSON shape of a screen result, shared by `safety --jsonl` and the web API.
public enum SafetyJSON {
    public static func fields(_ result: SafetyResult) -> [(String, JSONValue)] {
        [
            ("crisis", .bool(result.isCrisis)),
            ("level", .string(result.level.rawValue)),
            ("categories", .array(result.categories.map { .string($0.rawValue) })),
            ("spans", .array(result.spans.map {
                .object([("label", .string($0.label)), ("start", .number(Double($0.start))),
                         ("end", .number(Double($0.end))), ("text", .string($0.text))])
            })),
        ]
    }
}

/// The readable report of `speakup safety`.
struct SafetyReport {
    var terminal: Terminal

    func render(_ text: String, _ result: SafetyResult, _ resources: CrisisResources, note: String? = nil) -> String {
        var lines: [String] = []
        let levelInk: Terminal.Ink = result.level == .urgent ? .red : result.level == .concern ? .yellow : .green
        lines.append(terminal.paint("Level: ", .bold) + terminal.paint(result.level.rawValue, .bold, levelInk))
        lines.append(terminal.paint("Categories: ", .bold)
            + (result.categories.isEmpty ? "none" : result.categories.map(\.rawValue).joined(separator: ", ")))
        lines.append(terminal.paint("Text: ", .bold) + highlight(text, result.spans))
        if result.isCrisis {
            // The terminal keeps nothing, so the message must not say it was kept.
            lines.append("")
            lines += terminal.helpLines(HelpMessage(for: result, resources: resources, textKept: false))
        }
        lines.append("")
        lines += terminal.crisisLines(resources, note: note)
        return lines.joined(separator: "\n")
    }

    func highlight(_ text: String, _ spans: [TextSpan]) -> String {
        var units = Array(text.utf16)
        // Overlapping spans are marked once, as one stretch.
        var merged: [(start: Int, end: Int)] = []
        for span in spans.sorted(by: { $0.start < $1.start }) {
            if let last = merged.last, span.start <= last.end {
                merged[merged.count - 1].end = max(last.end, span.end)
            } else {
                merged.append((span.start, span.end))
            }
        }
        for span in merged.reversed() where span.end <= units.count {
            let covered = String(decoding: units[span.start..<span.end], as: UTF16.self)
            let marked = terminal.colour ? terminal.paint(covered, .onRed) : "[" + covered + "]"
            units.replaceSubrange(span.start..<span.end, with: Array(marked.utf16))
        }
        return String(decoding: units, as: UTF16.self)
    }
}

func loadLabelledTexts(_ path: String) throws -> [LabelledText] {
    let text = try readTextFile(path)
    do {
        return try LabelledText.parse(text)
    } catch let error as LabelledText.ParseError {
        throw CommandFailure("\(path):\(error.line): \(error.message)")
    }
}

extension Terminal {
    /// A help message's heading, words and emergency line, as terminal lines.
    func helpLines(_ message: HelpMessage) -> [String] {
        [paint(message.heading, .bold)] + message.body + ["", paint(message.emergency, .bold)]
    }

    /// The crisis lines for a country, with the note about an unknown country code if there is one.
    func crisisLines(_ resources: CrisisResources, note: String?) -> [String] {
        var lines: [String] = note.map { [$0] } ?? []
        let place = resources.country.map { "Crisis lines (\($0))" } ?? "Crisis lines"
        lines.append(paint(place + ", reviewed \(resources.reviewed):", .bold))
        for line in resources.lines {
            lines.append("  • \(line.name): \(line.contact)" + (line.hours.map { " (\($0))" } ?? ""))
        }
        return lines
    }
}
