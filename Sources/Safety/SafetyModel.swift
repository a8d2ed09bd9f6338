import Domain
import Foundation

/// The screen's second reader: a linear model over words, word pairs and what the phrase rules saw,
/// trained on SpeakUp's labelled safety texts. It catches risk that is worded in ways no rule names
/// ("Checked the tide times for Thursday night"), and it is only ever allowed to add help, never to
/// take away a rule's finding.
///
/// Stored as tab-separated text like the Coach's weights; `speakup safety train` writes it.
public struct SafetyModel: Sendable {
    /// Columns: crisis, then one per category.
    static let columns = ["crisis"] + SafetyCategory.allCases.map(\.rawValue)
    static var width: Int { columns.count }

    var index: [String: Int]
    var names: [String]
    var weights: [Float]
    var bias: [Float]
    /// The crisis probability at or above which the model alone shows help.
    public var threshold: Float

    init(names: [String], weights: [Float], bias: [Float], threshold: Float) {
        self.names = names
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
        var index: [String: Int] = [:]
        for (i, name) in names.enumerated() { index[name] = i }
        self.index = index
    }

    public struct FormatError: Error, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "safety model line \(line): \(message)" }
    }

    public init(text: String) throws {
        var names: [String] = []
        var weights: [Float] = []
        var bias: [Float] = []
        var threshold: Float?
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields[0] == "<threshold>" {
                guard fields.count == 2, let value = Float(fields[1]) else {
                    throw FormatError(line: lineNumber, message: "<threshold> needs one number")
                }
                threshold = value
                continue
            }
            guard fields.count == Self.width + 1 else {
                throw FormatError(line: lineNumber, message: "expected \(Self.width + 1) fields, found \(fields.count)")
            }
            var row: [Float] = []
            for field in fields.dropFirst() {
                guard let value = Float(field) else { throw FormatError(line: lineNumber, message: "not a number: \(field)") }
                row.append(value)
            }
            if fields[0] == "<bias>" { bias = row } else { names.append(String(fields[0])); weights += row }
        }
        guard bias.count == Self.width else { throw FormatError(line: lineNumber, message: "no <bias> row") }
        guard let threshold else { throw FormatError(line: lineNumber, message: "no <threshold> row") }
        self.init(names: names, weights: weights, bias: bias, threshold: threshold)
    }

    public func serialized() -> String {
        func format(_ value: Float) -> String {
            let rounded = (value * 10000).rounded() / 10000
            return rounded == 0 ? "0" : String(format: "%.4f", rounded)
        }
        var out = "# SpeakUp safety weights, written by `speakup safety train` from data/safety/train.jsonl.\n"
        out += "# Do not edit by hand. Columns: feature\t" + Self.columns.joined(separator: "\t") + "\n"
        out += "<threshold>\t" + format(threshold) + "\n"
        out += "<bias>\t" + bias.map(format).joined(separator: "\t") + "\n"
        for (i, name) in names.enumerated() {
            out += name + "\t" + weights[(i * Self.width)..<((i + 1) * Self.width)].map(format).joined(separator: "\t") + "\n"
        }
        return out
    }

    public static let bundled: SafetyModel = {
        guard let url = Bundle.module.url(forResource: "safety-model", withExtension: "tsv"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { preconditionFailure("safety-model.tsv is missing from the Safety module's resources") }
        do { return try SafetyModel(text: text) } catch { preconditionFailure("\(error)") }
    }()

    /// The model's reading: crisis probability, per-category probabilities, and the words that
    /// pushed hardest towards crisis.
    struct Reading {
        var crisis: Float
        var categories: [SafetyCategory: Float]
        var evidence: [Range<Int>]
    }

    func read(_ features: [SafetyFeatures.Feature]) -> Reading {
        var scores = bias
        var seen = Set<Int>()
        var contributions: [(Range<Int>, Float)] = []
        for feature in features {
            guard let i = index[feature.name], seen.insert(i).inserted else { continue }
            for c in 0..<Self.width { scores[c] += weights[i * Self.width + c] }
            if let span = feature.span, weights[i * Self.width] > 0.3 { contributions.append((span, weights[i * Self.width])) }
        }
        var categories: [SafetyCategory: Float] = [:]
        for (k, category) in SafetyCategory.allCases.enumerated() { categories[category] = logistic(scores[k + 1]) }
        contributions.sort { $0.1 > $1.1 }
        return Reading(crisis: logistic(scores[0]), categories: categories, evidence: contributions.prefix(3).map(\.0))
    }
}

func logistic(_ x: Float) -> Float { 1 / (1 + Float(exp(Double(-x)))) }

/// Features for the safety model: words, word pairs, and what the phrase rules found and set aside.
enum SafetyFeatures {
    struct Feature {
        var name: String
        var span: Range<Int>?
    }

    static func extract(tokens: [Token], reading: Reading) -> [Feature] {
        var features: [Feature] = []
        features.reserveCapacity(tokens.count * 2 + 16)
        var previous = "<s>"
        var previousStart = 0
        for token in tokens where token.kind != .punct {
            let text = token.kind == .number ? "<num>" : token.text
            features.append(Feature(name: "w:" + text, span: token.start..<token.end))
            features.append(Feature(name: "b:" + previous + "_" + text, span: previousStart..<token.end))
            previous = text
            previousStart = token.start
        }
        for item in reading.explain() {
            let verdict = item.verdict == "counts" ? "counts" : "aside"
            features.append(Feature(name: "cue:" + item.category.rawValue + ":" + verdict, span: nil))
        }
        if reading.textHasSingularFirstPerson { features.append(Feature(name: "first_person", span: nil)) }
        if reading.textIsResolved { features.append(Feature(name: "resolved", span: nil)) }
        if !reading.laughterSentences.isEmpty { features.append(Feature(name: "laughter", span: nil)) }
        for frame in Set(reading.frames.values.flatMap { $0 }) {
            features.append(Feature(name: "frame:\(frame)", span: nil))
        }
        if !reading.urgentSentences.isEmpty { features.append(Feature(name: "urgency", span: nil)) }
        return features
    }
}

/// One labelled text for training, with its features worked out once.
public struct SafetyTrainer: Sendable {
    public var epochs = 25
    public var learningRate: Float = 0.3
    public var l2: Float = 0.0005
    public var minimumCount = 2
    public var seed: UInt64 = 0x5AFE_7E57
    /// The share of not-crisis texts the model alone may flag in cross-validation on the training
    /// data; the threshold is the lowest that keeps false alarms at or under this.
    public var falseAlarmBudget = 0.04

    public init() {}

    func featureNames(_ text: String) -> [SafetyFeatures.Feature] {
        let tokens = Tokenizer.tokenize(text)
        let reading = Reading(tokens: tokens, matches: SafetyLexicon.matcher.matches(in: tokens))
        return SafetyFeatures.extract(tokens: tokens, reading: reading)
    }

    /// Fits the weights, then picks the threshold by cross-validation on the same training texts.
    public func train(_ data: [LabelledText]) -> SafetyModel {
        let extracted = data.map { featureNames($0.text).map(\.name) }
        var model = fit(data, extracted)
        model.threshold = chooseThreshold(data, extracted)
        return model
    }

    func fit(_ data: [LabelledText], _ extracted: [[String]]) -> SafetyModel {
        let width = SafetyModel.width
        var counts: [String: Int] = [:]
        for names in extracted { for name in Set(names) { counts[name, default: 0] += 1 } }
        let names = counts.filter { !($0.key.hasPrefix("w:") || $0.key.hasPrefix("b:")) || $0.value >= minimumCount }
            .keys.sorted()
        var index: [String: Int] = [:]
        for (i, name) in names.enumerated() { index[name] = i }
        let rows = extracted.map { Array(Set($0.compactMap { index[$0] })).sorted() }
        var weights = [Float](repeating: 0, count: names.count * width)
        var bias = [Float](repeating: 0, count: width)
        var squares = [Float](repeating: 1e-6, count: names.count * width)
        var biasSquares = [Float](repeating: 1e-6, count: width)
        var order = Array(data.indices)
        var random = SeededRandom(seed: seed)
        for _ in 0..<epochs {
            random.shuffle(&order)
            for e in order {
                let item = data[e]
                var targets: [Float] = [item.isCrisis ? 1 : 0]
                for category in SafetyCategory.allCases { targets.append(item.categories.contains(category) ? 1 : 0) }
                for c in 0..<width {
                    // Category heads learn from crisis texts only: they say which kind, not whether.
                    if c > 0 && !item.isCrisis { continue }
                    var score = bias[c]
                    for f in rows[e] { score += weights[f * width + c] }
                    let g = logistic(score) - targets[c]
                    biasSquares[c] += g * g
                    bias[c] -= learningRate * g / biasSquares[c].squareRoot()
                    for f in rows[e] {
                        let w = f * width + c
                        let gw = g + l2 * weights[w]
                        squares[w] += gw * gw
                        weights[w] -= learningRate * gw / squares[w].squareRoot()
                    }
                }
            }
        }
        var keptNames: [String] = []
        var keptWeights: [Float] = []
        for (i, name) in names.enumerated() {
            let row = weights[(i * width)..<((i + 1) * width)]
            if row.contains(where: { abs($0) >= 0.00005 }) { keptNames.append(name); keptWeights += row }
        }
        return SafetyModel(names: keptNames, weights: keptWeights, bias: bias, threshold: 0.5)
    }

    /// 5-fold cross-validation: the lowest threshold whose false alarms among not-crisis texts that the
    /// rules left alone stay within budget.
    func chooseThreshold(_ data: [LabelledText], _ extracted: [[String]]) -> Float {
        var scored: [(Float, Bool)] = []
        for fold in 0..<5 {
            let trainIdx = data.indices.filter { $0 % 5 != fold }
            let model = fit(trainIdx.map { data[$0] }, trainIdx.map { extracted[$0] })
            for i in data.indices where i % 5 == fold {
                guard !SafetyScreen.checkRules(data[i].text).isCrisis else { continue }
                let features = featureNames(data[i].text)
                scored.append((model.read(features).crisis, data[i].isCrisis))
            }
        }
        let negatives = scored.filter { !$0.1 }.map(\.0).sorted(by: >)
        let allowed = Int(Double(data.filter { !$0.isCrisis }.count) * falseAlarmBudget)
        guard allowed < negatives.count else { return 0.5 }
        return max(0.5, negatives[allowed] + 0.0001)
    }
}
