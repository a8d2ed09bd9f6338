import Domain
import Foundation
import SQLKit
import Storage

// MARK: - The learner's records

extension SQLStorage {
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .secondsSince1970
        return encoder
    }()

    private static func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private static func decodeJSON<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try decoder.decode(type, from: Data(text.utf8))
    }

    private static func finding(_ row: any SQLRow) throws -> ScreenFinding {
        let categories = try row.decode(column: "safety_categories", as: String.self)
        return ScreenFinding(level: try row.decode(column: "safety_level", as: String.self),
                             categories: categories.split(separator: ",").map(String.init))
    }

    private static func date(_ row: any SQLRow, _ column: String) throws -> Date {
        Date(unixSeconds: try row.decode(column: column, as: Int64.self))
    }

    private static func optionalDate(_ row: any SQLRow, _ column: String) throws -> Date? {
        try row.decode(column: column, as: Int64?.self).map(Date.init(unixSeconds:))
    }

    // MARK: Interaction log

    public func createLog(userID: Int64, _ log: InteractionLog) async throws -> InteractionLog {
        let id = try await database.insert(into: "interaction_logs")
            .columns("user_id", "occurred_at", "counterpart", "context", "said", "self_rated_style", "suds_before",
                     "suds_after", "outcome", "feeling", "coach_style", "safety_level", "safety_categories", "created_at")
            .values(SQLBind(userID), SQLBind(log.occurredAt.unixSeconds), SQLBind(log.counterpart), SQLBind(log.context),
                    SQLBind(log.said), SQLBind(log.selfRatedStyle?.rawValue), SQLBind(log.sudsBefore), SQLBind(log.sudsAfter),
                    SQLBind(log.outcome?.rawValue), SQLBind(log.feeling), SQLBind(log.coachStyle?.rawValue),
                    SQLBind(log.safety.level), SQLBind(log.safety.categories.joined(separator: ",")),
                    SQLBind(log.createdAt.unixSeconds))
            .returning("id").first(decodingColumn: "id", as: Int64.self)
        guard let id, let stored = try await self.log(userID: userID, id: id) else { throw StorageError.notFound }
        return stored
    }

    public func logs(userID: Int64) async throws -> [InteractionLog] {
        try await database.select().column("*").from("interaction_logs").where("user_id", .equal, SQLBind(userID))
            .orderBy("occurred_at", .descending).orderBy("id", .descending).all().map(Self.decodeLog)
    }

    public func log(userID: Int64, id: Int64) async throws -> InteractionLog? {
        try await database.select().column("*").from("interaction_logs").where("user_id", .equal, SQLBind(userID))
            .where("id", .equal, SQLBind(id)).first().map(Self.decodeLog)
    }

    static func decodeLog(_ row: any SQLRow) throws -> InteractionLog {
        InteractionLog(
            id: try row.decode(column: "id", as: Int64.self),
            occurredAt: try date(row, "occurred_at"),
            counterpart: try row.decode(column: "counterpart", as: String.self),
            context: try row.decode(column: "context", as: String.self),
            said: try row.decode(column: "said", as: String.self),
            selfRatedStyle: try row.decode(column: "self_rated_style", as: String?.self).flatMap(Style.init(rawValue:)),
            sudsBefore: try row.decode(column: "suds_before", as: Int?.self),
            sudsAfter: try row.decode(column: "suds_after", as: Int?.self),
            outcome: try row.decode(column: "outcome", as: String?.self).flatMap(Outcome.init(rawValue:)),
            feeling: try row.decode(column: "feeling", as: String.self),
            coachStyle: try row.decode(column: "coach_style", as: String?.self).flatMap(Style.init(rawValue:)),
            safety: try finding(row),
            createdAt: try date(row, "created_at"))
    }

    // MARK: Exposure ladder

    public func createRung(userID: Int64, _ rung: LadderRung) async throws -> LadderRung {
        let id = try await database.insert(into: "ladder_rungs")
            .columns("user_id", "title", "suds", "scenario_id", "climbed_at", "safety_level", "safety_categories", "created_at")
            .values(SQLBind(userID), SQLBind(rung.title), SQLBind(rung.suds), SQLBind(rung.scenarioID),
                    SQLBind(rung.climbedAt?.unixSeconds), SQLBind(rung.safety.level),
                    SQLBind(rung.safety.categories.joined(separator: ",")), SQLBind(rung.createdAt.unixSeconds))
            .returning("id").first(decodingColumn: "id", as: Int64.self)
        guard let id, let stored = try await self.rung(userID: userID, id: id) else { throw StorageError.notFound }
        return stored
    }

    public func rungs(userID: Int64) async throws -> [LadderRung] {
        let rows = try await database.select().column("*").from("ladder_rungs").where("user_id", .equal, SQLBind(userID))
            .orderBy("suds").orderBy("id").all()
        let attempts = try await database.select().column("*").from("ladder_attempts")
            .where("user_id", .equal, SQLBind(userID)).orderBy("id").all()
        var byRung: [Int64: [LadderAttempt]] = [:]
        for row in attempts { byRung[try row.decode(column: "rung_id", as: Int64.self), default: []].append(try Self.decodeAttempt(row)) }
        return try rows.map { row in
            var rung = try Self.decodeRung(row)
            rung.attempts = byRung[rung.id] ?? []
            return rung
        }
    }

    public func rung(userID: Int64, id: Int64) async throws -> LadderRung? {
        guard let row = try await database.select().column("*").from("ladder_rungs")
            .where("user_id", .equal, SQLBind(userID)).where("id", .equal, SQLBind(id)).first()
        else { return nil }
        var rung = try Self.decodeRung(row)
        rung.attempts = try await database.select().column("*").from("ladder_attempts")
            .where("rung_id", .equal, SQLBind(id)).where("user_id", .equal, SQLBind(userID)).orderBy("id").all()
            .map(Self.decodeAttempt)
        return rung
    }

    public func addAttempt(userID: Int64, rungID: Int64, _ attempt: LadderAttempt) async throws -> LadderAttempt? {
        // The rung must be this person's; the insert names both so a stranger's rung id matches nothing.
        let id = try await database.raw("""
            INSERT INTO ladder_attempts (rung_id, user_id, kind, suds_before, suds_after, note, safety_level, safety_categories, created_at)
            SELECT id, user_id, \(bind: attempt.kind.rawValue), \(bind: attempt.sudsBefore), \(bind: attempt.sudsAfter),
                   \(bind: attempt.note), \(bind: attempt.safety.level), \(bind: attempt.safety.categories.joined(separator: ",")),
                   \(bind: attempt.createdAt.unixSeconds)
            FROM ladder_rungs WHERE id = \(bind: rungID) AND user_id = \(bind: userID)
            RETURNING id
            """).first(decodingColumn: "id", as: Int64.self)
        guard let id else { return nil }
        var stored = attempt
        stored.id = id
        return stored
    }

    public func setClimbed(userID: Int64, rungID: Int64, at: Date?) async throws -> Bool {
        let rows = try await database.update("ladder_rungs").set("climbed_at", to: SQLBind(at?.unixSeconds))
            .where("user_id", .equal, SQLBind(userID)).where("id", .equal, SQLBind(rungID)).returning("id").all()
        return !rows.isEmpty
    }

    public func deleteRung(userID: Int64, id: Int64) async throws -> Bool {
        let rows = try await database.delete(from: "ladder_rungs").where("user_id", .equal, SQLBind(userID))
            .where("id", .equal, SQLBind(id)).returning("id").all()
        return !rows.isEmpty
    }

    static func decodeRung(_ row: any SQLRow) throws -> LadderRung {
        LadderRung(
            id: try row.decode(column: "id", as: Int64.self), title: try row.decode(column: "title", as: String.self),
            suds: try row.decode(column: "suds", as: Int.self), scenarioID: try row.decode(column: "scenario_id", as: String?.self),
            climbedAt: try optionalDate(row, "climbed_at"), safety: try finding(row), createdAt: try date(row, "created_at"),
            attempts: [])
    }

    static func decodeAttempt(_ row: any SQLRow) throws -> LadderAttempt {
        LadderAttempt(
            id: try row.decode(column: "id", as: Int64.self),
            kind: LadderAttempt.Kind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .real,
            sudsBefore: try row.decode(column: "suds_before", as: Int.self),
            sudsAfter: try row.decode(column: "suds_after", as: Int?.self),
            note: try row.decode(column: "note", as: String.self), safety: try finding(row),
            createdAt: try date(row, "created_at"))
    }

    // MARK: Thought records and worksheets (JSON bodies)

    private func insertBody(table: String, userID: Int64, body: String, safety: ScreenFinding, created: Date, updated: Date) async throws -> Int64 {
        let id = try await database.insert(into: table)
            .columns("user_id", "body", "safety_level", "safety_categories", "created_at", "updated_at")
            .values(SQLBind(userID), SQLBind(body), SQLBind(safety.level), SQLBind(safety.categories.joined(separator: ",")),
                    SQLBind(created.unixSeconds), SQLBind(updated.unixSeconds))
            .returning("id").first(decodingColumn: "id", as: Int64.self)
        guard let id else { throw StorageError.notFound }
        return id
    }

    private func updateBody(table: String, userID: Int64, id: Int64, body: String, safety: ScreenFinding, updated: Date) async throws -> Bool {
        let rows = try await database.update(table).set("body", to: SQLBind(body))
            .set("safety_level", to: SQLBind(safety.level))
            .set("safety_categories", to: SQLBind(safety.categories.joined(separator: ",")))
            .set("updated_at", to: SQLBind(updated.unixSeconds))
            .where("user_id", .equal, SQLBind(userID)).where("id", .equal, SQLBind(id)).returning("id").all()
        return !rows.isEmpty
    }

    private func bodies<T: Decodable>(_ type: T.Type, table: String, userID: Int64, id: Int64? = nil,
                                      make: (T, Int64, ScreenFinding, Date, Date) -> T) async throws -> [T] {
        var query = database.select().column("*").from(table).where("user_id", .equal, SQLBind(userID))
        if let id { query = query.where("id", .equal, SQLBind(id)) }
        return try await query.orderBy("updated_at", .descending).orderBy("id", .descending).all().map { row in
            make(try Self.decodeJSON(T.self, try row.decode(column: "body", as: String.self)),
                 try row.decode(column: "id", as: Int64.self), try Self.finding(row),
                 try Self.date(row, "created_at"), try Self.date(row, "updated_at"))
        }
    }

    public func createThoughtRecord(userID: Int64, _ record: ThoughtRecord) async throws -> ThoughtRecord {
        var stored = record
        stored.id = try await insertBody(table: "thought_records", userID: userID, body: try Self.json(record),
                                         safety: record.safety, created: record.createdAt, updated: record.updatedAt)
        return stored
    }

    public func updateThoughtRecord(userID: Int64, _ record: ThoughtRecord) async throws -> Bool {
        try await updateBody(table: "thought_records", userID: userID, id: record.id, body: try Self.json(record),
                             safety: record.safety, updated: record.updatedAt)
    }

    public func thoughtRecords(userID: Int64) async throws -> [ThoughtRecord] {
        try await bodies(ThoughtRecord.self, table: "thought_records", userID: userID, make: Self.placeRecord)
    }

    public func thoughtRecord(userID: Int64, id: Int64) async throws -> ThoughtRecord? {
        try await bodies(ThoughtRecord.self, table: "thought_records", userID: userID, id: id, make: Self.placeRecord).first
    }

    private static func placeRecord(_ record: ThoughtRecord, id: Int64, safety: ScreenFinding, created: Date, updated: Date) -> ThoughtRecord {
        var record = record
        (record.id, record.safety, record.createdAt, record.updatedAt) = (id, safety, created, updated)
        return record
    }

    public func createWorksheet(userID: Int64, _ draft: WorksheetDraft) async throws -> WorksheetDraft {
        var stored = draft
        stored.id = try await insertBody(table: "worksheets", userID: userID, body: try Self.json(draft),
                                         safety: draft.safety, created: draft.createdAt, updated: draft.updatedAt)
        return stored
    }

    public func updateWorksheet(userID: Int64, _ draft: WorksheetDraft) async throws -> Bool {
        try await updateBody(table: "worksheets", userID: userID, id: draft.id, body: try Self.json(draft),
                             safety: draft.safety, updated: draft.updatedAt)
    }

    public func worksheets(userID: Int64) async throws -> [WorksheetDraft] {
        try await bodies(WorksheetDraft.self, table: "worksheets", userID: userID, make: Self.placeDraft)
    }

    public func worksheet(userID: Int64, id: Int64) async throws -> WorksheetDraft? {
        try await bodies(WorksheetDraft.self, table: "worksheets", userID: userID, id: id, make: Self.placeDraft).first
    }

    public func deleteWorksheet(userID: Int64, id: Int64) async throws -> Bool {
        let rows = try await database.delete(from: "worksheets").where("user_id", .equal, SQLBind(userID))
            .where("id", .equal, SQLBind(id)).returning("id").all()
        return !rows.isEmpty
    }

    private static func placeDraft(_ draft: WorksheetDraft, id: Int64, safety: ScreenFinding, created: Date, updated: Date) -> WorksheetDraft {
        var draft = draft
        (draft.id, draft.safety, draft.createdAt, draft.updatedAt) = (id, safety, created, updated)
        return draft
    }

    // MARK: Rehearsals

    public func createRehearsal(userID: Int64, scenarioID: String, rungID: Int64?, at: Date) async throws -> RehearsalRecord {
        // A rung id that is not this person's is dropped rather than linked.
        var rung: Int64? = nil
        if let rungID, try await self.rung(userID: userID, id: rungID) != nil { rung = rungID }
        let id = try await database.insert(into: "rehearsals").columns("user_id", "scenario_id", "rung_id", "started_at")
            .values(SQLBind(userID), SQLBind(scenarioID), SQLBind(rung), SQLBind(at.unixSeconds))
            .returning("id").first(decodingColumn: "id", as: Int64.self)
        guard let id else { throw StorageError.notFound }
        return RehearsalRecord(id: id, scenarioID: scenarioID, startedAt: Date(unixSeconds: at.unixSeconds), finishedAt: nil,
                               events: [], rungID: rung)
    }

    public func rehearsal(userID: Int64, id: Int64) async throws -> RehearsalRecord? {
        guard let row = try await database.select().column("*").from("rehearsals").where("user_id", .equal, SQLBind(userID))
            .where("id", .equal, SQLBind(id)).first()
        else { return nil }
        var record = try Self.decodeRehearsal(row)
        record.events = try await database.select().column("*").from("rehearsal_events")
            .where("rehearsal_id", .equal, SQLBind(id)).where("user_id", .equal, SQLBind(userID)).orderBy("id").all()
            .map(Self.decodeEvent)
        return record
    }

    public func rehearsals(userID: Int64) async throws -> [RehearsalRecord] {
        let rows = try await database.select().column("*").from("rehearsals").where("user_id", .equal, SQLBind(userID))
            .orderBy("id", .descending).all()
        let events = try await database.select().column("*").from("rehearsal_events")
            .where("user_id", .equal, SQLBind(userID)).orderBy("id").all()
        var byRehearsal: [Int64: [RehearsalEvent]] = [:]
        for row in events { byRehearsal[try row.decode(column: "rehearsal_id", as: Int64.self), default: []].append(try Self.decodeEvent(row)) }
        return try rows.map { row in
            var record = try Self.decodeRehearsal(row)
            record.events = byRehearsal[record.id] ?? []
            return record
        }
    }

    public func appendRehearsalEvent(userID: Int64, rehearsalID: Int64, _ event: RehearsalEvent) async throws -> Bool {
        let rows = try await database.raw("""
            INSERT INTO rehearsal_events (rehearsal_id, user_id, kind, turn_id, text, style, safety_level, safety_categories, created_at)
            SELECT id, user_id, \(bind: event.kind.rawValue), \(bind: event.turnID), \(bind: event.text), \(bind: event.style?.rawValue),
                   \(bind: event.safety.level), \(bind: event.safety.categories.joined(separator: ",")), \(bind: event.createdAt.unixSeconds)
            FROM rehearsals WHERE id = \(bind: rehearsalID) AND user_id = \(bind: userID)
            RETURNING id
            """).all()
        return !rows.isEmpty
    }

    public func finishRehearsal(userID: Int64, id: Int64, at: Date) async throws -> Bool {
        let rows = try await database.update("rehearsals").set("finished_at", to: SQLBind(at.unixSeconds))
            .where("user_id", .equal, SQLBind(userID)).where("id", .equal, SQLBind(id)).returning("id").all()
        return !rows.isEmpty
    }

    static func decodeRehearsal(_ row: any SQLRow) throws -> RehearsalRecord {
        RehearsalRecord(id: try row.decode(column: "id", as: Int64.self), scenarioID: try row.decode(column: "scenario_id", as: String.self),
                        startedAt: try date(row, "started_at"), finishedAt: try optionalDate(row, "finished_at"), events: [],
                        rungID: try row.decode(column: "rung_id", as: Int64?.self))
    }

    static func decodeEvent(_ row: any SQLRow) throws -> RehearsalEvent {
        RehearsalEvent(kind: RehearsalEvent.Kind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .reply,
                       turnID: try row.decode(column: "turn_id", as: String.self), text: try row.decode(column: "text", as: String.self),
                       style: try row.decode(column: "style", as: String?.self).flatMap(Style.init(rawValue:)),
                       safety: try finding(row), createdAt: try date(row, "created_at"))
    }

    // MARK: Lessons

    public func saveLessonProgress(userID: Int64, _ progress: LessonProgress) async throws {
        try await database.raw("""
            INSERT INTO lesson_progress (user_id, lesson_id, correct, total, completed_at)
            VALUES (\(bind: userID), \(bind: progress.lessonID), \(bind: progress.correct), \(bind: progress.total),
                    \(bind: progress.completedAt.unixSeconds))
            ON CONFLICT (user_id, lesson_id) DO UPDATE SET correct = excluded.correct, total = excluded.total,
              completed_at = excluded.completed_at
            """).run()
    }

    public func lessonProgress(userID: Int64) async throws -> [LessonProgress] {
        try await database.select().column("*").from("lesson_progress").where("user_id", .equal, SQLBind(userID))
            .orderBy("completed_at").all().map { row in
                LessonProgress(lessonID: try row.decode(column: "lesson_id", as: String.self),
                               correct: try row.decode(column: "correct", as: Int.self),
                               total: try row.decode(column: "total", as: Int.self),
                               completedAt: try Self.date(row, "completed_at"))
            }
    }
}
