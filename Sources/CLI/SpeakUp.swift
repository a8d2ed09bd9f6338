import ArgumentParser

/// The `speakup` command: practice and admin from the terminal.
public struct SpeakUp: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "speakup",
        abstract: "Practise speaking up: assertiveness training you can host yourself.",
        discussion: """
            SpeakUp reads how a reply comes across (passive, assertive, aggressive or \
            passive-aggressive) and explains why. It is a skill-building tool, not a diagnosis or treatment.
            """,
        subcommands: [Analyze.self, CoachCommand.self, SafetyCommand.self, ContentCommand.self, PracticeCommand.self, LessonsCommand.self, InstrumentsCommand.self, AssessCommand.self, ExportCommand.self, UsersCommand.self, ServeCommand.self]
    )

    public init() {}
}

extension SpeakUp {
    /// Parses the process arguments and runs the chosen command, async or not.
    ///
    /// Called from the executable's top-level code; it goes through `asyncParseAsRoot` directly because
    /// overload resolution there picks the synchronous `main()`, which refuses async commands on Linux.
    public static func runFromCommandLine() async {
        do {
            var command = try await asyncParseAsRoot(nil)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
