import Domain
import Measures
import Testing

/// Golden scores for every bundled instrument: the lowest and highest sheets, both sides of every
/// band boundary, and reversed items answered by hand. Expected numbers come from CLINICAL.md.
@Suite("Golden scoring of the bundled instruments")
struct GoldenScoringTests {
    struct BandCase: CustomTestStringConvertible, Sendable {
        var instrument: String
        var total: Int
        var band: String
        var testDescription: String { "\(instrument) \(total) → \(band)" }
    }

    /// Both sides of every band boundary, plus the ends: the PHQ-9 and GAD-7 bands as CLINICAL.md gives
    /// them, the RSES bands as shared/data/instruments/rses.yaml does (CLINICAL.md gives none).
    static let bandCases: [BandCase] = [
        ("phq9", 0, "minimal"), ("phq9", 4, "minimal"), ("phq9", 5, "mild"), ("phq9", 9, "mild"),
        ("phq9", 10, "moderate"), ("phq9", 14, "moderate"), ("phq9", 15, "moderately severe"),
        ("phq9", 19, "moderately severe"), ("phq9", 20, "severe"), ("phq9", 27, "severe"),
        ("gad7", 0, "minimal"), ("gad7", 4, "minimal"), ("gad7", 5, "mild"), ("gad7", 9, "mild"),
        ("gad7", 10, "moderate"), ("gad7", 14, "moderate"), ("gad7", 15, "severe"), ("gad7", 21, "severe"),
        ("rses", 0, "lower than most people's"), ("rses", 14, "lower than most people's"),
        ("rses", 15, "in the range most people score"), ("rses", 25, "in the range most people score"),
        ("rses", 26, "higher than most people's"), ("rses", 30, "higher than most people's"),
    ].map { BandCase(instrument: $0.0, total: $0.1, band: $0.2) }

    @Test("every band boundary, both sides", arguments: bandCases)
    func bandBoundary(_ golden: BandCase) throws {
        let instrument = try bundled(golden.instrument)
        let values = instrument.options.map(\.value)
        let scores = itemScores(
            total: golden.total, count: instrument.items.count, low: values.min()!, high: values.max()!)
        let result = try instrument.score(rawAnswers(instrument, scoring: scores))
        #expect(result.total.value == Double(golden.total))
        #expect(result.band?.label == golden.band)
        #expect(!result.prorated)
    }

    @Test("PHQ-9: all 'Not at all' is 0, all 'Nearly every day' is 27")
    func phq9Ends() throws {
        let phq9 = try bundled("phq9")
        let low = try phq9.score(Answers(inOrder: Array(repeating: 0, count: 9)))
        #expect(low.total.value == 0)
        #expect(low.band?.label == "minimal")
        #expect(low.isCase == false)
        let high = try phq9.score(Answers(inOrder: Array(repeating: 3, count: 9) + [3]))
        #expect(high.total.value == 27)
        #expect(high.band?.label == "severe")
        #expect(high.isCase == true)
        #expect(high.range == ScoreRange(min: 0, max: 27))
    }

    @Test("PHQ-9: the unscored difficulty item never counts")
    func phq9Difficulty() throws {
        let phq9 = try bundled("phq9")
        let without = try phq9.score(Answers(inOrder: [1, 1, 1, 1, 1, 1, 1, 1, 0]))
        let with = try phq9.score(Answers(inOrder: [1, 1, 1, 1, 1, 1, 1, 1, 0, 3]))
        #expect(without.total.value == 8)
        #expect(with.total.value == 8)
    }

    @Test("GAD-7: 0 to 21, caseness from 8")
    func gad7Ends() throws {
        let gad7 = try bundled("gad7")
        #expect(try gad7.score(Answers(inOrder: Array(repeating: 0, count: 7))).total.value == 0)
        #expect(try gad7.score(Answers(inOrder: Array(repeating: 3, count: 7))).total.value == 21)
        #expect(try gad7.score(Answers(inOrder: [2, 2, 2, 1, 0, 0, 0])).isCase == false)
        #expect(try gad7.score(Answers(inOrder: [2, 2, 2, 2, 0, 0, 0])).isCase == true)
    }

    @Test("RSES: reversed items 2, 5, 6, 8 and 9 count 3 − answer")
    func rsesReversed() throws {
        let rses = try bundled("rses")
        // Strongly agree (3) with everything: 5 positive items × 3 + 5 negative items × 0.
        #expect(try rses.score(Answers(inOrder: Array(repeating: 3, count: 10))).total.value == 15)
        // Strongly disagree (0) with everything: 0 + 5 × 3.
        #expect(try rses.score(Answers(inOrder: Array(repeating: 0, count: 10))).total.value == 15)
        // Strongly agree with the positive items, strongly disagree with the negative: the highest total.
        let best = try rses.score(Answers(inOrder: [3, 0, 3, 3, 0, 0, 3, 0, 0, 3]))
        #expect(best.total.value == 30)
        #expect(best.band?.label == "higher than most people's")
        let worst = try rses.score(Answers(inOrder: [0, 3, 0, 0, 3, 3, 0, 3, 3, 0]))
        #expect(worst.total.value == 0)
        #expect(worst.band?.label == "lower than most people's")
        // One answer moved: item 2 "Agree" (2) counts 1 instead of 3.
        #expect(try rses.score(Answers(inOrder: [3, 2, 3, 3, 0, 0, 3, 0, 0, 3])).total.value == 28)
    }

    @Test("IPIP Assertiveness (E3): 10 to 50, items 6-10 reversed")
    func ipipAssertiveness() throws {
        let e3 = try bundled("ipip-assertiveness")
        #expect(try e3.score(Answers(inOrder: [5, 5, 5, 5, 5, 1, 1, 1, 1, 1])).total.value == 50)
        #expect(try e3.score(Answers(inOrder: [1, 1, 1, 1, 1, 5, 5, 5, 5, 5])).total.value == 10)
        #expect(try e3.score(Answers(inOrder: Array(repeating: 5, count: 10))).total.value == 30)
        // "Hold back my opinions" (item 10) answered "Moderately accurate" (4) counts 2.
        #expect(try e3.score(Answers(inOrder: [3, 3, 3, 3, 3, 3, 3, 3, 3, 4])).total.value == 29)
        #expect(e3.bands.isEmpty)
    }

    @Test("IPIP Cooperation (A4): 10 to 50, items 4-10 reversed")
    func ipipCooperation() throws {
        let a4 = try bundled("ipip-cooperation")
        #expect(try a4.score(Answers(inOrder: [5, 5, 5, 1, 1, 1, 1, 1, 1, 1])).total.value == 50)
        #expect(try a4.score(Answers(inOrder: [1, 1, 1, 5, 5, 5, 5, 5, 5, 5])).total.value == 10)
        // Everything "Very accurate": 3 × 5 + 7 × 1.
        #expect(try a4.score(Answers(inOrder: Array(repeating: 5, count: 10))).total.value == 22)
    }

    @Test("the situations check: total is how likely on average, subscales give the profile by skill")
    func situations() throws {
        let check = try bundled("situations")
        let count = check.items.count
        // Odd items rate discomfort, even items how likely.
        let calmAndLikely = try check.score(Answers(inOrder: (1...count).map { $0 % 2 == 1 ? 1 : 5 }))
        #expect(calmAndLikely.total.value == 5)
        #expect(calmAndLikely.subscale("discomfort")?.score.value == 1)
        #expect(calmAndLikely.band == nil)
        #expect(calmAndLikely.isCase == nil)
        let stuck = try check.score(Answers(inOrder: (1...count).map { $0 % 2 == 1 ? 5 : 1 }))
        #expect(stuck.total.value == 1)
        #expect(stuck.subscale("saying-no-discomfort")?.score.value == 5)

        // Only saying no is likely (items 2, 4, 6): that skill's "how likely" is 5, the rest 1.
        var answers = Answers(inOrder: (1...count).map { $0 % 2 == 1 ? 3 : 1 })
        for item in [2, 4, 6] { answers[item] = 5 }
        let profile = try check.score(answers)
        #expect(profile.subscale("saying-no-likelihood")?.score.value == 5)
        #expect(profile.subscale("making-requests-likelihood")?.score.value == 1)
        #expect(profile.subscale("saying-no-discomfort")?.score.value == 3)
        let situations = Double(count / 2)
        #expect(abs(profile.total.value - (15 + (situations - 3)) / situations) < 1e-9)
        #expect(profile.subscale("saying-no-likelihood")?.better == .higher)
        #expect(profile.subscale("saying-no-discomfort")?.better == .lower)
    }

    @Test("every bundled instrument's lowest and highest sheets give its stated range")
    func everyRange() throws {
        for instrument in try allBundled() {
            func sheet(_ pick: ([Int]) -> Int) -> Answers {
                var answers = Answers()
                for item in instrument.items {
                    let values = instrument.options(for: item).map(\.value)
                    // The raw answer that counts lowest (or highest) once reversal is applied.
                    let target = pick(values.map { Int(instrument.itemScore(item, answer: $0)) })
                    answers[item.number] = values.first { Int(instrument.itemScore(item, answer: $0)) == target }
                }
                return answers
            }
            let low = try instrument.score(sheet { $0.min()! }), high = try instrument.score(sheet { $0.max()! })
            #expect(low.total.value == instrument.totalRange.min, "\(instrument.id)")
            #expect(high.total.value == instrument.totalRange.max, "\(instrument.id)")
            for subscale in low.subscales {
                #expect(subscale.score.value == subscale.range.min, "\(instrument.id) \(subscale.id)")
            }
            for subscale in high.subscales {
                #expect(subscale.score.value == subscale.range.max, "\(instrument.id) \(subscale.id)")
            }
        }
    }

    @Test("bands of every bundled instrument cover each whole total exactly once")
    func bandsCover() throws {
        for instrument in try allBundled() where !instrument.bands.isEmpty {
            for total in Int(instrument.totalRange.min)...Int(instrument.totalRange.max) {
                let matching = instrument.bands.filter { $0.from <= total && total <= $0.to }
                #expect(matching.count == 1, "\(instrument.id) total \(total)")
            }
        }
    }

    @Test("an answer outside an item's options, or for no item, is refused")
    func invalidAnswers() throws {
        let phq9 = try bundled("phq9")
        let outOfRange = #expect(throws: ScoringError.self) {
            try phq9.score(Answers(inOrder: [4, 0, 0, 0, 0, 0, 0, 0, 0]))
        }
        #expect(outOfRange?.problems == ["Item 1: 4 is not one of its answers (0, 1, 2, 3)."])
        var extra = Answers(inOrder: Array(repeating: 0, count: 9))
        extra[11] = 0
        let noItem = #expect(throws: ScoringError.self) { try phq9.score(extra) }
        #expect(noItem?.problems == ["There is no item 11; this questionnaire has items 1 to 10."])
    }
}
