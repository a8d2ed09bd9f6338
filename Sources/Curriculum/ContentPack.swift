import Domain
import YAMLReading
import Foundation

/// Lessons, scenarios and worksheets, loaded from the bundled packs and an optional folder of one's own.
///
/// A file in the folder whose `id` matches a bundled item replaces it; a new `id` adds to the packs.
public struct ContentPack: Sendable {
    public private(set) var lessons: [Lesson]
    public private(set) var scenarios: [Scenario]
    public private(set) var worksheets: [Worksheet]

    public func lesson(_ id: String) -> Lesson? { lessons.first { $0.id == id } }
    public func scenario(_ id: String) -> Scenario? { scenarios.first { $0.id == id } }
    public func worksheet(_ id: String) -> Worksheet? { worksheets.first { $0.id == id } }

    /// The bundled content folder inside the Curriculum module's resources.
    public static var bundledDirectory: URL {
        guard let url = Bundle.module.url(forResource: "content", withExtension: nil) else {
            preconditionFailure("the bundled content folder is missing from the Curriculum module's resources")
        }
        return url
    }

    /// The bundled packs. They are checked by the test suite, so loading them cannot fail in a release.
    public static let bundled: ContentPack = {
        do { return try load(contentDirectory: nil) } catch { preconditionFailure("bundled content: \(error)") }
    }()

    /// Loads the bundled packs, then the folder's files over them. Throws every problem found at once.
    public static func load(contentDirectory: URL?) throws(ContentErrors) -> ContentPack {
        var errors: [ContentError] = []
        var pack = ContentPack(lessons: [], scenarios: [], worksheets: [])
        var sources: [String: String] = [:]  // id → file, for duplicate reports
        pack.merge(read(bundledDirectory, label: "bundled", errors: &errors), overriding: false, sources: &sources, errors: &errors)
        if let contentDirectory {
            var isFolder: ObjCBool = false
            if !FileManager.default.fileExists(atPath: contentDirectory.path, isDirectory: &isFolder) || !isFolder.boolValue {
                errors.append(ContentError(file: contentDirectory.path, line: 1, column: 1, message: "no such folder"))
            } else {
                let own = read(contentDirectory, label: contentDirectory.path, errors: &errors)
                pack.merge(own, overriding: true, sources: &sources, errors: &errors)
            }
        }
        pack.crossCheck(sources: sources, errors: &errors)
        guard errors.isEmpty else { throw ContentErrors(errors: errors.sorted()) }
        pack.lessons.sort { ($0.number, $0.id) < ($1.number, $1.id) }
        pack.scenarios.sort { ($0.context.rawValue, $0.difficulty, $0.id) < ($1.context.rawValue, $1.difficulty, $1.id) }
        pack.worksheets.sort { $0.id < $1.id }
        return pack
    }

    /// Every problem in a folder checked on top of the bundled packs (or alone), sorted by file and line.
    public static func check(_ directory: URL?) -> [ContentError] {
        do {
            _ = try load(contentDirectory: directory)
            return []
        } catch {
            return error.errors
        }
    }

    struct FileItems {
        var lessons: [(Lesson, String)] = []
        var scenarios: [(Scenario, String)] = []
        var worksheets: [(Worksheet, String)] = []
    }

    static func read(_ directory: URL, label: String, errors: inout [ContentError]) -> FileItems {
        var items = FileItems()
        let root = directory.standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return items }
        var files: [URL] = []
        for case let url as URL in enumerator where ["yaml", "yml"].contains(url.pathExtension.lowercased()) {
            files.append(url.standardizedFileURL)
        }
        for url in files.sorted(by: { $0.path < $1.path }) {
            let relative = String(url.path.dropFirst(root.path.count + 1))
            let name = label + "/" + relative
            let reader = YAMLReader(file: name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                errors.append(ContentError(file: name, line: 1, column: 1, message: "cannot read the file as UTF-8 text"))
                continue
            }
            let kind = relative.split(separator: "/").first.map(String.init) ?? ""
            if let node = reader.root(text) {
                switch kind {
                case "lessons": if let lesson = ContentParser.lesson(node, reader) { items.lessons.append((lesson, name)) }
                case "scenarios": if let scenario = ContentParser.scenario(node, reader) { items.scenarios.append((scenario, name)) }
                case "worksheets": if let worksheet = ContentParser.worksheet(node, reader) { items.worksheets.append((worksheet, name)) }
                default:
                    reader.fail(nil, "content files go in lessons/, scenarios/ or worksheets/")
                }
            }
            errors += reader.errors
        }
        return items
    }

    mutating func merge(_ items: FileItems, overriding: Bool, sources: inout [String: String], errors: inout [ContentError]) {
        var seenHere: [String: String] = [:]
        func claim(_ id: String, _ file: String) -> Bool {
            if let other = seenHere[id] {
                errors.append(ContentError(file: file, line: 1, column: 1, message: "duplicate id \"\(id)\" (also in \(other))"))
                return false
            }
            seenHere[id] = file
            sources[id] = file
            return true
        }
        for (lesson, file) in items.lessons where claim(lesson.id, file) {
            if overriding, let i = lessons.firstIndex(where: { $0.id == lesson.id }) { lessons[i] = lesson; continue }
            if overriding, scenarios.contains(where: { $0.id == lesson.id }) {
                errors.append(ContentError(file: file, line: 1, column: 1, message: "duplicate id \"\(lesson.id)\": a scenario already has it"))
                continue
            }
            lessons.append(lesson)
        }
        for (scenario, file) in items.scenarios where claim(scenario.id, file) {
            if overriding, let i = scenarios.firstIndex(where: { $0.id == scenario.id }) { scenarios[i] = scenario; continue }
            if lessons.contains(where: { $0.id == scenario.id }) {
                errors.append(ContentError(file: file, line: 1, column: 1, message: "duplicate id \"\(scenario.id)\": a lesson already has it"))
                continue
            }
            scenarios.append(scenario)
        }
        var worksheetSeen: [String: String] = [:]
        for (worksheet, file) in items.worksheets {
            if let other = worksheetSeen[worksheet.id] {
                errors.append(ContentError(file: file, line: 1, column: 1, message: "duplicate worksheet id \"\(worksheet.id)\" (also in \(other))"))
                continue
            }
            worksheetSeen[worksheet.id] = file
            if overriding, let i = worksheets.firstIndex(where: { $0.id == worksheet.id }) { worksheets[i] = worksheet } else {
                worksheets.append(worksheet)
            }
        }
    }

    func crossCheck(sources: [String: String], errors: inout [ContentError]) {
        let scenarioIDs = Set(scenarios.map(\.id))
        for lesson in lessons {
            for id in lesson.practice where !scenarioIDs.contains(id) {
                errors.append(ContentError(file: sources[lesson.id] ?? lesson.id, line: 1, column: 1,
                                           message: "lesson \"\(lesson.id)\": practice names \"\(id)\", which is not a scenario"))
            }
        }
        var numbers: [Int: String] = [:]
        for lesson in lessons {
            if let other = numbers[lesson.number] {
                errors.append(ContentError(file: sources[lesson.id] ?? lesson.id, line: 1, column: 1,
                                           message: "lesson \"\(lesson.id)\": number \(lesson.number) is also used by \"\(other)\""))
            }
            numbers[lesson.number] = lesson.id
        }
    }
}
