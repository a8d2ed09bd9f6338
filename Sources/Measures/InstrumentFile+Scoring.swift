import Domain
import Foundation
import YAMLReading
import Yams

/// Reading what an instrument file says about its scores: bands, reliable change, caseness, missing
/// answers, and the pinned LOINC codes.
extension InstrumentFile {
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
}
