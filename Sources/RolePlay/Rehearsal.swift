import Coach
import Domain
import Safety

/// One rehearsal of a scenario: a small state machine the terminal and the web app both drive.
///
/// Every reply passes the safety screen before the Coach. A crisis reply pauses the scenario, is kept
/// in the transcript with its safety result, and is not scored; the learner can carry on when ready.
/// The run is deterministic: the same replies always give the same reactions and summary.
public struct Rehearsal: Sendable {
    public let scenario: Scenario
    /// The turn waiting for a reply, or `nil` once the scenario has ended.
    public private(set) var currentTurnID: String?
    /// Everything said, including attempts that were retried and replies that paused the scenario.
    public private(set) var transcript: [Entry]
    let coach: Coach

    /// One reply and what came of it.
    public struct Entry: Sendable, Equatable {
        public var turnID: String
        /// What the counterpart said before the reply.
        public var prompt: String
        public var reply: String
        public var safety: SafetyResult
        /// The Coach's reading; `nil` when the reply paused the scenario.
        public var analysis: Analysis?
        /// What the counterpart said back; `nil` when paused.
        public var reaction: String?
        /// The learner chose to try this turn again; the attempt stays in the transcript.
        public var superseded: Bool
    }

    /// The result of one reply.
    public struct Step: Sendable, Equatable {
        public enum Outcome: Sendable, Equatable {
            /// The scenario goes on with this turn.
            case next(Scenario.Turn)
            /// The scenario has ended; `summary()` is ready.
            case finished
            /// The reply spoke of a crisis: show help first; the same turn waits for a reply.
            case paused
        }
        public var safety: SafetyResult
        public var analysis: Analysis?
        public var reaction: String?
        public var outcome: Outcome
    }

    public init(scenario: Scenario, coach: Coach = Coach()) {
        self.scenario = scenario
        self.coach = coach
        self.currentTurnID = scenario.turns.first?.id
        self.transcript = []
    }

    public var currentTurn: Scenario.Turn? { currentTurnID.flatMap(scenario.turn) }
    public var isFinished: Bool { currentTurnID == nil }

    /// The model answer in a style for the turn waiting for a reply.
    public func modelAnswer(_ style: Style = .assertive) -> Scenario.ModelAnswer? { currentTurn?.models[style] }

    /// A short hint for the turn waiting for a reply.
    public var hint: String? { currentTurn.flatMap { $0.hint.isEmpty ? nil : $0.hint } }

    /// Screens, reads and answers one reply.
    public mutating func reply(_ text: String) -> Step? {
        guard let turn = currentTurn else { return nil }
        let safety = SafetyScreen.check(text)
        if safety.isCrisis {
            transcript.append(Entry(turnID: turn.id, prompt: turn.line, reply: text, safety: safety, analysis: nil,
                                    reaction: nil, superseded: false))
            return Step(safety: safety, analysis: nil, reaction: nil, outcome: .paused)
        }
        let analysis = coach.analyze(reply: text, context: turn.line)
        let components = Set(analysis.presentComponents)
        // Validation guarantees a reaction for every style; the fallback keeps a user-edited pack safe.
        let reaction = turn.reaction(style: analysis.style, components: components)
            ?? turn.reactions.first { $0.condition.has.isEmpty }
        transcript.append(Entry(turnID: turn.id, prompt: turn.line, reply: text, safety: safety, analysis: analysis,
                                reaction: reaction?.say, superseded: false))
        switch reaction?.next ?? .end {
        case .end:
            currentTurnID = nil
            return Step(safety: safety, analysis: analysis, reaction: reaction?.say, outcome: .finished)
        case .turn(let id):
            guard let next = scenario.turn(id) else {
                currentTurnID = nil
                return Step(safety: safety, analysis: analysis, reaction: reaction?.say, outcome: .finished)
            }
            currentTurnID = id
            return Step(safety: safety, analysis: analysis, reaction: reaction?.say, outcome: .next(next))
        }
    }

    /// Rewinds to the last answered turn so it can be tried again; the earlier attempt stays in the
    /// transcript, marked as superseded. Returns false when there is nothing to retry.
    @discardableResult
    public mutating func retry() -> Bool {
        guard let index = transcript.lastIndex(where: { $0.analysis != nil && !$0.superseded }) else { return false }
        transcript[index].superseded = true
        currentTurnID = transcript[index].turnID
        return true
    }

    /// What the rehearsal showed, from the attempts that stand.
    public func summary() -> Summary {
        let scored = transcript.filter { $0.analysis != nil && !$0.superseded }
        let turns = scored.map { Summary.TurnResult(turnID: $0.turnID, style: $0.analysis!.style,
                                                   components: $0.analysis!.presentComponents) }
        return Summary(
            scenarioID: scenario.id, finished: isFinished, turns: turns, skillsPractised: scenario.skills,
            tryNext: Summary.advice(for: scored.compactMap(\.analysis), scenario: scenario),
            debrief: scenario.debrief, retries: transcript.filter(\.superseded).count,
            pausedForSafety: transcript.contains { $0.analysis == nil })
    }
}

/// The end-of-rehearsal summary.
public struct Summary: Sendable, Equatable {
    public struct TurnResult: Sendable, Equatable {
        public var turnID: String
        public var style: Style
        public var components: [Component]
    }

    public var scenarioID: String
    public var finished: Bool
    public var turns: [TurnResult]
    public var skillsPractised: [Skill]
    /// One to three suggestions, kindest first.
    public var tryNext: [String]
    public var debrief: String
    public var retries: Int
    public var pausedForSafety: Bool

    static func advice(for readings: [Analysis], scenario: Scenario) -> [String] {
        var advice: [String] = []
        let has = { (component: Component) in readings.contains { $0.has(component) } }
        let styles = readings.map(\.style)
        if scenario.safety {
            return ["Your safety comes first. The help page lists people you can talk to, any time."]
        }
        if !styles.isEmpty && styles.allSatisfy({ $0 == .assertive }) {
            advice.append("Every reply was assertive. Try a harder scenario, or the same skills in a new setting.")
        } else if !styles.contains(.assertive) {
            advice.append("Try it again with the assertive model answer in mind: say what you need in one plain sentence.")
        }
        if has(.blamesOther) || has(.insult) {
            advice.append("Next time, describe what happened and how it affected you, rather than what is wrong with them.")
        }
        if styles.contains(.passiveAggressive) || has(.sarcasm) {
            advice.append("Say the request out loud instead of hinting at it; it gives the other person something to answer.")
        }
        if has(.overApologizes) { advice.append("Let one apology do the work, or none: your needs don't need an apology.") }
        if has(.hedging) { advice.append("Try your next reply without \"maybe\" or \"I guess\" and notice how it lands.") }
        if advice.isEmpty { advice.append("Keep going: try the next turn's model answer in your own words.") }
        return Array(advice.prefix(3))
    }
}
