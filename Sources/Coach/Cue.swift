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
    /// A specific thing asked for by name ("I'd like a refund", "I need it fixed by Friday").
    case namedAsk
    /// An alternative put forward after a refusal or limit in the same reply ("Not Saturday. I can do
    /// Sunday"): found by `FeatureExtractor`, not by a pattern.
    case alternativeAfterLimit
    /// Weaker signals kept as features for the model but not, on their own, evidence of a component:
    /// a time frame ("next time", "from now on"), an offer of something ("I can…", "I'll…"), and a
    /// loose alternative ("or", "for now", "half").
    case futureFrame, offer, looseAlternative
    /// An offer too loose to count as an alternative even after a limit ("I'll…", "maybe", "you can").
    case tentativeOffer
    /// Cues whose words are as often sarcastic, polite filler or a judgement as they are the skill
    /// ("thanks", "makes sense", "I think", "I'll try"): features for the model, not evidence alone.
    case plainThanks, weakView, softener
    /// Phrases that look like a request or a refusal but are not one; they cancel the cue they
    /// overlap: an offer to do something ("want me to…?"), permission ("go ahead", "take it"), a
    /// dismissal ("get a grip", "grow up"), and "no" answering a question rather than refusing.
    case offerToDo, permission, dismissal, answerNo

    /// A second component this cue is evidence for: the labelling rulings count a first-person limit
    /// ("I can't make it", "I'm not paying that") as an 'I' statement as well as a clear no.
    var secondaryComponent: Component? {
        self == .iLimit ? .iStatement : nil
    }

    /// The scored or reported component this cue is evidence for, if any.
    var component: Component? {
        switch self {
        case .apology, .apologyForNeed: .overApologizes
        case .hedge, .softRefusal: .hedging
        case .iFeeling, .iNeed, .iView: .iStatement
        case .request, .imperative, .namedAsk: .clearRequest
        case .refusal, .iLimit: .clearNo
        case .blame: .blamesOther
        case .insult, .profanity: .insult
        case .validation, .thanks: .validatesOther
        case .compromise, .alternativeAfterLimit: .offersCompromise
        case .sarcasm, .sulk: .sarcasm
        case .threat: .threat
        case .absolutes: .absolutes
        case .selfDeprecation: .selfDeprecation
        case .minimising: .minimising
        case .reason: .reasonGiven
        case .filler, .iFeelYou, .youStatement, .givingIn, .just, .futureFrame, .offer, .looseAlternative, .tentativeOffer,
            .offerToDo, .permission, .dismissal, .answerNo, .plainThanks, .weakView, .softener:
            nil
        }
    }
}
