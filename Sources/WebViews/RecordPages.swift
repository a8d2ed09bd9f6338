import Coach
import Domain
import Foundation
import Plot
import Safety

extension Views {
    /// A saved record's safety and Coach feedback, shown after a save.
    public struct SaveFeedback: Sendable {
        public var help: HelpMessage?
        public var urgent: Bool
        public var analysis: Analysis?
        public var analysedText: String
        public init(help: HelpMessage?, urgent: Bool, analysis: Analysis?, analysedText: String) {
            self.help = help
            self.urgent = urgent
            self.analysis = analysis
            self.analysedText = analysedText
        }
    }

    static func feedbackNodes(_ feedback: SaveFeedback?, heading: String) -> (top: [HTMLNode], inline: [HTMLNode]) {
        guard let feedback else { return ([], []) }
        var top: [HTMLNode] = [], inline: [HTMLNode] = []
        if let help = feedback.help {
            if feedback.urgent { top.append(UI.helpPanel(help, urgent: true)) } else { inline.append(UI.helpPanel(help, urgent: false)) }
        } else if let analysis = feedback.analysis {
            inline.append(UI.feedback(analysis, text: feedback.analysedText, heading: heading))
        }
        return (top, inline)
    }

    // MARK: Worksheets

    public static func worksheets(_ chrome: PageChrome, worksheets: [Worksheet], drafts: [WorksheetDraft]) -> String {
        document(chrome, [
            el("h1", text: "Worksheets"),
            el("p", [("class", "lead")], text: "Plan what you want to say before a real conversation. Save a draft, come back to it, and reuse it."),
            el("ul", [("class", "grid")], worksheets.map { sheet in
                el("li", [("class", "card")], [
                    el("h2", text: sheet.title), el("p", text: sheet.intro),
                    el("a", [("class", "button"), ("href", "/worksheets/new/\(sheet.id)")], text: "Start a new one"),
                ])
            }),
            el("h2", text: "Your saved drafts"),
            drafts.isEmpty ? el("p", [("class", "muted")], text: "Nothing saved yet.")
                : el("ul", [], drafts.map { draft in
                    el("li", [], [el("a", [("href", "/worksheets/\(draft.id)")], text: draft.title.isEmpty ? "Untitled" : draft.title),
                                  text(" · \(worksheets.first { $0.id == draft.worksheetID }?.title ?? draft.worksheetID) · \(UI.day(draft.updatedAt))")])
                }),
        ])
    }

    public static func worksheetEditor(_ chrome: PageChrome, worksheet: Worksheet, draftID: Int64?, state: FormState,
                                       feedback: SaveFeedback?) -> String {
        let (top, inline) = feedbackNodes(feedback, heading: "How your draft reads")
        let action = draftID.map { "/worksheets/\($0)" } ?? "/worksheets"
        return document(chrome, top + [
            el("h1", text: worksheet.title),
            el("p", [("class", "lead")], text: worksheet.intro),
            UI.errorSummary(state),
        ] + inline + [
            UI.form(action: action, csrf: chrome.csrfToken, attributes: [("data-live-feedback", "")], [
                el("input", [("type", "hidden"), ("name", "worksheet"), ("value", worksheet.id)]),
                UI.input("title", label: "A name for this draft", state: state, hint: "For example: \"Asking Sam about the rent\".", maxLength: 200),
            ] + worksheet.fields.map { field in
                UI.textarea("field_\(field.key)", label: field.label, state: state, hint: field.help, rows: 2, analyze: true)
            } + [
                el("div", [("id", "live-feedback"), ("data-feedback-target", ""), ("aria-live", "polite")]),
                el("div", [("class", "button-row")], [
                    UI.submit("Save draft"),
                    el("a", [("class", "button secondary"), ("href", "/worksheets")], text: "Back to worksheets"),
                ]),
            ]),
            draftID.map { id in
                UI.form(action: "/worksheets/\(id)/delete", csrf: chrome.csrfToken,
                        attributes: [("data-confirm", "Delete this draft?"), ("class", "inline")],
                        [el("button", [("type", "submit"), ("class", "button danger")], text: "Delete draft")])
            } ?? group([]),
        ], scripts: ["live-feedback.js"])
    }

    // MARK: Thought records

    public static func thoughtRecords(_ chrome: PageChrome, records: [ThoughtRecord]) -> String {
        document(chrome, [
            el("h1", text: "Thought records"),
            el("p", [("class", "lead")], text: "When a worry stops you speaking up, write it down and look at it from a few sides. It often loosens its grip."),
            el("a", [("class", "button"), ("href", "/thoughts/new")], text: "New thought record"),
            records.isEmpty ? el("p", [("class", "muted")], text: "No thought records yet.")
                : el("ul", [], records.map { record in
                    el("li", [], [el("a", [("href", "/thoughts/\(record.id)")], text: record.thought),
                                  text(" · \(UI.day(record.createdAt))"),
                                  record.nextStep < 4 ? el("span", [("class", "badge")], text: "step \(record.nextStep) of 3 next") : group([])])
                }),
        ])
    }

    /// One step of a thought record. Steps 2 and 3 keep the original thought in view.
    public static func thoughtRecord(_ chrome: PageChrome, record: ThoughtRecord?, step: Int, state: FormState, feedback: SaveFeedback?) -> String {
        let (top, inline) = feedbackNodes(feedback, heading: "")
        var content: [HTMLNode] = top + [el("h1", text: "Thought record"), el("p", [("class", "muted")], text: "Step \(min(step, 3)) of 3")]
        content.append(UI.errorSummary(state))
        content += inline.filter { _ in feedback?.help != nil }
        if let record {
            content.append(el("section", [("class", "card original-thought"), ("aria-labelledby", "original")], [
                el("h2", [("id", "original")], text: "The thought"),
                el("p", [("class", "lead")], text: record.thought),
                el("p", [("class", "muted")], text: "Situation: \(record.situation) · \(record.emotion) \(record.emotionBefore)/100"),
            ]))
        }
        switch step {
        case 1:
            content.append(UI.form(action: "/thoughts", csrf: chrome.csrfToken, [
                UI.textarea("situation", label: "What was the situation?", state: state, hint: "Where, when, who: just the facts.", rows: 2, required: true),
                UI.input("emotion", label: "What did you feel?", state: state, hint: "One word is enough: anxious, guilty, angry…", required: true, maxLength: 200),
                UI.number("emotion_before", label: "How strong was it? (0-100)", state: state, required: true),
                UI.textarea("thought", label: "What went through your mind?", state: state,
                            hint: "The thought that stopped you, in your own words, like \"If I say no they'll think I'm selfish\".", rows: 2, required: true),
                UI.submit("Next: look at the evidence"),
            ]))
        case 2:
            content.append(UI.form(action: "/thoughts/\(record?.id ?? 0)", csrf: chrome.csrfToken, [
                el("input", [("type", "hidden"), ("name", "step"), ("value", "2")]),
                UI.checkboxes("distortions", legend: "Does the thought fall into any of these traps?", state: state,
                              options: Distortion.allCases.map { ($0.rawValue, $0.label) }, hint: "Tick any that fit. None is fine too."),
                UI.textarea("evidence_for", label: "What supports the thought?", state: state, rows: 3),
                UI.textarea("evidence_against", label: "What doesn't fit with it?", state: state,
                            hint: "Times it didn't happen; what you'd say to a friend who thought this.", rows: 3),
                UI.submit("Next: a more balanced view"),
            ]))
        case 3:
            content.append(UI.form(action: "/thoughts/\(record?.id ?? 0)", csrf: chrome.csrfToken, [
                el("input", [("type", "hidden"), ("name", "step"), ("value", "3")]),
                record.map { record in
                    el("dl", [("class", "facts")], [
                        el("dt", text: "For"), el("dd", text: record.evidenceFor.isEmpty ? "-" : record.evidenceFor),
                        el("dt", text: "Against"), el("dd", text: record.evidenceAgainst.isEmpty ? "-" : record.evidenceAgainst),
                    ])
                } ?? group([]),
                UI.textarea("balanced_thought", label: "A more balanced thought", state: state,
                            hint: "Not forced positivity: something fairer that you can believe.", rows: 3, required: true),
                UI.number("emotion_after", label: "How strong is the feeling now? (0-100)", state: state, required: true),
                UI.submit("Finish"),
            ]))
        default:
            if let record {
                let change = (record.emotionAfter ?? record.emotionBefore) - record.emotionBefore
                content.append(el("dl", [("class", "facts")], [
                    el("dt", text: "Thinking traps"), el("dd", text: record.distortions.isEmpty ? "None named" : record.distortions.map(\.label).joined(separator: "; ")),
                    el("dt", text: "For"), el("dd", text: record.evidenceFor.isEmpty ? "-" : record.evidenceFor),
                    el("dt", text: "Against"), el("dd", text: record.evidenceAgainst.isEmpty ? "-" : record.evidenceAgainst),
                    el("dt", text: "Balanced thought"), el("dd", text: record.balancedThought),
                    el("dt", text: "Feeling"), el("dd", text: "\(record.emotionBefore) → \(record.emotionAfter ?? record.emotionBefore) out of 100"),
                ]))
                content.append(el("p", [("class", "notice success")], text: change < 0
                    ? "The feeling eased by \(-change) points. Nice work looking at it from another side."
                    : "The feeling hasn't shifted yet, and that's okay. Noticing the thought is already a step; it often eases with practice."))
            }
            content.append(el("div", [("class", "button-row")], [
                el("a", [("class", "button"), ("href", "/thoughts/new")], text: "Another thought record"),
                el("a", [("class", "button secondary"), ("href", "/rehearse")], text: "Rehearse the conversation"),
            ]))
        }
        return document(chrome, content)
    }

    // MARK: Interaction log

    public static func logs(_ chrome: PageChrome, logs: [InteractionLog]) -> String {
        document(chrome, [
            el("h1", text: "Interaction log"),
            el("p", [("class", "lead")], text: "Real conversations, written up afterwards. Looking back shows how far you've come."),
            el("a", [("class", "button"), ("href", "/log/new")], text: "Log a conversation"),
            logs.isEmpty ? el("p", [("class", "muted")], text: "No entries yet.")
                : el("div", [("class", "table-wrap")], el("table", [], [
                    el("thead", [], el("tr", [], ["When", "With", "Where", "My style", "Coach's reading", "SUDS", "Outcome"].map { el("th", [("scope", "col")], text: $0) })),
                    el("tbody", [], logs.map { log in
                        el("tr", [], [
                            el("td", [], el("a", [("href", "/log/\(log.id)")], text: UI.date(log.occurredAt))),
                            el("td", text: log.counterpart),
                            el("td", text: Setting(rawValue: log.context)?.displayName ?? log.context),
                            el("td", [], log.selfRatedStyle.map(UI.styleBadge) ?? text("-")),
                            el("td", [], log.coachStyle.map(UI.styleBadge) ?? text("-")),
                            el("td", text: "\(log.sudsBefore.map(String.init) ?? "-") → \(log.sudsAfter.map(String.init) ?? "-")"),
                            el("td", text: log.outcome?.label ?? "-"),
                        ])
                    }),
                ])),
        ])
    }

    public static func logForm(_ chrome: PageChrome, state: FormState) -> String {
        document(chrome, [
            el("h1", text: "Log a real conversation"),
            UI.errorSummary(state),
            UI.form(action: "/log", csrf: chrome.csrfToken, attributes: [("data-live-feedback", "")], [
                UI.input("occurred_at", label: "When", state: state, type: "datetime-local", hint: "Leave as is for now."),
                UI.input("counterpart", label: "With whom", state: state, hint: "A name or a role: \"my manager\", \"Mum\".", required: true, maxLength: 200),
                UI.select("context", label: "Where", state: state, options: UI.settingOptions, blank: "Choose one"),
                UI.textarea("said", label: "What I said", state: state, hint: "As close to your actual words as you can remember.", rows: 3,
                            required: true, analyze: true),
                el("div", [("id", "live-feedback"), ("data-feedback-target", ""), ("aria-live", "polite")]),
                UI.radios("self_rated_style", legend: "How do you think it came across?", state: state, options: UI.styleOptions),
                el("div", [("class", "inline-fields")], [
                    UI.number("suds_before", label: "Anxiety before (0-100)", state: state),
                    UI.number("suds_after", label: "Anxiety after (0-100)", state: state),
                ]),
                UI.radios("outcome", legend: "How did it go?", state: state, options: Outcome.allCases.map { ($0.rawValue, $0.label) }),
                UI.textarea("feeling", label: "How I feel about it now", state: state, rows: 2),
                UI.submit("Save entry"),
            ]),
        ], scripts: ["live-feedback.js"])
    }

    public static func logEntry(_ chrome: PageChrome, log: InteractionLog, feedback: SaveFeedback?, compassion: String?) -> String {
        let (top, inline) = feedbackNodes(feedback, heading: "The Coach's reading of what you said")
        var content: [HTMLNode] = top + [el("h1", text: "Conversation with \(log.counterpart)")]
        if let compassion { content.append(el("section", [("class", "notice"), ("aria-label", "A kind word")], paragraphs(compassion))) }
        content.append(el("dl", [("class", "facts")], [
            el("dt", text: "When"), el("dd", text: UI.date(log.occurredAt)),
            el("dt", text: "Where"), el("dd", text: Setting(rawValue: log.context)?.displayName ?? log.context),
            el("dt", text: "What I said"), el("dd", [], paragraphs(log.said)),
            el("dt", text: "My style"), el("dd", [], log.selfRatedStyle.map(UI.styleBadge) ?? text("Not rated")),
            el("dt", text: "The Coach's reading"), el("dd", [], log.coachStyle.map(UI.styleBadge) ?? text("Not read (help was shown instead)")),
            el("dt", text: "Anxiety (SUDS)"), el("dd", text: "\(log.sudsBefore.map(String.init) ?? "-") before, \(log.sudsAfter.map(String.init) ?? "-") after"),
            el("dt", text: "How it went"), el("dd", text: log.outcome?.label ?? "-"),
            el("dt", text: "How I feel about it"), el("dd", text: log.feeling.isEmpty ? "-" : log.feeling),
        ]))
        content += inline
        content.append(el("div", [("class", "button-row")], [
            el("a", [("class", "button"), ("href", "/log/new")], text: "Log another"),
            el("a", [("class", "button secondary"), ("href", "/log")], text: "All entries"),
        ]))
        return document(chrome, content)
    }
}
