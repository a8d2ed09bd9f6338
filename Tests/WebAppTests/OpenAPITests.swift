import Foundation
import Testing
import TestSupport

/// The OpenAPI file must describe every API route the code registers, with its method.
struct OpenAPITests {
    @Test func everyRouteIsInTheOpenAPIFile() throws {
        let source = try RepositoryFiles.text("Sources/WebApp/APIRoutes.swift")
        let spec = try RepositoryFiles.text("Sources/WebApp/Resources/openapi.yaml")
        let pattern = try NSRegularExpression(pattern: #"api\.(get|post|put|delete)\("([^"]+)"\)"#)
        let matches = pattern.matches(in: source, range: NSRange(source.startIndex..., in: source))
        #expect(matches.count >= 25)
        let specLines = spec.components(separatedBy: "\n")
        for match in matches {
            let method = String(source[Range(match.range(at: 1), in: source)!])
            let path = "/api/v1" + String(source[Range(match.range(at: 2), in: source)!])
            guard let start = specLines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "\(path):" && $0.hasPrefix("  /") }) else {
                Issue.record("\(path) is missing from openapi.yaml")
                continue
            }
            let block = specLines[(start + 1)...].prefix { !$0.hasPrefix("  /") && !$0.hasPrefix("components:") }
            #expect(block.contains { $0.hasPrefix("    \(method):") }, "\(method.uppercased()) \(path) is missing from openapi.yaml")
        }
    }
}
