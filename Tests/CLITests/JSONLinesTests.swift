import CLI
import Coach
import Safety
import Testing

@Suite("JSON Lines contract of analyze --jsonl and safety --jsonl")
struct JSONLinesTests {
    func run(_ lines: [String], handle: (JSONValue, JSONValue) -> JSONValue?) -> (output: [JSONValue], bad: Int) {
        var input = lines[...]
        var output: [String] = []
        let bad = JSONLines.process(readLine: { input.popFirst() }, write: { output.append($0) }, handle: handle)
        return (output.map { JSONValue.parse($0)! }, bad)
    }

    @Test("one output line per input line, in order, with bad lines explained")
    func badLines() {
        let long = String(repeating: "a", count: 10_001)
        let lines = [
            #"{"id": 7, "text": "No, that doesn't work for me."}"#,
            "not json",
            #"{"id": "b"}"#,
            #"{"id": "c", "text": ""}"#,
            #"{"id": "d", "text": "\#(long)"}"#,
            #"{"id": null, "text": 5}"#,
            "",
            #"{"id": "e", "text": "fine.", "context": "Can you do it?"}"#,
        ]
        let coach = Coach()
        let (output, bad) = run(lines) { id, object in
            guard case .string(let text)? = object["text"] else { return nil }
            return .object([("id", id)] + AnalysisJSON.fields(coach.analyze(reply: text), includeSuggestion: false))
        }
        #expect(bad == 5)
        #expect(output.count == 7)
        #expect(output[0]["id"] == .number(7))
        #expect(output[0]["style"] != nil)
        for key in ["style", "probabilities", "components", "spans", "tips"] { #expect(output[0][key] != nil) }
        #expect(output[1]["error"] == .string("not valid JSON"))
        #expect(output[1]["line"] == .number(2))
        #expect(output[1]["id"] == .null)
        #expect(output[2]["error"] == .string("missing \"text\""))
        #expect(output[2]["id"] == .string("b"))
        #expect(output[3]["error"] == .string("\"text\" is empty"))
        if case .string(let message)? = output[4]["error"] { #expect(message.contains("10000")) } else { Issue.record("no error") }
        #expect(output[5]["error"] == .string("\"text\" must be a string"))
        #expect(output[6]["id"] == .string("e"))
        #expect(output[6]["line"] == nil)
    }

    @Test("safety lines carry crisis, level, categories and spans")
    func safetyShape() {
        let (output, bad) = run([#"{"id": 1, "text": "i want to kill myself"}"#, #"{"id": 2, "text": "lovely day"}"#]) { id, object in
            guard case .string(let text)? = object["text"] else { return nil }
            return .object([("id", id)] + SafetyJSON.fields(SafetyScreen.check(text)))
        }
        #expect(bad == 0)
        #expect(output[0]["crisis"] == .bool(true))
        #expect(output[0]["level"] == .string("concern"))
        #expect(output[0]["categories"] == .array([.string("suicidal")]))
        #expect(output[1]["crisis"] == .bool(false))
        #expect(output[1]["spans"] == .array([]))
    }

    @Test("JSON output escapes control characters and keeps Unicode")
    func escaping() {
        let value = JSONValue.object([("t", .string("a\"b\\c\nd\u{1}é🙂"))])
        #expect(value.serialized() == #"{"t":"a\"b\\c\nd\u0001é🙂"}"#)
        #expect(JSONValue.parse(value.serialized()) == value)
    }
}
