import Domain
import Foundation
import Logging
import Measures
import Storage

/// A person's questionnaire records, the same for the web app and the CLI: which instruments there
/// are, storing a result, the baseline it is compared with, and the flag for a sheet left unfinished.
public enum MeasureRecords {
    /// The bundled instruments plus the clinic's imported ones. An import that no longer parses (a
    /// newer SpeakUp's stricter rules) is left out and logged, rather than breaking every page.
    public static func catalog(storage: any Storage, logger: Logger? = nil) async throws -> InstrumentCatalog {
        var imported: [Instrument] = []
        for stored in try await storage.importedInstruments() {
            do {
                imported.append(try InstrumentParser.parse(stored.source, file: "imported/\(stored.id).yaml"))
            } catch {
                logger?.warning("imported instrument no longer parses; re-import it",
                                metadata: ["instrument": "\(stored.id)", "problems": "\(error.errors.count)"])
            }
        }
        return InstrumentCatalog.bundled.adding(imported).catalog
    }

    /// Stores a scored sheet.
    public static func record(userID: Int64, instrument: Instrument, answers: Answers, result: AssessmentResult,
                              storage: any Storage, at date: Date = Date()) async throws -> StoredAssessment {
        let completed = CompletedAssessment(id: UUID().uuidString.lowercased(), instrumentID: instrument.id, answers: answers,
                                            authored: date, result: result)
        return try await storage.saveAssessment(userID: userID, StoredAssessment(completed: completed))
    }

    /// The person's first result for the instrument: what later results are compared with.
    public static func baseline(userID: Int64, instrumentID: String, storage: any Storage) async throws -> StoredAssessment? {
        try await storage.assessments(userID: userID, instrumentID: instrumentID).first
    }

    /// A sheet that was not scored but met a safety rule (the PHQ-9's item 9): the help is shown, and
    /// this keeps a record that it was. Does nothing when no rule fired.
    public static func recordUnfinished(userID: Int64, instrument: Instrument, answers: Answers, storage: any Storage,
                                        at date: Date = Date()) async throws {
        let items = instrument.safetyItems(for: answers)
        guard !items.isEmpty else { return }
        let detail = items.map { "item \($0) answered \(answers[$0] ?? 0)" }.joined(separator: ", ") + "; sheet not finished"
        try await storage.recordSafetyEvent(userID: userID, SafetyEvent(source: "questionnaire:\(instrument.id)", detail: detail, at: date))
    }

    /// Instruments due by the person's schedules: a schedule is due `everyDays` after the latest
    /// result (from the start of that day), or from the day it was set when there is none.
    public static func due(schedules: [MeasureSchedule], results: [StoredAssessment], catalog: InstrumentCatalog,
                           now: Date = Date()) -> [(instrument: Instrument, schedule: MeasureSchedule)] {
        schedules.compactMap { schedule in
            guard let instrument = catalog.instrument(schedule.instrumentID) else { return nil }
            let last = results.last { $0.instrumentID == schedule.instrumentID }?.authoredAt
            return schedule.isDue(lastTaken: last, now: now) ? (instrument, schedule) : nil
        }
    }
}
