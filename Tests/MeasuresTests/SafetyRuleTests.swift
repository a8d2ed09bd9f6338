import Domain
import Foundation
import Measures
import Testing

@Suite("The PHQ-9 item 9 rule: any answer of 1 or more opens the safety pathway, whatever the total")
struct SafetyRuleTests {
    @Test("item 9 at 1 with everything else 0: total 1, minimal, and the safety pathway still opens")
    func itemNineAlone() throws {
        let result = try bundled("phq9").score(Answers(inOrder: [0, 0, 0, 0, 0, 0, 0, 0, 1]))
        #expect(result.total.value == 1)
        #expect(result.band?.label == "minimal")
        #expect(result.safetyTriggered)
        #expect(result.safetyItems == [9])
    }

    @Test("every answer above 'Not at all' on item 9 triggers", arguments: [1, 2, 3])
    func everyLevel(_ value: Int) throws {
        #expect(try bundled("phq9").score(Answers(inOrder: [0, 0, 0, 0, 0, 0, 0, 0, value])).safetyTriggered)
    }

    @Test("a high total with item 9 at 0 does not trigger")
    func highTotalOnly() throws {
        let result = try bundled("phq9").score(Answers(inOrder: [3, 3, 3, 3, 3, 3, 3, 3, 0, 3]))
        #expect(result.total.value == 24)
        #expect(!result.safetyTriggered)
    }

    @Test("a sheet that cannot be scored still reports the safety item")
    func unscorableSheet() throws {
        let error = #expect(throws: ScoringError.self) {
            try bundled("phq9").score(Answers(inOrder: [0, nil, 0, 0, 0, 0, 0, 0, 2]))
        }
        #expect(error?.safetyItems == [9])
        #expect(error?.safetyTriggered == true)
        #expect(try bundled("phq9").safetyItems(for: Answers([9: 1])) == [9])
    }

    @Test("the rule is data in the file: without the safety line, nothing triggers")
    func ruleIsData() throws {
        let url = InstrumentCatalog.bundledDirectory.appendingPathComponent("phq9.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.filter { $0.contains("safety: {at_least: 1") }.count == 1)
        let withoutRule = lines.filter { !$0.contains("safety: {at_least: 1") }.joined(separator: "\n")
        let phq9 = try parse(withoutRule, file: "phq9.yaml")
        #expect(phq9.safetyRules.isEmpty)
        #expect(!(try phq9.score(Answers(inOrder: [0, 0, 0, 0, 0, 0, 0, 0, 1])).safetyTriggered))
        let raised = try parse(
            text.replacingOccurrences(of: "safety: {at_least: 1", with: "safety: {at_least: 2"), file: "phq9.yaml")
        #expect(!(try raised.score(Answers(inOrder: [0, 0, 0, 0, 0, 0, 0, 0, 1])).safetyTriggered))
        #expect(try raised.score(Answers(inOrder: [0, 0, 0, 0, 0, 0, 0, 0, 2])).safetyTriggered)
    }

    @Test("no other bundled instrument has a safety rule")
    func onlyPHQ9() throws {
        for instrument in try allBundled() where instrument.id != "phq9" {
            #expect(instrument.safetyRules.isEmpty, "\(instrument.id)")
        }
    }
}
