import Domain

/// The Coach's reading of one reply.
public struct Analysis: Sendable, Codable, Equatable {
    /// The most likely style.
    public var style: Style
    /// A probability for each style; they sum to 1.
    public var probabilities: [Style: Double]
    /// Every component, present or not. The eight in `Component.scored` come from trained detectors;
    /// the rest are reported from their cues.
    public var components: [Component: Bool]
    /// The words behind each present component (`label` is the component's name) and the cues behind the
    /// style (`label` is `style:` and the style's name), in UTF-16 offsets, ordered by start.
    public var spans: [TextSpan]
    /// At most three short coaching sentences: what went well first, then the one change that would help most.
    public var tips: [String]
    /// The reply with its hedges and extra apologies taken out, when that can be done without changing
    /// what it asks or refuses; `nil` otherwise.
    public var suggestion: String?

    public init(
        style: Style, probabilities: [Style: Double], components: [Component: Bool], spans: [TextSpan],
        tips: [String], suggestion: String?
    ) {
        self.style = style
        self.probabilities = probabilities
        self.components = components
        self.spans = spans
        self.tips = tips
        self.suggestion = suggestion
    }

    /// Whether a component is present.
    public func has(_ component: Component) -> Bool { components[component] ?? false }

    /// The components present, in the order of `Component.allCases`.
    public var presentComponents: [Component] { Component.allCases.filter { has($0) } }
}
