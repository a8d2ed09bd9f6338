import Domain

/// Writes the coaching tips: what went well first, then the one change that would help most.
/// About two praises to one correction, never more than three tips, and never a word of shame.
struct TipWriter {
    let style: Style
    let components: [Component: Bool]
    let evidence: Evidence
    let hasContext: Bool

    private func has(_ component: Component) -> Bool { components[component] ?? false }

    func tips() -> [String] {
        let praise = praises()
        let fixes = corrections()
        var tips = Array(praise.prefix(fixes.isEmpty ? 3 : 2))
        if let fix = fixes.first { tips.append(fix) }
        return tips
    }

    func praises() -> [String] {
        var list: [(Int, String)] = []
        let hostile = has(.blamesOther) || has(.insult) || has(.threat)
        if has(.clearNo) && !hostile {
            list.append((9, "Your no is clear, so nobody has to guess what you mean."))
        }
        if has(.iStatement) && !hostile {
            list.append((8, "You spoke from your own side with an 'I' statement. That keeps it about your needs, not their faults."))
        }
        if has(.clearRequest) && !hostile {
            list.append((7, "You asked for something specific, so they know exactly what would help."))
        }
        if has(.validatesOther) && !has(.sarcasm) {
            list.append((6, "You acknowledged their side, which makes it easier for them to hear yours."))
        }
        if has(.offersCompromise) && !has(.sarcasm) {
            list.append((6, "Offering a middle way shows you want an outcome that is fair to both of you."))
        }
        if style == .assertive && !has(.hedging) && !has(.overApologizes) {
            list.append((5, "You said it plainly, without softening it away. That's what assertive sounds like."))
        }
        if has(.reasonGiven) && style == .assertive && evidence.tokens.count < 40 {
            list.append((3, "A short reason helps them understand, and you kept it brief."))
        }
        if list.isEmpty {
            switch style {
            case .passive:
                list.append((1, "You kept the door open and stayed polite. That's a good base to build on."))
            case .aggressive:
                list.append((1, "Your feelings come through strongly, and they matter. Let's point that energy at what you need."))
            case .passiveAggressive:
                list.append((1, "It's clear something bothers you, and that's worth saying out loud."))
            case .assertive:
                list.append((1, "You put your side into words, which is the hardest step."))
            }
        }
        return list.sorted { $0.0 > $1.0 }.map(\.1)
    }

    func corrections() -> [String] {
        var list: [(Int, String)] = []
        // Each apology word is one .apology match; "sorry to bother you" adds an apology for a need, not a second apology.
        let apologies = evidence.count(.apology)
        if has(.threat) {
            list.append((10, "Threats raise the stakes. Say what you need, and if there is a consequence, state it calmly as what you will do."))
        }
        if has(.insult) {
            list.append((10, "Name-calling tends to end the conversation. Describe what they did, not who they are."))
        }
        if has(.blamesOther) {
            list.append((9, "Blame makes people defend themselves instead of listening. Try \"When ... happened, I felt ...\" instead."))
        }
        if has(.shouting) {
            list.append((7, "Capitals read as shouting. A calm tone carries your point further."))
        }
        if has(.sarcasm) || style == .passiveAggressive {
            list.append((8, "The sarcasm hides what you actually want. Try saying it plainly: what do you need from them?"))
        }
        if has(.overApologizes) {
            // Name what the reader can see: the count, or the apology for asking at all.
            if apologies >= 2 {
                let count = apologies > 10 ? "many times" : apologies == 2 ? "twice" : "\(Self.numberWord(apologies)) times"
                list.append((7, "You apologised \(count). One acknowledgement is enough, and your need doesn't require an apology."))
            } else if evidence.count(.apologyForNeed) > 0 {
                list.append((7, "You apologised for asking. Your need is reasonable, and it doesn't require an apology."))
            }
        }
        if has(.hedging) {
            list.append((6, "Softeners like \"maybe\" or \"I guess\" make your point easy to overlook. Try it once without them."))
        }
        if style == .passive && !has(.clearNo) && !has(.clearRequest) {
            list.append((6, "It isn't clear yet what you want. Try naming it in one sentence: \"I'd like ...\" or \"I can't ...\"."))
        }
        if has(.selfDeprecation) {
            list.append((5, "Go easy on yourself: you don't need to put yourself down to make your point."))
        }
        if has(.minimising) && style != .assertive {
            list.append((5, "You played it down. If it matters to you, it's okay to say so."))
        }
        if has(.absolutes) {
            list.append((4, "Words like \"always\" and \"never\" invite an argument about exceptions. Stick to the specific time."))
        }
        if style == .assertive && hasContext && !has(.validatesOther) && list.isEmpty {
            list.append((2, "If the relationship matters here, a quick nod to their side can help: \"I know you're busy, and ...\"."))
        }
        return list.sorted { $0.0 > $1.0 }.map(\.1)
    }

    static func numberWord(_ n: Int) -> String {
        let words = ["zero", "once", "twice", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        return n < words.count ? words[n] : String(n)
    }
}
