/// The words shown when the screen fires: calm, kind, and pointing to real help.
///
/// The text never blocks or replaces what the person wrote; callers keep and store it as usual.
public struct HelpMessage: Sendable, Equatable {
    public var heading: String
    public var body: [String]
    public var emergency: String
    public var resources: CrisisResources

    /// - Parameter textKept: whether the app stored what the person wrote (so it can say so truthfully).
    public init(for result: SafetyResult, resources: CrisisResources, textKept: Bool = true) {
        self.resources = resources
        self.emergency = "If you are in immediate danger, or someone else is, call your local emergency number now."
        if result.categories.contains(.abuseDanger) && !result.categories.contains(.suicidal) {
            heading = "Your safety matters most"
            body = [
                "What you wrote sounds frightening, and it's not your fault. You deserve to be safe.",
                "If someone is hurting or threatening you, standing up to them in the moment can make things more dangerous. It's okay to keep yourself safe first and get help from people trained for this.",
            ]
        } else if result.categories == [.harmToOthers] {
            heading = "Let's pause for a moment"
            body = [
                "It sounds like you're carrying a lot of anger or pain right now. Those feelings are real, and you don't have to act on them.",
                "If you feel you might hurt someone, step away from them and from anything you could use to hurt them, and talk to someone now. The people below are there to help, day or night.",
            ]
        } else {
            heading = result.level == .urgent ? "Please reach out now" : "You don't have to carry this alone"
            body = [
                "Thank you for writing this down. It sounds like things are really hard right now, and what you're feeling matters.",
                "Talking to someone can help, even if it feels hard to start. The people below are there to listen, and you can contact them any time.",
            ]
        }
        if textKept { body.append("What you wrote has been kept. You can come back to it whenever you want.") }
    }
}
