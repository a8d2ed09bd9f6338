import Domain

/// The extra components, read from their cues and kept honest by the style reading
/// (a "sure" only counts as sarcasm when the reply reads as passive-aggressive).
struct ReportedComponents {
    let evidence: Evidence
    let probabilities: [Style: Double]
    let components: [Component: Bool]

    static let acronyms: Set<String> = [
        "asap", "fyi", "diy", "bbq", "atm", "usb", "ceo", "omg", "lol", "lmao", "nhs", "gp", "hr",
        "tv", "dm", "dms", "pto", "eta", "uk", "usa", "nyc", "pdf", "ok", "okay", "id", "rsvp",
    ]

    func isPresent(_ component: Component) -> Bool {
        switch component {
        case .sarcasm:
            return evidence.count(.sarcasm) + evidence.count(.sulk) > 0
                && (probabilities[.passiveAggressive] ?? 0) >= 0.35
        case .threat:
            return evidence.count(.threat) > 0 && (probabilities[.aggressive] ?? 0) >= 0.35
        case .insult:
            return evidence.count(.insult) + evidence.count(.profanity) > 0
                && (probabilities[.aggressive] ?? 0) + (probabilities[.passiveAggressive] ?? 0) >= 0.35
        case .absolutes:
            return evidence.count(.absolutes) > 0 && (components[.blamesOther] ?? false)
        case .selfDeprecation:
            return evidence.count(.selfDeprecation) > 0
        case .minimising:
            return evidence.count(.minimising) > 0
                && (probabilities[.passive] ?? 0) + (probabilities[.passiveAggressive] ?? 0) >= 0.35
        case .shouting:
            return !shoutingSpans().isEmpty
        case .reasonGiven:
            return evidence.count(.reason) > 0
        default:
            return false
        }
    }

    /// Words in capitals that are not acronyms, when there are two or an exclamation backs them up.
    func shoutingSpans() -> [Range<Int>] {
        let caps = evidence.tokens.filter {
            $0.isAllCaps && $0.text.count >= 3 && !Self.acronyms.contains($0.text)
        }
        let exclaims = evidence.tokens.contains { $0.kind == .punct && $0.text == "!" }
        guard caps.count >= 2 || (caps.count == 1 && exclaims && caps[0].text.count >= 4) else { return [] }
        return caps.map { $0.start..<$0.end }
    }
}

/// Builds the highlighted spans: the cues behind each present component, and the strongest evidence
/// for the chosen style.
struct SpanBuilder {
    let text: String
    let evidence: Evidence
    let model: CoachModel
    let active: [(feature: Int, spans: [Range<Int>])]
    let style: Int
    let components: [Component: Bool]

    func spans() -> [TextSpan] {
        var result: [TextSpan] = []
        let units = Array(text.utf16)
        var seen = Set<String>()
        func add(_ label: String, _ range: Range<Int>) {
            guard !range.isEmpty, seen.insert("\(label)|\(range.lowerBound)|\(range.upperBound)").inserted else { return }
            result.append(
                TextSpan(label: label, start: range.lowerBound, end: range.upperBound,
                         text: String(decoding: units[max(0, range.lowerBound)..<min(units.count, range.upperBound)], as: UTF16.self)))
        }

        // Components: their cues.
        var byComponent: [Component: [Range<Int>]] = [:]
        for match in evidence.cues {
            for component in [match.tag.component, match.tag.secondaryComponent].compactMap({ $0 })
            where components[component] == true {
                // Highlight words, not the punctuation a pattern may have matched around them.
                var first = match.first
                var last = match.last
                while first < last, evidence.tokens[first].kind == .punct { first += 1 }
                while last > first, evidence.tokens[last].kind == .punct { last -= 1 }
                byComponent[component, default: []].append(evidence.tokens[first].start..<evidence.tokens[last].end)
            }
        }
        let reported = ReportedComponents(evidence: evidence, probabilities: [:], components: components)
        if components[.shouting] == true { byComponent[.shouting] = reported.shoutingSpans() }
        let width = CoachModel.width
        for (k, component) in Component.scored.enumerated() where components[component] == true {
            if byComponent[component]?.isEmpty ?? true {
                // A trained detector fired without a cue: show the words that pushed it most.
                let column = Style.allCases.count + k
                let strongest = active
                    .filter { !$0.spans.isEmpty && model.isWord[$0.feature] && model.telling[$0.feature] }
                    .map { ($0.spans, model.weights[$0.feature * width + column]) }
                    .filter { $0.1 > 0.3 }
                    .sorted { $0.1 > $1.1 }
                    .prefix(2)
                byComponent[component] = strongest.flatMap(\.0)
            }
        }
        for component in Component.allCases {
            for range in merge(byComponent[component] ?? []) { add(component.rawValue, range) }
        }

        // Style: the features that most favour the chosen style over the others.
        let styles = Style.allCases.count
        var contributions: [([Range<Int>], Float)] = []
        for (feature, spans) in active where !spans.isEmpty && model.telling[feature] {
            let base = feature * width
            var others: Float = 0
            for c in 0..<styles where c != style { others += model.weights[base + c] }
            let margin = model.weights[base + style] - others / Float(styles - 1)
            if margin > 0.25 { contributions.append((spans, margin)) }
        }
        contributions.sort { $0.1 > $1.1 }
        let label = "style:" + Style.allCases[style].rawValue
        for range in merge(contributions.prefix(4).flatMap(\.0)) { add(label, range) }

        return result.sorted { ($0.start, $0.end, $0.label) < ($1.start, $1.end, $1.label) }
    }

    /// Little words ("the", "by", "I") carry weight in the model but explain nothing to a reader.
    static let plainWords: Set<String> = [
        "i", "a", "an", "the", "to", "of", "in", "on", "at", "by", "for", "and", "or", "but", "it", "is", "be",
        "that", "this", "with", "as", "so", "my", "me", "we", "us", "you", "your", "was", "are", "am", "do", "if",
        "take", "two", "one", "get", "got", "have", "has", "had", "will", "would", "can", "just", "up", "out",
        "about", "from", "what", "when", "there", "they", "them", "he", "she", "his", "her", "<num>", "<s>",
    ]

    static func isTelling(_ name: String) -> Bool {
        if name.hasPrefix("w:") { return !plainWords.contains(String(name.dropFirst(2))) }
        if name.hasPrefix("b:") {
            let words = name.dropFirst(2).split(separator: "_").map(String.init)
            return !words.allSatisfy(plainWords.contains)
        }
        if name.hasPrefix("sf:") { return !plainWords.contains(String(name.dropFirst(3))) }
        return true
    }

    /// Joins overlapping or touching ranges.
    func merge(_ ranges: [Range<Int>]) -> [Range<Int>] {
        let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for range in sorted {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }
}
