import Domain

/// How strongly a text suggests someone may be at risk.
public enum SafetyLevel: String, Codable, Sendable, Comparable, CaseIterable {
    /// Nothing found.
    case none
    /// Risk language without an immediate plan or danger: show help gently.
    case concern
    /// A plan, means, a time, an act in progress or immediate danger: show help before anything else.
    case urgent

    public static func < (lhs: SafetyLevel, rhs: SafetyLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// What kind of risk a text speaks of.
public enum SafetyCategory: String, Codable, Sendable, CaseIterable, Hashable {
    case suicidal
    case selfHarm = "self_harm"
    case harmToOthers = "harm_to_others"
    /// The writer is in danger from someone else (violence, threats, coercive control).
    case abuseDanger = "abuse_danger"
}

/// The screen's reading of one text.
public struct SafetyResult: Codable, Sendable, Equatable {
    public var level: SafetyLevel
    public var categories: [SafetyCategory]
    /// The words that triggered the screen, in UTF-16 offsets; `label` is the category.
    public var spans: [TextSpan]

    public init(level: SafetyLevel, categories: [SafetyCategory], spans: [TextSpan]) {
        self.level = level
        self.categories = categories
        self.spans = spans
    }

    /// True for `concern` and `urgent`: help should be shown.
    public var isCrisis: Bool { level != .none }

    public static let clear = SafetyResult(level: .none, categories: [], spans: [])
}
