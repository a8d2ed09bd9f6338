import Domain
import Foundation
import SQLKit
import Storage

// MARK: - Questionnaires

extension SQLStorage {
    private static func encodeJSON<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private static func decodeAssessment(_ row: any SQLRow) throws -> StoredAssessment {
        let decoder = JSONDecoder()
        let completed = CompletedAssessment(
            id: try row.decode(column: "uuid", as: String.self),
            instrumentID: try row.decode(column: "instrument_id", as: String.self),
            answers: try decoder.decode(Answers.self, from: Data(try row.decode(column: "answers", as: String.self).utf8)),
            authored: Date(unixSeconds: try row.decode(column: "authored_at", as: Int64.self)),
            result: try decoder.decode(AssessmentResult.self, from: Data(try row.decode(column: "result", as: String.self).utf8)))
        return StoredAssessment(id: try row.decode(column: "id", as: Int64.self), completed: completed)
    }

    public func saveAssessment(userID: Int64, _ assessment: StoredAssessment) async throws -> StoredAssessment {
        let completed = assessment.completed
        let id = try await database.insert(into: "assessments")
            .columns("uuid", "user_id", "instrument_id", "answers", "result", "total", "safety_triggered", "authored_at")
            .values(SQLBind(completed.id), SQLBind(userID), SQLBind(completed.instrumentID), SQLBind(try Self.encodeJSON(completed.answers)),
                    SQLBind(try Self.encodeJSON(completed.result)), SQLBind(completed.result.total.value),
                    SQLBind(completed.result.safetyTriggered), SQLBind(completed.authored.unixSeconds))
            .returning("id").first(decodingColumn: "id", as: Int64.self)
        guard let id, let stored = try await self.assessment(userID: userID, id: id) else { throw StorageError.notFound }
        return stored
    }

    public func assessments(userID: Int64, instrumentID: String?) async throws -> [StoredAssessment] {
        var query = database.select().column("*").from("assessments").where("user_id", .equal, SQLBind(userID))
        if let instrumentID { query = query.where("instrument_id", .equal, SQLBind(instrumentID)) }
        return try await query.orderBy("authored_at").orderBy("id").all().map(Self.decodeAssessment)
    }

    public func assessment(userID: Int64, id: Int64) async throws -> StoredAssessment? {
        try await database.select().column("*").from("assessments")
            .where("user_id", .equal, SQLBind(userID)).where("id", .equal, SQLBind(id))
            .first().map(Self.decodeAssessment)
    }

    public func setSchedule(userID: Int64, _ schedule: MeasureSchedule) async throws {
        guard schedule.everyDays > 0 else {
            try await database.delete(from: "measure_schedules")
                .where("user_id", .equal, SQLBind(userID)).where("instrument_id", .equal, SQLBind(schedule.instrumentID)).run()
            return
        }
        try await database.raw("""
            INSERT INTO measure_schedules (user_id, instrument_id, every_days, since)
            VALUES (\(bind: userID), \(bind: schedule.instrumentID), \(bind: schedule.everyDays), \(bind: schedule.since.unixSeconds))
            ON CONFLICT (user_id, instrument_id) DO UPDATE SET every_days = excluded.every_days, since = excluded.since
            """).run()
    }

    public func schedules(userID: Int64) async throws -> [MeasureSchedule] {
        try await database.select().column("*").from("measure_schedules").where("user_id", .equal, SQLBind(userID))
            .orderBy("instrument_id").all().map { row in
                MeasureSchedule(instrumentID: try row.decode(column: "instrument_id", as: String.self),
                                everyDays: try row.decode(column: "every_days", as: Int.self),
                                since: Date(unixSeconds: try row.decode(column: "since", as: Int64.self)))
            }
    }

    public func saveImportedInstrument(_ instrument: ImportedInstrument) async throws {
        try await database.raw("""
            INSERT INTO imported_instruments (id, title, source, imported_at)
            VALUES (\(bind: instrument.id), \(bind: instrument.title), \(bind: instrument.source), \(bind: instrument.importedAt.unixSeconds))
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, source = excluded.source, imported_at = excluded.imported_at
            """).run()
    }

    public func importedInstruments() async throws -> [ImportedInstrument] {
        try await database.select().column("*").from("imported_instruments").orderBy("id").all().map { row in
            ImportedInstrument(id: try row.decode(column: "id", as: String.self), title: try row.decode(column: "title", as: String.self),
                               source: try row.decode(column: "source", as: String.self),
                               importedAt: Date(unixSeconds: try row.decode(column: "imported_at", as: Int64.self)))
        }
    }

    public func recordSafetyEvent(userID: Int64, _ event: SafetyEvent) async throws {
        try await database.insert(into: "safety_events").columns("user_id", "source", "detail", "created_at")
            .values(SQLBind(userID), SQLBind(event.source), SQLBind(event.detail), SQLBind(event.at.unixSeconds)).run()
    }

    public func safetyEvents(userID: Int64) async throws -> [SafetyEvent] {
        try await database.select().column("*").from("safety_events").where("user_id", .equal, SQLBind(userID))
            .orderBy("created_at").orderBy("id").all().map { row in
                SafetyEvent(source: try row.decode(column: "source", as: String.self), detail: try row.decode(column: "detail", as: String.self),
                            at: Date(unixSeconds: try row.decode(column: "created_at", as: Int64.self)))
            }
    }
}
