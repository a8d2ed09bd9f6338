import Foundation
import Domain

/// Rewrites a reply without its hedges and extra apologies, keeping every other word as written.
///
/// Only softeners that can go without changing the meaning are removed ("maybe", "I guess",
/// "if that's okay", "sorry to bother you"); the first plain apology stays, since one is often kind.
/// Replies with blame, threats or sarcasm get no suggestion: trimming words would not fix them.
struct SuggestionWriter {
    let text: String
    let evidence: Evidence
    let components: [Component: Bool]

    /// Hedge patterns whose words can be dropped without changing what is asked or refused.
    static let removableHedges: Set<String> = [
        "maybe", "perhaps", "possibly", "sort of", "kind of", "i guess", "i suppose",
        "if it's|that's|its okay|fine|cool|alright|possible", "if you don't mind", "just wondering",
        "no pressure", "no rush", "or something", "or whatever", "a little|tiny|teeny bit?", "a bit",
        "hopefully", "i might be wrong", "i could be wrong", "kinda|sorta", "lowkey", "hmm|hm|hmmm", "idk",
        "if that works", "if it's not too much", "it's probably nothing|just", "if that makes sense",
    ]

    func suggestion() -> String? {
        let blocked: [Component] = [.blamesOther, .insult, .threat, .sarcasm]
        guard components[.hedging] == true || components[.overApologizes] == true,
            !blocked.contains(where: { components[$0] == true })
        else { return nil }

        var cuts: [Range<Int>] = []
        var keptFirstApology = false
        let tokens = evidence.tokens
        for match in evidence.cues.sorted(by: { $0.first < $1.first }) {
            let source = Lexicon.patterns[match.pattern].0
            var last = match.last
            switch match.tag {
            case .hedge where Self.removableHedges.contains(source), .filler:
                break
            case .just:
                break
            case .apologyForNeed:
                // "sorry to bother you": take the "you" and a following "but" with it.
                if last + 1 < tokens.count, tokens[last + 1].text == "you" { last += 1 }
            case .apology:
                if !keptFirstApology { keptFirstApology = true; continue }
            default:
                continue
            }
            cuts.append(tokens[match.first].start..<tokens[last].end)
        }
        guard !cuts.isEmpty else { return nil }

        var units = Array(text.utf16)
        for cut in cuts.sorted(by: { $0.lowerBound > $1.lowerBound }) where cut.upperBound <= units.count {
            units.replaceSubrange(cut, with: [])
        }
        let capitalise = text.first(where: { $0.isLetter })?.isUppercase ?? false
        let tidied = Self.tidy(String(decoding: units, as: UTF16.self), capitalise: capitalise)
        let words = tidied.split(whereSeparator: { $0 == " " }).count
        guard words >= 2, tidied != text else { return nil }
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
            if sentence.trimmingSpaces.isEmpty || [".", "?", "!"].contains(sentence.trimmingSpaces) { continue }
            if capitalise, let first = sentence.first, first.isLowercase {
                sentence = first.uppercased() + sentence.dropFirst()
            }
            out.append(sentence)
        }
        return out.joined(separator: " ").trimmingSpaces
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
