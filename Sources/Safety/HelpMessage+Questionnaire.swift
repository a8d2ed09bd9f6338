extension HelpMessage {
    /// The help shown when a questionnaire answer opens the safety pathway (the PHQ-9's item 9 at 1 or
    /// more), whatever the total. One wording for the terminal and the web.
    ///
    /// - Parameter answersKept: whether the answers were stored (so the message can say so truthfully).
    public static func questionnaire(resources: CrisisResources, answersKept: Bool) -> HelpMessage {
        var help = HelpMessage(
            for: SafetyResult(level: .concern, categories: [.suicidal], spans: []), resources: resources,
            textKept: false)
        help.heading = "You don't have to carry this alone"
        help.body = [
            "One of your answers suggests things may be very hard for you right now, perhaps with thoughts of being better off dead or of hurting yourself. Thank you for answering honestly; that takes courage.",
            "Please tell someone about these thoughts soon: your doctor or therapist, someone you trust, or one of the lines below, any time of day or night.",
        ]
        if answersKept { help.body.append("Your answers have been kept.") }
        return help
    }
}
