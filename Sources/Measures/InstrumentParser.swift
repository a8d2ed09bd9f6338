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

    // MARK: Items and options

    func item(_ node: Node, expected: Int, scored: Bool, sets: [String: [Instrument.AnswerOption]]) -> ParsedItem? {
        let optional =
            scored ? ["loinc", "reversed", "options", "safety", "group"] : ["loinc", "options", "safety", "group"]
        guard
            let f = reader.fields(
                node, where: scored ? "item" : "unscored item", required: ["n", "text"], optional: optional)
        else {
            return nil
        }
        let number = reader.int(f, "n", "item", in: 1...999)
        let context = "item \(number.map(String.init) ?? "?")"
        if let number, number != expected {
            reader.fail(
                f["n"],
                "\(context): items are numbered 1, 2, 3… in order (unscored ones after the scored); expected \(expected) here"
            )
        }
        let text = reader.string(f, "text", context)
        let group = reader.string(f, "group", context)
        let loinc = loincCode(f, "loinc", context)
        let reversed = reader.bool(f, "reversed", context) ?? false
        var ownOptions: [Instrument.AnswerOption]?
        var optionNodes: [Node] = []
        if let optionsNode = f["options"] {
            if case .scalar = optionsNode, let name = optionsNode.string {
                if let set = sets[name] {
                    ownOptions = set
                } else {
                    reader.fail(
                        optionsNode,
                        "\(context): there is no option set \"\(name)\"\(sets.isEmpty ? "" : "; use one of: \(sets.keys.sorted().joined(separator: ", "))")"
                    )
                }
            } else if let list = options(optionsNode, context: "\(context) options") {
                ownOptions = list.options
                optionNodes = list.nodes
            }
        }
        var safety: SafetyRule?
        if let safetyNode = f["safety"], case .scalar = safetyNode {
            reader.fail(
                safetyNode,
                "\(context): \"safety\" must be a rule like {at_least: 1} (an answer of 1 or more opens the safety pathway), not a sentence"
            )
        } else if let safetyNode = f["safety"],
            let s = reader.fields(safetyNode, where: "\(context) safety", required: ["at_least"], optional: ["note"])
        {
            let atLeast = reader.int(s, "at_least", "\(context) safety", in: -999...999)
            let note = reader.string(s, "note", "\(context) safety")
            if let atLeast, let number { safety = SafetyRule(item: number, atLeast: atLeast, note: note) }
        }
        guard let number, let text else { return nil }
        return ParsedItem(
            item: Instrument.Item(
                number: number, text: text, group: group, loinc: loinc, reversed: reversed, options: ownOptions),
            node: node, reversedNode: f["reversed"], loincNode: f["loinc"], optionsNode: f["options"],
            optionNodes: optionNodes,
            safety: safety
        )
    }

    func options(_ node: Node, context: String) -> (options: [Instrument.AnswerOption], nodes: [Node])? {
        guard case .sequence(let sequence) = node else {
            reader.fail(node, "\(context): must be a list of {value, label}")
            return nil
        }
        var result: [Instrument.AnswerOption] = []
        var nodes: [Node] = []
        for entry in sequence {
            guard let o = reader.fields(entry, where: "option", required: ["value", "label"], optional: ["loinc"])
            else { continue }
            let value = reader.int(o, "value", "option", in: -999...999)
            let label = reader.string(o, "label", "option")
            var code: String?
            if let codeNode = o["loinc"] {
                if let text = codeNode.string, LOINC.isAnswerCode(text) {
                    code = text
                } else {
                    reader.fail(codeNode, "option: \"loinc\" must be a LOINC answer code like LA6568-5")
                }
            }
            guard let value, let label else { continue }
            if result.contains(where: { $0.value == value }) {
                reader.fail(o["value"], "\(context): the value \(value) is used twice")
            }
            if result.contains(where: { $0.label == label }) {
                reader.fail(o["label"], "\(context): the label \"\(label)\" is used twice")
            }
            result.append(Instrument.AnswerOption(value: value, label: label, loinc: code))
            nodes.append(entry)
        }
        if result.count < 2 && sequence.count == result.count {
            reader.fail(node, "\(context): give at least two options")
        }
        let coded = result.filter { $0.loinc != nil }.count
        if coded > 0 && coded < result.count {
            reader.fail(node, "\(context): give every option a LOINC answer code, or none")
        }
        return (result, nodes)
    }

    // MARK: The built-in key

    func apply(
        _ key: ScoringKey, to parsed: inout [ParsedItem], root: Node, fields f: [String: Node],
        sharedOptions: [Instrument.AnswerOption], method: ScoringMethod, better: Direction?
    ) {
        let name = key.name
        if parsed.count != key.itemCount {
            reader.fail(
                f["items"] ?? root, "the \(name) key needs \(key.itemCount) scored items; this file has \(parsed.count)"
            )
        }
        let values = { (options: [Instrument.AnswerOption]) in Set(options.map(\.value)) }
        let expected = key.optionValues.sorted(by: >).map { $0 > 0 ? "+\($0)" : "\($0)" }.joined(separator: ", ")
        if !sharedOptions.isEmpty && values(sharedOptions) != key.optionValues {
            reader.fail(f["options"], "the \(name) key needs the option values \(expected) exactly")
        }
        for entry in parsed where entry.item.options != nil && values(entry.item.options!) != key.optionValues {
            reader.fail(
                entry.optionsNode,
                "item \(entry.item.number): the \(name) key needs the option values \(expected) exactly")
        }
        if method != .sum { reader.fail(f["method"], "the \(name) key is scored as a sum") }
        if let better, better != key.better {
            reader.fail(
                f["better"], "the \(name) key scores higher as more assertive: use better: \(key.better.rawValue)")
        }
        let marked = parsed.filter(\.item.reversed)
        if marked.isEmpty {
            // The file leaves reversal to the key.
            for index in parsed.indices {
                parsed[index].item.reversed = key.reversed.contains(parsed[index].item.number)
            }
            return
        }
        for entry in parsed {
            let number = entry.item.number
            if entry.item.reversed && !key.reversed.contains(number) {
                reader.fail(
                    entry.reversedNode ?? f["reversed"] ?? entry.node,
                    "item \(number) is marked reversed, but the \(name) key scores it as it stands")
            } else if !entry.item.reversed && key.reversed.contains(number) {
                reader.fail(
                    entry.node,
                    "item \(number) is reversed in the \(name) key; mark it reversed or leave reversal to the key")
            }
        }
    }

    // MARK: Bands, reliable change, caseness, missing answers

    func bands(_ f: [String: Node], kind: Instrument.Kind, method: ScoringMethod, range: ScoreRange?) -> [Band] {
        guard let node = f["bands"], let list = reader.list(f, "bands", "instrument") else { return [] }
        if kind == .selfMonitoring {
            reader.fail(node, "a self-monitoring tool has no bands: its numbers carry no clinical meaning")
            return []
        }
        if method != .sum {
            reader.fail(node, "bands need whole-number totals; use method: sum")
            return []
        }
        var bands: [(Band, Node)] = []
        for entry in list {
            guard let b = reader.fields(entry, where: "band", required: ["from", "to", "label"]) else { continue }
            let from = reader.int(b, "from", "band", in: -99_999...99_999)
            let to = reader.int(b, "to", "band", in: -99_999...99_999)
            let label = reader.string(b, "label", "band")
            if let label, let first = label.unicodeScalars.first, !CharacterSet.alphanumerics.contains(first) {
                reader.fail(b["label"], "band: the label must start with a letter or digit")
            }
            guard let from, let to, let label else { continue }
            if from > to {
                reader.fail(entry, "band \"\(label)\": \"from\" (\(from)) is after \"to\" (\(to))")
                continue
            }
            if bands.contains(where: { $0.0.label == label }) {
                reader.fail(b["label"], "band \"\(label)\": the label is used twice")
            }
            bands.append((Band(from: from, to: to, label: label), entry))
        }
        guard let range, !bands.isEmpty else { return bands.map(\.0) }
        let low = Int(range.min.rounded()), high = Int(range.max.rounded())
        if bands[0].0.from != low {
            reader.fail(bands[0].1, "bands start at \(bands[0].0.from) but the lowest total is \(low)")
        }
        for (previous, next) in zip(bands, bands.dropFirst()) {
            if next.0.from > previous.0.to + 1 {
                let gap =
                    next.0.from - 1 == previous.0.to + 1
                    ? "\(previous.0.to + 1)" : "\(previous.0.to + 1) to \(next.0.from - 1)"
                reader.fail(next.1, "band \"\(next.0.label)\": totals \(gap) fall in no band")
            } else if next.0.from <= previous.0.to {
                reader.fail(
                    next.1,
                    "band \"\(next.0.label)\" (\(next.0.from)-\(next.0.to)) overlaps \"\(previous.0.label)\" (\(previous.0.from)-\(previous.0.to)); list bands from lowest to highest without overlap"
                )
            }
        }
        if let last = bands.last, last.0.to != high {
            reader.fail(last.1, "bands end at \(last.0.to) but the highest total is \(high)")
        }
        return bands.map(\.0)
    }

    func reliableChange(_ f: [String: Node], kind: Instrument.Kind) -> ReliableChangeCriterion? {
        guard let node = f["reliable_change"],
            let r = reader.fields(
                node, where: "reliable_change", required: ["source"], optional: ["points", "sd", "r"])
        else { return nil }
        if kind == .selfMonitoring {
            reader.fail(
                node, "a self-monitoring tool has no reliable-change criterion: it has no published reliability")
            return nil
        }
        let context = "reliable_change"
        let points = reader.number(r, "points", context)
        let sd = reader.number(r, "sd", context)
        let retest = reader.number(r, "r", context)
        let source = reader.string(r, "source", context)
        var valid = true
        if let points, points <= 0 {
            reader.fail(r["points"], "reliable_change: \"points\" must be more than 0"); valid = false
        }
        if let sd, sd <= 0 { reader.fail(r["sd"], "reliable_change: \"sd\" must be more than 0"); valid = false }
        if let retest, !(0..<1).contains(retest) {
            reader.fail(r["r"], "reliable_change: \"r\" must be from 0 up to (not including) 1"); valid = false
        }
        if (r["sd"] == nil) != (r["r"] == nil) {
            reader.fail(node, "reliable_change: the reliable change index needs both \"sd\" and \"r\""); valid = false
        }
        if r["points"] == nil && r["sd"] == nil && r["r"] == nil {
            reader.fail(node, "reliable_change: give \"points\", or \"sd\" and \"r\", or all three"); valid = false
        }
        guard valid, let source else { return nil }
        return ReliableChangeCriterion(points: points, sd: sd, r: retest, source: source)
    }

    func caseness(_ f: [String: Node], kind: Instrument.Kind, range: ScoreRange?) -> Caseness? {
        guard let node = f["caseness"],
            let c = reader.fields(node, where: "caseness", required: [], optional: ["at_least", "at_most", "source"])
        else { return nil }
        if kind == .selfMonitoring {
            reader.fail(node, "a self-monitoring tool has no caseness threshold: its numbers carry no clinical meaning")
            return nil
        }
        let atLeast = reader.number(c, "at_least", "caseness"), atMost = reader.number(c, "at_most", "caseness")
        let source = reader.string(c, "source", "caseness")
        if (c["at_least"] == nil) == (c["at_most"] == nil) {
            reader.fail(
                node,
                "caseness: give exactly one of \"at_least\" (a higher total is a case) or \"at_most\" (a lower total is)"
            )
            return nil
        }
        guard let threshold = atLeast ?? atMost else { return nil }
        if let range, threshold < range.min || threshold > range.max {
            reader.fail(
                c["at_least"] ?? c["at_most"],
                "caseness: \(format(threshold)) is outside the total's range (\(format(range.min)) to \(format(range.max)))"
            )
        }
        return Caseness(threshold: threshold, direction: atLeast != nil ? .atLeast : .atMost, source: source)
    }

    func missingRule(_ f: [String: Node], scoredCount: Int) -> MissingAnswerRule {
        guard let node = f["missing"],
            let m = reader.fields(node, where: "missing", required: ["rule"], optional: ["max_missing"])
        else {
            return .refuse
        }
        switch m["rule"]?.string {
        case "refuse":
            if m["max_missing"] != nil {
                reader.fail(m["max_missing"], "missing: \"max_missing\" goes with rule: prorate")
            }
            return .refuse
        case "prorate":
            guard m["max_missing"] != nil else {
                reader.fail(node, "missing: rule: prorate needs \"max_missing\", the most unanswered items it allows")
                return .refuse
            }
            guard let most = reader.int(m, "max_missing", "missing", in: 1...max(1, scoredCount - 1)) else {
                return .refuse
            }
            return .prorate(maxMissing: most)
        default:
            reader.fail(m["rule"], "missing: \"rule\" must be refuse or prorate")
            return .refuse
        }
    }

    // MARK: The pinned LOINC table

    func checkPinned(
        _ codes: LOINC.InstrumentCodes, id: String, fields f: [String: Node], panel: String?, total: String?,
        scored: [ParsedItem], unscored: [ParsedItem],
        sharedOptions: (options: [Instrument.AnswerOption], nodes: [Node])?
    ) {
        let name = codes.name
        func compare(_ actual: String?, _ expected: String?, _ node: Node?, _ what: String, given: Bool = false) {
            // A code given but unreadable has had its own error already.
            guard actual != expected, !(given && actual == nil) else { return }
            switch (actual, expected) {
            case (let actual?, let expected?):
                reader.fail(
                    node, "\(what): LOINC \(actual) differs from the pinned code \(expected) for \(name) (CLINICAL.md)")
            case (nil, let expected?):
                reader.fail(node, "\(what): no LOINC code; \(name)'s pinned code is \(expected)")
            case (let actual?, nil):
                reader.fail(node, "\(what): LOINC \(actual), but \(name) has no pinned code here")
            default: break
            }
        }
        compare(panel, codes.panel, f["loinc_panel"] ?? f["id"], "loinc_panel", given: f["loinc_panel"] != nil)
        compare(total, codes.total, f["loinc_total"] ?? f["id"], "loinc_total", given: f["loinc_total"] != nil)
        for entry in scored {
            compare(
                entry.item.loinc, codes.items[entry.item.number], entry.loincNode ?? entry.node,
                "item \(entry.item.number)",
                given: entry.loincNode != nil)
        }
        for entry in unscored {
            compare(
                entry.item.loinc, codes.unscoredItems[entry.item.number], entry.loincNode ?? entry.node,
                "item \(entry.item.number)",
                given: entry.loincNode != nil)
            for (option, node) in zip(entry.item.options ?? [], entry.optionNodes) {
                compare(
                    option.loinc, codes.unscoredAnswers[entry.item.number]?[option.value], node,
                    "item \(entry.item.number) option \(option.value)")
            }
        }
        if let sharedOptions {
            for (option, node) in zip(sharedOptions.options, sharedOptions.nodes) {
                compare(option.loinc, codes.answers[option.value], node, "option \(option.value)")
            }
        }
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

/// Scores as people read them.
public enum ScoreFormat {
    /// A number as people write it: `27`, `-90`, `2.5`, `3.33` (at most two decimals).
    public static func text(_ value: Double) -> String { format(value) }
}

/// A number as people write it: `27`, `-90`, `2.5`, `3.33`.
func format(_ value: Double) -> String {
    if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
    var text = String(format: "%.2f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
}
