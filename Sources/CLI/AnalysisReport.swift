import Coach
import Domain

/// The readable, coloured report of `speakup analyze`.
struct AnalysisReport {
    var terminal: Terminal

    func render(_ text: String, context: String?, _ analysis: Analysis) -> String {
        var lines: [String] = []
        if let context { lines.append(terminal.paint("They said: ", .dim) + context) }
        lines.append(terminal.paint("You said:  ", .dim) + highlight(text, analysis.spans))
        lines.append("")
        let percent = Style.allCases
            .sorted { analysis.probabilities[$0, default: 0] > analysis.probabilities[$1, default: 0] }
            .map { "\($0.displayName) \(Int((analysis.probabilities[$0, default: 0] * 100).rounded()))%" }
            .joined(separator: ", ")
        lines.append(terminal.paint("Style: ", .bold) + terminal.paint(analysis.style.displayName, .bold, ink(for: analysis.style)) + "  (" + percent + ")")
        let present = analysis.presentComponents
        if present.isEmpty {
            lines.append(terminal.paint("Skills: ", .bold) + "none detected")
        } else {
            let names = present.map { component in
                terminal.paint(component.displayName, component.isStrength ? .green : .yellow)
            }
            lines.append(terminal.paint("Skills: ", .bold) + names.joined(separator: ", "))
        }
        var seenCues = Set<String>()
        let cues = analysis.spans.filter { $0.label.hasPrefix("style:") }
            .map { "\"\($0.text)\"" }
            .filter { seenCues.insert($0.lowercased()).inserted }
            .prefix(4)
        if !cues.isEmpty {
            lines.append(terminal.paint("Why: ", .bold) + "the words " + cues.joined(separator: ", ") + " read as \(analysis.style.displayName).")
        }
        if !analysis.tips.isEmpty {
            lines.append("")
            lines.append(terminal.paint("Tips", .bold))
            for tip in analysis.tips { lines.append("  • " + tip) }
        }
        if let suggestion = analysis.suggestion {
            lines.append("")
            lines.append(terminal.paint("Try: ", .bold) + suggestion)
        }
        return lines.joined(separator: "\n")
    }

    func ink(for style: Style) -> Terminal.Ink {
        switch style {
        case .assertive: .green
        case .passive: .blue
        case .aggressive: .red
        case .passiveAggressive: .magenta
        }
    }

    /// Marks component spans in the reply: strengths green, things to work on yellow or red.
    /// Without colour, marks them with [brackets].
    func highlight(_ text: String, _ spans: [TextSpan]) -> String {
        let units = Array(text.utf16)
        var marks = [Terminal.Ink?](repeating: nil, count: units.count)
        for span in spans where !span.label.hasPrefix("style:") {
            guard let component = Component(rawValue: span.label) else { continue }
            let ink: Terminal.Ink = component.isStrength ? .onGreen
                : [.blamesOther, .insult, .threat, .shouting].contains(component) ? .onRed : .onYellow
            for i in max(0, span.start)..<min(units.count, span.end) where marks[i] == nil || ink == .onRed {
                marks[i] = ink
            }
        }
        var out = ""
        var i = 0
        while i < units.count {
            let ink = marks[i]
            var j = i
            while j < units.count, marks[j] == ink { j += 1 }
            // Never split a surrogate pair.
            while j < units.count, UTF16.isTrailSurrogate(units[j]) { j += 1 }
            let piece = String(decoding: units[i..<j], as: UTF16.self)
            if let ink {
                out += terminal.colour ? terminal.paint(piece, ink) : "[" + piece + "]"
            } else {
                out += piece
            }
            i = j
        }
        return out
    }
}
