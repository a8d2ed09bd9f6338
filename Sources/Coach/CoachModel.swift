import Domain
import Foundation

/// The Coach's learned weights: one softmax head for the style and one logistic head per scored
/// component, all over the same sparse features, kept in a `WeightTable` file that
/// `speakup coach train` writes and nothing else should.
public struct CoachModel: Sendable {
    /// Column order after the feature name: the four styles, then the scored components.
    static let columns: [String] = Style.allCases.map(\.rawValue) + Component.scored.map(\.rawValue)
    static var width: Int { columns.count }

    let table: WeightTable
    /// Word and word-pair rows keyed by numbers, so reading a reply builds no feature names.
    let ngrams: NgramIndex
    var index: [String: Int] { table.index }
    var names: [String] { table.names }
    var weights: [Float] { table.weights }
    var bias: [Float] { table.bias }
    /// Divides the style scores before the softmax so the probabilities are calibrated: chosen by
    /// cross-validation on the training data, since a model fitted to its own data is over-sure.
    var temperature: Float { table.settings["temperature"] ?? 1 }

    init(names: [String], weights: [Float], bias: [Float], temperature: Float = 1) {
        self.init(table: WeightTable(columns: Self.columns, names: names, weights: weights, bias: bias,
                                     settings: ["temperature": temperature]).pruned())
    }

    /// Per feature row: whether its words would mean something to a reader (see `SpanBuilder.isTelling`),
    /// and whether it is a single word; worked out once instead of on every reply.
    let telling: [Bool]
    let isWord: [Bool]

    /// Per scored component, in `Component.scored` order: the decision threshold on "detector score +
    /// cue bonus", the bonus a visible cue adds, and whether a cue is required at all. All three are
    /// chosen by cross-validation on the training split and read once here, not on every reply.
    let thresholds: [Float]
    let cueBonuses: [Float]
    let cueRequired: [Bool]
    /// Per scored component: the detector score's factor and each style probability's term in the
    /// decision (see `CoachTrainer.styleLean`).
    let scoreFactors: [Float]
    let styleLeans: [[Float]]
    let cuedLeans: [[Float]]

    init(table: WeightTable) {
        self.table = table
        self.ngrams = NgramIndex(table: table)
        self.telling = table.names.map(SpanBuilder.isTelling)
        self.isWord = table.names.map { $0.hasPrefix("w:") }
        self.thresholds = Component.scored.map { table.settings["threshold_" + $0.rawValue] ?? Coach.cueBonus / 2 }
        self.cueBonuses = Component.scored.map { table.settings["cue_bonus_" + $0.rawValue] ?? Coach.cueBonus }
        self.cueRequired = Component.scored.map { (table.settings["cue_required_" + $0.rawValue] ?? 0) > 0 }
        self.scoreFactors = Component.scored.map { table.settings["score_factor_" + $0.rawValue] ?? 1 }
        self.cuedLeans = Component.scored.map { component in
            Style.allCases.map { table.settings["cued_lean_" + component.rawValue + "_" + $0.rawValue] ?? 0 }
        }
        self.styleLeans = Component.scored.map { component in
            Style.allCases.map { table.settings["lean_" + component.rawValue + "_" + $0.rawValue] ?? 0 }
        }
    }

    /// A component's decision settings (see `thresholds`).
    struct Decision: Sendable {
        var threshold: Float
        var cueBonus: Float = Coach.cueBonus
        /// Report the component only when one of its cues is in the reply, so the reading can always
        /// point at the words behind it.
        var cueRequired = false
        /// The decision reads `scoreFactor × detector score + Σ (styleLean[s] + cuedLean[s] if a cue
        /// is present) × P(style s)`: a cue in an aggressive reply may count for more than in a passive one.
        var scoreFactor: Float = 1
        var styleLean: [Float] = []
        var cuedLean: [Float] = []
    }

    func with(temperature: Float, decisions: [Component: Decision] = [:]) -> CoachModel {
        var copy = table
        copy.settings["temperature"] = temperature
        for (component, decision) in decisions {
            copy.settings["threshold_" + component.rawValue] = decision.threshold
            if decision.cueBonus != Coach.cueBonus { copy.settings["cue_bonus_" + component.rawValue] = decision.cueBonus }
            if decision.cueRequired { copy.settings["cue_required_" + component.rawValue] = 1 }
            if decision.scoreFactor != 1 { copy.settings["score_factor_" + component.rawValue] = decision.scoreFactor }
            for (style, lean) in zip(Style.allCases, decision.styleLean) where lean != 0 {
                copy.settings["lean_" + component.rawValue + "_" + style.rawValue] = lean
            }
            for (style, lean) in zip(Style.allCases, decision.cuedLean) where lean != 0 {
                copy.settings["cued_lean_" + component.rawValue + "_" + style.rawValue] = lean
            }
        }
        return CoachModel(table: copy)
    }

    /// Reads the text form written by `serialized()`.
    public init(text: String) throws(WeightTable.FormatError) {
        self.init(table: try WeightTable(text: text, columns: Self.columns, settings: ["temperature"]))
    }

    /// The text form, stable across runs for the same weights.
    public func serialized() -> String {
        table.serialized(header: [
            "SpeakUp Coach weights, written by `speakup coach train` from data/coach/train.jsonl.",
            "Do not edit by hand.",
        ])
    }

    /// The weights shipped with SpeakUp.
    public static let bundled: CoachModel = {
        guard let url = Bundle.module.url(forResource: "coach-model", withExtension: "tsv"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            preconditionFailure("coach-model.tsv is missing from the Coach module's resources")
        }
        do { return try CoachModel(text: text) } catch { preconditionFailure("\(error)") }
    }()
}
