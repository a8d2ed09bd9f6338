import Foundation
import Safety
import TestSupport
import Testing

@Suite("Safety: weights and measured quality")
struct SafetyModelTests {
    /// The targets on the dev split, asserted as they stand: recall at least 0.98 and false
    /// alarms at most 5%. Measured: 205 of 209 and 12 of 255, so one more false alarm fails.
    static let recallFloor = 0.98
    static let falseAlarmCeiling = 0.05
    /// Share of everyday practice replies flagged; before ordinary replies were added to training it was 15%.
    static let ordinaryCeiling = 0.02

    func load(_ path: String) throws -> [LabelledText] { try LabelledText.parse(RepositoryFiles.text(path)) }

    @Test("on the dev split, crisis recall and the false-alarm rate stay within their bounds")
    func devFloors() throws {
        let evaluation = SafetyEvaluation(data: try load("data/safety/dev.jsonl"))
        #expect(evaluation.crisisCount >= 100 && evaluation.safeCount >= 100)
        #expect(evaluation.recall >= Self.recallFloor, "\(evaluation.report())")
        #expect(evaluation.falseAlarmRate <= Self.falseAlarmCeiling, "\(evaluation.report())")
    }

    @Test("ordinary practice replies (the Coach's dev split, never trained on) rarely trigger the screen")
    func ordinaryReplies() throws {
        let replies = try RepositoryFiles.text("data/coach/dev.jsonl").split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["text"] as? String
        }
        #expect(replies.count >= 500)
        let flagged = replies.filter { SafetyScreen.check($0).isCrisis }
        #expect(Double(flagged.count) / Double(replies.count) <= Self.ordinaryCeiling, "\(flagged.prefix(10))")
    }

    @Test("the committed weights are exactly what `speakup safety train` builds from the training data")
    func weightsAreReproducible() throws {
        let committed = try RepositoryFiles.text("Sources/Safety/Resources/safety-model.tsv")
        #expect(SafetyTrainer().train(try load("data/safety/train.jsonl")).serialized() == committed,
                "the weights are stale: run `swift run speakup safety train` and commit the result")
    }

    @Test("cross-validation scores every training text once, with a model trained without it")
    func crossValidationCoversEveryText() throws {
        let sample = Array(try load("data/safety/train.jsonl").prefix(300))
        let evaluation = SafetyTrainer().crossValidate(sample, folds: 3)
        #expect(evaluation.crisisCount == sample.filter(\.isCrisis).count)
        #expect(evaluation.safeCount == sample.count - evaluation.crisisCount)
        // The rules alone catch most of these; a fold model that broke the screen would show here.
        #expect(evaluation.recall > 0.6 && evaluation.falseAlarmRate < 0.2, "\(evaluation.report())")
    }

    @Test("the held-out fresh sets share no text with the training data", arguments: ["m", "u"])
    func holdoutIsHeldOut(set: String) throws {
        let holdout = try load("data/safety/holdout/\(set).jsonl")
        #expect(holdout.count >= 500)
        let training = Set(try load("data/safety/train.jsonl").map(\.text))
        let dev = Set(try load("data/safety/dev.jsonl").map(\.text))
        #expect(holdout.filter { training.contains($0.text) || dev.contains($0.text) }.isEmpty)
    }

    @Test("the labelled set has the promised size and every case")
    func dataShape() throws {
        let all = try load("data/safety/train.jsonl") + load("data/safety/dev.jsonl")
        #expect(all.count >= 600)
        #expect(all.filter(\.isCrisis).count >= 250)
        #expect(all.filter { !$0.isCrisis }.count >= 350)
        for category in SafetyCategory.allCases { #expect(all.contains { $0.categories.contains(category) }) }
    }

    @Test("the trained reader never lowers or clears what the rules found, on any training or dev text")
    func modelNeverOverrules() throws {
        let texts = try load("data/safety/train.jsonl") + load("data/safety/dev.jsonl")
        let lowered = texts.filter { SafetyScreen.check($0.text).level < SafetyScreen.checkRules($0.text).level }
        #expect(lowered.isEmpty, "\(lowered.prefix(10).map(\.id))")
    }

    @Test("the model only adds help: a text the rules clear of risk words stays clear")
    func modelOnlyAdds() {
        #expect(!SafetyScreen.check("Could you please turn the music down after eleven on weeknights?").isCrisis)
        #expect(!SafetyScreen.check("Thanks for the lovely dinner, see you Sunday!").isCrisis)
    }
}
