import Domain
import Foundation
import Yams

/// Reads one YAML mapping with position-aware errors, collecting problems instead of stopping at
/// the first, so an author sees everything wrong with a file at once.
///
/// Shared by the content packs (Curriculum) and the questionnaire files (Measures), so both report
/// problems the same way: `file:line:column: message`.
public final class YAMLReader {
    public let file: String
    public private(set) var errors: [ContentError] = []

    public init(file: String) { self.file = file }

    public func fail(_ node: Node?, _ message: String) {
        let mark = node?.mark
        errors.append(ContentError(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message))
    }

    /// Parses a file into its root node, reporting syntax errors with their position.
    public func root(_ text: String) -> Node? {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                errors.append(ContentError(file: file, line: 1, column: 1, message: "the file is empty"))
                return nil
            }
            return node
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
                .composer(_, let problem, let mark, _):
                errors.append(ContentError(file: file, line: mark.line, column: mark.column, message: "YAML syntax: \(problem)"))
            default:
                errors.append(ContentError(file: file, line: 1, column: 1, message: "YAML syntax: \(error)"))
            }
            return nil
        } catch {
            errors.append(ContentError(file: file, line: 1, column: 1, message: "YAML syntax: \(error)"))
            return nil
        }
    }

    /// A mapping's fields by key, after checking for unknown and missing keys.
    public func fields(_ node: Node, where context: String, required: [String], optional: [String] = []) -> [String: Node]? {
        guard case .mapping(let mapping) = node else {
            fail(node, "\(context) must be a mapping of keys to values")
            return nil
        }
        var result: [String: Node] = [:]
        let known = Set(required + optional)
        for (key, value) in mapping {
            guard let name = key.string else {
                fail(key, "\(context): keys must be plain words")
                continue
            }
            if !known.contains(name) {
                let hint = known.sorted().first { $0.levenshtein(to: name) <= 2 }.map { " (did you mean \"\($0)\"?)" } ?? ""
                fail(key, "\(context): unknown key \"\(name)\"\(hint)")
                continue
            }
            if result[name] != nil { fail(key, "\(context): \"\(name)\" appears twice") }
            result[name] = value
        }
        for name in required where result[name] == nil {
            fail(node, "\(context): missing key \"\(name)\"")
        }
        return result
    }

    public func string(_ fields: [String: Node], _ key: String, _ context: String) -> String? {
        guard let node = fields[key] else { return nil }
        guard case .scalar(let scalar) = node else {
            fail(node, "\(context): \"\(key)\" must be text")
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { fail(node, "\(context): \"\(key)\" is empty") ; return nil }
        return text
    }

    public func int(_ fields: [String: Node], _ key: String, _ context: String, in range: ClosedRange<Int>) -> Int? {
        guard let node = fields[key] else { return nil }
        guard let value = node.int, range.contains(value) else {
            fail(node, "\(context): \"\(key)\" must be a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return value
    }

    /// A number, whole or decimal (`6`, `-3`, `0.85`).
    public func number(_ fields: [String: Node], _ key: String, _ context: String) -> Double? {
        guard let node = fields[key] else { return nil }
        guard case .scalar(let scalar) = node, let value = Double(scalar.string.trimmingCharacters(in: .whitespaces)),
            value.isFinite
        else {
            fail(node, "\(context): \"\(key)\" must be a number")
            return nil
        }
        return value
    }

    public func bool(_ fields: [String: Node], _ key: String, _ context: String) -> Bool? {
        guard let node = fields[key] else { return nil }
        guard let value = node.bool else {
            fail(node, "\(context): \"\(key)\" must be true or false")
            return nil
        }
        return value
    }

    public func list(_ fields: [String: Node], _ key: String, _ context: String) -> [Node]? {
        guard let node = fields[key] else { return nil }
        guard case .sequence(let sequence) = node else {
            fail(node, "\(context): \"\(key)\" must be a list")
            return nil
        }
        return Array(sequence)
    }

    public func strings(_ fields: [String: Node], _ key: String, _ context: String) -> [(String, Node)]? {
        guard let items = list(fields, key, context) else { return nil }
        var result: [(String, Node)] = []
        for item in items {
            guard case .scalar(let scalar) = item, !scalar.string.isEmpty else {
                fail(item, "\(context): every item of \"\(key)\" must be text")
                continue
            }
            result.append((scalar.string, item))
        }
        return result
    }

    /// A list of names each checked against an enum, reporting unknown ones with the allowed names.
    public func names<T: RawRepresentable & CaseIterable>(
        _ fields: [String: Node], _ key: String, _ context: String, as type: T.Type, what: String
    ) -> [T]? where T.RawValue == String {
        guard let items = strings(fields, key, context) else { return nil }
        var result: [T] = []
        for (name, node) in items {
            if let value = T(rawValue: name) { result.append(value) } else {
                fail(node, "\(context): unknown \(what) \"\(name)\"; use one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        return result
    }
}

extension String {
    /// Edit distance, for "did you mean" hints on misspelt keys.
    public func levenshtein(to other: String) -> Int {
        let a = Array(self), b = Array(other)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
