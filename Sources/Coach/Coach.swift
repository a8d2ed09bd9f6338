import Domain
import Foundation

/// Reads a reply's communication style and the skills in it, offline, instantly and explainably.
///
/// The Coach finds cues (phrases such as hedges, apologies, blame, 'I' statements and requests) and
/// word patterns, then weighs them with a linear model trained on SpeakUp's labelled replies. Every
/// reading can be traced to highlighted words, and the same reply always gets the same reading.
///
/// ```swift
/// let coach = Coach()
/// let analysis = coach.analyze(reply: "Sorry, sorry, I guess I could maybe stay late?")
/// analysis.style          // .passive
/// analysis.has(.hedging)  // true
/// ```
public struct Coach: Sendable {
    let model: CoachModel

    /// A Coach with the weights shipped in SpeakUp.
    public init() { self.model = .bundled }

    /// A Coach with other weights, e.g. fresh from `CoachTrainer`.
    public init(model: CoachModel) { self.model = model }

    /// What a visible cue adds to a component detector's score before its threshold, unless
    /// cross-validation chose another bonus for that component.
    static let cueBonus: Float = 2

    /// The longest reply the Coach reads; longer text is read up to this many UTF-16 code units.
    public static let maximumLength = 10_000

    /// Reads one reply.
    /// - Parameters:
    ///   - reply: what the learner wrote.
    ///   - context: optionally, what the other person just said.
    public func analyze(reply: String, context: String? = nil) -> Analysis {
        let text = reply.utf16.count > Self.maximumLength ? reply.utf16Slice(0, Self.maximumLength) : reply
        let evidence = FeatureExtractor.extract(reply: text, context: context, ngrams: false)
        let width = CoachModel.width
        let styles = Style.allCases

        // Score every column once.
        var seen = Set<Int>()
        var active: [(feature: Int, spans: [Range<Int>])] = []
        active.reserveCapacity(evidence.features.count)
        for feature in evidence.features {
            guard let i = model.index[feature.name], seen.insert(i).inserted else { continue }
            active.append((i, feature.spans))
        }
        for (i, span) in model.ngrams.rows(for: evidence.tokens, keeping: ["?", "!"]) where seen.insert(i).inserted {
            active.append((i, [span]))
        }
        var scores = model.bias
        for (i, _) in active {
            let base = i * width
            for c in 0..<width { scores[c] += model.weights[base + c] }
        }

        // Style: softmax over the first four columns.
        let top = scores[0..<styles.count].max() ?? 0
        var exps = (0..<styles.count).map { Double((scores[$0] - top) / model.temperature).exponential }
        let total = exps.reduce(0, +)
        exps = exps.map { $0 / total }
        var probabilities: [Style: Double] = [:]
        for (k, style) in styles.enumerated() { probabilities[style] = exps[k] }
        let bestIndex = exps.indices.max(by: { exps[$0] < exps[$1] })!
        let style = styles[bestIndex]

        // Components: trained heads for the scored eight, cues for the rest.
        var components: [Component: Bool] = [:]
        // A component is present when its detector's score, leaning on the style probabilities (blame
        // is nearly always there in an aggressive reply and never in an assertive one), plus a bonus
        // when a visible cue for it is in the reply, clears the component's threshold; some components
        // need a cue at all. The lean, thresholds, bonuses and that choice come from cross-validation
        // on the training split.
        var cued = Set<Component>()
        for match in evidence.cues {
            if let component = match.tag.component { cued.insert(component) }
            if let component = match.tag.secondaryComponent { cued.insert(component) }
        }
        for (k, component) in Component.scored.enumerated() {
            let hasCue = cued.contains(component)
            var lean: Float = 0
            for s in styles.indices { lean += (model.styleLeans[k][s] + (hasCue ? model.cuedLeans[k][s] : 0)) * Float(exps[s]) }
            let score = model.scoreFactors[k] * scores[styles.count + k] + lean + (hasCue ? model.cueBonuses[k] : 0)
            components[component] = score > model.thresholds[k] && (hasCue || !model.cueRequired[k])
        }
        let reported = ReportedComponents(evidence: evidence, probabilities: probabilities, components: components)
        for component in Component.allCases where !Component.scored.contains(component) {
            components[component] = reported.isPresent(component)
        }

        let spans = SpanBuilder(
            text: text, evidence: evidence, model: model, active: active, style: bestIndex,
            components: components
        ).spans()
        let tips = TipWriter(style: style, components: components, evidence: evidence, hasContext: context != nil)
            .tips()
        // A reply cut at the length limit gets no rewrite: it would end mid-word.
        let suggestion = text.utf16.count < reply.utf16.count
            ? nil : SuggestionWriter(text: text, evidence: evidence, components: components).suggestion()
        return Analysis(
            style: style, probabilities: probabilities, components: components, spans: spans, tips: tips,
            suggestion: suggestion)
    }
}

extension Double {
    var exponential: Double { Foundation.exp(self) }
}
