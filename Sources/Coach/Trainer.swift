import Foundation
import Domain

/// One labelled reply from the Coach's data files.
public struct LabelledReply: Sendable, Codable {
    public var id: String
    public var text: String
    public var context: String?
    public var setting: String?
    public var label: Style
    /// The eight scored components, when this reply has them labelled.
    public var components: [Component: Bool]?

    public init(
        id: String, text: String, context: String? = nil, setting: String? = nil, label: Style,
        components: [Component: Bool]? = nil
    ) {
        self.id = id
        self.text = text
        self.context = context
        self.setting = setting
        self.label = label
        self.components = components
    }
}

/// Fits the Coach's weights from labelled replies. Deterministic: the same data and options give the
/// same model, byte for byte.
public struct CoachTrainer: Sendable {
    public var epochs = 30
    public var learningRate: Float = 0.3
    public var l2: Float = 0.0002
    /// A word or word pair must occur in at least this many replies to get a weight.
    public var minimumCount = 2
    public var seed: UInt64 = 0x5EA4_C0AC
    /// How much more a present component counts than an absent one in the loss; components are rare,
    /// so without this the detectors learn to stay quiet.
    public var positiveWeight: Float = 2
    /// Whether the component detectors may use word and word-pair features, or only cues and shape.
    public var componentNgrams = true
    /// Components defined by counting words (two or more apologies; softeners) whose detectors read
    /// only cues and shape: word features there mostly learn the passive style, not the skill.
    public var lexicalComponents: Set<Component> = [.overApologizes, .hedging]
    /// Whether component decisions may lean on the style probabilities (see `styleLean`).
    public var leanOnStyle = true

    public init() {}

    public func train(_ examples: [LabelledReply]) -> CoachModel {
        let (temperature, decisions) = calibrate(examples)
        return fit(examples).with(temperature: temperature, decisions: decisions)
    }

    /// Held-out folds (5-fold on the training data) choose what the fit cannot: the softmax
    /// temperature that minimises log loss, and for each component the decision that maximises F1:
    /// a threshold on "detector score, plus a bonus when a cue for it is present", the size of that
    /// bonus, and whether a cue is required at all.
    func calibrate(_ examples: [LabelledReply]) -> (Float, [Component: CoachModel.Decision]) {
        guard examples.count >= 10 else { return (1, [:]) }
        var heldOut: [(scores: [Float], truth: Int)] = []
        var componentEvidence: [Component: [(score: Float, cued: Bool, truth: Bool, styles: [Float])]] = [:]
        let styles = Style.allCases
        let width = CoachModel.width
        for fold in 0..<5 {
            let model = fit(examples.enumerated().filter { $0.offset % 5 != fold }.map(\.element))
            for (i, example) in examples.enumerated() where i % 5 == fold {
                let evidence = FeatureExtractor.extract(reply: example.text, context: example.context)
                var scores = model.bias
                // Sorted, so the sums (and the lean fitted on them) are the same in every process.
                for f in Set(evidence.features.compactMap({ model.index[$0.name] })).sorted() {
                    for c in 0..<width { scores[c] += model.weights[f * width + c] }
                }
                heldOut.append((Array(scores[0..<styles.count]), styles.firstIndex(of: example.label)!))
                let cued = Set(evidence.cues.compactMap(\.tag.component) + evidence.cues.compactMap(\.tag.secondaryComponent))
                for (k, component) in Component.scored.enumerated() {
                    guard let truth = example.components?[component] else { continue }
                    componentEvidence[component, default: []].append(
                        (scores[styles.count + k], cued.contains(component), truth, Array(scores[0..<styles.count])))
                }
            }
        }
        var temperature: (Float, Double) = (1, .infinity)
        for step in 0...36 {
            let t = 1 + Float(step) * 0.25
            var loss = 0.0
            for (scores, truth) in heldOut {
                let top = scores.max()!
                let exps = scores.map { exp(Double(($0 - top) / t)) }
                loss -= log(exps[truth] / exps.reduce(0, +))
            }
            if loss < temperature.1 { temperature = (t, loss) }
        }
        func probabilities(_ logits: [Float]) -> [Float] {
            let top = logits.max()!
            let exps = logits.map { expf(($0 - top) / temperature.0) }
            let total = exps.reduce(0, +)
            return exps.map { $0 / total }
        }

        var decisions: [Component: CoachModel.Decision] = [:]
        for (component, raw) in componentEvidence {
            let withStyle = raw.map { item -> (Float, Bool, Bool, [Float]) in
                let p = probabilities(item.styles)
                return (item.score, item.cued, item.truth, p + p.map { item.cued ? $0 : 0 })
            }
            let (factor, lean) = leanOnStyle ? Self.styleLean(withStyle) : (1, [Float](repeating: 0, count: styles.count))
            let items = withStyle.map { item in
                (score: factor * item.0 + zip(lean, item.3).map { $0 * $1 }.reduce(0, +), cued: item.1, truth: item.2)
            }
            // Replies with a visible cue and replies without one get their own threshold on the
            // detector's score. A detector that fires on words alone ("paid", "today") cannot show the
            // learner why, so the cue-less threshold is used only when it wins clearly (by a point of
            // F1 on held-out folds) over requiring a cue; otherwise the component needs a cue.
            let grid = (0...48).map { -4 + Float($0) * 0.25 }
            func counts(cued: Bool) -> [(tp: Double, fp: Double)] {
                grid.map { t in
                    var tp = 0.0, fp = 0.0
                    for item in items where item.cued == cued && item.score > t {
                        if item.truth { tp += 1 } else { fp += 1 }
                    }
                    return (tp, fp)
                }
            }
            let positives = Double(items.filter(\.truth).count)
            let withCue = counts(cued: true)
            let withoutCue = counts(cued: false) + [(0, 0)]  // the last: never without a cue
            func f1(_ a: (tp: Double, fp: Double), _ b: (tp: Double, fp: Double)) -> Double {
                let tp = a.tp + b.tp
                return tp == 0 ? 0 : 2 * tp / (tp + a.fp + b.fp + positives)
            }
            var bestCued = 0
            for i in grid.indices where f1(withCue[i], (0, 0)) > f1(withCue[bestCued], (0, 0)) { bestCued = i }
            var best = (cued: bestCued, uncued: grid.count, f1: f1(withCue[bestCued], (0, 0)) + 0.01)
            for i in grid.indices { for j in grid.indices {
                let score = f1(withCue[i], withoutCue[j])
                if score > best.f1 { best = (i, j, score) }
            } }
            if best.uncued == grid.count {
                decisions[component] = CoachModel.Decision(
                    threshold: grid[best.cued] + Coach.cueBonus, cueBonus: Coach.cueBonus, cueRequired: true)
            } else {
                decisions[component] = CoachModel.Decision(
                    threshold: grid[best.uncued], cueBonus: grid[best.uncued] - grid[best.cued], cueRequired: false)
            }
            decisions[component]!.scoreFactor = factor
            decisions[component]!.styleLean = Array(lean.prefix(styles.count))
            decisions[component]!.cuedLean = Array(lean.dropFirst(styles.count))
        }
        return (temperature.0, decisions)
    }

    /// Fits how a component's decision leans on the style: a logistic regression, on held-out
    /// replies, of the component's truth on its detector score, whether a cue for it is present, and
    /// the four style probabilities. Blame, say, is almost always there when a reply is aggressive
    /// and almost never when it is assertive, which one linear detector over words cannot express.
    /// The inputs after the score and the cue are the style probabilities, then the same again where
    /// a cue is present. Returns the detector score's factor and the terms for those inputs; the cue's
    /// own term is left to the decision's cue bonus and thresholds, which are chosen afterwards.
    static func styleLean(_ items: [(score: Float, cued: Bool, truth: Bool, probabilities: [Float])]) -> (Float, [Float]) {
        let count = items.first?.probabilities.count ?? Style.allCases.count
        var w = [Float](repeating: 0, count: 2 + count)
        w[0] = 1
        guard !items.isEmpty else { return (1, [Float](repeating: 0, count: 2 * Style.allCases.count)) }
        var squares = [Float](repeating: 1e-6, count: w.count)
        for _ in 0..<300 {
            var gradient = [Float](repeating: 0, count: w.count)
            for item in items {
                let x = [item.score, item.cued ? 1 : 0] + item.probabilities
                var z: Float = 0
                for i in w.indices { z += w[i] * x[i] }
                let g = sigmoid(z) - (item.truth ? 1 : 0)
                for i in w.indices { gradient[i] += g * x[i] }
            }
            for i in w.indices {
                let g = gradient[i] / Float(items.count) + 0.001 * w[i]
                squares[i] += g * g
                w[i] -= 0.5 * g / squares[i].squareRoot()
            }
        }
        return (w[0], Array(w[2...]))
    }

    func fit(_ examples: [LabelledReply]) -> CoachModel {
        let width = CoachModel.width
        let styles = Style.allCases
        let componentColumns = Component.scored

        // Vocabulary: every cue and shape feature seen, and n-grams seen often enough.
        let extracted = examples.map { FeatureExtractor.extract(reply: $0.text, context: $0.context) }
        var documentCounts: [String: Int] = [:]
        for evidence in extracted {
            for name in Set(evidence.features.map(\.name)) { documentCounts[name, default: 0] += 1 }
        }
        let names = documentCounts.filter { name, count in
            !(name.hasPrefix("w:") || name.hasPrefix("b:")) || count >= minimumCount
        }.keys.sorted()
        var index: [String: Int] = [:]
        for (i, name) in names.enumerated() { index[name] = i }
        let rows: [[Int]] = extracted.map { evidence in
            Array(Set(evidence.features.compactMap { index[$0.name] })).sorted()
        }
        let isNgram = names.map { $0.hasPrefix("w:") || $0.hasPrefix("b:") }

        var weights = [Float](repeating: 0, count: names.count * width)
        var bias = [Float](repeating: 0, count: width)
        var optimizer = AdaGrad(weights: weights.count, columns: width, learningRate: learningRate, l2: l2)
        var order = Array(examples.indices)
        var random = SeededRandom(seed: seed)

        for _ in 0..<epochs {
            random.shuffle(&order)
            for e in order {
                let row = rows[e]
                var scores = [Float](repeating: 0, count: width)
                for c in 0..<width {
                    var s = bias[c]
                    for f in row { s += weights[f * width + c] }
                    scores[c] = s
                }
                // Style head: softmax over the first four columns.
                var gradient = [Float](repeating: 0, count: width)
                let maxScore = scores[0..<styles.count].max()!
                var total: Float = 0
                var exps = [Float](repeating: 0, count: styles.count)
                for c in 0..<styles.count { exps[c] = expf(scores[c] - maxScore); total += exps[c] }
                let truth = styles.firstIndex(of: examples[e].label)!
                for c in 0..<styles.count { gradient[c] = exps[c] / total - (c == truth ? 1 : 0) }
                // Component heads: independent logistic units, only where labelled.
                if let labels = examples[e].components {
                    for (k, component) in componentColumns.enumerated() {
                        guard let label = labels[component] else { continue }
                        let c = styles.count + k
                        gradient[c] = (sigmoid(scores[c]) - (label ? 1 : 0)) * (label ? positiveWeight : 1)
                    }
                }
                for c in 0..<width where gradient[c] != 0 {
                    let wordsAllowed = c < styles.count
                        || (componentNgrams && !lexicalComponents.contains(componentColumns[c - styles.count]))
                    let features = wordsAllowed ? row : row.filter { !isNgram[$0] }
                    optimizer.step(column: c, gradient: gradient[c], features: features, width: width,
                                   weights: &weights, bias: &bias)
                }
            }
        }
        return CoachModel(names: names, weights: weights, bias: bias)
    }
}

extension CoachTrainer {
    /// K-fold cross-validation on the training data: train on K-1 folds, read the held-out fold,
    /// and add up the counts. This is how settings are tuned without looking at the dev split.
    public func crossValidate(_ examples: [LabelledReply], folds: Int) -> CoachEvaluation? {
        guard folds >= 2, examples.count >= folds else { return nil }
        var total: CoachEvaluation?
        for fold in 0..<folds {
            let train = examples.enumerated().filter { $0.offset % folds != fold }.map(\.element)
            let held = examples.enumerated().filter { $0.offset % folds == fold }.map(\.element)
            let evaluation = CoachEvaluation(coach: Coach(model: self.train(train)), data: held)
            if total == nil { total = evaluation } else { total!.absorb(evaluation) }
        }
        return total
    }
}

func sigmoid(_ x: Float) -> Float { 1 / (1 + expf(-x)) }

func expf(_ x: Float) -> Float { Float(exp(Double(x))) }
