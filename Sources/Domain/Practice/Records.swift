import Foundation

/// What the safety screen found in a piece of stored free text, kept with the text itself.
///
/// Domain cannot see the Safety module (the arrow points the other way), so the finding is held as
/// the screen's wire names: `level` is `none`, `concern` or `urgent`.
public struct ScreenFinding: Codable, Sendable, Equatable {
    public var level: String
    public var categories: [String]

    public init(level: String, categories: [String]) {
        self.level = level
        self.categories = categories
    }

    public static let clear = ScreenFinding(level: "none", categories: [])
    /// True when the screen fired (`concern` or `urgent`).
    public var fired: Bool { level != "none" }
}

/// How a real conversation went, as the learner judged it.
public enum Outcome: String, Codable, Sendable, CaseIterable {
    case good, mixed, bad

    public var label: String {
        switch self {
        case .good: "It went well"
        case .mixed: "Mixed"
        case .bad: "It didn't go well"
        }
    }
}

/// One entry in the interaction log: a real conversation, written up afterwards.
public struct InteractionLog: Codable, Sendable, Equatable, Identifiable {
    public var id: Int64
    public var occurredAt: Date
    public var counterpart: String
    /// A `Setting` name (workplace, family…).
    public var context: String
    public var said: String
    public var selfRatedStyle: Style?
    public var sudsBefore: Int?
    public var sudsAfter: Int?
    public var outcome: Outcome?
    public var feeling: String
    /// The Coach's reading of `said`, stored so the log shows what the learner saw.
    public var coachStyle: Style?
    public var safety: ScreenFinding
    public var createdAt: Date

    public init(id: Int64, occurredAt: Date, counterpart: String, context: String, said: String, selfRatedStyle: Style?,
                sudsBefore: Int?, sudsAfter: Int?, outcome: Outcome?, feeling: String, coachStyle: Style?,
                safety: ScreenFinding, createdAt: Date) {
        self.id = id
        self.occurredAt = occurredAt
        self.counterpart = counterpart
        self.context = context
        self.said = said
        self.selfRatedStyle = selfRatedStyle
        self.sudsBefore = sudsBefore
        self.sudsAfter = sudsAfter
        self.outcome = outcome
        self.feeling = feeling
        self.coachStyle = coachStyle
        self.safety = safety
        self.createdAt = createdAt
    }
}

/// A step on the exposure ladder: one assertive act, rated for how hard it feels (SUDS 0-100).
public struct LadderRung: Codable, Sendable, Equatable, Identifiable {
    public var id: Int64
    public var title: String
    /// The learner's first rating of how anxious the act makes them.
    public var suds: Int
    /// A scenario to rehearse before doing it for real.
    public var scenarioID: String?
    public var climbedAt: Date?
    public var safety: ScreenFinding
    public var createdAt: Date
    public var attempts: [LadderAttempt]

    public init(id: Int64, title: String, suds: Int, scenarioID: String?, climbedAt: Date?, safety: ScreenFinding,
                createdAt: Date, attempts: [LadderAttempt]) {
        self.id = id
        self.title = title
        self.suds = suds
        self.scenarioID = scenarioID
        self.climbedAt = climbedAt
        self.safety = safety
        self.createdAt = createdAt
        self.attempts = attempts
    }

    /// The SUDS to show for the rung now: the latest re-rating, else the first rating.
    public var currentSUDS: Int { attempts.last?.sudsAfter ?? suds }

    /// The default climbing rule: after at least two attempts for real, the latest re-rating is
    /// lower than the rung's first rating. The learner can also mark it climbed (or not) themselves.
    public var meetsClimbRule: Bool {
        let real = attempts.filter { $0.kind == .real }
        guard real.count >= 2, let last = real.last?.sudsAfter else { return false }
        return last < suds
    }
}

/// One go at a rung: a rehearsal first, or doing it for real.
public struct LadderAttempt: Codable, Sendable, Equatable, Identifiable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case rehearsal, real
    }

    public var id: Int64
    public var kind: Kind
    public var sudsBefore: Int
    public var sudsAfter: Int?
    public var note: String
    public var safety: ScreenFinding
    public var createdAt: Date

    public init(id: Int64, kind: Kind, sudsBefore: Int, sudsAfter: Int?, note: String, safety: ScreenFinding, createdAt: Date) {
        self.id = id
        self.kind = kind
        self.sudsBefore = sudsBefore
        self.sudsAfter = sudsAfter
        self.note = note
        self.safety = safety
        self.createdAt = createdAt
    }
}

/// A CBT thought record, filled in over three steps; the original thought stays in view throughout.
public struct ThoughtRecord: Codable, Sendable, Equatable, Identifiable {
    public var id: Int64
    public var situation: String
    public var emotion: String
    /// How strong the emotion was, 0-100.
    public var emotionBefore: Int
    public var thought: String
    public var distortions: [Distortion]
    public var evidenceFor: String
    public var evidenceAgainst: String
    public var balancedThought: String
    /// The re-rating after the balanced thought, 0-100.
    public var emotionAfter: Int?
    public var safety: ScreenFinding
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: Int64, situation: String, emotion: String, emotionBefore: Int, thought: String,
                distortions: [Distortion], evidenceFor: String, evidenceAgainst: String, balancedThought: String,
                emotionAfter: Int?, safety: ScreenFinding, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.situation = situation
        self.emotion = emotion
        self.emotionBefore = emotionBefore
        self.thought = thought
        self.distortions = distortions
        self.evidenceFor = evidenceFor
        self.evidenceAgainst = evidenceAgainst
        self.balancedThought = balancedThought
        self.emotionAfter = emotionAfter
        self.safety = safety
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// 1: the thought; 2: the evidence; 3: the balanced thought and re-rating; 4: done.
    public var nextStep: Int {
        if evidenceFor.isEmpty && evidenceAgainst.isEmpty && distortions.isEmpty { return 2 }
        if balancedThought.isEmpty || emotionAfter == nil { return 3 }
        return 4
    }
}

/// Thinking traps a thought record can name, in plain words.
public enum Distortion: String, Codable, Sendable, CaseIterable {
    case mindReading = "mind_reading"
    case catastrophising
    case allOrNothing = "all_or_nothing"
    case shouldStatements = "should_statements"
    case personalising
    case fortuneTelling = "fortune_telling"
    case discountingPositives = "discounting_positives"
    case labelling
    case emotionalReasoning = "emotional_reasoning"
    case overgeneralising

    public var label: String {
        switch self {
        case .mindReading: "Mind reading: assuming I know what they think"
        case .catastrophising: "Catastrophising: expecting the worst"
        case .allOrNothing: "All or nothing: no middle ground"
        case .shouldStatements: "Shoulds: rigid rules for myself or others"
        case .personalising: "Personalising: it's all my fault"
        case .fortuneTelling: "Fortune telling: predicting it will go badly"
        case .discountingPositives: "Discounting the positives"
        case .labelling: "Labelling: 'I'm a pushover', 'they're awful'"
        case .emotionalReasoning: "Emotional reasoning: I feel it, so it must be true"
        case .overgeneralising: "Overgeneralising: always, never, everyone"
        }
    }
}

/// A saved worksheet draft: an 'I' statement, a saying-no script, or a DEAR MAN, GIVE or FAST plan.
public struct WorksheetDraft: Codable, Sendable, Equatable, Identifiable {
    public var id: Int64
    /// The worksheet's content id (`i-statement`, `dear-man`…).
    public var worksheetID: String
    public var title: String
    /// Field key → what the learner wrote.
    public var fields: [String: String]
    /// The Coach's reading of the assembled draft.
    public var coachStyle: Style?
    public var safety: ScreenFinding
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: Int64, worksheetID: String, title: String, fields: [String: String], coachStyle: Style?,
                safety: ScreenFinding, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.worksheetID = worksheetID
        self.title = title
        self.fields = fields
        self.coachStyle = coachStyle
        self.safety = safety
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// A stored rehearsal: the scenario and every reply and retry, in order. Replaying the events through
/// the deterministic rehearsal engine rebuilds its state, so no state lives in the server.
public struct RehearsalRecord: Codable, Sendable, Equatable, Identifiable {
    public var id: Int64
    public var scenarioID: String
    public var startedAt: Date
    public var finishedAt: Date?
    public var events: [RehearsalEvent]
    /// Which ladder rung this rehearsal was for, if any.
    public var rungID: Int64?

    public init(id: Int64, scenarioID: String, startedAt: Date, finishedAt: Date?, events: [RehearsalEvent], rungID: Int64?) {
        self.id = id
        self.scenarioID = scenarioID
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.events = events
        self.rungID = rungID
    }
}

/// A reply (with the Coach's reading and the screen's finding) or a request to try the turn again.
public struct RehearsalEvent: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable { case reply, retry }
    public var kind: Kind
    public var turnID: String
    public var text: String
    public var style: Style?
    public var safety: ScreenFinding
    public var createdAt: Date

    public init(kind: Kind, turnID: String, text: String, style: Style?, safety: ScreenFinding, createdAt: Date) {
        self.kind = kind
        self.turnID = turnID
        self.text = text
        self.style = style
        self.safety = safety
        self.createdAt = createdAt
    }
}

/// A lesson the learner has finished, with how many check questions they got right first time.
public struct LessonProgress: Codable, Sendable, Equatable {
    public var lessonID: String
    public var correct: Int
    public var total: Int
    public var completedAt: Date

    public init(lessonID: String, correct: Int, total: Int, completedAt: Date) {
        self.lessonID = lessonID
        self.correct = correct
        self.total = total
        self.completedAt = completedAt
    }
}
