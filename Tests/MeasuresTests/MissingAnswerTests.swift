import Domain
import Measures
import Testing

@Suite("The missing-answer rule: refuse, or prorate where the file allows it")
struct MissingAnswerTests {
    static let prorating = """
        id: five
        title: Five items
        licence: test
        stem: How often?
        options: [{value: 0, label: never}, {value: 1, label: sometimes}, {value: 2, label: often}, {value: 3, label: always}]
        items: [{n: 1, text: a}, {n: 2, text: b}, {n: 3, text: c}, {n: 4, text: d}, {n: 5, text: e}]
        subscales:
          - {id: first, title: First two, items: [1, 2]}
        total: {min: 0, max: 15}
        better: lower
        missing: {rule: prorate, max_missing: 1}

        """

    @Test("the bundled validated scales refuse a sheet with any scored item unanswered, and say which")
    func refuse() throws {
        let phq9 = try bundled("phq9")
        #expect(phq9.missingAnswers == .refuse)
        let error = #expect(throws: ScoringError.self) {
            try phq9.score(Answers(inOrder: [0, 1, nil, 2, 0, 0, nil, 0, 0]))
        }
        #expect(
            error?.problems == [
                "Items 3 and 7 are unanswered; this questionnaire is scored only when every item is answered."
            ])
        for id in ["gad7", "rses", "ipip-assertiveness", "ipip-cooperation"] {
            #expect(try bundled(id).missingAnswers == .refuse, "\(id)")
        }
    }

    @Test("the unscored PHQ-9 difficulty item may be left out")
    func unscoredOptional() throws {
        let result = try bundled("phq9").score(Answers(inOrder: [0, 0, 0, 0, 0, 0, 0, 0, 0]))
        #expect(result.missingItems.isEmpty)
        #expect(!result.prorated)
    }

    @Test("prorating scales a sum up from the answered items, rounded, and says so")
    func prorateSum() throws {
        let five = try parse(Self.prorating)
        #expect(five.missingAnswers == .prorate(maxMissing: 1))
        let full = try five.score(Answers(inOrder: [1, 2, 2, 2, 2]))
        #expect(full.total.value == 9)
        #expect(!full.prorated)

        // Four answered with mean 1.75: 1.75 × 5 = 8.75, rounded to 9.
        let one = try five.score(Answers(inOrder: [1, 2, nil, 2, 2]))
        #expect(one.total.value == 9)
        #expect(one.total.answered == 4)
        #expect(one.total.itemCount == 5)
        #expect(one.prorated)
        #expect(one.missingItems == [3])
        #expect(!one.subscale("first")!.score.prorated)

        // A missing item in the subscale: item 2 alone (3) scaled to two items.
        let inSubscale = try five.score(Answers(inOrder: [nil, 3, 3, 3, 3]))
        #expect(inSubscale.subscale("first")?.score.value == 6)
        #expect(inSubscale.subscale("first")?.score.prorated == true)
        #expect(inSubscale.total.value == 15)
    }

    @Test("prorating refuses more unanswered items than the file allows")
    func tooMany() throws {
        let five = try parse(Self.prorating)
        let error = #expect(throws: ScoringError.self) { try five.score(Answers(inOrder: [1, nil, nil, 2, 2])) }
        #expect(
            error?.problems == [
                "Items 2 and 3 are unanswered; this questionnaire can be scored with at most 1 unanswered."
            ])
    }

    @Test("the situations check prorates its means up to 4 unanswered items")
    func situations() throws {
        let check = try bundled("situations")
        #expect(check.missingAnswers == .prorate(maxMissing: 4))
        var answers = Answers(inOrder: (1...check.items.count).map { $0 % 2 == 1 ? 2 : 4 })
        answers[2] = nil
        answers[1] = nil
        let result = try check.score(answers)
        #expect(result.total.value == 4)
        #expect(result.total.answered == check.totalItems.count - 1)
        #expect(result.prorated)
        #expect(result.missingItems == [1, 2])
        for item in [3, 4, 5] { answers[item] = nil }
        #expect(throws: ScoringError.self) { try check.score(answers) }
    }

    @Test("a subscale with every item unanswered cannot be scored")
    func emptySubscale() throws {
        let text = Self.prorating.replacingOccurrences(of: "max_missing: 1", with: "max_missing: 2")
        let five = try parse(text)
        let error = #expect(throws: ScoringError.self) { try five.score(Answers(inOrder: [nil, nil, 1, 1, 1])) }
        #expect(error?.problems == ["Every item of \"First two\" is unanswered, so it cannot be scored."])
    }

    @Test("a list of answers in item order, with - or nothing for an unanswered item")
    func answerList() throws {
        let phq9 = try bundled("phq9")
        #expect(try phq9.answers(fromList: "0,1,2,3,0,1,2,3,0") == Answers(inOrder: [0, 1, 2, 3, 0, 1, 2, 3, 0]))
        #expect(try phq9.answers(fromList: "0 1 2 3 0 1 2 3 0 2") == Answers(inOrder: [0, 1, 2, 3, 0, 1, 2, 3, 0, 2]))
        #expect(try phq9.answers(fromList: "0,1,,3,-,1,2,3,0") == Answers(inOrder: [0, 1, nil, 3, nil, 1, 2, 3, 0]))
        let short = #expect(throws: ScoringError.self) { try phq9.answers(fromList: "0,1,2") }
        #expect(short?.problems == ["Expected 9 to 10 answers in item order, found 3."])
        let word = #expect(throws: ScoringError.self) { try phq9.answers(fromList: "0,1,two,3,0,1,2,3,0") }
        #expect(word?.problems == ["Answer 3 (\"two\") is not a whole number."])
    }

    @Test("answers round-trip through JSON keyed by item number")
    func answersJSON() throws {
        let answers = Answers([1: 0, 9: 2, 10: 3])
        let data = try JSONEncoder().encode(answers)
        #expect(try JSONSerialization.jsonObject(with: data) as? [String: Int] == ["1": 0, "9": 2, "10": 3])
        #expect(try JSONDecoder().decode(Answers.self, from: data) == answers)
    }
}

import Foundation
