import Domain

/// A scoring key built into SpeakUp for an instrument whose wording we may not ship.
///
/// A clinic that holds a licence loads the wording from its own file; the key (a fact, not text)
/// is applied to that file so it scores correctly whatever the file says about reversed items, and
/// the file is refused where it contradicts the key.
public struct ScoringKey: Sendable, Equatable {
    /// The name a file gives as `key:`.
    public var name: String
    /// Instrument ids that take this key without naming it.
    public var instrumentIDs: [String]
    public var itemCount: Int
    /// The option values, exactly.
    public var optionValues: Set<Int>
    public var reversed: Set<Int>
    public var total: ScoreRange
    public var better: Direction

    /// The Rathus Assertiveness Schedule (CLINICAL.md): 30 items rated +3 to −3 with no 0; items 1, 2, 4,
    /// 5, 9, 11, 12, 13, 14, 15, 16, 17, 19, 23, 24, 26 and 30 reversed; total −90 to +90, higher is
    /// more assertive.
    public static let rathus = ScoringKey(
        name: "rathus",
        instrumentIDs: ["ras"],
        itemCount: 30,
        optionValues: [3, 2, 1, -1, -2, -3],
        reversed: [1, 2, 4, 5, 9, 11, 12, 13, 14, 15, 16, 17, 19, 23, 24, 26, 30],
        total: ScoreRange(min: -90, max: 90),
        better: .higher
    )

    public static let all: [ScoringKey] = [rathus]

    public static func named(_ name: String) -> ScoringKey? { all.first { $0.name == name } }

    /// The key an instrument id implies (`ras` → Rathus).
    public static func forInstrument(_ id: String) -> ScoringKey? { all.first { $0.instrumentIDs.contains(id) } }
}
