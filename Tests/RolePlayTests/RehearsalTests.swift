import Curriculum
import Domain
import RolePlay
import Safety
import TestSupport
import Testing

@Suite("Rehearsal engine")
struct RehearsalTests {
    let pack = ContentPack.bundled

    func play(_ id: String, _ replies: [String]) throws -> Rehearsal {
        var rehearsal = Rehearsal(scenario: try #require(pack.scenario(id)))
        for reply in replies { _ = rehearsal.reply(reply) }
        return rehearsal
    }

    @Test("golden: an assertive path with broken record, through the push, to a fair end")
    func assertivePath() throws {
        let rehearsal = try play("work-extra-project", [
            "No, I can't take the Hallam report.",
            "I hear you, and my answer is still no.",
        ])
        #expect(rehearsal.transcript.map(\.turnID) == ["ask", "push"])
        #expect(rehearsal.transcript.map { $0.analysis?.style } == [.assertive, .assertive])
        #expect(rehearsal.transcript.map(\.reaction) == [
            "Hmm. I hear you, but honestly you're the best fit for this client. It's only a few hours, surely?",
            "Okay. Thanks for being straight with me. I'll ask Tom to take it.",
        ])
        let summary = rehearsal.summary()
        #expect(summary.finished)
        #expect(summary.turns.map(\.style) == [.assertive, .assertive])
        #expect(summary.skillsPractised == [.sayingNo, .brokenRecord, .workableCompromise])
        #expect(summary.tryNext.first?.hasPrefix("Every reply was assertive") == true)
    }

    @Test("golden: a passive reply gives the need away and the scenario ends kindly")
    func passivePath() throws {
        let rehearsal = try play("roommate-dishes", ["oh um sorry, it's fine, I guess I'll just do them, no worries"])
        #expect(rehearsal.isFinished)
        #expect(rehearsal.transcript.first?.analysis?.style == .passive)
        #expect(rehearsal.transcript.first?.reaction == "Cheers. You're a legend.")
        let summary = rehearsal.summary()
        #expect(summary.tryNext.first == "Try it again with the assertive model answer in mind: say what you need in one plain sentence.")
        #expect(summary.tryNext.contains { $0.contains("maybe") })
    }

    @Test("golden: an aggressive reply shuts the conversation down")
    func aggressivePath() throws {
        let rehearsal = try play("service-wrong-order", [
            "Are you kidding me? This is the wrong order AGAIN. You lot are useless, just bring me what I ordered.",
        ])
        #expect(rehearsal.isFinished)
        #expect(rehearsal.transcript.first?.analysis?.style == .aggressive)
        #expect(rehearsal.transcript.first?.reaction == "I'll get my manager for you.")
        #expect(rehearsal.summary().tryNext.contains { $0.hasPrefix("Next time, describe what happened") })
    }

    @Test("retry rewinds the last turn and keeps the earlier attempt")
    func retry() throws {
        var rehearsal = try play("roommate-dishes", ["oh um sorry, it's fine, I guess I'll just do them, no worries"])
        #expect(rehearsal.isFinished)
        let rewound = rehearsal.retry()
        #expect(rewound)
        #expect(rehearsal.currentTurnID == "open")
        _ = rehearsal.reply("Hey, the sink's full again. Could you wash your dishes before seven tonight?")
        #expect(rehearsal.transcript.count == 2)
        #expect(rehearsal.transcript[0].superseded)
        #expect(!rehearsal.transcript[1].superseded)
        #expect(rehearsal.summary().retries == 1)
        #expect(rehearsal.summary().turns.first?.style == .assertive)
    }

    @Test("a crisis reply pauses the scenario, is kept, and is not scored")
    func crisisPauses() throws {
        var rehearsal = Rehearsal(scenario: try #require(pack.scenario("work-extra-project")))
        let reply = rehearsal.reply("Honestly I don't want to be alive anymore, I can't do this.")
        let step = try #require(reply)
        #expect(step.outcome == .paused)
        #expect(step.analysis == nil)
        #expect(step.safety.categories.contains(.suicidal))
        #expect(rehearsal.currentTurnID == "ask")
        #expect(rehearsal.transcript.first?.reply == "Honestly I don't want to be alive anymore, I can't do this.")
        #expect(rehearsal.summary().turns.isEmpty)
        #expect(rehearsal.summary().pausedForSafety)
    }

    @Test("role-play replies follow the free-text rule")
    func freeTextRule() async throws {
        let scenario = try #require(pack.scenario("work-extra-project"))
        let problems = await FreeTextContract.verify { text in
            var rehearsal = Rehearsal(scenario: scenario)
            _ = rehearsal.reply(text)
            return rehearsal.transcript.last.map { StoredFreeText(text: $0.reply, safetyFlagged: $0.safety.isCrisis) }
        }
        #expect(problems.isEmpty)
    }

    @Test("model answers and hints are there for the waiting turn")
    func helpers() throws {
        let rehearsal = Rehearsal(scenario: try #require(pack.scenario("work-extra-project")))
        #expect(rehearsal.modelAnswer(.assertive)?.text.isEmpty == false)
        #expect(rehearsal.hint?.isEmpty == false)
    }

    @Test("the same replies always give the same run")
    func deterministic() throws {
        let replies = ["No, I can't take on the Hallam report this week.", "My answer is still no."]
        #expect(try play("work-extra-project", replies).transcript == play("work-extra-project", replies).transcript)
    }
}
