import Coach
import Curriculum
import Domain
import Foundation
import TestSupport
import Testing

@Suite("Bundled content")
struct ContentTests {
    let pack = ContentPack.bundled

    @Test("`speakup content check` finds nothing wrong with the bundled packs")
    func bundledIsValid() {
        #expect(ContentPack.check(nil).map(\.description) == [])
    }

    @Test("the promised amounts: lessons, scenarios per context, four model answers per turn")
    func counts() {
        #expect(pack.lessons.count >= 16)
        #expect(pack.scenarios.count >= 60)
        let byContext = Dictionary(grouping: pack.scenarios, by: \.context).mapValues(\.count)
        #expect(byContext[.workplace, default: 0] >= 12)
        #expect(byContext[.school, default: 0] >= 10)
        #expect(byContext[.service, default: 0] >= 6)
        for context in [Setting.family, .partner, .friends, .roommates, .neighbours, .healthcare, .online] {
            #expect(byContext[context, default: 0] >= 1, "no \(context) scenario")
        }
        #expect(byContext.count >= 10)
        for scenario in pack.scenarios {
            #expect((2...5).contains(scenario.turns.count), "\(scenario.id) has \(scenario.turns.count) turns")
            for turn in scenario.turns { #expect(turn.models.count == 4, "\(scenario.id)/\(turn.id)") }
        }
        #expect(Set(pack.scenarios.map(\.difficulty)).count == 5)
        #expect(pack.worksheets.count >= 5)
    }

    @Test("every path through every scenario ends, and every branch can be reached by some reply")
    func everyBranch() {
        for scenario in pack.scenarios {
            // Walk every path from the first turn.
            var stack = [scenario.turns[0].id]
            var visits = 0
            while let id = stack.popLast() {
                visits += 1
                #expect(visits < 10_000, "\(scenario.id) does not terminate")
                guard let turn = scenario.turn(id) else { Issue.record("\(scenario.id): missing turn \(id)"); break }
                for reaction in turn.reactions { if case .turn(let next) = reaction.next { stack.append(next) } }
            }
            for turn in scenario.turns {
                for (r, reaction) in turn.reactions.enumerated() {
                    // Some style of the reaction reaches it: no earlier reaction for that style needs only
                    // components this one also needs.
                    let reachable = reaction.condition.styles.contains { style in
                        !turn.reactions[..<r].contains { earlier in
                            earlier.condition.styles.contains(style) && Set(earlier.condition.has).isSubset(of: reaction.condition.has)
                        }
                    }
                    #expect(reachable, "\(scenario.id)/\(turn.id): reaction \(r + 1) can never be chosen")
                    let style = reaction.condition.styles.first!
                    let components = Set(reaction.condition.has)
                    _ = turn.reaction(style: style, components: components)
                }
                for style in Style.allCases { #expect(turn.reaction(style: style, components: []) != nil) }
            }
        }
    }

    @Test("scenarios with an abusive counterpart steer to safety and help")
    func safetyScenarios() {
        let safety = pack.scenarios.filter(\.safety)
        #expect(safety.count >= 3)
        for scenario in safety {
            #expect(scenario.safetyNote != nil)
            #expect(scenario.debrief.lowercased().contains("help") || scenario.debrief.lowercased().contains("safe"))
        }
    }

    @Test("the Coach reads most model answers as the style they model")
    func modelAnswersReadTrue() {
        let coach = Coach()
        var total = 0
        var agreed = 0
        for scenario in pack.scenarios where !scenario.safety {
            for turn in scenario.turns {
                for (style, model) in turn.models {
                    total += 1
                    if coach.analyze(reply: model.text, context: turn.line).style == style { agreed += 1 }
                }
            }
        }
        #expect(Double(agreed) / Double(total) >= 0.85, "\(agreed) of \(total)")
    }

    @Test("lessons link to scenarios that exist, and each has 2-4 check questions")
    func lessons() {
        let ids = Set(pack.scenarios.map(\.id))
        for lesson in pack.lessons {
            #expect(!lesson.practice.isEmpty && lesson.practice.allSatisfy(ids.contains), "\(lesson.id)")
            #expect((2...4).contains(lesson.questions.count))
            #expect(lesson.examples.byStyle.count == 4)
        }
        #expect(pack.lessons.map(\.number) == Array(1...pack.lessons.count))
    }
}
