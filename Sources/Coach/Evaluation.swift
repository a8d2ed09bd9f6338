import Domain
import Foundation

/// Precision, recall and F1 for one class or component.
public struct Score: Sendable, Equatable, Codable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init() {}

    public var precision: Double {
        truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
    /// How many items truly have the label.
    public var support: Int { truePositives + falseNegatives }
}

/// How well the Coach agrees with labelled replies.
public struct CoachEvaluation: Sendable {
    /// `confusion[expected][predicted]`, both in `Style.allCases` order.
    public var confusion: [[Int]]
    public var styles: [Style: Score]
    public var components: [Component: Score]
    public var count: Int
    /// Replies read differently from their label: id, label, reading.
    public var mistakes: [(id: String, expected: Style, predicted: Style)]

    /// The unweighted mean of the four styles' F1.
    public var macroF1: Double { Style.allCases.map { styles[$0]?.f1 ?? 0 }.reduce(0, +) / Double(Style.allCases.count) }

    /// The mean F1 over the scored components that have labels in the data.
    public var meanComponentF1: Double {
        let labelled = Component.scored.compactMap { components[$0] }.filter { $0.support > 0 }
        return labelled.isEmpty ? 0 : labelled.map(\.f1).reduce(0, +) / Double(labelled.count)
    }

    public var accuracy: Double {
        count == 0 ? 0 : Double((0..<4).map { confusion[$0][$0] }.reduce(0, +)) / Double(count)
    }

    /// Reads every reply with `coach` and compares.
    public init(coach: Coach, data: [LabelledReply]) {
        let styles = Style.allCases
        var confusion = Array(repeating: Array(repeating: 0, count: styles.count), count: styles.count)
        var styleScores: [Style: Score] = Dictionary(uniqueKeysWithValues: styles.map { ($0, Score()) })
        var componentScores: [Component: Score] = [:]
        var mistakes: [(String, Style, Style)] = []
        for reply in data {
            let analysis = coach.analyze(reply: reply.text, context: reply.context)
            let expected = styles.firstIndex(of: reply.label)!
            let predicted = styles.firstIndex(of: analysis.style)!
            confusion[expected][predicted] += 1
            if expected == predicted {
                styleScores[reply.label]!.truePositives += 1
            } else {
                styleScores[reply.label]!.falseNegatives += 1
                styleScores[analysis.style]!.falsePositives += 1
                mistakes.append((reply.id, reply.label, analysis.style))
            }
            for (component, truth) in reply.components ?? [:] {
                var score = componentScores[component] ?? Score()
                let said = analysis.has(component)
                switch (truth, said) {
                case (true, true): score.truePositives += 1
                case (false, true): score.falsePositives += 1
                case (true, false): score.falseNegatives += 1
                case (false, false): break
                }
                componentScores[component] = score
            }
        }
        self.confusion = confusion
        self.styles = styleScores
        self.components = componentScores
        self.count = data.count
        self.mistakes = mistakes
    }

    /// Adds another evaluation's counts to this one (for cross-validation folds).
    public mutating func absorb(_ other: CoachEvaluation) {
        for i in 0..<confusion.count { for j in 0..<confusion.count { confusion[i][j] += other.confusion[i][j] } }
        for (style, score) in other.styles {
            styles[style, default: Score()].truePositives += score.truePositives
            styles[style, default: Score()].falsePositives += score.falsePositives
            styles[style, default: Score()].falseNegatives += score.falseNegatives
        }
        for (component, score) in other.components {
            components[component, default: Score()].truePositives += score.truePositives
            components[component, default: Score()].falsePositives += score.falsePositives
            components[component, default: Score()].falseNegatives += score.falseNegatives
        }
        count += other.count
        mistakes += other.mistakes
    }

    /// A plain-text report: per-style scores, macro-F1, the confusion matrix and per-component F1.
    public func report() -> String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
        var out = "Coach evaluation on \(count) replies\n\n"
        out += pad("style", 20) + lpad("precision", 10) + lpad("recall", 10) + lpad("F1", 10) + lpad("support", 10) + "\n"
        for style in Style.allCases {
            let s = styles[style] ?? Score()
            out += pad(style.rawValue, 20) + lpad(f(s.precision), 10) + lpad(f(s.recall), 10) + lpad(f(s.f1), 10)
                + lpad(String(s.support), 10) + "\n"
        }
        out += "\nmacro-F1 \(f(macroF1))   accuracy \(f(accuracy))\n\n"
        out += "confusion (rows: label, columns: Coach)\n"
        let short = ["passive", "assertive", "aggressive", "pass-aggr"]
        out += pad("", 20) + short.map { lpad($0, 11) }.joined() + "\n"
        for (i, style) in Style.allCases.enumerated() {
            out += pad(style.rawValue, 20) + confusion[i].map { lpad(String($0), 11) }.joined() + "\n"
        }
        let labelled = Component.scored.filter { (components[$0]?.support ?? 0) > 0 || (components[$0]?.falsePositives ?? 0) > 0 }
        if !labelled.isEmpty {
            out += "\n" + pad("component", 20) + lpad("precision", 10) + lpad("recall", 10) + lpad("F1", 10) + lpad("support", 10) + "\n"
            for component in labelled {
                let s = components[component]!
                out += pad(component.rawValue, 20) + lpad(f(s.precision), 10) + lpad(f(s.recall), 10) + lpad(f(s.f1), 10)
                    + lpad(String(s.support), 10) + "\n"
            }
            out += "\nmean component F1 \(f(meanComponentF1))\n"
        }
        return out
    }
}

/// Reads labelled replies from JSON Lines text.
public enum LabelledData {
    /// A line that could not be read, with its 1-based number.
    public struct LineError: Error, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    public static func parse(_ text: String) throws -> [LabelledReply] {
        var replies: [LabelledReply] = []
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any] else {
                throw LineError(line: number, message: "not a JSON object")
            }
            guard let text = object["text"] as? String, !text.isEmpty else {
                throw LineError(line: number, message: "missing \"text\"")
            }
            guard let labelName = object["label"] as? String, let label = Style(rawValue: labelName) else {
                throw LineError(line: number, message: "\"label\" must be one of passive, assertive, aggressive, passive_aggressive")
            }
            var components: [Component: Bool] = [:]
            for component in Component.scored {
                if let value = object[component.rawValue] as? Bool { components[component] = value }
            }
            let id = (object["id"] as? String) ?? (object["id"] as? NSNumber)?.stringValue ?? "line-\(number)"
            replies.append(
                LabelledReply(
                    id: id, text: text, context: object["context"] as? String, setting: object["setting"] as? String,
                    label: label, components: components.isEmpty ? nil : components))
        }
        return replies
    }
}
