import Coach
import Curriculum
import Domain
import Foundation
import RolePlay
import Safety
import Storage

/// Screens and reads free text. Every path that accepts free text goes through `screen` before it
/// stores anything, and stores the finding with the text.
struct Screening: Sendable {
    let coach: Coach
    let directory: CrisisDirectory
    let defaultCountry: String?

    func screen(_ texts: String...) -> SafetyResult { screen(texts) }

    /// Screens each piece of text separately (so one field's words can't mask another's) and merges.
    func screen(_ texts: [String]) -> SafetyResult {
        var merged = SafetyResult.clear
        for text in texts where !text.isEmpty {
            let result = SafetyScreen.check(text)
            guard result.isCrisis else { continue }
            merged.level = max(merged.level, result.level)
            for category in result.categories where !merged.categories.contains(category) { merged.categories.append(category) }
            merged.spans += result.spans
        }
        return merged
    }

    func finding(_ result: SafetyResult) -> ScreenFinding {
        ScreenFinding(level: result.level.rawValue, categories: result.categories.map(\.rawValue))
    }

    func help(for result: SafetyResult, user: User?, textKept: Bool = true) -> HelpMessage? {
        guard result.isCrisis else { return nil }
        return HelpMessage(for: result, resources: directory.resources(userCountry: user?.country, serverCountry: defaultCountry),
                           textKept: textKept)
    }

    /// The help for a stored finding, without screening the text again.
    func help(for finding: ScreenFinding, user: User?) -> HelpMessage? {
        let result = SafetyResult(level: SafetyLevel(rawValue: finding.level) ?? .concern,
                                  categories: finding.categories.compactMap(SafetyCategory.init(rawValue:)), spans: [])
        return help(for: result, user: user)
    }

    func resources(for user: User?) -> CrisisResources {
        directory.resources(userCountry: user?.country, serverCountry: defaultCountry)
    }
}

/// The learner's practice, shared by the pages and the JSON API so each rule lives once.
struct Practice: Sendable {
    let storage: any Storage
    let screening: Screening
    let content: ContentPack

    struct Saved<Record: Sendable>: Sendable {
        var record: Record
        var safety: SafetyResult
        var analysis: Analysis?
    }

    // MARK: Interaction log

    func createLog(user: User, fields: Fields, now: Date = Date()) async throws -> Result<Saved<InteractionLog>, Problem> {
        var v = Validator(fields)
        let occurredAt = v.date("occurred_at", label: "When") ?? now
        let counterpart = v.text("counterpart", label: "With whom", required: true, limit: Limits.shortText)
        let contextName = v.text("context", label: "Where", limit: Limits.shortText)
        if !contextName.isEmpty && Setting(rawValue: contextName) == nil {
            v.fail("context", "Where must be one of: \(Setting.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        let said = v.text("said", label: "What I said", required: true)
        let selfRated = v.choice("self_rated_style", label: "My style", Style.self)
        let before = v.integer("suds_before", label: "Anxiety before", in: 0...100)
        let after = v.integer("suds_after", label: "Anxiety after", in: 0...100)
        let outcome = v.choice("outcome", label: "How it went", Outcome.self)
        let feeling = v.text("feeling", label: "How I feel about it")
        guard v.isValid else { return .failure(.invalid(v.errors)) }
        let safety = screening.screen(said, feeling, counterpart)
        let analysis = safety.isCrisis ? nil : screening.coach.analyze(reply: said)
        let log = InteractionLog(id: 0, occurredAt: occurredAt, counterpart: counterpart, context: contextName.isEmpty ? "other" : contextName,
                                 said: said, selfRatedStyle: selfRated, sudsBefore: before, sudsAfter: after, outcome: outcome,
                                 feeling: feeling, coachStyle: analysis?.style, safety: screening.finding(safety), createdAt: now)
        let stored = try await storage.createLog(userID: user.id, log)
        return .success(Saved(record: stored, safety: safety, analysis: analysis))
    }

    // MARK: Ladder

    func createRung(user: User, fields: Fields, now: Date = Date()) async throws -> Result<Saved<LadderRung>, Problem> {
        var v = Validator(fields)
        let title = v.text("title", label: "The assertive act", required: true, limit: Limits.shortText)
        let suds = v.integer("suds", label: "SUDS", in: 0...100, required: true)
        let scenarioID = v.text("scenario", label: "Scenario", limit: Limits.shortText)
        if !scenarioID.isEmpty && content.scenario(scenarioID) == nil { v.fail("scenario", "There is no scenario \"\(scenarioID)\".") }
        guard v.isValid, let suds else { return .failure(.invalid(v.errors)) }
        let safety = screening.screen(title)
        let rung = LadderRung(id: 0, title: title, suds: suds, scenarioID: scenarioID.isEmpty ? nil : scenarioID, climbedAt: nil,
                              safety: screening.finding(safety), createdAt: now, attempts: [])
        return .success(Saved(record: try await storage.createRung(userID: user.id, rung), safety: safety, analysis: nil))
    }

    /// Records an attempt; `nil` when the rung is not this person's.
    func addAttempt(user: User, rungID: Int64, fields: Fields, now: Date = Date()) async throws -> Result<Saved<LadderRung>, Problem>? {
        guard try await storage.rung(userID: user.id, id: rungID) != nil else { return nil }
        var v = Validator(fields)
        let kind = v.choice("kind", label: "What you did", LadderAttempt.Kind.self) ?? .real
        let before = v.integer("suds_before", label: "Anxiety before", in: 0...100, required: true)
        let after = v.integer("suds_after", label: "Anxiety after", in: 0...100)
        let note = v.text("note", label: "Notes")
        guard v.isValid, let before else { return .failure(.invalid(v.errors)) }
        let safety = screening.screen(note)
        let attempt = LadderAttempt(id: 0, kind: kind, sudsBefore: before, sudsAfter: after, note: note,
                                    safety: screening.finding(safety), createdAt: now)
        guard try await storage.addAttempt(userID: user.id, rungID: rungID, attempt) != nil,
            let rung = try await storage.rung(userID: user.id, id: rungID)
        else { return nil }
        return .success(Saved(record: rung, safety: safety, analysis: nil))
    }

    // MARK: Thought records

    /// Step 1 creates the record; steps 2 and 3 update it. Returns `nil` for someone else's record.
    func saveThought(user: User, id: Int64?, step: Int, fields: Fields, now: Date = Date()) async throws -> Result<Saved<ThoughtRecord>, Problem>? {
        var v = Validator(fields)
        var record: ThoughtRecord
        if let id {
            guard let existing = try await storage.thoughtRecord(userID: user.id, id: id) else { return nil }
            record = existing
        } else {
            record = ThoughtRecord(id: 0, situation: "", emotion: "", emotionBefore: 0, thought: "", distortions: [], evidenceFor: "",
                                   evidenceAgainst: "", balancedThought: "", emotionAfter: nil, safety: .clear, createdAt: now, updatedAt: now)
        }
        switch step {
        case 1:
            record.situation = v.text("situation", label: "The situation", required: true)
            record.emotion = v.text("emotion", label: "The feeling", required: true, limit: Limits.shortText)
            record.emotionBefore = v.integer("emotion_before", label: "How strong it was", in: 0...100, required: true) ?? 0
            record.thought = v.text("thought", label: "The thought", required: true)
        case 2:
            var distortions: [Distortion] = []
            for raw in fields.all("distortions") {
                if let distortion = Distortion(rawValue: raw) { distortions.append(distortion) }
                else { v.fail("distortions", "\"\(raw)\" is not one of: \(Distortion.allCases.map(\.rawValue).joined(separator: ", ")).") }
            }
            record.distortions = distortions
            record.evidenceFor = v.text("evidence_for", label: "What supports the thought")
            record.evidenceAgainst = v.text("evidence_against", label: "What doesn't fit")
        default:
            record.balancedThought = v.text("balanced_thought", label: "A balanced thought", required: true)
            record.emotionAfter = v.integer("emotion_after", label: "The feeling now", in: 0...100, required: true)
        }
        guard v.isValid else { return .failure(.invalid(v.errors)) }
        let safety = screening.screen(record.situation, record.emotion, record.thought, record.evidenceFor, record.evidenceAgainst,
                                      record.balancedThought)
        record.safety = screening.finding(safety)
        record.updatedAt = now
        if id == nil {
            record = try await storage.createThoughtRecord(userID: user.id, record)
        } else {
            guard try await storage.updateThoughtRecord(userID: user.id, record) else { return nil }
        }
        return .success(Saved(record: record, safety: safety, analysis: nil))
    }

    // MARK: Worksheets

    func saveWorksheet(user: User, id: Int64?, fields: Fields, now: Date = Date()) async throws -> Result<Saved<WorksheetDraft>, Problem>? {
        var v = Validator(fields)
        var draft: WorksheetDraft
        if let id {
            guard let existing = try await storage.worksheet(userID: user.id, id: id) else { return nil }
            draft = existing
        } else {
            let kind = v.text("worksheet", label: "Worksheet", required: true, limit: Limits.shortText)
            if !kind.isEmpty && content.worksheet(kind) == nil {
                v.fail("worksheet", "Worksheet must be one of: \(content.worksheets.map(\.id).joined(separator: ", ")).")
            }
            draft = WorksheetDraft(id: 0, worksheetID: kind, title: "", fields: [:], coachStyle: nil, safety: .clear, createdAt: now, updatedAt: now)
        }
        let sheet = content.worksheet(draft.worksheetID)
        draft.title = v.text("title", label: "Name", limit: Limits.shortText)
        var values: [String: String] = [:]
        for field in sheet?.fields ?? [] {
            // Forms send `field_<key>`; JSON may send `fields` flattened the same way.
            let value = v.text("field_\(field.key)", label: field.label.replacingOccurrences(of: "…", with: ""))
            if !value.isEmpty { values[field.key] = value }
        }
        draft.fields = values
        guard v.isValid, let sheet else { return .failure(.invalid(v.errors)) }
        let assembled = sheet.fields.compactMap { values[$0.key] }.joined(separator: " ")
        let safety = screening.screen([draft.title] + sheet.fields.compactMap { values[$0.key] })
        let analysis = safety.isCrisis || assembled.isEmpty ? nil : screening.coach.analyze(reply: assembled)
        draft.coachStyle = analysis?.style
        draft.safety = screening.finding(safety)
        draft.updatedAt = now
        if id == nil {
            draft = try await storage.createWorksheet(userID: user.id, draft)
        } else {
            guard try await storage.updateWorksheet(userID: user.id, draft) else { return nil }
        }
        return .success(Saved(record: draft, safety: safety, analysis: analysis))
    }

    /// The text a worksheet's Coach reading is based on.
    func assembled(_ draft: WorksheetDraft) -> String {
        (content.worksheet(draft.worksheetID)?.fields ?? []).compactMap { draft.fields[$0.key] }.joined(separator: " ")
    }

    // MARK: Rehearsals

    /// Rebuilds a rehearsal's state by replaying its stored events through the deterministic engine.
    func replay(_ record: RehearsalRecord) -> Rehearsal? {
        guard let scenario = content.scenario(record.scenarioID) else { return nil }
        var rehearsal = Rehearsal(scenario: scenario, coach: screening.coach)
        for event in record.events {
            switch event.kind {
            case .reply: _ = rehearsal.reply(event.text)
            case .retry: rehearsal.retry()
            }
        }
        return rehearsal
    }

    enum ReplyOutcome: Sendable {
        case replied(Rehearsal, Rehearsal.Step)
        case invalid(Problem)
        case finished
    }

    /// Screens, reads and stores one reply. `nil` when the rehearsal is not this person's.
    func reply(user: User, rehearsalID: Int64, fields: Fields, now: Date = Date()) async throws -> ReplyOutcome? {
        guard let record = try await storage.rehearsal(userID: user.id, id: rehearsalID), var rehearsal = replay(record) else { return nil }
        // Ended with "End here": the engine doesn't know, so it would take more turns.
        guard record.finishedAt == nil else { return .finished }
        var v = Validator(fields)
        let text = v.text("reply", label: "Your reply", required: true)
        guard v.isValid else { return .invalid(.invalid(v.errors)) }
        guard let turn = rehearsal.currentTurn, let step = rehearsal.reply(text) else { return .finished }
        let event = RehearsalEvent(kind: .reply, turnID: turn.id, text: text, style: step.analysis?.style,
                                   safety: screening.finding(step.safety), createdAt: now)
        _ = try await storage.appendRehearsalEvent(userID: user.id, rehearsalID: rehearsalID, event)
        if case .finished = step.outcome { _ = try await storage.finishRehearsal(userID: user.id, id: rehearsalID, at: now) }
        return .replied(rehearsal, step)
    }

    /// Rewinds the last answered turn. `nil` when the rehearsal is not this person's.
    enum RetryOutcome { case rewound, nothingToRetry, finished }

    /// Rewinds to the last answered turn. A finished rehearsal stays as it was: its transcript is the
    /// record, and replies to it are refused, so rewinding it would leave a turn nobody can answer.
    func retry(user: User, rehearsalID: Int64, now: Date = Date()) async throws -> RetryOutcome? {
        guard let record = try await storage.rehearsal(userID: user.id, id: rehearsalID), var rehearsal = replay(record) else { return nil }
        guard record.finishedAt == nil else { return .finished }
        guard rehearsal.retry(), let turn = rehearsal.currentTurnID else { return .nothingToRetry }
        let event = RehearsalEvent(kind: .retry, turnID: turn, text: "", style: nil, safety: .clear, createdAt: now)
        _ = try await storage.appendRehearsalEvent(userID: user.id, rehearsalID: rehearsalID, event)
        return .rewound
    }
}
