import Foundation

/// Finds phrases in a token stream, written in a small pattern language:
///
/// - words separated by spaces must appear in order: `i feel`;
/// - `a|b|c` matches any one of the words;
/// - `[my life|it all|myself]` matches any one of the phrases (groups may not nest);
/// - a trailing `?` makes a slot optional: `i really? need`;
/// - `$` among a slot's alternatives also lets the pattern end there, at a sentence's end:
///   `end it [$|tonight|,]` is `end it [tonight|,]` and `end it $`, each found where it fits;
/// - `*` skips up to three words, `*5` up to five (never across punctuation);
/// - a trailing `~` matches by prefix: `kill~` matches kill, killed, killing;
/// - `@name` stands for a named word list given at compile time: `@feeling`;
/// - `^` matches at the start of a sentence or clause (after , ; : - or a quote mark); `$` at a sentence's end;
/// - `!`, `?!` (a literal question mark), `,`, `.`, `"` and `'` (quotation marks) match that punctuation.
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

        @inlinable
        public init(tag: Tag, first: Int, last: Int, pattern: Int) {
            self.tag = tag
            self.first = first
            self.last = last
            self.pattern = pattern
        }
    }

    /// A pattern that could not be compiled, with the reason.
    public typealias PatternError = PhraseCore.PatternError

    @usableFromInline let core: PhraseCore
    @usableFromInline let tags: [Tag]

    public init(_ entries: [(pattern: String, tag: Tag)], sets: [String: [String]] = [:]) throws {
        core = try PhraseCore(entries.map(\.pattern), sets: sets)
        tags = entries.map(\.tag)
    }

    /// Every match in token order: at most one per pattern and start token, or one for each way a
    /// pattern with a `$` alternative can end. (Inlinable, so each
    /// caller gets a copy specialised for its tag type instead of generic code.)
    @inlinable
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

    /// All patterns' slots laid end to end as plain values, so matching does no reference counting.
    private let slots: [FlatSlot]
    private let patternStart: [Int32]
    private let patternEnd: [Int32]
    private let bitPool: [UInt64]
    private let bitWords: Int
    private let phraseRanges: [PhraseRange]
    private let phraseWords: [Int32]
    /// For a group slot (its first range) and a word number, where the alternatives starting with that
    /// word begin among the ranges and how many there are, as start << 16 | count.
    private let phraseStarts: PairTable
    private let prefixLists: [PrefixList]
    /// For each word number, the anchor slots it can fill, each as pattern << 2 | the anchor's bit.
    private let postings: FlatLists
    /// For each pattern, the bits of all its anchors: it can match only when a text fills them all.
    private let anchorMask: [UInt8]
    private let vocabulary: WordMap<Int32>
    private let vocabularySize: Int
    /// Patterns by the number of a word they can start with, when any token may follow it.
    private let byFirstWord: FlatLists
    /// Patterns by the numbers of the two words they can start with (first << 32 | second), as
    /// lists in `bySecondWord`: most patterns are pinned down by their first two words, so a text
    /// tries only those whose opening pair it has.
    private let firstPairs: PairTable
    private let bySecondWord: FlatLists
    private let unindexed: [Int]
    /// For an unindexed pattern that starts with a `~` slot, the bytes its words can start with.
    private let unindexedFirstBytes: [ByteSet?]
    /// For each pattern, the entry it was compiled from.
    private let entryOf: [Int32]

    public init(_ entries: [String], sets: [String: [String]] = [:]) throws {
        // An entry may stand for more than one pattern (one per way it can end); each match names its entry.
        var compiled: [Pattern] = []
        var entryOf: [Int32] = []
        for (number, entry) in entries.enumerated() {
            let patterns = try Self.compile(entry, sets: sets).endings
            compiled += patterns
            entryOf += Array(repeating: Int32(number), count: patterns.count)
        }

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
        var phraseFirst: [Int32] = []
        var phraseSlot: [Int32] = []
        var prefixLists: [PrefixList] = []
        var index = Array(repeating: [Int32](), count: size)
        var pairIndex: [UInt64: [Int32]] = [:]
        var unindexed: [Int] = []
        var unindexedFirstBytes: [ByteSet?] = []
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
                    // Ordered by first word (stably, so alternatives that start alike keep their order),
                    // so matching can go straight to the ones that start with the token's word.
                    let numbered = phrases.map { $0.map { vocabulary[$0]! } }.enumerated()
                        .sorted { ($0.element[0], $0.offset) < ($1.element[0], $1.offset) }.map(\.element)
                    for phrase in numbered {
                        phraseRanges.append(PhraseRange(start: Int32(phraseWords.count), count: Int32(phrase.count)))
                        phraseFirst.append(phrase[0])
                        phraseSlot.append(Int32(flat.last!.a))
                        phraseWords += phrase
                    }
                case .prefixes(let list):
                    flat.append(FlatSlot(kind: .prefixes, optional: optional, a: Int32(prefixLists.count), b: 0))
                    prefixLists.append(PrefixList(list))
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
                for word in words {
                    let first = UInt64(vocabulary[word]!)
                    if let seconds = Self.secondWords(pattern, after: word) {
                        for second in seconds { pairIndex[first << 32 | UInt64(vocabulary[second]!), default: []].append(Int32(number)) }
                    } else {
                        index[Int(first)].append(Int32(number))
                    }
                }
            } else {
                unindexed.append(number)
                unindexedFirstBytes.append(Self.firstBytes(pattern))
            }
        }
        self.slots = flat
        self.patternStart = starts
        self.patternEnd = ends
        self.bitPool = bitPool
        self.bitWords = max(bitWords, 1)
        self.phraseRanges = phraseRanges
        self.phraseWords = phraseWords
        var groupStarts: [(UInt64, Int)] = []
        var r = 0
        while r < phraseFirst.count {
            var n = 1
            while r + n < phraseFirst.count, phraseFirst[r + n] == phraseFirst[r], phraseSlot[r + n] == phraseSlot[r] { n += 1 }
            groupStarts.append((UInt64(phraseSlot[r]) << 32 | UInt64(phraseFirst[r]), r << 16 | n))
            r += n
        }
        self.phraseStarts = PairTable(groupStarts)
        self.prefixLists = prefixLists

        // An inverted index from words to the slots they fill: a pattern is only tried on a text that
        // has, somewhere, a word for each of its anchor slots. The anchors are a pattern's three rarest
        // required slots, rarity judged by how many patterns their words can fill (so "suicide" rather
        // than "i"): common words then carry short postings, and the rare slots do the filtering.
        func requiredSlots(_ pattern: Pattern) -> [Set<String>] {
            pattern.slots.compactMap { slot, optional in
                guard !optional else { return nil }
                switch slot {
                case .words(let set): return set
                case .phrases(let phrases): return Set(phrases.compactMap(\.first))
                default: return nil
                }
            }
        }
        var reach = [Int](repeating: 0, count: size)
        for pattern in compiled {
            for words in requiredSlots(pattern) { for word in words { reach[Int(vocabulary[word]!)] += 1 } }
        }
        var postings = Array(repeating: [Int32](), count: size)
        var anchorMask = Array(repeating: UInt8(0), count: compiled.count)
        for (number, pattern) in compiled.enumerated() {
            var slots = requiredSlots(pattern)
            // An indexed pattern is only tried where its first word stands, so that slot is checked already.
            if Self.firstWords(pattern) != nil, !slots.isEmpty { slots.removeFirst() }
            let anchors = slots.map { words in (words, words.reduce(0) { $0 + reach[Int(vocabulary[$1]!)] }) }
                .sorted { $0.1 < $1.1 }.prefix(3)
            for (bit, (words, _)) in anchors.enumerated() {
                anchorMask[number] |= 1 << UInt8(bit)
                for word in words { postings[Int(vocabulary[word]!)].append(Int32(number << 2 | bit)) }
            }
        }
        self.postings = FlatLists(postings)
        // `matches` reads postings through unchecked buffers: every item must name a pattern.
        precondition(self.postings.items.allSatisfy { $0 >= 0 && Int($0 >> 2) < anchorMask.count })
        self.anchorMask = anchorMask
        self.vocabulary = WordMap(vocabulary)
        self.vocabularySize = vocabulary.count
        self.byFirstWord = FlatLists(index)
        let pairs = pairIndex.keys.sorted()
        self.firstPairs = PairTable(pairs.enumerated().map { ($0.element, $0.offset) })
        self.bySecondWord = FlatLists(pairs.map { pairIndex[$0]! })
        self.unindexed = unindexed
        self.unindexedFirstBytes = unindexedFirstBytes
        self.entryOf = entryOf
    }

    /// Every match in token order: at most one per entry and start token, or one for each way the
    /// entry can end (see `Pattern.endings`).
    public func matches(in tokens: [Token]) -> [Match] {
        var found: [Match] = []
        guard !tokens.isEmpty else { return found }
        found.reserveCapacity(32)
        let text = Text(tokens: tokens, vocabulary: vocabulary)
        // Which patterns could match at all, from the words present.
        var filled = [UInt8](repeating: 0, count: anchorMask.count)
        var seenWords = [UInt64](repeating: 0, count: (vocabularySize + 63) / 64)
        // Through raw buffers: with array subscripts the compiler reloaded `filled`'s storage after
        // every store, and this loop visits a few thousand postings per text.
        filled.withUnsafeMutableBufferPointer { filled in
            postings.items.withUnsafeBufferPointer { items in
                for id in text.ids where id >= 0 {
                    let bit: UInt64 = 1 << UInt64(id & 63)
                    guard seenWords[Int(id) >> 6] & bit == 0 else { continue }
                    seenWords[Int(id) >> 6] |= bit
                    for k in postings.range(Int(id)) {
                        let item = items[k]
                        filled[Int(item >> 2)] |= 1 << UInt8(item & 3)
                    }
                }
            }
        }
        let ids = text.ids
        for start in tokens.indices {
            if ids[start] >= 0 {
                // The patterns any token may follow, and those pinned to this pair of words, merged
                // back into pattern order.
                var any = byFirstWord.range(Int(ids[start]))
                var pinned = 0..<0
                if start + 1 < ids.count, ids[start + 1] >= 0,
                    let list = firstPairs[UInt64(ids[start]) << 32 | UInt64(ids[start + 1])]
                {
                    pinned = bySecondWord.range(list)
                }
                while !any.isEmpty || !pinned.isEmpty {
                    let p: Int
                    if pinned.isEmpty || (!any.isEmpty && byFirstWord.items[any.lowerBound] < bySecondWord.items[pinned.lowerBound]) {
                        p = Int(byFirstWord.items[any.lowerBound])
                        any = any.dropFirst()
                    } else {
                        p = Int(bySecondWord.items[pinned.lowerBound])
                        pinned = pinned.dropFirst()
                    }
                    guard filled[p] == anchorMask[p] else { continue }
                    if let last = match(Int(patternStart[p]), end: Int(patternEnd[p]), at: start, in: text, lastMatched: start - 1) {
                        found.append(Match(first: start, last: last, pattern: Int(entryOf[p])))
                    }
                }
            }
            for k in unindexed.indices {
                let p = unindexed[k]
                guard filled[p] == anchorMask[p] else { continue }
                if let bytes = unindexedFirstBytes[k], !bytes.contains(tokens[start].text.utf8.first ?? 0) { continue }
                if let last = match(Int(patternStart[p]), end: Int(patternEnd[p]), at: start, in: text, lastMatched: start - 1),
                    last >= start
                {
                    found.append(Match(first: start, last: last, pattern: Int(entryOf[p])))
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
        let sentence: [Int32]
        /// Per token, the `Flag` bits: one array instead of three, so a text costs fewer allocations.
        let flags: [UInt8]

        enum Flag {
            static let isWord: UInt8 = 1
            /// The token starts a sentence or a clause (after , ; : - " ' ( …).
            static let startsClause: UInt8 = 2
            /// The token is sentence-final punctuation.
            static let endsSentence: UInt8 = 4
        }

        @inline(__always) func isWord(_ i: Int) -> Bool { flags[i] & Flag.isWord != 0 }
        @inline(__always) func startsClause(_ i: Int) -> Bool { flags[i] & Flag.startsClause != 0 }
        @inline(__always) func endsSentence(_ i: Int) -> Bool { flags[i] & Flag.endsSentence != 0 }

        init(tokens: [Token], vocabulary: WordMap<Int32>) {
            self.tokens = tokens
            var ids: [Int32] = []
            var sentence: [Int32] = []
            var flags: [UInt8] = []
            ids.reserveCapacity(tokens.count)
            sentence.reserveCapacity(tokens.count)
            flags.reserveCapacity(tokens.count)
            for i in tokens.indices {
                let kind = tokens[i].kind
                ids.append(vocabulary[tokens[i]] ?? -1)
                let sentenceNumber = tokens[i].sentence
                sentence.append(Int32(sentenceNumber))
                var bits: UInt8 = kind == .word || kind == .number ? Flag.isWord : 0
                if i == 0 || tokens[i - 1].sentence != sentenceNumber
                    || (tokens[i - 1].kind == .punct && phraseClauseMarks.contains(tokens[i - 1]))
                {
                    bits |= Flag.startsClause
                }
                if kind == .punct && sentenceEnders.contains(tokens[i]) { bits |= Flag.endsSentence }
                flags.append(bits)
            }
            self.ids = ids
            self.sentence = sentence
            self.flags = flags
        }
    }

    /// Tries to match the slots from `slot` to `end` at token `position`; returns the last token index used.
    private func match(_ slot: Int, end: Int, at position: Int, in text: Text, lastMatched: Int) -> Int? {
        if slot == end { return lastMatched }
        let count = text.ids.count
        let current = slots[slot]
        switch current.kind {
        case .sentenceStart:
            guard position < count, text.startsClause(position) else { return nil }
            return match(slot + 1, end: end, at: position, in: text, lastMatched: lastMatched)
        case .sentenceEnd:
            let atEnd = position >= count || text.sentence[position] != text.sentence[max(lastMatched, 0)]
                || text.endsSentence(position)
            return atEnd ? match(slot + 1, end: end, at: position, in: text, lastMatched: lastMatched) : nil
        case .gap:
            var p = position
            for _ in 0...Int(current.a) {
                if let last = match(slot + 1, end: end, at: p, in: text, lastMatched: lastMatched) { return last }
                guard p < count, text.isWord(p) else { return nil }
                p += 1
            }
            return nil
        case .phrases:
            let first = position < count ? text.ids[position] : -1
            // The alternatives that start with this word: one probe, rather than a search whose
            // branches the processor cannot predict.
            let found = first >= 0 ? phraseStarts[UInt64(current.a) << 32 | UInt64(first)] : nil
            for r in found.map({ ($0 >> 16)..<(($0 >> 16) + ($0 & 0xFFFF)) }) ?? 0..<0 {
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
            return id == slot.a && !text.isWord(position)
        case .prefixes:
            guard text.tokens[position].kind != .punct else { return false }
            return prefixLists[Int(slot.a)].accepts(text.tokens[position].text)
        default:
            return false
        }
    }
}

private let sentenceEnders: WordSet = [".", "!", "?", "…"]

/// Punctuation after which a new clause starts, for `^` in phrase patterns.
private let phraseClauseMarks: WordSet = [",", ";", ":", "-", "\"", "'", "(", "…"]
