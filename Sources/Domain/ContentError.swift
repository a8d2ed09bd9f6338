/// A problem in a content file (a lesson, scenario, worksheet or questionnaire), with where it is.
public struct ContentError: Error, Sendable, Hashable, CustomStringConvertible, Comparable {
    /// The file, as a path relative to the folder that was checked (or "bundled/…" for the shipped packs).
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, the form editors and CI logs link to.
    public var description: String { "\(file):\(line):\(column): \(message)" }

    public static func < (a: ContentError, b: ContentError) -> Bool {
        (a.file, a.line, a.column, a.message) < (b.file, b.line, b.column, b.message)
    }
}

/// Content that failed to load, with every problem found.
///
/// Shared by the content packs and the questionnaire files, so `speakup content check` and
/// `speakup instruments check` report problems the same way.
public struct ContentErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [ContentError]

    public init(errors: [ContentError]) { self.errors = errors }

    public var description: String { errors.sorted().map(\.description).joined(separator: "\n") }
}
