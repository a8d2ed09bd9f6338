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

    /// Every match's words, in order.
    func allMatches(_ pattern: String, _ text: String) throws -> [String] {
        let matcher = try PhraseMatcher([(pattern, "x")])
        let tokens = Tokenizer.tokenize(text)
        return matcher.matches(in: tokens).map { tokens[$0.first...$0.last].map(\.text).joined(separator: " ") }
    }

    @Test func endOfSentenceAsAnAlternative() throws {
        // At the sentence's end, whether the text ends, a new sentence starts or a full stop follows.
        #expect(try firstMatch("end it [$|tonight|,]", "I want to end it") == "end it")
        #expect(try firstMatch("end it [$|tonight|,]", "I want to end it\nSorry") == "end it")
        #expect(try firstMatch("end it [$|tonight|,]", "I want to end it. Sorry") == "end it")
        // Through another alternative, a word or a mark.
        #expect(try firstMatch("end it [$|tonight|,]", "I want to end it tonight for good") == "end it tonight")
        #expect(try firstMatch("end it [$|tonight|,]", "I want to end it, honestly") == "end it ,")
        // Mid-sentence, where only `$` would fit, nothing.
        #expect(try firstMatch("end it [$|tonight|,]", "we end it with a song") == nil)
        // In a list of words too, and in any order.
        #expect(try firstMatch("^ no $|,", "Well. No") == "no")
        #expect(try firstMatch("^ no $|,", "No way") == nil)
        // A group of `$` alone is a plain `$`.
        #expect(try firstMatch("end it [$]", "I'll end it") == "end it")
    }

    /// `x [$|a]` stands for `x a` and `x $`: where both fit, both are found, under the entry's number.
    @Test func eachWayToEndIsFound() throws {
        #expect(try allMatches("end it [$|.]", "I'll end it.") == ["end it .", "end it"])
        // A gap before the slot: the word further on, and the end with the gap's words left out.
        #expect(try allMatches("need this *3 [$|after]", "won't need this app after.") == ["need this app after", "need this"])
        let matcher = try PhraseMatcher([("a b", "first"), ("end it [$|.]", "second")])
        #expect(matcher.matches(in: Tokenizer.tokenize("end it.")).map(\.pattern) == [1, 1])
    }

    @Test func endOfSentenceBeforeMoreSlots() throws {
        #expect(try firstMatch("done [$|now] .", "I'm done.") == "done .")
        #expect(try firstMatch("done [$|now] .", "I'm done now.") == "done now .")
        #expect(try firstMatch("done [$|now] .", "I'm done soon.") == nil)
    }

    @Test("a broken pattern is reported with its text", arguments: [
        "a [b", "a ]", "@missing x", "*x y", "[a||b]", "a [b|$]?", "a b|$?", "a [b $|c]",
    ])
    func badPatterns(pattern: String) {
        #expect(throws: PhraseMatcher<String>.PatternError.self) {
            _ = try PhraseMatcher([(pattern, "x")])
        }
    }
}
