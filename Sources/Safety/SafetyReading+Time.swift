import Domain

/// How the reading places a cue in time: told in the present, in a past that reaches it, as a return,
/// or as a past the account shows is over ("Ten years ago I tried to end my life. Today I ran my first
/// half marathon and I'm so proud.").
extension Reading {
    /// The cue, or the two words before it in its clause, speak of now ("…and I want to die", "I keep
    /// cutting"), with no past auxiliary among them ("I didn't want to live"): a past told earlier in
    /// the sentence does not reach it.
    func isPresentTense(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        var present = false
        for i in max(0, match.first - 2)...match.last where clause[i] == clause[match.first] {
            if classes[i].contains(.pastAuxiliary) { return false }
            present = present || classes[i].contains(.presentMarker)
        }
        return present
    }

    /// The cue, or the words just before it, tell of a habitual or remote past ("I used to…", "I once…").
    /// Only those: "I tried to…" or "I wanted to…" may be last night, and "I'm okay now" after a recent
    /// attempt still deserves a check-in.
    func isPastTense(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        let start = max(0, match.first - 3)
        return (start...match.last).contains { clause[$0] == clause[match.first] && classes[$0].contains(.pastMarker) }
    }

    /// A cue told in the past, and after it only sentences about a good, settled present: "Ten years
    /// ago I tried to end my life. Today I ran my first half marathon and I'm so proud." Recovery is
    /// worded too variously for phrases, so the shape of the account counts:
    /// - a past: a past frame ("ten years ago", "when I was 15"), "I used to", or a past verb before
    ///   the cue ("I tried to…"), which needs the years counted after it ("It's been eight years");
    /// - every later sentence free of risk cues, urgency, a time soon ("tonight"), and anything that
    ///   says it goes on, has come back or is a front ("again", "still", "worse", "pretend");
    /// - a later sentence about now ("now", "today", "I'm 45", "it's been eight years") and a word of
    ///   a life going well ("happy", "proud", "married", "safe") that no negator takes back.
    /// Time words alone only say when, not how things are, so both are needed. Never after a relapse,
    /// an "I thought…", or a cue told as recent ("last night I took…") or in the present.
    func isToldAsOver(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        // The cheap tests first: most cues are not told in the past at all.
        guard !relapsed else { return false }
        let inPast = pastReaches(match) || isPastTense(match)
        guard inPast || hasPastVerb(before: match), !isPresentTense(match), !isRecurring(match) else { return false }
        let sentence = tokens[match.first].sentence
        guard let last = tokens.last?.sentence, sentence < last, !isRecent(sentence),
            !tellsOfReturn(from: sentenceStart[sentence]), !isFollowedBySoon(match)
        else { return false }
        // A later risk cue, unless it is an everyday figure of speech ("I wear short sleeves now").
        if matches.contains(where: { m in
            m.tag.isRisk && tokens[m.first].sentence > sentence && !(m.first...m.last).contains { benign[$0] }
        }) {
            return false
        }
        var settled = Settled.no
        var thriving = false
        for later in sentence + 1...last {
            guard let reading = settledPresent(later) else { return false }
            settled = max(settled, reading.settled)
            thriving = thriving || reading.thriving
        }
        return thriving && settled >= (inPast ? .now : .counted)
    }

    /// From the token on, an "again" or a "still" ("He's started again", "he still does") or a hope
    /// that did not hold ("I thought I'd left all that behind"). Not "never again", nor "again at 23"
    /// (a second past time).
    func tellsOfReturn(from start: Int) -> Bool {
        (start..<tokens.count).contains { i in
            guard !classes[i].isDisjoint(with: [.supposing, .returning]) else { return false }
            guard tokens[i].text == "again" else { return true }
            if i > 0, classes[i - 1].contains(.negator) { return false }
            let next = i + 1 < tokens.count ? tokens[i + 1].text : ""
            return !Self.secondPastTime.contains(next)
        }
    }

    /// A sentence after the cue's has a plan, means or a time soon ("Tonight I will do it properly",
    /// "Plan is for this weekend", "ready to try again rn"): whatever the text says of recovery, that
    /// is now. It costs a few resolved accounts that plan a trip or light a candle tonight.
    func isFollowedBySoon(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        let sentence = tokens[match.first].sentence
        guard let last = tokens.last?.sentence, sentence < last else { return false }
        if (sentence + 1...last).contains(where: { urgent[$0] }) { return true }
        return (sentenceStart[sentence + 1]..<tokens.count).contains { classes[$0].contains(.soon) }
    }

    /// How plainly a sentence tells of a settled present.
    enum Settled: Int, Comparable {
        case no, now, counted
        static func < (a: Settled, b: Settled) -> Bool { a.rawValue < b.rawValue }
    }

    /// A past verb in the cue's clause, at most four words before it or inside it ("I tried to end my
    /// life", "I nearly overdosed").
    func hasPastVerb(before match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        (max(0, match.first - 4)...match.last).contains {
            clause[$0] == clause[match.first] && classes[$0].contains(.pastVerb)
        }
    }

    /// The sentence names a recent time ("last night", "yesterday", "this morning", "two days ago").
    func isRecent(_ sentence: Int) -> Bool {
        range(of: sentence).contains { i in
            guard classes[i].contains(.recent) else { return false }
            // "Ten years ago today" is an anniversary, not a recent time.
            if !classes[i].contains(.recentLead) { return i == 0 || tokens[i - 1].text != "ago" }
            guard i + 1 < tokens.count else { return false }
            let next = tokens[i + 1].text
            switch tokens[i].text {
            case "last": return ["night", "week", "weekend", "month", "friday", "saturday", "sunday", "monday",
                                 "tuesday", "wednesday", "thursday"].contains(next)
            case "this": return ["morning", "afternoon", "evening", "week", "weekend"].contains(next)
            case "days", "hours", "minutes", "weeks", "day", "hour", "week": return next == "ago"
            default: return false
            }
        }
    }

    /// What a sentence after a past cue says of now: `nil` when something in it goes on, has come
    /// back or is a front ("still", "again", "worse", "pretend", "right now"; a time soon is
    /// `isFollowedBySoon`'s);
    /// otherwise how plainly it speaks of now (`.now` for "now", "today", "these days", "I'm 45";
    /// `.counted` for "it's been eight years", "that was nine years ago") and whether it has a word of
    /// a life going well that no negator just before takes back ("not happy").
    func settledPresent(_ sentence: Int) -> (settled: Settled, thriving: Bool)? {
        let words = range(of: sentence)
        var settled = Settled.no
        var thriving = false
        for i in words {
            let wordClass = classes[i]
            if !wordClass.isDisjoint(with: [.persisting, .returning]) { return nil }
            // "I'm 30 now but…": what comes after a but is rarely the good part.
            if wordClass.contains(.clauseWord) { return nil }
            let previous = i > words.lowerBound ? tokens[i - 1].text : ""
            // "The pain never left", "it never stopped".
            if previous == "never" || previous == "nothing", Self.lasting.contains(tokens[i].text) { return nil }
            // "Doing well", not "well, …"; "good", not "for good".
            if wordClass.contains(.thriving),
                !(max(words.lowerBound, i - 3)..<i).contains(where: { classes[$0].contains(.negator) }),
                tokens[i].text != "well" || Self.wellAfter.contains(previous), tokens[i].text != "good" || previous != "for"
            {
                thriving = true
            }
            switch tokens[i].text {
            case "now":
                if previous == "right" { return nil }
                if !["until", "till", "til", "up"].contains(previous) { settled = max(settled, .now) }
            case "today", "nowadays", "currently": settled = max(settled, .now)
            case "days": if previous == "these" { settled = max(settled, .now) }
            case "been":
                // "It's been over ten years", not "it's been happening since year 8".
                if ["it's", "its", "it", "has"].contains(previous), let end = (i + 1..<min(words.upperBound, i + 5))
                    .first(where: { Self.years.contains(tokens[$0].text) }),
                    (i + 1..<end).allSatisfy({ tokens[$0].kind == .number || Self.counting.contains(tokens[$0].text) })
                {
                    settled = .counted
                }
            case "years", "decades", "decade":
                if i + 1 < words.upperBound, ["ago", "on"].contains(tokens[i + 1].text) { settled = .counted }
            default:
                // "I'm 45": an age says when, not how long ago.
                if tokens[i].kind == .number, ["i'm", "im", "am"].contains(previous) { settled = max(settled, .now) }
            }
        }
        return (settled, thriving)
    }

    /// "Again at 23", "again in 2019": a second past time, not a return.
    static let secondPastTime: Set<String> = ["at", "in", "when", "after", "aged", "during"]
    static let years: Set<String> = ["years", "year", "decades", "decade"]
    static let lasting: Set<String> = [
        "left", "leaves", "stopped", "stops", "changed", "changes", "ended", "ends", "gone", "went", "goes",
        "improved", "healed", "faded", "fades", "better", "helps", "helped", "worked", "works",
    ]
    static let wellAfter: Set<String> = ["doing", "going", "very", "really", "so", "feel", "feeling", "keeping", "been", "am", "i'm", "im"]
    /// Words that may count the years: "over ten", "nearly a", "about twenty".
    static let counting: Set<String> = [
        "a", "over", "nearly", "almost", "about", "around", "more", "than", "many", "several", "few", "two", "three",
        "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty",
        "forty", "fifty", "couple", "of", "good", "whole",
    ]

    /// A past frame in the cue's sentence, in the cue's clause or a later one.
    func pastReaches(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        let sentence = tokens[match.first].sentence
        return pastFrames.contains { $0.sentence == sentence && $0.clause >= clause[match.first] }
    }

    /// It is happening again, or still: a "still" just before the cue or inside it ("I still want to
    /// die"), or an "again" anywhere from the cue to the end of its clause ("I want to die again"). Not
    /// when a negator after the cue comes first ("…, never again"), and not "again at 23" (a second
    /// past time).
    func isRecurring(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        let c = clause[match.first]
        if match.first > 0, clause[match.first - 1] == c, tokens[match.first - 1].text == "still" { return true }
        var i = match.first
        while i < tokens.count, clause[i] == c {
            if i > match.last, classes[i].contains(.negator) { return false }
            if tokens[i].text == "still", i <= match.last { return true }
            if tokens[i].text == "again" {
                // Within the cue's clause "again since…" is a second past time as well.
                let next = i + 1 < tokens.count && clause[i + 1] == c ? tokens[i + 1].text : ""
                return !Self.secondPastTime.contains(next) && next != "since"
            }
            i += 1
        }
        return false
    }
}
