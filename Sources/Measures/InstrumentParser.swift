import Domain
import Foundation
import YAMLReading
import Yams

/// Reads instrument files (docs/instrument-format.md) into `Instrument` values.
///
/// Every problem is reported at once, each as `file:line:column: message`, the same way
/// `speakup content check` reports lessons and scenarios.
public enum InstrumentParser {
    /// Parses one instrument file's text; `file` names it in the messages.
    public static func parse(_ text: String, file: String) throws(ContentErrors) -> Instrument {
        let reader = YAMLReader(file: file)
        let instrument = reader.root(text).flatMap { InstrumentFile(reader: reader).instrument($0) }
        guard let instrument, reader.errors.isEmpty else {
            let errors =
                reader.errors.isEmpty
                ? [ContentError(file: file, line: 1, column: 1, message: "the file is not an instrument")]
                : reader.errors
            throw ContentErrors(errors: errors.sorted())
        }
        return instrument
    }

    /// Reads and parses a file; `file` (default: the path as given) names it in the messages.
    public static func parse(contentsOf url: URL, file: String? = nil) throws(ContentErrors) -> Instrument {
        let name = file ?? url.path
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ContentErrors(errors: [ContentError(file: name, line: 1, column: 1, message: "cannot read the file")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ContentErrors(errors: [
                ContentError(file: name, line: 1, column: 1, message: "cannot read the file as UTF-8 text")
            ])
        }
        return try parse(text, file: name)
    }

    /// Every problem in a file's text, sorted by line; empty when it is a valid instrument.
    public static func check(_ text: String, file: String) -> [ContentError] {
        do {
            _ = try parse(text, file: file)
            return []
        } catch {
            return error.errors
        }
    }
}

/// The parse of one file. A struct over the shared reader, so each rule reads as one small function.
struct InstrumentFile {
    let reader: YAMLReader

    static let required = ["id", "title", "stem", "items", "total", "better", "licence"]
    static let optional = [
        "kind", "about", "options", "option_sets", "unscored", "reversed", "subscales", "method", "bands",
        "reliable_change", "caseness", "missing", "scoring", "loinc_panel", "loinc_total", "key",
    ]

    /// An item as read, with the nodes later checks point at.
    struct ParsedItem {
        var item: Instrument.Item
        var node: Node
        var reversedNode: Node?
        var loincNode: Node?
        var optionsNode: Node?
        var optionNodes: [Node]
        var safety: SafetyRule?
    }

    func instrument(_ root: Node) -> Instrument? {
        let context = "instrument"
        guard let f = reader.fields(root, where: context, required: Self.required, optional: Self.optional) else {
            return nil
        }
        let id = identifier(f, "id", context)
        let title = reader.string(f, "title", context)
        let stem = reader.string(f, "stem", context)
        let about = reader.string(f, "about", context)
        let licence = reader.string(f, "licence", context)
        let scoringNote = reader.string(f, "scoring", context)
        let kind = choice(f, "kind", context, as: Instrument.Kind.self) ?? .scale
        let method = choice(f, "method", context, as: ScoringMethod.self) ?? .sum
        let better = choice(f, "better", context, as: Direction.self)
        let loincPanel = loincCode(f, "loinc_panel", context)
        let loincTotal = loincCode(f, "loinc_total", context)

        let shared = f["options"].flatMap { options($0, context: "options") }
        var sets: [String: [Instrument.AnswerOption]] = [:]
        if let node = f["option_sets"] {
            if case .mapping(let mapping) = node {
                for (key, value) in mapping {
                    guard let name = key.string, isIdentifier(name) else {
                        reader.fail(key, "option_sets: names must be lowercase letters, digits and hyphens")
                        continue
                    }
                    if let list = options(value, context: "option set \"\(name)\"") { sets[name] = list.options }
                }
            } else {
                reader.fail(node, "instrument: \"option_sets\" must be a mapping of names to option lists")
            }
        }

        var parsed: [ParsedItem] = []
        let itemNodes = reader.list(f, "items", context) ?? []
        if f["items"] != nil && itemNodes.isEmpty { reader.fail(f["items"], "instrument: \"items\" is empty") }
        for (index, node) in itemNodes.enumerated() {
            if let item = item(node, expected: index + 1, scored: true, sets: sets) { parsed.append(item) }
        }
        var parsedUnscored: [ParsedItem] = []
        let unscoredNodes = reader.list(f, "unscored", context) ?? []
        for (index, node) in unscoredNodes.enumerated() {
            if let item = item(node, expected: itemNodes.count + index + 1, scored: false, sets: sets) {
                parsedUnscored.append(item)
            }
        }
        // Ranges computed from a partial item list would only repeat the item's own error.
        let everyItemRead = parsed.count == itemNodes.count && parsedUnscored.count == unscoredNodes.count
        var numbers: Set<Int> = []
        for entry in parsed + parsedUnscored where !numbers.insert(entry.item.number).inserted {
            reader.fail(entry.node, "item \(entry.item.number): the number is used twice")
        }
        if shared == nil, let bare = (parsed + parsedUnscored).first(where: { $0.item.options == nil }) {
            reader.fail(
                bare.node, "item \(bare.item.number): no options; give the instrument \"options\" or the item its own")
        }
        let sharedOptions = shared?.options ?? []
        func optionsOf(_ item: Instrument.Item) -> [Instrument.AnswerOption] { item.options ?? sharedOptions }

        // Reversed items: per item (`reversed: true`) or as one list (`reversed: [2, 5]`), not both.
        if f["reversed"] != nil {
            if let marked = parsed.first(where: { $0.reversedNode != nil }) {
                reader.fail(
                    marked.reversedNode,
                    "item \(marked.item.number): use either the \"reversed\" list or \"reversed: true\" on items, not both"
                )
            }
            for (number, numberNode) in ints(f, "reversed", context) ?? [] {
                if let index = parsed.firstIndex(where: { $0.item.number == number }) {
                    if parsed[index].item.reversed {
                        reader.fail(numberNode, "reversed: item \(number) is listed twice")
                    }
                    parsed[index].item.reversed = true
                } else if parsedUnscored.contains(where: { $0.item.number == number }) {
                    reader.fail(numberNode, "reversed: item \(number) is unscored, so it cannot be reversed")
                } else {
                    reader.fail(numberNode, "reversed: item \(number) is not one of the items (1 to \(parsed.count))")
                }
            }
        }

        // A safety rule must be reachable by some answers and not by every answer.
        for entry in parsed + parsedUnscored {
            guard let rule = entry.safety else { continue }
            let values = optionsOf(entry.item).map(\.value)
            guard let low = values.min(), let high = values.max() else { continue }
            if rule.atLeast <= low || rule.atLeast > high {
                reader.fail(
                    entry.node,
                    "item \(entry.item.number) safety: \"at_least\" must be above the lowest answer (\(low)) and no more than the highest (\(high))"
                )
            }
        }

        // A built-in key (the Rathus schedule) is applied and checked before anything is totalled.
        var keyName: String?
        if let node = f["key"] {
            if let name = node.string, let key = ScoringKey.named(name) {
                keyName = key.name
                apply(
                    key, to: &parsed, root: root, fields: f, sharedOptions: sharedOptions, method: method,
                    better: better)
            } else {
                reader.fail(
                    node,
                    "instrument: unknown key \"\(node.string ?? "")\"; use one of: \(ScoringKey.all.map(\.name).joined(separator: ", "))"
                )
            }
        } else if let id, let key = ScoringKey.forInstrument(id) {
            keyName = key.name
            apply(key, to: &parsed, root: root, fields: f, sharedOptions: sharedOptions, method: method, better: better)
        }

        let items = parsed.map(\.item)
        let scoredNumbers = Set(items.map(\.number))
        let rangeOf: (Instrument.Item) -> (min: Double, max: Double) = { item in
            let values = optionsOf(item).map { Double($0.value) }
            return (values.min() ?? 0, values.max() ?? 0)
        }
        func range(_ numbers: [Int], _ method: ScoringMethod) -> ScoreRange {
            let ranges = numbers.compactMap { n in items.first { $0.number == n } }.map(rangeOf)
            let low = ranges.reduce(0) { $0 + $1.min }, high = ranges.reduce(0) { $0 + $1.max }
            switch method {
            case .sum: return ScoreRange(min: low, max: high)
            case .mean:
                let count = Double(max(ranges.count, 1))
                return ScoreRange(min: low / count, max: high / count)
            }
        }

        // Subscales.
        var subscales: [Instrument.Subscale] = []
        for node in reader.list(f, "subscales", context) ?? [] {
            guard
                let s = reader.fields(
                    node, where: "subscale", required: ["id", "title", "items"], optional: ["better", "method"])
            else { continue }
            let subscaleID = identifier(s, "id", "subscale")
            let subcontext = "subscale \"\(subscaleID ?? "?")\""
            let subscaleTitle = reader.string(s, "title", subcontext)
            let members = itemList(
                s, "items", subcontext, scored: scoredNumbers, unscored: parsedUnscored.map(\.item.number))
            let subscaleMethod = choice(s, "method", subcontext, as: ScoringMethod.self) ?? method
            let subscaleBetter = choice(s, "better", subcontext, as: Direction.self) ?? better
            if let subscaleID, subscales.contains(where: { $0.id == subscaleID }) {
                reader.fail(s["id"], "\(subcontext): the id is used twice")
            }
            if let subscaleID, let subscaleTitle, let members, !members.isEmpty, let subscaleBetter {
                subscales.append(
                    Instrument.Subscale(
                        id: subscaleID, title: subscaleTitle, items: members, method: subscaleMethod,
                        better: subscaleBetter, range: range(members, subscaleMethod)))
            }
        }

        // The total: which items, and the range the file expects, checked against what the items allow.
        var totalItems = items.map(\.number)
        var totalRange: ScoreRange?
        if let node = f["total"],
            let t = reader.fields(node, where: "total", required: ["min", "max"], optional: ["items"])
        {
            if t["items"] != nil {
                if let members = itemList(
                    t, "items", "total", scored: scoredNumbers, unscored: parsedUnscored.map(\.item.number)),
                    !members.isEmpty
                {
                    totalItems = members
                }
            }
            let low = reader.number(t, "min", "total"), high = reader.number(t, "max", "total")
            if let low, let high, !items.isEmpty, everyItemRead {
                let computed = range(totalItems, method)
                if !close(low, computed.min) {
                    reader.fail(
                        t["min"],
                        "total: \"min\" is \(format(low)) but the lowest possible total of these items is \(format(computed.min))"
                    )
                }
                if !close(high, computed.max) {
                    reader.fail(
                        t["max"],
                        "total: \"max\" is \(format(high)) but the highest possible total of these items is \(format(computed.max))"
                    )
                }
            }
            if let low, let high { totalRange = ScoreRange(min: low, max: high) }
        }

        let bands = self.bands(f, kind: kind, method: method, range: totalRange)
        let reliableChange = self.reliableChange(f, kind: kind)
        let caseness = self.caseness(f, kind: kind, range: totalRange)
        let missing = self.missingRule(f, scoredCount: items.count)

        if let id, let codes = LOINC.pinned[id] {
            checkPinned(
                codes, id: id, fields: f, panel: loincPanel, total: loincTotal, scored: parsed,
                unscored: parsedUnscored,
                sharedOptions: shared)
        }

        guard let id, let title, let stem, let licence, let better, let totalRange, !items.isEmpty else { return nil }
        return Instrument(
            id: id, title: title, kind: kind, stem: stem, about: about, options: sharedOptions, items: items,
            unscored: parsedUnscored.map(\.item), subscales: subscales, totalItems: totalItems, totalRange: totalRange,
            method: method, better: better, bands: bands, reliableChange: reliableChange, caseness: caseness,
            licence: licence, scoringNote: scoringNote, loincPanel: loincPanel, loincTotal: loincTotal,
            safetyRules: parsed.compactMap(\.safety) + parsedUnscored.compactMap(\.safety), missingAnswers: missing,
            key: keyName
        )
    }

    // MARK: Small readers

    func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 64 && !text.hasPrefix("-") && !text.hasSuffix("-") && !text.contains("--")
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    func identifier(_ f: [String: Node], _ key: String, _ context: String) -> String? {
        guard let text = reader.string(f, key, context) else { return nil }
        guard isIdentifier(text) else {
            reader.fail(
                f[key], "\(context): \"\(key)\" must be lowercase letters, digits and single hyphens (at most 64)")
            return nil
        }
        return text
    }

    func choice<T: RawRepresentable & CaseIterable>(
        _ f: [String: Node], _ key: String, _ context: String, as type: T.Type
    ) -> T?
    where T.RawValue == String {
        guard let node = f[key] else { return nil }
        if let name = node.string, let value = T(rawValue: name) { return value }
        reader.fail(
            node, "\(context): \"\(key)\" must be one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        return nil
    }

    func loincCode(_ f: [String: Node], _ key: String, _ context: String) -> String? {
        guard let node = f[key] else { return nil }
        guard let code = node.string, LOINC.isValidCode(code) else {
            reader.fail(
                node,
                "\(context): \"\(node.string ?? "")\" is not a LOINC code with a correct check digit (like 44261-6)")
            return nil
        }
        return code
    }

    func ints(_ f: [String: Node], _ key: String, _ context: String) -> [(Int, Node)]? {
        guard let list = reader.list(f, key, context) else { return nil }
        var result: [(Int, Node)] = []
        for node in list {
            if let value = node.int {
                result.append((value, node))
            } else {
                reader.fail(node, "\(context): every entry of \"\(key)\" must be an item number")
            }
        }
        return result
    }

    /// A list of scored item numbers, each once.
    func itemList(_ f: [String: Node], _ key: String, _ context: String, scored: Set<Int>, unscored: [Int]) -> [Int]? {
        guard let entries = ints(f, key, context) else { return nil }
        if entries.isEmpty { reader.fail(f[key], "\(context): \"\(key)\" is empty") }
        var result: [Int] = []
        for (number, node) in entries {
            if unscored.contains(number) {
                reader.fail(node, "\(context): item \(number) is unscored, so it cannot count here")
            } else if !scored.contains(number) {
                reader.fail(node, "\(context): item \(number) is not one of the items")
            } else if result.contains(number) {
                reader.fail(node, "\(context): item \(number) is listed twice")
            } else {
                result.append(number)
            }
        }
        return result
    }

    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 0.005 }
}

/// The parser's and the CSV's short name for `ScoreFormat.text`.
func format(_ value: Double) -> String { ScoreFormat.text(value) }
