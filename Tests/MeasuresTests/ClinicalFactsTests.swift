import Domain
import Measures
import Testing

/// The facts of shared/CLINICAL.md ("Questionnaires we may ship", "Codes for export"), copied here by
/// hand, against the pinned LOINC table and the bundled files: a typo in a code, a value or a key fails.
@Suite("Bundled instruments and the LOINC table match CLINICAL.md")
struct ClinicalFactsTests {
    // MARK: Copied from CLINICAL.md

    static let phq9Panel = "44249-1", phq9Total = "44261-6"
    static let phq9Items = [
        "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8",
    ]
    static let phq9Difficulty = "69722-7"
    static let phq9Answers = [0: "LA6568-5", 1: "LA6569-3", 2: "LA6570-1", 3: "LA6571-9"]
    static let gad7Panel = "69737-5", gad7Total = "70274-6"
    static let gad7Items = ["69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"]

    struct Fact: Sendable, CustomTestStringConvertible {
        var id: String
        var items: Int
        var options: [Int: String?]  // value → label, when CLINICAL.md names it
        var reversedCount: Int
        var reversed: [Int]?
        var total: ClosedRange<Int>
        /// `nil` where CLINICAL.md gives no bands (the RSES bands come from the shared data file).
        var bands: [(Int, Int, String)]?
        var better: Direction
        var testDescription: String { id }
    }

    static let facts: [Fact] = [
        Fact(
            id: "phq9", items: 9, options: [0: nil, 1: nil, 2: nil, 3: nil], reversedCount: 0, reversed: [],
            total: 0...27,
            bands: [
                (0, 4, "minimal"), (5, 9, "mild"), (10, 14, "moderate"), (15, 19, "moderately severe"),
                (20, 27, "severe"),
            ],
            better: .lower),
        Fact(
            id: "gad7", items: 7, options: [0: nil, 1: nil, 2: nil, 3: nil], reversedCount: 0, reversed: [],
            total: 0...21,
            bands: [(0, 4, "minimal"), (5, 9, "mild"), (10, 14, "moderate"), (15, 21, "severe")], better: .lower),
        Fact(
            id: "rses", items: 10,
            options: [3: "Strongly agree", 2: "Agree", 1: "Disagree", 0: "Strongly disagree"],
            reversedCount: 5, reversed: [2, 5, 6, 8, 9], total: 0...30, bands: nil, better: .higher),
        Fact(
            id: "ipip-assertiveness", items: 10, options: [1: nil, 2: nil, 3: nil, 4: nil, 5: nil], reversedCount: 5,
            reversed: nil,
            total: 10...50, bands: [], better: .higher),
        Fact(
            id: "ipip-cooperation", items: 10, options: [1: nil, 2: nil, 3: nil, 4: nil, 5: nil], reversedCount: 7,
            reversed: nil,
            total: 10...50, bands: [], better: .higher),
    ]

    // MARK: The pinned table

    @Test("LOINC.swift holds exactly CLINICAL.md's PHQ-9 and GAD-7 codes")
    func pinnedTable() {
        #expect(LOINC.phq9.panel == Self.phq9Panel)
        #expect(LOINC.phq9.total == Self.phq9Total)
        #expect(
            LOINC.phq9.items
                == Dictionary(uniqueKeysWithValues: Self.phq9Items.enumerated().map { ($0.offset + 1, $0.element) }))
        #expect(LOINC.phq9.unscoredItems == [10: Self.phq9Difficulty])
        #expect(LOINC.phq9.answers == Self.phq9Answers)
        #expect(LOINC.gad7.panel == Self.gad7Panel)
        #expect(LOINC.gad7.total == Self.gad7Total)
        #expect(
            LOINC.gad7.items
                == Dictionary(uniqueKeysWithValues: Self.gad7Items.enumerated().map { ($0.offset + 1, $0.element) }))
        #expect(Set(LOINC.pinned.keys) == ["phq9", "gad7"])
    }

    @Test("every pinned term code has a correct check digit, and a changed digit fails it")
    func checkDigits() {
        let terms =
            Self.phq9Items + Self.gad7Items + [
                Self.phq9Panel, Self.phq9Total, Self.phq9Difficulty, Self.gad7Panel, Self.gad7Total,
            ]
        for code in terms { #expect(LOINC.isValidCode(code), "\(code)") }
        #expect(!LOINC.isValidCode("44261-7"))
        #expect(!LOINC.isValidCode("44216-6"))
        #expect(!LOINC.isValidCode("4426-16"))
        #expect(!LOINC.isValidCode("LA6568-5"))
        for code in Self.phq9Answers.values { #expect(LOINC.isAnswerCode(code)) }
    }

    // MARK: The bundled files

    @Test("the bundled PHQ-9 carries CLINICAL.md's codes and the item-9 rule")
    func phq9File() throws {
        let phq9 = try bundled("phq9")
        #expect(phq9.loincPanel == Self.phq9Panel)
        #expect(phq9.loincTotal == Self.phq9Total)
        #expect(phq9.items.map(\.loinc) == Self.phq9Items)
        #expect(phq9.unscored.map(\.loinc) == [Self.phq9Difficulty])
        #expect(phq9.unscored.map(\.number) == [10])
        #expect(Dictionary(uniqueKeysWithValues: phq9.options.map { ($0.value, $0.loinc!) }) == Self.phq9Answers)
        #expect(phq9.safetyRules.map(\.item) == [9])
        #expect(phq9.safetyRules.map(\.atLeast) == [1])
        #expect(phq9.reliableChange?.points == 6)
        #expect(
            phq9.caseness
                == Caseness(threshold: 10, direction: .atLeast, source: "NHS Talking Therapies (IAPT) criterion"))
    }

    @Test("the bundled GAD-7 carries CLINICAL.md's codes")
    func gad7File() throws {
        let gad7 = try bundled("gad7")
        #expect(gad7.loincPanel == Self.gad7Panel)
        #expect(gad7.loincTotal == Self.gad7Total)
        #expect(gad7.items.map(\.loinc) == Self.gad7Items)
        #expect(gad7.unscored.isEmpty)
        #expect(gad7.safetyRules.isEmpty)
        #expect(gad7.reliableChange?.points == 4)
        #expect(gad7.caseness?.threshold == 8)
    }

    @Test("items, options, reversed keys, totals and bands", arguments: facts)
    func structure(_ fact: Fact) throws {
        let instrument = try bundled(fact.id)
        #expect(instrument.kind == .scale)
        #expect(instrument.items.count == fact.items)
        #expect(instrument.items.map(\.number) == Array(1...fact.items))
        #expect(Set(instrument.options.map(\.value)) == Set(fact.options.keys))
        for option in instrument.options {
            if let label = fact.options[option.value] ?? nil { #expect(option.label == label) }
        }
        let reversed = instrument.items.filter(\.reversed).map(\.number)
        #expect(reversed.count == fact.reversedCount)
        if let expected = fact.reversed { #expect(reversed == expected) }
        #expect(instrument.method == .sum)
        #expect(
            instrument.totalRange == ScoreRange(min: Double(fact.total.lowerBound), max: Double(fact.total.upperBound)))
        if let bands = fact.bands {
            #expect(
                instrument.bands.map { "\($0.from)-\($0.to) \($0.label)" } == bands.map { "\($0.0)-\($0.1) \($0.2)" })
        }
        #expect(instrument.better == fact.better)
        #expect(!instrument.licence.isEmpty)
        #expect(instrument.items.allSatisfy { $0.options == nil })
    }

    @Test("the IPIP files keep the shared file's keyed items first and reversed ones after")
    func ipipOrder() throws {
        #expect(try bundled("ipip-assertiveness").items.filter(\.reversed).map(\.number) == [6, 7, 8, 9, 10])
        #expect(try bundled("ipip-cooperation").items.filter(\.reversed).map(\.number) == [4, 5, 6, 7, 8, 9, 10])
    }

    @Test("the Rathus key is CLINICAL.md's")
    func rathusKey() {
        let key = ScoringKey.rathus
        #expect(key.itemCount == 30)
        #expect(key.optionValues == [3, 2, 1, -1, -2, -3])
        #expect(key.reversed == [1, 2, 4, 5, 9, 11, 12, 13, 14, 15, 16, 17, 19, 23, 24, 26, 30])
        #expect(key.total == ScoreRange(min: -90, max: 90))
        #expect(ScoringKey.forInstrument("ras") == key)
    }

    @Test("no bundled file is a copyrighted instrument CLINICAL.md rules out")
    func noCopyrightedInstruments() throws {
        let ids = Set(try allBundled().map(\.id))
        #expect(ids == ["phq9", "gad7", "rses", "ipip-assertiveness", "ipip-cooperation", "situations"])
        for title in try allBundled().map({ $0.title.lowercased() }) {
            for banned in [
                "rathus", "assertion inventory", "college self-expression", "interpersonal behavior", "spin", "lsas",
                "liebowitz",
            ] {
                #expect(!title.contains(banned), "\(title)")
            }
        }
    }
}
