/// The pattern language of `PhraseMatcher`, read into slots: words, groups, prefixes, gaps and marks.
extension PhraseCore {
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
        /// The slots with a `$` among their alternatives, by index.
        var endable: [Int] = []

        /// The patterns this one stands for: itself, or one for each way it may end where a slot lists
        /// `$` (`end it [$|tonight]` is `end it tonight` and `end it $`). Each can match on its own, so
        /// where a word fits and the sentence also ends ("end it." or "end it" with a gap before the
        /// word), both matches are found.
        var endings: [Pattern] {
            guard let slot = endable.first else { return [self] }
            var asWritten = self
            asWritten.endable.removeFirst()
            var atEnd = asWritten
            atEnd.slots[slot] = (.sentenceEnd, false)
            return asWritten.endings + atEnd.endings
        }
    }

    /// A pattern that could not be compiled, with the reason.
    public struct PatternError: Error, CustomStringConvertible {
        public var pattern: String
        public var reason: String
        public var description: String { "bad phrase pattern \"\(pattern)\": \(reason)" }
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

    /// The words the token after `first` must be for a match that starts with `first`, when the
    /// pattern pins them down; nil when any token may follow (a one-word alternative, an optional
    /// slot, a gap, a prefix). Used to index a pattern by its first two words.
    static func secondWords(_ pattern: Pattern, after first: String) -> Set<String>? {
        var slots = pattern.slots[...]
        if case .sentenceStart? = slots.first?.slot { slots = slots.dropFirst() }
        guard let head = slots.first, !head.optional else { return nil }
        switch head.slot {
        case .phrases(let phrases):
            let starting = phrases.filter { $0.first == first }
            guard !starting.isEmpty, starting.allSatisfy({ $0.count >= 2 }) else { return nil }
            return Set(starting.map { $0[1] })
        case .words:
            guard let next = slots.dropFirst().first, !next.optional else { return nil }
            switch next.slot {
            case .words(let words): return words
            case .phrases(let phrases): return Set(phrases.compactMap(\.first))
            case .punct(let mark): return [mark]
            default: return nil
            }
        default:
            return nil
        }
    }

    /// The bytes a match can start with, when the pattern starts with a `~` slot ("unalive~"), so that
    /// it is tried only at tokens that could fit.
    static func firstBytes(_ pattern: Pattern) -> ByteSet? {
        var slots = pattern.slots[...]
        if case .sentenceStart? = slots.first?.slot { slots = slots.dropFirst() }
        guard let first = slots.first, !first.optional, case .prefixes(let entries) = first.slot else { return nil }
        var set = ByteSet()
        for entry in entries {
            guard let byte = entry.utf8.first, byte != 0 else { return nil }
            set.insert(byte)
        }
        return set
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

    /// Compiles one entry; a slot that lists `$` among its alternatives is kept without it, in `endable`.
    static func compile(_ source: String, sets: [String: [String]]) throws -> Pattern {
        var slots: [(Slot, Bool)] = []
        /// The slots with a `$` alternative, by index.
        var endable: [Int] = []
        for raw in try slotSources(source) {
            var part = raw
            if part.hasPrefix("[") {
                var optional = false
                if part.hasSuffix("]?") { optional = true; part.removeLast() }
                guard part.hasSuffix("]") else { throw PatternError(pattern: source, reason: "text after ] in \(part)") }
                var phrases: [[String]] = []
                var orEnd = false
                for alternative in part.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false) {
                    let words = alternative.split(separator: " ").map(String.init)
                    guard !words.isEmpty else { throw PatternError(pattern: source, reason: "empty alternative in group") }
                    if words == ["$"] {
                        orEnd = true
                    } else if words.contains("$") {
                        throw PatternError(pattern: source, reason: "$ inside the alternative \"\(alternative)\"")
                    } else {
                        phrases.append(words)
                    }
                }
                if orEnd, optional { throw PatternError(pattern: source, reason: "$ in an optional group") }
                if phrases.isEmpty {
                    slots.append((.sentenceEnd, false))
                    continue
                }
                if orEnd { endable.append(slots.count) }
                slots.append((.phrases(phrases), optional))
                continue
            }
            if part == "^" { slots.append((.sentenceStart, false)); continue }
            if part == "$" { slots.append((.sentenceEnd, false)); continue }
            if part == "?!" { slots.append((.punct("?"), false)); continue }
            if ["!", ",", ".", "…", "\"", "'"].contains(part) { slots.append((.punct(part), false)); continue }
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
            var orEnd = false
            for alternative in part.split(separator: "|") {
                if alternative == "$" {
                    orEnd = true
                } else if alternative.hasPrefix("@") {
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
            if orEnd, optional { throw PatternError(pattern: source, reason: "$ in an optional slot") }
            if orEnd { endable.append(slots.count) }
            if prefixes.isEmpty {
                slots.append((.words(Set(alternatives)), optional))
            } else {
                slots.append((.prefixes(prefixes + alternatives.map { $0 + "\u{0}" }), optional))
            }
        }
        guard !slots.isEmpty else { throw PatternError(pattern: source, reason: "empty pattern") }
        return Pattern(slots: slots, endable: endable)
    }
}
