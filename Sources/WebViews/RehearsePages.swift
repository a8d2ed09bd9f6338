import Coach
import Domain
import Foundation
import Plot
import Safety

extension Views {
    public struct ScenarioFilter: Sendable {
        public var context: Setting?
        public var skill: Skill?
        public var difficulty: Int?
        public init(context: Setting?, skill: Skill?, difficulty: Int?) {
            self.context = context
            self.skill = skill
            self.difficulty = difficulty
        }
    }

    public static func scenarioPicker(_ chrome: PageChrome, scenarios: [Scenario], filter: ScenarioFilter, suggestedDifficulty: Int,
                                      rungID: Int64?) -> String {
        let state = FormState([
            "context": filter.context?.rawValue ?? "", "skill": filter.skill?.rawValue ?? "",
            "difficulty": filter.difficulty.map(String.init) ?? "",
        ])
        let skills = Array(Set(scenarios.flatMap(\.skills))).sorted { $0.displayName < $1.displayName }
        let shown = scenarios.filter { scenario in
            (filter.context == nil || scenario.context == filter.context)
                && (filter.skill == nil || scenario.skills.contains(filter.skill!))
                && (filter.difficulty == nil || scenario.difficulty == filter.difficulty)
        }
        return document(chrome, [
            el("h1", text: "Rehearse a conversation"),
            el("p", [("class", "lead")], text: "Pick a situation. You'll see what the other person says, write your reply, and get feedback on how it comes across. Nothing here is a test: try things out."),
            el("p", [("class", "muted")], text: "From your recent replies, difficulty \(suggestedDifficulty) looks about right."),
            el("form", [("method", "get"), ("action", "/rehearse"), ("class", "inline-fields")], [
                UI.select("context", label: "Where", state: state, options: UI.settingOptions, blank: "Anywhere"),
                UI.select("skill", label: "Skill", state: state, options: skills.map { ($0.rawValue, $0.displayName) },
                          blank: "Any skill"),
                UI.select("difficulty", label: "Difficulty", state: state, options: Set(scenarios.map(\.difficulty)).sorted().map { (String($0), String($0)) }, blank: "Any"),
                UI.submit("Filter", secondary: true),
            ]),
            shown.isEmpty ? el("p", text: "No scenarios match those filters. Try widening them.") : group([]),
            el("ul", [("class", "grid scenarios")], shown.map { scenario in
                el("li", [("class", "card")], [
                    el("h2", text: scenario.title),
                    el("p", [("class", "muted")], text: "\(scenario.context.displayName) · difficulty \(scenario.difficulty) · with \(scenario.counterpart.name)"),
                    el("p", text: scenario.setup),
                    UI.form(action: "/rehearse", csrf: chrome.csrfToken, [
                        el("input", [("type", "hidden"), ("name", "scenario"), ("value", scenario.id)]),
                        rungID.map { el("input", [("type", "hidden"), ("name", "rung"), ("value", String($0))]) } ?? group([]),
                        UI.submit("Start"),
                    ]),
                ])
            }),
        ])
    }

    public struct TranscriptLine: Sendable {
        public var counterpartLine: String
        public var reply: String
        public var reaction: String?
        public var analysis: Analysis?
        public var superseded: Bool
        public var pausedForSafety: Bool
        public init(counterpartLine: String, reply: String, reaction: String?, analysis: Analysis?, superseded: Bool, pausedForSafety: Bool) {
            self.counterpartLine = counterpartLine
            self.reply = reply
            self.reaction = reaction
            self.analysis = analysis
            self.superseded = superseded
            self.pausedForSafety = pausedForSafety
        }
    }

    public struct RehearsalModel: Sendable {
        public var id: Int64
        public var scenario: Scenario
        public var lines: [TranscriptLine]
        /// The counterpart's line waiting for a reply; `nil` once finished.
        public var prompt: String?
        public var hint: String?
        public var modelAnswer: Scenario.ModelAnswer?
        public var showModel: Bool
        public var help: HelpMessage?
        public var urgent: Bool
        public var draft: FormState
        public var summary: (finished: Bool, styles: [Style], tryNext: [String], debrief: String, retries: Int)?
        public var rungID: Int64?
        public init(id: Int64, scenario: Scenario, lines: [TranscriptLine], prompt: String?, hint: String?, modelAnswer: Scenario.ModelAnswer?,
                    showModel: Bool, help: HelpMessage?, urgent: Bool, draft: FormState,
                    summary: (finished: Bool, styles: [Style], tryNext: [String], debrief: String, retries: Int)?, rungID: Int64?) {
            self.id = id
            self.scenario = scenario
            self.lines = lines
            self.prompt = prompt
            self.hint = hint
            self.modelAnswer = modelAnswer
            self.showModel = showModel
            self.help = help
            self.urgent = urgent
            self.draft = draft
            self.summary = summary
            self.rungID = rungID
        }
    }

    public static func rehearsal(_ chrome: PageChrome, model: RehearsalModel) -> String {
        let scenario = model.scenario
        var content: [HTMLNode] = []
        if let help = model.help, model.urgent { content.append(UI.helpPanel(help, urgent: true)) }
        content += [
            el("p", [("class", "muted")], text: "\(scenario.context.displayName) · difficulty \(scenario.difficulty)"),
            el("h1", text: scenario.title),
            el("p", [("class", "lead")], text: scenario.setup),
        ]
        if scenario.safety, let note = scenario.safetyNote { content.append(el("p", [("class", "notice")], text: note)) }
        var turns: [HTMLNode] = []
        let who = scenario.counterpart.name
        var lastAnalysis: (Analysis, String)? = nil
        for line in model.lines {
            turns.append(el("li", [("class", "turn counterpart")], [el("span", [("class", "who")], text: who), el("p", text: line.counterpartLine)]))
            turns.append(el("li", [("class", line.superseded ? "turn me superseded" : "turn me")], [
                el("span", [("class", "who")], text: "You"), el("p", text: line.reply),
                line.superseded ? el("span", [("class", "tag")], text: "tried again") : group([]),
                line.analysis.map { UI.styleBadge($0.style) } ?? group([]),
                line.pausedForSafety ? el("span", [("class", "tag")], text: "paused for support") : group([]),
            ]))
            if let analysis = line.analysis, !line.superseded { lastAnalysis = (analysis, line.reply) }
            else if line.pausedForSafety { lastAnalysis = nil }
            if let reaction = line.reaction, !line.superseded {
                turns.append(el("li", [("class", "turn counterpart")], [el("span", [("class", "who")], text: who), el("p", text: reaction)]))
            }
        }
        if let prompt = model.prompt {
            turns.append(el("li", [("class", "turn counterpart current")], [el("span", [("class", "who")], text: who), el("p", text: prompt)]))
        }
        content.append(el("h2", [("class", "visually-hidden")], text: "Conversation"))
        content.append(el("ol", [("class", "transcript"), ("aria-label", "Conversation so far")], turns))
        if let help = model.help, !model.urgent { content.append(UI.helpPanel(help, urgent: false)) }
        if let (analysis, reply) = lastAnalysis, model.help == nil {
            content.append(UI.feedback(analysis, text: reply, heading: "Feedback on your last reply"))
        }
        if model.prompt != nil {
            content.append(UI.errorSummary(model.draft))
            content.append(UI.form(action: "/rehearse/\(model.id)/reply", csrf: chrome.csrfToken,
                                   attributes: [("class", "reply-form"), ("data-live-feedback", ""), ("data-context", model.prompt)], [
                UI.textarea("reply", label: "Your reply", state: model.draft, hint: model.hint.map { "Hint: \($0)" }, rows: 4,
                            required: true, analyze: true),
                el("div", [("id", "live-feedback"), ("data-feedback-target", ""), ("aria-live", "polite")],
                   el("p", [("class", "muted")], text: "Feedback appears here as you type (or when you send, without JavaScript).")),
                el("div", [("class", "button-row")], [UI.submit("Send reply")]),
            ]))
            var tools: [HTMLNode] = []
            if model.showModel, let answer = model.modelAnswer {
                content.append(el("section", [("class", "model-answer card"), ("aria-labelledby", "model")], [
                    el("h2", [("id", "model")], text: "One assertive way to say it"),
                    el("p", [("class", "suggestion")], text: answer.text),
                    el("p", [("class", "muted")], text: answer.why),
                ]))
            } else if model.modelAnswer != nil {
                tools.append(el("form", [("method", "get"), ("action", "/rehearse/\(model.id)"), ("class", "inline")], [
                    el("input", [("type", "hidden"), ("name", "model"), ("value", "1")]),
                    UI.submit("Show model answer", secondary: true),
                ]))
            }
            if model.lines.contains(where: { $0.analysis != nil && !$0.superseded }) {
                tools.append(UI.form(action: "/rehearse/\(model.id)/retry", csrf: chrome.csrfToken, attributes: [("class", "inline")],
                                     [UI.submit("Try that again", secondary: true)]))
            }
            tools.append(UI.form(action: "/rehearse/\(model.id)/finish", csrf: chrome.csrfToken, attributes: [("class", "inline")],
                                 [UI.submit("End here", secondary: true)]))
            content.append(el("div", [("class", "button-row")], tools))
        }
        if let summary = model.summary {
            content.append(el("section", [("class", "card summary"), ("aria-labelledby", "summary")], [
                el("h2", [("id", "summary")], text: summary.finished ? "Well done: you finished" : "Where you got to"),
                summary.styles.isEmpty ? el("p", text: "No scored replies this time, and that's okay.")
                    : el("p", [], [text("How your replies read: ")] + summary.styles.map { UI.styleBadge($0) }),
                summary.retries > 0 ? el("p", text: "You tried \(summary.retries == 1 ? "a turn" : "\(summary.retries) turns") again. Trying again is how this gets easier.") : group([]),
                summary.finished && summary.styles.last == .assertive ? el("p", text: summary.debrief) : group([]),
                summary.tryNext.isEmpty ? group([]) : el("h3", text: "Next time, try"),
                el("ul", [], summary.tryNext.map { el("li", text: $0) }),
                el("div", [("class", "button-row")], [
                    el("a", [("class", "button"), ("href", "/rehearse")], text: "Another scenario"),
                    model.rungID.map { el("a", [("class", "button secondary"), ("href", "/ladder/\($0)")], text: "Back to your ladder rung") } ?? group([]),
                    el("a", [("class", "button secondary"), ("href", "/progress")], text: "See your progress"),
                ]),
            ]))
        }
        return document(chrome, content, scripts: ["live-feedback.js"])
    }
}
