import Foundation

/// Accumulates one word's folded bytes and original extent.
struct WordBuilder {
    /// The word's bytes are `bytes[..<length]`; the buffer is reused from word to word.
    private var bytes = [UInt8](repeating: 0, count: 32)
    private var length = 0
    private var other = ""
    private var start = 0
    private var end = 0
    private var letters = 0
    private var upper = 0
    private var digits = 0
    private var elongated = false
    private var runByte: UInt8 = 0
    private var runLength = 0
    private var trailingApostrophe = false
    private var masks = 0
    /// Read "4ever" as "forever" before digits become look-alike letters.
    var readsNumberSpellings = false

    init() {}

    var hasContent: Bool { length > 0 || !other.isEmpty }

    /// The word so far, as read.
    var text: String { String(decoding: bytes[..<length], as: UTF8.self) + other }
    var endsWithApostrophe: Bool { trailingApostrophe }
    var endOffset: Int { end }

    /// The last character added was a letter (so a following * or ! may be a mask inside the word).
    var endsWithLetter: Bool { length > 0 && (bytes[length - 1] >= 0x61 || bytes[length - 1] == 0x2A) && other.isEmpty }

    /// A mask character read as a letter ("!" as i, "@" as a, "$" as s), or kept as "*" to be resolved
    /// against the words people commonly mask once the word is complete.
    mutating func appendMask(_ byte: UInt8, end e: Int) {
        end = e
        runByte = 0
        runLength = 0
        if byte == 0x2A { masks += 1 } else { letters += 1 }
        push(byte)
    }

    @inline(__always) private mutating func push(_ byte: UInt8) {
        if length < bytes.count { bytes[length] = byte } else { bytes.append(byte) }
        length += 1
    }

    mutating func extend(to offset: Int) { end = offset }

    @inline(__always)
    mutating func append(_ byte: UInt8, isUpper: Bool, start s: Int, end e: Int) {
        if !hasContent { start = s }
        end = e
        if trailingApostrophe { push(0x27); trailingApostrophe = false; runLength = 0 }
        if byte == runByte {
            runLength += 1
            if runLength >= 3 {
                elongated = true
                if byte >= 0x61 { letters += 1; if isUpper { upper += 1 } }
                return
            }
        } else {
            runByte = byte
            runLength = 1
        }
        if byte >= 0x61 {
            letters += 1
            if isUpper { upper += 1 }
        } else {
            digits += 1
        }
        push(byte)
    }

    /// Appends the lowercase ASCII letters from `i` on, as `append` would one by one (the first at UTF-16
    /// offset `offset`); returns the index after the last.
    @inline(__always)
    mutating func appendLowercaseRun(_ text: UnsafeBufferPointer<UInt8>, from i: Int, offset: Int) -> Int {
        if !hasContent { start = offset }
        if trailingApostrophe { push(0x27); trailingApostrophe = false; runLength = 0 }
        var j = i
        while j < text.count {
            let byte = text[j]
            guard byte >= 0x61 && byte <= 0x7A else { break }
            j += 1
            letters += 1
            if byte == runByte {
                runLength += 1
                // A letter held three times or more is elongation ("sooo"): counted, not kept.
                if runLength >= 3 { elongated = true; continue }
            } else {
                runByte = byte
                runLength = 1
            }
            push(byte)
        }
        end = offset + (j - i)
        return j
    }

    mutating func appendApostrophe(end e: Int) {
        // Kept only if a letter follows, so "dogs'" and a closing quote do not glue on.
        trailingApostrophe = true
        _ = e
    }

    mutating func appendOther(_ scalar: Unicode.Scalar, start s: Int, end e: Int) {
        if !hasContent { start = s }
        end = e
        if trailingApostrophe { push(0x27); trailingApostrophe = false }
        letters += 1
        if scalar.properties.isUppercase { upper += 1 }
        other += scalar.properties.lowercaseMapping
        runLength = 0
        runByte = 0
    }

    /// Empties the builder for the next word, keeping its buffer.
    private mutating func reset() {
        length = 0
        if !other.isEmpty { other = "" }
        start = 0
        end = 0
        letters = 0
        upper = 0
        digits = 0
        elongated = false
        runByte = 0
        runLength = 0
        trailingApostrophe = false
        masks = 0
    }

    mutating func finish(sentence: Int, into tokens: inout [Token]) {
        defer { reset() }
        if readsNumberSpellings && letters > 0 && digits > 0 && other.isEmpty {
            // Texting spellings with a number in them ("4ever", "2nite") before digits are read as letters.
            let raw = String(decoding: bytes[..<length], as: UTF8.self)
            if let spelled = Contractions.numberSpellings[raw] {
                length = 0
                for byte in spelled.utf8 { push(byte) }
                digits = 0
            }
        }
        if masks > 0 && other.isEmpty, let word = Tokenizer.unmask(bytes[..<length]) {
            length = 0
            for byte in word.utf8 { push(byte) }
        }
        if letters > 0 && digits > 0 && other.isEmpty {
            for i in 0..<length {
                switch bytes[i] {
                case 0x30: bytes[i] = 0x6F  // 0 → o
                case 0x31: bytes[i] = 0x69  // 1 → i
                case 0x33: bytes[i] = 0x65  // 3 → e
                case 0x34: bytes[i] = 0x61  // 4 → a
                case 0x35: bytes[i] = 0x73  // 5 → s
                case 0x37: bytes[i] = 0x74  // 7 → t
                default: break
                }
            }
        }
        let count = length
        let (base, asciiKey) = bytes.withUnsafeBufferPointer {
            let word = UnsafeBufferPointer(rebasing: $0[..<count])
            return (String(decoding: word, as: UTF8.self), WordKey(utf8: word))
        }
        let text = other.isEmpty ? base : base + other
        let kind: Token.Kind = letters == 0 ? .number : .word
        let allCaps = letters >= 2 && upper == letters
        let key = other.isEmpty ? asciiKey : WordKey(text)
        guard let expansion = Contractions.expansions.value(text, key: key) else {
            tokens.append(
                Token(kind: kind, text: text, key: key, start: start, end: end, isAllCaps: allCaps,
                      isElongated: elongated, sentence: sentence))
            return
        }
        // An expansion ("tbh" → "to be honest") becomes several tokens over the same characters.
        for part in expansion {
            tokens.append(
                Token(kind: .word, text: part.text, key: part.key, start: start, end: end, isAllCaps: allCaps,
                      isElongated: elongated, sentence: sentence))
        }
    }
}
