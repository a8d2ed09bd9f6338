import Domain
import Foundation
import Measures
import Testing

/// The Rathus Assertiveness Schedule's key is built in; the wording comes from a clinic's own file.
/// Fixtures/ras.yaml has placeholder wording ("RAS item 1" …) and marks nothing reversed.
@Suite("The built-in Rathus key scores an imported RAS file")
struct RathusKeyTests {
    static let reversed: Set<Int> = [1, 2, 4, 5, 9, 11, 12, 13, 14, 15, 16, 17, 19, 23, 24, 26, 30]

    @Test("the key is applied to a file with id ras")
    func applied() throws {
        let ras = try InstrumentParser.parse(contentsOf: try fixture("ras.yaml").url)
        #expect(ras.key == "rathus")
        #expect(Set(ras.items.filter(\.reversed).map(\.number)) == Self.reversed)
        #expect(ras.totalRange == ScoreRange(min: -90, max: 90))
        #expect(ras.items.first?.text == "RAS item 1")
        // Values written with a plus sign, as the schedule prints them, read the same.
        let signed = try fixture("ras.yaml").text.replacingOccurrences(of: "{value: 3,", with: "{value: +3,")
        #expect(try parse(signed).options.map(\.value) == [3, 2, 1, -1, -2, -3])
    }

    @Test("an all-most-assertive sheet totals +90, an all-least-assertive sheet −90")
    func ends() throws {
        let ras = try InstrumentParser.parse(contentsOf: try fixture("ras.yaml").url)
        // Most assertive: +3 on straight items, −3 on reversed ones (the key's reversed items, written out here).
        let most = Answers(inOrder: (1...30).map { Self.reversed.contains($0) ? -3 : 3 })
        let least = Answers(inOrder: (1...30).map { Self.reversed.contains($0) ? 3 : -3 })
        #expect(try ras.score(most).total.value == 90)
        #expect(try ras.score(least).total.value == -90)
        // +3 on everything: 13 straight items × 3 − 17 reversed items × 3.
        #expect(try ras.score(Answers(inOrder: Array(repeating: 3, count: 30))).total.value == -12)
        // 0 is not an answer on the RAS.
        #expect(throws: ScoringError.self) { try ras.score(Answers(inOrder: Array(repeating: 0, count: 30))) }
        #expect(
            try ras.answers(fromList: (1...30).map { Self.reversed.contains($0) ? "-3" : "+3" }.joined(separator: ","))
                == most)
    }

    @Test("a file naming key: rathus under another id gets the key too")
    func keyByName() throws {
        let text = try fixture("ras.yaml").text.replacingOccurrences(
            of: "id: ras\n", with: "id: clinic-ras\nkey: rathus\n")
        let ras = try parse(text)
        #expect(ras.key == "rathus")
        #expect(Set(ras.items.filter(\.reversed).map(\.number)) == Self.reversed)
    }

    @Test("a file that marks reversed items must agree with the key")
    func disagreeingFile() throws {
        let text = try fixture("ras.yaml").text
            .replacingOccurrences(
                of: "{n: 1, text: \"RAS item 1\"}", with: "{n: 1, text: \"RAS item 1\", reversed: true}"
            )
            .replacingOccurrences(
                of: "{n: 3, text: \"RAS item 3\"}", with: "{n: 3, text: \"RAS item 3\", reversed: true}")
        let found = problems(text, file: "ras.yaml")
        #expect(found.count == 17)
        #expect(found.contains("ras.yaml:18:42: item 3 is marked reversed, but the rathus key scores it as it stands"))
        #expect(
            found.contains(
                "ras.yaml:17:5: item 2 is reversed in the rathus key; mark it reversed or leave reversal to the key"))
        #expect(!found.contains { $0.contains("item 1 ") })
    }

    @Test("a file whose options or items do not fit the key is refused")
    func wrongShape() throws {
        let withZero = try fixture("ras.yaml").text.replacingOccurrences(
            of: "{value: -1, label: \"RAS option -1\"}", with: "{value: 0, label: \"RAS option 0\"}")
        #expect(
            problems(withZero, file: "ras.yaml").contains(
                "ras.yaml:9:3: the rathus key needs the option values +3, +2, +1, -1, -2, -3 exactly"))
        let short = try fixture("ras.yaml").text.replacingOccurrences(
            of: "  - {n: 30, text: \"RAS item 30\"}\n", with: "")
        let found = problems(short, file: "ras.yaml")
        #expect(found.contains("ras.yaml:16:3: the rathus key needs 30 scored items; this file has 29"))
        let unknown = try fixture("ras.yaml").text.replacingOccurrences(of: "id: ras\n", with: "id: ras\nkey: rathos\n")
        #expect(
            problems(unknown, file: "ras.yaml").first
                == "ras.yaml:5:6: instrument: unknown key \"rathos\"; use one of: rathus")
    }
}
