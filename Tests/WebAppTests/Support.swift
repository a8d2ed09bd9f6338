import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import StorageSQL
import Testing
@testable import WebApp

/// Who is sending a request: the `Cookie` header to send, and the CSRF token forms (and API writes
/// with a session) must carry. A signed-out visitor has the pre-sign-in CSRF cookie and no session.
struct Browser: Sendable {
    var cookie: String
    var csrf: String
}

/// The suites that run the whole application conform to this to share its helpers.
protocol AppTesting {}

extension AppTesting {
    /// Runs `body` against a fresh app on in-memory SQLite, closing the database afterwards.
    static func withApp(_ body: @escaping @Sendable (any TestClientProtocol, SQLStorage) async throws -> Void) async throws {
        let storage = try await SQLStorage.inMemory()
        // bcrypt cost 4 keeps the suite fast; production uses 12 (asserted in AppTests).
        // Warnings and errors only: a line per request would bury the test summary in CI's log.
        var logger = Logger(label: "speakup.web.test")
        logger.logLevel = .warning
        let app = try buildApplication(configuration: AppConfiguration(bcryptCost: 4, loginLimitPerAccount: 3), storage: storage,
                                       logger: logger)
        do {
            try await app.test(.router) { client in try await body(client, storage) }
        } catch {
            try await storage.close()
            throw error
        }
        try await storage.close()
    }

    static func cookie(_ name: String, in response: TestResponse) -> String? {
        for header in response.headers[values: .setCookie] where header.hasPrefix("\(name)=") {
            return String(header.dropFirst(name.count + 1).prefix { $0 != ";" })
        }
        return nil
    }

    /// A signed-out visitor who has loaded a page, so holds the pre-sign-in CSRF cookie.
    static func visitor(_ client: any TestClientProtocol) async throws -> Browser {
        let page = try await client.execute(uri: "/login", method: .get)
        let csrf = try #require(cookie("speakup_csrf", in: page))
        return Browser(cookie: "speakup_csrf=\(csrf)", csrf: csrf)
    }

    /// Signs up through the real form and returns the session cookie and CSRF token.
    /// `email` is form-encoded already (`ana%40example.org`).
    static func signUp(_ client: any TestClientProtocol, email: String) async throws -> Browser {
        let page = try await client.execute(uri: "/signup", method: .get)
        let csrf = try #require(cookie("speakup_csrf", in: page))
        let body = "csrf_token=\(csrf)&email=\(email)&password=correct+horse+battery"
        let response = try await client.execute(uri: "/signup", method: .post,
                                                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "speakup_csrf=\(csrf)"],
                                                body: ByteBuffer(string: body))
        #expect(response.status == .seeOther)
        let session = try #require(cookie("speakup_session", in: response))
        let home = try await client.execute(uri: "/settings", method: .get, headers: [.cookie: "speakup_session=\(session)"])
        let token = try #require(Self.metaCSRF(in: home.text))
        return Browser(cookie: "speakup_session=\(session)", csrf: token)
    }

    /// The CSRF token a page carries in `<meta name="csrf-token">`.
    static func metaCSRF(in html: String) -> String? {
        let parts = html.components(separatedBy: "name=\"csrf-token\" content=\"")
        return parts.count > 1 ? String(parts[1].prefix { $0 != "\"" }) : nil
    }

    /// Checks an RFC 9457 problem answer and returns its fields.
    @discardableResult
    static func expectProblem(_ response: TestResponse, _ status: HTTPResponse.Status, field: String? = nil, limit: Int? = nil,
                              _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation) -> [String: Any] {
        #expect(response.status == status, comment, sourceLocation: sourceLocation)
        #expect(response.headers[.contentType] == "application/problem+json", comment, sourceLocation: sourceLocation)
        let problem = (try? response.json()) ?? [:]
        #expect(problem["status"] as? Int == Int(status.code), comment, sourceLocation: sourceLocation)
        #expect((problem["title"] as? String)?.isEmpty == false, comment, sourceLocation: sourceLocation)
        if let field { #expect(problem["field"] as? String == field, comment, sourceLocation: sourceLocation) }
        if let limit { #expect(problem["limit"] as? Int == limit, comment, sourceLocation: sourceLocation) }
        return problem
    }
}

extension TestClientProtocol {
    /// A GET as `browser` (signed out when `nil`).
    func get(_ path: String, as browser: Browser? = nil) async throws -> TestResponse {
        try await execute(uri: path, method: .get, headers: browser.map { [.cookie: $0.cookie] } ?? [:])
    }

    /// Posts a URL-encoded form as `browser`, adding its CSRF token unless `csrf` is false.
    func form(_ path: String, _ fields: [(String, String)] = [], as browser: Browser?, csrf: Bool = true) async throws -> TestResponse {
        var all = fields
        if csrf, let browser { all.insert(("csrf_token", browser.csrf), at: 0) }
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if let browser { headers[.cookie] = browser.cookie }
        return try await execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: FormEncoding.encode(all)))
    }

    /// An API call with a JSON body as `browser` (session cookie, plus `X-CSRF-Token` unless `csrf`
    /// is false), or with an `Authorization: Bearer` token.
    func api(_ method: HTTPRequest.Method, _ path: String, _ json: String? = nil, as browser: Browser? = nil, bearer: String? = nil,
             csrf: Bool = true, contentType: String = "application/json") async throws -> TestResponse {
        var headers: HTTPFields = [:]
        if json != nil { headers[.contentType] = contentType }
        if let browser {
            headers[.cookie] = browser.cookie
            if csrf { headers[.xCSRFToken] = browser.csrf }
        }
        if let bearer { headers[.authorization] = "Bearer \(bearer)" }
        return try await execute(uri: "/api/v1" + path, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
    }
}

enum FormEncoding {
    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func encode(_ fields: [(String, String)]) -> String {
        fields.map { "\(escape($0.0))=\(escape($0.1))" }.joined(separator: "&")
    }

    static func escape(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? value
    }
}

/// A JSON string literal for `value`, for building request bodies by hand.
func jsonString(_ value: String) -> String {
    String(decoding: try! JSONEncoder().encode(value), as: UTF8.self)
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var location: String? { headers[.location] }

    func json() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any])
    }

    func jsonArray() throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [[String: Any]])
    }

    /// The `id` in a JSON answer, at the top level or under `record`.
    func id() throws -> Int {
        let object = try json()
        let record = object["record"] as? [String: Any] ?? object
        return try #require(record["id"] as? Int)
    }
}

/// HTML snapshots: a page is normalised (volatile parts replaced by placeholders, a line break put
/// between adjacent tags so a difference shows as one line) and compared with
/// `Snapshots/NAME.html`. With `SPEAKUP_RECORD_SNAPSHOTS=1` the file is written instead.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    static var isRecording: Bool { ProcessInfo.processInfo.environment["SPEAKUP_RECORD_SNAPSHOTS"] == "1" }

    private static let month = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
    /// Applied in order: the more specific patterns first.
    private static let rules: [(NSRegularExpression, String)] = [
        (#"su_[0-9a-f]{64}"#, "su_API-TOKEN"),
        (#"\b[0-9a-f]{64}\b"#, "CSRF-TOKEN"),
        (#"\b[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\b"#, "UUID"),
        (#"\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?"#, "ISO-DATETIME"),
        (#"\b\d{1,2} \#(month) \d{4}, \d{2}:\d{2}\b"#, "DATETIME"),
        (#"\b\d{1,2} \#(month) \d{4}\b"#, "DATE"),
        (#"\b\d{1,2} \#(month)\b"#, "DAY"),
        // Record ids in links, form actions and hidden fields (lesson and scenario ids are words, and kept).
        (#"/(rehearse|worksheets|thoughts|log|ladder|settings/tokens)/\d+\b"#, "/$1/ID"),
        (#"%2F(rehearse|worksheets|thoughts|log|ladder)%2F\d+\b"#, "%2F$1%2FID"),
        (#"name="rung" value="\d+""#, #"name="rung" value="ID""#),
    ].map { (try! NSRegularExpression(pattern: $0.0), $0.1) }

    static func normalise(_ html: String) -> String {
        var text = html
        for (pattern, template) in rules {
            text = pattern.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
        }
        // Every `<` in text content is escaped, so a raw "><" is always between two tags.
        return text.replacingOccurrences(of: "><", with: ">\n<")
    }

    /// The first line where the two differ (1-based), with both versions of it.
    static func firstDifference(expected: String, actual: String) -> (line: Int, expected: String, actual: String)? {
        let a = expected.components(separatedBy: "\n"), b = actual.components(separatedBy: "\n")
        for index in 0..<max(a.count, b.count) {
            let x = index < a.count ? a[index] : "<end of file>", y = index < b.count ? b[index] : "<end of file>"
            if x != y { return (index + 1, x, y) }
        }
        return nil
    }

    static func assertMatches(_ html: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = normalise(html)
        let file = directory.appendingPathComponent("\(name).html")
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try (actual + "\n").write(to: file, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("Could not record snapshot \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let stored = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("No snapshot at Snapshots/\(name).html. Record it with SPEAKUP_RECORD_SNAPSHOTS=1, then read it.",
                         sourceLocation: sourceLocation)
            return
        }
        let expected = stored.hasSuffix("\n") ? String(stored.dropLast()) : stored
        guard let difference = firstDifference(expected: expected, actual: actual) else { return }
        let saved = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).actual.html")
        try? (actual + "\n").write(to: saved, atomically: true, encoding: .utf8)
        Issue.record("""
            Page \(name) differs from Snapshots/\(name).html at line \(difference.line):
              expected: \(difference.expected)
              actual:   \(difference.actual)
            The whole page is in \(saved.path). If the change is intended, re-record with SPEAKUP_RECORD_SNAPSHOTS=1 and review the diff.
            """, sourceLocation: sourceLocation)
    }
}
