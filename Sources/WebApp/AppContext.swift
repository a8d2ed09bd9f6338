import Foundation
import Hummingbird
import HummingbirdAuth
import NIOCore
import Storage

/// What a signed-in browser session holds. Only ids and the CSRF token: everything else is read
/// from the database on each request.
struct WebSession: Codable, Sendable {
    var userID: Int64
    var csrfToken: String
}

/// The per-request context: the session, and the person once authenticated.
struct AppContext: SessionRequestContext {
    var coreContext: CoreRequestContextStorage
    let sessions: SessionContext<WebSession>
    /// The signed-in person, set by `AuthenticationMiddleware`.
    var user: User?
    /// How they proved who they are.
    var authMethod: AuthMethod = .none
    /// The CSRF token forms on this page must carry (session token, or the pre-login cookie token).
    var csrfToken: String = ""

    enum AuthMethod: Sendable { case none, session, token }

    /// The client's IP address, for the per-IP sign-in limit.
    let remoteIP: String

    init(source: Source) {
        coreContext = .init(source: source)
        remoteIP = source.channel.remoteAddress?.ipAddress ?? "unknown"
        sessions = .init()
    }

    /// Request bodies are read by `Body.collect`, which enforces this limit with a 413.
    var maxUploadSize: Int { Limits.maxBody }
}

/// Size limits, documented in the README and the OpenAPI file.
enum Limits {
    /// Any request body.
    static let maxBody = 1_048_576
    /// A long free-text field (a reply, what I said, evidence).
    static let longText = 5_000
    /// A short field (a name, a title).
    static let shortText = 200
}
