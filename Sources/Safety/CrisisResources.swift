import Foundation
import Yams

/// One place to get help: a line, a text service or emergency services.
public struct CrisisLine: Codable, Sendable, Equatable {
    public var name: String
    public var contact: String
    public var hours: String?

    public init(name: String, contact: String, hours: String? = nil) {
        self.name = name
        self.contact = contact
        self.hours = hours
    }
}

/// The lines chosen for one person.
public struct CrisisResources: Sendable, Equatable {
    /// The ISO 3166-1 alpha-2 code the lines are for, or `nil` for the generic list.
    public var country: String?
    public var lines: [CrisisLine]
    /// When the list was last checked against each service's own site.
    public var reviewed: String
}

/// Crisis lines by country, read from `crisis-resources.yaml`.
///
/// Wrong numbers in mental-health apps are a known harm, so the file carries a `reviewed` date and a
/// test fails when it is more than a year old.
public struct CrisisDirectory: Sendable, Equatable {
    public var reviewed: String
    public var generic: [CrisisLine]
    public var countries: [String: [CrisisLine]]

    struct File: Decodable {
        var reviewed: String
        var `default`: [CrisisLine]
        var countries: [String: [CrisisLine]]
    }

    /// Why a crisis-resources file could not be used.
    public struct LoadError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Parses the YAML format of `crisis-resources.yaml`.
    public init(yaml: String, file: String = "crisis-resources.yaml") throws {
        let decoded: File
        do {
            decoded = try YAMLDecoder().decode(File.self, from: yaml)
        } catch let error as YamlError {
            throw LoadError(message: "\(file): \(error)")
        } catch let error as DecodingError {
            throw LoadError(message: "\(file): \(Self.describe(error))")
        }
        for code in decoded.countries.keys where code.count != 2 || code.uppercased() != code {
            throw LoadError(message: "\(file): country key \"\(code)\" is not an ISO 3166-1 alpha-2 code (two capital letters)")
        }
        guard Self.date(decoded.reviewed) != nil else {
            throw LoadError(message: "\(file): reviewed: \"\(decoded.reviewed)\" is not a date (YYYY-MM-DD)")
        }
        self.reviewed = decoded.reviewed
        self.generic = decoded.default
        self.countries = decoded.countries
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            return "missing key \"\(key.stringValue)\" at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    /// The lines shipped with SpeakUp.
    public static let bundled: CrisisDirectory = {
        guard let url = Bundle.module.url(forResource: "crisis-resources", withExtension: "yaml"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { preconditionFailure("crisis-resources.yaml is missing from the Safety module's resources") }
        do { return try CrisisDirectory(yaml: text) } catch { preconditionFailure("\(error)") }
    }()

    /// Picks the lines for a person: their own country setting first, then the server's default
    /// country, then the generic list.
    public func resources(userCountry: String?, serverCountry: String? = nil) -> CrisisResources {
        for candidate in [userCountry, serverCountry] {
            if let code = candidate?.uppercased(), let lines = countries[code] {
                return CrisisResources(country: code, lines: lines, reviewed: reviewed)
            }
        }
        return CrisisResources(country: nil, lines: generic, reviewed: reviewed)
    }

    /// The country codes with their own lines, sorted.
    public var countryCodes: [String] { countries.keys.sorted() }

    /// Days from the `reviewed` date to `now`.
    public func daysSinceReview(now: Date) -> Int {
        guard let date = Self.date(reviewed) else { return Int.max }
        return Int(now.timeIntervalSince(date) / 86_400)
    }

    static func date(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var components = DateComponents()
        components.year = parts[0]
        components.month = parts[1]
        components.day = parts[2]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: components)
    }
}
