import Domain
import YAMLReading
import Yams

/// Turns a content file's YAML into domain values, reporting every problem with its position.
enum ContentParser {
    static func scenario(_ root: Node, _ reader: YAMLReader) -> Scenario? {
        let context = "scenario"
        guard let f = reader.fields(root, where: context,
            required: ["id", "title", "context", "difficulty", "skills", "counterpart", "setup", "turns", "debrief"],
            optional: ["audience", "safety", "safety_note"])
        else { return nil }
        let id = reader.string(f, "id", context)
        let title = reader.string(f, "title", context)
        var setting: Setting?
        if let node = f["context"] {
            if let name = node.string, let value = Setting(rawValue: name) { setting = value } else {
                reader.fail(node, "scenario: unknown context \"\(node.string ?? "")\"; use one of: \(Setting.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        let difficulty = reader.int(f, "difficulty", context, in: 1...5)
        let skills = reader.names(f, "skills", context, as: Skill.self, what: "skill")
        var audience = Scenario.Audience.adult
        if let node = f["audience"] {
            if let name = node.string, let value = Scenario.Audience(rawValue: name) { audience = value } else {
                reader.fail(node, "scenario: \"audience\" must be adult or teen")
            }
        }
        var counterpart: Scenario.Counterpart?
        if let node = f["counterpart"], let c = reader.fields(node, where: "counterpart", required: ["name", "persona"]) {
            if let name = reader.string(c, "name", "counterpart"), let persona = reader.string(c, "persona", "counterpart") {
                counterpart = Scenario.Counterpart(name: name, persona: persona)
            }
        }
        let setup = reader.string(f, "setup", context)
        let debrief = reader.string(f, "debrief", context)
        var safety = false
        if let node = f["safety"] {
            if let value = node.bool { safety = value } else { reader.fail(node, "scenario: \"safety\" must be true or false") }
        }
        let safetyNote = reader.string(f, "safety_note", context)
        if safety && safetyNote == nil { reader.fail(root, "scenario: a safety scenario needs a \"safety_note\"") }

        var turns: [Scenario.Turn] = []
        var parsed: [(turn: Scenario.Turn, node: Node, nextNodes: [Node?])] = []
        if let items = reader.list(f, "turns", context) {
            if items.isEmpty { reader.fail(f["turns"], "scenario: \"turns\" is empty") }
            for item in items {
                if let result = self.turn(item, reader) {
                    turns.append(result.turn)
                    parsed.append(result)
                }
            }
        }
        checkGraph(parsed, scenarioNode: root, reader: reader)
        guard let id, let title, let setting, let difficulty, let skills, let counterpart, let setup, let debrief else {
            return nil
        }
        return Scenario(id: id, title: title, context: setting, difficulty: difficulty, skills: skills,
                        audience: audience, counterpart: counterpart, setup: setup, turns: turns, debrief: debrief,
                        safety: safety, safetyNote: safetyNote)
    }

    /// The branching rules: every `next` names a later turn or `end`, every turn answers every style,
    /// every turn can be reached, and some path ends.
    static func checkGraph(_ turns: [(turn: Scenario.Turn, node: Node, nextNodes: [Node?])], scenarioNode: Node, reader: YAMLReader) {
        var position: [String: Int] = [:]
        for (i, entry) in turns.enumerated() {
            if position[entry.turn.id] != nil {
                reader.fail(entry.node, "turn \"\(entry.turn.id)\": duplicate turn id")
            }
            position[entry.turn.id] = i
        }
        var reachable: Set<Int> = turns.isEmpty ? [] : [0]
        var ends = false
        for (i, entry) in turns.enumerated() {
            let context = "turn \"\(entry.turn.id)\""
            for (reaction, nextNode) in zip(entry.turn.reactions, entry.nextNodes) {
                switch reaction.next {
                case .end:
                    if reachable.contains(i) { ends = true }
                case .turn(let target):
                    guard let j = position[target] else {
                        reader.fail(nextNode, "\(context): branch points to \"\(target)\", which is not a turn in this scenario")
                        continue
                    }
                    if j <= i {
                        reader.fail(nextNode, "\(context): branch to \"\(target)\" must point to a later turn, so every path ends")
                        continue
                    }
                    if reachable.contains(i) { reachable.insert(j) }
                }
            }
            for style in Style.allCases where !entry.turn.reactions.contains(where: { $0.condition.styles.contains(style) && $0.condition.has.isEmpty }) {
                reader.fail(entry.node, "\(context): no reaction for \(style.rawValue) replies without a \"has\" condition, so some replies would get no answer")
            }
        }
        for (i, entry) in turns.enumerated() where !reachable.contains(i) {
            reader.fail(entry.node, "turn \"\(entry.turn.id)\": no branch leads here")
        }
        if !turns.isEmpty && !ends {
            reader.fail(scenarioNode, "scenario: no ending; at least one reaction needs \"next: end\"")
        }
    }

    static func turn(_ node: Node, _ reader: YAMLReader) -> (turn: Scenario.Turn, node: Node, nextNodes: [Node?])? {
        guard let f = reader.fields(node, where: "turn", required: ["id", "line", "models", "reactions"], optional: ["hint"])
        else { return nil }
        let id = reader.string(f, "id", "turn")
        let context = "turn \"\(id ?? "?")\""
        let line = reader.string(f, "line", context)
        let hint = reader.string(f, "hint", context) ?? ""
        var models: [Style: Scenario.ModelAnswer] = [:]
        if let modelsNode = f["models"],
            let m = reader.fields(modelsNode, where: "\(context) models", required: [], optional: Style.allCases.map(\.rawValue))
        {
            for style in Style.allCases {
                guard let answerNode = m[style.rawValue] else {
                    reader.fail(modelsNode, "\(context): no \(style.rawValue) model answer")
                    continue
                }
                if let a = reader.fields(answerNode, where: "\(context) \(style.rawValue) model", required: ["text", "why"]),
                    let text = reader.string(a, "text", "\(context) model"), let why = reader.string(a, "why", "\(context) model")
                {
                    models[style] = Scenario.ModelAnswer(text: text, why: why)
                }
            }
        }
        var reactions: [Scenario.Reaction] = []
        var nextNodes: [Node?] = []
        if let items = reader.list(f, "reactions", context) {
            for item in items {
                guard let r = reader.fields(item, where: "\(context) reaction", required: ["when", "say", "next"]) else { continue }
                var condition: Scenario.Condition?
                if let whenNode = r["when"], let w = reader.fields(whenNode, where: "\(context) when", required: ["style"], optional: ["has"]) {
                    var styles: Set<Style> = []
                    if let styleNode = w["style"] {
                        let names: [(String, Node)]
                        if case .sequence(let sequence) = styleNode {
                            names = sequence.compactMap { item in item.string.map { ($0, item) } }
                        } else {
                            names = styleNode.string.map { [($0, styleNode)] } ?? []
                        }
                        for (name, nameNode) in names {
                            if let style = Style(rawValue: name) { styles.insert(style) } else {
                                reader.fail(nameNode, "\(context): unknown style \"\(name)\"; use passive, assertive, aggressive or passive_aggressive")
                            }
                        }
                    }
                    let has = reader.names(w, "has", "\(context) when", as: Component.self, what: "component") ?? []
                    if let unscored = has.first(where: { !Component.scored.contains($0) }) {
                        reader.fail(w["has"], "\(context): \"\(unscored.rawValue)\" is not a component reactions can use; use one of: \(Component.scored.map(\.rawValue).joined(separator: ", "))")
                    }
                    if !styles.isEmpty { condition = Scenario.Condition(styles: styles, has: has) }
                }
                let say = reader.string(r, "say", "\(context) reaction")
                var next: Scenario.Next?
                if let nextNode = r["next"], let name = nextNode.string {
                    next = name == "end" ? .end : .turn(name)
                } else if r["next"] != nil {
                    reader.fail(r["next"], "\(context): \"next\" must be a turn id or end")
                }
                if let condition, let say, let next {
                    reactions.append(Scenario.Reaction(condition: condition, say: say, next: next))
                    nextNodes.append(r["next"])
                }
            }
        }
        guard let id, let line else { return nil }
        return (Scenario.Turn(id: id, line: line, hint: hint, models: models, reactions: reactions), node, nextNodes)
    }

    static func lesson(_ root: Node, _ reader: YAMLReader) -> Lesson? {
        let context = "lesson"
        guard let f = reader.fields(root, where: context,
            required: ["id", "number", "title", "summary", "skills", "sections", "examples", "questions", "practice"])
        else { return nil }
        let id = reader.string(f, "id", context)
        let number = reader.int(f, "number", context, in: 1...999)
        let title = reader.string(f, "title", context)
        let summary = reader.string(f, "summary", context)
        let skills = reader.names(f, "skills", context, as: Skill.self, what: "skill")
        var sections: [Lesson.Section] = []
        for item in reader.list(f, "sections", context) ?? [] {
            if let s = reader.fields(item, where: "section", required: ["heading", "body"]),
                let heading = reader.string(s, "heading", "section"), let body = reader.string(s, "body", "section")
            {
                sections.append(Lesson.Section(heading: heading, body: body))
            }
        }
        var examples: Lesson.Examples?
        if let node = f["examples"],
            let e = reader.fields(node, where: "examples", required: ["situation"] + Style.allCases.map(\.rawValue))
        {
            var byStyle: [Style: Lesson.Example] = [:]
            for style in Style.allCases {
                if let exampleNode = e[style.rawValue],
                    let x = reader.fields(exampleNode, where: "\(style.rawValue) example", required: ["text", "note"]),
                    let text = reader.string(x, "text", "example"), let note = reader.string(x, "note", "example")
                {
                    byStyle[style] = Lesson.Example(text: text, note: note)
                }
            }
            if let situation = reader.string(e, "situation", "examples") {
                examples = Lesson.Examples(situation: situation, byStyle: byStyle)
            }
        }
        var questions: [Lesson.Question] = []
        let questionItems = reader.list(f, "questions", context) ?? []
        if !(2...4).contains(questionItems.count) { reader.fail(f["questions"], "lesson: give 2 to 4 check questions (found \(questionItems.count))") }
        for item in questionItems {
            guard let q = reader.fields(item, where: "question", required: ["ask", "options", "answer", "explain"]) else { continue }
            let options = (reader.strings(q, "options", "question") ?? []).map(\.0)
            if options.count < 2 { reader.fail(q["options"], "question: give at least two options") }
            let answer = reader.int(q, "answer", "question", in: 0...max(0, options.count - 1))
            if let ask = reader.string(q, "ask", "question"), let explain = reader.string(q, "explain", "question"), let answer {
                questions.append(Lesson.Question(ask: ask, options: options, answer: answer, explain: explain))
            }
        }
        let practice = (reader.strings(f, "practice", context) ?? []).map(\.0)
        guard let id, let number, let title, let summary, let skills, let examples else { return nil }
        return Lesson(id: id, number: number, title: title, summary: summary, skills: skills, sections: sections,
                      examples: examples, questions: questions, practice: practice)
    }

    static func worksheet(_ root: Node, _ reader: YAMLReader) -> Worksheet? {
        guard let f = reader.fields(root, where: "worksheet", required: ["id", "title", "skills", "intro", "fields"]) else { return nil }
        let id = reader.string(f, "id", "worksheet")
        let title = reader.string(f, "title", "worksheet")
        let skills = reader.names(f, "skills", "worksheet", as: Skill.self, what: "skill")
        let intro = reader.string(f, "intro", "worksheet")
        var fields: [Worksheet.Field] = []
        let items = reader.list(f, "fields", "worksheet") ?? []
        if !(2...10).contains(items.count) { reader.fail(f["fields"], "worksheet: give 2 to 10 fields (found \(items.count))") }
        for item in items {
            guard let x = reader.fields(item, where: "field", required: ["key", "label", "help"]) else { continue }
            if let key = reader.string(x, "key", "field"), let label = reader.string(x, "label", "field"),
                let help = reader.string(x, "help", "field")
            {
                if !key.allSatisfy({ $0.isLowercase || $0 == "_" }) {
                    reader.fail(x["key"], "field: \"key\" must be lowercase letters and underscores")
                }
                fields.append(Worksheet.Field(key: key, label: label, help: help))
            }
        }
        guard let id, let title, let skills, let intro else { return nil }
        return Worksheet(id: id, title: title, skills: skills, intro: intro, fields: fields)
    }
}
