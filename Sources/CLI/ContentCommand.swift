import ArgumentParser
import Curriculum
import Foundation

/// `speakup content`: check content packs.
struct ContentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "content",
        abstract: "Check lessons, scenarios and worksheets.",
        subcommands: [Check.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate the bundled packs and, if given, a folder of your own on top of them.",
            discussion: "Prints every problem as file:line:column: message and exits with status 65 if there are any. The format is in docs/content-format.md."
        )

        @Argument(help: "A content folder with lessons/, scenarios/ and worksheets/ inside.")
        var directory: String?

        func run() throws {
            let url = directory.map { URL(fileURLWithPath: $0) }
            do {
                let pack = try ContentPack.load(contentDirectory: url)
                print("Content is valid: \(pack.lessons.count) lessons, \(pack.scenarios.count) scenarios, \(pack.worksheets.count) worksheets.")
            } catch {
                for problem in error.errors { printError(problem.description) }
                printError("\(error.errors.count) problem\(error.errors.count == 1 ? "" : "s") found.")
                throw ExitCode(65)
            }
        }
    }
}

/// Shared option for commands that read content.
struct ContentOptions: ParsableArguments {
    @Option(help: "A folder of your own lessons, scenarios and worksheets, added to (or replacing by id) the bundled ones.")
    var contentDir: String?

    func load() throws -> ContentPack {
        if contentDir == nil { return ContentPack.bundled }
        do {
            return try ContentPack.load(contentDirectory: contentDir.map { URL(fileURLWithPath: $0) })
        } catch {
            for problem in error.errors { printError(problem.description) }
            throw ExitCode(65)
        }
    }
}
