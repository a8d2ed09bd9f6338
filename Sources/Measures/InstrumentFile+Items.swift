import Domain
import Foundation
import YAMLReading
import Yams

/// Reading an instrument file's items, answer options and the built-in scoring key.
extension InstrumentFile {
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
}
