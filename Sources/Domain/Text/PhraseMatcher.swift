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

    enum Slot: Sendable {
        case words(Set<String>)
        case prefixes([String])
        case punct(String)
        case gap(Int)
        case sentenceStart
        case sentenceEnd
    }

    struct Pattern: Sendable {
        var slots: [(slot: Slot, optional: Bool)]
    }

    private let patterns: [Pattern]
    private let tags: [Tag]
    private let byFirstWord: [String: [Int]]
    private let unindexed: [Int]
    private let entryNumbers: [Int]

    /// A pattern that could not be compiled, with the reason.
    public struct PatternError: Error, CustomStringConvertible {
        public var pattern: String
        public var reason: String
        public var description: String { "bad phrase pattern \"\(pattern)\": \(reason)" }
    }

    public init(_ entries: [(pattern: String, tag: Tag)], sets: [String: [String]] = [:]) throws {
        var patterns: [Pattern] = []
        var tags: [Tag] = []
        var index: [String: [Int]] = [:]
        var unindexed: [Int] = []
        var expanded: [(String, Tag, Int)] = []
        for (number, entry) in entries.enumerated() {
            for source in try Self.expand(entry.pattern) { expanded.append((source, entry.tag, number)) }
        }
        var entryNumbers: [Int] = []
        for (source, tag, entryNumber) in expanded {
            entryNumbers.append(entryNumber)
            let compiled = try Self.compile(source, sets: sets)
            let number = patterns.count
            patterns.append(compiled)
            tags.append(tag)
            if let first = compiled.slots.first, !first.optional, case .words(let words) = first.slot {
                for word in words { index[word, default: []].append(number) }
            } else {
                unindexed.append(number)
            }
        }
        self.patterns = patterns
        self.tags = tags
        self.byFirstWord = index
        self.unindexed = unindexed
        self.entryNumbers = entryNumbers
    }

    /// Expands `[a b|c]` groups into one pattern per alternative.
    static func expand(_ source: String) throws -> [String] {
        guard let open = source.firstIndex(of: "[") else {
            if source.contains("]") { throw PatternError(pattern: source, reason: "unbalanced ]") }
            return [source]
        }
        guard let close = source[open...].firstIndex(of: "]") else {
            throw PatternError(pattern: source, reason: "unbalanced [")
        }
        let inner = source[source.index(after: open)..<close]
        if inner.contains("[") { throw PatternError(pattern: source, reason: "nested groups") }
        let head = source[..<open]
        let tail = source[source.index(after: close)...]
        var results: [String] = []
        for alternative in inner.split(separator: "|", omittingEmptySubsequences: false) {
            let phrase = alternative.trimmingCharacters(in: .whitespaces)
            guard !phrase.isEmpty else { throw PatternError(pattern: source, reason: "empty alternative in group") }
            let joined = (head + " " + phrase + " " + tail).split(separator: " ").joined(separator: " ")
            results += try expand(joined)
        }
        return results
    }

    static func compile(_ source: String, sets: [String: [String]]) throws -> Pattern {
        var slots: [(Slot, Bool)] = []
        for raw in source.split(separator: " ") {
            var part = String(raw)
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
        for start in tokens.indices {
            if let candidates = byFirstWord[tokens[start].text] {
                for p in candidates {
                    if let last = match(patterns[p].slots, slotIndex: 0, at: start, in: tokens, lastMatched: start - 1) {
                        found.append(Match(tag: tags[p], first: start, last: last, pattern: entryNumbers[p]))
                    }
                }
            }
            for p in unindexed {
                if let last = match(patterns[p].slots, slotIndex: 0, at: start, in: tokens, lastMatched: start - 1),
                    last >= start
                {
                    found.append(Match(tag: tags[p], first: start, last: last, pattern: entryNumbers[p]))
                }
            }
        }
        return found
    }

    /// Tries to match slots from `slotIndex` at token `position`; returns the last token index used.
    private func match(
        _ slots: [(slot: Slot, optional: Bool)], slotIndex: Int, at position: Int, in tokens: [Token],
        lastMatched: Int
    ) -> Int? {
        if slotIndex == slots.count { return lastMatched }
        let (slot, optional) = slots[slotIndex]
        switch slot {
        case .sentenceStart:
            guard position < tokens.count else { return nil }
            let atStart = position == 0 || tokens[position - 1].sentence != tokens[position].sentence
                || (tokens[position - 1].kind == .punct && phraseClauseMarks.contains(tokens[position - 1].text))
            guard position < tokens.count, atStart else { return nil }
            return match(slots, slotIndex: slotIndex + 1, at: position, in: tokens, lastMatched: lastMatched)
        case .sentenceEnd:
            let atEnd = position >= tokens.count
                || tokens[position].sentence != tokens[max(lastMatched, 0)].sentence
                || (tokens[position].kind == .punct && [".", "!", "?", "…"].contains(tokens[position].text))
            return atEnd ? match(slots, slotIndex: slotIndex + 1, at: position, in: tokens, lastMatched: lastMatched) : nil
        case .gap(let n):
            var p = position
            for _ in 0...n {
                if let end = match(slots, slotIndex: slotIndex + 1, at: p, in: tokens, lastMatched: lastMatched) {
                    return end
                }
                guard p < tokens.count, tokens[p].isWord else { return nil }
                p += 1
            }
            return nil
        default:
            if position < tokens.count, accepts(slot, tokens[position]) {
                if let end = match(slots, slotIndex: slotIndex + 1, at: position + 1, in: tokens, lastMatched: position) {
                    return end
                }
            }
            if optional {
                return match(slots, slotIndex: slotIndex + 1, at: position, in: tokens, lastMatched: lastMatched)
            }
            return nil
        }
    }

    private func accepts(_ slot: Slot, _ token: Token) -> Bool {
        switch slot {
        case .words(let words):
            return words.contains(token.text)
        case .prefixes(let list):
            guard token.kind != .punct else { return false }
            for entry in list {
                if entry.hasSuffix("\u{0}") {
                    if token.text == entry.dropLast() { return true }
                } else if token.text.hasPrefix(entry) {
                    return true
                }
            }
            return false
        case .punct(let mark):
            return token.kind == .punct && token.text == mark
        default:
            return false
        }
    }
}

/// Punctuation after which a new clause starts, for `^` in phrase patterns.
private let phraseClauseMarks: Set<String> = [",", ";", ":", "-", "\"", "(", "…"]
