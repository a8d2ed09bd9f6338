import Safety

/// What a free-text path reports back after saving: the stored text and whether the safety flag
/// was recorded with it.
public struct StoredFreeText: Sendable, Equatable {
    public var text: String
    public var safetyFlagged: Bool

    public init(text: String, safetyFlagged: Bool) {
        self.text = text
        self.safetyFlagged = safetyFlagged
    }
}

/// The rule in ARCHITECTURE.md, as a check every free-text path's tests call.
public enum FreeTextContract {
    public static let crisisText = "Asked my manager about the rota today. Honestly I don't want to be alive anymore."
    public static let ordinaryText = "Asked my manager about the rota today. She said yes, which felt great."

    /// Sends a crisis text and an ordinary one through `submit`; returns the broken rules, if any.
    public static func verify(_ submit: (String) async throws -> StoredFreeText?) async rethrows -> [String] {
        var problems: [String] = []
        precondition(SafetyScreen.check(crisisText).isCrisis && !SafetyScreen.check(ordinaryText).isCrisis,
                     "the contract's own samples no longer read as intended")
        for (text, shouldFlag) in [(crisisText, true), (ordinaryText, false)] {
            guard let stored = try await submit(text) else {
                problems.append("the text was not stored: \"\(text)\"")
                continue
            }
            if stored.text != text { problems.append("the stored text differs from what was written: \"\(stored.text)\"") }
            if stored.safetyFlagged != shouldFlag {
                problems.append(shouldFlag ? "the screen's finding was not recorded" : "an ordinary text was flagged")
            }
        }
        return problems
    }
}
