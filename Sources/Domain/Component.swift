/// A part of a reply the Coach detects.
///
/// The first eight are the scored components with labelled data behind them; the rest are cues
/// the Coach reports when it sees them, to explain a reading.
public enum Component: String, CaseIterable, Codable, Sendable, Hashable {
    case iStatement = "i_statement"
    case clearRequest = "clear_request"
    case clearNo = "clear_no"
    case blamesOther = "blames_other"
    case overApologizes = "over_apologizes"
    case hedging
    case validatesOther = "validates_other"
    case offersCompromise = "offers_compromise"
    case sarcasm
    case threat
    case insult
    case absolutes
    case selfDeprecation = "self_deprecation"
    case minimising
    case shouting
    case reasonGiven = "reason_given"

    /// The eight components with labels in the data and a trained detector.
    public static let scored: [Component] = [
        .iStatement, .clearRequest, .clearNo, .blamesOther,
        .overApologizes, .hedging, .validatesOther, .offersCompromise,
    ]

    /// Whether this component usually helps a reply (used to order praise before correction).
    public var isStrength: Bool {
        switch self {
        case .iStatement, .clearRequest, .clearNo, .validatesOther, .offersCompromise, .reasonGiven: true
        default: false
        }
    }

    public var displayName: String {
        switch self {
        case .iStatement: "'I' statement"
        case .clearRequest: "clear request"
        case .clearNo: "clear no"
        case .blamesOther: "blame"
        case .overApologizes: "over-apologising"
        case .hedging: "hedging"
        case .validatesOther: "validation"
        case .offersCompromise: "compromise"
        case .sarcasm: "sarcasm"
        case .threat: "threat"
        case .insult: "insult"
        case .absolutes: "absolutes"
        case .selfDeprecation: "self-put-down"
        case .minimising: "minimising"
        case .shouting: "shouting"
        case .reasonGiven: "reason given"
        }
    }
}

extension Component: CodingKeyRepresentable {}
