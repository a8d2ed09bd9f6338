import Foundation

/// One labelled text for measuring the screen.
public struct LabelledText: Sendable {
    public var id: String
    public var text: String
    public var isCrisis: Bool
    public var categories: [SafetyCategory]

    public init(id: String, text: String, isCrisis: Bool, categories: [SafetyCategory]) {
        self.id = id
        self.text = text
        self.isCrisis = isCrisis
        self.categories = categories
    }

    /// Reads JSON Lines: `{"id", "text", "label": "crisis"|"not_crisis", "categories": [...]}`.
    public static func parse(_ jsonl: String) throws -> [LabelledText] {
        var items: [LabelledText] = []
        var number = 0
        for line in jsonl.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw ParseError(line: number, message: "not a JSON object")
            }
            guard let text = object["text"] as? String else { throw ParseError(line: number, message: "missing \"text\"") }
            guard let label = object["label"] as? String, label == "crisis" || label == "not_crisis" else {
                throw ParseError(line: number, message: "\"label\" must be \"crisis\" or \"not_crisis\"")
            }
            var categories: [SafetyCategory] = []
            for name in (object["categories"] as? [String]) ?? [] {
                guard let category = SafetyCategory(rawValue: name) else {
                    throw ParseError(line: number, message: "unknown category \"\(name)\"")
                }
                categories.append(category)
            }
            let id = (object["id"] as? String) ?? "line-\(number)"
            items.append(LabelledText(id: id, text: text, isCrisis: label == "crisis", categories: categories))
        }
        return items
    }

    public struct ParseError: Error, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }
}

/// How the screen does on labelled texts.
public struct SafetyEvaluation: Sendable {
    public var crisisCount = 0
    public var safeCount = 0
    public var misses: [String] = []
    public var falseAlarms: [String] = []
    /// Per category: how many labelled texts, and how many of those the screen flagged with that category.
    public var categoryTotals: [SafetyCategory: Int] = [:]
    public var categoryFound: [SafetyCategory: Int] = [:]

    public init(data: [LabelledText], screen: (String) -> SafetyResult = SafetyScreen.check) {
        for item in data { record(item, screen(item.text)) }
    }

    /// Adds one labelled text and what the screen made of it.
    public mutating func record(_ item: LabelledText, _ result: SafetyResult) {
        if item.isCrisis {
            crisisCount += 1
            if !result.isCrisis { misses.append(item.id) }
            for category in item.categories {
                categoryTotals[category, default: 0] += 1
                if result.categories.contains(category) { categoryFound[category, default: 0] += 1 }
            }
        } else {
            safeCount += 1
            if result.isCrisis { falseAlarms.append(item.id) }
        }
    }

    /// Share of crisis texts the screen flagged.
    public var recall: Double { crisisCount == 0 ? 0 : Double(crisisCount - misses.count) / Double(crisisCount) }
    /// Share of not-crisis texts the screen flagged.
    public var falseAlarmRate: Double { safeCount == 0 ? 0 : Double(falseAlarms.count) / Double(safeCount) }

    public func categoryRecall(_ category: SafetyCategory) -> Double {
        let total = categoryTotals[category] ?? 0
        return total == 0 ? 0 : Double(categoryFound[category] ?? 0) / Double(total)
    }

    public func report() -> String {
        var out = "Safety screen evaluation: \(crisisCount) crisis, \(safeCount) not crisis\n\n"
        out += String(format: "crisis recall     %.3f  (%d of %d flagged)\n", recall, crisisCount - misses.count, crisisCount)
        out += String(format: "false-alarm rate  %.3f  (%d of %d flagged)\n\n", falseAlarmRate, falseAlarms.count, safeCount)
        out += "per-category recall (flagged with the right category)\n"
        for category in SafetyCategory.allCases where (categoryTotals[category] ?? 0) > 0 {
            out += String(format: "  %-16@ %.3f  (%d of %d)\n", category.rawValue as NSString, categoryRecall(category),
                          categoryFound[category] ?? 0, categoryTotals[category] ?? 0)
        }
        out += "\nmisses: " + (misses.isEmpty ? "none" : misses.joined(separator: ", ")) + "\n"
        out += "false alarms: " + (falseAlarms.isEmpty ? "none" : falseAlarms.joined(separator: ", ")) + "\n"
        return out
    }
}
