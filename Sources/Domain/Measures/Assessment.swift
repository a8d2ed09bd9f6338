import Foundation

/// The answers on one questionnaire sheet: item number → the chosen option's value (before reversal).
///
/// Encoded as a JSON object keyed by item number (`{"1": 0, "9": 2}`) so stored answers read plainly.
public struct Answers: Sendable, Equatable, Codable {
    public var values: [Int: Int]

    public init(_ values: [Int: Int] = [:]) { self.values = values }

    /// Answers in item order, `nil` for an unanswered item: `[0, 1, nil, 3]` answers items 1, 2 and 4.
    public init(inOrder list: [Int?]) {
        var values: [Int: Int] = [:]
        for (index, value) in list.enumerated() { if let value { values[index + 1] = value } }
        self.values = values
    }

    public subscript(item: Int) -> Int? {
        get { values[item] }
        set { values[item] = newValue }
    }

    public init(from decoder: Decoder) throws {
        let raw = try decoder.singleValueContainer().decode([String: Int].self)
        var values: [Int: Int] = [:]
        for (key, value) in raw {
            guard let number = Int(key) else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: decoder.codingPath, debugDescription: "item key \"\(key)\" is not a number"))
            }
            values[number] = value
        }
        self.values = values
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Dictionary(uniqueKeysWithValues: values.map { (String($0.key), $0.value) }))
    }
}

/// One score: a total or a subscale.
public struct Score: Codable, Sendable, Equatable {
    /// The score after reversal, summing or averaging, and any proration.
    public var value: Double
    /// How many of the scale's items were answered.
    public var answered: Int
    /// How many items the scale has.
    public var itemCount: Int

    public init(value: Double, answered: Int, itemCount: Int) {
        self.value = value
        self.answered = answered
        self.itemCount = itemCount
    }

    /// True when some items were unanswered and the score was scaled up from the rest.
    public var prorated: Bool { answered < itemCount }
}

/// A subscale's score, with what it needs to be read on its own.
public struct SubscaleScore: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var score: Score
    public var range: ScoreRange
    public var better: Direction

    public init(id: String, title: String, score: Score, range: ScoreRange, better: Direction) {
        self.id = id
        self.title = title
        self.score = score
        self.range = range
        self.better = better
    }
}

/// What one answered sheet scores.
public struct AssessmentResult: Codable, Sendable, Equatable {
    public var instrumentID: String
    public var total: Score
    public var range: ScoreRange
    /// The plain-words band of the total, for instruments that have bands.
    public var band: Band?
    public var subscales: [SubscaleScore]
    /// Scored items left unanswered (allowed only by a `prorate` rule).
    public var missingItems: [Int]
    /// True when any score was scaled up from fewer items than the scale has.
    public var prorated: Bool
    /// True when any answer met a safety rule (the PHQ-9's item 9 at 1 or more), whatever the total.
    public var safetyTriggered: Bool
    /// The items whose answers opened the safety pathway.
    public var safetyItems: [Int]
    /// Whether the total is at caseness, for instruments that define it.
    public var isCase: Bool?

    public init(
        instrumentID: String, total: Score, range: ScoreRange, band: Band?, subscales: [SubscaleScore],
        missingItems: [Int], prorated: Bool, safetyItems: [Int], isCase: Bool?
    ) {
        self.instrumentID = instrumentID
        self.total = total
        self.range = range
        self.band = band
        self.subscales = subscales
        self.missingItems = missingItems
        self.prorated = prorated
        self.safetyTriggered = !safetyItems.isEmpty
        self.safetyItems = safetyItems
        self.isCase = isCase
    }

    public func subscale(_ id: String) -> SubscaleScore? { subscales.first { $0.id == id } }
}

/// A questionnaire someone finished: what storage keeps and the FHIR and CSV exports read.
public struct CompletedAssessment: Codable, Sendable, Equatable, Identifiable {
    /// A UUID string; it becomes the QuestionnaireResponse's id.
    public var id: String
    public var instrumentID: String
    public var answers: Answers
    public var authored: Date
    public var result: AssessmentResult

    public init(id: String, instrumentID: String, answers: Answers, authored: Date, result: AssessmentResult) {
        self.id = id
        self.instrumentID = instrumentID
        self.answers = answers
        self.authored = authored
        self.result = result
    }
}

/// How a total moved since a baseline, and whether the move means anything.
public struct ScoreChange: Codable, Sendable, Equatable {
    public var baseline: Double
    public var current: Double
    /// `current − baseline`.
    public var difference: Double
    public var direction: ChangeDirection
    /// Whether the change is more than measurement noise; `nil` when the instrument has no criterion.
    public var reliable: Bool?
    /// Which criterion decided `reliable`.
    public var criterion: ReliabilityCriterion?
    /// The Jacobson-Truax index, when the instrument gives SD and r.
    public var rci: Double?
    /// Moved from caseness to below it; `nil` when the instrument has no caseness or the baseline was not a case.
    public var recovered: Bool?

    public init(
        baseline: Double, current: Double, difference: Double, direction: ChangeDirection, reliable: Bool?,
        criterion: ReliabilityCriterion?, rci: Double?, recovered: Bool?
    ) {
        self.baseline = baseline
        self.current = current
        self.difference = difference
        self.direction = direction
        self.reliable = reliable
        self.criterion = criterion
        self.rci = rci
        self.recovered = recovered
    }

    /// Reliable change in the better direction.
    public var reliableImprovement: Bool { reliable == true && direction == .improved }
    /// Reliable change in the worse direction.
    public var reliableDeterioration: Bool { reliable == true && direction == .worse }
    /// Recovered and reliably improved (the NHS Talking Therapies "reliable recovery").
    public var reliableRecovery: Bool { recovered == true && reliableImprovement }
}

public enum ChangeDirection: String, Codable, Sendable {
    case improved, unchanged, worse
}

public enum ReliabilityCriterion: String, Codable, Sendable {
    /// A fixed number of points (NHS Talking Therapies).
    case points
    /// The Jacobson-Truax reliable change index, |RCI| > 1.96.
    case rci
}
