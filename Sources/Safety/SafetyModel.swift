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

    let table: WeightTable
    /// The crisis probability at or above which the model alone shows help.
    public let threshold: Float


    /// Word and word-pair rows keyed by numbers, so reading a text builds no strings.
    private let ngrams: NgramIndex

    /// The row of each `ReadingFeature`, or -1 where training never saw it.
    private let readingRows: [Int]

    /// The crisis column on its own, read for every text; the category columns only past the threshold.
    private let crisisWeights: [Float]

    init(table: WeightTable) {
        self.table = table
        // The word families are read in the same pass as the words, one look-up per word.
        self.ngrams = NgramIndex(table: table, tagging: SafetyConcepts.familyBits)
        self.readingRows = ReadingFeature.names.map { table.index[$0] ?? -1 }
        self.threshold = table.settings["threshold"] ?? 1
        self.crisisWeights = stride(from: 0, to: table.weights.count, by: table.width).map { table.weights[$0] }
    }

    func with(threshold: Float) -> SafetyModel {
        var copy = table
        copy.settings["threshold"] = threshold
        return SafetyModel(table: copy)
    }

    public init(text: String) throws(WeightTable.FormatError) {
        self.init(table: try WeightTable(text: text, columns: Self.columns, settings: ["threshold"]))
    }

    public func serialized() -> String {
        table.serialized(header: [
            "SpeakUp safety weights, written by `speakup safety train` from data/safety/train.jsonl.",
            "Do not edit by hand.",
        ])
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
        /// Raw scores for each category, in `SafetyCategory.allCases` order; empty when `crisis` is
        /// under the threshold, where no category is shown.
        var categoryScores: [Float]
        var evidence: [Range<Int>]

        /// The probability of each category.
        var categories: [SafetyCategory: Float] {
            Dictionary(uniqueKeysWithValues: zip(SafetyCategory.allCases, categoryScores.map(logistic)))
        }
    }

    /// Reads a tokenised text directly: the same features as `SafetyFeatures.extract`, without
    /// building their names.
    func read(tokens: [Token], reading: Safety.Reading) -> Reading {
        var families: UInt32 = 0
        var rows = ngrams.rows(for: tokens, tags: &families)
        for feature in ReadingFeature.present(in: reading, families: families) where readingRows[feature] >= 0 {
            rows.append((readingRows[feature], 0..<0))
        }
        return score(rows)
    }

    func read(_ features: [SafetyFeatures.Feature]) -> Reading {
        score(features.compactMap { feature in table.index[feature.name].map { (row: $0, span: feature.span ?? 0..<0) } })
    }

    /// Sums the rows' weights; an empty span marks a row with no words to show as evidence. The
    /// categories are only summed when the crisis score reaches the threshold, since nothing below it
    /// is shown: the crisis column alone is a fifth of the table, which keeps it in cache. (A concrete
    /// array, not any sequence: through a generic sequence each row cost a closure call.)
    private func score(_ rows: [(row: Int, span: Range<Int>)]) -> Reading {
        // One bit per row: a repeated word counts once. (A bitset is cheaper than a Set<Int> here.)
        var seen = [UInt64](repeating: 0, count: (crisisWeights.count + 63) / 64)
        var crisis = table.bias[0]
        // The three rows that pushed hardest towards crisis, kept as they come (heaviest first) rather
        // than collected and sorted: an ordinary text has dozens of mildly positive words.
        var evidence = Evidence()
        for (i, span) in rows {
            let bit: UInt64 = 1 << UInt64(i & 63)
            guard seen[i >> 6] & bit == 0 else { continue }
            seen[i >> 6] |= bit
            let weight = crisisWeights[i]
            crisis += weight
            if !span.isEmpty, weight > 0.3 { evidence.offer(span, weight) }
        }
        let probability = logistic(crisis)
        var categoryScores: [Float] = []
        if probability >= threshold {
            // The same rows once each: clear each row's bit as it is counted.
            let width = table.width
            categoryScores = Array(table.bias[1...])
            for (i, _) in rows {
                let bit: UInt64 = 1 << UInt64(i & 63)
                guard seen[i >> 6] & bit != 0 else { continue }
                seen[i >> 6] &= ~bit
                for c in 1..<width { categoryScores[c - 1] += table.weights[i * width + c] }
            }
        }
        return Reading(crisis: probability, categoryScores: categoryScores, evidence: evidence.spans)
    }

    /// The three heaviest spans offered, heaviest first; of equal weights, the first offered.
    private struct Evidence {
        private var best: [(span: Range<Int>, weight: Float)] = []

        mutating func offer(_ span: Range<Int>, _ weight: Float) {
            if best.count < 3 {
                if best.isEmpty { best.reserveCapacity(3) }
                best.append((span, weight))
            } else if weight > best[2].weight {
                best[2] = (span, weight)
            } else {
                return
            }
            var k = best.count - 1
            while k > 0, best[k].weight > best[k - 1].weight {
                best.swapAt(k, k - 1)
                k -= 1
            }
        }

        var spans: [Range<Int>] { best.map(\.span) }
    }
}

func logistic(_ x: Float) -> Float { 1 / (1 + Float(exp(Double(-x)))) }

/// Features for the safety model: words, word pairs, what the phrase rules found and set aside, and
/// the word families (`SafetyConcepts`) present in the text.
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
        features += readingFeatures(reading).map { Feature(name: $0, span: nil) }
        return features
    }

    /// What the phrase rules saw, as feature names.
    static func readingFeatures(_ reading: Reading) -> [String] {
        ReadingFeature.present(in: reading, families: SafetyConcepts.present(reading.tokens)).map { ReadingFeature.names[$0] }
    }
}

/// The model's features for what the phrase rules saw, numbered so that reading a text builds no
/// strings: each risk cue's category and whether it counted, whether the writer speaks in the first
/// person, a resolved past, laughter, urgency, each sentence frame, and each word family.
enum ReadingFeature {
    static let frames: [SafetyCue.Frame] = [.story, .news, .game, .prevention, .past, .otherPerson, .routine]
    static let names: [String] =
        SafetyCategory.allCases.flatMap { ["cue:\($0.rawValue):counts", "cue:\($0.rawValue):aside"] }
        + ["first_person", "resolved", "laughter", "urgency"]
        + frames.map(\.featureName)
        + SafetyConcepts.names
    static let firstPerson = SafetyCategory.allCases.count * 2
    static let frameBase = firstPerson + 4
    static let conceptBase = frameBase + frames.count

    /// The numbers of the features present, each once.
    static func present(in reading: Reading, families: UInt32) -> [Int] {
        var present: [Int] = []
        present.reserveCapacity(names.count)
        var cues: UInt8 = 0
        for m in reading.matches.indices {
            guard let (category, _) = reading.matches[m].tag.risk else { continue }
            let index = SafetyCategory.allCases.firstIndex(of: category)! * 2 + (reading.verdicts[m] == nil ? 0 : 1)
            if cues & (1 << index) == 0 { cues |= 1 << index; present.append(index) }
        }
        if reading.textHasSingularFirstPerson { present.append(firstPerson) }
        if reading.textIsResolved { present.append(firstPerson + 1) }
        if reading.hasLaughter { present.append(firstPerson + 2) }
        if reading.hasUrgency { present.append(firstPerson + 3) }
        for (k, frame) in frames.enumerated() where reading.textFrames.contains(Reading.FrameSet(frame)) {
            present.append(frameBase + k)
        }
        for k in SafetyConcepts.families.indices where families & (1 << UInt32(k)) != 0 {
            present.append(conceptBase + k)
        }
        return present
    }
}

/// One labelled text for training, with its features worked out once.
public struct SafetyTrainer: Sendable {
    public var epochs = 25
    public var learningRate: Float = 0.3
    /// Chosen by 5-fold cross-validation on the 14,350 training texts: 0.003, 0.005, 0.008 and 0.012 caught
    /// 4,734, 4,744, 4,738 and 4,734 of 5,014 crisis texts, with 563, 564, 573 and 566 false alarms of
    /// 9,336. The differences are small; 0.005 catches the most. With the 499 texts of denials and other
    /// people's risk added (14,849 texts), 0.003, 0.005 and 0.008 were within 2 catches and 8 false alarms;
    /// with three more fresh sets (16,938), 0.003 to 0.012 caught 5,880 to 5,888 of 6,255, 0.005 the most;
    /// with a fourth (17,637), 0.005, 0.008, 0.012 and 0.02 caught 6,168, 6,153, 6,149 and 6,133 of 6,604.
    public var l2: Float = 0.005
    public var minimumCount = 2
    public var seed: UInt64 = 0x5AFE_7E57
    /// The share of not-crisis texts the model alone may flag in cross-validation on the training
    /// data; the threshold is the lowest that keeps false alarms at or under this.
    public var falseAlarmBudget = 0.04
    /// The model alone shows help from this probability up, even where the budget would allow less.
    /// The lowest floor that keeps ordinary text quiet: at most 1% of single sentences from the Coach's
    /// dev replies (1,588, never trained on) and at most 2% of whole replies. On the 17,637 training
    /// texts, 0.5 flagged 1.6% of the replies but 1.1% of the sentences, and 0.55 1.6% (0.8%); in 5-fold
    /// cross-validation 0.5 -> 0.55 caught 41 fewer of 6,604 crisis texts for 37 fewer false alarms of
    /// 11,033. (On 14,849 texts 0.45 met both ceilings, and on 16,938 0.5 did.)
    public var thresholdFloor: Float = 0.55

    public init() {}

    func featureNames(_ text: String) -> [SafetyFeatures.Feature] {
        let tokens = Tokenizer.tokenize(text, readingDisguises: true)
        let reading = Reading(tokens: tokens, matches: SafetyLexicon.matcher.matches(in: tokens))
        return SafetyFeatures.extract(tokens: tokens, reading: reading)
    }

    /// Fits the weights, then picks the threshold by cross-validation on the same training texts.
    public func train(_ data: [LabelledText]) -> SafetyModel {
        let extracted = data.map { featureNames($0.text).map(\.name) }
        return fit(data, extracted).with(threshold: chooseThreshold(data, extracted))
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
        var optimizer = AdaGrad(weights: weights.count, columns: width, learningRate: learningRate, l2: l2)
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
                    optimizer.step(column: c, gradient: logistic(score) - targets[c], features: rows[e], width: width,
                                   weights: &weights, bias: &bias)
                }
            }
        }
        return SafetyModel(table: WeightTable(columns: SafetyModel.columns, names: names, weights: weights, bias: bias,
                                              settings: ["threshold": 0.5]).pruned())
    }

    /// How the whole screen (rules, then a model trained without the held-out texts) does on each
    /// fold of the training data in turn: an honest estimate for text the model has not seen.
    public func crossValidate(_ data: [LabelledText], folds: Int) -> SafetyEvaluation {
        var results: [String: SafetyResult] = [:]
        for fold in 0..<folds {
            let training = data.indices.filter { $0 % folds != fold }.map { data[$0] }
            let model = train(training)
            for i in data.indices where i % folds == fold {
                results[data[i].id] = SafetyScreen.screen(data[i].text, model: model)
            }
        }
        var evaluation = SafetyEvaluation(data: [])
        for item in data { evaluation.record(item, results[item.id] ?? .clear) }
        return evaluation
    }

    /// 5-fold cross-validation: the lowest threshold whose false alarms among not-crisis texts that the
    /// rules left alone stay within budget, and never below `thresholdFloor`.
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
        guard allowed < negatives.count else { return thresholdFloor }
        return max(thresholdFloor, negatives[allowed] + 0.0001)
    }
}

extension SafetyCue.Frame {
    /// The model's feature name for a sentence frame (spelled out: interpolating an enum reflects on it).
    var featureName: String {
        switch self {
        case .story: "frame:story"
        case .news: "frame:news"
        case .game: "frame:game"
        case .prevention: "frame:prevention"
        case .past: "frame:past"
        case .otherPerson: "frame:otherPerson"
        case .routine: "frame:routine"
        }
    }
}
