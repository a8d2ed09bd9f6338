import Coach
import TestSupport
import Domain
import Testing

@Suite("Coach: what a learner sees")
struct CoachBehaviourTests {
    let coach = Coach()

    @Test("a blaming, insulting reply reads as aggressive, and the blame is highlighted")
    func aggressive() {
        let reply = "You always dump this on me because you're too lazy to plan. Do it yourself."
        let analysis = coach.analyze(reply: reply)
        #expect(analysis.style == .aggressive)
        #expect(analysis.has(.blamesOther))
        #expect(analysis.spans.contains { $0.label == "blames_other" && $0.text.lowercased().contains("you always") })
    }

    @Test("a hedged, apologetic reply reads as passive, and the suggestion drops the softeners")
    func passive() throws {
        let reply = "Sorry, sorry, I was maybe wondering if I could possibly leave a bit early today, if that's okay?"
        let analysis = coach.analyze(reply: reply, context: "Can you stay until six?")
        #expect(analysis.style == .passive)
        #expect(analysis.has(.hedging))
        #expect(analysis.has(.overApologizes))
        let suggestion = try #require(analysis.suggestion)
        #expect(!suggestion.lowercased().contains("maybe"))
        #expect(!suggestion.lowercased().contains("possibly"))
        #expect(suggestion.lowercased().components(separatedBy: "sorry").count - 1 <= 1)
        #expect(analysis.tips.contains { $0.contains("apologised") })
    }

    @Test("a clear, kind no with an alternative reads as assertive")
    func assertive() {
        let reply = "I can't cover Saturday this time. I could do next Sunday morning if that helps."
        let analysis = coach.analyze(reply: reply, context: "Could you cover my shift on Saturday?")
        #expect(analysis.style == .assertive)
        #expect(analysis.has(.clearNo))
        #expect(analysis.has(.offersCompromise))
        #expect(analysis.suggestion == nil)
    }

    @Test("sarcasm that sounds agreeable reads as passive-aggressive")
    func passiveAggressive() {
        let analysis = coach.analyze(reply: "Oh sure, I'd LOVE to do your work again. Not like I have my own or anything 🙃")
        #expect(analysis.style == .passiveAggressive)
    }

    @Test("probabilities cover the four styles and sum to one")
    func probabilities() {
        let analysis = coach.analyze(reply: "ok whatever you think is best")
        #expect(Set(analysis.probabilities.keys) == Set(Style.allCases))
        #expect(abs(analysis.probabilities.values.reduce(0, +) - 1) < 1e-9)
        #expect(analysis.style == analysis.probabilities.max { $0.value < $1.value }?.key)
    }

    @Test("tips: at most three, praise first, at most one correction")
    func tips() {
        for reply in [
            "You never listen and it's your fault we're late.", "um sorry, maybe, if it's ok?",
            "I'd like us to split the chores evenly. Could we make a rota this weekend?", "fine.",
        ] {
            let tips = coach.analyze(reply: reply).tips
            #expect((1...3).contains(tips.count))
            let corrections = ["Blame", "Name-calling", "Threats", "sarcasm", "apologised", "Softeners", "isn't clear",
                               "Capitals", "Go easy", "played it down", "always", "quick nod"]
            let isCorrection = tips.map { tip in corrections.contains { tip.contains($0) } }
            #expect(isCorrection.first == false, "the first tip praises: \(tips)")
            #expect(isCorrection.filter { $0 }.count <= 1)
        }
    }

    @Test("the same reply always gets the same reading")
    func deterministic() {
        let reply = "I feel frustrated when plans change last minute. Please text me by noon."
        #expect(coach.analyze(reply: reply) == coach.analyze(reply: reply))
    }

    @Test("spans are UTF-16 ranges whose text matches the reply")
    func spans() {
        let reply = "Honestly 🙂 I’m sorry, sorry, but I NEED you to stop. You always do this!"
        let analysis = coach.analyze(reply: reply)
        #expect(!analysis.spans.isEmpty)
        for span in analysis.spans {
            #expect(span.start >= 0 && span.start < span.end && span.end <= reply.utf16.count)
            #expect(reply.utf16Slice(span.start, span.end) == span.text)
        }
    }

    @Test("no crash and a full reading on awkward input")
    func hostileInput() {
        for text in HostileText.samples() {
            let analysis = coach.analyze(reply: text)
            #expect(Style.allCases.contains(analysis.style))
            #expect(analysis.tips.count <= 3)
            for span in analysis.spans { #expect(span.end <= min(text.utf16.count, Coach.maximumLength)) }
        }
    }

    @Test(
        "words that often sit in requests ('paid', 'alone', 'today') do not make a request without a request frame",
        arguments: [
            "I already paid for the tickets.",
            "I want to be left alone today.",
            "I got paid today, so dinner is on me.",
            "We were alone in the office today.",
            "honestly just tired today, been alone all week",
        ])
    func noRequestWithoutFrame(reply: String) {
        #expect(!coach.analyze(reply: reply).has(.clearRequest))
    }

    @Test(
        "a firm no that acknowledges the other person reads as assertive, not passive-aggressive",
        arguments: [
            "I hear you, and it's still a no for Friday.",
            "I get that you're stuck, but I can't cover Friday.",
            "I know this matters to you. My answer is still no.",
            "I can see you're in a bind, but no, I won't cover Friday.",
            "I understand it's important to you. I'm still not able to do Friday.",
            "I understand it's important, and my answer is still no for Friday.",
        ])
    func acknowledgedNo(reply: String) {
        let analysis = coach.analyze(reply: reply, context: "Please, I really need you to cover Friday.")
        #expect(analysis.style == .assertive)
        #expect(analysis.has(.clearNo))
        #expect(analysis.has(.validatesOther))
    }
}
