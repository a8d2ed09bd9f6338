import Domain
import Foundation
import Plot
import Safety

// MARK: - Questionnaires: the list, taking one, a result, and the chart of past results

extension Views {
    /// One instrument on the questionnaires page.
    public struct MeasureRow: Sendable {
        public var instrument: Instrument
        /// Oldest first.
        public var results: [StoredAssessment]
        public var schedule: MeasureSchedule?
        public var due: Bool
        /// Shown under the schedule choice when a posted choice was refused.
        public var scheduleError: String?

        public init(instrument: Instrument, results: [StoredAssessment], schedule: MeasureSchedule?, due: Bool, scheduleError: String? = nil) {
            self.instrument = instrument
            self.results = results
            self.schedule = schedule
            self.due = due
            self.scheduleError = scheduleError
        }
    }

    /// The choices offered for "take this every…", from `MeasureSchedule.choices`.
    static let scheduleChoices: [(value: String, label: String)] = [("0", "Not scheduled")] + MeasureSchedule.choices.map { days in
        (String(days), days == 7 ? "Every week" : "Every \(days / 7) weeks")
    }

    /// Where one stored result is shown.
    public static func resultPath(_ id: Int64) -> String { "/results/\(id)" }

    public static func measures(_ chrome: PageChrome, rows: [MeasureRow]) -> String {
        let cards = rows.map { row -> HTMLNode in
            let instrument = row.instrument
            let latest = row.results.last
            var lines: [HTMLNode] = [
                el("h2", [("id", "m-\(instrument.id)")], text: instrument.title),
                instrument.about.map { el("p", text: $0) } ?? group([]),
                instrument.kind.notice.map { el("p", [("class", "muted")], text: $0) } ?? group([]),
                el("p", [("class", "muted")], text: questionCount(instrument)),
            ]
            if let latest {
                lines.append(el("p", [], [
                    text("Last taken \(UI.day(latest.authoredAt)): "),
                    el("a", [("href", resultPath(latest.id))], text: scoreText(latest.result, instrument: instrument)),
                ]))
            }
            if row.due { lines.append(el("p", [("class", "badge due")], text: "Due now")) }
            lines.append(el("div", [("class", "button-row")], [
                el("a", [("class", "button"), ("href", "/measures/\(instrument.id)")], text: latest == nil ? "Take it" : "Take it again"),
                row.results.isEmpty ? group([])
                    : el("a", [("class", "button secondary"), ("href", "/measures/\(instrument.id)/history")], text: "All results"),
            ]))
            var scheduleState = FormState(["every_days": row.schedule.map { String($0.everyDays) } ?? "0"])
            if let error = row.scheduleError { scheduleState.errors = [("every_days", error)] }
            lines.append(UI.form(action: "/measures/\(instrument.id)/schedule", csrf: chrome.csrfToken, attributes: [("class", "inline-fields")], [
                UI.select("every_days", label: "Remind me to take the \(instrument.title) on the home page", state: scheduleState,
                          options: scheduleChoices, id: "every_days-\(instrument.id)"),
                UI.submit("Save", secondary: true),
            ]))
            return el("section", [("class", "card"), ("aria-labelledby", "m-\(instrument.id)")], lines)
        }
        return document(chrome, [
            el("h1", text: "Questionnaires"),
            el("p", [("class", "lead")], text: "Short questionnaires help you and anyone supporting you notice how things change over weeks. They are not a diagnosis, and a number is never the whole story."),
            el("p", [], [
                text("Download your results: "),
                el("a", [("href", "/export/scores.csv")], text: "scores as CSV"),
                text(" or "),
                el("a", [("href", "/export/fhir")], text: "FHIR R4 (for clinic record systems)"),
                text("."),
            ]),
            group(cards),
        ])
    }

    /// "9 questions · about 2 minutes", at roughly ten seconds a question.
    static func questionCount(_ instrument: Instrument) -> String {
        let count = instrument.allItems.count
        return "\(count) questions · about \(max(2, (count + 5) / 6)) minutes"
    }

    /// "12 of 27 · moderate" in plain words.
    public static func scoreText(_ result: AssessmentResult, instrument: Instrument) -> String {
        let score = number(result.total.value)
        let range = "\(number(result.range.min))-\(number(result.range.max))"
        return "\(score) (range \(range))" + (result.band.map { " · \($0.label)" } ?? "")
    }

    static func number(_ value: Double) -> String { ScoreFormat.text(value) }

    // MARK: Taking one

    public static func takeMeasure(_ chrome: PageChrome, instrument: Instrument, state: FormState, help: HelpMessage?) -> String {
        // One screen per question on a phone; questions sharing a situation (`group`) share a screen,
        // so the situation is always in view while rating it.
        var screens: [[Instrument.Item]] = []
        for item in instrument.allItems {
            if let group = item.group, let last = screens.last?.last, last.group == group {
                screens[screens.count - 1].append(item)
            } else {
                screens.append([item])
            }
        }
        let fields = screens.enumerated().map { index, items -> HTMLNode in
            var nodes: [HTMLNode] = []
            if let group = items[0].group { nodes.append(el("p", [("class", "item-group")], text: group)) }
            for item in items {
                let options = instrument.options(for: item).map { (String($0.value), $0.label) }
                // The stem ("Over the last 2 weeks…") scrolls away on a phone, so each question points to it.
                nodes.append(UI.radios("q\(item.number)", legend: "\(item.number). \(item.text)", state: state, options: options,
                                       context: "stem"))
            }
            // "Next" moves on without JavaScript.
            if index + 1 < screens.count {
                nodes.append(el("a", [("class", "next-item"), ("href", "#item-\(screens[index + 1][0].number)")], text: "Next question"))
            }
            return el("div", [("class", "questionnaire-item"), ("id", "item-\(items[0].number)")], nodes)
        }
        return document(chrome, [
            help.map { UI.helpPanel($0, urgent: true) } ?? group([]),
            el("h1", text: instrument.title),
            instrument.about.map { el("p", [("class", "lead")], text: $0) } ?? group([]),
            instrument.kind.notice.map { el("p", [("class", "muted")], text: $0) } ?? group([]),
            UI.errorSummary(state),
            UI.form(action: "/measures/\(instrument.id)", csrf: chrome.csrfToken, attributes: [("class", "questionnaire")], [
                el("p", [("class", "stem"), ("id", "stem")], text: instrument.stem),
                group(fields),
                el("div", [("class", "button-row")], [UI.submit("See my score")]),
            ]),
            el("p", [("class", "muted small")], text: instrument.licence),
        ])
    }

    // MARK: A result

    public struct MeasureResultModel: Sendable {
        public var instrument: Instrument
        public var stored: StoredAssessment
        /// The first result for this instrument, when this is not it.
        public var baseline: StoredAssessment?
        public var change: ScoreChange?
        public var help: HelpMessage?

        public init(instrument: Instrument, stored: StoredAssessment, baseline: StoredAssessment?, change: ScoreChange?, help: HelpMessage?) {
            self.instrument = instrument
            self.stored = stored
            self.baseline = baseline
            self.change = change
            self.help = help
        }
    }

    public static func measureResult(_ chrome: PageChrome, model: MeasureResultModel) -> String {
        let instrument = model.instrument, result = model.stored.result
        var content: [HTMLNode] = []
        // The safety pathway comes first and stays: a concern in the answers matters more than the score.
        if let help = model.help { content.append(UI.helpPanel(help, urgent: true)) }
        content.append(el("h1", text: "\(instrument.title): your result"))
        content.append(el("p", [("class", "muted")], text: "Taken \(UI.date(model.stored.authoredAt))"))
        var summary: [HTMLNode] = [
            el("p", [("class", "score")], [
                el("strong", [("class", "score-value")], text: number(result.total.value)),
                text(" on a range of \(number(result.range.min)) to \(number(result.range.max))"),
            ]),
        ]
        if let band = result.band {
            summary.append(el("p", [], [text("Where that falls on this questionnaire: "), el("strong", text: band.label), text(".")]))
        }
        if result.prorated {
            summary.append(el("p", [("class", "muted")], text: "\(result.missingItems.count == 1 ? "One question was" : "\(result.missingItems.count) questions were") left blank, so the score was worked out from the answered ones, as this questionnaire allows."))
        }
        if let notice = instrument.kind.notice { summary.append(el("p", [("class", "muted")], text: notice)) }
        content.append(el("section", [("class", "card result")], summary))

        if !result.subscales.isEmpty {
            content.append(el("h2", text: instrument.kind == .selfMonitoring ? "Your profile by skill" : "Parts of the score"))
            content.append(Charts.profile(result.subscales))
        }

        content.append(el("h2", text: "Since your first time"))
        if let change = model.change, let baseline = model.baseline {
            content.append(el("section", [("class", "card")], changeLines(change, baseline: baseline, instrument: instrument)))
        } else {
            content.append(el("p", text: "This was your first result, so it is your starting point: later results are compared with it."))
        }
        content.append(el("div", [("class", "button-row")], [
            el("a", [("class", "button"), ("href", "/measures/\(instrument.id)/history")], text: "All my results"),
            el("a", [("class", "button secondary"), ("href", "/measures")], text: "Questionnaires"),
        ]))
        content.append(el("p", [("class", "muted small")], text: "A questionnaire score is a snapshot, not a diagnosis. If something here worries you, talk it over with your doctor or therapist."))
        return document(chrome, content)
    }

    static func changeLines(_ change: ScoreChange, baseline: StoredAssessment, instrument: Instrument) -> [HTMLNode] {
        let moved = abs(change.difference)
        var lines: [HTMLNode] = [
            el("p", text: "Your first score, on \(UI.day(baseline.authoredAt)), was \(number(change.baseline)). Now it is \(number(change.current))"
                + (moved == 0 ? ": the same." : ", \(change.difference > 0 ? "up" : "down") \(number(moved)).")),
        ]
        switch (change.reliable, change.direction) {
        case (true?, .improved):
            lines.append(el("p", [("class", "good-news")], text: "That is a reliable improvement: bigger than the ups and downs this questionnaire shows by chance."))
        case (true?, .worse):
            lines.append(el("p", text: "That change is bigger than chance, in the harder direction. It may be worth talking over with someone you trust or your doctor or therapist. Hard weeks happen, and they don't undo what you've practised."))
        case (false?, _):
            lines.append(el("p", text: "The change is within the ups and downs this questionnaire shows by chance, so it's too early to read much into it."))
        default:
            if instrument.kind == .scale {
                lines.append(el("p", [("class", "muted")], text: "This questionnaire has no agreed rule for telling a real change from chance."))
            }
        }
        if change.recovered == true {
            lines.append(el("p", [("class", "good-news")], text: "Your score has moved from at or above the usual cut-off to below it."))
        }
        return lines
    }

    // MARK: History

    public static func measureHistory(_ chrome: PageChrome, instrument: Instrument, results: [StoredAssessment]) -> String {
        document(chrome, [
            el("h1", text: "\(instrument.title): all results"),
            Charts.measureLine(instrument: instrument, results: results),
            el("ol", [("class", "results")], results.reversed().map { stored in
                el("li", [], [el("a", [("href", resultPath(stored.id))], text: UI.date(stored.authoredAt)),
                              text(" · " + scoreText(stored.result, instrument: instrument))])
            }),
            el("div", [("class", "button-row")], [
                el("a", [("class", "button"), ("href", "/measures/\(instrument.id)")], text: "Take it again"),
                el("a", [("class", "button secondary"), ("href", "/measures")], text: "Questionnaires"),
            ]),
        ])
    }
}

extension Charts {
    /// Totals over time for one instrument, on its full range, with its band edges as light lines.
    static func measureLine(instrument: Instrument, results: [StoredAssessment]) -> HTMLNode {
        let width = 560, height = 220, left = 36, bottom = 190, top = 12
        let range = results.first?.result.range ?? instrument.totalRange
        let span = max(range.max - range.min, 1)
        func y(_ value: Double) -> Int { bottom - Int(((value - range.min) / span * Double(bottom - top)).rounded()) }
        var body = "<line class=\"axis\" x1=\"\(left)\" y1=\"\(bottom)\" x2=\"\(width - 4)\" y2=\"\(bottom)\"/><line class=\"axis\" x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(bottom)\"/>"
        body += "<text class=\"label\" x=\"2\" y=\"\(top + 6)\">\(Views.number(range.max))</text><text class=\"label\" x=\"2\" y=\"\(bottom)\">\(Views.number(range.min))</text>"
        for band in instrument.bands.dropFirst() {
            let edge = y(Double(band.from))
            body += "<line class=\"gridline\" x1=\"\(left)\" y1=\"\(edge)\" x2=\"\(width - 4)\" y2=\"\(edge)\"><title>\(Escape.html(band.label)) from \(band.from)</title></line>"
        }
        // Placed by date, so a long gap between two results looks long.
        let first = results.first?.authoredAt.timeIntervalSince1970 ?? 0
        let elapsed = max((results.last?.authoredAt.timeIntervalSince1970 ?? 0) - first, 1)
        let plot = Double(width - left - 24)
        let points = results.enumerated().map { index, stored -> (Int, Int) in
            let fraction = results.count > 1 && elapsed > 1 ? (stored.authoredAt.timeIntervalSince1970 - first) / elapsed
                : results.count > 1 ? Double(index) / Double(results.count - 1) : 0
            return (left + 8 + Int(fraction * plot), y(stored.total))
        }
        if points.count > 1 {
            body += "<polyline class=\"line\" points=\"\(points.map { "\($0.0),\($0.1)" }.joined(separator: " "))\"/>"
        }
        for (point, stored) in zip(points, results) {
            body += "<circle class=\"dot\" cx=\"\(point.0)\" cy=\"\(point.1)\" r=\"4\"><title>\(UI.day(stored.authoredAt)): \(Views.number(stored.total))</title></circle>"
        }
        let better = instrument.better == .lower ? "Lower is better on this one." : "Higher is better on this one."
        let summary = results.isEmpty ? "No results yet."
            : "\(results.count) result\(results.count == 1 ? "" : "s"), from \(Views.number(results.first!.total)) to \(Views.number(results.last!.total)). \(better)"
        return figure(title: "\(instrument.title) over time", summary: summary,
                      chart: svg(width: width, height: height, label: "Line of \(instrument.title) scores over time", body),
                      headers: ["Taken", "Score", "Band"],
                      rows: results.map { [UI.day($0.authoredAt), Views.number($0.total), $0.result.band?.label ?? ""] })
    }

    /// A skill profile: one horizontal bar per subscale, on its own range.
    static func profile(_ subscales: [SubscaleScore]) -> HTMLNode {
        let width = 560, rowHeight = 28, left = 200
        var body = ""
        for (index, subscale) in subscales.enumerated() {
            let span = max(subscale.range.max - subscale.range.min, 1)
            let fraction = min(max((subscale.score.value - subscale.range.min) / span, 0), 1)
            let y = index * rowHeight
            body += "<text class=\"label\" x=\"0\" y=\"\(y + 18)\">\(Escape.html(subscale.title))</text>"
            body += "<rect class=\"gridline\" x=\"\(left)\" y=\"\(y + 6)\" width=\"\(width - left - 50)\" height=\"16\" rx=\"3\"/>"
            body += "<rect class=\"bar assertive\" x=\"\(left)\" y=\"\(y + 6)\" width=\"\(max(2, Int(Double(width - left - 50) * fraction)))\" height=\"16\" rx=\"3\"><title>\(Escape.html(subscale.title)): \(Views.number(subscale.score.value))</title></rect>"
            body += "<text class=\"label\" x=\"\(width - 44)\" y=\"\(y + 18)\">\(Views.number(subscale.score.value))</text>"
        }
        return figure(title: "Profile", summary: subscales.map { "\($0.title): \(Views.number($0.score.value)) (\($0.better == .higher ? "higher" : "lower") is better)" }.joined(separator: "; "),
                      chart: svg(width: width, height: max(1, subscales.count) * rowHeight, label: "Bars of scores by part", body),
                      headers: ["Part", "Score", "Range"],
                      rows: subscales.map { [$0.title, Views.number($0.score.value), "\(Views.number($0.range.min))-\(Views.number($0.range.max))"] })
    }
}
