/// A highlighted stretch of text, in UTF-16 offsets so a browser can mark it directly
/// (`String.prototype.slice(start, end)` in JavaScript gives the same characters).
public struct TextSpan: Codable, Sendable, Hashable {
    /// What the span stands for: a component name (`hedging`) or a style cue (`style:aggressive`).
    public var label: String
    /// UTF-16 offset of the first code unit.
    public var start: Int
    /// UTF-16 offset one past the last code unit.
    public var end: Int
    /// The covered text, for readers that do not want to slice.
    public var text: String

    public init(label: String, start: Int, end: Int, text: String) {
        self.label = label
        self.start = start
        self.end = end
        self.text = text
    }
}

extension String {
    /// The substring between two UTF-16 offsets, clamped to the string; empty when out of range.
    public func utf16Slice(_ start: Int, _ end: Int) -> String {
        let view = utf16
        let lower = Swift.max(0, Swift.min(start, view.count))
        let upper = Swift.max(lower, Swift.min(end, view.count))
        let from = view.index(view.startIndex, offsetBy: lower)
        let to = view.index(from, offsetBy: upper - lower)
        // Offsets on scalar boundaries (all the screens produce) slice the string directly; a cut
        // through a surrogate pair decodes with a replacement character.
        if let lowerScalar = from.samePosition(in: unicodeScalars), let upperScalar = to.samePosition(in: unicodeScalars) {
            return String(unicodeScalars[lowerScalar..<upperScalar])
        }
        return String(decoding: Array(view[from..<to]), as: UTF16.self)
    }
}
