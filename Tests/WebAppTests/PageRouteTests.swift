import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import StorageSQL
import Testing
import TestSupport
@testable import WebApp

/// The pages, route by route: what a learner sees when a form goes through, and when it doesn't.
/// (Signed out, another person's id and CSRF are checked for every route in `RouteTests`.)
struct PageRouteTests: AppTesting {
    /// The number at the end of a redirect like `/thoughts/12`.
    static func id(in location: String?) throws -> Int {
        try #require(location?.split(separator: "/").last.flatMap { Int($0) })
    }

    // MARK: Accounts

    @Test func signUpCreatesAnAccountOrSaysWhatIsWrong() async throws {
        try await Self.withApp { client, _ in
            let page = try await client.get("/signup")
            #expect(page.status == .ok)
            let csrf = try #require(Self.cookie("speakup_csrf", in: page))
            #expect(page.text.contains("<input type=\"hidden\" name=\"csrf_token\" value=\"\(csrf)\"/>"))
            #expect(page.text.contains("<label for=\"email\">Email</label>"))
            let visitor = Browser(cookie: "speakup_csrf=\(csrf)", csrf: csrf)

            let created = try await client.form("/signup", [("email", "Ana@Example.org"), ("password", "correct horse battery"),
                                                            ("display_name", "Ana"), ("country", "gb")], as: visitor)
            #expect(created.status == .seeOther && created.location == "/")
            let session = try #require(Self.cookie("speakup_session", in: created))
            let home = try await client.get("/", as: Browser(cookie: "speakup_session=\(session)", csrf: ""))
            #expect(home.text.contains("<h1>Hello, Ana</h1>"))
            let help = try await client.get("/help", as: Browser(cookie: "speakup_session=\(session)", csrf: ""))
            #expect(help.text.contains("People you can talk to (GB)"), "the country chosen at sign-up is saved")

            let taken = try await client.form("/signup", [("email", "ana@example.org"), ("password", "another long password")], as: visitor)
            #expect(taken.status == .unprocessableContent)
            #expect(taken.text.contains("There is already an account with that email."))
            #expect(taken.text.contains("value=\"ana@example.org\""))
            #expect(!taken.text.contains("another long password"), "a password is never sent back")

            let long = String(repeating: "a", count: 195) + "@b.org"
            let tooLong = try await client.form("/signup", [("email", long), ("password", "correct horse battery"), ("country", "ZZ")], as: visitor)
            #expect(tooLong.status == .unprocessableContent)
            #expect(tooLong.text.contains("Email can be at most 200 characters (this has 201)."))
            #expect(tooLong.text.contains("Choose a country from the list."))
            #expect(tooLong.text.contains("aria-invalid=\"true\""))
        }
    }

    @Test func signInGoesWhereYouWereHeadingAndSignOutEndsTheSession() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let visitor = try await Self.visitor(client)

            // A page that needs sign-in sends you to the form, which brings you back afterwards.
            let bounced = try await client.get("/ladder", as: visitor)
            #expect(bounced.location == "/login?next=%2Fladder")
            let form = try await client.get(try #require(bounced.location), as: visitor)
            #expect(form.text.contains("<input type=\"hidden\" name=\"next\" value=\"/ladder\"/>"))
            let signedIn = try await client.form("/login", [("next", "/ladder"), ("email", "ana@example.org"), ("password", "correct horse battery")],
                                                 as: visitor)
            #expect(signedIn.status == .seeOther && signedIn.location == "/ladder")
            let session = try #require(Self.cookie("speakup_session", in: signedIn))
            #expect("speakup_session=\(session)" != ana.cookie, "a new session id at every sign-in")

            // Wrong password: 401, the email kept, no session.
            let wrong = try await client.form("/login", [("email", "ana@example.org"), ("password", "not my password")], as: visitor)
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("That email and password don&#39;t match an account."))
            #expect(wrong.text.contains("value=\"ana@example.org\""))
            #expect(Self.cookie("speakup_session", in: wrong) == nil)

            // Only paths on this site are followed.
            for next in ["//evil.example/", "/\\evil.example/", "https://evil.example/", "/\t/evil.example/"] {
                let response = try await client.form("/login?next=\(FormEncoding.escape(next))",
                                                     [("email", "ana@example.org"), ("password", "correct horse battery")], as: visitor)
                #expect(response.status == .seeOther && response.location == "/", "\(next.debugDescription)")
                #expect(!(try await client.get("/login?next=\(FormEncoding.escape(next))").text.contains("name=\"next\"")), "\(next.debugDescription)")
            }
            let prefilled = try await client.get("/login?email=ana%40example.org")
            #expect(prefilled.text.contains("value=\"ana@example.org\""))

            // Signing out ends the session for good.
            let out = try await client.form("/logout", as: ana)
            #expect(out.status == .seeOther && out.location == "/")
            #expect(try await client.get("/settings", as: ana).status == .seeOther)
        }
    }

    @Test func passwordResetLinksWorkOnce() async throws {
        try await Self.withApp { client, storage in
            _ = try await Self.signUp(client, email: "ana%40example.org")
            let user = try #require(try await storage.user(email: "ana@example.org"))
            let token = AccountSecrets.newToken()
            try await storage.createPasswordReset(userID: user.id, tokenHash: AccountSecrets.digest(token), expiresAt: Date().addingTimeInterval(3600))
            let expired = AccountSecrets.newToken()
            try await storage.createPasswordReset(userID: user.id, tokenHash: AccountSecrets.digest(expired), expiresAt: Date().addingTimeInterval(-1))
            let visitor = try await Self.visitor(client)

            let page = try await client.get("/reset/\(token)", as: visitor)
            #expect(page.status == .ok)
            #expect(page.text.contains("action=\"/reset/\(token)\""))
            let short = try await client.form("/reset/\(token)", [("password", "short")], as: visitor)
            #expect(short.status == .unprocessableContent)
            #expect(short.text.contains("Please choose a password of 10 to 200 characters."))

            let done = try await client.form("/reset/\(token)", [("password", "a brand new passphrase")], as: visitor)
            #expect(done.status == .seeOther && done.location == "/login")
            let signIn = try await client.form("/login", [("email", "ana@example.org"), ("password", "a brand new passphrase")], as: visitor)
            #expect(signIn.status == .seeOther)
            let old = try await client.form("/login", [("email", "ana@example.org"), ("password", "correct horse battery")], as: visitor)
            #expect(old.status == .unauthorized)

            // Used, expired and made-up links are all "not found".
            for dead in [token, expired, "made-up"] {
                #expect(try await client.get("/reset/\(dead)", as: visitor).status == .notFound)
                let again = try await client.form("/reset/\(dead)", [("password", "yet another passphrase")], as: visitor)
                #expect(again.status == .notFound)
                #expect(again.text.contains("This reset link has expired or has already been used."))
                // A too-short password on a dead link still says the link is dead, not "choose a longer password".
                let short = try await client.form("/reset/\(dead)", [("password", "short")], as: visitor)
                #expect(short.status == .notFound)
                #expect(short.text.contains("This reset link has expired or has already been used."))
                #expect(!short.text.contains("10 to 200 characters"))
            }
        }
    }

    @Test func settingsAreSavedOrTheFormIsShownAgain() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let page = try await client.get("/settings", as: ana)
            #expect(page.status == .ok)
            #expect(page.text.contains("Signed in as <strong>ana@example.org</strong>"))

            let saved = try await client.form("/settings", [("display_name", "Ana <3"), ("country", "gb"), ("reminders", "on")], as: ana)
            #expect(saved.status == .ok)
            #expect(saved.text.contains("<p class=\"notice success\" role=\"status\">Settings saved.</p>"))
            #expect(saved.text.contains("value=\"Ana &lt;3\""))
            #expect(saved.text.contains("<option value=\"GB\" selected>United Kingdom (GB)</option>"))
            #expect(saved.text.contains("name=\"reminders\" value=\"on\" checked"))
            let home = try await client.get("/", as: ana)
            #expect(home.text.contains("Hello, Ana &lt;3"))
            #expect(home.text.contains("Reminder: a few minutes of practice"))

            let tooLong = try await client.form("/settings", [("display_name", String(repeating: "n", count: 81)), ("country", "ZZ")], as: ana)
            #expect(tooLong.status == .unprocessableContent)
            #expect(tooLong.text.contains("Display name can be at most 80 characters (this has 81)."))
            #expect(tooLong.text.contains("Choose a country from the list."))
            #expect(tooLong.text.contains("value=\"\(String(repeating: "n", count: 81))\""), "what was typed is kept")
            #expect(try await client.get("/", as: ana).text.contains("Hello, Ana &lt;3"), "nothing was saved")
        }
    }

    @Test func exportDownloadsOnlyYourOwnData() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let ben = try await Self.signUp(client, email: "ben%40example.org")
            _ = try await client.api(.post, "/logs", #"{"counterpart":"Sam","said":"Ana's words, not Ben's."}"#, as: ana)
            let export = try await client.get("/settings/export", as: ana)
            #expect(export.status == .ok)
            #expect(export.headers[.contentType] == "application/json")
            #expect(export.headers[.contentDisposition] == "attachment; filename=\"speakup-data.json\"")
            let json = try export.json()
            #expect((json["account"] as? [String: Any])?["email"] as? String == "ana@example.org")
            #expect((json["interaction_logs"] as? [[String: Any]])?.first?["said"] as? String == "Ana's words, not Ben's.")
            let bens = try await client.get("/settings/export", as: ben)
            #expect(!bens.text.contains("Ana's words"))
        }
    }

    @Test func deletingTheAccountSignsYouOutEverywhere() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let token = try #require(try await client.form("/settings/tokens", as: ana).text.firstMatch(of: /su_[0-9a-f]{64}/)).output
            let wrong = try await client.form("/settings/delete", [("confirm_password", "not it at all")], as: ana)
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.text.contains("That password isn&#39;t right, so nothing was deleted."))
            let done = try await client.form("/settings/delete", [("confirm_password", "correct horse battery")], as: ana)
            #expect(done.status == .ok)
            #expect(done.text.contains("Your account and everything in it have been deleted."))
            #expect(try await client.get("/settings", as: ana).status == .seeOther)
            Self.expectProblem(try await client.api(.get, "/logs", as: ana), .unauthorized)
            Self.expectProblem(try await client.api(.get, "/logs", bearer: String(token)), .unauthorized)
            let visitor = try await Self.visitor(client)
            let signIn = try await client.form("/login", [("email", "ana@example.org"), ("password", "correct horse battery")], as: visitor)
            #expect(signIn.status == .unauthorized)
        }
    }

    // MARK: Open pages

    @Test func landingHomeHelpAndBreathe() async throws {
        try await Self.withApp { client, _ in
            let landing = try await client.get("/")
            #expect(landing.status == .ok)
            #expect(landing.text.contains("Create a free account") && landing.text.contains("<a href=\"/login\">Sign in</a>"))
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let home = try await client.get("/", as: ana)
            #expect(home.text.contains("<h1>Hello, ana@example.org</h1>"))
            #expect(home.text.contains("Start with a lesson: Four ways to respond"))
            #expect(home.text.contains("href=\"/lessons/styles\">Start</a>"))
            #expect(home.text.contains("No streak yet"))

            let help = try await client.get("/help")
            #expect(help.status == .ok && help.text.contains("<h1>Get help now</h1>"))
            #expect(try await client.get("/help?country=au").text.contains("People you can talk to (AU)"))
            let unknown = try await client.get("/help?country=%3Cscript%3E")
            #expect(unknown.status == .ok)
            #expect(unknown.text.contains("People you can talk to</h2>"), "unknown countries get the international lines")
            #expect(!unknown.text.contains("<script>"))

            let breathe = try await client.get("/breathe?next=%2Fladder%2F3")
            #expect(breathe.status == .ok && breathe.text.contains("data-breathe"))
            #expect(breathe.text.contains("<a class=\"button\" href=\"/ladder/3\">I&#39;m ready: carry on</a>"))
            for next in ["//evil.example", "/\\evil.example", "https://evil.example", "javascript:alert(1)"] {
                let page = try await client.get("/breathe?next=\(FormEncoding.escape(next))")
                #expect(page.status == .ok && !page.text.contains("carry on"), "\(next)")
            }
        }
    }

    @Test func staticFilesHealthAndTheOpenAPIFile() async throws {
        try await Self.withApp { client, _ in
            let css = try await client.get("/static/app.css")
            #expect(css.status == .ok && css.headers[.contentType] == "text/css; charset=utf-8")
            let etag = try #require(css.headers[.eTag])
            let again = try await client.execute(uri: "/static/app.css", method: .get, headers: [.ifNoneMatch: etag])
            #expect(again.status == .notModified)
            #expect(try await client.get("/static/app.js").headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(try await client.get("/static/nope.js").status == .notFound)
            #expect(try await client.get("/static/..%2FApp.swift").status == .notFound)
            let spec = try await client.get("/api/openapi.yaml")
            #expect(spec.status == .ok && spec.text.contains("/api/v1/logs:"))
            #expect(try await client.get("/healthz").text == "ok")
            #expect(try await client.get("/no/such/page").status == .notFound)
        }
    }

    // MARK: Lessons

    @Test func lessonsRememberTheFirstCompleteTry() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let list = try await client.get("/lessons", as: ana)
            #expect(list.status == .ok)
            #expect(list.text.contains("<a href=\"/lessons/styles\">Four ways to respond</a>"))
            #expect(list.text.components(separatedBy: "<a href=\"/lessons/").count - 1 == 18)

            let lesson = try await client.get("/lessons/styles", as: ana)
            #expect(lesson.status == .ok && lesson.text.contains("Check your understanding"))
            #expect(lesson.text.contains("href=\"/lessons/assertive-rights\">Next: "))
            #expect(try await client.get("/lessons/no-such-lesson", as: ana).status == .notFound)
            #expect(try await client.form("/lessons/no-such-lesson", [("q0", "1")], as: ana).status == .notFound)

            // An incomplete or garbled try shows what was answered but isn't recorded.
            let partial = try await client.form("/lessons/styles", [("q0", "3"), ("q1", "banana"), ("q99", "1")], as: ana)
            #expect(partial.status == .ok)
            #expect(partial.text.contains("Yes. It states a clear preference"))
            #expect(!partial.text.contains("Lesson complete"))

            let first = try await client.form("/lessons/styles", [("q0", "3"), ("q1", "0"), ("q2", "1")], as: ana)
            #expect(first.status == .ok)
            #expect(first.text.contains("Lesson complete: 2 of 3 right first time."))
            #expect(first.text.contains("Not quite: the answer is &quot;Passive-aggressive&quot;."))
            #expect(first.text.contains("id=\"q1-0\" name=\"q1\" value=\"0\" checked"), "the answers given stay ticked")
            let second = try await client.form("/lessons/styles", [("q0", "3"), ("q1", "2"), ("q2", "1")], as: ana)
            #expect(second.text.contains("Lesson complete: 2 of 3 right first time."), "a later try doesn't overwrite the first")
            #expect(try await client.get("/lessons", as: ana).text.contains("Done · 2/3"))
        }
    }

    // MARK: Rehearse

    @Test func rehearsingAScenarioTurnByTurn() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let picker = try await client.get("/rehearse?context=workplace", as: ana)
            #expect(picker.status == .ok)
            #expect(picker.text.contains("Turning down after-work drinks") && !picker.text.contains("The sink full of dishes"))
            #expect(picker.text.contains("<option value=\"workplace\" selected>"))
            #expect(picker.text.contains("<option value=\"5\">5</option>"), "every difficulty can be picked")
            let hard = try await client.get("/rehearse?difficulty=5", as: ana)
            #expect(!hard.text.contains("Turning down after-work drinks") && hard.text.contains("difficulty 5"))
            let none = try await client.get("/rehearse?context=workplace&difficulty=99", as: ana)
            #expect(none.text.contains("No scenarios match those filters."))
            #expect(try await client.get("/rehearse?context=nonsense", as: ana).status == .ok)

            #expect(try await client.form("/rehearse", [("scenario", "no-such-scenario")], as: ana).status == .notFound)
            let started = try await client.form("/rehearse", [("scenario", "work-after-work-drinks")], as: ana)
            #expect(started.status == .seeOther)
            let id = try Self.id(in: started.location)
            #expect(started.location == "/rehearse/\(id)")

            let page = try await client.get("/rehearse/\(id)", as: ana)
            #expect(page.status == .ok)
            #expect(page.text.contains("Come on, you&#39;re coming tonight, right? Everyone&#39;s going!"))
            #expect(page.text.contains("Hint: A short, friendly no is plenty."))
            #expect(!page.text.contains("Try that again"), "nothing to retry yet")
            let model = try await client.get("/rehearse/\(id)?model=1", as: ana)
            #expect(model.text.contains("One assertive way to say it") && model.text.contains("Not tonight, thanks. Have a great time, though."))

            let empty = try await client.form("/rehearse/\(id)/reply", [("reply", "   ")], as: ana)
            #expect(empty.status == .unprocessableContent)
            #expect(empty.text.contains("Please fill in your reply."))
            let long = String(repeating: "no ", count: 1_700)
            let tooLong = try await client.form("/rehearse/\(id)/reply", [("reply", long)], as: ana)
            #expect(tooLong.status == .unprocessableContent)
            #expect(tooLong.text.contains("Your reply can be at most 5000 characters (this has 5099)."))
            #expect(tooLong.text.contains(long.trimmingCharacters(in: .whitespaces)), "what was typed is kept")

            let replied = try await client.form("/rehearse/\(id)/reply", [("reply", "Not tonight, thanks. Have a good one!")], as: ana)
            #expect(replied.status == .ok)
            #expect(replied.text.contains("<p>Not tonight, thanks. Have a good one!</p>"))
            #expect(replied.text.contains("Feedback on your last reply"))
            #expect(replied.text.contains("class=\"badge style-"))
            #expect(replied.text.contains("Try that again"))

            let retried = try await client.form("/rehearse/\(id)/retry", as: ana)
            #expect(retried.status == .seeOther && retried.location == "/rehearse/\(id)")
            #expect(try await client.get("/rehearse/\(id)", as: ana).text.contains("tried again"))

            let finished = try await client.form("/rehearse/\(id)/finish", as: ana)
            #expect(finished.status == .seeOther && finished.location == "/rehearse/\(id)")
            let summary = try await client.get("/rehearse/\(id)", as: ana)
            #expect(summary.text.contains("Where you got to") && !summary.text.contains("action=\"/rehearse/\(id)/reply\""))
            let late = try await client.form("/rehearse/\(id)/reply", [("reply", "One more thing.")], as: ana)
            #expect(late.status == .seeOther && late.location == "/rehearse/\(id)", "a finished rehearsal takes no more replies")
        }
    }

    @Test func aCrisisReplyPausesTheRehearsalAndKeepsTheWords() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let id = try Self.id(in: try await client.form("/rehearse", [("scenario", "work-after-work-drinks")], as: ana).location)
            let response = try await client.form("/rehearse/\(id)/reply", [("reply", FreeTextContract.crisisText)], as: ana)
            #expect(response.status == .ok)
            #expect(response.text.contains("class=\"help-panel"))
            #expect(response.text.contains("paused for support"))
            #expect(response.text.contains("I don&#39;t want to be alive anymore.</textarea>"), "the words stay in the box")
        }
    }

    @Test func progressShowsTheDaysPractised() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let empty = try await client.get("/progress", as: ana)
            #expect(empty.status == .ok)
            #expect(empty.text.contains("You practised on 0 of the last 28 days. Current streak: 0 days."))
            _ = try await client.api(.post, "/logs", #"{"counterpart":"Sam","said":"No, thank you."}"#, as: ana)
            let after = try await client.get("/progress", as: ana)
            #expect(after.text.contains("You practised on 1 of the last 28 days. Current streak: 1 day."))
            #expect(after.text.contains("First real-world conversation logged"))
        }
    }

    // MARK: Worksheets

    @Test func worksheetDraftsAreSavedEditedAndDeleted() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let list = try await client.get("/worksheets", as: ana)
            #expect(list.status == .ok && list.text.contains("Nothing saved yet."))
            #expect(list.text.components(separatedBy: "href=\"/worksheets/new/").count - 1 == 5)
            let blank = try await client.get("/worksheets/new/i-statement", as: ana)
            #expect(blank.status == .ok && blank.text.contains("name=\"field_feel\""))
            #expect(try await client.get("/worksheets/new/no-such-sheet", as: ana).status == .notFound)
            #expect(try await client.form("/worksheets", [("worksheet", "no-such-sheet"), ("title", "x")], as: ana).status == .notFound)

            let tooLong = try await client.form("/worksheets", [("worksheet", "i-statement"), ("title", String(repeating: "t", count: 201)),
                                                                ("field_feel", "worried & tired")], as: ana)
            #expect(tooLong.status == .unprocessableContent)
            #expect(tooLong.text.contains("Name can be at most 200 characters (this has 201)."))
            #expect(tooLong.text.contains(">worried &amp; tired</textarea>"), "what was typed is kept")

            let saved = try await client.form("/worksheets", [("worksheet", "i-statement"), ("title", "The rent"),
                                                              ("field_when", "the rent is paid late"), ("field_feel", "worried"),
                                                              ("field_would_like", "I'd like it paid on the first.")], as: ana)
            #expect(saved.status == .ok)
            #expect(saved.text.contains("Draft saved."))
            #expect(saved.text.contains("How your draft reads"))
            let id = Int(try #require(saved.text.firstMatch(of: /action="\/worksheets\/(\d+)"/)).output.1)!

            let reopened = try await client.get("/worksheets/\(id)", as: ana)
            #expect(reopened.status == .ok && reopened.text.contains(">worried</textarea>") && reopened.text.contains("value=\"The rent\""))
            let edited = try await client.form("/worksheets/\(id)", [("title", "The rent"), ("field_feel", "anxious")], as: ana)
            #expect(edited.status == .ok && edited.text.contains(">anxious</textarea>"))
            let editTooLong = try await client.form("/worksheets/\(id)", [("field_feel", String(repeating: "f", count: 5_001))], as: ana)
            #expect(editTooLong.status == .unprocessableContent)
            #expect(editTooLong.text.contains("at most 5000 characters (this has 5001)"))
            #expect(try await client.get("/worksheets/\(id)", as: ana).text.contains(">anxious</textarea>"), "the rejected edit changed nothing")
            #expect(try await client.get("/worksheets", as: ana).text.contains("<a href=\"/worksheets/\(id)\">The rent</a>"))

            let deleted = try await client.form("/worksheets/\(id)/delete", as: ana)
            #expect(deleted.status == .seeOther && deleted.location == "/worksheets")
            #expect(try await client.get("/worksheets/\(id)", as: ana).status == .notFound)
            #expect(try await client.form("/worksheets/\(id)/delete", as: ana).status == .notFound)
        }
    }

    // MARK: Thought records

    @Test func aThoughtRecordInThreeSteps() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            #expect(try await client.get("/thoughts", as: ana).text.contains("No thought records yet."))
            let blank = try await client.get("/thoughts/new", as: ana)
            #expect(blank.status == .ok && blank.text.contains("Step 1 of 3"))

            let missing = try await client.form("/thoughts", [("situation", "Team meeting"), ("emotion_before", "101")], as: ana)
            #expect(missing.status == .unprocessableContent)
            #expect(missing.text.contains("Please fill in the feeling."))
            #expect(missing.text.contains("How strong it was must be a whole number from 0 to 100."))
            #expect(missing.text.contains(">Team meeting</textarea>"), "what was typed is kept")

            let created = try await client.form("/thoughts", [("situation", "Team meeting"), ("emotion", "anxious"), ("emotion_before", "70"),
                                                              ("thought", "They'll think I'm pushy.")], as: ana)
            #expect(created.status == .seeOther)
            let id = try Self.id(in: created.location)
            #expect(created.location == "/thoughts/\(id)")
            let step2 = try await client.get("/thoughts/\(id)", as: ana)
            #expect(step2.text.contains("Step 2 of 3") && step2.text.contains("They&#39;ll think I&#39;m pushy."))

            let badTrap = try await client.form("/thoughts/\(id)", [("step", "2"), ("distortions", "bad_vibes")], as: ana)
            #expect(badTrap.status == .unprocessableContent && badTrap.text.contains("&quot;bad_vibes&quot; is not one of"))
            let evidence = try await client.form("/thoughts/\(id)", [("step", "2"), ("distortions", "mind_reading"),
                                                                     ("evidence_against", "Last time they thanked me.")], as: ana)
            #expect(evidence.status == .seeOther && evidence.location == "/thoughts/\(id)")
            let step3 = try await client.get("/thoughts/\(id)", as: ana)
            #expect(step3.text.contains("Step 3 of 3") && step3.text.contains("Last time they thanked me."))

            let noBalance = try await client.form("/thoughts/\(id)", [("step", "3"), ("emotion_after", "40")], as: ana)
            #expect(noBalance.status == .unprocessableContent && noBalance.text.contains("Please fill in a balanced thought."))
            let done = try await client.form("/thoughts/\(id)", [("step", "3"), ("balanced_thought", "Asking clearly is fair."),
                                                                 ("emotion_after", "40")], as: ana)
            #expect(done.status == .seeOther)
            let summary = try await client.get("/thoughts/\(id)", as: ana)
            #expect(summary.text.contains("The feeling eased by 30 points."))
            #expect(summary.text.contains("Mind reading: assuming I know what they think"))
            #expect(try await client.get("/thoughts", as: ana).text.contains("<a href=\"/thoughts/\(id)\">They&#39;ll think I&#39;m pushy.</a>"))
        }
    }

    // MARK: Interaction log

    @Test func loggingARealConversation() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            #expect(try await client.get("/log", as: ana).text.contains("No entries yet."))
            let blank = try await client.get("/log/new", as: ana)
            #expect(blank.status == .ok)
            #expect(blank.text.firstMatch(of: /name="occurred_at" value="\d{4}-\d{2}-\d{2}T\d{2}:\d{2}"/) != nil, "now is filled in")

            let missing = try await client.form("/log", [("said", "Could we split the bill?"), ("suds_before", "101"), ("self_rated_style", "meek")],
                                                as: ana)
            #expect(missing.status == .unprocessableContent)
            #expect(missing.text.contains("Please fill in with whom."))
            #expect(missing.text.contains("Anxiety before must be a whole number from 0 to 100."))
            #expect(missing.text.contains("My style must be one of:"))
            #expect(missing.text.contains(">Could we split the bill?</textarea>"), "what was typed is kept")
            let tooLong = try await client.form("/log", [("counterpart", "Sam"), ("said", String(repeating: "s", count: 5_001))], as: ana)
            #expect(tooLong.status == .unprocessableContent && tooLong.text.contains("What I said can be at most 5000 characters"))

            let saved = try await client.form("/log", [("occurred_at", "2026-03-02T18:30"), ("counterpart", "my manager"), ("context", "workplace"),
                                                       ("said", "I'd like to swap my Friday shift."), ("outcome", "bad"), ("suds_before", "60")], as: ana)
            #expect(saved.status == .seeOther, "redirected after saving, so a reload does not post it again")
            let savedPath = try #require(saved.location)
            #expect(savedPath.hasSuffix("?saved=1"))
            let shown = try await client.get(savedPath, as: ana)
            #expect(shown.text.contains("Saved."))
            #expect(shown.text.contains("<h1>Conversation with my manager</h1>"))
            #expect(shown.text.contains("2 Mar 2026, 18:30"))
            #expect(shown.text.contains("That conversation didn&#39;t go the way you hoped"), "a kind word after a setback")
            #expect(!(try await client.get(String(savedPath.prefix { $0 != "?" }), as: ana).text.contains("didn&#39;t go the way you hoped")),
                    "the kind word comes with the save, not every time the entry is opened")
            #expect(try await client.get("/log", as: ana).text.contains("<td>my manager</td>"))
            let id = Int(try #require(try await client.get("/log", as: ana).text.firstMatch(of: /href="\/log\/(\d+)"/)).output.1)!
            let entry = try await client.get("/log/\(id)", as: ana)
            #expect(entry.status == .ok && entry.text.contains("I&#39;d like to swap my Friday shift."))
            #expect(entry.text.contains("The Coach&#39;s reading of what you said"))
        }
    }

    // MARK: Ladder

    @Test func ladderRungsAttemptsAndClimbing() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            #expect(try await client.get("/ladder", as: ana).text.contains("No rungs yet."))
            let invalid = try await client.form("/ladder", [("title", ""), ("suds", "150"), ("scenario", "no-such-scenario")], as: ana)
            #expect(invalid.status == .unprocessableContent)
            #expect(invalid.text.contains("Please fill in the assertive act."))
            #expect(invalid.text.contains("SUDS must be a whole number from 0 to 100."))
            #expect(invalid.text.contains("There is no scenario &quot;no-such-scenario&quot;."))
            #expect(invalid.text.contains("name=\"suds\" value=\"150\""), "what was typed is kept")
            let tooLong = try await client.form("/ladder", [("title", String(repeating: "r", count: 201)), ("suds", "20")], as: ana)
            #expect(tooLong.status == .unprocessableContent && tooLong.text.contains("at most 200 characters (this has 201)"))

            let added = try await client.form("/ladder", [("title", "Say no to Chloe's drinks"), ("suds", "60"), ("scenario", "work-after-work-drinks")],
                                              as: ana)
            #expect(added.status == .seeOther && added.location == "/ladder")
            let ladder = try await client.get("/ladder", as: ana)
            #expect(ladder.text.contains("Say no to Chloe&#39;s drinks</a> · SUDS 60"))
            let id = Int(try #require(ladder.text.firstMatch(of: /href="\/ladder\/(\d+)"/)).output.1)!

            let rung = try await client.get("/ladder/\(id)", as: ana)
            #expect(rung.status == .ok && rung.text.contains("Rehearse &quot;Turning down after-work drinks&quot;"))
            let noRating = try await client.form("/ladder/\(id)/attempts", [("kind", "real"), ("note", "Went fine")], as: ana)
            #expect(noRating.status == .unprocessableContent)
            #expect(noRating.text.contains("Please give anxiety before (0-100)."))
            #expect(noRating.text.contains(">Went fine</textarea>"))
            for after in ["50", "40"] {
                let attempt = try await client.form("/ladder/\(id)/attempts", [("kind", "real"), ("suds_before", "60"), ("suds_after", after)], as: ana)
                #expect(attempt.status == .ok && attempt.text.contains("Attempt saved."))
            }
            let suggested = try await client.get("/ladder/\(id)", as: ana)
            #expect(suggested.text.contains("First rating 60 · now 40"))
            #expect(suggested.text.contains("mark it climbed and move up a rung"))

            let climbed = try await client.form("/ladder/\(id)/climbed", [("climbed", "yes")], as: ana)
            #expect(climbed.status == .seeOther && climbed.location == "/ladder/\(id)")
            #expect(try await client.get("/ladder/\(id)", as: ana).text.contains("Not climbed yet"))
            #expect(try await client.get("/ladder", as: ana).text.contains("<span class=\"badge\">climbed</span>"))
            _ = try await client.form("/ladder/\(id)/climbed", [("climbed", "no")], as: ana)
            #expect(try await client.get("/ladder/\(id)", as: ana).text.contains("Mark as climbed"))

            let deleted = try await client.form("/ladder/\(id)/delete", as: ana)
            #expect(deleted.status == .seeOther && deleted.location == "/ladder")
            #expect(try await client.get("/ladder/\(id)", as: ana).status == .notFound)
        }
    }
}
