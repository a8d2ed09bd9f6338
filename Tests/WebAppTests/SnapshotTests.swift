import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp

/// The main pages as a learner sees them, compared with `Snapshots/*.html`. Record them again with
/// `SPEAKUP_RECORD_SNAPSHOTS=1 swift test --filter SnapshotTests`, then read the diff.
struct SnapshotTests: AppTesting {
    @Test func snapshotNormalisingHidesOnlyWhatChanges() {
        let page = #"<meta name="csrf-token" content="\#(String(repeating: "ab", count: 32))"><p>2 Mar 2026, 18:30 · 12 Sept 2025 · 3 Jan</p>"#
            + #"<a href="/log/12">x</a><a href="/lessons/styles">y</a><input value="2026-03-02T18:30"><code>su_\#(String(repeating: "0", count: 64))</code>"#
        #expect(Snapshot.normalise(page) == """
            <meta name="csrf-token" content="CSRF-TOKEN">
            <p>DATETIME · DATE · DAY</p>
            <a href="/log/ID">x</a>
            <a href="/lessons/styles">y</a>
            <input value="ISO-DATETIME">
            <code>su_API-TOKEN</code>
            """)
        #expect(Snapshot.firstDifference(expected: "a\nb\nc", actual: "a\nB\nc")! == (2, "b", "B"))
        #expect(Snapshot.firstDifference(expected: "a\nb", actual: "a\nb\nc")! == (3, "<end of file>", "c"))
        #expect(Snapshot.firstDifference(expected: "a\nb", actual: "a\nb") == nil)
    }

    @Test func signedOutPagesMatchTheirSnapshots() async throws {
        try await Self.withApp { client, _ in
            for (name, path) in [("landing", "/"), ("login", "/login"), ("signup", "/signup"), ("help", "/help"), ("breathe", "/breathe")] {
                let response = try await client.get(path)
                #expect(response.status == .ok, "\(path)")
                Snapshot.assertMatches(response.text, named: name)
            }
        }
    }

    @Test func signedInPagesMatchTheirSnapshots() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            // Some of everything, with text that must be escaped. The rehearsal comes first so the home
            // page's milestones (ordered by time, to the second) are in the same order every run.
            let rehearsal = try await client.form("/rehearse", [("scenario", "work-after-work-drinks")], as: ana)
            let rehearsalID = try PageRouteTests.id(in: rehearsal.location)
            _ = try await client.form("/rehearse/\(rehearsalID)/reply", [("reply", "Not tonight, thanks. Have a great time!")], as: ana)
            _ = try await client.form("/settings", [("display_name", "Ana"), ("country", "GB")], as: ana)
            _ = try await client.form("/lessons/styles", [("q0", "3"), ("q1", "2"), ("q2", "0")], as: ana)
            _ = try await client.form("/log", [("occurred_at", "2026-03-02T18:30"), ("counterpart", "Sam <b>\"the boss\"</b> & co"),
                                               ("context", "workplace"), ("said", "I'd like to leave at five today, so I can't take the 6pm call."),
                                               ("self_rated_style", "assertive"), ("suds_before", "60"), ("suds_after", "30"), ("outcome", "good"),
                                               ("feeling", "Relieved")], as: ana)
            _ = try await client.form("/ladder", [("title", "Speak up in the <team> meeting"), ("suds", "50"), ("scenario", "work-after-work-drinks")],
                                      as: ana)
            _ = try await client.form("/ladder", [("title", "Ask for a raise"), ("suds", "80")], as: ana)
            let rungID = Int(try #require(try await client.get("/ladder", as: ana).text.firstMatch(of: /href="\/ladder\/(\d+)"/)).output.1)!
            _ = try await client.form("/ladder/\(rungID)/attempts", [("kind", "real"), ("suds_before", "50"), ("suds_after", "35"),
                                                                     ("note", "Felt shaky & fine")], as: ana)
            let thought = try await client.form("/thoughts", [("situation", "Team meeting"), ("emotion", "anxious"), ("emotion_before", "70"),
                                                              ("thought", "They'll think I'm pushy.")], as: ana)
            let thoughtID = try PageRouteTests.id(in: thought.location)
            let sheet = try await client.form("/worksheets", [("worksheet", "i-statement"), ("title", "The rent"), ("field_when", "the rent is paid late"),
                                                              ("field_feel", "worried"), ("field_because", "I can't cover it alone"),
                                                              ("field_would_like", "I'd like it paid on the first.")], as: ana)
            let sheetID = Int(try #require(sheet.text.firstMatch(of: /action="\/worksheets\/(\d+)"/)).output.1)!
            _ = try await client.form("/settings/tokens", [("token_name", "my notebook")], as: ana)
            let logID = Int(try #require(try await client.get("/log", as: ana).text.firstMatch(of: /href="\/log\/(\d+)"/)).output.1)!

            let pages = [
                ("home", "/"), ("lessons", "/lessons"), ("lesson", "/lessons/styles"), ("rehearse", "/rehearse"),
                ("rehearsal-turn", "/rehearse/\(rehearsalID)"), ("worksheets", "/worksheets"), ("worksheet-new", "/worksheets/new/dear-man"),
                ("worksheet-editor", "/worksheets/\(sheetID)"), ("thoughts", "/thoughts"), ("thought-new", "/thoughts/new"),
                ("thought-step-2", "/thoughts/\(thoughtID)"), ("log", "/log"), ("log-form", "/log/new"), ("log-entry", "/log/\(logID)"),
                ("ladder", "/ladder"), ("rung", "/ladder/\(rungID)"), ("progress", "/progress"), ("breathe-signed-in", "/breathe?next=%2Fladder"),
                ("help-signed-in", "/help"), ("settings", "/settings"),
            ]
            for (name, path) in pages {
                let response = try await client.get(path, as: ana)
                #expect(response.status == .ok, "\(path)")
                Snapshot.assertMatches(response.text, named: name)
            }
            // A rejected form, as it comes back.
            let rejected = try await client.form("/log", [("counterpart", ""), ("said", "Could we <maybe> split it?"), ("suds_before", "101")], as: ana)
            #expect(rejected.status == .unprocessableContent)
            Snapshot.assertMatches(rejected.text, named: "log-form-errors")
        }
    }
}
