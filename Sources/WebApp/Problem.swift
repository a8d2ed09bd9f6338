import Foundation
import HTTPTypes
import Hummingbird

/// An RFC 9457 problem document, the API's only error shape.
struct Problem: Error, Encodable {
    var type: String = "about:blank"
    var title: String
    var status: Int
    var detail: String
    /// The first field at fault, when one is.
    var field: String?
    /// The documented limit the field went over.
    var limit: Int?
    /// Every field problem, for forms with several.
    var errors: [FieldError]?

    var httpStatus: HTTPResponse.Status { .init(code: status) }

    static func badRequest(_ detail: String) -> Problem {
        Problem(title: "Bad request", status: 400, detail: detail)
    }
    static func unauthorized(_ detail: String = "Sign in first: send the session cookie, or an `Authorization: Bearer` token.") -> Problem {
        Problem(title: "Not signed in", status: 401, detail: detail)
    }
    static func forbidden(_ detail: String) -> Problem { Problem(title: "Forbidden", status: 403, detail: detail) }
    static func notFound(_ what: String = "resource") -> Problem {
        Problem(title: "Not found", status: 404, detail: "There is no \(what) with that id.")
    }
    static func tooLarge() -> Problem {
        Problem(title: "Content too large", status: 413, detail: "Request bodies can be at most \(Limits.maxBody) bytes.",
                limit: Limits.maxBody)
    }
    static func unsupportedMediaType() -> Problem {
        Problem(title: "Unsupported media type", status: 415, detail: "Send the body as JSON with `Content-Type: application/json`.")
    }
    static func invalid(_ errors: [FieldError]) -> Problem {
        let first = errors.first
        return Problem(title: "Some fields need attention", status: 422, detail: first?.detail ?? "Invalid input.",
                       field: first?.field, limit: errors.first(where: { $0.limit != nil })?.limit, errors: errors)
    }
    static func tooManyRequests(_ detail: String) -> Problem { Problem(title: "Too many attempts", status: 429, detail: detail) }

    func response() -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/problem+json"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Response(status: httpStatus, headers: headers, body: .init(byteBuffer: ByteBuffer(data: (try? encoder.encode(self)) ?? Data())))
    }

    enum CodingKeys: String, CodingKey { case type, title, status, detail, field, limit, errors }
}

/// An error page for the browser (404, 413, 429…), rendered by the error middleware.
struct PageError: Error {
    var status: HTTPResponse.Status
    var message: String

    static let notFound = PageError(status: .notFound, message: "We couldn't find that page. It may have been deleted, or the link may be wrong.")
}

extension ByteBuffer {
    init(data: Data) {
        self.init()
        writeBytes(data)
    }
}
