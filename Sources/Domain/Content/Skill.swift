/// A skill that lessons teach and scenarios practise (see CLINICAL.md).
public enum Skill: String, CaseIterable, Codable, Sendable, Hashable {
    case styles
    case assertiveRights = "assertive_rights"
    case iStatement = "i_statement"
    case sayingNo = "saying_no"
    case makingRequests = "making_requests"
    case receivingCriticism = "receiving_criticism"
    case fogging
    case negativeInquiry = "negative_inquiry"
    case negativeAssertion = "negative_assertion"
    case compliments
    case disagreeing
    case dearMan = "dear_man"
    case give
    case fast
    case brokenRecord = "broken_record"
    case workableCompromise = "workable_compromise"
    case bodyLanguage = "body_language"
    case calming
    case thinkingTraps = "thinking_traps"
    case values
    case safetyFirst = "safety_first"
    case selfCompassion = "self_compassion"
    case startingConversations = "starting_conversations"
    case validation

    public var displayName: String {
        switch self {
        case .styles: "Communication styles"
        case .assertiveRights: "Assertive rights"
        case .iStatement: "'I' statements"
        case .sayingNo: "Saying no"
        case .makingRequests: "Making requests"
        case .receivingCriticism: "Receiving criticism"
        case .fogging: "Fogging"
        case .negativeInquiry: "Negative inquiry"
        case .negativeAssertion: "Negative assertion"
        case .compliments: "Compliments"
        case .disagreeing: "Disagreeing"
        case .dearMan: "DEAR MAN"
        case .give: "GIVE"
        case .fast: "FAST"
        case .brokenRecord: "Broken record"
        case .workableCompromise: "Workable compromise"
        case .bodyLanguage: "Body language and voice"
        case .calming: "Calming your body"
        case .thinkingTraps: "Thinking traps"
        case .values: "Values"
        case .safetyFirst: "Safety first"
        case .selfCompassion: "Self-compassion"
        case .startingConversations: "Starting conversations"
        case .validation: "Validation"
        }
    }
}
