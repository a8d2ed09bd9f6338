import Foundation

/// Splits text into normalised tokens, keeping UTF-16 offsets into the original.
///
/// Normalisation makes the cues hard to dodge by accident or on purpose: zero-width and other invisible
/// characters inside a word are skipped, accents are folded ("café" → "cafe"), full-width and common
/// Cyrillic or Greek look-alike letters become their Latin twins, digits inside letters are read as
/// the letters they imitate ("k1ll" → "kill"), and apostrophe-less contractions get their apostrophe.
public enum Tokenizer {
    ///
    /// With `readingDisguises`, as the safety screen reads, it also reads masks inside a word ("k*ll",
    /// "su!cide"), texting spellings with a number ("4ever") and single quotation marks around quoted
    /// speech, as tokens `'` of their own (a double mark, ", is a token `"` in any reading). Other readers
    /// (the Coach's trained features) keep the plain reading they were trained on.
    public static func tokenize(_ text: String, readingDisguises: Bool = false) -> [Token] {
        var state = TokenizerState(expectedTokens: text.utf8.count / 4 + 4, readingDisguises: readingDisguises)
        var text = text
        text.withUTF8 { bytes in
            // Plain ASCII, the bulk of what people type, goes byte by byte; anything else is decoded
            // to its scalar first. (A Swift string's UTF-8 is always valid.)
            var i = 0
            let count = bytes.count
            while i < count {
                let lead = UInt32(bytes[i])
                if lead < 0x80 {
                    if lead >= 0x61 && lead <= 0x7A, state.canTakeLetterRun {
                        // Most of any text: a run of lowercase letters, read in one go.
                        i = state.consumeLowercaseRun(bytes, from: i)
                    } else {
                        state.consume(lead, width: 1)
                        i += 1
                    }
                    continue
                }
                var value: UInt32
                var length: Int
                if lead < 0xE0 {
                    value = lead & 0x1F
                    length = 2
                } else if lead < 0xF0 {
                    value = lead & 0x0F
                    length = 3
                } else {
                    value = lead & 0x07
                    length = 4
                }
                for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                state.consume(value, width: value > 0xFFFF ? 2 : 1)
                i += length
            }
        }
        state.finish()
        return state.tokens
    }

    // MARK: - Character classes

    /// Invisible characters that can sit inside a word without breaking it.
    static func isIgnorable(_ v: UInt32) -> Bool {
        switch v {
        case 0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E,
            0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F,
            0xFE00...0xFE0F, 0xFEFF, 0x1F3FB...0x1F3FF, 0xE0000...0xE007F:
            return true
        default:
            return false
        }
    }

    static func isApostrophe(_ v: UInt32) -> Bool {
        v == 0x27 || v == 0x2019 || v == 0x2018 || v == 0x02BC || v == 0x60 || v == 0xB4
    }

    static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v >= 0x1F000 && v <= 0x1FAFF { return true }
        if v >= 0x2600 && v <= 0x27BF { return true }
        return scalar.properties.isEmojiPresentation
    }

    /// A letter or digit folded to ASCII, when there is a faithful ASCII reading.
    static func fold(_ scalar: Unicode.Scalar) -> (letter: UInt8, isUpper: Bool)? {
        let v = scalar.value
        switch v {
        case 0x61...0x7A: return (UInt8(v), false)
        case 0x41...0x5A: return (UInt8(v + 32), true)
        case 0x30...0x39: return (UInt8(v), false)
        case 0xFF41...0xFF5A: return (UInt8(v - 0xFF41 + 0x61), false)
        case 0xFF21...0xFF3A: return (UInt8(v - 0xFF21 + 0x61), true)
        case 0xFF10...0xFF19: return (UInt8(v - 0xFF10 + 0x30), false)
        default: break
        }
        guard v >= 0xC0 else { return nil }
        if v >= 0x370, v < 0x500, let mapped = lookalikes[v] { return mapped }
        guard v >= 0xC0, v < 0x250, scalar.properties.isAlphabetic else { return nil }
        // Latin letters with accents: take the base letter of the canonical decomposition.
        let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first!.value
        switch base {
        case 0x61...0x7A: return (UInt8(base), false)
        case 0x41...0x5A: return (UInt8(base + 32), true)
        default:
            switch v {
            case 0xDF: return (0x73, false)  // ß
            case 0xF8, 0xD8: return (0x6F, v == 0xD8)  // ø
            case 0xE6, 0xC6: return (0x61, v == 0xC6)  // æ (first letter is enough for cues)
            case 0x131: return (0x69, false)  // dotless i
            case 0x142, 0x141: return (0x6C, v == 0x141)  // ł
            default: return nil
            }
        }
    }

    /// Cyrillic and Greek letters that look like Latin ones, a common way to slip past filters.
    static let lookalikes: [UInt32: (letter: UInt8, isUpper: Bool)] = {
        var map: [UInt32: (UInt8, Bool)] = [:]
        let pairs: [(UInt32, Character)] = [
            (0x430, "a"), (0x410, "A"), (0x435, "e"), (0x415, "E"), (0x43E, "o"), (0x41E, "O"),
            (0x440, "p"), (0x420, "P"), (0x441, "c"), (0x421, "C"), (0x443, "y"), (0x423, "Y"),
            (0x445, "x"), (0x425, "X"), (0x456, "i"), (0x406, "I"), (0x458, "j"), (0x405, "S"),
            (0x455, "s"), (0x4BB, "h"), (0x41D, "H"), (0x41A, "K"), (0x43A, "k"), (0x41C, "M"),
            (0x422, "T"), (0x412, "B"), (0x3BF, "o"), (0x39F, "O"), (0x3B1, "a"), (0x391, "A"),
            (0x3B9, "i"), (0x399, "I"), (0x3BA, "k"), (0x39A, "K"), (0x3BD, "v"), (0x3C1, "p"),
            (0x3A1, "P"), (0x3C4, "t"), (0x3A4, "T"), (0x3C5, "u"), (0x3C7, "x"), (0x3A7, "X"),
            (0x395, "E"), (0x397, "H"), (0x39C, "M"), (0x39D, "N"), (0x396, "Z"), (0x392, "B"),
        ]
        for (code, character) in pairs {
            let ascii = character.asciiValue!
            let isUpper = character.isUppercase
            map[code] = (isUpper ? ascii + 32 : ascii, isUpper)
        }
        return map
    }()
}

/// The tokenizer's progress through one text.
struct TokenizerState {
    var tokens: [Token] = []
    private var builder = WordBuilder()
    /// UTF-16 offset of the scalar being read.
    private var offset = 0
    private var sentence = 0
    private var pendingBoundary = false
    private var previousWasDot = false
    private var pendingHyphen: Int?
    /// A mask character (* ! @ $) right after a letter, kept until the next character shows whether it
    /// sits inside a word ("k*ll", "su!cide") or ends one ("help!").
    private var pendingMask: (value: UInt32, offset: Int)?

    /// Read masks, number spellings and single quotation marks (see `Tokenizer.tokenize`).
    private let readingDisguises: Bool

    init(expectedTokens: Int, readingDisguises: Bool = false) {
        tokens.reserveCapacity(expectedTokens)
        self.readingDisguises = readingDisguises
        builder.readsNumberSpellings = readingDisguises
    }

    /// An apostrophe that opened a word, kept until the word shows whether it opens a quotation
    /// ("she said 'fine'") or elides letters ("'em", "'til").
    private var pendingOpenQuote: Int?
    /// A single-quoted stretch is open, so an apostrophe that ends a word closes it.
    private var singleQuoteOpen = false
    private var previousWasSpace = true

    private mutating func flushWord() {
        guard builder.hasContent else { return }
        if pendingBoundary { sentence += 1; pendingBoundary = false; singleQuoteOpen = false }
        if let quote = pendingOpenQuote {
            pendingOpenQuote = nil
            if !Tokenizer.elisions.contains(builder.text) {
                tokens.append(Token(kind: .punct, text: "'", start: quote, end: quote + 1, sentence: sentence))
                singleQuoteOpen = true
            }
        }
        let closes = singleQuoteOpen && builder.endsWithApostrophe
        let end = builder.endOffset
        builder.finish(sentence: sentence, into: &tokens)
        if closes {
            tokens.append(Token(kind: .punct, text: "'", start: end, end: end + 1, sentence: sentence))
            singleQuoteOpen = false
        }
    }

    private mutating func emit(_ kind: Token.Kind, _ value: String, _ start: Int, _ end: Int) {
        if pendingBoundary { sentence += 1; pendingBoundary = false }
        tokens.append(Token(kind: kind, text: value, start: start, end: end, sentence: sentence))
    }

    mutating func finish() {
        // The text ends as a space would: a held mask ends its word ("help!").
        if pendingMask != nil { resolveMask(before: 0x20) }
        flushWord()
        if let hyphen = pendingHyphen { emit(.punct, "-", hyphen, hyphen + 1) }
    }

    /// Decides what a held mask character was, now that the next character `v` shows it. Kept out of
    /// line: it reads the mask again as an ordinary character, and that recursion would stop
    /// `consume` from being inlined into the tokenizer's byte loop.
    @inline(never)
    private mutating func resolveMask(before v: UInt32) {
        guard let mask = pendingMask else { return }
        pendingMask = nil
        // "Help!I'm…" is a missing space; "su!cide" and "k*ll" are masks.
        if (0x61...0x7A).contains(v) || ((0x41...0x5A).contains(v) && mask.value != 0x21) {
            // A letter follows: the mask stands for a letter inside the word.
            builder.appendMask(Tokenizer.maskReading(mask.value), end: mask.offset + 1)
        } else {
            flushWord()
            let saved = offset
            offset = mask.offset
            consume(mask.value, width: 1)
            offset = saved
        }
    }

    /// No mask character is held, so a lowercase letter needs nothing but appending.
    var canTakeLetterRun: Bool { pendingMask == nil }

    /// Reads the run of lowercase ASCII letters starting at `i`, exactly as `consume` would read them
    /// one by one, and returns the index after it.
    @inline(__always)
    mutating func consumeLowercaseRun(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        // A letter after a hyphen makes it part of the word ("well-being").
        pendingHyphen = nil
        let next = builder.appendLowercaseRun(bytes, from: i, offset: offset)
        offset += next - i
        previousWasDot = false
        if readingDisguises { previousWasSpace = false }
        return next
    }

    /// Reads one scalar, `width` UTF-16 code units long.
    @inline(__always)
    mutating func consume(_ v: UInt32, width: Int) {
        if pendingMask != nil { resolveMask(before: v) }
        defer {
            offset += width
            if readingDisguises {
                previousWasSpace = v == 0x20 || v == 0x0A || v == 0x0D || v == 0x09 || v == 0x28 || v == 0x22
                    || v == 0x201C || v == 0x3A
            }
        }
        let scalar = Unicode.Scalar(v).unsafelyUnwrapped
        if readingDisguises, builder.hasContent, v == 0x2A || v == 0x21 || v == 0x40 || v == 0x24, builder.endsWithLetter {
            pendingMask = (v, offset)
            return
        }
        if let hyphen = pendingHyphen {
            pendingHyphen = nil
            let isLetter = (0x61...0x7A).contains(v) || (0x41...0x5A).contains(v) || (0x30...0x39).contains(v)
                || (v >= 0x80 && scalar.properties.isAlphabetic)
            if !isLetter { emit(.punct, "-", hyphen, hyphen + 1) }
        }
        // Fast path: plain ASCII letters and digits.
        if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) {
            builder.append(UInt8(v), isUpper: false, start: offset, end: offset + width)
            previousWasDot = false
            return
        }
        if (0x41...0x5A).contains(v) {
            builder.append(UInt8(v + 32), isUpper: true, start: offset, end: offset + width)
            previousWasDot = false
            return
        }

        if v >= 0xAD, Tokenizer.isIgnorable(v) {
            if builder.hasContent { builder.extend(to: offset + width) }
            return
        }
        if v >= 0xC0, let folded = Tokenizer.fold(scalar) {
            builder.append(folded.letter, isUpper: folded.isUpper, start: offset, end: offset + width)
            previousWasDot = false
            return
        }
        if Tokenizer.isApostrophe(v) {
            if builder.hasContent {
                builder.appendApostrophe(end: offset + width)
            } else if readingDisguises, previousWasSpace, v == 0x27 || v == 0x2018 {
                pendingOpenQuote = offset
            }
            return
        }
        // ASCII letters and digits were handled above; the rest of ASCII needs no Unicode tables.
        if v >= 0x80 {
            let properties = scalar.properties
            let category = properties.generalCategory
            if category == .nonspacingMark || category == .enclosingMark {
                if builder.hasContent { builder.extend(to: offset + width) }
                return
            }
            if properties.isAlphabetic || (builder.hasContent && properties.numericType != nil) {
                builder.appendOther(scalar, start: offset, end: offset + width)
                return
            }
        }
        flushWord()
        switch v {
        case 0x2E:  // .
            if previousWasDot, let last = tokens.last, last.kind == .punct,
                last.text == "." || last.text == "…"
            {
                tokens[tokens.count - 1].replaceText("…")
                tokens[tokens.count - 1].end = offset + width
                pendingBoundary = false
            } else {
                emit(.punct, ".", offset, offset + width)
                pendingBoundary = true
            }
            previousWasDot = true
            return
        case 0x21, 0x3F:  // ! ?
            emit(.punct, v == 0x21 ? "!" : "?", offset, offset + width)
            pendingBoundary = true
        case 0x0A, 0x0D, 0x2029, 0x2028:
            pendingBoundary = true
        case 0x2C, 0x3B, 0x3A:  // , ; :
            emit(.punct, v == 0x2C ? "," : v == 0x3B ? ";" : ":", offset, offset + width)
        case 0x2026:
            emit(.punct, "…", offset, offset + width)
        case 0x22, 0x201C, 0x201D:
            emit(.punct, "\"", offset, offset + width)
        case 0x28, 0x29:
            emit(.punct, v == 0x28 ? "(" : ")", offset, offset + width)
        case 0x2D, 0x2010, 0x2011:
            // A hyphen inside a word ("self-harm") joins two words; elsewhere it is a dash.
            // Decided when the next character arrives.
            if let last = tokens.last, last.kind == .word, last.end == offset {
                pendingHyphen = offset
            } else {
                emit(.punct, "-", offset, offset + width)
            }
        case 0x2013, 0x2014:
            emit(.punct, "-", offset, offset + width)
        default:
            if v >= 0x80, Tokenizer.isEmoji(scalar) {
                emit(.emoji, String(scalar), offset, offset + width)
            }
        }
        previousWasDot = false
    }
}

extension Tokenizer {
    /// What a mask character inside a word stands for; "*" stays a mask until the word is complete.
    static func maskReading(_ v: UInt32) -> UInt8 {
        switch v {
        case 0x21: return 0x69  // ! → i
        case 0x40: return 0x61  // @ → a
        case 0x24: return 0x73  // $ → s
        default: return 0x2A
        }
    }

    /// Words that start with an apostrophe standing for missing letters, not a quotation mark.
    static let elisions: Set<String> = ["em", "til", "till", "cause", "cos", "coz", "bout", "n", "round", "ello", "ere", "tis", "twas", "s"]

    /// Words people mask with an asterisk to slip past filters or to soften them ("k*ll", "s*icidal").
    static let maskedWords: Set<String> = [
        "kill", "kills", "killing", "killed", "kms", "kys", "suicide", "suicidal", "die", "died", "dying", "dead",
        "death", "self", "harm", "harming", "cut", "cuts", "cutting", "hurt", "hurting", "myself", "murder", "stab",
        "stabbing", "rape", "raped", "abuse", "abused", "abusing", "overdose", "hang", "hanging", "unalive", "shoot",
        "bleed", "bleeding", "blood", "razor", "pills", "hate", "end", "ending", "life", "beat", "beats", "hit",
        "hits", "choke", "choked", "strangle", "strangled", "punch", "punched", "fuck", "fucking", "shit",
    ]

    /// The masked word a spelling with one or two asterisks stands for, when exactly one reading fits.
    static func unmask(_ bytes: ArraySlice<UInt8>) -> String? {
        let stars = bytes.indices.filter { bytes[$0] == 0x2A }
        guard (1...2).contains(stars.count), bytes.count > stars.count else { return nil }
        var word = Array(bytes)
        let positions = stars.map { $0 - bytes.startIndex }
        var found: String?
        func fill(_ k: Int) -> Bool {
            if k == positions.count {
                let candidate = String(decoding: word, as: UTF8.self)
                if maskedWords.contains(candidate) {
                    if found != nil, found != candidate { return false }
                    found = candidate
                }
                return true
            }
            for letter in UInt8(0x61)...UInt8(0x7A) {
                word[positions[k]] = letter
                if !fill(k + 1) { return false }
            }
            return true
        }
        return fill(0) ? found : nil
    }
}

/// Apostrophe-less and slang spellings read as their standard form.
enum Contractions {
    /// Texting spellings that use a number for a sound, read before digits become look-alike letters.
    static let numberSpellings: [String: String] = [
        "4ever": "forever", "4eva": "forever", "2day": "today", "2nite": "tonight", "2night": "tonight",
        "2moro": "tomorrow", "2morrow": "tomorrow", "b4": "before", "l8r": "later", "m8": "mate", "gr8": "great",
        "any1": "anyone", "every1": "everyone", "some1": "someone", "no1": "noone",
    ]

    /// Each spelling's standard words with their keys, for the tokenizer's one look-up per word.
    static let expansions = WordMap(canonical.map { spelling, standard in
        (spelling, standard.split(separator: " ").map { (text: String($0), key: WordKey(String($0))) })
    })

    static let canonical: [String: String] = [
        "im": "i'm", "ive": "i've", "dont": "don't", "cant": "can't", "cannot": "can't",
        "wont": "won't", "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't", "wasnt": "wasn't",
        "werent": "weren't", "arent": "aren't", "havent": "haven't", "hasnt": "hasn't",
        "hadnt": "hadn't", "shouldnt": "shouldn't", "couldnt": "couldn't", "wouldnt": "wouldn't",
        "mustnt": "mustn't", "youre": "you're", "youve": "you've", "youll": "you'll",
        "youd": "you'd", "theyre": "they're", "thats": "that's", "whats": "what's",
        "theres": "there's", "lets": "let's", "ain't": "isn't", "aint": "isn't", "itll": "it'll",
        "u": "you", "youu": "you", "b": "be", "abt": "about", "bout": "about", "tmrw": "tomorrow", "2moro": "tomorrow", "rn": "right now", "wiv": "with", "w": "with", "ur": "your", "r": "are", "pls": "please",
        "plz": "please", "plse": "please", "thx": "thanks", "thanx": "thanks", "ty": "thanks",
        "cuz": "because", "coz": "because", "cos": "because", "bc": "because", "b/c": "because",
        "becuase": "because", "becasue": "because", "becuz": "because", "tho": "though",
        "thru": "through", "wanna": "want to", "gonna": "going to", "gotta": "got to",
        "sry": "sorry", "soz": "sorry", "sorry": "sorry", "srry": "sorry", "sorri": "sorry",
        "apologise": "apologize", "apologised": "apologized", "ok": "okay", "okk": "okay", "okie": "okay", "oki": "okay", "okey": "okay",
        "alright": "okay", "aight": "okay", "ight": "okay", "prob": "probably", "probs": "probably",
        "realise": "realize", "realised": "realized", "prolly": "probably", "maybee": "maybe",
        "mayb": "maybe", "kinda": "kind of", "sorta": "sort of", "dunno": "don't know",
        "idc": "i don't care", "nvm": "never mind", "def": "definitely", "defo": "definitely",
        "definately": "definitely", "defintely": "definitely", "rly": "really", "srsly": "seriously",
        "tbh": "to be honest", "ngl": "not going to lie", "imo": "in my opinion", "imho": "in my opinion",
        "w/e": "whatever", "wtv": "whatever", "whatevs": "whatever", "wateva": "whatever",
        "whatev": "whatever", "nah": "no", "nope": "no", "naw": "no", "yea": "yeah", "yep": "yeah",
        "yup": "yeah", "ppl": "people", "bcuz": "because", "ofc": "of course",
    ]
}
