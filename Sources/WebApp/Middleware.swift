import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import Logging
import NIOCore
import Storage
import WebViews

/// One structured log line per request: method, path (never the query or body, which may hold
/// health data), status and duration.
struct RequestLogMiddleware: RouterMiddleware {
    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        context.logger.info("request", metadata: [
            "method": "\(request.method.rawValue)", "path": "\(request.uri.path)", "status": "\(response.status.code)",
            "ms": "\(String(format: "%.1f", ms))",
        ])
        return response
    }
}

/// Turns every error into a proper answer: problem+json under /api, a friendly page elsewhere.
/// Anything unexpected is logged and answered 500 without details.
struct ErrorMiddleware: RouterMiddleware {
    let services: AppServices

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        let isAPI = request.uri.path.hasPrefix("/api/")
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            if isAPI { return problem.response() }
            let message = problem.status == 413
                ? "That was more than we can take in one go (the limit is 1 MB). Go back: what you typed is still in your browser, and a shorter version will save."
                : problem.detail
            return page(context, status: problem.httpStatus, message: message)
        } catch let error as PageError {
            if isAPI { return Problem(title: error.status.reasonPhrase, status: Int(error.status.code), detail: error.message).response() }
            return page(context, status: error.status, message: error.message)
        } catch let error as SignInRequired {
            if isAPI { return Problem.unauthorized().response() }
            let next = error.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"
            return .redirect(to: "/login?next=\(next)", type: .normal)
        } catch let error as HTTPError {
            let status = error.status
            let message = status == .contentTooLarge ? "That was more than we can take in one go (the limit is 1 MB)."
                : status == .notFound ? PageError.notFound.message : (error.body ?? status.reasonPhrase)
            if isAPI {
                return (status == .contentTooLarge ? Problem.tooLarge()
                    : Problem(title: status.reasonPhrase, status: Int(status.code), detail: message)).response()
            }
            return page(context, status: status, message: message)
        } catch {
            context.logger.error("unhandled error", metadata: ["path": "\(request.uri.path)", "error": "\(String(reflecting: error))"])
            let message = "Something went wrong on our side. What you typed may not have been saved; please try again."
            if isAPI { return Problem(title: "Internal error", status: 500, detail: message).response() }
            return page(context, status: .internalServerError, message: message)
        }
    }

    func page(_ context: AppContext, status: HTTPResponse.Status, message: String) -> Response {
        let chrome = PageChrome(title: status == .notFound ? "Not found" : "Sorry", signedInAs: context.user.map(\.greetingName),
                                csrfToken: context.csrfToken)
        return .html(Views.errorPage(chrome, status: Int(status.code), message: message), status: status)
    }
}

/// Thrown by pages that need a signed-in person; the browser is sent to sign in.
struct SignInRequired: Error {
    var path: String
}

/// Works out who is asking: a personal API token (`Authorization: Bearer`), or the session cookie.
/// Also sets the CSRF token forms must carry, and checks the `X-CSRF-Token` header on API writes
/// made with a session cookie.
struct AuthenticationMiddleware: RouterMiddleware {
    let services: AppServices

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        var context = context
        var setCSRFCookie: String? = nil
        if let authorization = request.headers[.authorization], authorization.lowercased().hasPrefix("bearer ") {
            let token = String(authorization.dropFirst(7)).trimmingCharacters(in: .whitespaces)
            guard let user = try await services.storage.user(apiTokenHash: Secrets.digest(token), now: Date()) else {
                throw Problem.unauthorized("That API token is not valid. Create a new one on the settings page.")
            }
            context.user = user
            context.authMethod = .token
        } else if let session = context.sessions.session {
            if let user = try await services.storage.user(id: session.userID) {
                context.user = user
                context.authMethod = .session
                context.csrfToken = session.csrfToken
            } else {
                context.sessions.clearSession()  // the account was deleted
            }
        }
        if context.authMethod == .none {
            if let cookie = request.cookies[AppServices.csrfCookie]?.value, cookie.count == 64 {
                context.csrfToken = String(cookie)
            } else {
                let token = Secrets.token()
                context.csrfToken = token
                setCSRFCookie = token
            }
        }
        let unsafe = ![.get, .head, .options].contains(request.method)
        if unsafe, request.uri.path.hasPrefix("/api/"), context.authMethod == .session {
            guard let header = request.headers[.xCSRFToken], Secrets.constantTimeEqual(header, context.csrfToken) else {
                throw Problem.forbidden("Send the CSRF token from sign-in in an `X-CSRF-Token` header.")
            }
        }
        var response = try await next(request, context)
        if let token = setCSRFCookie {
            let cookie = Cookie(name: AppServices.csrfCookie, value: token, path: "/", secure: services.configuration.secureCookies,
                                httpOnly: true, sameSite: .lax)
            response.headers[values: .setCookie].append(cookie.description)
        }
        return response
    }
}

extension Response {
    static func html(_ body: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    /// JSON with snake_case keys throughout (`scenario_id`, `suds_before`), matching the request fields.
    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(data: data)))
    }
}

extension User {
    var greetingName: String { displayName.flatMap { $0.isEmpty ? nil : $0 } ?? email }
}

extension AppContext {
    /// The signed-in person, or a redirect to sign in (pages) / 401 (API).
    func requireUser(_ request: Request) throws -> User {
        guard let user else { throw SignInRequired(path: request.uri.path) }
        return user
    }

    func chrome(_ title: String, _ current: NavItem? = nil, flash: String? = nil) -> PageChrome {
        PageChrome(title: title, signedInAs: user?.greetingName, csrfToken: csrfToken, current: current, flash: flash)
    }
}

/// Reading request bodies, with the 1 MB limit, the CSRF check for forms, and clear errors for JSON.
enum Body {
    static func data(_ request: Request) async throws -> Data {
        var request = request
        do {
            let buffer = try await request.collectBody(upTo: Limits.maxBody)
            return Data(buffer.readableBytesView)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw Problem.tooLarge()
        } catch is NIOTooManyBytesError {
            throw Problem.tooLarge()
        }
    }

    /// A submitted form, after checking its CSRF token.
    static func form(_ request: Request, _ context: AppContext) async throws -> Fields {
        let fields = Fields(form: String(decoding: try await data(request), as: UTF8.self))
        guard let token = fields["csrf_token"], !context.csrfToken.isEmpty, Secrets.constantTimeEqual(token, context.csrfToken) else {
            throw PageError(status: .forbidden, message: "This form has expired. Go back, reload the page, and send it again: what you typed is still in your browser.")
        }
        return fields
    }

    /// A JSON object body.
    static func json(_ request: Request) async throws -> [String: JSONValue] {
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        guard contentType.hasPrefix("application/json") else { throw Problem.unsupportedMediaType() }
        let data = try await data(request)
        guard let value = JSONValue.parse(data) else { throw Problem.badRequest("The body is not valid JSON.") }
        guard case .object(let object) = value else { throw Problem.badRequest("The body must be a JSON object.") }
        return object
    }
}
