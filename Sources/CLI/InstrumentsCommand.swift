import ArgumentParser
import Domain
import Foundation
import Measures
import Storage
import StorageSQL
import WebApp

/// `speakup instruments`: list and check questionnaires.
struct InstrumentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "instruments",
        abstract: "List the questionnaires, or check an instrument file.",
        discussion: """
            Examples:
              speakup instruments list
              speakup instruments check my-clinic/ras.yaml
              speakup instruments import my-clinic/ras.yaml --data-dir ./speakup-data

            The file format is in docs/instrument-format.md.
            """,
        subcommands: [List.self, Check.self, Import.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the questionnaires: the bundled ones, plus any imported into a data dir.")

        @Flag(help: "Print a JSON array instead of a table.")
        var json = false

        @OptionGroup(title: "With --data-dir, the instruments imported there are listed too")
        var data: DataDirectoryOptions

        func run() async throws {
            var instruments = InstrumentCatalog.bundled.instruments
            if data.dataDir != nil {
                let storage = try await data.open()
                let catalog = try await MeasureRecords.catalog(storage: storage)
                try await storage.close()
                instruments = catalog.instruments
            }
            print(InstrumentListing.render(instruments, json: json))
        }
    }

    /// A licensed instrument a clinic holds (the Rathus schedule, say): checked like any file, then
    /// stored in the database so the web app and `assess --user` offer it. Importing the same id
    /// again replaces it; a bundled id cannot be replaced.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load an instrument file into the database, for every account to take.",
            discussion: "The file must pass `speakup instruments check`. Its wording stays in your database only; SpeakUp ships none.")

        @Argument(help: "The instrument file (.yaml).")
        var file: String

        @OptionGroup var data: DataDirectoryOptions

        func run() async throws {
            let report = InstrumentCheck.run(path: file)
            guard report.ok, let source = try? String(contentsOfFile: file, encoding: .utf8) else {
                for line in report.problems { printError(line) }
                throw ExitCode.failure
            }
            let instrument = try InstrumentParser.parse(source, file: file)
            if InstrumentCatalog.bundled.instrument(instrument.id) != nil {
                printError("Error: \(file): \"\(instrument.id)\" is a bundled instrument and cannot be replaced; give yours another id.")
                throw ExitCode.failure
            }
            let storage = try await data.open()
            do {
                try await storage.saveImportedInstrument(ImportedInstrument(id: instrument.id, title: instrument.title, source: source,
                                                                            importedAt: Date()))
                try await storage.close()
            } catch {
                try? await storage.close()
                throw error
            }
            print("Imported \(InstrumentCheck.describe(instrument)) into \(data.url.path).")
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate instrument files.",
            discussion:
                "Prints a summary of each valid file, or every problem as FILE:LINE:COLUMN: message on standard error, and exits with status 1 if there are any."
        )

        @Argument(help: "One or more instrument files (.yaml).")
        var files: [String]

        func validate() throws {
            if files.isEmpty {
                throw ValidationError("Give an instrument file to check, e.g. speakup instruments check ras.yaml")
            }
        }

        func run() throws {
            var failed = false
            for file in files {
                let report = InstrumentCheck.run(path: file)
                for line in report.summary { print(line) }
                for line in report.problems { printError(line) }
                failed = failed || !report.ok
            }
            if failed { throw ExitCode.failure }
        }
    }
}

/// What `speakup instruments check` says about one file, apart from printing it.
public struct InstrumentCheck: Sendable, Equatable {
    public var ok: Bool
    /// For a valid file: one line naming what was found.
    public var summary: [String]
    /// For an invalid file: `FILE:LINE:COLUMN: message` lines, then a count.
    public var problems: [String]

    /// Checks a file, naming it in messages as `path` was given.
    public static func run(path: String) -> InstrumentCheck {
        do {
            let instrument = try InstrumentParser.parse(contentsOf: URL(fileURLWithPath: path), file: path)
            return InstrumentCheck(ok: true, summary: ["OK \(path): " + describe(instrument)], problems: [])
        } catch {
            let count = error.errors.count
            return InstrumentCheck(
                ok: false, summary: [],
                problems: error.errors.map(\.description) + ["\(count) problem\(count == 1 ? "" : "s") found."])
        }
    }

    /// `"phq9" Patient Health Questionnaire (PHQ-9): 9 items + 1 unscored, sum 0 to 27, 5 bands, …`.
    public static func describe(_ instrument: Instrument) -> String {
        var parts = [
            "\(instrument.items.count) items"
                + (instrument.unscored.isEmpty ? "" : " + \(instrument.unscored.count) unscored")
        ]
        let range = "\(ScoreFormat.text(instrument.totalRange.min)) to \(ScoreFormat.text(instrument.totalRange.max))"
        parts.append("\(instrument.method.rawValue) \(range), \(instrument.better.rawValue) is better")
        let reversed = instrument.items.filter(\.reversed).map(\.number)
        if !reversed.isEmpty { parts.append("reversed: \(reversed.map(String.init).joined(separator: ", "))") }
        if let key = instrument.key { parts.append("\(key) key applied") }
        if !instrument.subscales.isEmpty { parts.append("\(instrument.subscales.count) subscales") }
        if !instrument.bands.isEmpty { parts.append("\(instrument.bands.count) bands") }
        if let criterion = instrument.reliableChange {
            var rule: [String] = []
            if let points = criterion.points { rule.append("\(ScoreFormat.text(points)) points") }
            if criterion.sd != nil && criterion.r != nil { rule.append("RCI") }
            parts.append("reliable change: " + rule.joined(separator: " and "))
        }
        if let caseness = instrument.caseness {
            parts.append(
                "caseness \(caseness.direction == .atLeast ? "≥" : "≤") \(ScoreFormat.text(caseness.threshold))")
        }
        for rule in instrument.safetyRules { parts.append("safety: item \(rule.item) ≥ \(rule.atLeast)") }
        if case .prorate(let most) = instrument.missingAnswers { parts.append("prorates up to \(most) missing") }
        if instrument.kind == .selfMonitoring { parts.append("self-monitoring tool") }
        return "\"\(instrument.id)\" \(instrument.title): " + parts.joined(separator: "; ")
    }
}

enum InstrumentListing {
    static func render(_ instruments: [Instrument], json: Bool) -> String {
        if json {
            return JSONValue.array(
                instruments.map { instrument in
                    .object([
                        ("id", .string(instrument.id)), ("title", .string(instrument.title)),
                        ("items", .number(Double(instrument.items.count))), ("kind", .string(instrument.kind.rawValue)),
                    ])
                }
            ).serialized()
        }
        let width = instruments.map(\.id.count).max() ?? 0
        return instruments.map { instrument in
            let kind = instrument.kind == .selfMonitoring ? "  (self-monitoring tool, not a validated scale)" : ""
            return instrument.id.padding(toLength: width, withPad: " ", startingAt: 0)
                + "  \(String(instrument.items.count).leftPad(2)) items  \(instrument.title)\(kind)"
        }.joined(separator: "\n")
    }
}

extension String {
    func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
