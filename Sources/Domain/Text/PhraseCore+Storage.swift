/// The flat tables a compiled `PhraseCore` keeps, laid out so matching touches plain values only.
extension PhraseCore {
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

    /// A `~` slot: words given by prefix, as UTF-8 bytes, and whole words.
    struct PrefixList: Sendable {
        var prefixes: [[UInt8]]
        var words: [String]

        /// Entries ending in NUL are whole words; the rest are prefixes.
        init(_ entries: [String]) {
            prefixes = entries.filter { !$0.hasSuffix("\u{0}") }.map { Array($0.utf8) }
            words = entries.filter { $0.hasSuffix("\u{0}") }.map { String($0.dropLast()) }
        }

        func accepts(_ word: String) -> Bool {
            for prefix in prefixes where word.utf8.starts(with: prefix) { return true }
            return words.contains(word)
        }
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
    }

    /// Lists of numbers laid end to end, so reading one costs no reference counting.
    struct FlatLists: Sendable {
        let offsets: [Int32]
        let items: [Int32]

        init(_ lists: [[Int32]]) {
            var offsets: [Int32] = [0]
            var items: [Int32] = []
            for list in lists {
                items += list
                offsets.append(Int32(items.count))
            }
            self.offsets = offsets
            self.items = items
        }

        @inline(__always) func range(_ list: Int) -> Range<Int> { Int(offsets[list])..<Int(offsets[list + 1]) }
    }

    /// 256 bits, one per byte value.
    struct ByteSet: Sendable {
        var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

        mutating func insert(_ byte: UInt8) {
            let bit: UInt64 = 1 << UInt64(byte & 63)
            switch byte >> 6 {
            case 0: bits.0 |= bit
            case 1: bits.1 |= bit
            case 2: bits.2 |= bit
            default: bits.3 |= bit
            }
        }

        @inline(__always) func contains(_ byte: UInt8) -> Bool {
            let word: UInt64
            switch byte >> 6 {
            case 0: word = bits.0
            case 1: word = bits.1
            case 2: word = bits.2
            default: word = bits.3
            }
            return (word >> UInt64(byte & 63)) & 1 == 1
        }
    }
}
