import Domain
import Foundation
import Plot

/// Server-drawn SVG charts. Each comes with a text alternative: a summary in the caption and the
/// numbers as a table.
enum Charts {
    static func svg(width: Int, height: Int, label: String, _ body: String) -> HTMLNode {
        .raw("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(Escape.html(label))\">\(body)</svg>")
    }

    static func table(_ headers: [String], _ rows: [[String]]) -> HTMLNode {
        el("details", [("class", "chart-data")], [
            el("summary", text: "Show the numbers"),
            el("div", [("class", "table-wrap")], el("table", [], [
                el("thead", [], el("tr", [], headers.map { el("th", [("scope", "col")], text: $0) })),
                el("tbody", [], rows.map { row in el("tr", [], row.map { el("td", text: $0) }) }),
            ])),
        ])
    }

    static func figure(title: String, summary: String, chart: HTMLNode, headers: [String], rows: [[String]]) -> HTMLNode {
        el("figure", [("class", "chart")], [
            chart,
            el("figcaption", [], [el("strong", text: title), text(". " + summary)]),
            table(headers, rows),
        ])
    }

    /// The ladder, hardest rung at the top; climbed rungs filled.
    static func ladder(_ rungs: [LadderRung]) -> HTMLNode {
        let ordered = rungs.sorted { $0.suds > $1.suds }
        let rowHeight = 44, width = 340
        let height = max(1, ordered.count) * rowHeight + 20
        var body = "<line class=\"axis\" x1=\"20\" y1=\"4\" x2=\"20\" y2=\"\(height - 4)\"/><line class=\"axis\" x1=\"\(width - 20)\" y1=\"4\" x2=\"\(width - 20)\" y2=\"\(height - 4)\"/>"
        for (index, rung) in ordered.enumerated() {
            let y = 10 + index * rowHeight
            let title = rung.title.count > 34 ? String(rung.title.prefix(33)) + "…" : rung.title
            body += "<g class=\"\(rung.climbedAt != nil ? "rung climbed" : "rung")\"><rect x=\"20\" y=\"\(y)\" width=\"\(width - 40)\" height=\"\(rowHeight - 10)\" rx=\"6\"/>"
            body += "<text class=\"rung-label\" x=\"30\" y=\"\(y + 22)\">\(Escape.html(title)) (\(rung.currentSUDS))\(rung.climbedAt != nil ? " ✓" : "")</text></g>"
        }
        let climbed = rungs.filter { $0.climbedAt != nil }.count
        return figure(title: "Your ladder", summary: rungs.isEmpty ? "No rungs yet." : "\(rungs.count) rungs, \(climbed) climbed. The hardest is at the top.",
                      chart: el("div", [("class", "ladder-picture")], svg(width: width, height: height, label: "Ladder picture", body)),
                      headers: ["Rung", "First SUDS", "Now", "Climbed"],
                      rows: ordered.map { [$0.title, String($0.suds), String($0.currentSUDS), $0.climbedAt.map(UI.day) ?? "not yet"] })
    }

    /// Replies by style per week, as stacked bars.
    static func styleMix(weeks: [(start: Date, counts: [Style: Int])]) -> HTMLNode {
        let width = 560, height = 220, left = 36, bottom = 190
        let maxTotal = max(1, weeks.map { $0.counts.values.reduce(0, +) }.max() ?? 1)
        let barWidth = weeks.isEmpty ? 0 : (width - left - 10) / weeks.count
        var body = "<line class=\"axis\" x1=\"\(left)\" y1=\"\(bottom)\" x2=\"\(width - 4)\" y2=\"\(bottom)\"/>"
        body += "<text class=\"label\" x=\"2\" y=\"16\">\(maxTotal)</text><text class=\"label\" x=\"2\" y=\"\(bottom)\">0</text>"
        for (index, week) in weeks.enumerated() {
            var y = Double(bottom)
            let x = left + index * barWidth + 4
            for style in Style.allCases {
                let count = week.counts[style] ?? 0
                guard count > 0 else { continue }
                let h = Double(count) / Double(maxTotal) * Double(bottom - 10)
                y -= h
                body += "<rect class=\"bar \(style.rawValue)\" x=\"\(x)\" y=\"\(Int(y))\" width=\"\(max(2, barWidth - 8))\" height=\"\(Int(h.rounded(.up)))\"><title>\(style.displayName): \(count)</title></rect>"
            }
            // A date label is about 60 units wide: on narrow bars, label every other week, counting back from the latest.
            if barWidth >= 70 || (weeks.count - 1 - index) % 2 == 0 {
                body += "<text class=\"label\" x=\"\(x)\" y=\"\(bottom + 18)\">\(Escape.html(UI.shortDay(week.start)))</text>"
            }
        }
        let total = weeks.reduce(0) { $0 + $1.counts.values.reduce(0, +) }
        let assertive = weeks.reduce(0) { $0 + ($1.counts[.assertive] ?? 0) }
        return figure(title: "How your replies read, week by week",
                      summary: total == 0 ? "No scored replies yet." : "\(assertive) of \(total) replies read as assertive.",
                      chart: svg(width: width, height: height, label: "Stacked bars of reply styles per week", body),
                      headers: ["Week of"] + Style.allCases.map(\.displayName),
                      rows: weeks.map { week in [UI.day(week.start)] + Style.allCases.map { String(week.counts[$0] ?? 0) } })
    }

    /// SUDS per rung over attempts: one line per rung.
    static func sudsLines(_ rungs: [LadderRung]) -> HTMLNode {
        let width = 560, height = 220, left = 36, bottom = 190
        let withAttempts = rungs.filter { !$0.attempts.isEmpty }
        let maxAttempts = max(1, withAttempts.map { $0.attempts.count + 1 }.max() ?? 1)
        let step = Double(width - left - 20) / Double(max(1, maxAttempts - 1))
        var body = "<line class=\"axis\" x1=\"\(left)\" y1=\"\(bottom)\" x2=\"\(width - 4)\" y2=\"\(bottom)\"/><line class=\"axis\" x1=\"\(left)\" y1=\"10\" x2=\"\(left)\" y2=\"\(bottom)\"/>"
        body += "<text class=\"label\" x=\"2\" y=\"16\">100</text><text class=\"label\" x=\"12\" y=\"\(bottom)\">0</text>"
        for rung in withAttempts {
            let values = [rung.suds] + rung.attempts.map { $0.sudsAfter ?? $0.sudsBefore }
            let points = values.enumerated().map { index, value in
                (Double(left) + Double(index) * step, Double(bottom) - Double(value) / 100 * Double(bottom - 10))
            }
            body += "<polyline class=\"line\" points=\"\(points.map { "\(Int($0.0)),\(Int($0.1))" }.joined(separator: " "))\"><title>\(Escape.html(rung.title))</title></polyline>"
            for point in points { body += "<circle class=\"dot\" cx=\"\(Int(point.0))\" cy=\"\(Int(point.1))\" r=\"4\"/>" }
        }
        return figure(title: "Anxiety (SUDS) per rung over attempts",
                      summary: withAttempts.isEmpty ? "No attempts yet." : withAttempts.map { "\($0.title): \($0.suds) → \($0.currentSUDS)" }.joined(separator: "; "),
                      chart: svg(width: width, height: height, label: "Lines of SUDS ratings per ladder rung", body),
                      headers: ["Rung", "Ratings, first to latest"],
                      rows: withAttempts.map { [$0.title, ([$0.suds] + $0.attempts.map { $0.sudsAfter ?? $0.sudsBefore }).map(String.init).joined(separator: " → ")] })
    }

    /// The last 28 days: a square per day, filled when there was practice.
    static func practiceDays(days: [(date: Date, practised: Bool)], streak: Int) -> HTMLNode {
        let size = 18, gap = 4, perRow = 14
        let rows = (days.count + perRow - 1) / perRow
        var body = ""
        for (index, day) in days.enumerated() {
            let x = (index % perRow) * (size + gap), y = (index / perRow) * (size + gap)
            body += "<rect class=\"\(day.practised ? "bar assertive" : "gridline")\" x=\"\(x)\" y=\"\(y)\" width=\"\(size)\" height=\"\(size)\" rx=\"3\"><title>\(UI.day(day.date))\(day.practised ? ": practised" : "")</title></rect>"
        }
        let practised = days.filter(\.practised).count
        return figure(title: "Practice days", summary: "You practised on \(practised) of the last \(days.count) days. Current streak: \(streak) day\(streak == 1 ? "" : "s").",
                      chart: svg(width: perRow * (size + gap), height: max(1, rows) * (size + gap), label: "Calendar of practice days", body),
                      headers: ["Day", "Practised"], rows: days.filter(\.practised).map { [UI.day($0.date), "yes"] })
    }

}

extension Views {
    public struct ProgressModel: Sendable {
        public var weeks: [(start: Date, counts: [Style: Int])]
        public var rungs: [LadderRung]
        public var days: [(date: Date, practised: Bool)]
        public var streak: Int
        public var milestones: [(title: String, date: Date)]
        /// Questionnaire results by instrument, oldest first; only instruments with results.
        public var measures: [(instrument: Instrument, results: [StoredAssessment])]
        public init(weeks: [(start: Date, counts: [Style: Int])], rungs: [LadderRung], days: [(date: Date, practised: Bool)], streak: Int,
                    milestones: [(title: String, date: Date)], measures: [(instrument: Instrument, results: [StoredAssessment])] = []) {
            self.measures = measures
            self.weeks = weeks
            self.rungs = rungs
            self.days = days
            self.streak = streak
            self.milestones = milestones
        }
    }

    public static func progress(_ chrome: PageChrome, model: ProgressModel) -> String {
        document(chrome, [
            el("h1", text: "Your progress"),
            el("p", [("class", "lead")], text: "Progress isn't a straight line. Every bit of practice counts, including the attempts that felt clumsy."),
            Charts.practiceDays(days: model.days, streak: model.streak),
            Charts.styleMix(weeks: model.weeks),
            Charts.sudsLines(model.rungs),
            el("h2", text: "Milestones"),
            model.milestones.isEmpty ? el("p", [("class", "muted")], text: "None yet. They'll come.")
                : el("ul", [("class", "milestones")], model.milestones.map { el("li", [], [el("strong", text: $0.title), text(" · \(UI.day($0.date))")]) }),
            el("h2", text: "Questionnaires"),
            model.measures.isEmpty
                ? el("p", [("class", "muted")], [text("No questionnaire results yet. "), el("a", [("href", "/measures")], text: "Take one"),
                                                 text(" to see your scores over time here.")])
                : group(model.measures.map { Charts.measureLine(instrument: $0.instrument, results: $0.results) }),
        ])
    }

    // MARK: Ladder

    public static func ladder(_ chrome: PageChrome, rungs: [LadderRung], scenarios: [Scenario], state: FormState) -> String {
        document(chrome, [
            el("h1", text: "Your exposure ladder"),
            el("p", [("class", "lead")], text: "List assertive things you'd like to be able to do, and rate how anxious each makes you (SUDS, 0 = calm, 100 = the most anxious you can imagine). Start with the lowest rung and work up."),
            Charts.ladder(rungs),
            el("ol", [("class", "rungs")], rungs.map { rung in
                el("li", [], [el("a", [("href", "/ladder/\(rung.id)")], text: rung.title),
                              text(" · SUDS \(rung.currentSUDS)"), rung.climbedAt != nil ? el("span", [("class", "badge")], text: "climbed") : group([])])
            }),
            el("h2", text: "Add a rung"),
            UI.errorSummary(state),
            UI.form(action: "/ladder", csrf: chrome.csrfToken, [
                UI.input("title", label: "The assertive act", state: state, hint: "Specific and doable, like \"Send back a cold meal\".", required: true, maxLength: 200),
                UI.number("suds", label: "How anxious does it make you? (SUDS 0-100)", state: state, required: true),
                UI.select("scenario", label: "A scenario to rehearse it with (optional)", state: state,
                          options: scenarios.map { ($0.id, "\($0.title) (\($0.context.displayName))") }, blank: "None"),
                UI.submit("Add rung"),
            ]),
        ])
    }

    public static func rung(_ chrome: PageChrome, rung: LadderRung, scenario: Scenario?, state: FormState, feedback: SaveFeedback?,
                            suggestClimbed: Bool) -> String {
        let (top, inline) = feedbackNodes(feedback, heading: "")
        var content: [HTMLNode] = top + [
            el("h1", text: rung.title),
            el("p", [("class", "lead")], text: "First rating \(rung.suds) · now \(rung.currentSUDS)" + (rung.climbedAt != nil ? " · climbed \(UI.day(rung.climbedAt!))" : "")),
            el("h2", text: "The loop"),
            el("ol", [("class", "loop")], [
                el("li", [], el("a", [("href", "/breathe?next=/ladder/\(rung.id)")], text: "Breathe")),
                el("li", text: "Rate your anxiety right now"),
                el("li", [], scenario.map { scenario in
                    UI.form(action: "/rehearse", csrf: chrome.csrfToken, attributes: [("class", "inline")], [
                        el("input", [("type", "hidden"), ("name", "scenario"), ("value", scenario.id)]),
                        el("input", [("type", "hidden"), ("name", "rung"), ("value", String(rung.id))]),
                        UI.submit("Rehearse \"\(scenario.title)\"", secondary: true),
                    ])
                } ?? text("Rehearse it (link a scenario to this rung to rehearse here)")),
                el("li", text: "Do it for real"),
                el("li", [], el("a", [("href", "/log/new")], text: "Log how it went")),
                el("li", text: "Re-rate your anxiety below"),
            ]),
        ]
        content += inline
        if suggestClimbed && rung.climbedAt == nil {
            content.append(el("p", [("class", "notice success")], text: "Your anxiety about this has come down over your attempts. If it feels manageable now, mark it climbed and move up a rung."))
        }
        content.append(el("h2", text: "Record an attempt"))
        content.append(UI.errorSummary(state))
        content.append(UI.form(action: "/ladder/\(rung.id)/attempts", csrf: chrome.csrfToken, [
            UI.radios("kind", legend: "What did you do?", state: state, options: [("real", "Did it for real"), ("rehearsal", "Rehearsed it")]),
            el("div", [("class", "inline-fields")], [
                UI.number("suds_before", label: "Anxiety before (0-100)", state: state, required: true),
                UI.number("suds_after", label: "Anxiety after (0-100)", state: state),
            ]),
            UI.textarea("note", label: "Notes (optional)", state: state, rows: 2),
            UI.submit("Save attempt"),
        ]))
        if !rung.attempts.isEmpty {
            content.append(el("h2", text: "Attempts"))
            content.append(el("ol", [], rung.attempts.map { attempt in
                el("li", [], [text("\(UI.date(attempt.createdAt)): \(attempt.kind == .real ? "for real" : "rehearsed"), SUDS \(attempt.sudsBefore) → \(attempt.sudsAfter.map(String.init) ?? "-")"),
                              attempt.note.isEmpty ? group([]) : el("p", [("class", "muted")], text: attempt.note)])
            }))
        }
        content.append(el("div", [("class", "button-row")], [
            UI.form(action: "/ladder/\(rung.id)/climbed", csrf: chrome.csrfToken, attributes: [("class", "inline")], [
                el("input", [("type", "hidden"), ("name", "climbed"), ("value", rung.climbedAt == nil ? "yes" : "no")]),
                UI.submit(rung.climbedAt == nil ? "Mark as climbed" : "Not climbed yet", secondary: true),
            ]),
            UI.form(action: "/ladder/\(rung.id)/delete", csrf: chrome.csrfToken, attributes: [("class", "inline"), ("data-confirm", "Delete this rung and its attempts?")],
                    [el("button", [("type", "submit"), ("class", "button danger")], text: "Delete rung")]),
            el("a", [("class", "button secondary"), ("href", "/ladder")], text: "Back to the ladder"),
        ]))
        return document(chrome, content)
    }
}
