import Foundation

/// ANSI styling for terminal output, off when the output is not a terminal or when asked.
struct Terminal: Sendable {
    var colour: Bool

    static func forStandardOutput(noColor: Bool) -> Terminal {
        let env = ProcessInfo.processInfo.environment
        let colour = !noColor && isatty(STDOUT_FILENO) == 1 && (env["NO_COLOR"] ?? "").isEmpty && env["TERM"] != "dumb"
        return Terminal(colour: colour)
    }

    enum Ink: String {
        case bold = "1", dim = "2", underline = "4"
        case red = "31", green = "32", yellow = "33", blue = "34", magenta = "35", cyan = "36"
        case onGreen = "42;30", onYellow = "43;30", onRed = "41;97", onMagenta = "45;97", onCyan = "46;30"
    }

    func paint(_ text: String, _ inks: Ink...) -> String {
        guard colour, !inks.isEmpty else { return text }
        return "\u{1B}[" + inks.map(\.rawValue).joined(separator: ";") + "m" + text + "\u{1B}[0m"
    }
}

/// Writes to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
