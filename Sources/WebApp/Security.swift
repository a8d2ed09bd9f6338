import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import Storage

/// Random secrets and their stored digests.
enum Secrets {
    /// 32 random bytes as URL-safe hex, from the system's cryptographic generator.
    static func token(prefix: String = "") -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return prefix + bytes.map { String(format: "%02x", $0) }.joined()
    }

    /// What the database keeps for a token: its SHA-256, so a leaked database cannot be replayed.
    static func digest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Compares without leaking where the first difference is.
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// Headers every response carries: a strict Content-Security-Policy (scripts only as files from this
/// server), no MIME sniffing, no referrer leaks, no framing.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var contentSecurityPolicy: String {
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        Self.apply(to: &response.headers)
        return response
    }

    static func apply(to headers: inout HTTPFields) {
        headers[.contentSecurityPolicy] = contentSecurityPolicy
        headers[.xContentTypeOptions] = "nosniff"
        headers[.referrerPolicy] = "same-origin"
        headers[.xFrameOptions] = "DENY"
        if headers[.cacheControl] == nil { headers[.cacheControl] = "no-store" }
    }
}

extension HTTPField.Name {
    static let xContentTypeOptions = Self("X-Content-Type-Options")!
    static let referrerPolicy = Self("Referrer-Policy")!
    static let xFrameOptions = Self("X-Frame-Options")!
    static let xCSRFToken = Self("X-CSRF-Token")!
}

extension String {
    /// A path on this site, safe to send a browser to after sign-in: it starts with one "/", and
    /// not "//" or "/\" (browsers read both as another host), with no control characters (browsers
    /// drop tabs and line breaks, so "/\t/host" would become "//host").
    var isLocalPath: Bool {
        hasPrefix("/") && !hasPrefix("//") && !hasPrefix("/\\") && !unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }
}

/// Token helpers the admin commands share with the web app, so a CLI-made token or reset link is
/// stored exactly as the app expects.
public enum AccountSecrets {
    public static func newToken(prefix: String = "") -> String { Secrets.token(prefix: prefix) }
    public static func digest(_ token: String) -> String { Secrets.digest(token) }
}
