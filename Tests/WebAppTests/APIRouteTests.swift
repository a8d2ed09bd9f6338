import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport
@testable import WebApp

/// The JSON API, route by route: the answer when a call goes through, and the problem document
/// naming the field when it doesn't. (Signed out, another person's id, CSRF and bad bodies are
/// checked for every route in `RouteTests`.)
struct APIRouteTests: AppTesting {
    @Test func sessionSignInAndOut() async throws {
        try await Self.withApp { client, _ in
            _ = try await Self.signUp(client, email: "ana%40example.org")
            let signIn = try await client.api(.post, "/session", #"{"email":"ANA@example.org","password":"correct horse battery"}"#)
            #expect(signIn.status == .ok)
            let body = try signIn.json()
            #expect(body["email"] as? String == "ana@example.org")
            let csrf = try #require(body["csrf_token"] as? String)
            #expect(csrf.count == 64)
            let session = try #require(Self.cookie("speakup_session", in: signIn))
            let ana = Browser(cookie: "speakup_session=\(session)", csrf: csrf)
            #expect(try await client.api(.post, "/logs", #"{"counterpart":"Sam","said":"Not today."}"#, as: ana).status == .created)

            Self.expectProblem(try await client.api(.post, "/session", #"{"email":"ana@example.org"}"#), .unprocessableContent, field: "password")
            Self.expectProblem(try await client.api(.post, "/session", #"{"password":"x"}"#), .unprocessableContent, field: "email")
            Self.expectProblem(try await client.api(.post, "/session", #"{"email":"ana@example.org","password":"wrong password"}"#), .unauthorized)

            let out = try await client.api(.delete, "/session", as: ana)
            #expect(out.status == .noContent)
            Self.expectProblem(try await client.api(.get, "/logs", as: ana), .unauthorized)
        }
    }

    @Test func analyzeReadsAReplyWithoutStoringIt() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let reply = #"{"text":"Sorry, sorry, I guess I could maybe stay late again if that's okay?","context":"Can you stay late?"}"#
            let response = try await client.api(.post, "/analyze", reply, as: ana)
            #expect(response.status == .ok)
            let json = try response.json()
            #expect(json["style"] as? String == "passive")
            #expect((json["probabilities"] as? [String: Double])?["passive"].map { $0 > 0.5 } == true)
            #expect((json["spans"] as? [[String: Any]])?.isEmpty == false)
            #expect((json["tips"] as? [String])?.isEmpty == false)
            #expect((json["safety"] as? [String: Any])?["crisis"] as? Bool == false)
            #expect(json["help"] == nil)

            let crisis = try await client.api(.post, "/analyze", #"{"text":\#(jsonString(FreeTextContract.crisisText))}"#, as: ana).json()
            #expect(crisis["style"] == nil, "a crisis text gets help, not a style reading")
            #expect((crisis["safety"] as? [String: Any])?["crisis"] as? Bool == true)
            #expect(((crisis["help"] as? [String: Any])?["lines"] as? [Any])?.isEmpty == false)

            Self.expectProblem(try await client.api(.post, "/analyze", #"{"text":"   "}"#, as: ana), .unprocessableContent, field: "text")
            Self.expectProblem(try await client.api(.post, "/analyze", #"{"text":{"nested":true}}"#, as: ana), .unprocessableContent, field: "text")
            Self.expectProblem(try await client.api(.post, "/analyze", #"{"text":\#(jsonString(String(repeating: "a", count: 5_001)))}"#, as: ana),
                               .unprocessableContent, field: "text", limit: 5_000)
            Self.expectProblem(try await client.api(.post, "/analyze", #"{"text":"No.","context":\#(jsonString(String(repeating: "c", count: 5_001)))}"#,
                                                    as: ana), .unprocessableContent, field: "context", limit: 5_000)
            #expect(try await client.api(.get, "/logs", as: ana).jsonArray().isEmpty, "nothing is stored")
        }
    }

    @Test func safetyScreensText() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let crisis = try await client.api(.post, "/safety", #"{"text":\#(jsonString(FreeTextContract.crisisText))}"#, as: ana)
            #expect(crisis.status == .ok)
            let json = try crisis.json()
            #expect(json["crisis"] as? Bool == true)
            #expect(json["level"] as? String != "none")
            #expect((json["categories"] as? [String])?.isEmpty == false)
            #expect(((json["help"] as? [String: Any])?["heading"] as? String)?.isEmpty == false)
            let calm = try await client.api(.post, "/safety", #"{"text":\#(jsonString(FreeTextContract.ordinaryText))}"#, as: ana).json()
            #expect(calm["crisis"] as? Bool == false && calm["level"] as? String == "none" && calm["help"] == nil)
            Self.expectProblem(try await client.api(.post, "/safety", "{}", as: ana), .unprocessableContent, field: "text")
            Self.expectProblem(try await client.api(.post, "/safety", #"{"text":\#(jsonString(String(repeating: "a", count: 5_001)))}"#, as: ana),
                               .unprocessableContent, field: "text", limit: 5_000)
        }
    }

    @Test func scenariosAreListedAndReadById() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let list = try await client.api(.get, "/scenarios", as: ana).jsonArray()
            #expect(list.count == 62)
            #expect(list.contains { $0["id"] as? String == "work-after-work-drinks" })
            let one = try await client.api(.get, "/scenarios/work-after-work-drinks", as: ana)
            #expect(one.status == .ok)
            let json = try one.json()
            #expect(json["title"] as? String == "Turning down after-work drinks")
            #expect(json["context"] as? String == "workplace" && json["difficulty"] as? Int == 1 && json["counterpart"] as? String == "Chloe")
            #expect(json["skills"] as? [String] == ["saying_no", "broken_record"])
            let missing = Self.expectProblem(try await client.api(.get, "/scenarios/no-such-scenario", as: ana), .notFound)
            #expect(missing["detail"] as? String == "There is no scenario with that id.")
        }
    }

    @Test func rehearsalsStartReplyRetryAndFinish() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            Self.expectProblem(try await client.api(.post, "/rehearsals", "{}", as: ana), .unprocessableContent, field: "scenario_id")
            let unknown = Self.expectProblem(try await client.api(.post, "/rehearsals", #"{"scenario_id":"no-such-scenario"}"#, as: ana),
                                             .unprocessableContent, field: "scenario_id")
            #expect(unknown["detail"] as? String == "There is no scenario \"no-such-scenario\".")
            Self.expectProblem(try await client.api(.post, "/rehearsals", #"{"scenario_id":"work-after-work-drinks","rung_id":"abc"}"#, as: ana),
                               .unprocessableContent, field: "rung_id")
            Self.expectProblem(try await client.api(.post, "/rehearsals", #"{"scenario_id":\#(jsonString(String(repeating: "s", count: 201)))}"#, as: ana),
                               .unprocessableContent, field: "scenario_id", limit: 200)

            let started = try await client.api(.post, "/rehearsals", #"{"scenario_id":"work-after-work-drinks"}"#, as: ana)
            #expect(started.status == .created)
            let start = try started.json()
            let id = try started.id()
            #expect(start["scenario_id"] as? String == "work-after-work-drinks" && start["finished"] as? Bool == false)
            #expect(start["prompt"] as? String == "Come on, you're coming tonight, right? Everyone's going!")
            #expect((start["transcript"] as? [Any])?.isEmpty == true)

            let nothingYet = Self.expectProblem(try await client.api(.post, "/rehearsals/\(id)/retry", as: ana), .conflict)
            #expect((nothingYet["detail"] as? String)?.contains("no answered turn") == true)
            Self.expectProblem(try await client.api(.post, "/rehearsals/\(id)/reply", #"{"reply":""}"#, as: ana), .unprocessableContent, field: "reply")
            Self.expectProblem(try await client.api(.post, "/rehearsals/\(id)/reply", #"{"reply":\#(jsonString(String(repeating: "r", count: 5_001)))}"#,
                                                    as: ana), .unprocessableContent, field: "reply", limit: 5_000)

            let replied = try await client.api(.post, "/rehearsals/\(id)/reply", #"{"reply":"Not tonight, thanks. Have a great time."}"#, as: ana)
            #expect(replied.status == .ok)
            let turn = try replied.json()
            let transcript = try #require(turn["transcript"] as? [[String: Any]])
            #expect(transcript.count == 1 && transcript[0]["reply"] as? String == "Not tonight, thanks. Have a great time.")
            #expect(transcript[0]["safety_level"] as? String == "none")
            #expect((turn["last"] as? [String: Any])?["style"] as? String == "assertive")
            #expect((turn["reaction"] as? String)?.isEmpty == false)
            #expect(try await client.api(.get, "/rehearsals/\(id)", as: ana).json()["prompt"] as? String == turn["prompt"] as? String)

            let retried = try await client.api(.post, "/rehearsals/\(id)/retry", as: ana)
            #expect(retried.status == .ok)
            let rewound = try retried.json()
            #expect((rewound["transcript"] as? [[String: Any]])?.first?["superseded"] as? Bool == true)
            #expect(rewound["prompt"] as? String == "Come on, you're coming tonight, right? Everyone's going!")

            let finished = try await client.api(.post, "/rehearsals/\(id)/finish", as: ana)
            #expect(finished.status == .ok)
            let end = try finished.json()
            #expect(end["finished"] as? Bool == true && end["prompt"] == nil)
            #expect(end["summary"] is [String])
            let late = Self.expectProblem(try await client.api(.post, "/rehearsals/\(id)/reply", #"{"reply":"One more thing."}"#, as: ana), .conflict)
            #expect((late["detail"] as? String)?.contains("has finished") == true)
            let lateRetry = Self.expectProblem(try await client.api(.post, "/rehearsals/\(id)/retry", as: ana), .conflict)
            #expect((lateRetry["detail"] as? String)?.contains("has finished") == true, "a finished rehearsal is not rewound")
            let after = try await client.api(.get, "/rehearsals/\(id)", as: ana).json()
            #expect((after["transcript"] as? [Any])?.count == 1, "the late reply was not stored")
            #expect(after["finished"] as? Bool == true && after["prompt"] == nil, "and it is still finished")
        }
    }

    @Test func logsAreCreatedListedAndRead() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let bad: [(String, String, Int?)] = [
                (#"{"said":"Hi"}"#, "counterpart", nil),
                (#"{"counterpart":"Sam"}"#, "said", nil),
                (#"{"counterpart":"Sam","said":{"text":"Hi"}}"#, "said", nil),
                (#"{"counterpart":\#(jsonString(String(repeating: "c", count: 201))),"said":"Hi"}"#, "counterpart", 200),
                (#"{"counterpart":"Sam","said":"Hi","context":"the moon"}"#, "context", nil),
                (#"{"counterpart":"Sam","said":"Hi","self_rated_style":"meek"}"#, "self_rated_style", nil),
                (#"{"counterpart":"Sam","said":"Hi","suds_before":101}"#, "suds_before", nil),
                (#"{"counterpart":"Sam","said":"Hi","suds_after":-1}"#, "suds_after", nil),
                (#"{"counterpart":"Sam","said":"Hi","suds_after":"lots"}"#, "suds_after", nil),
                (#"{"counterpart":"Sam","said":"Hi","outcome":"great"}"#, "outcome", nil),
                (#"{"counterpart":"Sam","said":"Hi","occurred_at":"last Tuesday"}"#, "occurred_at", nil),
                (#"{"counterpart":"Sam","said":"Hi","feeling":\#(jsonString(String(repeating: "f", count: 5_001)))}"#, "feeling", 5_000),
            ]
            for (body, field, limit) in bad {
                Self.expectProblem(try await client.api(.post, "/logs", body, as: ana), .unprocessableContent, field: field, limit: limit, "\(body.prefix(60))")
            }
            #expect(try await client.api(.get, "/logs", as: ana).jsonArray().isEmpty)

            let created = try await client.api(.post, "/logs", #"""
                {"occurred_at":"2026-03-02T18:30:00Z","counterpart":"my manager","context":"workplace","said":"I'd like to swap my Friday shift.",
                 "self_rated_style":"assertive","suds_before":60,"suds_after":30,"outcome":"good","feeling":"relieved"}
                """#, as: ana)
            #expect(created.status == .created)
            let log = try created.json()
            #expect(log["occurred_at"] as? String == "2026-03-02T18:30:00Z")
            #expect(log["counterpart"] as? String == "my manager" && log["context"] as? String == "workplace")
            #expect(log["suds_before"] as? Int == 60 && log["suds_after"] as? Int == 30 && log["outcome"] as? String == "good")
            #expect(log["coach_style"] as? String == "assertive")
            let id = try created.id()
            let list = try await client.api(.get, "/logs", as: ana).jsonArray()
            #expect(list.map { $0["id"] as? Int } == [id])
            let read = try await client.api(.get, "/logs/\(id)", as: ana).json()
            #expect(read["said"] as? String == "I'd like to swap my Friday shift." && read["feeling"] as? String == "relieved")
        }
    }

    @Test func ladderRungsAndAttempts() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            Self.expectProblem(try await client.api(.post, "/ladder", #"{"suds":20}"#, as: ana), .unprocessableContent, field: "title")
            Self.expectProblem(try await client.api(.post, "/ladder", #"{"title":"Ask"}"#, as: ana), .unprocessableContent, field: "suds")
            Self.expectProblem(try await client.api(.post, "/ladder", #"{"title":"Ask","suds":101}"#, as: ana), .unprocessableContent, field: "suds")
            Self.expectProblem(try await client.api(.post, "/ladder", #"{"title":\#(jsonString(String(repeating: "t", count: 201))),"suds":1}"#, as: ana),
                               .unprocessableContent, field: "title", limit: 200)
            Self.expectProblem(try await client.api(.post, "/ladder", #"{"title":"Ask","suds":1,"scenario":"nope"}"#, as: ana),
                               .unprocessableContent, field: "scenario")

            let hard = try await client.api(.post, "/ladder", #"{"title":"Ask for a raise","suds":80}"#, as: ana)
            let easy = try await client.api(.post, "/ladder", #"{"title":"Send back a cold meal","suds":30,"scenario":"work-after-work-drinks"}"#, as: ana)
            #expect(hard.status == .created && easy.status == .created)
            let record = try #require(try easy.json()["record"] as? [String: Any])
            #expect(record["title"] as? String == "Send back a cold meal" && record["suds"] as? Int == 30)
            #expect(record["scenario_id"] as? String == "work-after-work-drinks")
            #expect((try easy.json()["safety"] as? [String: Any])?["crisis"] as? Bool == false)
            let ladder = try await client.api(.get, "/ladder", as: ana).jsonArray()
            #expect(ladder.map { $0["title"] as? String } == ["Send back a cold meal", "Ask for a raise"], "easiest rung first")

            let id = try easy.id()
            Self.expectProblem(try await client.api(.post, "/ladder/\(id)/attempts", #"{"suds_after":10}"#, as: ana), .unprocessableContent,
                               field: "suds_before")
            Self.expectProblem(try await client.api(.post, "/ladder/\(id)/attempts", #"{"suds_before":10,"kind":"imagined"}"#, as: ana),
                               .unprocessableContent, field: "kind")
            let longNote = #"{"suds_before":10,"note":\#(jsonString(String(repeating: "n", count: 5_001)))}"#
            Self.expectProblem(try await client.api(.post, "/ladder/\(id)/attempts", longNote, as: ana), .unprocessableContent, field: "note", limit: 5_000)
            let attempt = try await client.api(.post, "/ladder/\(id)/attempts", #"{"kind":"rehearsal","suds_before":30,"suds_after":20,"note":"Went okay"}"#,
                                               as: ana)
            #expect(attempt.status == .created)
            let attempts = try #require((try attempt.json()["record"] as? [String: Any])?["attempts"] as? [[String: Any]])
            #expect(attempts.count == 1 && attempts[0]["kind"] as? String == "rehearsal" && attempts[0]["note"] as? String == "Went okay")
            let rung = try await client.api(.get, "/ladder/\(id)", as: ana).json()
            #expect((rung["attempts"] as? [Any])?.count == 1)
        }
    }

    @Test func thoughtRecordsStepByStep() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            Self.expectProblem(try await client.api(.post, "/thought-records", #"{"emotion":"anxious","emotion_before":70,"thought":"x"}"#, as: ana),
                               .unprocessableContent, field: "situation")
            Self.expectProblem(try await client.api(.post, "/thought-records", #"{"situation":"s","emotion":"anxious","emotion_before":170,"thought":"x"}"#,
                                                    as: ana), .unprocessableContent, field: "emotion_before")
            let longEmotion = #"{"situation":"s","emotion":\#(jsonString(String(repeating: "e", count: 201))),"emotion_before":1,"thought":"x"}"#
            Self.expectProblem(try await client.api(.post, "/thought-records", longEmotion, as: ana), .unprocessableContent, field: "emotion", limit: 200)

            let first = #"{"situation":"Team meeting","emotion":"anxious","emotion_before":70,"thought":"They'll think I'm pushy."}"#
            let created = try await client.api(.post, "/thought-records", first, as: ana)
            #expect(created.status == .created)
            let id = try created.id()
            #expect((try created.json()["record"] as? [String: Any])?["thought"] as? String == "They'll think I'm pushy.")

            Self.expectProblem(try await client.api(.put, "/thought-records/\(id)", #"{"step":1,"situation":"changed"}"#, as: ana),
                               .unprocessableContent, field: "step")
            Self.expectProblem(try await client.api(.put, "/thought-records/\(id)", #"{"step":7}"#, as: ana), .unprocessableContent, field: "step")
            Self.expectProblem(try await client.api(.put, "/thought-records/\(id)", #"{"step":2,"distortions":["bad_vibes"]}"#, as: ana),
                               .unprocessableContent, field: "distortions")
            let step2 = #"{"step":2,"distortions":["mind_reading","fortune_telling"],"evidence_against":"They thanked me last time."}"#
            let evidence = try await client.api(.put, "/thought-records/\(id)", step2, as: ana)
            #expect(evidence.status == .ok)
            let afterEvidence = try #require(try evidence.json()["record"] as? [String: Any])
            #expect(afterEvidence["distortions"] as? [String] == ["mind_reading", "fortune_telling"])
            #expect(afterEvidence["evidence_against"] as? String == "They thanked me last time.")

            Self.expectProblem(try await client.api(.put, "/thought-records/\(id)", #"{"step":3,"emotion_after":40}"#, as: ana),
                               .unprocessableContent, field: "balanced_thought")
            let balanced = try await client.api(.put, "/thought-records/\(id)", #"{"step":3,"balanced_thought":"Asking is fair.","emotion_after":40}"#, as: ana)
            #expect(balanced.status == .ok)
            let read = try await client.api(.get, "/thought-records/\(id)", as: ana).json()
            #expect(read["balanced_thought"] as? String == "Asking is fair." && read["emotion_after"] as? Int == 40)
            #expect(read["situation"] as? String == "Team meeting", "later steps keep the first")
            #expect(try await client.api(.get, "/thought-records", as: ana).jsonArray().map { $0["id"] as? Int } == [id])
        }
    }

    @Test func worksheetsAreSavedUpdatedAndDeleted() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            Self.expectProblem(try await client.api(.post, "/worksheets", #"{"title":"x"}"#, as: ana), .unprocessableContent, field: "worksheet")
            let unknown = Self.expectProblem(try await client.api(.post, "/worksheets", #"{"worksheet":"nope"}"#, as: ana),
                                             .unprocessableContent, field: "worksheet")
            #expect((unknown["detail"] as? String)?.contains("i-statement") == true)
            let longTitle = #"{"worksheet":"i-statement","title":\#(jsonString(String(repeating: "t", count: 201)))}"#
            Self.expectProblem(try await client.api(.post, "/worksheets", longTitle, as: ana), .unprocessableContent, field: "title", limit: 200)

            let draft = #"{"worksheet":"i-statement","title":"Rent","fields":{"feel":"worried","would_like":"I'd like it paid on the first."}}"#
            let nested = try await client.api(.post, "/worksheets", draft, as: ana)
            #expect(nested.status == .created)
            let record = try #require(try nested.json()["record"] as? [String: Any])
            #expect(record["worksheet_id"] as? String == "i-statement" && record["title"] as? String == "Rent")
            #expect(record["fields"] as? [String: String] == ["feel": "worried", "would_like": "I'd like it paid on the first."])
            let flat = try await client.api(.post, "/worksheets", #"{"worksheet":"saying-no","field_my_answer":"No, I can't this time."}"#, as: ana)
            #expect(flat.status == .created)
            #expect((try flat.json()["record"] as? [String: Any])?["fields"] as? [String: String] == ["my_answer": "No, I can't this time."])
            let id = try nested.id()

            let updated = try await client.api(.put, "/worksheets/\(id)", #"{"title":"Rent, again","fields":{"feel":"calmer"}}"#, as: ana)
            #expect(updated.status == .ok)
            #expect((try updated.json()["record"] as? [String: Any])?["title"] as? String == "Rent, again")
            Self.expectProblem(try await client.api(.put, "/worksheets/\(id)", #"{"fields":{"feel":\#(jsonString(String(repeating: "f", count: 5_001)))}}"#,
                                                    as: ana), .unprocessableContent, field: "field_feel", limit: 5_000)
            let read = try await client.api(.get, "/worksheets/\(id)", as: ana).json()
            #expect(read["title"] as? String == "Rent, again" && (read["fields"] as? [String: String])?["feel"] == "calmer")
            #expect(try await client.api(.get, "/worksheets", as: ana).jsonArray().count == 2)

            #expect(try await client.api(.delete, "/worksheets/\(id)", as: ana).status == .noContent)
            Self.expectProblem(try await client.api(.get, "/worksheets/\(id)", as: ana), .notFound)
            Self.expectProblem(try await client.api(.delete, "/worksheets/\(id)", as: ana), .notFound)
            #expect(try await client.api(.get, "/worksheets", as: ana).jsonArray().count == 1)
        }
    }
}
