import Coach
import Domain
import Foundation
import Plot
import Safety

extension Views {
    public struct HomeModel: Sendable {
        public var name: String
        /// Today's suggestion: what, why, where.
        public var suggestion: (title: String, detail: String, href: String)
        public var streak: Int
        public var practiceDaysThisWeek: Int
        public var milestones: [(title: String, date: Date)]
        public var remindersOn: Bool
        /// A kind word after a setback (a bad outcome logged recently).
        public var compassion: String?
        /// Questionnaires due by the person's own schedule: id and title.
        public var dueMeasures: [(id: String, title: String)]
        public init(name: String, suggestion: (title: String, detail: String, href: String), streak: Int, practiceDaysThisWeek: Int,
                    milestones: [(title: String, date: Date)], remindersOn: Bool, compassion: String?, dueMeasures: [(id: String, title: String)] = []) {
            self.dueMeasures = dueMeasures
            self.name = name
            self.suggestion = suggestion
            self.streak = streak
            self.practiceDaysThisWeek = practiceDaysThisWeek
            self.milestones = milestones
            self.remindersOn = remindersOn
            self.compassion = compassion
        }
    }

    public static func home(_ chrome: PageChrome, model: HomeModel) -> String {
        var content: [HTMLNode] = [el("h1", text: "Hello, \(model.name)")]
        if let compassion = model.compassion {
            content.append(el("section", [("class", "notice"), ("aria-label", "A kind word")], paragraphs(compassion)))
        }
        if !model.dueMeasures.isEmpty {
            content.append(el("section", [("class", "notice"), ("aria-labelledby", "due")], [
                el("h2", [("id", "due")], text: model.dueMeasures.count == 1 ? "A questionnaire is due" : "Questionnaires are due"),
                el("p", text: "You asked to be reminded. It takes a few minutes, and it helps you see how things are changing."),
                el("ul", [], model.dueMeasures.map { el("li", [], el("a", [("href", "/measures/\($0.id)")], text: $0.title)) }),
            ]))
        }
        content.append(el("section", [("class", "card"), ("aria-labelledby", "today")], [
            el("h2", [("id", "today")], text: "Today's suggestion"),
            el("p", [("class", "lead")], text: model.suggestion.title),
            el("p", text: model.suggestion.detail),
            el("div", [("class", "button-row")], [
                el("a", [("class", "button"), ("href", model.suggestion.href)], text: "Start"),
                el("a", [("class", "button secondary"), ("href", "/breathe?next=" + (model.suggestion.href.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"))],
                   text: "Breathe first"),
            ]),
        ]))
        let streakText = model.streak == 0 ? "No streak yet: any practice today starts one."
            : model.streak == 1 ? "1 day in a row. A good start." : "\(model.streak) days in a row."
        content.append(el("section", [("class", "grid")], [
            el("div", [("class", "card")], [
                el("h2", text: "Your streak"),
                el("p", [("class", "streak")], text: String(model.streak)),
                el("p", text: streakText),
                el("p", [("class", "muted")], text: "Practised on \(model.practiceDaysThisWeek) of the last 7 days."),
            ]),
            el("div", [("class", "card")], [
                el("h2", text: "Milestones"),
                model.milestones.isEmpty
                    ? el("p", [("class", "muted")], text: "Your first assertive reply, first real-world log and first rung climbed will show up here.")
                    : el("ul", [("class", "milestones")], model.milestones.map { el("li", [], [el("strong", text: $0.title), text(" · \(UI.day($0.date))")]) }),
            ]),
        ]))
        if model.remindersOn {
            content.append(el("p", [("class", "notice")], text: "Reminder: a few minutes of practice most days helps more than one long session a week."))
        }
        content.append(el("nav", [("aria-label", "Practice tools"), ("class", "grid")], [
            card("Rehearse a conversation", "Play a scenario turn by turn, with feedback on every reply.", "/rehearse"),
            card("Read a lesson", "Short lessons on the skills, with quick check questions.", "/lessons"),
            card("Plan with a worksheet", "'I' statements, saying no, DEAR MAN, GIVE and FAST.", "/worksheets"),
            card("Log a real conversation", "What you said, how it went, and how anxious you felt.", "/log/new"),
            card("Climb your ladder", "Small assertive steps, from easiest to hardest.", "/ladder"),
            card("Challenge a thought", "A thought record for the worries that hold you back.", "/thoughts/new"),
            card("Check in with a questionnaire", "Short questionnaires to notice change over weeks.", "/measures"),
        ]))
        return document(chrome, content)
    }

    static func card(_ title: String, _ detail: String, _ href: String) -> HTMLNode {
        el("div", [("class", "card")], [el("h3", [], el("a", [("href", href)], text: title)), el("p", text: detail)])
    }

    public static func breathe(_ chrome: PageChrome, next: String?) -> String {
        document(chrome, [
            el("h1", text: "Breathe"),
            el("p", [("class", "lead")], text: "A minute of slow breathing can take the edge off before a hard conversation. Follow the circle: breathe in as it grows, out as it shrinks. There's no sound, and no right way to do it."),
            el("div", [("class", "breathe"), ("data-breathe", ""), ("data-inhale", "4"), ("data-hold", "0"), ("data-exhale", "6")], [
                el("div", [("class", "breathe-circle"), ("aria-hidden", "true")]),
                el("p", [("class", "breathe-label"), ("aria-live", "polite")], text: "Breathe in… and out, slowly."),
                el("div", [("class", "breathe-controls")], [
                    el("label", [("for", "breathe-pace")], [text("Pace: "), el("output", [("id", "breathe-pace-value")], text: "10"),
                                                             text(" seconds per breath")]),
                    el("input", [("type", "range"), ("id", "breathe-pace"), ("min", "6"), ("max", "16"), ("step", "1"), ("value", "10")]),
                    el("button", [("type", "button"), ("class", "button secondary"), ("data-breathe-toggle", "")], text: "Pause"),
                ]),
            ]),
            el("p", [("class", "muted")], text: "Without the animation: breathe in for a count of four, out for a count of six, five or six times."),
            next.map { el("p", [], el("a", [("class", "button"), ("href", $0)], text: "I'm ready: carry on")) } ?? group([]),
        ], scripts: ["breathe.js"])
    }

    static func document(_ chrome: PageChrome, _ content: [HTMLNode], scripts: [String]) -> String {
        var chrome = chrome
        chrome.scripts += scripts
        return document(chrome, content)
    }

    // MARK: Lessons

    public static func lessons(_ chrome: PageChrome, lessons: [Lesson], done: [String: LessonProgress]) -> String {
        document(chrome, [
            el("h1", text: "Lessons"),
            el("p", [("class", "lead")], text: "Short reads on the skills you'll practise. Each ends with a couple of quick questions."),
            el("ol", [("class", "lessons")], lessons.map { lesson in
                el("li", [], [
                    el("a", [("href", "/lessons/\(lesson.id)")], text: lesson.title),
                    done[lesson.id].map { el("span", [("class", "badge")], text: "Done · \($0.correct)/\($0.total)") } ?? group([]),
                    el("p", [("class", "muted")], text: lesson.summary),
                ])
            }),
        ])
    }

    /// A lesson; after the check questions are answered, each shows whether it was right and why.
    public static func lesson(_ chrome: PageChrome, lesson: Lesson, answers: [Int: Int]?, progress: LessonProgress?, next: Lesson?) -> String {
        var content: [HTMLNode] = [
            el("p", [("class", "muted")], text: "Lesson \(lesson.number)"),
            el("h1", text: lesson.title),
            el("p", [("class", "lead")], text: lesson.summary),
        ]
        for section in lesson.sections {
            content.append(el("h2", text: section.heading))
            content.append(group(section.paragraphs.map { el("p", text: $0) }))
        }
        if !lesson.examples.byStyle.isEmpty {
            content.append(el("h2", text: "One situation, four ways"))
            content.append(el("p", text: lesson.examples.situation))
            content.append(el("dl", [("class", "facts")], Style.allCases.compactMap { style in
                lesson.examples.byStyle[style].map { example in
                    group([el("dt", [], UI.styleBadge(style)), el("dd", [], [el("p", text: example.text), el("p", [("class", "muted")], text: example.note)])])
                }
            }))
        }
        if !lesson.questions.isEmpty {
            content.append(el("h2", [("id", "check")], text: "Check your understanding"))
            if let progress {
                content.append(el("p", [("class", "notice success"), ("role", "status")],
                                  text: "Lesson complete: \(progress.correct) of \(progress.total) right first time. You can try the questions again whenever you like."))
            }
            var questions: [HTMLNode] = []
            for (index, question) in lesson.questions.enumerated() {
                let chosen = answers?[index]
                var nodes: [HTMLNode] = [el("legend", text: question.ask)]
                for (optionIndex, option) in question.options.enumerated() {
                    let id = "q\(index)-\(optionIndex)"
                    nodes.append(el("div", [("class", "choice")], [
                        el("input", [("type", "radio"), ("id", id), ("name", "q\(index)"), ("value", String(optionIndex)),
                                     ("checked", chosen == optionIndex ? "" : nil), ("required", "")]),
                        el("label", [("for", id)], text: option),
                    ]))
                }
                if let chosen {
                    let right = chosen == question.answer
                    nodes.append(el("p", [("class", right ? "notice success" : "notice")],
                                    text: (right ? "Yes. " : "Not quite: the answer is \"\(question.options[question.answer])\". ") + question.explain))
                }
                questions.append(el("fieldset", [("class", "field")], nodes))
            }
            content.append(UI.form(action: "/lessons/\(lesson.id)#check", csrf: chrome.csrfToken, questions + [UI.submit("Check my answers")]))
        }
        if !lesson.practice.isEmpty {
            content.append(el("h2", text: "Try it"))
            content.append(el("ul", [], lesson.practice.map { el("li", text: $0) }))
        }
        content.append(el("div", [("class", "button-row")], [
            el("a", [("class", "button secondary"), ("href", "/lessons")], text: "All lessons"),
            next.map { el("a", [("class", "button"), ("href", "/lessons/\($0.id)")], text: "Next: \($0.title)") } ?? group([]),
        ]))
        return document(chrome, content)
    }
}
