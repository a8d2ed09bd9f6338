import Domain
import Foundation
import Measures
import Testing

@Suite("CSV export of all scores (RFC 4180)")
struct ScoreCSVTests {
    @Test("a header, then one CRLF-ended row per assessment")
    func rows() throws {
        let phq9 = try bundled("phq9"), situations = try bundled("situations")
        let date = Date(timeIntervalSince1970: 1_740_821_400)
        let first = Answers(inOrder: [0, 0, 0, 0, 0, 0, 0, 0, 1])
        var second = Answers(inOrder: (1...50).map { $0 % 2 == 1 ? 2 : 4 })
        second[50] = nil
        let csv = ScoreCSV.render([
            CompletedAssessment(
                id: "a1", instrumentID: "phq9", answers: first, authored: date, result: try phq9.score(first)),
            CompletedAssessment(
                id: "a2", instrumentID: "situations", answers: second, authored: date,
                result: try situations.score(second)),
        ])
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines.count == 4)
        #expect(lines[3] == "")
        #expect(
            lines[0]
                == "assessment_id,instrument,authored,total,min,max,band,prorated,missing_items,safety_triggered,subscales"
        )
        #expect(lines[1] == "a1,phq9,2025-03-01T09:30:00Z,1,0,27,minimal,false,,true,")
        #expect(
            lines[2].hasPrefix(
                "a2,situations,2025-03-01T09:30:00Z,4,1,5,,true,50,false,discomfort=2; saying-no-discomfort=2; "))
        #expect(!csv.contains("\n\n"))
    }

    @Test("fields with commas, quotes or line breaks are quoted, quotes doubled")
    func quoting() {
        #expect(ScoreCSV.field("plain") == "plain")
        #expect(ScoreCSV.field("-90") == "-90")
        #expect(ScoreCSV.field("a,b") == "\"a,b\"")
        #expect(ScoreCSV.field("say \"no\"") == "\"say \"\"no\"\"\"")
        #expect(ScoreCSV.field("two\nlines") == "\"two\nlines\"")
        #expect(ScoreCSV.field("cr\r\nlf") == "\"cr\r\nlf\"")
        #expect(ScoreCSV.field("") == "")
    }

    @Test("a band label with a comma is quoted in its row")
    func quotedBand() throws {
        let text = """
            id: commas
            title: Commas
            licence: test
            stem: How?
            options: [{value: 0, label: no}, {value: 1, label: yes}]
            items: [{n: 1, text: one}]
            total: {min: 0, max: 1}
            better: lower
            bands: [{from: 0, to: 0, label: "none, or \\"hardly\\""}, {from: 1, to: 1, label: some}]

            """
        let instrument = try parse(text)
        let answers = Answers([1: 0])
        let csv = ScoreCSV.render([
            CompletedAssessment(
                id: "x", instrumentID: "commas", answers: answers, authored: Date(timeIntervalSince1970: 0),
                result: try instrument.score(answers))
        ])
        #expect(
            csv.components(separatedBy: "\r\n")[1]
                == "x,commas,1970-01-01T00:00:00Z,0,0,1,\"none, or \"\"hardly\"\"\",false,,false,")
    }
}
