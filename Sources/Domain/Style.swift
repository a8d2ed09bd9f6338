/// The four communication styles the Coach reads from a reply (see CLINICAL.md).
public enum Style: String, CaseIterable, Codable, Sendable, Hashable, Comparable {
    case passive
    case assertive
    case aggressive
    case passiveAggressive = "passive_aggressive"

    /// A short, human label: "passive-aggressive" rather than the wire name.
    public var displayName: String {
        switch self {
        case .passive: "passive"
        case .assertive: "assertive"
        case .aggressive: "aggressive"
        case .passiveAggressive: "passive-aggressive"
        }
    }

    public static func < (lhs: Style, rhs: Style) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

extension Style: CodingKeyRepresentable {}
