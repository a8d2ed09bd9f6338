import Crypto
import Foundation
import HTTPTypes
import Hummingbird

/// The CSS, scripts and OpenAPI file, read once from the module's resources and served from memory
/// with ETags, so the app needs no files beside its binary and no CDN.
struct StaticAssets: Sendable {
    struct Asset: Sendable {
        var data: Data
        var contentType: String
        var etag: String
    }

    let files: [String: Asset]
    let openAPIFile: Asset

    static func load() throws -> StaticAssets {
        guard let folder = Bundle.module.url(forResource: "static", withExtension: nil),
            let spec = Bundle.module.url(forResource: "openapi", withExtension: "yaml")
        else { throw PageError(status: .internalServerError, message: "The app's static files are missing from its resources.") }
        var files: [String: Asset] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !name.hasPrefix(".") {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            files[name] = asset(data, name: name)
        }
        return StaticAssets(files: files, openAPIFile: asset(try Data(contentsOf: spec), name: "openapi.yaml"))
    }

    private static func asset(_ data: Data, name: String) -> Asset {
        let type: String
        switch (name as NSString).pathExtension {
        case "css": type = "text/css; charset=utf-8"
        case "js": type = "text/javascript; charset=utf-8"
        case "yaml": type = "application/yaml; charset=utf-8"
        case "svg": type = "image/svg+xml"
        case "png": type = "image/png"
        default: type = "application/octet-stream"
        }
        let digest = SHA256.hash(data: data).prefix(12).map { String(format: "%02x", $0) }.joined()
        return Asset(data: data, contentType: type, etag: "\"\(digest)\"")
    }

    func response(for name: String, request: Request) throws -> Response {
        guard let asset = files[name] else { throw PageError.notFound }
        return respond(asset, request: request)
    }

    func openAPI(request: Request) throws -> Response { respond(openAPIFile, request: request) }

    private func respond(_ asset: Asset, request: Request) -> Response {
        var headers: HTTPFields = [.contentType: asset.contentType, .eTag: asset.etag, .cacheControl: "public, max-age=300, must-revalidate"]
        if request.headers[.ifNoneMatch] == asset.etag {
            headers[.contentType] = nil
            return Response(status: .notModified, headers: headers)
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(data: asset.data)))
    }
}
