import Foundation

/// Finds phrases in a token stream, written in a small pattern language:
///
/// - words separated by spaces must appear in order: `i feel`;
/// - `a|b|c` matches any one of the words;
/// - `[my life|it all|myself]` matches any one of the phrases (groups may not nest);
/// - a trailing `?` makes a slot optional: `i really? need`;
/// - `*` skips up to three words, `*5` up to five (never across punctuation);
/// - a trailing `~` matches by prefix: `kill~` matches kill, killed, killing;
/// - `@name` stands for a named word list given at compile time: `@feeling`;
/// - `^` matches at the start of a sentence or clause (after , ; : - or a quote mark); `$` at a sentence's end;
/// - `!`, `?!` (a literal question mark), `,`, `.` match that punctuation.
///
/// Patterns are compiled once; matching indexes them by their first word, so checking a text costs
/// about one dictionary look-up per token.
public struct PhraseMatcher<Tag: Sendable>: Sendable {
    public struct Match: Sendable {
        public var tag: Tag
        /// Index of the first matched token.
        public var first: Int
        /// Index of the last matched token.
        public var last: Int
        /// Which entry matched, as its index in the list given to `init`.
        public var pattern: Int
    }

    /// A pattern that could not be compiled, with the reason.
    public typealias PatternError = PhraseCore.PatternError

    private let core: PhraseCore
    private let tags: [Tag]

    public init(_ entries: [(pattern: String, tag: Tag)], sets: [String: [String]] = [:]) throws {
        core = try PhraseCore(entries.map(\.pattern), sets: sets)
        tags = entries.map(\.tag)
    }

    /// Every match, at most one per pattern and start token, in token order.
    public func matches(in tokens: [Token]) -> [Match] {
        core.matches(in: tokens).map { Match(tag: tags[$0.pattern], first: $0.first, last: $0.last, pattern: $0.pattern) }
    }
}

/// The non-generic engine behind `PhraseMatcher`, so the hot loop is compiled once, specialised,
/// rather than run through generic witness tables from other modules.
public struct PhraseCore: Sendable {
    /// One match: the entry number and the first and last token.
    public struct Match: Sendable {
        public var first: Int
        public var last: Int
        public var pattern: Int
    }

    enum Slot: Sendable {
        case words(Set<String>)
        /// One of several word sequences: a `[...]` group.
        case phrases([[String]])
        case prefixes([String])
        case punct(String)
        case gap(Int)
        case sentenceStart
        case sentenceEnd
    }

    struct Pattern: Sendable {
        var slots: [(slot: Slot, optional: Bool)]
    }

    /// A slot after compilation: words are numbered once, so matching compares integers and tests
    /// bits instead of hashing strings.
    struct FlatSlot: Sendable {
        enum Kind: UInt8, Sendable { case words, phrases, prefixes, punct, gap, sentenceStart, sentenceEnd }
        var kind: Kind
        var optional: Bool
        /// words: bitset number; phrases: first range; prefixes: list number; punct: word number; gap: length.
        var a: Int32
        /// phrases: number of ranges.
        var b: Int32
    }

    struct PhraseRange: Sendable {
        var start: Int32
        var count: Int32
    }

    struct Bitset: Sendable {
        var bits: [UInt64]
        init(_ ids: [Int32], size: Int) {
            bits = Array(repeating: 0, count: (size + 63) / 64)
            for id in ids { bits[Int(id) >> 6] |= 1 << (UInt64(id) & 63) }
        }
        @inline(__always) func contains(_ id: Int32) -> Bool {
            id >= 0 && (bits[Int(id) >> 6] >> (UInt64(id) & 63)) & 1 == 1
        }
    }

    /// All patterns' slots laid end to end as plain values, so matching does no reference counting.
    private let slots: [FlatSlot]
    private let patternStart: [Int32]
    private let patternEnd: [Int32]
    private let bitPool: [UInt64]
    private let bitWords: Int
    private let phraseRanges: [PhraseRange]
    private let phraseWords: [Int32]
    private let prefixLists: [[String]]
    /// For each word number, the required slots (a non-optional word or phrase slot) it can fill.
    private let postings: [[Int32]]
    /// The pattern each required slot belongs to, and how many required slots each pattern has.
    private let requiredSlotPattern: [Int32]
    private let requiredCount: [Int32]
    private let vocabulary: [String: Int32]
    /// Patterns by the number of a word they can start with.
    private let byFirstWord: [[Int]]
    private let unindexed: [Int]
    private let entryNumbers: [Int]

    /// A pattern that could not be compiled, with the reason.
    public struct PatternError: Error, CustomStringConvertible {
        public var pattern: String
        public var reason: String
        public var description: String { "bad phrase pattern \"\(pattern)\": \(reason)" }
    }

    public init(_ entries: [String], sets: [String: [String]] = [:]) throws {
        var compiled: [Pattern] = []
        for entry in entries { compiled.append(try Self.compile(entry, sets: sets)) }

        // Number every word and mark the patterns can test.
        var vocabulary: [String: Int32] = [:]
        func id(_ word: String) -> Int32 {
            if let known = vocabulary[word] { return known }
            let next = Int32(vocabulary.count)
            vocabulary[word] = next
            return next
        }
        for pattern in compiled {
            for (slot, _) in pattern.slots {
                switch slot {
                case .words(let words): for word in words.sorted() { _ = id(word) }
                case .phrases(let phrases): for phrase in phrases { for word in phrase { _ = id(word) } }
                case .punct(let mark): _ = id(mark)
                default: break
                }
            }
        }
        let size = vocabulary.count
        let bitWords = (size + 63) / 64
        var flat: [FlatSlot] = []
        var starts: [Int32] = []
        var ends: [Int32] = []
        var bitPool: [UInt64] = []
        var phraseRanges: [PhraseRange] = []
        var phraseWords: [Int32] = []
        var prefixLists: [[String]] = []
        var index = Array(repeating: [Int](), count: size)
        var unindexed: [Int] = []
        for (number, pattern) in compiled.enumerated() {
            starts.append(Int32(flat.count))
            for (slot, optional) in pattern.slots {
                switch slot {
                case .words(let words):
                    let bitset = Bitset(words.map { vocabulary[$0]! }, size: size)
                    flat.append(FlatSlot(kind: .words, optional: optional, a: Int32(bitPool.count / max(bitWords, 1)), b: 0))
                    bitPool += bitset.bits
                case .phrases(let phrases):
                    flat.append(FlatSlot(kind: .phrases, optional: optional, a: Int32(phraseRanges.count), b: Int32(phrases.count)))
                    for phrase in phrases {
                        phraseRanges.append(PhraseRange(start: Int32(phraseWords.count), count: Int32(phrase.count)))
                        phraseWords += phrase.map { vocabulary[$0]! }
                    }
                case .prefixes(let list):
                    flat.append(FlatSlot(kind: .prefixes, optional: optional, a: Int32(prefixLists.count), b: 0))
                    prefixLists.append(list)
                case .punct(let mark):
                    flat.append(FlatSlot(kind: .punct, optional: optional, a: vocabulary[mark]!, b: 0))
                case .gap(let n):
                    flat.append(FlatSlot(kind: .gap, optional: false, a: Int32(n), b: 0))
                case .sentenceStart:
                    flat.append(FlatSlot(kind: .sentenceStart, optional: false, a: 0, b: 0))
                case .sentenceEnd:
                    flat.append(FlatSlot(kind: .sentenceEnd, optional: false, a: 0, b: 0))
                }
            }
            ends.append(Int32(flat.count))
            if let words = Self.firstWords(pattern) {
                for word in words { index[Int(vocabulary[word]!)].append(number) }
            } else {
                unindexed.append(number)
            }
        }
        self.slots = flat
        self.patternStart = starts
        self.patternEnd = ends
        self.bitPool = bitPool
        self.bitWords = max(bitWords, 1)
        self.phraseRanges = phraseRanges
        self.phraseWords = phraseWords
        self.prefixLists = prefixLists

        // An inverted index from words to the slots they fill: a pattern is only tried on a text that
        // has, somewhere, a word for each of its required slots.
        var postings = Array(repeating: [Int32](), count: size)
        var requiredSlotPattern: [Int32] = []
        var requiredCount = Array(repeating: Int32(0), count: compiled.count)
        for (number, pattern) in compiled.enumerated() {
            for (slot, optional) in pattern.slots where !optional {
                var words: Set<String>
                switch slot {
                case .words(let set): words = set
                case .phrases(let phrases): words = Set(phrases.compactMap(\.first))
                default: continue
                }
                let required = Int32(requiredSlotPattern.count)
                requiredSlotPattern.append(Int32(number))
                requiredCount[number] += 1
                for word in words { postings[Int(vocabulary[word]!)].append(required) }
            }
        }
        self.postings = postings
        self.requiredSlotPattern = requiredSlotPattern
        self.requiredCount = requiredCount
        self.vocabulary = vocabulary
        self.byFirstWord = index
        self.unindexed = unindexed
        self.entryNumbers = Array(entries.indices)
    }

    /// The words a match can start with, when they are known, so the pattern can be indexed.
    /// A leading `^` is looked through: it consumes no token.
    static func firstWords(_ pattern: Pattern) -> Set<String>? {
        var slots = pattern.slots[...]
        if case .sentenceStart? = slots.first?.slot { slots = slots.dropFirst() }
        guard let first = slots.first, !first.optional else { return nil }
        switch first.slot {
        case .words(let words): return words
        case .phrases(let phrases): return Set(phrases.compactMap(\.first))
        default: return nil
        }
    }

    /// Splits a pattern into slot sources, keeping `[...]` groups together.
    static func slotSources(_ source: String) throws -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for character in source {
            switch character {
            case "[":
                if depth > 0 { throw PatternError(pattern: source, reason: "nested groups") }
                depth += 1
                current.append(character)
            case "]":
                if depth == 0 { throw PatternError(pattern: source, reason: "unbalanced ]") }
                depth -= 1
                current.append(character)
            case " " where depth == 0:
                if !current.isEmpty { parts.append(current); current = "" }
            default:
                current.append(character)
            }
        }
        if depth != 0 { throw PatternError(pattern: source, reason: "unbalanced [") }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    static func compile(_ source: String, sets: [String: [String]]) throws -> Pattern {
        var slots: [(Slot, Bool)] = []
        for raw in try slotSources(source) {
            var part = raw
            if part.hasPrefix("[") {
                var optional = false
                if part.hasSuffix("]?") { optional = true; part.removeLast() }
                guard part.hasSuffix("]") else { throw PatternError(pattern: source, reason: "text after ] in \(part)") }
                var phrases: [[String]] = []
                for alternative in part.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false) {
                    let words = alternative.split(separator: " ").map(String.init)
                    guard !words.isEmpty else { throw PatternError(pattern: source, reason: "empty alternative in group") }
                    phrases.append(words)
                }
                slots.append((.phrases(phrases), optional))
                continue
            }
            if part == "^" { slots.append((.sentenceStart, false)); continue }
            if part == "$" { slots.append((.sentenceEnd, false)); continue }
            if part == "?!" { slots.append((.punct("?"), false)); continue }
            if ["!", ",", ".", "…", "\""].contains(part) { slots.append((.punct(part), false)); continue }
            if part.hasPrefix("*") {
                let n = part.count == 1 ? 3 : Int(part.dropFirst())
                guard let n, n > 0 else { throw PatternError(pattern: source, reason: "bad gap \(part)") }
                slots.append((.gap(n), false))
                continue
            }
            var optional = false
            if part.hasSuffix("?") { optional = true; part.removeLast() }
            var alternatives: [String] = []
            var prefixes: [String] = []
            for alternative in part.split(separator: "|") {
                if alternative.hasPrefix("@") {
                    guard let list = sets[String(alternative.dropFirst())] else {
                        throw PatternError(pattern: source, reason: "unknown set \(alternative)")
                    }
                    for word in list {
                        if word.hasSuffix("~") { prefixes.append(String(word.dropLast())) } else { alternatives.append(word) }
                    }
                } else if alternative.hasSuffix("~") {
                    prefixes.append(String(alternative.dropLast()))
                } else {
                    alternatives.append(String(alternative))
                }
            }
            guard !alternatives.isEmpty || !prefixes.isEmpty else {
                throw PatternError(pattern: source, reason: "empty slot")
            }
            if prefixes.isEmpty {
                slots.append((.words(Set(alternatives)), optional))
            } else {
                slots.append((.prefixes(prefixes + alternatives.map { $0 + "\u{0}" }), optional))
            }
        }
        guard !slots.isEmpty else { throw PatternError(pattern: source, reason: "empty pattern") }
        return Pattern(slots: slots)
    }

    /// Every match, at most one per pattern and start token, in token order.
    public func matches(in tokens: [Token]) -> [Match] {
        var found: [Match] = []
        guard !tokens.isEmpty else { return found }
        let text = Text(tokens: tokens, vocabulary: vocabulary)
        // Which patterns could match at all, from the words present.
        var filled = [Bool](repeating: false, count: requiredSlotPattern.count)
        var filledCount = [Int32](repeating: 0, count: requiredCount.count)
        for id in text.ids where id >= 0 {
            for slot in postings[Int(id)] where !filled[Int(slot)] {
                filled[Int(slot)] = true
                filledCount[Int(requiredSlotPattern[Int(slot)])] += 1
            }
        }
        let ids = text.ids
        for start in tokens.indices {
            if ids[start] >= 0 {
                for p in byFirstWord[Int(ids[start])] where filledCount[p] == requiredCount[p] {
                    if let last = match(Int(patternStart[p]), end: Int(patternEnd[p]), at: start, in: text, lastMatched: start - 1) {
                        found.append(Match(first: start, last: last, pattern: entryNumbers[p]))
                    }
                }
            }
            for p in unindexed where filledCount[p] == requiredCount[p] {
                if let last = match(Int(patternStart[p]), end: Int(patternEnd[p]), at: start, in: text, lastMatched: start - 1),
                    last >= start
                {
                    found.append(Match(first: start, last: last, pattern: entryNumbers[p]))
                }
            }
        }
        return found
    }

    /// The tokens of one text, with what the matcher tests laid out flat so the hot loop touches no
    /// strings: word numbers, whether each token is a word, and where sentences and clauses start.
    struct Text {
        let tokens: [Token]
        let ids: [Int32]
        let isWord: [Bool]
        let sentence: [Int32]
        /// The token starts a sentence or a clause (after , ; : - " ( …).
        let startsClause: [Bool]
        /// The token is sentence-final punctuation.
        let endsSentence: [Bool]

        init(tokens: [Token], vocabulary: [String: Int32]) {
            self.tokens = tokens
            var ids: [Int32] = []
            var isWord: [Bool] = []
            var sentence: [Int32] = []
            var startsClause: [Bool] = []
            var endsSentence: [Bool] = []
            ids.reserveCapacity(tokens.count)
            for (i, token) in tokens.enumerated() {
                ids.append(vocabulary[token.text] ?? -1)
                isWord.append(token.isWord)
                sentence.append(Int32(token.sentence))
                let previous = i > 0 ? tokens[i - 1] : nil
                startsClause.append(
                    previous == nil || previous!.sentence != token.sentence
                        || (previous!.kind == .punct && phraseClauseMarks.contains(previous!.text)))
                endsSentence.append(token.kind == .punct && sentenceEnders.contains(token.text))
            }
            self.ids = ids
            self.isWord = isWord
            self.sentence = sentence
            self.startsClause = startsClause
            self.endsSentence = endsSentence
        }
    }

    /// Tries to match the slots from `slot` to `end` at token `position`; returns the last token index used.
    private func match(_ slot: Int, end: Int, at position: Int, in text: Text, lastMatched: Int) -> Int? {
        if slot == end { return lastMatched }
        let count = text.ids.count
        let current = slots[slot]
        switch current.kind {
        case .sentenceStart:
            guard position < count, text.startsClause[position] else { return nil }
            return match(slot + 1, end: end, at: position, in: text, lastMatched: lastMatched)
        case .sentenceEnd:
            let atEnd = position >= count || text.sentence[position] != text.sentence[max(lastMatched, 0)]
                || text.endsSentence[position]
            return atEnd ? match(slot + 1, end: end, at: position, in: text, lastMatched: lastMatched) : nil
        case .gap:
            var p = position
            for _ in 0...Int(current.a) {
                if let last = match(slot + 1, end: end, at: p, in: text, lastMatched: lastMatched) { return last }
                guard p < count, text.isWord[p] else { return nil }
                p += 1
            }
            return nil
        case .phrases:
            for r in Int(current.a)..<Int(current.a + current.b) {
                let range = phraseRanges[r]
                let length = Int(range.count)
                guard position + length <= count else { continue }
                var fits = true
                for k in 0..<length where text.ids[position + k] != phraseWords[Int(range.start) + k] {
                    fits = false
                    break
                }
                if fits, let last = match(slot + 1, end: end, at: position + length, in: text, lastMatched: position + length - 1) {
                    return last
                }
            }
            return current.optional ? match(slot + 1, end: end, at: position, in: text, lastMatched: lastMatched) : nil
        case .words, .prefixes, .punct:
            if position < count, accepts(current, at: position, in: text),
                let last = match(slot + 1, end: end, at: position + 1, in: text, lastMatched: position)
            {
                return last
            }
            return current.optional ? match(slot + 1, end: end, at: position, in: text, lastMatched: lastMatched) : nil
        }
    }

    @inline(__always)
    private func accepts(_ slot: FlatSlot, at position: Int, in text: Text) -> Bool {
        let id = text.ids[position]
        switch slot.kind {
        case .words:
            guard id >= 0 else { return false }
            let word = Int(slot.a) * bitWords + Int(id) >> 6
            return (bitPool[word] >> (UInt64(id) & 63)) & 1 == 1
        case .punct:
            return id == slot.a && !text.isWord[position]
        case .prefixes:
            let token = text.tokens[position]
            guard token.kind != .punct else { return false }
            for entry in prefixLists[Int(slot.a)] {
                if entry.hasSuffix("\u{0}") {
                    if token.text == entry.dropLast() { return true }
                } else if token.text.hasPrefix(entry) {
                    return true
                }
            }
            return false
        default:
            return false
        }
    }
}

private let sentenceEnders: Set<String> = [".", "!", "?", "…"]

/// Punctuation after which a new clause starts, for `^` in phrase patterns.
private let phraseClauseMarks: Set<String> = [",", ";", ":", "-", "\"", "(", "…"]
