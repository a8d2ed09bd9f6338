import Foundation

/// A completed questionnaire as stored for one person: the answers and the result as scored when
/// it was taken, so a later change to an instrument file never rewrites a past result.
public struct StoredAssessment: Codable, Sendable, Equatable, Identifiable {
    /// The row id, used in page addresses; `completed.id` (a UUID) is the FHIR id.
    public var id: Int64
    public var completed: CompletedAssessment

    public init(id: Int64 = 0, completed: CompletedAssessment) {
        self.id = id
        self.completed = completed
    }

    public var instrumentID: String { completed.instrumentID }
    public var result: AssessmentResult { completed.result }
    public var total: Double { completed.result.total.value }
    public var authoredAt: Date { completed.authored }
}

/// "Take this questionnaire every N days", set by the learner.
public struct MeasureSchedule: Codable, Sendable, Equatable {
    /// The choices offered: weekly, fortnightly, four-weekly (0 turns a schedule off).
    public static let choices = [7, 14, 28]

    public var instrumentID: String
    public var everyDays: Int
    public var since: Date

    public init(instrumentID: String, everyDays: Int, since: Date) {
        self.instrumentID = instrumentID
        self.everyDays = everyDays
        self.since = since
    }

    /// The start of the day (UTC) the next one is due: `everyDays` after the latest result, or the
    /// day the schedule was set when there is none yet.
    public func dueDate(lastTaken: Date?) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let lastTaken else { return calendar.startOfDay(for: since) }
        return calendar.startOfDay(for: lastTaken.addingTimeInterval(TimeInterval(everyDays) * 86_400))
    }

    public func isDue(lastTaken: Date?, now: Date) -> Bool { dueDate(lastTaken: lastTaken) <= now }
}

/// A safety rule that fired where no stored record carries the flag, such as a questionnaire left
/// unfinished with PHQ-9 item 9 answered: kept so that the help shown is on record.
public struct SafetyEvent: Codable, Sendable, Equatable {
    /// Where it happened: `questionnaire:phq9`.
    public var source: String
    /// What fired, in words: `item 9 answered 2; sheet not finished`.
    public var detail: String
    public var at: Date

    public init(source: String, detail: String, at: Date) {
        self.source = source
        self.detail = detail
        self.at = at
    }
}

/// An instrument a clinic loaded from its own file (licensed wording we must not ship). The file's
/// text is kept as loaded, so it parses with the same rules as a bundled one.
public struct ImportedInstrument: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var source: String
    public var importedAt: Date

    public init(id: String, title: String, source: String, importedAt: Date) {
        self.id = id
        self.title = title
        self.source = source
        self.importedAt = importedAt
    }
}
