import Domain
import Testing

@Suite("Tokenizer")
struct TokenizerTests {
    @Test("offsets point back at the original characters")
    func offsets() {
        let text = "Café, I’m “fine” 🙂 — really!"
        for token in Tokenizer.tokenize(text) where token.kind == .word {
            let original = text.utf16Slice(token.start, token.end)
            #expect(!original.isEmpty)
        }
        let words = Tokenizer.tokenize(text).filter { $0.kind == .word }.map(\.text)
        #expect(words == ["cafe", "i'm", "fine", "really"])
    }

    @Test("invisible characters, look-alike letters and digits inside words are read through", arguments: [
        ("k\u{200B}ill", "kill"), ("su\u{200D}icide", "suicide"), ("kіll", "kill"), ("k1ll", "kill"),
        ("ｋｉｌｌ", "kill"), ("sel\u{00AD}f", "self"), ("KILL", "kill"), ("dont", "don't"), ("I’m", "i'm"),
    ])
    func normalises(input: String, expected: String) {
        let tokens = Tokenizer.tokenize(input)
        #expect(tokens.map(\.text) == [expected])
        #expect(tokens.first?.start == 0)
        #expect(tokens.first?.end == input.utf16.count)
    }

    @Test("a hyphen inside a word joins, a dash between words does not")
    func hyphens() {
        #expect(Tokenizer.tokenize("self-harm").map(\.text) == ["self", "harm"])
        #expect(Tokenizer.tokenize("well - no").map(\.text) == ["well", "-", "no"])
    }

    @Test("sentences are counted at . ! ? and line breaks")
    func sentences() {
        let tokens = Tokenizer.tokenize("No. I can't!\nFine")
        #expect(tokens.filter { $0.kind == .word }.map(\.sentence) == [0, 1, 1, 2])
    }

    @Test("slang expands to several words over the same characters")
    func expansions() {
        let tokens = Tokenizer.tokenize("tbh no")
        #expect(tokens.map(\.text) == ["to", "be", "honest", "no"])
        #expect(tokens[0].start == 0 && tokens[2].end == 3)
    }

    /// Reading disguises, single quotation marks become `'` tokens, apart from double marks and from
    /// apostrophes inside, after or before a word.
    @Test("single quotation marks are told from apostrophes", arguments: [
        ("she said 'fine' and left", "she said ' fine ' and left"),
        ("she said ‘fine’ and left", "she said ' fine ' and left"),
        // ’ is the usual curly apostrophe, so it opens no quotation ("’em"), and closes none unopened.
        ("she said ’fine’ and left", "she said fine and left"),
        ("he said \"it's 'fine'\"", "he said \" it's ' fine ' \""),
        ("don't, it's the students' fault", "don't , it's the students fault"),
        ("'cause rock 'n' roll", "cause rock n roll"),
        ("dogs' bowls, 'em too", "dogs bowls , em too"),
    ])
    func singleQuotes(input: String, expected: String) {
        #expect(Tokenizer.tokenize(input, readingDisguises: true).map(\.text).joined(separator: " ") == expected)
        // The plain reading drops them.
        #expect(!Tokenizer.tokenize(input).contains { $0.text == "'" })
    }

    @Test("capitals and stretched letters are remembered")
    func shape() {
        let tokens = Tokenizer.tokenize("STOP soooo")
        #expect(tokens[0].isAllCaps)
        #expect(tokens[1].isElongated)
        #expect(tokens[1].text == "soo")
    }

    /// Lowercase letters are read a run at a time; a run must carry on what the characters before it
    /// started: a stretched letter across a capital, an apostrophe or a mask.
    @Test("a run of lowercase letters carries on the word before it", arguments: [
        ("Sooooo", "soo", true), ("nooO", "noo", true), ("don't", "don't", false),
        ("k*ll", "kill", false), ("su!cide", "suicide", false), ("café", "cafe", false), ("aaa'aaa", "aa'aa", true),
    ])
    func letterRuns(input: String, text: String, elongated: Bool) {
        let tokens = Tokenizer.tokenize(input, readingDisguises: true)
        #expect(tokens.map(\.text) == [text])
        #expect(tokens.first?.isElongated == elongated)
        #expect(tokens.first?.start == 0 && tokens.first?.end == input.utf16.count)
    }
}
