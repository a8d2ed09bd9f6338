/// A situation to rehearse: a counterpart, turns that branch on the Coach's reading, model answers
/// in each style, and a debrief.
public struct Scenario: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var context: Setting
    /// 1 (gentle) to 5 (hard).
    public var difficulty: Int
    public var skills: [Skill]
    public var audience: Audience
    public var counterpart: Counterpart
    public var setup: String
    /// The first turn is where the scenario starts.
    public var turns: [Turn]
    public var debrief: String
    /// The counterpart is abusive or violent: the scenario steers to safety and help.
    public var safety: Bool
    public var safetyNote: String?

    public enum Audience: String, Sendable, Hashable, Codable { case adult, teen }

    public struct Counterpart: Sendable, Hashable {
        public var name: String
        public var persona: String
        public init(name: String, persona: String) {
            self.name = name
            self.persona = persona
        }
    }

    public struct Turn: Sendable, Hashable, Identifiable {
        public var id: String
        /// What the counterpart says.
        public var line: String
        public var hint: String
        public var models: [Style: ModelAnswer]
        public var reactions: [Reaction]

        public init(id: String, line: String, hint: String, models: [Style: ModelAnswer], reactions: [Reaction]) {
            self.id = id
            self.line = line
            self.hint = hint
            self.models = models
            self.reactions = reactions
        }

        /// The first reaction whose condition the reading meets.
        public func reaction(style: Style, components: Set<Component>) -> Reaction? {
            reactions.first { $0.condition.matches(style: style, components: components) }
        }
    }

    public struct ModelAnswer: Sendable, Hashable {
        public var text: String
        /// One sentence on why it works or fails.
        public var why: String
        public init(text: String, why: String) {
            self.text = text
            self.why = why
        }
    }

    public struct Reaction: Sendable, Hashable {
        public var condition: Condition
        /// What the counterpart says back.
        public var say: String
        public var next: Next

        public init(condition: Condition, say: String, next: Next) {
            self.condition = condition
            self.say = say
            self.next = next
        }
    }

    /// When a reaction applies: the reply's style is one of `styles` and it has every component in `has`.
    public struct Condition: Sendable, Hashable {
        public var styles: Set<Style>
        public var has: [Component]

        public init(styles: Set<Style>, has: [Component] = []) {
            self.styles = styles
            self.has = has
        }

        public func matches(style: Style, components: Set<Component>) -> Bool {
            styles.contains(style) && has.allSatisfy(components.contains)
        }
    }

    public enum Next: Sendable, Hashable {
        case turn(String)
        case end
    }

    public init(
        id: String, title: String, context: Setting, difficulty: Int, skills: [Skill], audience: Audience,
        counterpart: Counterpart, setup: String, turns: [Turn], debrief: String, safety: Bool, safetyNote: String?
    ) {
        self.id = id
        self.title = title
        self.context = context
        self.difficulty = difficulty
        self.skills = skills
        self.audience = audience
        self.counterpart = counterpart
        self.setup = setup
        self.turns = turns
        self.debrief = debrief
        self.safety = safety
        self.safetyNote = safetyNote
    }

    public func turn(_ id: String) -> Turn? { turns.first { $0.id == id } }
}
