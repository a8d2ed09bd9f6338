import Domain
import Foundation

/// Rewrites a reply without its hedges and extra apologies, keeping every other word as written.
///
/// Only softeners that can go without changing the meaning are removed ("maybe", "a bit", "if that's
/// okay", "sorry to bother you, but"); "I was just wondering if you could" becomes "could you"; the
/// first plain apology stays, since one is often kind. Replies with blame, threats, sarcasm or
/// self-put-downs get no suggestion (trimming words would not fix them), and neither does any reply
/// whose trimmed form would not read as a sentence.
struct SuggestionWriter {
    let text: String
    let evidence: Evidence
    let components: [Component: Bool]

    /// Hedge patterns whose words can be dropped without changing what is asked or refused.
    static let removableHedges: Set<String> = [
        "maybe", "perhaps", "possibly", "probably", "sort of", "kind of", "i guess", "i suppose",
        "if it's|that's|its okay|fine|cool|alright|possible", "if you don't mind", "no pressure", "no rush",
        "or something", "or whatever", "a little|tiny|teeny bit?", "a bit", "hopefully", "i might be wrong",
        "i could be wrong", "kinda|sorta", "lowkey", "hmm|hm|hmmm", "idk", "if that works",
        "if it's not too much", "it's probably nothing|just", "if that makes sense",
    ]
    /// Words a trimmed sentence cannot sensibly start with.
    static let badStarts: Set<String> = ["w", "with", "that", "if", "to", "for", "of", "by", "at", "as", "than", "too"]
    static let apologyLead: Set<String> = ["i'm", "im", "i", "am", "so", "really", "very", "truly", "terribly", "super", "deeply"]

    func suggestion() -> String? {
        let blocked: [Component] = [.blamesOther, .insult, .threat, .sarcasm, .selfDeprecation]
        guard components[.hedging] == true || components[.overApologizes] == true,
            !blocked.contains(where: { components[$0] == true })
        else { return nil }

        let tokens = evidence.tokens
        var cut = Set<Int>()  // token indices to drop
        var replacements: [Int: String] = [:]  // first token index → replacement text for a run being cut
        var keptFirstApology = false

        for match in evidence.cues.sorted(by: { $0.first < $1.first }) {
            let source = Lexicon.patterns[match.pattern].0
            var first = match.first
            var last = match.last
            switch match.tag {
            case .hedge where Self.removableHedges.contains(source), .filler, .just:
                break
            case .apologyForNeed:
                // "sorry to bother you, but": the "you" and a following ", but" go too.
                if last + 1 < tokens.count, tokens[last + 1].text == "you" { last += 1 }
            case .apology:
                if !keptFirstApology { keptFirstApology = true; continue }
                while first > 0, Self.apologyLead.contains(tokens[first - 1].text) { first -= 1 }
            default:
                continue
            }
            for i in first...last { cut.insert(i) }
        }

        // A short sentence that is only an apology ("Sorry if that's weird.") goes, when there is more.
        let sentences = Set(tokens.map(\.sentence))
        if sentences.count > 1 {
            for sentence in sentences {
                let words = tokens.indices.filter { tokens[$0].sentence == sentence && tokens[$0].isWord }
                guard let firstWord = words.first, words.count <= 6,
                    tokens[firstWord].text == "sorry" || (["i'm", "im"].contains(tokens[firstWord].text) && words.contains { tokens[$0].text == "sorry" })
                else { continue }
                if keptFirstApology || sentence != tokens.first?.sentence {
                    for k in tokens.indices where tokens[k].sentence == sentence { cut.insert(k) }
                }
            }
        }

        // "I was (just) wondering if you could …" → "could you …".
        for i in tokens.indices where tokens[i].text == "wondering" {
            var start = i
            while start > 0, ["i", "was", "i'm", "im", "just", "am"].contains(tokens[start - 1].text) { start -= 1 }
            let ahead = ((i + 1)..<tokens.count).filter { !cut.contains($0) }.prefix(3)
            guard ahead.count == 3 else { continue }
            let next = ahead.map { tokens[$0].text }
            guard next[0] == "if" || next[0] == "whether", next[1] == "you", ["could", "would", "can", "might"].contains(next[2])
            else { continue }
            let verb = next[2] == "might" ? "could" : next[2]
            for k in start...ahead.last! { cut.insert(k) }
            replacements[start] = verb + " you"
        }
        guard !cut.isEmpty else { return nil }

        // A comma on both sides of a removed word: drop the first comma too (", maybe, that" → ", that"
        // would strand a comma; "I think, maybe, that" → "I think that").
        for i in cut.sorted() where i > 0 && i + 1 < tokens.count {
            if tokens[i - 1].text == "," && !cut.contains(i - 1) && tokens[i + 1].text == "," {
                // After an opener ("Sorry, maybe, I…") keep its comma; mid-sentence drop both.
                let opener = i >= 2 && ["sorry", "okay", "no", "yes", "well", "hey", "hi", "yeah"].contains(tokens[i - 2].text)
                if !opener { cut.insert(i - 1) }
                cut.insert(i + 1)
            }
        }

        // Rebuild from the original text, skipping cut tokens and the space after them.
        let units = Array(text.utf16)
        var out: [UInt16] = []
        var position = 0
        var i = 0
        while i < tokens.count {
            if cut.contains(i) {
                out += units[position..<tokens[i].start]
                if let replacement = replacements[i] { out += Array(replacement.utf16) + [0x20] }
                var j = i
                while j + 1 < tokens.count, cut.contains(j + 1) { j += 1 }
                position = tokens[j].end
                // Swallow the spaces after the removed run, but keep words apart.
                while position < units.count, units[position] == 0x20 { position += 1 }
                if let previous = out.last, previous != 0x20, position < units.count,
                    let scalar = Unicode.Scalar(previous), scalar.properties.isAlphabetic,
                    let nextScalar = Unicode.Scalar(units[position]), nextScalar.properties.isAlphabetic
                {
                    out.append(0x20)
                }
                i = j + 1
                continue
            }
            i += 1
        }
        out += units[position...]
        let capitalise = text.first(where: { $0.isLetter })?.isUppercase ?? false
        let tidied = Self.tidy(String(decoding: out, as: UTF16.self), capitalise: capitalise)

        // Keep it only if it still reads as sentences.
        let words = Tokenizer.tokenize(tidied).filter(\.isWord)
        guard words.count >= 3, tidied != text else { return nil }
        for sentence in Set(words.map(\.sentence)) {
            guard let first = words.first(where: { $0.sentence == sentence }) else { continue }
            if Self.badStarts.contains(first.text) { return nil }
        }
        return tidied
    }

    /// Mends the punctuation and capitals left behind by removed words.
    static func tidy(_ raw: String, capitalise: Bool) -> String {
        var s = raw
        let replacements: [(String, String)] = [
            ("  ", " "), (" ,", ","), (" .", "."), (" ?", "?"), (" !", "!"), (",,", ","), (",.", "."),
            (",?", "?"), (",!", "!"), ("..", "."), (". ,", "."), ("? ,", "?"), ("! ,", "!"),
        ]
        var changed = true
        while changed {
            changed = false
            for (from, to) in replacements where s.contains(from) {
                s = s.replacingAll(from, with: to)
                changed = true
            }
        }
        // Sentence starts: drop stranded commas and conjunctions, then capitalise.
        var sentences: [String] = []
        var current = ""
        for character in s {
            current.append(character)
            if character == "." || character == "?" || character == "!" {
                sentences.append(current)
                current = ""
            }
        }
        if !current.isEmpty { sentences.append(current) }
        var out: [String] = []
        for var sentence in sentences {
            while let first = sentence.first, first == " " || first == "," || first == ";" { sentence.removeFirst() }
            for lead in ["but ", "and ", "so ", "But ", "And ", "So "] where sentence.hasPrefix(lead) {
                sentence.removeFirst(lead.count)
            }
            while let first = sentence.first, first == " " || first == "," { sentence.removeFirst() }
            while let last = sentence.dropLast().last, sentence.last == "?" || sentence.last == "." || sentence.last == "!",
                last == "," || last == " "
            {
                sentence.remove(at: sentence.index(sentence.endIndex, offsetBy: -2))
            }
            if sentence.trimmingSpaces.isEmpty || [".", "?", "!"].contains(sentence.trimmingSpaces) { continue }
            if capitalise, let first = sentence.first, first.isLowercase {
                sentence = first.uppercased() + sentence.dropFirst()
            }
            out.append(sentence)
        }
        var result = out.joined(separator: " ").trimmingSpaces
        while result.hasSuffix(",") { result.removeLast() }
        return result.trimmingSpaces
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }

    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
