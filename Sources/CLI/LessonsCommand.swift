import ArgumentParser
import Curriculum
import Domain
import Foundation

/// `speakup lessons`: read the lessons in the terminal.
struct LessonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons",
        abstract: "List the lessons, or show one.",
        subcommands: [List.self, Show.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the lessons in course order.")
        @OptionGroup var content: ContentOptions

        func run() throws {
            for lesson in try content.load().lessons {
                print("\(lesson.number).\t\(lesson.id)\t\(lesson.title)")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print one lesson.")
        @Argument(help: "The lesson id or number (see `speakup lessons`).") var lesson: String
        @Flag(name: .customLong("no-color"), help: "Plain text, no colour.") var noColor = false
        @OptionGroup var content: ContentOptions

        func run() throws {
            let pack = try content.load()
            guard let found = pack.lesson(lesson) ?? Int(lesson).flatMap({ n in pack.lessons.first { $0.number == n } }) else {
                printError("Error: no lesson \"\(lesson)\". See `speakup lessons` for ids and numbers.")
                throw ExitCode.validationFailure
            }
            let t = Terminal.forStandardOutput(noColor: noColor)
            var out = [t.paint("\(found.number). \(found.title)", .bold), found.summary, ""]
            for section in found.sections {
                out.append(t.paint(section.heading, .bold))
                out += section.paragraphs.map { $0 + "\n" }
            }
            out.append(t.paint("One situation, four ways", .bold))
            out.append(found.examples.situation)
            for style in Style.allCases {
                if let example = found.examples.byStyle[style] {
                    out.append("  \(t.paint(style.displayName, .bold)): \(example.text)")
                    out.append("    " + t.paint(example.note, .dim))
                }
            }
            out.append("")
            out.append(t.paint("Check yourself", .bold))
            for (i, question) in found.questions.enumerated() {
                out.append("\(i + 1). \(question.ask)")
                for (k, option) in question.options.enumerated() { out.append("   \(Character(UnicodeScalar(97 + k)!))) \(option)") }
            }
            out.append("")
            out.append(t.paint("Answers (try first, then look)", .bold))
            for (i, question) in found.questions.enumerated() {
                out.append("\(i + 1). \(Character(UnicodeScalar(97 + question.answer)!)). " + t.paint(question.explain, .dim))
            }
            if !found.practice.isEmpty {
                out.append("")
                out.append(t.paint("Practise it: ", .bold) + found.practice.map { "speakup practice \($0)" }.joined(separator: ", "))
            }
            print(out.joined(separator: "\n"))
        }
    }
}
