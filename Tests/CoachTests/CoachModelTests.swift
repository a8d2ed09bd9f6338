import Coach
import Domain
import Foundation
import TestSupport
import Testing

@Suite("Coach: weights and measured quality")
struct CoachModelTests {
    /// Floors on the dev split, set just under the figures in the README so a regression fails.
    /// The issue's targets are 0.85 for both; style sits well above its target, so its floor is higher.
    static let macroF1Floor = 0.90
    static let componentF1Floor = 0.85

    @Test("on the dev split, style macro-F1 and mean component F1 stay above their floors")
    func devFloors() throws {
        let dev = try LabelledData.parse(RepositoryFiles.text("data/coach/dev.jsonl"))
        #expect(dev.count >= 480)
        let evaluation = CoachEvaluation(coach: Coach(), data: dev)
        #expect(evaluation.macroF1 >= Self.macroF1Floor, "\(evaluation.report())")
        #expect(evaluation.meanComponentF1 >= Self.componentF1Floor, "\(evaluation.report())")
    }

    @Test("the committed weights are exactly what `speakup coach train` builds from the training data")
    func weightsAreReproducible() throws {
        let train = try LabelledData.parse(RepositoryFiles.text("data/coach/train.jsonl"))
        let committed = try RepositoryFiles.text("Sources/Coach/Resources/coach-model.tsv")
        #expect(CoachTrainer().train(train).serialized() == committed,
                "the weights are stale: run `swift run speakup coach train` and commit the result")
    }

    @Test("the weights file reads back to the same model")
    func roundTrip() throws {
        let text = try RepositoryFiles.text("Sources/Coach/Resources/coach-model.tsv")
        #expect(try CoachModel(text: text).serialized() == text)
    }

    @Test("a damaged weights file is refused with its line number")
    func damagedFile() {
        #expect(throws: WeightTable.FormatError.self) { try CoachModel(text: "<bias>\t1\t2\n") }
        do {
            _ = try CoachModel(text: "# header\nw:hi\t" + Array(repeating: "x", count: 12).joined(separator: "\t") + "\n")
            Issue.record("expected an error")
        } catch let error as WeightTable.FormatError {
            #expect(error.line == 2)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("the labelled data has the promised size and spread")
    func dataShape() throws {
        let all = try LabelledData.parse(RepositoryFiles.text("data/coach/train.jsonl"))
            + LabelledData.parse(RepositoryFiles.text("data/coach/dev.jsonl"))
        #expect(all.count >= 2400)
        for style in Style.allCases { #expect(all.filter { $0.label == style }.count >= 600) }
        #expect(Set(all.compactMap(\.setting)).count >= 12)
        #expect(all.filter { $0.components != nil }.count >= 600)
        #expect(Set(all.map(\.id)).count == all.count)
    }
}
