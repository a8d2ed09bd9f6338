import Domain

/// A recognisable phrase kind the Coach looks for. Cues are the visible, explainable evidence behind
/// every reading: each one highlights the words that triggered it.
enum Cue: String, CaseIterable, Sendable {
    case apology, apologyForNeed, hedge, softRefusal, filler
    case iFeeling, iNeed, iView, iFeelYou
    case request, imperative, refusal, iLimit
    case blame, insult, profanity, absolutes, youStatement
    case validation, thanks, compromise
    case sarcasm, sulk, threat, selfDeprecation, minimising, givingIn, reason, just

    /// The scored or reported component this cue is evidence for, if any.
    var component: Component? {
        switch self {
        case .apology, .apologyForNeed: .overApologizes
        case .hedge, .softRefusal: .hedging
        case .iFeeling, .iNeed, .iView: .iStatement
        case .request, .imperative: .clearRequest
        case .refusal, .iLimit: .clearNo
        case .blame: .blamesOther
        case .insult, .profanity: .insult
        case .validation, .thanks: .validatesOther
        case .compromise: .offersCompromise
        case .sarcasm, .sulk: .sarcasm
        case .threat: .threat
        case .absolutes: .absolutes
        case .selfDeprecation: .selfDeprecation
        case .minimising: .minimising
        case .reason: .reasonGiven
        case .filler, .iFeelYou, .youStatement, .givingIn, .just: nil
        }
    }
}
