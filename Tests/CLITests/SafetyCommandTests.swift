import ArgumentParser
@testable import CLI
import Foundation
import Testing

@Suite("speakup safety eval")
struct SafetyCommandTests {
    func temporaryFile(_ contents: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("speakup-\(UUID().uuidString)").path
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("candidate weights that cannot be read are refused with the file and the line")
    func brokenWeights() throws {
        let data = try temporaryFile(#"{"id": "t1", "text": "hello", "label": "not_crisis", "categories": []}"# + "\n")
        let weights = try temporaryFile("# weights\n<threshold>\t0.5\n<bias>\t0\t0\n")
        defer { try? FileManager.default.removeItem(atPath: data); try? FileManager.default.removeItem(atPath: weights) }
        let command = try #require(try SpeakUp.parseAsRoot(["safety", "eval", data, "--weights", weights]) as? SafetyCommand.Evaluate)
        #expect {
            try command.run()
        } throws: { error in
            let message = "\(error)"
            return message.contains(weights) && message.contains("line 3")
        }
    }

    @Test("--rules-only and --weights together are refused")
    func rulesOnlyAndWeights() throws {
        let data = try temporaryFile(#"{"id": "t1", "text": "hello", "label": "not_crisis", "categories": []}"# + "\n")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let command = try #require(
            try SpeakUp.parseAsRoot(["safety", "eval", data, "--rules-only", "--weights", "w.tsv"]) as? SafetyCommand.Evaluate)
        #expect(throws: ValidationError.self) { try command.run() }
    }

    @Test("training options out of range are refused, naming the option and the value", arguments: [
        (["--threshold-floor", "1.5"], "--threshold-floor"), (["--minimum-count", "0"], "--minimum-count"),
    ])
    func trainingOptions(arguments: [String], option: String) throws {
        let data = try temporaryFile(#"{"id": "t1", "text": "hello", "label": "not_crisis", "categories": []}"# + "\n")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let command = try #require(
            try SpeakUp.parseAsRoot(["safety", "train", "--data", data, "--output", "/nonexistent/w.tsv"] + arguments)
                as? SafetyCommand.Train)
        #expect {
            try command.run()
        } throws: { error in
            "\(error)".contains(option) && "\(error)".contains(arguments[1])
        }
    }
}
