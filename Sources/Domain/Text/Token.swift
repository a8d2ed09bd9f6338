/// One unit of text after normalisation, with its place in the original string.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable, Hashable {
        /// Letters, possibly with digits, apostrophes inside ("don't"), already folded.
        case word
        /// Only digits.
        case number
        /// One of . ! ? , ; : … " ( ) -, or ' for a single quotation mark (read only when reading
        /// disguises, see `Tokenizer.tokenize`).
        case punct
        /// One emoji or pictograph.
        case emoji
    }

    public var kind: Kind
    /// The normalised text: lower case, accents and look-alike letters folded, invisible characters
    /// dropped, contractions written with an apostrophe ("dont" → "don't"), long letter runs cut to two.
    public private(set) var text: String
    /// The hash of `text`, for `WordMap` look-ups.
    public private(set) var key: WordKey
    /// UTF-16 offset of the first code unit in the original string.
    public var start: Int
    /// UTF-16 offset one past the last code unit in the original string.
    public var end: Int
    /// The original spelling had two or more letters, all upper case ("STOP").
    public var isAllCaps: Bool
    /// The original spelling stretched a letter three or more times ("soooo").
    public var isElongated: Bool
    /// Which sentence the token is in, counting from 0.
    public var sentence: Int

    public init(
        kind: Kind, text: String, start: Int, end: Int,
        isAllCaps: Bool = false, isElongated: Bool = false, sentence: Int = 0
    ) {
        self.kind = kind
        self.text = text
        self.key = WordKey(text)
        self.start = start
        self.end = end
        self.isAllCaps = isAllCaps
        self.isElongated = isElongated
        self.sentence = sentence
    }

    /// A token whose key was worked out already.
    init(kind: Kind, text: String, key: WordKey, start: Int, end: Int, isAllCaps: Bool, isElongated: Bool, sentence: Int) {
        self.kind = kind
        self.text = text
        self.key = key
        self.start = start
        self.end = end
        self.isAllCaps = isAllCaps
        self.isElongated = isElongated
        self.sentence = sentence
    }

    /// Replaces the text (and its key); the tokenizer uses it to merge "..." into one mark.
    mutating func replaceText(_ newText: String) {
        text = newText
        key = WordKey(newText)
    }

    public var isWord: Bool { kind == .word || kind == .number }
}
