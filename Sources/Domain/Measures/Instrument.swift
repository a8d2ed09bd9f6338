/// A questionnaire as data: its items and answer options, how it is scored, and what its scores mean.
///
/// Instruments are read from YAML files (the format is in docs/instrument-format.md) by the Measures
/// module, which also scores them. Nothing here is tied to one questionnaire: the PHQ-9's safety item,
/// the Rosenberg scale's reversed items and the situations check's skill profile are all data.
public struct Instrument: Codable, Sendable, Equatable, Identifiable {
    /// Lowercase letters, digits and hyphens (`phq9`, `ipip-assertiveness`).
    public var id: String
    public var title: String
    public var kind: Kind
    /// What the person reads before the items ("Over the last 2 weeks, …").
    public var stem: String
    /// A short plain-words introduction, shown above the stem when present.
    public var about: String?
    /// The answer options shared by every item that has none of its own.
    public var options: [AnswerOption]
    /// The scored items, in the order they are asked; numbered 1, 2, 3…
    public var items: [Item]
    /// Items that are asked but never counted (the PHQ-9's difficulty question); numbered after `items`.
    public var unscored: [Item]
    public var subscales: [Subscale]
    /// The item numbers counted in the total (all scored items unless the file names a subset).
    public var totalItems: [Int]
    /// The lowest and highest possible total, as the file states it and the scorer checks it.
    public var totalRange: ScoreRange
    public var method: ScoringMethod
    /// Which way is better for the total: `.lower` for symptom scales, `.higher` for self-esteem.
    public var better: Direction
    /// Plain-words labels for ranges of the total; empty for instruments without agreed bands.
    public var bands: [Band]
    public var reliableChange: ReliableChangeCriterion?
    public var caseness: Caseness?
    /// Who may reproduce the instrument and how to cite it, shown with it.
    public var licence: String
    /// A human note on scoring, kept from the file (`scoring:`); the rules themselves are the fields above.
    public var scoringNote: String?
    /// LOINC code of the whole questionnaire (the panel), when it has one.
    public var loincPanel: String?
    /// LOINC code of the total score, when it has one.
    public var loincTotal: String?
    /// Answers that open the safety pathway whatever the total (the PHQ-9's item 9 at 1 or more).
    public var safetyRules: [SafetyRule]
    public var missingAnswers: MissingAnswerRule
    /// A built-in scoring key this file was checked against (`rathus`), if any.
    public var key: String?

    public init(
        id: String, title: String, kind: Kind = .scale, stem: String, about: String? = nil, options: [AnswerOption],
        items: [Item], unscored: [Item] = [], subscales: [Subscale] = [], totalItems: [Int]? = nil,
        totalRange: ScoreRange, method: ScoringMethod = .sum, better: Direction, bands: [Band] = [],
        reliableChange: ReliableChangeCriterion? = nil, caseness: Caseness? = nil, licence: String,
        scoringNote: String? = nil, loincPanel: String? = nil, loincTotal: String? = nil,
        safetyRules: [SafetyRule] = [],
        missingAnswers: MissingAnswerRule = .refuse, key: String? = nil
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.stem = stem
        self.about = about
        self.options = options
        self.items = items
        self.unscored = unscored
        self.subscales = subscales
        self.totalItems = totalItems ?? items.map(\.number)
        self.totalRange = totalRange
        self.method = method
        self.better = better
        self.bands = bands
        self.reliableChange = reliableChange
        self.caseness = caseness
        self.licence = licence
        self.scoringNote = scoringNote
        self.loincPanel = loincPanel
        self.loincTotal = loincTotal
        self.safetyRules = safetyRules
        self.missingAnswers = missingAnswers
        self.key = key
    }

    /// Whether the instrument is a published scale or a tool of our own for noticing change.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// A published questionnaire with its own evidence.
        case scale
        /// A self-monitoring tool, not a validated scale: no bands, caseness or reliable-change claims.
        case selfMonitoring = "self_monitoring"

        /// The words shown next to a self-monitoring tool wherever its results appear.
        public var notice: String? {
            switch self {
            case .scale: nil
            case .selfMonitoring:
                "A self-monitoring tool, not a validated scale: it helps you notice change, and its numbers have no clinical meaning."
            }
        }
    }

    /// One answer a person can pick.
    public struct AnswerOption: Codable, Sendable, Equatable {
        /// The number the answer is worth before any reversal.
        public var value: Int
        public var label: String
        /// LOINC answer code (`LA6568-5`), when the option has one.
        public var loinc: String?

        public init(value: Int, label: String, loinc: String? = nil) {
            self.value = value
            self.label = label
            self.loinc = loinc
        }
    }

    /// One question.
    public struct Item: Codable, Sendable, Equatable, Identifiable {
        /// 1-based position in the questionnaire; also the FHIR `linkId`.
        public var number: Int
        public var text: String
        /// Text shared by neighbouring items and shown above them (a situation rated two ways).
        public var group: String?
        public var loinc: String?
        /// Scored as (lowest option + highest option − answer), so agreeing with a negative statement counts low.
        public var reversed: Bool
        /// This item's own options, when they differ from the instrument's.
        public var options: [AnswerOption]?

        public var id: Int { number }
        /// The FHIR `linkId`.
        public var linkID: String { String(number) }

        public init(
            number: Int, text: String, group: String? = nil, loinc: String? = nil, reversed: Bool = false,
            options: [AnswerOption]? = nil
        ) {
            self.number = number
            self.text = text
            self.group = group
            self.loinc = loinc
            self.reversed = reversed
            self.options = options
        }
    }

    /// A named part of the instrument scored on its own (a skill in the situations check).
    public struct Subscale: Codable, Sendable, Equatable, Identifiable {
        public var id: String
        public var title: String
        public var items: [Int]
        public var method: ScoringMethod
        public var better: Direction
        public var range: ScoreRange

        public init(
            id: String, title: String, items: [Int], method: ScoringMethod, better: Direction, range: ScoreRange
        ) {
            self.id = id
            self.title = title
            self.items = items
            self.method = method
            self.better = better
            self.range = range
        }
    }

    /// The options a given item offers.
    public func options(for item: Item) -> [AnswerOption] { item.options ?? options }

    /// Every item, scored then unscored, in the order they are asked.
    public var allItems: [Item] { items + unscored }

    /// The item with this number, scored or not.
    public func item(_ number: Int) -> Item? { allItems.first { $0.number == number } }

    /// The band a whole-number total falls in.
    public func band(for total: Double) -> Band? {
        bands.first { Double($0.from) <= total && total <= Double($0.to) }
    }
}

/// How item scores add up.
public enum ScoringMethod: String, Codable, Sendable, CaseIterable {
    /// The sum of the item scores.
    case sum
    /// The mean of the item scores, on the items' own scale.
    case mean
}

/// Which way is better.
public enum Direction: String, Codable, Sendable, CaseIterable {
    case higher, lower
}

/// The lowest and highest possible score.
public struct ScoreRange: Codable, Sendable, Equatable {
    public var min: Double
    public var max: Double
    public init(min: Double, max: Double) {
        self.min = min
        self.max = max
    }
}

/// A range of totals with a plain-words label. Both ends are included.
public struct Band: Codable, Sendable, Equatable {
    public var from: Int
    public var to: Int
    public var label: String
    public init(from: Int, to: Int, label: String) {
        self.from = from
        self.to = to
        self.label = label
    }
}

/// When a change between two totals is more than measurement noise.
///
/// `points` is a fixed criterion (NHS Talking Therapies: 6 on the PHQ-9, 4 on the GAD-7); `sd` and
/// `r` give the Jacobson-Truax reliable change index. When a file gives both, `points` decides and
/// the index is reported alongside.
public struct ReliableChangeCriterion: Codable, Sendable, Equatable {
    /// A change of at least this many points is reliable.
    public var points: Double?
    /// Standard deviation of the total in the reference sample.
    public var sd: Double?
    /// Test-retest reliability of the total.
    public var r: Double?
    /// Where the numbers come from.
    public var source: String

    public init(points: Double? = nil, sd: Double? = nil, r: Double? = nil, source: String) {
        self.points = points
        self.sd = sd
        self.r = r
        self.source = source
    }
}

/// The threshold above (or below) which a total is counted as a "case" for recovery figures.
public struct Caseness: Codable, Sendable, Equatable {
    public var threshold: Double
    public var direction: Comparison
    public var source: String?

    public enum Comparison: String, Codable, Sendable {
        /// A total at or above the threshold is a case (PHQ-9 ≥ 10).
        case atLeast = "at_least"
        /// A total at or below the threshold is a case.
        case atMost = "at_most"
    }

    public init(threshold: Double, direction: Comparison, source: String? = nil) {
        self.threshold = threshold
        self.direction = direction
        self.source = source
    }

    public func isCase(_ total: Double) -> Bool {
        switch direction {
        case .atLeast: total >= threshold
        case .atMost: total <= threshold
        }
    }
}

/// An answer that opens the safety pathway whatever the total.
public struct SafetyRule: Codable, Sendable, Equatable {
    public var item: Int
    /// The rule fires when the answer (as chosen, before any reversal) is at least this.
    public var atLeast: Int
    public var note: String?

    public init(item: Int, atLeast: Int, note: String? = nil) {
        self.item = item
        self.atLeast = atLeast
        self.note = note
    }
}

/// What happens when some scored items are unanswered.
public enum MissingAnswerRule: Codable, Sendable, Equatable {
    /// Every scored item must be answered, or there is no score.
    case refuse
    /// Up to `maxMissing` scored items may be unanswered; each score is then the mean of the answered
    /// items scaled to the full item count (rounded to a whole number for sums), and the result says so.
    case prorate(maxMissing: Int)
}
