/// A 64-bit FNV-1a hash of a word's UTF-8 bytes, worked out once when a token is made, so every later
/// look-up of the token's word is a multiply and a compare instead of a fresh string hash.
public struct WordKey: Hashable, Sendable {
    public let value: UInt64

    @inlinable @inline(__always)
    public init(_ word: String) {
        self.init(utf8: word.utf8)
    }

    /// The key of the word whose UTF-8 bytes these are.
    @inlinable @inline(__always)
    public init(utf8 bytes: some Sequence<UInt8>) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        // 0 marks an empty slot in `WordMap`.
        value = h == 0 ? 1 : h
    }
}

/// A read-only map from words to values, looked up by a token's precomputed `WordKey`.
///
/// The screens look up every token of every text in several word lists; with Swift's `Dictionary`
/// each look-up re-hashes the string with a seeded SipHash. Here the hash was taken once by the
/// tokenizer, and a look-up is an open-addressed probe that compares the stored hash and then the word.
public struct WordMap<Value: Sendable>: Sendable {
    @usableFromInline let hashes: [UInt64]
    @usableFromInline let keys: [String]
    @usableFromInline let values: [Value?]
    @usableFromInline let shift: UInt64
    @usableFromInline let mask: Int

    public init(_ pairs: some Sequence<(String, Value)>) {
        var unique: [String: Value] = [:]
        var order: [String] = []
        for (word, value) in pairs {
            if unique.updateValue(value, forKey: word) == nil { order.append(word) }
        }
        var bits: UInt64 = 4
        while (1 << bits) < max(16, order.count * 2) { bits += 1 }
        let capacity = 1 << Int(bits)
        var hashes = [UInt64](repeating: 0, count: capacity)
        var keys = [String](repeating: "", count: capacity)
        var values = [Value?](repeating: nil, count: capacity)
        shift = 64 - bits
        mask = capacity - 1
        for word in order {
            let key = WordKey(word).value
            var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while hashes[i] != 0 { i = (i + 1) & mask }
            hashes[i] = key
            keys[i] = word
            values[i] = unique[word]
        }
        self.hashes = hashes
        self.keys = keys
        self.values = values
    }

    public init(_ dictionary: [String: Value]) { self.init(dictionary.map { ($0.key, $0.value) }) }

    /// The value for a word whose key is already known.
    @inlinable @inline(__always)
    public func value(_ word: String, key: WordKey) -> Value? {
        var i = Int(truncatingIfNeeded: (key.value &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let stored = hashes[i]
            if stored == 0 { return nil }
            if stored == key.value, keys[i] == word { return values[i] }
            i = (i + 1) & mask
        }
    }

    /// The value for a token's word.
    @inlinable @inline(__always)
    public subscript(token: Token) -> Value? { value(token.text, key: token.key) }

    /// The value for a word given as a string (hashes it).
    public subscript(word: String) -> Value? { value(word, key: WordKey(word)) }
}

/// A set of words tested by a token's precomputed key.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    @usableFromInline let map: WordMap<Bool>

    public init(_ words: some Sequence<String>) { map = WordMap(words.map { ($0, true) }) }
    public init(arrayLiteral words: String...) { self.init(words) }

    @inlinable @inline(__always) public func contains(_ token: Token) -> Bool { map[token] != nil }
}
