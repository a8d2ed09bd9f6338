import Foundation

/// The shared JSON Lines loop of `analyze --jsonl` and `safety --jsonl`.
///
/// Every input line gets exactly one output line, in order. A bad line (not a JSON object, no `text`,
/// `text` empty or longer than 10,000 characters) gets `{"id": …, "line": N, "error": "…"}` and the
/// loop goes on. Blank lines are skipped without output.
public enum JSONLines {
    public static let maximumTextLength = 10_000

    /// Runs the loop. `handle` returns the output for a good line. Returns how many lines were bad.
    @discardableResult
    public static func process(
        readLine: () -> String?, write: (String) -> Void,
        handle: (_ id: JSONValue, _ object: JSONValue) -> JSONValue?
    ) -> Int {
        var lineNumber = 0
        var bad = 0
        while let line = readLine() {
            lineNumber += 1
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            switch check(line) {
            case .failure(let problem):
                bad += 1
                write(JSONValue.object([("id", problem.id), ("line", .number(Double(lineNumber))), ("error", .string(problem.message))]).serialized())
            case .success(let (id, object)):
                if let output = handle(id, object) {
                    write(output.serialized())
                } else {
                    bad += 1
                    write(JSONValue.object([("id", id), ("line", .number(Double(lineNumber))), ("error", .string("\"text\" must be a string"))]).serialized())
                }
            }
        }
        return bad
    }

    struct Problem: Error {
        var id: JSONValue
        var message: String
    }

    static func check(_ line: String) -> Result<(JSONValue, JSONValue), Problem> {
        guard let value = JSONValue.parse(line) else {
            return .failure(Problem(id: .null, message: "not valid JSON"))
        }
        guard case .object = value else {
            return .failure(Problem(id: .null, message: "expected a JSON object with a \"text\" field"))
        }
        let id = value["id"] ?? .null
        guard let textValue = value["text"], textValue != .null else {
            return .failure(Problem(id: id, message: "missing \"text\""))
        }
        guard let text = string(textValue) else {
            return .failure(Problem(id: id, message: "\"text\" must be a string"))
        }
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return .failure(Problem(id: id, message: "\"text\" is empty"))
        }
        if text.count > maximumTextLength {
            return .failure(Problem(id: id, message: "\"text\" is longer than \(maximumTextLength) characters (\(text.count))"))
        }
        if let context = value["context"], context != .null, string(context) == nil {
            return .failure(Problem(id: id, message: "\"context\" must be a string"))
        }
        return .success((id, value))
    }

    static func string(_ value: JSONValue) -> String? {
        if case .string(let s) = value { return s }
        return nil
    }
}
