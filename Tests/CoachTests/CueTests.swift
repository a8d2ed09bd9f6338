@testable import Coach
import Domain
import Testing

/// The phrase cues behind the components: kinds of phrasing, each checked with sentences written for
/// these tests (not taken from the labelled data).
@Suite("Coach: cues for requests, refusals, acknowledgement and alternatives")
struct CueTests {
    func cues(_ text: String) -> Set<Cue> {
        Set(FeatureExtractor.extract(reply: text, context: nil, ngrams: false).cues.map(\.tag))
    }

    @Test(
        "a request needs a request frame, in any register",
        arguments: [
            "Could you text me when you leave work?",
            "pls can u move ur bike from the hall",
            "Can someone else take the Friday slot?",
            "Could I switch to the afternoon class?",
            "I'd like a refund to my card.",
            "I need the invoice sent by Monday.",
            "I'd rather you asked before borrowing it.",
            "Organise your own lift home.",
            "Then get someone else to do it.",
        ])
    func requests(text: String) {
        let found = cues(text)
        #expect(!found.isDisjoint(with: [.request, .imperative, .namedAsk]), "\(found)")
    }

    @Test(
        "offers, permission and dismissals are not requests",
        arguments: [
            "Would you like me to drive instead?",
            "Want me to book it for you?",
            "Go ahead, it's all yours.",
            "Take it, I've got another.",
            "Get a grip, it's only a game.",
            "Grow up.",
        ])
    func notRequests(text: String) {
        let found = cues(text)
        #expect(found.isDisjoint(with: [.request, .imperative, .namedAsk]), "\(found)")
    }

    @Test(
        "a refusal or limit, polite or blunt, is a clear no",
        arguments: [
            "My answer is still no.",
            "nah i'm good, thanks",
            "That's too much for me this month.",
            "Sunday is out for me.",
            "Lending money isn't something I do.",
            "I'm not hosting again this year.",
        ])
    func refusals(text: String) {
        let found = cues(text)
        #expect(!found.isDisjoint(with: [.refusal, .iLimit]), "\(found)")
    }

    @Test("a 'no' that answers a question is not a refusal")
    func answeringNo() {
        #expect(!cues("No, it's in my bag, I'll show you.").contains(.refusal))
        #expect(!cues("No worries at all.").contains(.refusal))
    }

    @Test("an alternative offered after a limit is a compromise cue")
    func alternativeAfterLimit() {
        #expect(cues("Saturday doesn't work for me. I can come Sunday morning.").contains(.alternativeAfterLimit))
        #expect(!cues("I can come Sunday morning.").contains(.alternativeAfterLimit))
    }

    @Test(
        "sincere acknowledgement has its own cues",
        arguments: [
            "That's really kind of you.",
            "sounds like a rough week tbh",
            "You must be exhausted after that shift.",
            "Thanks for flagging it.",
            "I'm glad you told me.",
        ])
    func acknowledgement(text: String) {
        #expect(cues(text).contains(.validation))
    }

    @Test("'I don't understand' and a bare 'thanks' are not evidence of validation on their own")
    func notAcknowledgement() {
        #expect(!cues("I don't understand why it's late.").contains(.validation))
        #expect(!cues("Thanks.").contains(.validation))
    }

    @Test("a first-person limit counts as an 'I' statement as well as a clear no")
    func limitIsAnIStatement() {
        #expect(Cue.iLimit.component == .clearNo)
        #expect(Cue.iLimit.secondaryComponent == .iStatement)
    }
}

@Suite("Coach: component decisions lean on the style")
struct StyleLeanTests {
    /// Held-out replies where blame is there exactly when the reply reads aggressive, and the
    /// detector's score says little: the fitted lean must favour aggressive over assertive.
    @Test func leanFollowsTheStyle() {
        var items: [(score: Float, cued: Bool, truth: Bool, probabilities: [Float])] = []
        for i in 0..<400 {
            let aggressive = i % 2 == 0
            let probabilities: [Float] = aggressive ? [0.05, 0.05, 0.85, 0.05] : [0.05, 0.85, 0.05, 0.05]
            items.append((score: Float(i % 7) / 7 - 0.5, cued: i % 3 == 0, truth: aggressive, probabilities: probabilities))
        }
        let (_, lean) = CoachTrainer.styleLean(items)
        let aggressive = Style.allCases.firstIndex(of: .aggressive)!
        let assertive = Style.allCases.firstIndex(of: .assertive)!
        #expect(lean[aggressive] - lean[assertive] > 2, "\(lean)")
    }

    /// With no style signal the lean stays near zero and the detector's score keeps its say.
    @Test func noStyleSignalLeavesTheDetector() {
        var items: [(score: Float, cued: Bool, truth: Bool, probabilities: [Float])] = []
        for i in 0..<400 {
            let present = i % 2 == 0
            items.append((score: present ? 2 : -2, cued: false, truth: present, probabilities: [0.25, 0.25, 0.25, 0.25]))
        }
        let (factor, lean) = CoachTrainer.styleLean(items)
        #expect(factor > 0.5)
        #expect(lean.allSatisfy { abs($0) < 0.5 }, "\(lean)")
    }
}
