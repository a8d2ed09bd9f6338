import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import StorageSQL
import Testing
import TestSupport
@testable import WebApp

/// App tests: the whole application on in-memory SQLite, through Hummingbird's test client.
struct AppTests: AppTesting {
    @Test func healthAndSecurityHeaders() async throws {
        try await Self.withApp { client, _ in
            let response = try await client.execute(uri: "/healthz", method: .get)
            #expect(response.status == .ok)
            #expect(String(buffer: response.body) == "ok")
            let csp = response.headers[.contentSecurityPolicy] ?? ""
            #expect(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"))
            #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
            #expect(response.headers[HTTPField.Name("Referrer-Policy")!] != nil)
        }
    }

    @Test func productionPasswordsUseBcryptCost12() {
        #expect(AppConfiguration().bcryptCost >= 12)
    }

    @Test func rejectedSignUpKeepsWhatWasTypedAndNamesTheField() async throws {
        try await Self.withApp { client, _ in
            let page = try await client.execute(uri: "/signup", method: .get)
            let csrf = Self.cookie("speakup_csrf", in: page)!
            let response = try await client.execute(
                uri: "/signup", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "speakup_csrf=\(csrf)"],
                body: ByteBuffer(string: "csrf_token=\(csrf)&email=ana%40example.org&password=short&display_name=Ana+%3Cb%3E"))
            #expect(response.status == .unprocessableContent)
            let html = String(buffer: response.body)
            #expect(html.contains("value=\"ana@example.org\""))
            #expect(html.contains("Ana &lt;b&gt;"))
            #expect(html.contains("at least 10 characters"))
            #expect(!html.contains("<b>"))
        }
    }

    @Test func formsWithoutTheCSRFTokenAreRefused() async throws {
        try await Self.withApp { client, _ in
            let response = try await client.execute(uri: "/signup", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                    body: ByteBuffer(string: "email=a%40b.org&password=correct+horse+battery"))
            #expect(response.status == .forbidden)
        }
    }

    @Test func signInNeverRevealsWhetherAnAccountExistsAndIsRateLimited() async throws {
        try await Self.withApp { client, _ in
            _ = try await Self.signUp(client, email: "ana%40example.org")
            func attempt(_ email: String) async throws -> TestResponse {
                try await client.execute(uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"],
                                         body: ByteBuffer(string: "{\"email\":\"\(email)\",\"password\":\"wrong password!\"}"))
            }
            let known = try await attempt("ana@example.org")
            let unknown = try await attempt("nobody@example.org")
            #expect(known.status == .unauthorized && unknown.status == .unauthorized)
            #expect(String(buffer: known.body) == String(buffer: unknown.body))
            _ = try await attempt("ana@example.org")
            _ = try await attempt("ana@example.org")
            #expect(try await attempt("ana@example.org").status == .tooManyRequests)
        }
    }

    @Test func apiLogsRoundTripAndStayPrivate() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let ben = try await Self.signUp(client, email: "ben%40example.org")
            let headers: HTTPFields = [.contentType: "application/json", .cookie: ana.cookie, HTTPField.Name("X-CSRF-Token")!: ana.csrf]
            let body = #"{"counterpart":"my manager","context":"workplace","said":"I'd like to swap my Friday shift.","self_rated_style":"assertive","suds_before":60,"suds_after":30,"outcome":"good","feeling":"relieved"}"#
            let created = try await client.execute(uri: "/api/v1/logs", method: .post, headers: headers, body: ByteBuffer(string: body))
            #expect(created.status == .created)
            let json = try JSONSerialization.jsonObject(with: Data(buffer: created.body)) as! [String: Any]
            let id = json["id"] as! Int
            #expect((json["coach"] as? [String: Any])?["style"] as? String == "assertive")
            let read = try await client.execute(uri: "/api/v1/logs/\(id)", method: .get, headers: [.cookie: ana.cookie])
            #expect(read.status == .ok)
            #expect(String(buffer: read.body).contains("swap my Friday shift"))
            // Another person's id answers exactly like an unknown one.
            let stranger = try await client.execute(uri: "/api/v1/logs/\(id)", method: .get, headers: [.cookie: ben.cookie])
            #expect(stranger.status == .notFound)
            let page = try await client.execute(uri: "/log/\(id)", method: .get, headers: [.cookie: ben.cookie])
            #expect(page.status == .notFound)
            // Signed out, and a write without the CSRF header.
            #expect(try await client.execute(uri: "/api/v1/logs", method: .get).status == .unauthorized)
            let noCSRF = try await client.execute(uri: "/api/v1/logs", method: .post, headers: [.contentType: "application/json", .cookie: ana.cookie],
                                                  body: ByteBuffer(string: body))
            #expect(noCSRF.status == .forbidden)
        }
    }

    @Test func badInputGetsClearErrorsNever500() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let headers: HTTPFields = [.contentType: "application/json", .cookie: ana.cookie, HTTPField.Name("X-CSRF-Token")!: ana.csrf]
            let badJSON = try await client.execute(uri: "/api/v1/logs", method: .post, headers: headers, body: ByteBuffer(string: "{nope"))
            #expect(badJSON.status == .badRequest)
            #expect(badJSON.headers[.contentType] == "application/problem+json")
            let long = String(repeating: "a", count: 5_001)
            let tooLong = try await client.execute(uri: "/api/v1/logs", method: .post, headers: headers,
                                                   body: ByteBuffer(string: #"{"counterpart":"x","said":"\#(long)"}"#))
            #expect(tooLong.status == .unprocessableContent)
            let problem = try JSONSerialization.jsonObject(with: Data(buffer: tooLong.body)) as! [String: Any]
            #expect(problem["field"] as? String == "said")
            #expect(problem["limit"] as? Int == 5_000)
            let huge = try await client.execute(uri: "/api/v1/logs", method: .post, headers: headers,
                                                body: ByteBuffer(string: String(repeating: "x", count: 1_100_000)))
            #expect(huge.status == .contentTooLarge)
            for hostile in HostileText.samples(count: 60) {
                let escaped = String(data: try JSONEncoder().encode(hostile), encoding: .utf8)!
                let response = try await client.execute(uri: "/api/v1/analyze", method: .post, headers: headers,
                                                        body: ByteBuffer(string: #"{"text":\#(escaped)}"#))
                #expect(response.status.code < 500, "\(hostile.debugDescription)")
            }
        }
    }

    @Test func everyFreeTextPathScreensStoresAndRecords() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let headers: HTTPFields = [.contentType: "application/json", .cookie: ana.cookie, HTTPField.Name("X-CSRF-Token")!: ana.csrf]
            let problems = try await FreeTextContract.verify { text in
                let body = try JSONSerialization.data(withJSONObject: ["counterpart": "my manager", "said": text])
                let response = try await client.execute(uri: "/api/v1/logs", method: .post, headers: headers, body: ByteBuffer(data: body))
                guard response.status == .created else { return nil }
                let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as! [String: Any]
                let stored = try await client.execute(uri: "/api/v1/logs/\(json["id"] as! Int)", method: .get, headers: headers)
                let back = try JSONSerialization.jsonObject(with: Data(buffer: stored.body)) as! [String: Any]
                let safety = back["safety"] as! [String: Any]
                return StoredFreeText(text: back["said"] as! String, safetyFlagged: safety["level"] as? String != "none")
            }
            #expect(problems.isEmpty, "\(problems)")
        }
    }

    @Test func deletingTheAccountRemovesEverything() async throws {
        try await Self.withApp { client, storage in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let headers: HTTPFields = [.contentType: "application/json", .cookie: ana.cookie, HTTPField.Name("X-CSRF-Token")!: ana.csrf]
            _ = try await client.execute(uri: "/api/v1/logs", method: .post, headers: headers,
                                         body: ByteBuffer(string: #"{"counterpart":"x","said":"I said no to the extra shift."}"#))
            let export = try await client.execute(uri: "/settings/export", method: .get, headers: [.cookie: ana.cookie])
            #expect(String(buffer: export.body).contains("I said no to the extra shift."))
            let wrong = try await client.execute(uri: "/settings/delete", method: .post,
                                                 headers: [.contentType: "application/x-www-form-urlencoded", .cookie: ana.cookie],
                                                 body: ByteBuffer(string: "csrf_token=\(ana.csrf)&confirm_password=nope"))
            #expect(wrong.status == .unprocessableContent)
            let done = try await client.execute(uri: "/settings/delete", method: .post,
                                                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: ana.cookie],
                                                body: ByteBuffer(string: "csrf_token=\(ana.csrf)&confirm_password=correct+horse+battery"))
            #expect(done.status == .ok)
            #expect(try await storage.user(email: "ana@example.org") == nil)
            #expect(try await storage.logs(userID: 1).isEmpty)
        }
    }

    @Test func mainPagesRenderForASignedInLearner() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            for (path, marker) in [("/", "Today&#39;s suggestion"), ("/rehearse", "Rehearse a conversation"), ("/lessons", "Lessons"),
                                   ("/worksheets", "Worksheets"), ("/thoughts/new", "Thought record"), ("/log/new", "Log a real conversation"),
                                   ("/ladder", "Your exposure ladder"), ("/progress", "Your progress"), ("/breathe", "Breathe"),
                                   ("/settings", "Settings"), ("/help", "Get help now")] {
                let response = try await client.execute(uri: path, method: .get, headers: [.cookie: ana.cookie])
                let html = String(buffer: response.body)
                #expect(response.status == .ok, "\(path)")
                #expect(html.contains(marker), "\(path)")
                #expect(html.contains("href=\"/help\""), "\(path) links to Get help now")
                #expect(!html.contains("<script>"), "\(path) has no inline script")
            }
        }
    }
}
