import Foundation

/// A short lesson: sections to read, one situation handled in each style, check questions, and the
/// scenarios that practise it.
public struct Lesson: Sendable, Hashable, Identifiable {
    public var id: String
    public var number: Int
    public var title: String
    public var summary: String
    public var skills: [Skill]
    public var sections: [Section]
    public var examples: Examples
    public var questions: [Question]
    public var practice: [String]

    public struct Section: Sendable, Hashable {
        public var heading: String
        /// Paragraphs separated by blank lines.
        public var body: String
        public init(heading: String, body: String) {
            self.heading = heading
            self.body = body
        }
        public var paragraphs: [String] {
            body.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { !$0.isEmpty }
        }
    }

    public struct Examples: Sendable, Hashable {
        public var situation: String
        public var byStyle: [Style: Example]
        public init(situation: String, byStyle: [Style: Example]) {
            self.situation = situation
            self.byStyle = byStyle
        }
    }

    public struct Example: Sendable, Hashable {
        public var text: String
        public var note: String
        public init(text: String, note: String) {
            self.text = text
            self.note = note
        }
    }

    public struct Question: Sendable, Hashable {
        public var ask: String
        public var options: [String]
        /// Index of the right option, from 0.
        public var answer: Int
        public var explain: String
        public init(ask: String, options: [String], answer: Int, explain: String) {
            self.ask = ask
            self.options = options
            self.answer = answer
            self.explain = explain
        }
    }

    public init(
        id: String, number: Int, title: String, summary: String, skills: [Skill], sections: [Section],
        examples: Examples, questions: [Question], practice: [String]
    ) {
        self.id = id
        self.number = number
        self.title = title
        self.summary = summary
        self.skills = skills
        self.sections = sections
        self.examples = examples
        self.questions = questions
        self.practice = practice
    }
}

/// A worksheet's prompts, filled in before a real conversation.
public struct Worksheet: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var skills: [Skill]
    public var intro: String
    public var fields: [Field]

    public struct Field: Sendable, Hashable {
        public var key: String
        public var label: String
        public var help: String
        public init(key: String, label: String, help: String) {
            self.key = key
            self.label = label
            self.help = help
        }
    }

    public init(id: String, title: String, skills: [Skill], intro: String, fields: [Field]) {
        self.id = id
        self.title = title
        self.skills = skills
        self.intro = intro
        self.fields = fields
    }
}
