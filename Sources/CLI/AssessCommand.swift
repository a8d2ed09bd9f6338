import ArgumentParser
import Domain
import Foundation
import Measures
import Safety
import Storage
import StorageSQL
import WebApp

/// `speakup assess`: take a questionnaire in the terminal, or score a list of answers.
struct AssessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Take a questionnaire in the terminal and see the score.",
        discussion: """
            INSTRUMENT is a bundled id (see `speakup instruments list`) or an instrument file of your own.
            --answers takes one value per item in order (the option values, e.g. 0-3 for the PHQ-9);
            leave an item out with - or nothing between commas. Unscored items at the end may be left off.
            When the first answer is negative (scales rated -3 to +3), attach it with =: --answers=-3,2,….

            Examples:
              speakup assess phq9
              speakup assess gad7 --answers 1,2,1,0,0,1,2 --json
              speakup assess phq9 --answers 2,2,1,1,0,1,1,0,0 --baseline 3,3,2,2,1,2,2,1,0
              speakup assess phq9 --user ana@example.org --data-dir ./speakup-data

            With --user the result is stored for that account (it shows on their web pages and in
            their exports), the change is reported against their first result for the instrument,
            and instruments a clinic imported into that data dir can be taken too.

            SpeakUp is a skill-building tool: questionnaire scores describe how things have been lately,
            they are not a diagnosis.
            """
    )

    @Argument(help: "A bundled instrument id or an instrument file (.yaml).")
    var instrument: String

    @Option(help: "Answers in item order, comma-separated, instead of asking.")
    var answers: String?

    @Option(help: "Answers of an earlier sheet, to report the change since then.")
    var baseline: String?

    @Flag(
        help:
            "Print {\"instrument\", \"total\", \"band\", \"subscales\", \"reliable_change\", \"safety\", \"prorated\"} as JSON."
    )
    var json = false

    @Option(help: "Two-letter country code for crisis lines if help is needed.")
    var country: String?

    @Flag(name: .customLong("no-color"), help: "Plain text, no colour.")
    var noColor = false

    @Option(help: "Store the result for this account's email.")
    var user: String?

    @OptionGroup var data: DataDirectoryOptions

    func validate() throws {
        if json && answers == nil { throw ValidationError("--json goes with --answers.") }
        if user != nil && baseline != nil {
            throw ValidationError("--baseline and --user don't go together: with --user the baseline is the account's first result.")
        }
        if user != nil && Assessment.isFile(instrument) {
            throw ValidationError("--user stores results of loaded instruments only: import the file first (speakup instruments import \(instrument)), then use its id.")
        }
    }

    func run() async throws {
        let terminal = Terminal.forStandardOutput(noColor: noColor || json)
        var account: (storage: SQLStorage, user: User)?
        if let user { account = try await data.openAccount(user) }
        do {
            var catalog = InstrumentCatalog.bundled
            var baselines: [String: AssessmentResult] = [:]
            if let account {
                catalog = try await MeasureRecords.catalog(storage: account.storage)
                for instrument in catalog.instruments {
                    baselines[instrument.id] = try await MeasureRecords.baseline(userID: account.user.id, instrumentID: instrument.id,
                                                                                  storage: account.storage)?.result
                }
            }
            // With an account, its crisis-line country unless --country says otherwise; and the answers are kept.
            let place = country ?? account?.user.country
            var output = try execute(terminal: terminal, catalog: catalog, baselines: baselines, country: place,
                                     answersKept: account != nil) { instrument, quitWith in
                // Questions and the prompt go straight to the file handle so they show in order before each read.
                AssessSession(terminal: terminal, write: { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) }).ask(
                    instrument,
                    readLine: {
                        FileHandle.standardOutput.write(Data(terminal.paint("> ", .bold).utf8))
                        return readLine()
                    }, onQuit: quitWith)
            }
            if let account, let scored = output.scored {
                let stored = try await MeasureRecords.record(userID: account.user.id, instrument: scored.instrument, answers: scored.answers,
                                                             result: scored.result, storage: account.storage)
                output.standardError.append("Stored as result \(stored.id) for \(account.user.email).")
            }
            if let account, let unfinished = output.unfinished {
                try await MeasureRecords.recordUnfinished(userID: account.user.id, instrument: unfinished.instrument,
                                                          answers: unfinished.answers, storage: account.storage)
            }
            for line in output.standardOutput { print(line) }
            for line in output.standardError { printError(line) }
            try await account?.storage.close()
            if output.failed { throw ExitCode.failure }
        } catch {
            try? await account?.storage.close()
            throw error
        }
    }

    /// What the command prints, apart from printing it. `ask` takes the questionnaire when there is no
    /// `--answers`: it returns nil when the person quits, after handing what they answered so far to
    /// its second argument. `catalog` is where ids are looked up; `baselines` (first results by
    /// instrument id, from storage) give the change when `--baseline` is absent. Whenever an answer
    /// meets a safety rule the help is printed, whether or not the sheet could be scored.
    func execute(terminal: Terminal, catalog: InstrumentCatalog = .bundled, baselines: [String: AssessmentResult] = [:],
                 country: String? = nil, answersKept: Bool = false,
                 ask: (Instrument, _ quitWith: (Answers) -> Void) -> Answers?) throws -> CommandOutput {
        var output = CommandOutput()
        let place = country ?? self.country
        let plain = AssessmentReport(terminal: Terminal(colour: false))
        let instrument: Instrument
        switch Assessment.instrument(named: self.instrument, in: catalog) {
        case .success(let found): instrument = found
        case .failure(let problem):
            output.standardError = problem.lines
            output.failed = true
            return output
        }
        /// A sheet that will not be scored: help if a safety rule fired, and kept for the record.
        func unfinished(_ partial: Answers) {
            guard !instrument.safetyItems(for: partial).isEmpty else { return }
            output.standardError.append(plain.help(country: place, answersKept: false))
            output.unfinished = (instrument, partial)
        }
        let sheet: Answers
        if let answers {
            do {
                sheet = try Assessment.parse(answers, for: instrument, option: "--answers")
            } catch {
                // A typo elsewhere must not hide an answer that needs help.
                output.standardError = ["Error: \(error)"]
                unfinished(instrument.readableAnswers(fromList: answers))
                output.failed = true
                return output
            }
        } else {
            var partial: Answers?
            guard let taken = ask(instrument, { partial = $0 }) else {
                if let partial { unfinished(partial) }
                return output
            }
            sheet = taken
        }
        var baselineResult = baselines[instrument.id]
        if let baseline {
            let earlier = try Assessment.parse(baseline, for: instrument, option: "--baseline")
            do {
                baselineResult = try instrument.score(earlier)
            } catch {
                throw CommandFailure("--baseline: " + error.problems.joined(separator: " "))
            }
        }
        do {
            let outcome = try Assessment.score(instrument, answers: sheet, baseline: baselineResult)
            output.scored = outcome
            if json {
                output.standardOutput.append(outcome.json().serialized())
                // The JSON is for scripts; the help goes to whoever is at the terminal.
                if outcome.result.safetyTriggered { output.standardError.append(plain.help(country: place, answersKept: answersKept)) }
            } else {
                output.standardOutput.append(AssessmentReport(terminal: terminal).render(outcome, country: place, answersKept: answersKept))
            }
        } catch {
            output.standardError = error.problems.map { "Error: \($0)" }
            unfinished(sheet)
            output.failed = true
        }
        return output
    }
}

/// Lines a command prints, kept apart from printing so tests read them.
struct CommandOutput {
    var standardOutput: [String] = []
    var standardError: [String] = []
    var failed = false
    /// The scored sheet, for storing with `--user`.
    var scored: Assessment?
    /// A sheet not scored whose answers met a safety rule, for the record with `--user`.
    var unfinished: (instrument: Instrument, answers: Answers)?
}

/// One scored sheet with what it needs to be shown: what `speakup assess` computes, apart from printing.
///
/// Storage supplies `baseline` from the person's first result for the instrument.
public struct Assessment: Sendable {
    public var instrument: Instrument
    public var answers: Answers
    public var result: AssessmentResult
    public var change: ScoreChange?

    /// Scores a sheet, and the change from a baseline result when one is given.
    public static func score(_ instrument: Instrument, answers: Answers, baseline: AssessmentResult?)
        throws(ScoringError) -> Assessment
    {
        let result = try instrument.score(answers)
        return Assessment(
            instrument: instrument, answers: answers, result: result,
            change: baseline.map { instrument.change(from: $0, to: result) })
    }

    /// A bundled instrument by id, or an instrument file (a path with a `/` or ending in .yaml or .yml);
    /// the failure is the lines to print.
    /// Whether `assess` was given a file rather than an instrument id.
    static func isFile(_ name: String) -> Bool { name.contains("/") || name.hasSuffix(".yaml") || name.hasSuffix(".yml") }

    static func instrument(named name: String, in catalog: InstrumentCatalog = .bundled) -> Result<Instrument, InstrumentNotFound> {
        if isFile(name) {
            do {
                return .success(try InstrumentParser.parse(contentsOf: URL(fileURLWithPath: name), file: name))
            } catch {
                return .failure(InstrumentNotFound(lines: error.errors.map(\.description)))
            }
        }
        guard let instrument = catalog.instrument(name) else {
            let ids = catalog.instruments.map(\.id).joined(separator: ", ")
            return .failure(
                InstrumentNotFound(lines: [
                    "Error: no instrument \"\(name)\". Use one of: \(ids), or a file of your own."
                ]))
        }
        return .success(instrument)
    }

    struct InstrumentNotFound: Error {
        var lines: [String]
    }

    static func parse(_ text: String, for instrument: Instrument, option: String) throws -> Answers {
        do {
            return try instrument.answers(fromList: text)
        } catch {
            throw CommandFailure("\(option): " + error.problems.joined(separator: " "))
        }
    }

    /// `{"instrument", "total", "band", "subscales", "reliable_change", "safety", "prorated"}`;
    /// `reliable_change` is null without a baseline, and `safety` is true when the safety pathway opened.
    public func json() -> JSONValue {
        .object([
            ("instrument", .string(instrument.id)),
            ("total", .number(Self.rounded(result.total.value))),
            ("band", result.band.map { .string($0.label) } ?? .null),
            ("subscales", .object(result.subscales.map { ($0.id, .number(Self.rounded($0.score.value))) })),
            ("reliable_change", change.map(Self.json) ?? .null),
            ("safety", .bool(result.safetyTriggered)),
            ("prorated", .bool(result.prorated)),
        ])
    }

    static func json(_ change: ScoreChange) -> JSONValue {
        .object([
            ("baseline", .number(rounded(change.baseline))),
            ("change", .number(rounded(change.difference))),
            ("direction", .string(change.direction.rawValue)),
            ("reliable", change.reliable.map(JSONValue.bool) ?? .null),
            ("criterion", change.criterion.map { .string($0.rawValue) } ?? .null),
            ("rci", change.rci.map { .number(rounded($0)) } ?? .null),
            ("recovered", change.recovered.map(JSONValue.bool) ?? .null),
        ])
    }

    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}

/// The questions, asked one at a time through read and write closures so tests can drive it.
struct AssessSession {
    var terminal: Terminal
    var write: (String) -> Void

    /// The answers, or nil if the person quit; `onQuit` then gets what they had answered.
    func ask(_ instrument: Instrument, readLine: () -> String?, onQuit: (Answers) -> Void = { _ in }) -> Answers? {
        write(terminal.paint(instrument.title, .bold))
        if let about = instrument.about { write(about) }
        if let notice = instrument.kind.notice { write(terminal.paint(notice, .dim)) }
        write("")
        write(instrument.stem)
        let canSkip: Bool
        if case .prorate = instrument.missingAnswers { canSkip = true } else { canSkip = false }
        write(
            terminal.paint("Type the number of your answer" + (canSkip ? ", s to skip," : ",") + " or q to quit.", .dim)
        )
        var answers = Answers()
        var lastGroup: String?
        for item in instrument.allItems {
            let scored = instrument.items.contains { $0.number == item.number }
            if let group = item.group, group != lastGroup {
                write("")
                write(terminal.paint(group, .bold))
            }
            lastGroup = item.group
            write("")
            write(
                terminal.paint("\(item.number). ", .bold) + item.text
                    + (scored ? "" : terminal.paint(" (optional)", .dim)))
            let options = instrument.options(for: item)
            for (index, option) in options.enumerated() { write("   \(index + 1)) \(option.label)") }
            while true {
                guard let line = readLine()?.trimmingCharacters(in: .whitespaces), line.lowercased() != "q" else {
                    onQuit(answers)
                    return nil
                }
                if (line.lowercased() == "s" || line.isEmpty) && (!scored || canSkip) { break }
                if let choice = Int(line), (1...options.count).contains(choice) {
                    answers[item.number] = options[choice - 1].value
                    break
                }
                write(
                    "Please type a number from 1 to \(options.count)" + (!scored || canSkip ? ", or s to skip." : "."))
            }
        }
        return answers
    }
}

/// The readable result of `speakup assess`.
struct AssessmentReport {
    var terminal: Terminal

    func render(_ assessment: Assessment, country: String?, answersKept: Bool = false) -> String {
        let instrument = assessment.instrument, result = assessment.result
        var lines = ["", terminal.paint(instrument.title, .bold)]
        let range = "\(ScoreFormat.text(result.range.min)) to \(ScoreFormat.text(result.range.max))"
        var total = terminal.paint("Score: ", .bold) + ScoreFormat.text(result.total.value)
        total += " (possible \(range), where \(instrument.better == .higher ? "higher" : "lower") is better)"
        if let band = result.band { total += ": " + terminal.paint(band.label, .bold) }
        lines.append(total)
        if result.prorated {
            lines.append(
                "Some items were skipped (\(result.missingItems.map(String.init).joined(separator: ", "))), so the scores are estimated from the answered ones."
            )
        }
        if !result.subscales.isEmpty {
            lines.append(terminal.paint("By part:", .bold))
            let width = result.subscales.map(\.title.count).max() ?? 0
            for subscale in result.subscales {
                lines.append(
                    "  " + subscale.title.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                        + ScoreFormat.text(subscale.score.value)
                        + terminal.paint(
                            " (\(ScoreFormat.text(subscale.range.min))-\(ScoreFormat.text(subscale.range.max)), \(subscale.better.rawValue) is better)",
                            .dim))
            }
        }
        if let change = assessment.change { lines.append(describe(change)) }
        if let notice = instrument.kind.notice { lines.append(terminal.paint(notice, .dim)) }
        lines.append(terminal.paint(instrument.licence, .dim))
        if result.safetyTriggered {
            lines.append("")
            lines.append(help(country: country, answersKept: answersKept))
        }
        return lines.joined(separator: "\n")
    }

    func describe(_ change: ScoreChange) -> String {
        let signed = (change.difference > 0 ? "+" : "") + ScoreFormat.text(change.difference)
        var text =
            terminal.paint("Since the baseline: ", .bold)
            + "\(ScoreFormat.text(change.baseline)) → \(ScoreFormat.text(change.current)) (\(signed))"
        switch (change.direction, change.reliable) {
        case (.unchanged, _): text += ", no change."
        case (let direction, true?):
            text += direction == .improved ? ", a reliable improvement." : ", a reliable change for the worse."
        case (let direction, false?):
            text +=
                direction == .improved
                ? ", better, though within the range of everyday ups and downs."
                : ", worse, though within the range of everyday ups and downs."
        case (let direction, nil): text += direction == .improved ? ", better." : ", worse."
        }
        if change.recovered == true { text += " That is below the threshold services use when they count recovery." }
        return text
    }

    /// The crisis help, with the lines for the person's country.
    func help(country: String?, answersKept: Bool) -> String {
        let (resources, note) = CrisisLines.forCountry(country)
        let message = HelpMessage.questionnaire(resources: resources, answersKept: answersKept)
        let lines = terminal.helpLines(message) + [""] + terminal.crisisLines(resources, note: note)
        return lines.joined(separator: "\n")
    }
}
