import Domain
import Foundation

/// The questionnaires SpeakUp can give: the bundled ones, plus any a clinic imports.
public struct InstrumentCatalog: Sendable {
    public private(set) var instruments: [Instrument]

    /// A catalogue of these instruments; a later one with the same id replaces an earlier one.
    public init(_ instruments: [Instrument]) {
        var result: [Instrument] = []
        for instrument in instruments {
            if let index = result.firstIndex(where: { $0.id == instrument.id }) {
                result[index] = instrument
            } else {
                result.append(instrument)
            }
        }
        self.instruments = result
    }

    public func instrument(_ id: String) -> Instrument? { instruments.first { $0.id == id } }

    /// This catalogue with imported instruments added; an import never replaces a bundled instrument
    /// (so a file called `phq9` cannot change how the PHQ-9 is scored), and those are returned as refused.
    public func adding(_ imported: [Instrument]) -> (catalog: InstrumentCatalog, refused: [Instrument]) {
        let bundledIDs = Set(Self.bundled.instruments.map(\.id))
        let refused = imported.filter { bundledIDs.contains($0.id) }
        return (InstrumentCatalog(instruments + imported.filter { !bundledIDs.contains($0.id) }), refused)
    }

    /// The folder of bundled instrument files inside the Measures module's resources.
    public static var bundledDirectory: URL {
        guard let url = Bundle.module.url(forResource: "instruments", withExtension: nil) else {
            preconditionFailure("the bundled instruments folder is missing from the Measures module's resources")
        }
        return url
    }

    /// The bundled instruments, in a fixed order. The test suite checks every file, so loading them
    /// cannot fail in a release.
    public static let bundled: InstrumentCatalog = {
        do {
            let loaded = try load(directory: bundledDirectory, label: "bundled")
            let order = ["phq9", "gad7", "rses", "ipip-assertiveness", "ipip-cooperation", "situations"]
            return InstrumentCatalog(
                loaded.sorted {
                    (order.firstIndex(of: $0.id) ?? order.count, $0.id) < (
                        order.firstIndex(of: $1.id) ?? order.count, $1.id
                    )
                })
        } catch {
            preconditionFailure("bundled instruments: \(error)")
        }
    }()

    /// Every `.yaml` file in a folder, parsed; throws every problem in every file at once, and a
    /// duplicate id as a problem of the second file.
    public static func load(directory: URL, label: String) throws(ContentErrors) -> [Instrument] {
        var errors: [ContentError] = []
        var instruments: [Instrument] = []
        var files: [String: String] = [:]
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        if names.isEmpty {
            errors.append(ContentError(file: label, line: 1, column: 1, message: "no instrument files (.yaml) here"))
        }
        for name in names {
            let file = label + "/" + name
            do {
                let instrument = try InstrumentParser.parse(
                    contentsOf: directory.appendingPathComponent(name), file: file)
                if let other = files[instrument.id] {
                    errors.append(
                        ContentError(
                            file: file, line: 1, column: 1,
                            message: "duplicate id \"\(instrument.id)\" (also in \(other))"))
                    continue
                }
                files[instrument.id] = file
                instruments.append(instrument)
            } catch {
                errors += error.errors
            }
        }
        guard errors.isEmpty else { throw ContentErrors(errors: errors.sorted()) }
        return instruments
    }
}
