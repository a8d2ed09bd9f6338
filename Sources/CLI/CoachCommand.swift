import ArgumentParser
import Coach
import Domain
import Foundation

/// `speakup coach`: train and measure the Coach.
struct CoachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coach",
        abstract: "Train and evaluate the Coach on labelled replies.",
        subcommands: [Train.self, Evaluate.self]
    )

    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rebuild the Coach's weights from labelled data.",
            discussion: "Run from the repository root. The output is committed so every build ships the same Coach."
        )

        @Option(help: "Labelled training replies (JSON Lines).")
        var data = "data/coach/train.jsonl"

        @Option(help: "Replies to report on after training (JSON Lines); skipped when missing.")
        var dev = "data/coach/dev.jsonl"

        @Option(help: "Where to write the weights.")
        var output = "Sources/Coach/Resources/coach-model.tsv"

        @Option(help: "Report K-fold cross-validation on the training data instead of writing weights.")
        var folds: Int?

        @Option(help: "Passes over the training data.")
        var epochs: Int?

        @Option(help: "L2 regularisation strength.")
        var l2: Float?

        @Option(help: "Minimum number of replies a word or word pair must appear in.")
        var minCount: Int?

        @Option(help: "Weight of present components in the loss.")
        var positiveWeight: Float?

        @Flag(help: ArgumentHelp("Component detectors use only cues and shape features.", visibility: .hidden))
        var cuesOnly = false

        @Flag(help: ArgumentHelp("Component decisions do not lean on the style probabilities.", visibility: .hidden))
        var noStyleLean = false

        func run() throws {
            let examples = try loadLabelled(data)
            var trainer = CoachTrainer()
            if let epochs { trainer.epochs = epochs }
            if let l2 { trainer.l2 = l2 }
            if let minCount { trainer.minimumCount = minCount }
            if let positiveWeight { trainer.positiveWeight = positiveWeight }
            if cuesOnly { trainer.componentNgrams = false }
            if noStyleLean { trainer.leanOnStyle = false }
            if let folds {
                guard let evaluation = trainer.crossValidate(examples, folds: folds) else {
                    throw ValidationError("--folds needs at least 2 folds and as many replies.")
                }
                print("\(folds)-fold cross-validation on \(data)\n")
                print(evaluation.report(), terminator: "")
                return
            }
            let model = trainer.train(examples)
            try model.serialized().write(toFile: output, atomically: true, encoding: .utf8)
            print("Trained on \(examples.count) replies; wrote \(output).")
            let coach = Coach(model: model)
            print(String(format: "Training set macro-F1 %.3f", CoachEvaluation(coach: coach, data: examples).macroF1))
            if FileManager.default.fileExists(atPath: dev) {
                let evaluation = CoachEvaluation(coach: coach, data: try loadLabelled(dev))
                print(String(format: "Dev set macro-F1 %.3f, mean component F1 %.3f", evaluation.macroF1, evaluation.meanComponentF1))
            }
        }
    }

    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "eval",
            abstract: "Score the Coach against labelled replies.",
            discussion: """
                Each line: {"text": …, "context": …?, "label": "passive"|"assertive"|"aggressive"|"passive_aggressive", \
                and optionally the component flags as booleans (i_statement, clear_request, clear_no, blames_other, \
                over_apologizes, hedging, validates_other, offers_compromise)}.
                """
        )

        @Argument(help: "Labelled replies (JSON Lines).")
        var file: String

        @Flag(help: "List the replies the Coach read differently from their label.")
        var showMistakes = false

        func run() throws {
            let evaluation = CoachEvaluation(coach: Coach(), data: try loadLabelled(file))
            print(evaluation.report(), terminator: "")
            if showMistakes {
                print("\nmistakes (id: label → Coach)")
                for mistake in evaluation.mistakes {
                    print("  \(mistake.id): \(mistake.expected.rawValue) → \(mistake.predicted.rawValue)")
                }
            }
        }
    }
}

/// A failure while a command runs (a missing file, a bad line in it). Unlike `ValidationError`, it is
/// printed without the usage text, which would suggest the command line itself was wrong.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Reads a text file a command was given, or fails with a message naming it.
func readTextFile(_ path: String) throws -> String {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        throw CommandFailure("cannot read \(path)")
    }
    return text
}

func loadLabelled(_ path: String) throws -> [LabelledReply] {
    let text = try readTextFile(path)
    do {
        return try LabelledData.parse(text)
    } catch let error as LabelledData.LineError {
        throw CommandFailure("\(path):\(error.line): \(error.message)")
    }
}

