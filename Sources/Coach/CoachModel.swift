import Domain
import Foundation

/// The Coach's learned weights: one softmax head for the style and one logistic head per scored
/// component, all over the same sparse features.
///
/// Stored as a tab-separated text file (a header, a bias row, then one row per feature) so that a
/// retrain shows up as a readable diff. `speakup coach train` writes it; nothing else should.
public struct CoachModel: Sendable {
    /// Column order after the feature name: the four styles, then the scored components.
    static let columns: [String] = Style.allCases.map(\.rawValue) + Component.scored.map(\.rawValue)
    static var width: Int { columns.count }

    var index: [String: Int]
    var names: [String]
    /// Row-major: `weights[feature * width + column]`.
    var weights: [Float]
    var bias: [Float]
    /// Divides the style scores before the softmax so the probabilities are calibrated: chosen by
    /// cross-validation on the training data, since a model fitted to its own data is over-sure.
    var temperature: Float = 1

    init(names: [String], weights: [Float], bias: [Float], temperature: Float = 1) {
        self.temperature = temperature
        self.names = names
        self.weights = weights
        self.bias = bias
        var index: [String: Int] = [:]
        index.reserveCapacity(names.count)
        for (i, name) in names.enumerated() { index[name] = i }
        self.index = index
    }

    /// Why a model file could not be read.
    public struct FormatError: Error, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "coach model line \(line): \(message)" }
    }

    /// Reads the text format written by `serialized()`.
    public init(text: String) throws {
        var names: [String] = []
        var weights: [Float] = []
        var bias: [Float] = []
        var temperature: Float = 1
        let width = Self.width
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields[0] == "<temperature>" {
                guard fields.count == 2, let value = Float(fields[1]), value > 0 else {
                    throw FormatError(line: lineNumber, message: "<temperature> needs one positive number")
                }
                temperature = value
                continue
            }
            guard fields.count == width + 1 else {
                throw FormatError(line: lineNumber, message: "expected \(width + 1) fields, found \(fields.count)")
            }
            var row: [Float] = []
            row.reserveCapacity(width)
            for field in fields.dropFirst() {
                guard let value = Float(field) else {
                    throw FormatError(line: lineNumber, message: "not a number: \(field)")
                }
                row.append(value)
            }
            if fields[0] == "<bias>" {
                bias = row
            } else {
                names.append(String(fields[0]))
                weights.append(contentsOf: row)
            }
        }
        guard bias.count == width else { throw FormatError(line: lineNumber, message: "no <bias> row") }
        self.init(names: names, weights: weights, bias: bias, temperature: temperature)
    }

    /// The text form, stable across runs for the same weights.
    public func serialized() -> String {
        var out = "# SpeakUp Coach weights, written by `speakup coach train` from data/coach/train.jsonl.\n"
        out += "# Do not edit by hand. Columns: feature\t" + Self.columns.joined(separator: "\t") + "\n"
        func format(_ value: Float) -> String {
            let rounded = (value * 10000).rounded() / 10000
            return rounded == 0 ? "0" : String(format: "%.4f", rounded)
        }
        out += "<temperature>\t" + format(temperature) + "\n"
        out += "<bias>\t" + bias.map(format).joined(separator: "\t") + "\n"
        let width = Self.width
        for (i, name) in names.enumerated() {
            let row = weights[(i * width)..<((i + 1) * width)]
            out += name + "\t" + row.map(format).joined(separator: "\t") + "\n"
        }
        return out
    }

    /// The weights shipped with SpeakUp.
    public static let bundled: CoachModel = {
        guard let url = Bundle.module.url(forResource: "coach-model", withExtension: "tsv"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            preconditionFailure("coach-model.tsv is missing from the Coach module's resources")
        }
        do { return try CoachModel(text: text) } catch { preconditionFailure("\(error)") }
    }()
}
