import Domain
import Foundation
import Measures
import Testing

/// Broken instrument files give every problem at once, each as `file:line:column: message`.
@Suite("Instrument files: problems reported with file, line and column")
struct ParserErrorTests {
    /// A valid file; tests swap single lines to break it. Line numbers are noted on the right.
    static let valid = """
        id: mine
        title: My scale
        licence: Ours to use.
        stem: How often?
        options:
          - {value: 0, label: Never}
          - {value: 1, label: Sometimes}
          - {value: 2, label: Often}
        items:
          - {n: 1, text: First}
          - {n: 2, text: Second, reversed: true}
          - {n: 3, text: Third}
        total: {min: 0, max: 6}
        better: lower
        bands:
          - {from: 0, to: 2, label: low}
          - {from: 3, to: 6, label: high}

        """

    func replacing(_ old: String, _ new: String) -> String {
        precondition(Self.valid.contains(old), "no \(old)")
        return Self.valid.replacingOccurrences(of: old, with: new)
    }

    @Test("the base file is valid")
    func valid() throws {
        let instrument = try parse(Self.valid)
        #expect(instrument.items.map(\.reversed) == [false, true, false])
        #expect(problems(Self.valid).isEmpty)
    }

    @Test("YAML syntax")
    func syntax() {
        #expect(
            problems("id: x\ntitle: [unclosed\nstem: y\n") == [
                "test.yaml:3:5: YAML syntax: did not find expected ',' or ']'"
            ])
    }

    @Test("unknown and missing keys, with a hint for a misspelling")
    func keys() {
        let text = replacing("better: lower\n", "").replacingOccurrences(
            of: "stem: How often?", with: "stem: How often?\nscorring: x")
        #expect(
            problems(text) == [
                "test.yaml:1:1: instrument: missing key \"better\"",
                "test.yaml:5:1: instrument: unknown key \"scorring\" (did you mean \"scoring\"?)",
            ])
        #expect(
            problems(replacing("{n: 1, text: First}", "{n: 1, txt: First}")) == [
                "test.yaml:10:5: item: missing key \"text\"",
                "test.yaml:10:12: item: unknown key \"txt\" (did you mean \"text\"?)",
            ])
    }

    @Test("items must be numbered 1, 2, 3 in order")
    func numbering() throws {
        #expect(
            problems(replacing("{n: 3, text: Third}", "{n: 4, text: Third}")) == [
                "test.yaml:12:9: item 4: items are numbered 1, 2, 3… in order (unscored ones after the scored); expected 3 here"
            ])
        #expect(
            problems(replacing("{n: 3, text: Third}", "{n: 2, text: Third}")) == [
                "test.yaml:12:5: item 2: the number is used twice",
                "test.yaml:12:9: item 2: items are numbered 1, 2, 3… in order (unscored ones after the scored); expected 3 here",
            ])
        let unscored = Self.valid + "unscored:\n  - {n: 5, text: Extra}\n"
        #expect(
            problems(unscored) == [
                "test.yaml:19:9: item 5: items are numbered 1, 2, 3… in order (unscored ones after the scored); expected 4 here"
            ])
        #expect(try parse(unscored.replacingOccurrences(of: "n: 5", with: "n: 4")).unscored.map(\.number) == [4])
    }

    @Test("option values and labels")
    func options() {
        #expect(
            problems(replacing("{value: 2, label: Often}", "{value: 1, label: Often}")) == [
                "test.yaml:8:13: options: the value 1 is used twice",
                "test.yaml:13:22: total: \"max\" is 6 but the highest possible total of these items is 3",
            ])
        #expect(
            problems(replacing("{value: 2, label: Often}", "{value: 2, label: Sometimes}")) == [
                "test.yaml:8:23: options: the label \"Sometimes\" is used twice"
            ])
        #expect(
            problems(replacing("{value: 2, label: Often}", "{value: two, label: Often}")).first
                == "test.yaml:8:13: option: \"value\" must be a whole number from -999 to 999")
        #expect(
            problems(replacing("{value: 0, label: Never}", "{value: 0, label: Never, loinc: LA6568-5}")) == [
                "test.yaml:6:3: options: give every option a LOINC answer code, or none"
            ])
        #expect(
            problems(replacing("  - {value: 1, label: Sometimes}\n  - {value: 2, label: Often}\n", "")) == [
                "test.yaml:6:3: options: give at least two options",
                "test.yaml:11:22: total: \"max\" is 6 but the highest possible total of these items is 0",
            ])
    }

    @Test("a reversed item must be one of the scored items, given one way only")
    func reversed() {
        let listed = replacing("{n: 2, text: Second, reversed: true}", "{n: 2, text: Second}") + "reversed: [2, 7]\n"
        #expect(problems(listed) == ["test.yaml:18:15: reversed: item 7 is not one of the items (1 to 3)"])
        let both = Self.valid + "reversed: [2]\n"
        #expect(
            problems(both) == [
                "test.yaml:11:36: item 2: use either the \"reversed\" list or \"reversed: true\" on items, not both",
                "test.yaml:18:12: reversed: item 2 is listed twice",
            ])
    }

    @Test("the total range must be what the items allow")
    func totalRange() {
        #expect(
            problems(replacing("total: {min: 0, max: 6}", "total: {min: 1, max: 9}")) == [
                "test.yaml:13:14: total: \"min\" is 1 but the lowest possible total of these items is 0",
                "test.yaml:13:22: total: \"max\" is 9 but the highest possible total of these items is 6",
                "test.yaml:16:5: bands start at 0 but the lowest total is 1",
                "test.yaml:17:5: bands end at 6 but the highest total is 9",
            ])
    }

    @Test("bands must cover the total range without gaps or overlaps")
    func bands() {
        #expect(
            problems(replacing("{from: 3, to: 6, label: high}", "{from: 4, to: 6, label: high}")) == [
                "test.yaml:17:5: band \"high\": totals 3 fall in no band"
            ])
        #expect(
            problems(replacing("{from: 3, to: 6, label: high}", "{from: 5, to: 6, label: high}")) == [
                "test.yaml:17:5: band \"high\": totals 3 to 4 fall in no band"
            ])
        #expect(
            problems(replacing("{from: 3, to: 6, label: high}", "{from: 2, to: 6, label: high}")) == [
                "test.yaml:17:5: band \"high\" (2-6) overlaps \"low\" (0-2); list bands from lowest to highest without overlap"
            ])
        #expect(
            problems(replacing("{from: 3, to: 6, label: high}", "{from: 3, to: 5, label: high}")) == [
                "test.yaml:17:5: bands end at 5 but the highest total is 6"
            ])
        #expect(
            problems(replacing("{from: 3, to: 6, label: high}", "{from: 3, to: 6, label: \"=high\"}")) == [
                "test.yaml:17:29: band: the label must start with a letter or digit"
            ])
        #expect(
            problems(replacing("{from: 0, to: 2, label: low}", "{from: 2, to: 0, label: low}")).first
                == "test.yaml:16:5: band \"low\": \"from\" (2) is after \"to\" (0)")
        #expect(
            problems(replacing("better: lower", "better: lower\nmethod: mean")) == [
                "test.yaml:13:22: total: \"max\" is 6 but the highest possible total of these items is 2",
                "test.yaml:17:3: bands need whole-number totals; use method: sum",
            ])
    }

    @Test("reliable change, caseness and the missing-answer rule")
    func criteria() {
        #expect(
            problems(Self.valid + "reliable_change: {sd: 3, source: a study}\n") == [
                "test.yaml:18:18: reliable_change: the reliable change index needs both \"sd\" and \"r\""
            ])
        #expect(
            problems(Self.valid + "reliable_change: {sd: 3, r: 1, source: a study}\n") == [
                "test.yaml:18:29: reliable_change: \"r\" must be from 0 up to (not including) 1"
            ])
        #expect(
            problems(Self.valid + "reliable_change: {points: 2}\n") == [
                "test.yaml:18:18: reliable_change: missing key \"source\""
            ])
        #expect(
            problems(Self.valid + "caseness: {at_least: 9}\n") == [
                "test.yaml:18:22: caseness: 9 is outside the total's range (0 to 6)"
            ])
        #expect(
            problems(Self.valid + "caseness: {at_least: 3, at_most: 2}\n") == [
                "test.yaml:18:11: caseness: give exactly one of \"at_least\" (a higher total is a case) or \"at_most\" (a lower total is)"
            ])
        #expect(
            problems(Self.valid + "missing: {rule: prorate}\n") == [
                "test.yaml:18:10: missing: rule: prorate needs \"max_missing\", the most unanswered items it allows"
            ])
        #expect(
            problems(Self.valid + "missing: {rule: prorate, max_missing: 3}\n") == [
                "test.yaml:18:39: missing: \"max_missing\" must be a whole number from 1 to 2"
            ])
        #expect(
            problems(Self.valid + "missing: {rule: guess}\n") == [
                "test.yaml:18:17: missing: \"rule\" must be refuse or prorate"
            ])
    }

    @Test("a safety rule must fit the item's answers")
    func safety() throws {
        #expect(
            problems(replacing("{n: 3, text: Third}", "{n: 3, text: Third, safety: {at_least: 0}}")) == [
                "test.yaml:12:5: item 3 safety: \"at_least\" must be above the lowest answer (0) and no more than the highest (2)"
            ])
        #expect(
            problems(replacing("{n: 3, text: Third}", "{n: 3, text: Third, safety: \"any answer >= 1\"}")) == [
                "test.yaml:12:33: item 3: \"safety\" must be a rule like {at_least: 1} (an answer of 1 or more opens the safety pathway), not a sentence"
            ])
        #expect(
            try parse(replacing("{n: 3, text: Third}", "{n: 3, text: Third, safety: {at_least: 2}}")).safetyRules
                == [SafetyRule(item: 3, atLeast: 2)])
    }

    @Test("subscales name scored items, each once")
    func subscales() throws {
        let text =
            Self.valid
            + "subscales:\n  - {id: part, title: Part, items: [1, 1, 5]}\n  - {id: Part 2, title: Other, items: [2]}\n"
        #expect(
            problems(text) == [
                "test.yaml:19:40: subscale \"part\": item 1 is listed twice",
                "test.yaml:19:43: subscale \"part\": item 5 is not one of the items",
                "test.yaml:20:10: subscale: \"id\" must be lowercase letters, digits and single hyphens (at most 64)",
            ])
    }

    @Test("option sets and per-item options")
    func optionSets() throws {
        let text =
            replacing("{n: 3, text: Third}", "{n: 3, text: Third, options: wide}")
            + "option_sets:\n  wide: [{value: 0, label: No}, {value: 4, label: Yes}]\n"
        let instrument = try parse(
            text.replacingOccurrences(of: "max: 6}", with: "max: 8}").replacingOccurrences(of: "to: 6,", with: "to: 8,")
        )
        #expect(instrument.options(for: instrument.items[2]).map(\.value) == [0, 4])
        #expect(
            problems(replacing("{n: 3, text: Third}", "{n: 3, text: Third, options: wide}")) == [
                "test.yaml:12:34: item 3: there is no option set \"wide\""
            ])
    }

    @Test("LOINC codes need a correct check digit, and a PHQ-9 file must carry the pinned codes")
    func loinc() throws {
        #expect(
            problems(replacing("id: mine", "id: mine\nloinc_total: 44261-7")) == [
                "test.yaml:2:14: instrument: \"44261-7\" is not a LOINC code with a correct check digit (like 44261-6)"
            ])
        let phq9 = try String(
            contentsOf: InstrumentCatalog.bundledDirectory.appendingPathComponent("phq9.yaml"), encoding: .utf8)
        // Items 1 and 2 swapped: both codes are real LOINC codes, and both are wrong here.
        let swapped = phq9.replacingOccurrences(of: "{n: 1, loinc: 44250-9", with: "{n: 1, loinc: 44255-X")
            .replacingOccurrences(of: "{n: 2, loinc: 44255-8", with: "{n: 2, loinc: 44250-9")
            .replacingOccurrences(of: "{n: 1, loinc: 44255-X", with: "{n: 1, loinc: 44255-8")
        #expect(
            problems(swapped, file: "phq9.yaml") == [
                "phq9.yaml:17:19: item 1: LOINC 44255-8 differs from the pinned code 44250-9 for PHQ-9 (CLINICAL.md)",
                "phq9.yaml:18:19: item 2: LOINC 44250-9 differs from the pinned code 44255-8 for PHQ-9 (CLINICAL.md)",
            ])
        #expect(
            problems(phq9.replacingOccurrences(of: "{n: 5, loinc: 44251-7, ", with: "{n: 5, "), file: "phq9.yaml") == [
                "phq9.yaml:21:5: item 5: no LOINC code; PHQ-9's pinned code is 44251-7"
            ])
        #expect(
            problems(
                phq9.replacingOccurrences(of: "loinc_total: 44261-6", with: "loinc_total: 44249-1"), file: "phq9.yaml")
                == [
                    "phq9.yaml:9:14: loinc_total: LOINC 44249-1 differs from the pinned code 44261-6 for PHQ-9 (CLINICAL.md)"
                ])
        #expect(
            problems(
                phq9.replacingOccurrences(of: "{n: 3, loinc: 44259-0", with: "{n: 3, loinc: 44295-0"), file: "phq9.yaml"
            ) == [
                "phq9.yaml:19:19: item 3: \"44295-0\" is not a LOINC code with a correct check digit (like 44261-6)"
            ])
        let answer = phq9.replacingOccurrences(of: "loinc: LA6570-1", with: "loinc: LA6571-9")
        #expect(
            problems(answer, file: "phq9.yaml") == [
                "phq9.yaml:14:5: option 2: LOINC LA6571-9 differs from the pinned code LA6570-1 for PHQ-9 (CLINICAL.md)"
            ])
    }

    @Test("every problem in a file is reported at once, sorted by line")
    func allAtOnce() {
        let text = replacing("id: mine", "id: Mine!").replacingOccurrences(
            of: "better: lower", with: "better: sideways"
        )
        .replacingOccurrences(of: "{from: 3, to: 6, label: high}", with: "{from: 4, to: 6, label: high}")
        let found = problems(text)
        #expect(
            found == [
                "test.yaml:1:5: instrument: \"id\" must be lowercase letters, digits and single hyphens (at most 64)",
                "test.yaml:14:9: instrument: \"better\" must be one of: higher, lower",
                "test.yaml:17:5: band \"high\": totals 3 fall in no band",
            ])
    }

    @Test("the bundled folder loads, and a folder with a duplicate id names both files")
    func folder() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "speakup-instruments-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.valid.write(to: directory.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try Self.valid.write(to: directory.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        let error = #expect(throws: ContentErrors.self) {
            try InstrumentCatalog.load(directory: directory, label: "mine")
        }
        #expect(error?.errors.map(\.description) == ["mine/b.yaml:1:1: duplicate id \"mine\" (also in mine/a.yaml)"])
        #expect(try InstrumentCatalog.load(directory: InstrumentCatalog.bundledDirectory, label: "bundled").count == 6)
    }
}

@Suite("The format guide")
struct FormatGuideTests {
    @Test("the complete example in docs/instrument-format.md is a valid instrument")
    func example() throws {
        let guide = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("docs/instrument-format.md")
        let text = try String(contentsOf: guide, encoding: .utf8)
        let section = try #require(text.range(of: "## A complete example"))
        let body = text[section.upperBound...]
        let start = try #require(body.range(of: "```yaml\n")),
            end = try #require(body.range(of: "\n```", range: start.upperBound..<body.endIndex))
        let example = try parse(String(body[start.upperBound..<end.lowerBound]) + "\n", file: "instrument-format.md")
        #expect(example.items.count == 3)
        #expect(example.items[0].reversed)
        #expect(example.safetyRules == [SafetyRule(item: 3, atLeast: 1)])
        #expect(try example.score(Answers(inOrder: [3, 2, 0, 1])).total.value == 2)
    }
}
