import Domain
import Foundation

/// Why a sheet was not scored. The safety rules are still checked, so a caller can open the safety
/// pathway even for a sheet it cannot score.
public struct ScoringError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Each problem in plain words.
    public var problems: [String]
    /// Items whose answers met a safety rule; non-empty means show help whatever else is wrong.
    public var safetyItems: [Int]

    public init(problems: [String], safetyItems: [Int] = []) {
        self.problems = problems
        self.safetyItems = safetyItems
    }

    public var safetyTriggered: Bool { !safetyItems.isEmpty }
    public var description: String { problems.joined(separator: "\n") }
}

extension Instrument {
    /// The items whose answers open the safety pathway, whatever the total and whether or not the
    /// sheet can be scored. Answers are compared as chosen, before any reversal.
    public func safetyItems(for answers: Answers) -> [Int] {
        safetyRules.filter { rule in (answers[rule.item] ?? Int.min) >= rule.atLeast }.map(\.item).sorted()
    }

    /// What an answer to an item counts: the value itself, or for a reversed item
    /// (lowest option + highest option − value), so each item's range stays the same.
    public func itemScore(_ item: Item, answer: Int) -> Double {
        guard item.reversed else { return Double(answer) }
        let values = options(for: item).map(\.value)
        return Double((values.min() ?? 0) + (values.max() ?? 0) - answer)
    }

    /// Scores one sheet.
    ///
    /// The missing-answer rule is the instrument's: `refuse` needs every scored item answered;
    /// `prorate(maxMissing:)` allows that many unanswered and scales each score up from the answered
    /// items (a sum becomes the rounded mean × the item count), and the result says so. Unscored items
    /// may be left out. Throws when an answer is not one of its item's options, names no item, or too
    /// many are missing.
    public func score(_ answers: Answers) throws(ScoringError) -> AssessmentResult {
        let safety = safetyItems(for: answers)
        var problems: [String] = []
        for (number, value) in answers.values.sorted(by: { $0.key < $1.key }) {
            guard let item = item(number) else {
                problems.append("There is no item \(number); this questionnaire has items 1 to \(allItems.count).")
                continue
            }
            let values = options(for: item).map(\.value)
            if !values.contains(value) {
                problems.append(
                    "Item \(number): \(value) is not one of its answers (\(values.map(String.init).joined(separator: ", ")))."
                )
            }
        }
        let missing = items.map(\.number).filter { answers[$0] == nil }
        switch missingAnswers {
        case .refuse where !missing.isEmpty:
            problems.append(
                "\(Self.itemList(missing)) \(missing.count == 1 ? "is" : "are") unanswered; this questionnaire is scored only when every item is answered."
            )
        case .prorate(let most) where missing.count > most:
            problems.append(
                "\(Self.itemList(missing)) are unanswered; this questionnaire can be scored with at most \(most) unanswered."
            )
        default:
            break
        }
        guard problems.isEmpty else { throw ScoringError(problems: problems, safetyItems: safety) }

        func scale(_ numbers: [Int], _ method: ScoringMethod, _ name: String) throws(ScoringError) -> Score {
            let scores = numbers.compactMap { number -> Double? in
                guard let item = items.first(where: { $0.number == number }), let answer = answers[number] else {
                    return nil
                }
                return itemScore(item, answer: answer)
            }
            guard !scores.isEmpty else {
                throw ScoringError(
                    problems: ["Every item of \(name) is unanswered, so it cannot be scored."], safetyItems: safety)
            }
            let mean = scores.reduce(0, +) / Double(scores.count)
            let value: Double
            switch method {
            case .mean: value = mean
            case .sum:
                value =
                    scores.count == numbers.count
                    ? scores.reduce(0, +) : (mean * Double(numbers.count)).rounded(.toNearestOrAwayFromZero)
            }
            return Score(value: value, answered: scores.count, itemCount: numbers.count)
        }

        let total = try scale(totalItems, method, "the total")
        var subscaleScores: [SubscaleScore] = []
        for subscale in subscales {
            let score = try scale(subscale.items, subscale.method, "\"\(subscale.title)\"")
            subscaleScores.append(
                SubscaleScore(
                    id: subscale.id, title: subscale.title, score: score, range: subscale.range, better: subscale.better
                ))
        }
        return AssessmentResult(
            instrumentID: id, total: total, range: totalRange, band: band(for: total.value), subscales: subscaleScores,
            missingItems: missing, prorated: total.prorated || subscaleScores.contains { $0.score.prorated },
            safetyItems: safety, isCase: caseness?.isCase(total.value)
        )
    }

    /// Reads a list of answers in item order, as typed on a command line: `0,1,2,3` or `0 1 2 3`;
    /// `-` or nothing between commas leaves an item unanswered. Unscored items at the end may be left off.
    public func answers(fromList text: String) throws(ScoringError) -> Answers {
        let pieces = Self.listPieces(text)
        let count = allItems.count
        guard (items.count...count).contains(pieces.count) else {
            let expected = items.count == count ? "\(count)" : "\(items.count) to \(count)"
            throw ScoringError(problems: ["Expected \(expected) answers in item order, found \(pieces.count)."])
        }
        var list: [Int?] = []
        var problems: [String] = []
        for (index, piece) in pieces.enumerated() {
            if piece.isEmpty || piece == "-" {
                list.append(nil)
            } else if let value = Int(piece.hasPrefix("+") ? String(piece.dropFirst()) : piece) {
                list.append(value)
            } else {
                problems.append("Answer \(index + 1) (\"\(piece)\") is not a whole number.")
                list.append(nil)
            }
        }
        guard problems.isEmpty else { throw ScoringError(problems: problems) }
        return Answers(inOrder: list)
    }

    /// A typed list's pieces in item order: split on commas or semicolons when there are any (an
    /// empty piece is an unanswered item), else on spaces and tabs.
    static func listPieces(_ text: String) -> [String] {
        text.contains(",") || text.contains(";")
            ? text.components(separatedBy: CharacterSet(charactersIn: ",;")).map { $0.trimmingCharacters(in: .whitespaces) }
            : text.components(separatedBy: CharacterSet(charactersIn: " \t")).filter { !$0.isEmpty }
    }

    /// The answers that can be read from a list `answers(fromList:)` refused, by position (`0,1,x,2`
    /// answers items 1, 2 and 4), so a safety rule can still be checked on a mistyped list.
    public func readableAnswers(fromList text: String) -> Answers {
        Answers(inOrder: Self.listPieces(text).map { Int($0.hasPrefix("+") ? String($0.dropFirst()) : $0) })
    }

    static func itemList(_ numbers: [Int]) -> String {
        switch numbers.count {
        case 1: "Item \(numbers[0])"
        default: "Items " + numbers.dropLast().map(String.init).joined(separator: ", ") + " and \(numbers.last!)"
        }
    }
}
