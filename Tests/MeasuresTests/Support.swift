import Domain
import Foundation
import Measures
import Testing

/// The bundled files, loaded once without `InstrumentCatalog.bundled`'s precondition, so a broken
/// file fails the tests with its `file:line:column` problems instead of stopping the test run.
let bundledLoad = Result { try InstrumentCatalog.load(directory: InstrumentCatalog.bundledDirectory, label: "bundled") }

/// Every bundled instrument, in file-name order.
func allBundled() throws -> [Instrument] { try bundledLoad.get() }

/// The bundled instrument with this id; the test fails when it is missing.
func bundled(_ id: String) throws -> Instrument {
    try #require(try allBundled().first { $0.id == id }, "no bundled instrument \"\(id)\"")
}

/// A test-only instrument file from Fixtures/.
func fixture(_ name: String) throws -> (text: String, url: URL) {
    let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil), "no Fixtures folder")
    let url = folder.appendingPathComponent(name)
    return (try String(contentsOf: url, encoding: .utf8), url)
}

/// Parses YAML text, recording the errors as the test's failure when there are any.
func parse(_ text: String, file: String = "test.yaml") throws -> Instrument {
    do {
        return try InstrumentParser.parse(text, file: file)
    } catch {
        Issue.record("unexpected problems:\n\(error.description)")
        throw error
    }
}

/// The problems a text has, as `file:line:column: message`.
func problems(_ text: String, file: String = "test.yaml") -> [String] {
    InstrumentParser.check(text, file: file).map(\.description)
}

/// Raw answers (before reversal) that make each scored item count `scores[i]`, written out by hand
/// from the options: for a reversed item the raw answer is the option at the mirrored position.
func rawAnswers(_ instrument: Instrument, scoring scores: [Int]) -> Answers {
    var answers = Answers()
    for (item, score) in zip(instrument.items, scores) {
        let values = instrument.options(for: item).map(\.value).sorted()
        if item.reversed {
            let position = values.firstIndex(of: score)!
            answers[item.number] = values[values.count - 1 - position]
        } else {
            answers[item.number] = score
        }
    }
    return answers
}

/// Item scores adding up to `total`: as many items at `high` as fit, one item taking the rest, others at `low`.
func itemScores(total: Int, count: Int, low: Int, high: Int) -> [Int] {
    var remaining = total - low * count
    return (0..<count).map { _ in
        let add = min(high - low, remaining)
        remaining -= add
        return low + add
    }
}
