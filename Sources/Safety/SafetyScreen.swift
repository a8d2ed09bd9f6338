import Foundation
import Domain

/// Recognises crisis language in any free text: suicidal thoughts, self-harm, harm to others, and
/// danger from someone else.
///
/// It reads sentence by sentence, so one risk sentence buried in an ordinary paragraph is still found.
/// A cue is set aside when its own clause negates it ("I'd never hurt myself"), when it is an everyday
/// figure of speech ("this commute is killing me"), when the sentence is about a story, the news, a
/// game or sport, training or someone else, or when it tells of a past that the text says is over.
/// Where a reading is truly ambiguous it errs towards showing help: a gentle check-in costs little,
/// a missed crisis costs a lot.
public enum SafetyScreen {
    /// Every risk cue found and whether it counted, with the reason when it was set aside.
    public static func explain(_ text: String) -> [(text: String, category: SafetyCategory, verdict: String)] {
        let tokens = Tokenizer.tokenize(text, readingDisguises: true)
        var seen = Set<String>()
        return Reading(tokens: tokens, matches: SafetyLexicon.matcher.matches(in: tokens)).explain()
            .filter { seen.insert("\($0.text)|\($0.category)|\($0.verdict)").inserted }
    }

    /// The longest text screened in one piece; longer text is screened in overlapping windows.
    static let window = 20_000

    /// Screens one text: the phrase rules first, then the trained model for what no rule names.
    public static func check(_ text: String) -> SafetyResult {
        screen(text, useModel: true)
    }

    /// Screens with other trained weights, e.g. a candidate from `SafetyTrainer` being measured.
    public static func check(_ text: String, model: SafetyModel) -> SafetyResult {
        screen(text, model: model)
    }

    /// The phrase rules alone, without the trained model (to train the model, and to measure each reader).
    public static func checkRules(_ text: String) -> SafetyResult {
        screen(text, useModel: false)
    }

    static func screen(_ text: String, useModel: Bool) -> SafetyResult {
        screen(text, model: useModel ? SafetyModel.bundled : nil)
    }

    /// Screens with the given trained reader, or the rules alone when `model` is nil.
    static func screen(_ text: String, model: SafetyModel?) -> SafetyResult {
        let units = text.utf16.count
        guard units > window else { return checkWindow(text, offset: 0, model: model) }
        // Very long text: screen overlapping windows so the work stays linear and nothing is skipped.
        var merged = SafetyResult.clear
        var start = 0
        while start < units {
            let end = min(units, start + window)
            let part = checkWindow(text.utf16Slice(start, end), offset: start, model: model)
            merged = merge(merged, part)
            if end == units { break }
            start = end - 500
        }
        return merged
    }

    static func merge(_ a: SafetyResult, _ b: SafetyResult) -> SafetyResult {
        let categories = SafetyCategory.allCases.filter { a.categories.contains($0) || b.categories.contains($0) }
        // A span's text follows from its offsets, so whole spans compare as label, start and end would.
        var seen = Set<TextSpan>()
        let spans = (a.spans + b.spans).filter { seen.insert($0).inserted }
            .sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        return SafetyResult(level: max(a.level, b.level), categories: categories, spans: spans)
    }

    static func checkWindow(_ text: String, offset: Int, model: SafetyModel?) -> SafetyResult {
        let tokens = Tokenizer.tokenize(text, readingDisguises: true)
        guard !tokens.isEmpty else { return .clear }
        let matches = SafetyLexicon.matcher.matches(in: tokens)
        let reading = Reading(tokens: tokens, matches: matches)
        let ruled = applyRules(text, offset: offset, reading: reading)
        guard let model, !ruled.isCrisis else { return ruled }

        // Nothing the rules name: ask the trained model, which may only add help.
        let read = model.read(tokens: tokens, reading: reading)
        guard read.crisis >= model.threshold else { return ruled }
        let probabilities = read.categories
        var categories = SafetyCategory.allCases.filter { (probabilities[$0] ?? 0) >= 0.5 }
        if categories.isEmpty, let best = probabilities.max(by: { $0.value < $1.value })?.key { categories = [best] }
        let label = categories.first?.rawValue ?? SafetyCategory.suicidal.rawValue
        let spans = read.evidence.sorted { $0.lowerBound < $1.lowerBound }.map {
            TextSpan(label: label, start: $0.lowerBound + offset, end: $0.upperBound + offset,
                     text: text.utf16Slice($0.lowerBound, $0.upperBound))
        }
        return SafetyResult(level: .concern, categories: categories, spans: spans)
    }

    static func applyRules(_ text: String, offset: Int, reading: Reading) -> SafetyResult {
        let matches = reading.matches
        let tokens = reading.tokens
        guard matches.contains(where: { $0.tag.isRisk }) else { return .clear }

        var level = SafetyLevel.none
        // Strong cues first; weak ones count only when the text backs them up.
        let standing = matches.indices.filter { matches[$0].tag.isRisk && reading.verdicts[$0] == nil }
        var counted = standing.filter { !matches[$0].tag.isWeak }.map { matches[$0] }
        let weak = standing.filter { matches[$0].tag.isWeak }.map { matches[$0] }
        if reading.isCorroborated || !counted.isEmpty {
            counted += weak
        } else {
            // Two separate weak cues of one kind back each other up ("sorted out who gets the dog",
            // "just in case"): each alone is everyday, together they point the same way.
            for category in SafetyCategory.allCases {
                let same = weak.filter { $0.tag.risk?.0 == category }
                let apart = same.contains { a in same.contains { b in b.first > a.last && b.pattern != a.pattern } }
                if apart { counted += same }
            }
        }
        // Each counted cue's span once, in text order; the span's words are sliced only once it is kept.
        var found: [(start: Int, end: Int, category: SafetyCategory)] = []
        found.reserveCapacity(counted.count)
        for match in counted {
            guard let (category, base) = match.tag.risk else { continue }
            var matchLevel = base
            if matchLevel == .concern, reading.hasUrgency(near: tokens[match.first].sentence) { matchLevel = .urgent }
            level = max(level, matchLevel)
            found.append((tokens[match.first].start, tokens[match.last].end, category))
        }
        found.sort { ($0.start, $0.end, $0.category.rawValue) < ($1.start, $1.end, $1.category.rawValue) }
        var spans: [TextSpan] = []
        spans.reserveCapacity(found.count)
        for (k, span) in found.enumerated() {
            if k > 0, found[k - 1] == span { continue }
            spans.append(
                TextSpan(label: span.category.rawValue, start: span.start + offset, end: span.end + offset,
                         text: text.utf16Slice(span.start, span.end)))
        }
        return SafetyResult(
            level: level, categories: SafetyCategory.allCases.filter { c in found.contains { $0.category == c } },
            spans: spans)
    }
}

extension SafetyCue {
    var isRisk: Bool { risk != nil }

    var isWeak: Bool {
        if case .weak = role { return true }
        return false
    }

    /// A risk cue proper: not a bare term, and not a weak cue.
    var isStrongRisk: Bool {
        if case .risk = role { return true }
        return false
    }

    /// The category and base level of a risk cue or term.
    var risk: (SafetyCategory, SafetyLevel)? {
        switch role {
        case .risk(let category, let level): (category, level)
        case .term(let category): (category, .concern)
        case .weak(let category): (category, .concern)
        default: nil
        }
    }
}
