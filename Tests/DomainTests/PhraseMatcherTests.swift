import Domain
import Testing

@Suite("Phrase matcher")
struct PhraseMatcherTests {
    func firstMatch(_ pattern: String, _ text: String, sets: [String: [String]] = [:]) throws -> String? {
        let matcher = try PhraseMatcher([(pattern, "x")], sets: sets)
        let tokens = Tokenizer.tokenize(text)
        guard let match = matcher.matches(in: tokens).first else { return nil }
        return tokens[match.first...match.last].map(\.text).joined(separator: " ")
    }

    @Test func alternativesAndGroups() throws {
        #expect(try firstMatch("i feel|felt", "Yesterday I felt awful") == "i felt")
        #expect(try firstMatch("[end my life|end it all]", "i want to end it all") == "end it all")
        #expect(try firstMatch("[end my life|end it all]", "the end of it") == nil)
    }

    @Test func gapsStopAtPunctuation() throws {
        #expect(try firstMatch("i * sorry", "I am so sorry") == "i am so sorry")
        #expect(try firstMatch("i * sorry", "I am, so sorry") == nil)
        #expect(try firstMatch("i *1 sorry", "I am really sorry") == nil)
    }

    @Test func optionalPrefixSetsAndAnchors() throws {
        #expect(try firstMatch("i really? need", "I need that") == "i need")
        #expect(try firstMatch("kill~", "killing time") == "killing")
        #expect(try firstMatch("@feel bad", "I feel bad", sets: ["feel": ["feel", "felt"]]) == "feel bad")
        #expect(try firstMatch("^ no", "I said no") == nil)
        #expect(try firstMatch("^ no", "No, thanks") == "no")
        #expect(try firstMatch("^ no $", "Well. No") == "no")
    }

    /// Patterns are indexed by their first two words where those are fixed; ones that start alike
    /// but let any word follow must still be found, and all of them in the order they were given.
    @Test func patternsSharingAFirstWordAreAllFoundInEntryOrder() throws {
        let matcher = try PhraseMatcher([
            ("[i am safe|i left]", "pinned"),
            ("i|we *2 tired", "gap"),
            ("[i|you] am", "one-word alternative"),
            ("i am ,", "punctuation"),
            ("i [am|was] so", "group second"),
        ])
        let tokens = Tokenizer.tokenize("I am, so tired. I am safe. I left. I was so tired")
        let found = matcher.matches(in: tokens).map { "\($0.tag)@\($0.first)" }
        #expect(found == [
            "one-word alternative@0", "punctuation@0", "pinned@6", "one-word alternative@6", "pinned@10", "gap@13", "group second@13",
        ])
    }

    @Test("a broken pattern is reported with its text", arguments: ["a [b", "a ]", "@missing x", "*x y", "[a||b]"])
    func badPatterns(pattern: String) {
        #expect(throws: PhraseMatcher<String>.PatternError.self) {
            _ = try PhraseMatcher([(pattern, "x")])
        }
    }
}
