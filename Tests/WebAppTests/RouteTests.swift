import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport
@testable import WebApp

/// Every route the app registers, with who may use it. The checks that apply to all routes
/// (signed out, another person's id, CSRF, bad bodies) run over this table, and the first test
/// keeps it in step with the code.
struct Route: CustomStringConvertible, Sendable {
    enum Access: Sendable { case open, page, api }

    var method: HTTPRequest.Method
    var path: String
    var access: Access

    init(_ method: HTTPRequest.Method, _ path: String, _ access: Access) {
        self.method = method
        self.path = path
        self.access = access
    }

    var description: String { "\(method.rawValue) \(path)" }
    var isWrite: Bool { method != .get }

    /// The path with its parameters filled in.
    func concrete(id: String = "1") -> String {
        path.replacingOccurrences(of: "{id}", with: id).replacingOccurrences(of: "{kind}", with: "i-statement")
            .replacingOccurrences(of: "{file}", with: "app.css").replacingOccurrences(of: "{token}", with: "no-such-token")
            .replacingOccurrences(of: "{instrument}", with: "phq9")
    }

    static let all: [Route] = [
        // App.swift
        Route(.get, "/healthz", .open), Route(.get, "/static/{file}", .open), Route(.get, "/api/openapi.yaml", .open),
        // AccountRoutes.swift
        Route(.get, "/signup", .open), Route(.post, "/signup", .open), Route(.get, "/login", .open), Route(.post, "/login", .open),
        Route(.post, "/logout", .open), Route(.get, "/reset/{token}", .open), Route(.post, "/reset/{token}", .open),
        Route(.get, "/settings", .page), Route(.post, "/settings", .page), Route(.post, "/settings/tokens", .page),
        Route(.post, "/settings/tokens/{id}/delete", .page), Route(.get, "/settings/export", .page), Route(.post, "/settings/delete", .page),
        // PracticeRoutes.swift
        Route(.get, "/", .open), Route(.get, "/help", .open), Route(.get, "/breathe", .open),
        Route(.get, "/lessons", .page), Route(.get, "/lessons/{id}", .page), Route(.post, "/lessons/{id}", .page),
        Route(.get, "/rehearse", .page), Route(.post, "/rehearse", .page), Route(.get, "/rehearse/{id}", .page),
        Route(.post, "/rehearse/{id}/reply", .page), Route(.post, "/rehearse/{id}/retry", .page), Route(.post, "/rehearse/{id}/finish", .page),
        Route(.get, "/progress", .page),
        // RecordRoutes.swift
        Route(.get, "/worksheets", .page), Route(.get, "/worksheets/new/{kind}", .page), Route(.post, "/worksheets", .page),
        Route(.get, "/worksheets/{id}", .page), Route(.post, "/worksheets/{id}", .page), Route(.post, "/worksheets/{id}/delete", .page),
        Route(.get, "/thoughts", .page), Route(.get, "/thoughts/new", .page), Route(.post, "/thoughts", .page),
        Route(.get, "/thoughts/{id}", .page), Route(.post, "/thoughts/{id}", .page),
        Route(.get, "/log", .page), Route(.get, "/log/new", .page), Route(.post, "/log", .page), Route(.get, "/log/{id}", .page),
        Route(.get, "/ladder", .page), Route(.post, "/ladder", .page), Route(.get, "/ladder/{id}", .page),
        Route(.post, "/ladder/{id}/attempts", .page), Route(.post, "/ladder/{id}/climbed", .page), Route(.post, "/ladder/{id}/delete", .page),
        // MeasureRoutes.swift (its own behaviour, and another person's result id, are in MeasureRouteTests)
        Route(.get, "/measures", .page), Route(.get, "/measures/{instrument}", .page), Route(.post, "/measures/{instrument}", .page),
        Route(.post, "/measures/{instrument}/schedule", .page), Route(.get, "/measures/{instrument}/history", .page),
        Route(.get, "/results/{id}", .page), Route(.get, "/export/fhir", .page), Route(.get, "/export/scores.csv", .page),
        // APIRoutes.swift
        Route(.post, "/api/v1/session", .open), Route(.delete, "/api/v1/session", .api),
        Route(.post, "/api/v1/analyze", .api), Route(.post, "/api/v1/safety", .api),
        Route(.get, "/api/v1/scenarios", .api), Route(.get, "/api/v1/scenarios/{id}", .api),
        Route(.post, "/api/v1/rehearsals", .api), Route(.get, "/api/v1/rehearsals/{id}", .api),
        Route(.post, "/api/v1/rehearsals/{id}/reply", .api), Route(.post, "/api/v1/rehearsals/{id}/retry", .api),
        Route(.post, "/api/v1/rehearsals/{id}/finish", .api),
        Route(.post, "/api/v1/logs", .api), Route(.get, "/api/v1/logs", .api), Route(.get, "/api/v1/logs/{id}", .api),
        Route(.get, "/api/v1/ladder", .api), Route(.post, "/api/v1/ladder", .api), Route(.get, "/api/v1/ladder/{id}", .api),
        Route(.post, "/api/v1/ladder/{id}/attempts", .api),
        Route(.get, "/api/v1/thought-records", .api), Route(.post, "/api/v1/thought-records", .api),
        Route(.get, "/api/v1/thought-records/{id}", .api), Route(.put, "/api/v1/thought-records/{id}", .api),
        Route(.get, "/api/v1/worksheets", .api), Route(.post, "/api/v1/worksheets", .api), Route(.get, "/api/v1/worksheets/{id}", .api),
        Route(.put, "/api/v1/worksheets/{id}", .api), Route(.delete, "/api/v1/worksheets/{id}", .api),
    ]
}

/// The checks every route gets: signed out, another person's id, CSRF, bodies that are too big or not JSON.
struct RouteTests: AppTesting {
    @Test func theRouteTableListsEveryRegisteredRoute() throws {
        var registered: Set<String> = []
        let pattern = try NSRegularExpression(pattern: #"\b(router|api)\.(get|post|put|delete)\("([^"]+)""#)
        let folder = RepositoryFiles.url("Sources/WebApp")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".swift") {
            let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for match in pattern.matches(in: source, range: NSRange(source.startIndex..., in: source)) {
                let part = { (index: Int) in String(source[Range(match.range(at: index), in: source)!]) }
                registered.insert("\(part(2).uppercased()) \(part(1) == "api" ? "/api/v1" : "")\(part(3))")
            }
        }
        let listed = Set(Route.all.map(\.description))
        #expect(registered.count >= 85)
        #expect(listed.count == Route.all.count, "a route is listed twice")
        #expect(registered.subtracting(listed).sorted() == [], "registered but not in Route.all: add it, with who may use it")
        #expect(listed.subtracting(registered).sorted() == [], "in Route.all but no longer registered")
    }

    @Test func signedOutPagesRedirectToSignIn() async throws {
        try await Self.withApp { client, _ in
            // A visitor with the pre-sign-in CSRF cookie, so a form's CSRF check passes and only sign-in is missing.
            let visitor = try await Self.visitor(client)
            for route in Route.all where route.access == .page {
                let path = route.concrete()
                let response = route.isWrite ? try await client.form(path, [("title", "x")], as: visitor) : try await client.get(path, as: visitor)
                #expect(response.status == .seeOther, "\(route)")
                #expect(response.location == "/login?next=" + path.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!, "\(route)")
            }
        }
    }

    @Test func signedOutAPICallsGet401Problems() async throws {
        try await Self.withApp { client, _ in
            for route in Route.all where route.access == .api {
                let response = try await client.api(route.method, String(route.concrete().dropFirst("/api/v1".count)), route.isWrite ? "{}" : nil)
                let problem = Self.expectProblem(response, .unauthorized, "\(route)")
                #expect((problem["detail"] as? String)?.contains("Sign in") == true, "\(route)")
            }
            // A token that isn't one is refused the same way, on any route.
            let forged = try await client.api(.get, "/logs", bearer: "su_" + String(repeating: "0", count: 64))
            let problem = Self.expectProblem(forged, .unauthorized)
            #expect((problem["detail"] as? String)?.contains("API token") == true)
        }
    }

    /// The routes anyone may use answer signed out (with empty bodies where they take one).
    @Test func openRoutesNeedNoSignIn() async throws {
        try await Self.withApp { client, _ in
            let visitor = try await Self.visitor(client)
            let expected: [String: HTTPResponse.Status] = [
                "GET /healthz": .ok, "GET /static/{file}": .ok, "GET /api/openapi.yaml": .ok, "GET /signup": .ok,
                "POST /signup": .unprocessableContent, "GET /login": .ok, "POST /login": .unauthorized, "POST /logout": .seeOther,
                "GET /reset/{token}": .notFound, "POST /reset/{token}": .notFound, "GET /": .ok, "GET /help": .ok,
                "GET /breathe": .ok, "POST /api/v1/session": .unprocessableContent,
            ]
            let open = Route.all.filter { $0.access == .open }
            #expect(Set(open.map(\.description)) == Set(expected.keys))
            for route in open {
                let path = route.concrete()
                let response: TestResponse
                if path.hasPrefix("/api/v1/") {
                    response = try await client.api(route.method, String(path.dropFirst("/api/v1".count)), "{}")
                } else {
                    response = route.isWrite ? try await client.form(path, [], as: visitor) : try await client.get(path, as: visitor)
                }
                #expect(response.status == expected[route.description], "\(route): \(response.status)")
                #expect(response.location?.hasPrefix("/login") != true, "\(route) asked to sign in")
            }
        }
    }

    /// Ana's records, made through the API, and her API token.
    struct Records {
        var log: Int, rung: Int, thought: Int, worksheet: Int, rehearsal: Int, token: Int
        var bearer: String
    }

    static func makeRecords(_ client: any TestClientProtocol, as ana: Browser) async throws -> Records {
        let log = try await client.api(.post, "/logs", #"{"counterpart":"my manager","said":"I'd like to leave at five today."}"#, as: ana)
        let rung = try await client.api(.post, "/ladder", #"{"title":"Ask for the window seat","suds":40,"scenario":"work-after-work-drinks"}"#, as: ana)
        let record = #"{"situation":"Team meeting","emotion":"anxious","emotion_before":70,"thought":"They'll think I'm pushy."}"#
        let thought = try await client.api(.post, "/thought-records", record, as: ana)
        let worksheet = try await client.api(.post, "/worksheets", #"{"worksheet":"i-statement","title":"Rent","fields":{"feel":"worried"}}"#, as: ana)
        let rehearsal = try await client.api(.post, "/rehearsals", #"{"scenario_id":"work-after-work-drinks"}"#, as: ana)
        #expect([log.status, rung.status, thought.status, worksheet.status, rehearsal.status].allSatisfy { $0 == .created })
        let rehearsalID = try rehearsal.id()
        let reply = try await client.api(.post, "/rehearsals/\(rehearsalID)/reply", #"{"reply":"Not tonight, thanks. Have a great time."}"#, as: ana)
        #expect(reply.status == .ok)
        let settings = try await client.form("/settings/tokens", [("token_name", "notebook")], as: ana)
        let bearer = try #require(settings.text.firstMatch(of: /su_[0-9a-f]{64}/)).output
        let tokenID = try #require(settings.text.firstMatch(of: /\/settings\/tokens\/(\d+)\/delete/)).output.1
        return Records(log: try log.id(), rung: try rung.id(), thought: try thought.id(), worksheet: try worksheet.id(), rehearsal: rehearsalID,
                       token: try #require(Int(tokenID)), bearer: String(bearer))
    }

    /// Another person's id answers exactly like an id that doesn't exist, on every route that takes one,
    /// and nothing of theirs is changed.
    @Test func anotherPersonsIdIsNotFoundLikeAnUnknownOne() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let ben = try await Self.signUp(client, email: "ben%40example.org")
            let mine = try await Self.makeRecords(client, as: ana)
            // (route, whose id, form fields or JSON body): the bodies are valid, so only the id can fail.
            let cases: [(Route, Int, [(String, String)], String?)] = [
                (Route(.get, "/rehearse/{id}", .page), mine.rehearsal, [], nil),
                (Route(.post, "/rehearse/{id}/reply", .page), mine.rehearsal, [("reply", "No, thank you.")], nil),
                (Route(.post, "/rehearse/{id}/retry", .page), mine.rehearsal, [], nil),
                (Route(.post, "/rehearse/{id}/finish", .page), mine.rehearsal, [], nil),
                (Route(.get, "/worksheets/{id}", .page), mine.worksheet, [], nil),
                (Route(.post, "/worksheets/{id}", .page), mine.worksheet, [("title", "Mine now")], nil),
                (Route(.post, "/worksheets/{id}/delete", .page), mine.worksheet, [], nil),
                (Route(.get, "/thoughts/{id}", .page), mine.thought, [], nil),
                (Route(.post, "/thoughts/{id}", .page), mine.thought, [("step", "2"), ("evidence_for", "None")], nil),
                (Route(.get, "/log/{id}", .page), mine.log, [], nil),
                (Route(.get, "/ladder/{id}", .page), mine.rung, [], nil),
                (Route(.post, "/ladder/{id}/attempts", .page), mine.rung, [("suds_before", "30")], nil),
                (Route(.post, "/ladder/{id}/climbed", .page), mine.rung, [("climbed", "yes")], nil),
                (Route(.post, "/ladder/{id}/delete", .page), mine.rung, [], nil),
                (Route(.post, "/settings/tokens/{id}/delete", .page), mine.token, [], nil),
                (Route(.get, "/api/v1/rehearsals/{id}", .api), mine.rehearsal, [], nil),
                (Route(.post, "/api/v1/rehearsals/{id}/reply", .api), mine.rehearsal, [], #"{"reply":"No, thank you."}"#),
                (Route(.post, "/api/v1/rehearsals/{id}/retry", .api), mine.rehearsal, [], nil),
                (Route(.post, "/api/v1/rehearsals/{id}/finish", .api), mine.rehearsal, [], nil),
                (Route(.get, "/api/v1/logs/{id}", .api), mine.log, [], nil),
                (Route(.get, "/api/v1/ladder/{id}", .api), mine.rung, [], nil),
                (Route(.post, "/api/v1/ladder/{id}/attempts", .api), mine.rung, [], #"{"suds_before":30}"#),
                (Route(.get, "/api/v1/thought-records/{id}", .api), mine.thought, [], nil),
                (Route(.put, "/api/v1/thought-records/{id}", .api), mine.thought, [], #"{"step":2,"evidence_for":"None"}"#),
                (Route(.get, "/api/v1/worksheets/{id}", .api), mine.worksheet, [], nil),
                (Route(.put, "/api/v1/worksheets/{id}", .api), mine.worksheet, [], #"{"title":"Mine now"}"#),
                (Route(.delete, "/api/v1/worksheets/{id}", .api), mine.worksheet, [], nil),
            ]
            // Every route with a record id is here (questionnaire results are checked in MeasureRouteTests).
            let idRoutes = Set(Route.all.filter {
                $0.path.contains("{id}") && !$0.path.contains("lessons") && !$0.path.contains("scenarios") && !$0.path.hasPrefix("/results/")
            }.map(\.description))
            #expect(Set(cases.map(\.0.description)) == idRoutes)

            func send(_ route: Route, _ id: Int, _ fields: [(String, String)], _ json: String?) async throws -> TestResponse {
                let path = route.concrete(id: String(id))
                if route.access == .api { return try await client.api(route.method, String(path.dropFirst("/api/v1".count)), json, as: ben) }
                return route.isWrite ? try await client.form(path, fields, as: ben) : try await client.get(path, as: ben)
            }
            for (route, id, fields, json) in cases {
                let theirs = try await send(route, id, fields, json)
                let unknown = try await send(route, 999_999, fields, json)
                #expect(theirs.status == .notFound, "\(route) with another person's id: \(theirs.status)")
                #expect(unknown.status == .notFound, "\(route) with an unknown id: \(unknown.status)")
                #expect(theirs.text == unknown.text, "\(route) answers differently for another person's id")
                if route.access == .api { Self.expectProblem(theirs, .notFound, "\(route)") }
            }

            // Ana's records are as she left them.
            let rehearsal = try await client.api(.get, "/rehearsals/\(mine.rehearsal)", as: ana).json()
            #expect((rehearsal["transcript"] as? [[String: Any]])?.count == 1)
            #expect((rehearsal["transcript"] as? [[String: Any]])?.first?["superseded"] as? Bool == false)
            #expect(rehearsal["finished"] as? Bool == false)
            let worksheet = try await client.api(.get, "/worksheets/\(mine.worksheet)", as: ana).json()
            #expect(worksheet["title"] as? String == "Rent")
            let thought = try await client.api(.get, "/thought-records/\(mine.thought)", as: ana).json()
            #expect(thought["evidence_for"] as? String == "")
            let rung = try await client.api(.get, "/ladder/\(mine.rung)", as: ana).json()
            #expect((rung["attempts"] as? [Any])?.isEmpty == true)
            #expect(rung["climbed_at"] == nil)
            #expect(try await client.api(.get, "/logs/\(mine.log)", as: ana).status == .ok)
            #expect(try await client.api(.get, "/logs", bearer: mine.bearer).status == .ok, "Ana's token still works")
            // And Ben has nothing of hers.
            #expect(try await client.api(.get, "/logs", as: ben).jsonArray().isEmpty)
            #expect(try await client.api(.get, "/ladder", as: ben).jsonArray().isEmpty)
            #expect(try await client.api(.get, "/worksheets", as: ben).jsonArray().isEmpty)
            #expect(try await client.api(.get, "/thought-records", as: ben).jsonArray().isEmpty)
        }
    }

    @Test func idsThatAreNotNumbersAreNotFound() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            for id in ["abc", "0", "-1", "99999999999999999999", "1.5"] {
                #expect(try await client.get("/log/\(id)", as: ana).status == .notFound, "/log/\(id)")
                #expect(try await client.get("/rehearse/\(id)", as: ana).status == .notFound, "/rehearse/\(id)")
                Self.expectProblem(try await client.api(.get, "/logs/\(id)", as: ana), .notFound, "/api/v1/logs/\(id)")
                Self.expectProblem(try await client.api(.get, "/worksheets/\(id)", as: ana), .notFound, "/api/v1/worksheets/\(id)")
            }
        }
    }

    /// API writes made with the session cookie need the `X-CSRF-Token` header; without it nothing is done.
    @Test func sessionAPIWritesWithoutTheCSRFHeaderAreRefused() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let mine = try await Self.makeRecords(client, as: ana)
            let bodies: [String: String] = [
                "/api/v1/session": #"{"email":"ana@example.org","password":"correct horse battery"}"#,
                "/api/v1/analyze": #"{"text":"No, thanks."}"#, "/api/v1/safety": #"{"text":"No, thanks."}"#,
                "/api/v1/rehearsals": #"{"scenario_id":"work-after-work-drinks"}"#, "/api/v1/rehearsals/{id}/reply": #"{"reply":"No."}"#,
                "/api/v1/logs": #"{"counterpart":"x","said":"Refused write"}"#, "/api/v1/ladder": #"{"title":"Refused","suds":10}"#,
                "/api/v1/ladder/{id}/attempts": #"{"suds_before":10}"#,
                "/api/v1/thought-records": #"{"situation":"s","emotion":"e","emotion_before":1,"thought":"Refused"}"#,
                "/api/v1/worksheets": #"{"worksheet":"fast","title":"Refused"}"#,
            ]
            let idFor: [String: Int] = ["rehearsals": mine.rehearsal, "ladder": mine.rung, "thought-records": mine.thought, "worksheets": mine.worksheet]
            let writes = Route.all.filter { $0.path.hasPrefix("/api/v1/") && $0.isWrite }
            #expect(writes.count == 16)
            for route in writes {
                let resource = route.path.split(separator: "/")[2]
                let path = String(route.concrete(id: String(idFor[String(resource)] ?? 1)).dropFirst("/api/v1".count))
                let body = bodies[route.path] ?? (route.method == .put ? #"{"title":"Refused","step":2,"evidence_for":"Refused"}"# : nil)
                let missing = try await client.api(route.method, path, body, as: ana, csrf: false)
                Self.expectProblem(missing, .forbidden, "\(route) without the header")
                let wrong = try await client.api(route.method, path, body, as: Browser(cookie: ana.cookie, csrf: String(repeating: "a", count: 64)))
                Self.expectProblem(wrong, .forbidden, "\(route) with the wrong token")
            }
            // Nothing was written, and the session is still signed in.
            #expect(try await client.api(.get, "/logs", as: ana).jsonArray().count == 1)
            #expect(try await client.api(.get, "/ladder", as: ana).jsonArray().count == 1)
            #expect(try await client.api(.get, "/worksheets", as: ana).jsonArray().count == 1)
            #expect(try await client.api(.get, "/thought-records", as: ana).jsonArray().count == 1)
            let rehearsal = try await client.api(.get, "/rehearsals/\(mine.rehearsal)", as: ana).json()
            #expect((rehearsal["transcript"] as? [Any])?.count == 1 && rehearsal["finished"] as? Bool == false)
            let worksheet = try await client.api(.get, "/worksheets/\(mine.worksheet)", as: ana).json()
            #expect(worksheet["title"] as? String == "Rent")
        }
    }

    /// Every form needs its CSRF token; a missing or wrong one gets 403 and changes nothing.
    @Test func formsWithoutTheirCSRFTokenAreRefused() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let mine = try await Self.makeRecords(client, as: ana)
            let idFor: [String: Int] = ["rehearse": mine.rehearsal, "ladder": mine.rung, "thoughts": mine.thought, "worksheets": mine.worksheet,
                                        "settings": mine.token]
            let forms = Route.all.filter { !$0.path.hasPrefix("/api/") && $0.method == .post }
            #expect(forms.count == 25)
            let fields = [("title", "Refused"), ("counterpart", "x"), ("said", "Refused"), ("suds", "10"), ("suds_before", "10"),
                          ("scenario", "work-after-work-drinks"), ("reply", "Refused"), ("confirm_password", "correct horse battery"),
                          ("display_name", "Refused"), ("email", "new@example.org"), ("password", "correct horse battery")]
            for route in forms {
                let resource = String(route.path.split(separator: "/").first ?? "")
                let path = route.concrete(id: String(idFor[resource] ?? 1))
                let missing = try await client.form(path, fields, as: ana, csrf: false)
                #expect(missing.status == .forbidden, "\(route) without a token: \(missing.status)")
                #expect(missing.text.contains("This form has expired"), "\(route)")
                let wrong = try await client.form(path, [("csrf_token", String(repeating: "b", count: 64))] + fields, as: ana, csrf: false)
                #expect(wrong.status == .forbidden, "\(route) with the wrong token: \(wrong.status)")
            }
            // Still signed in, and nothing changed.
            #expect(try await client.get("/settings", as: ana).status == .ok)
            #expect(try await client.api(.get, "/logs", as: ana).jsonArray().count == 1)
            #expect(try await client.api(.get, "/ladder", as: ana).jsonArray().count == 1)
            #expect(try await client.api(.get, "/worksheets", as: ana).jsonArray().count == 1)
            #expect(try await client.api(.get, "/logs", bearer: mine.bearer).status == .ok)
        }
    }

    /// Every API route that reads a JSON body: not JSON is 400, over 1 MB is 413, another content type is 415.
    @Test func apiBodiesThatAreNotJSONOrTooBigAreRefused() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let mine = try await Self.makeRecords(client, as: ana)
            let idFor: [String: Int] = ["rehearsals": mine.rehearsal, "ladder": mine.rung, "thought-records": mine.thought, "worksheets": mine.worksheet]
            // retry, finish and the DELETEs take no body.
            let readers = Route.all.filter {
                $0.path.hasPrefix("/api/v1/") && ($0.method == .post || $0.method == .put) && !$0.path.hasSuffix("/retry") && !$0.path.hasSuffix("/finish")
            }
            #expect(readers.count == 12)
            let huge = "{\"text\":\"" + String(repeating: "x", count: 1_100_000) + "\"}"
            for route in readers {
                let resource = String(route.path.split(separator: "/")[2])
                let path = String(route.concrete(id: String(idFor[resource] ?? 1)).dropFirst("/api/v1".count))
                let problem = Self.expectProblem(try await client.api(route.method, path, "{nope", as: ana), .badRequest, "\(route) bad JSON")
                #expect((problem["detail"] as? String)?.contains("not valid JSON") == true, "\(route)")
                Self.expectProblem(try await client.api(route.method, path, "[1, 2]", as: ana), .badRequest, "\(route) JSON array")
                Self.expectProblem(try await client.api(route.method, path, huge, as: ana), .contentTooLarge, limit: 1_048_576, "\(route) over 1 MB")
                Self.expectProblem(try await client.api(route.method, path, "text=hi", as: ana, contentType: "application/x-www-form-urlencoded"),
                                   .unsupportedMediaType, "\(route) as a form")
            }
            #expect(try await client.api(.get, "/logs", as: ana).jsonArray().count == 1)
        }
    }

    @Test func formBodiesOverOneMegabyteAreRefused() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            for path in ["/log", "/ladder", "/thoughts", "/worksheets"] {
                let response = try await client.form(path, [("said", String(repeating: "x", count: 1_100_000))], as: ana)
                #expect(response.status == .contentTooLarge, "\(path)")
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true, "\(path)")
                #expect(response.text.contains("the limit is 1 MB") && response.text.contains("still in your browser"), "\(path) explains in words")
            }
        }
    }

    /// Personal API tokens are made on the settings page, work without CSRF, and stop working when revoked.
    @Test func bearerTokensWorkUntilRevoked() async throws {
        try await Self.withApp { client, _ in
            let ana = try await Self.signUp(client, email: "ana%40example.org")
            let created = try await client.form("/settings/tokens", [("token_name", "my <notebook>")], as: ana)
            #expect(created.status == .ok)
            #expect(created.text.contains("Copy it now: it won&#39;t be shown again."))
            #expect(created.text.contains("<strong>my &lt;notebook&gt;</strong>"))
            let token = String(try #require(created.text.firstMatch(of: /<code id="new-token">(su_[0-9a-f]{64})<\/code>/)).output.1)
            let tokenID = try #require(created.text.firstMatch(of: /\/settings\/tokens\/(\d+)\/delete/)).output.1

            // Shown once only.
            let settings = try await client.get("/settings", as: ana)
            #expect(!settings.text.contains(token) && !settings.text.contains("new-token"))
            #expect(settings.text.contains("never used"))

            // Reads and writes with the token alone: no cookie, no CSRF header.
            let write = try await client.api(.post, "/logs", #"{"counterpart":"Sam","said":"I can't take this on this week."}"#, bearer: token)
            #expect(write.status == .created)
            let logs = try await client.api(.get, "/logs", bearer: token).jsonArray()
            #expect(logs.map { $0["said"] as? String } == ["I can't take this on this week."])
            #expect(try await client.api(.get, "/logs", as: ana).jsonArray().count == 1, "the token writes as Ana")
            #expect(try await client.get("/settings", as: ana).text.contains("last used"))

            // Lower-case scheme and surrounding spaces are fine; a wrong token is not.
            let lower = try await client.execute(uri: "/api/v1/logs", method: .get, headers: [.authorization: "bearer  \(token) "])
            #expect(lower.status == .ok)
            Self.expectProblem(try await client.api(.get, "/logs", bearer: String(token.dropLast()) + "x"), .unauthorized)

            // Revoked.
            let revoke = try await client.form("/settings/tokens/\(tokenID)/delete", as: ana)
            #expect(revoke.status == .seeOther && revoke.location == "/settings")
            Self.expectProblem(try await client.api(.get, "/logs", bearer: token), .unauthorized)
            #expect(!(try await client.get("/settings", as: ana).text.contains("my &lt;notebook&gt;")))
        }
    }
}
