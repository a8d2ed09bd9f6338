import Domain
import Testing

@Suite("WordMap: words looked up by the hash each token carries")
struct WordMapTests {
    @Test("every word is found, by string and by token, and other words are not")
    func findsWhatItHolds() {
        let words = (0..<2_000).map { "word\($0)" } + ["i", "i'm", "…", "café", "😂"]
        let map = WordMap(words.enumerated().map { ($0.element, $0.offset) })
        for (number, word) in words.enumerated() {
            #expect(map[word] == number)
        }
        for token in Tokenizer.tokenize("word7 word1999, i'm here") where token.kind != .punct {
            #expect(map[token] == map[token.text])
        }
        #expect(map["word2000"] == nil)
        #expect(map["here"] == nil)
        #expect(map[""] == nil)
    }

    @Test("a word given twice keeps its last value")
    func lastValueWins() {
        let map = WordMap([("no", 1), ("no", 2), ("nope", 3)])
        #expect(map["no"] == 2)
        #expect(map["nope"] == 3)
    }

    @Test("a token's key changes with its text, so merged marks are still found")
    func tokenKeysFollowTheirText() {
        let tokens = Tokenizer.tokenize("well... ok")
        let ellipsis = tokens.first { $0.text == "…" }
        #expect(ellipsis != nil)
        #expect(ellipsis.map { WordSet(["…"]).contains($0) } == true)
    }
}
