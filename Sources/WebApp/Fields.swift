import Domain
import Foundation
import Hummingbird

/// Submitted fields, from a URL-encoded form or a JSON object, as text. One validator then serves
/// both the pages and the API, so a rule is written once.
struct Fields: Sendable {
    private(set) var values: [String: [String]] = [:]
    /// JSON fields that held an object, which no text rule should accept.
    private(set) var objects: Set<String> = []

    init(values: [String: [String]] = [:]) { self.values = values }

    /// Parses `application/x-www-form-urlencoded`.
    init(form body: String) {
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decodeComponent(parts[0])
            let value = parts.count > 1 ? Self.decodeComponent(parts[1]) : ""
            values[name, default: []].append(value)
        }
    }

    /// Flattens a JSON object: strings as they are, numbers and booleans as their text, arrays as
    /// several values, null as absent. Nested objects are kept as their JSON text (and then fail
    /// whatever rule the field has).
    init(json object: [String: JSONValue]) {
        for (key, value) in object {
            switch value {
            case .null: continue
            case .array(let items): values[key] = items.compactMap(\.scalarText)
            case .object:
                values[key] = [value.jsonText]
                objects.insert(key)
            default: values[key] = value.scalarText.map { [$0] } ?? [value.jsonText]
            }
        }
    }

    subscript(name: String) -> String? { values[name]?.first }
    func all(_ name: String) -> [String] { values[name] ?? [] }
    func has(_ name: String) -> Bool { values[name] != nil }

    private static func decodeComponent(_ part: Substring) -> String {
        let spaced = part.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}

/// One problem with one submitted field, in words for the person who typed it.
struct FieldError: Sendable, Equatable, Codable {
    var field: String
    var detail: String
    /// The documented limit, when the value was too long.
    var limit: Int?
}

/// Reads and checks fields, collecting every problem rather than stopping at the first.
struct Validator {
    let fields: Fields
    private(set) var errors: [FieldError] = []

    init(_ fields: Fields) { self.fields = fields }

    var isValid: Bool { errors.isEmpty }

    mutating func fail(_ field: String, _ detail: String, limit: Int? = nil) {
        if !errors.contains(where: { $0.field == field }) { errors.append(FieldError(field: field, detail: detail, limit: limit)) }
    }

    /// Free text, trimmed of surrounding whitespace only; line breaks inside are kept.
    mutating func text(_ name: String, label: String, required: Bool = false, limit: Int = Limits.longText) -> String {
        let value = (fields[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if fields.objects.contains(name) {
            fail(name, "\(label) must be text, not an object.")
        } else if value.count > limit {
            fail(name, "\(label) can be at most \(limit) characters (this has \(value.count)).", limit: limit)
        } else if required && value.isEmpty {
            fail(name, "Please fill in \(label.lowercased()).")
        }
        return value
    }

    mutating func integer(_ name: String, label: String, in range: ClosedRange<Int>, required: Bool = false) -> Int? {
        guard let raw = fields[name]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else {
            if required { fail(name, "Please give \(label.lowercased()) (\(range.lowerBound)-\(range.upperBound)).") }
            return nil
        }
        guard let value = Int(raw), range.contains(value) else {
            fail(name, "\(label) must be a whole number from \(range.lowerBound) to \(range.upperBound).")
            return nil
        }
        return value
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ name: String, label: String, _ type: T.Type, required: Bool = false) -> T?
    where T.RawValue == String {
        guard let raw = fields[name]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else {
            if required { fail(name, "Please choose \(label.lowercased()).") }
            return nil
        }
        guard let value = T(rawValue: raw) else {
            let options = T.allCases.map(\.rawValue).joined(separator: ", ")
            fail(name, "\(label) must be one of: \(options).")
            return nil
        }
        return value
    }

    /// An ISO 8601 date-time ("2026-11-27T10:00:00Z"), a date ("2026-11-27"), or a browser's
    /// `datetime-local` value ("2026-11-27T10:00", read as UTC).
    mutating func date(_ name: String, label: String) -> Date? {
        guard let raw = fields[name]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
        if let date = Self.parseDate(raw) { return date }
        fail(name, "\(label) must be a date and time like 2026-11-27T18:30:00Z.")
        return nil
    }

    static func parseDate(_ raw: String) -> Date? {
        let full = ISO8601DateFormatter()
        if let date = full.date(from: raw) { return date }
        full.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = full.date(from: raw) { return date }
        for format in ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = format
            if let date = formatter.date(from: raw) { return date }
        }
        return nil
    }
}

/// A JSON value, for reading request bodies field by field (so a wrong type is reported by name).
enum JSONValue: Sendable, Equatable, Decodable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    static func parse(_ data: Data) -> JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: data)
    }

    var scalarText: String? {
        switch self {
        case .string(let s): s
        case .bool(let b): b ? "true" : "false"
        case .number(let n): n.rounded() == n && abs(n) < 1e15 ? String(Int64(n)) : String(n)
        default: nil
        }
    }

    var jsonText: String {
        switch self {
        case .object: "{…}"
        case .array: "[…]"
        default: scalarText ?? "null"
        }
    }
}

extension JSONValue {
    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let bool = try? container.decode(Bool.self) { self = .bool(bool) }
        else if let number = try? container.decode(Double.self) { self = .number(number) }
        else if let string = try? container.decode(String.self) { self = .string(string) }
        else if let array = try? container.decode([JSONValue].self) { self = .array(array) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }
}
