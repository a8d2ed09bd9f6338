import Domain
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import StorageSQL
import Testing
@testable import WebApp

/// Questionnaires in the browser: taking one, the result, the item-9 safety rule, schedules,
/// history, and the FHIR and CSV exports.
struct MeasureRouteTests: AppTesting {
    /// PHQ-9 answers as form fields: items 1-9 as given, item 10 (difficulty) left out.
    static func phq9(_ values: [Int]) -> [(String, String)] {
        values.enumerated().map { ("q\($0.offset + 1)", String($0.element)) }
    }

    /// Posts a sheet and returns the result page's path.
    static func take(_ client: any TestClientProtocol, _ instrument: String, _ fields: [(String, String)], as browser: Browser) async throws -> String {
        let response = try await client.form("/measures/\(instrument)", fields, as: browser)
        #expect(response.status == .seeOther, "posting \(instrument) should redirect to its result")
        return try #require(response.location)
    }

    @Test func listShowsEveryBundledInstrumentAndAsksUnknownOnesForNotFound() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let page = try await client.get("/measures", as: ana)
            #expect(page.status == .ok)
            for title in ["PHQ-9", "GAD-7", "Rosenberg", "IPIP Assertiveness", "IPIP Cooperation", "SpeakUp situations check"] {
                #expect(page.text.contains(title), "the questionnaires page should list \(title)")
            }
            #expect(try await client.get("/measures/no-such-thing", as: ana).status == .notFound)
            #expect(try await client.form("/measures/no-such-thing", [("q1", "0")], as: ana).status == .notFound)
        }
    }

    @Test func signedOutVisitorsAreSentToSignIn() async throws {
        try await Self.withApp { client, _ in
            for path in ["/measures", "/measures/phq9", "/measures/phq9/history", "/results/1", "/export/fhir", "/export/scores.csv"] {
                let response = try await client.get(path)
                #expect(response.status == .seeOther, "\(path) should ask a signed-out visitor to sign in")
                #expect(response.location?.hasPrefix("/login") == true, "\(path) redirects to \(response.location ?? "nowhere")")
            }
            let visitor = try await Self.visitor(client)
            #expect(try await client.form("/measures/phq9", Self.phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]), as: visitor).location?.hasPrefix("/login") == true)
        }
    }

    @Test func takingThePHQ9ShowsScoreBandAndReliableChangeSinceTheFirstTime() async throws {
        try await Self.withApp { client, storage in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let form = try await client.get("/measures/phq9", as: ana)
            #expect(form.text.contains("Over the last 2 weeks"))
            #expect(form.text.contains("name=\"q9\""))
            #expect(form.text.contains("<fieldset id=\"q9\" class=\"field\" aria-describedby=\"stem\">"), "each question is read with the stem")

            let first = try await Self.take(client, "phq9", Self.phq9([2, 2, 2, 2, 2, 1, 1, 1, 0]), as: ana)
            let firstPage = try await client.get(first, as: ana)
            #expect(firstPage.status == .ok)
            #expect(firstPage.text.contains(">13<"), "9 answers summing to 13 should show 13")
            #expect(firstPage.text.contains("moderate"))
            #expect(firstPage.text.contains("This was your first result"))
            #expect(!firstPage.text.contains("help-panel"), "no safety help when item 9 is 0")

            let second = try await Self.take(client, "phq9", Self.phq9([1, 1, 1, 1, 0, 0, 1, 0, 0]), as: ana)
            let secondPage = try await client.get(second, as: ana).text
            #expect(secondPage.contains(">5<"))
            #expect(secondPage.contains("mild"))
            #expect(secondPage.contains("down 8"))
            #expect(secondPage.contains("reliable improvement"), "a drop of 8 on the PHQ-9 meets the 6-point criterion")
            #expect(secondPage.contains("moved from at or above the usual cut-off to below it"), "13 → 5 crosses the caseness line of 10")

            let history = try await client.get("/measures/phq9/history", as: ana).text
            #expect(history.contains("<svg"))
            #expect(history.contains("2 results, from 13 to 5"))
            let user = try #require(try await storage.user(email: "ana@example.org"))
            #expect(try await storage.assessments(userID: user.id, instrumentID: "phq9").map(\.total) == [13, 5])
        }
    }

    /// CLINICAL.md: any answer of 1 or more on PHQ-9 item 9 opens the safety pathway, whatever the total.
    @Test func phq9Item9OpensTheSafetyPathwayWhateverTheTotal() async throws {
        try await Self.withApp { client, storage in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let result = try await Self.take(client, "phq9", Self.phq9([0, 0, 0, 0, 0, 0, 0, 0, 1]), as: ana)
            let page = try await client.get(result, as: ana).text
            #expect(page.contains("help-panel urgent"), "item 9 at 1 with a total of 1 must still show the help panel")
            #expect(page.contains("You don&#39;t have to carry this alone") || page.contains("You don't have to carry this alone"))
            #expect(page.contains(">1<"), "the score is still shown")
            let user = try #require(try await storage.user(email: "ana@example.org"))
            let stored = try await storage.assessments(userID: user.id, instrumentID: "phq9")
            #expect(stored.map(\.result.safetyTriggered) == [true], "the flag is stored with the result")

            // Also on an incomplete sheet: the help comes first, and the answers stay.
            let partial = try await client.form("/measures/phq9", [("q9", "2")], as: ana)
            #expect(partial.status == .unprocessableContent)
            #expect(partial.text.contains("help-panel urgent"))
            #expect(partial.text.contains("Question 1 needs an answer."))
            #expect(partial.text.contains("name=\"q9\" value=\"2\" checked"), "the answer given is still chosen")
            #expect(try await storage.safetyEvents(userID: user.id).map(\.source) == ["questionnaire:phq9"],
                    "the unfinished sheet's safety flag is kept")
        }
    }

    @Test func anIncompleteOrInvalidSheetIsRefusedWithTheQuestionNamedAndAnswersKept() async throws {
        try await Self.withApp { client, storage in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            var fields = Self.phq9([1, 2, 3, 0, 1, 2, 3, 0, 0])
            fields[3] = ("q4", "")
            fields[6] = ("q7", "9")
            let response = try await client.form("/measures/phq9", fields, as: ana)
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Question 4 needs an answer."))
            #expect(response.text.contains("Question 7: choose one of the answers."))
            #expect(response.text.contains("href=\"#q4\""), "the error summary links to the question")
            #expect(response.text.contains("name=\"q3\" value=\"3\" checked"), "answers already given stay chosen")
            #expect(!response.text.contains("help-panel"))
            let user = try #require(try await storage.user(email: "ana@example.org"))
            #expect(try await storage.assessments(userID: user.id, instrumentID: nil).isEmpty)
            // Without the CSRF token the sheet is refused and nothing is stored.
            let forged = try await client.form("/measures/phq9", Self.phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]), as: ana, csrf: false)
            #expect(forged.status == .forbidden)
            #expect(try await storage.assessments(userID: user.id, instrumentID: nil).isEmpty)
        }
    }

    @Test func anotherPersonsResultIsNotFoundLikeAnUnknownOne() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let ben = try await Self.signUp(client, email: "ben%40example.org")
            let result = try await Self.take(client, "gad7", (1...7).map { ("q\($0)", "1") }, as: ana)
            #expect(try await client.get(result, as: ana).status == .ok)
            #expect(try await client.get(result, as: ben).status == .notFound)
            #expect(try await client.get("/results/999999", as: ben).status == .notFound)
            #expect(try await client.get("/results/not-a-number", as: ben).status == .notFound)
            #expect(!(try await client.get("/measures/gad7/history", as: ben).text.contains("<circle")), "Ben's history is empty")
        }
    }

    @Test func aScheduleMakesTheQuestionnaireDueOnTheHomePageUntilItIsTaken() async throws {
        try await Self.withApp { client, storage in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            #expect(!(try await client.get("/", as: ana).text.contains("A questionnaire is due")))
            let saved = try await client.form("/measures/gad7/schedule", [("every_days", "14")], as: ana)
            #expect(saved.status == .seeOther)
            let user = try #require(try await storage.user(email: "ana@example.org"))
            #expect(try await storage.schedules(userID: user.id).map(\.everyDays) == [14])
            let home = try await client.get("/", as: ana).text
            #expect(home.contains("A questionnaire is due"))
            #expect(home.contains("href=\"/measures/gad7\""))
            _ = try await Self.take(client, "gad7", (1...7).map { ("q\($0)", "0") }, as: ana)
            #expect(!(try await client.get("/", as: ana).text.contains("A questionnaire is due")), "taken today, due again in 14 days")

            let refused = try await client.form("/measures/gad7/schedule", [("every_days", "3")], as: ana)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Choose how often from the list."))
            _ = try await client.form("/measures/gad7/schedule", [("every_days", "0")], as: ana)
            #expect(try await storage.schedules(userID: user.id).isEmpty, "0 turns the schedule off")
        }
    }

    @Test func theSituationsCheckShowsASkillProfileAndItsNotice() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let form = try await client.get("/measures/situations", as: ana).text
            let items = form.components(separatedBy: "<fieldset id=\"q").count - 1
            let screens = form.components(separatedBy: "class=\"questionnaire-item\"").count - 1
            #expect(items >= 48, "24 or more situations, each rated twice")
            #expect(screens * 2 == items, "a situation and its two ratings share one phone screen")
            let fields = (1...items).map { ("q\($0)", "3") }
            let result = try await Self.take(client, "situations", fields, as: ana)
            let page = try await client.get(result, as: ana).text
            #expect(page.contains("Your profile by skill"))
            #expect(page.contains("not a validated scale"))
            #expect(!page.contains("Where that falls"), "a self-monitoring tool has no bands")
        }
    }

    @Test func exportsGiveAFHIRBundleAndCSVOfOnlyThisPersonsScores() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let ben = try await Self.signUp(client, email: "ben%40example.org")
            _ = try await Self.take(client, "phq9", Self.phq9([1, 1, 1, 1, 1, 1, 1, 1, 0]), as: ana)
            _ = try await Self.take(client, "gad7", (1...7).map { ("q\($0)", "2") }, as: ana)
            _ = try await Self.take(client, "rses", (1...10).map { ("q\($0)", "2") }, as: ben)

            let fhir = try await client.get("/export/fhir", as: ana)
            #expect(fhir.status == .ok)
            #expect(fhir.headers[.contentType] == "application/fhir+json")
            let bundle = try #require(try JSONSerialization.jsonObject(with: Data(fhir.text.utf8)) as? [String: Any])
            #expect(bundle["resourceType"] as? String == "Bundle")
            let resources = (bundle["entry"] as? [[String: Any]] ?? []).compactMap { $0["resource"] as? [String: Any] }
            let kinds = resources.compactMap { $0["resourceType"] as? String }
            #expect(kinds.filter { $0 == "QuestionnaireResponse" }.count == 2, "Ana's two results, not Ben's")
            #expect(kinds.filter { $0 == "Observation" }.count == 2)
            #expect(fhir.text.contains("44261-6") && fhir.text.contains("70274-6"), "PHQ-9 and GAD-7 totals carry their LOINC codes")
            #expect(!fhir.text.contains("Rosenberg"))

            let csv = try await client.get("/export/scores.csv", as: ana)
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            let lines = csv.text.split(separator: "\r\n")
            #expect(lines.count == 3, "a header and two rows")
            #expect(lines.first?.hasPrefix("assessment_id,instrument,authored,total") == true)
            #expect(lines.dropFirst().contains { $0.contains(",phq9,") && $0.contains(",8,") })
        }
    }

    @Test func downloadMyDataIncludesQuestionnaires() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            _ = try await Self.take(client, "gad7", (1...7).map { ("q\($0)", "1") }, as: ana)
            let export = try await client.get("/settings/export", as: ana).text
            #expect(export.contains("\"questionnaires\""))
            #expect(export.contains("\"instrument_id\":\"gad7\""))
        }
    }

    @Test func anImportedInstrumentIsOfferedLikeABundledOneAndAnUnreadableOneStopsOnlyTheFHIRExport() async throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("MeasuresTests/Fixtures/ras.yaml")
        let source = try String(contentsOf: fixture, encoding: .utf8)
        try await Self.withApp { client, storage in
            try await storage.saveImportedInstrument(ImportedInstrument(id: "ras", title: "RAS", source: source, importedAt: Date()))
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            #expect(try await client.get("/measures", as: ana).text.contains("href=\"/measures/ras\""))
            let reversed: Set = [1, 2, 4, 5, 9, 11, 12, 13, 14, 15, 16, 17, 19, 23, 24, 26, 30]
            let result = try await Self.take(client, "ras", (1...30).map { ("q\($0)", reversed.contains($0) ? "-3" : "3") }, as: ana)
            #expect(try await client.get(result, as: ana).text.contains(">90<"), "the most assertive sheet scores +90 with the built-in key")

            // A later, stricter SpeakUp may no longer read an old import: the export says why instead of failing.
            try await storage.saveImportedInstrument(ImportedInstrument(id: "ras", title: "RAS", source: "id: ras\n", importedAt: Date()))
            let fhir = try await client.get("/export/fhir", as: ana)
            #expect(fhir.status == .conflict)
            #expect(fhir.text.contains("no longer loaded"))
            #expect(try await client.get("/export/scores.csv", as: ana).text.contains(",ras,"), "the CSV still has the score")
        }
    }

    @Test func everyLinkOnTheQuestionnairePagesLeadsSomewhere() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            _ = try await Self.take(client, "gad7", (1...7).map { ("q\($0)", "1") }, as: ana)
            _ = try await Self.take(client, "gad7", (1...7).map { ("q\($0)", "0") }, as: ana)
            for page in ["/measures", "/measures/gad7/history", "/progress"] {
                let html = try await client.get(page, as: ana).text
                let links = html.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
                    .filter { $0.hasPrefix("/measures") || $0.hasPrefix("/results") || $0.hasPrefix("/export") }
                #expect(!links.isEmpty)
                for link in Set(links) {
                    let path = String(link.prefix { $0 != "#" })
                    #expect(try await client.get(path, as: ana).status == .ok, "\(page) links to \(link)")
                }
            }
            // One schedule field per card, each with its own id and a label naming its questionnaire.
            let list = try await client.get("/measures", as: ana).text
            #expect(list.components(separatedBy: "id=\"every_days\"").count == 1, "no repeated id")
            #expect(list.contains("for=\"every_days-gad7\""))
            #expect(list.contains("Remind me to take the Generalized Anxiety Disorder scale (GAD-7) on the home page"))
        }
    }

    @Test func schedulingAfterTakingOneIsNotDueUntilTheIntervalHasPassed() async throws {
        try await Self.withApp { client, storage in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            _ = try await Self.take(client, "phq9", Self.phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]), as: ana)
            _ = try await client.form("/measures/phq9/schedule", [("every_days", "14")], as: ana)
            #expect(!(try await client.get("/", as: ana).text.contains("A questionnaire is due")), "just taken, so due in 14 days")
            let user = try #require(try await storage.user(email: "ana@example.org"))
            let set = try #require(try await storage.schedules(userID: user.id).first)
            _ = try await client.form("/measures/phq9/schedule", [("every_days", "14")], as: ana)
            #expect(try await storage.schedules(userID: user.id).first == set, "saving the same choice leaves it as it was")
        }
    }
}
