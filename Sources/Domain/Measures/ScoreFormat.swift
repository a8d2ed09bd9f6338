import Foundation

/// Scores as people read them, the same in the terminal, the web pages, the CSV and error messages.
public enum ScoreFormat {
    /// A number as people write it: `27`, `-90`, `2.5`, `3.33` (at most two decimals).
    public static func text(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
