import Domain

/// The sentence-level facts the screen weighs each cue against, worked out once per text: each
/// token's word classes, clause and phrase, the frames of each sentence, and each risk cue's verdict.
struct Reading {
    let tokens: [Token]
    let matches: [PhraseMatcher<SafetyCue>.Match]
    /// Word classes per token.
    let classes: [WordClass]
    /// Clause number per token: sentences split further at ; and at but/though/although/however/except.
    let clause: [Int]
    /// Clause number per token, also split at commas (negation reaches no further than this).
    let phrase: [Int]
    /// The frames of each sentence, by sentence number.
    private(set) var frames: [FrameSet]
    /// Frames found anywhere in the text.
    private(set) var textFrames: FrameSet = []
    /// Where each past frame stands, by sentence and clause: a past told before a "but" ("that was
    /// years ago but I want to die again now") does not reach the cue after it. Usually empty, so
    /// ordinary text allocates nothing for it.
    private(set) var pastFrames: [(sentence: Int, clause: Int)] = []
    /// Sentences with a plan, means, a time or an act in progress.
    private(set) var urgent: [Bool]
    /// Sentences with a joke marker.
    private(set) var laughing: [Bool]
    private(set) var hasUrgency = false
    private(set) var hasLaughter = false
    /// Tokens inside an everyday figure of speech.
    private(set) var benign: [Bool]
    /// The tokens of each phrase that names a threat's target ("dead man").
    private(set) var targets: [ClosedRange<Int>] = []
    var textIsResolved = false
    /// The text tells of a relapse ("it's started again"), which no later calm undoes.
    private(set) var relapsed = false
    /// Some word in the text is I, me, my…
    let textHasSingularFirstPerson: Bool
    /// The text mentions violence, a weapon or fear somewhere, which turns a figure of speech into a concern.
    let isCorroborated: Bool
    /// The first token of each sentence, and one past its last, by sentence number.
    let sentenceStart: [Int]
    let sentenceEnd: [Int]
    /// Why each risk cue was set aside; `nil` where it stands, and for matches that are not risk cues.
    private(set) var verdicts: [String?] = []

    typealias Frame = SafetyCue.Frame

    /// A set of sentence frames, one bit each.
    struct FrameSet: OptionSet {
        let rawValue: UInt8
        init(rawValue: UInt8) { self.rawValue = rawValue }
        init(_ frame: Frame) {
            rawValue = switch frame {
            case .story: 1
            case .news: 2
            case .game: 4
            case .prevention: 8
            case .past: 16
            case .otherPerson: 32
            case .routine: 64
            }
        }
        static let story = FrameSet(.story)
        static let news = FrameSet(.news)
        static let game = FrameSet(.game)
        static let prevention = FrameSet(.prevention)
        static let past = FrameSet(.past)
        static let otherPerson = FrameSet(.otherPerson)
        static let routine = FrameSet(.routine)
    }

    init(tokens: [Token], matches: [PhraseMatcher<SafetyCue>.Match]) {
        self.tokens = tokens
        self.matches = matches
        var classes: [WordClass] = []
        var clause: [Int] = []
        var phrase: [Int] = []
        classes.reserveCapacity(tokens.count)
        clause.reserveCapacity(tokens.count)
        phrase.reserveCapacity(tokens.count)
        let sentences = (tokens.last?.sentence ?? -1) + 1
        var sentenceStart = [Int](repeating: 0, count: sentences)
        var sentenceEnd = [Int](repeating: 0, count: sentences)
        var c = 0
        var p = 0
        var lastSentence = 0
        var anyFirstPerson = false
        var anyCorroborator = false
        for i in tokens.indices {
            let wordClass = WordClass.table[tokens[i]] ?? []
            let kind = tokens[i].kind
            let sentence = tokens[i].sentence
            if sentence != lastSentence { c += 1; p += 1; lastSentence = sentence }
            if i == 0 || tokens[i - 1].sentence != sentence { sentenceStart[sentence] = i }
            sentenceEnd[sentence] = i + 1
            if kind == .punct {
                let mark = tokens[i].text
                if mark == ";" { c += 1; p += 1 }
                if mark == "," || mark == "-" || mark == "…" { p += 1 }
            } else if kind == .word && wordClass.contains(.clauseWord) {
                c += 1
                p += 1
            }
            anyFirstPerson = anyFirstPerson || wordClass.contains(.singularFirstPerson)
            anyCorroborator = anyCorroborator || wordClass.contains(.corroborator)
            classes.append(wordClass)
            clause.append(c)
            phrase.append(p)
        }
        self.classes = classes
        self.clause = clause
        self.phrase = phrase
        self.sentenceStart = sentenceStart
        self.sentenceEnd = sentenceEnd
        textHasSingularFirstPerson = anyFirstPerson
        isCorroborated = anyCorroborator
        frames = Array(repeating: [], count: sentences)
        urgent = Array(repeating: false, count: sentences + 1)
        laughing = Array(repeating: false, count: sentences)
        benign = Array(repeating: false, count: tokens.count)

        for match in matches {
            let sentence = tokens[match.first].sentence
            switch match.tag.role {
            case .frame(let frame):
                // "Since my teens", "since 2019": a time from which something runs up to now, not a past.
                if frame == .past, match.first > 0, tokens[match.first - 1].text == "since" { continue }
                if frame == .past, tokens[match.first].text == "since", match.first < match.last,
                    tokens[match.first + 1].kind == .number
                {
                    continue
                }
                frames[sentence].insert(FrameSet(frame))
                if frame == .past { pastFrames.append((sentence, clause[match.first])) }
                textFrames.insert(FrameSet(frame))
            case .urgency:
                urgent[sentence] = true
                hasUrgency = true
            case .laughter:
                // "not joking" is the opposite of a joke.
                if match.first > 0, classes[match.first - 1].contains(.laughterNegator) { continue }
                laughing[sentence] = true
                hasLaughter = true
            case .resolved:
                // "I'm there again now" and "I'm 30 now and I still want to" tell of a return or of
                // something that goes on, not of recovery; "I thought that was long behind me", of a hope
                // that did not hold; and "now I have a plan" shares its words with a risk cue that speaks
                // of now, which it cannot also resolve ("years since I last cut" can).
                if !(match.first...match.last).contains(where: { tokens[$0].text == "again" }),
                    !range(of: sentence).contains(where: { i in
                        // "I'm still here" is how many tell of surviving.
                        (classes[i].contains(.returning) && !(i + 1 < tokens.count && ["here", "alive", "standing"].contains(tokens[i + 1].text)))
                            || tokens[i].text == "worse"
                    }),
                    !(max(0, match.first - 4)..<match.first).contains(where: { classes[$0].contains(.supposing) }),
                    !matches.contains(where: {
                        $0.tag.isStrongRisk && $0.first <= match.last && match.first <= $0.last && isPresentTense($0)
                    })
                {
                    textIsResolved = true
                }
            case .benign: for i in match.first...match.last { benign[i] = true }
            case .target: targets.append(match.first...match.last)
            case .relapse: relapsed = true
            case .risk, .term, .weak: break
            }
        }
        // "Eight months clean and I relapsed today": a relapse told as now undoes the account of recovery.
        if relapsed { textIsResolved = false }
        verdicts = matches.map { match in match.tag.risk.flatMap { setAside(match, $0.0) } }
    }

    /// The tokens of one sentence.
    func range(of sentence: Int) -> Range<Int> { sentenceStart[sentence]..<sentenceEnd[sentence] }

    func sentence(_ sentence: Int, has wordClass: WordClass) -> Bool {
        range(of: sentence).contains { classes[$0].contains(wordClass) }
    }

    func hasUrgency(near sentence: Int) -> Bool {
        urgent[sentence] || urgent[sentence + 1]
    }

    /// Why a risk cue is set aside after negation, figures of speech and framing; `nil` when it stands.
    func setAside(_ match: PhraseMatcher<SafetyCue>.Match, _ category: SafetyCategory) -> String? {
        if (match.first...match.last).contains(where: { benign[$0] }) { return "figure of speech" }
        if isNegated(match) { return "negated" }
        // A bare term in a text that never says I, me or my is a mention; a term naming a state ("self
        // harm urges really bad again today", "suicidal thoughts loud all week") is a diary line.
        if case .term = match.tag.role, !textHasSingularFirstPerson, tokens.count > 6, !namesAState(match) {
            return "a mention, not about the writer"
        }
        if isQuestionToSomeoneElse(match) { return "a question to someone else" }
        if category != .abuseDanger, !selfWordIn(match), !isRevenge(match), hasThirdPersonSubject(before: match) {
            return "about someone else"
        }
        // "My sister's been cutting herself": the reflexive object names who is at risk.
        if category == .suicidal || category == .selfHarm, match.last + 1 < tokens.count,
            classes[match.last + 1].contains(.otherReflexive)
        {
            return "about someone else"
        }
        // "I found his goodbye letter", "her self-harm": a possessive names whose act or note it is.
        // Not where "her" is the one told ("I can't tell her self-harm is back").
        if category == .suicidal || category == .selfHarm, match.first > 0,
            ["his", "her", "their"].contains(tokens[match.first - 1].text), !classes[match.first].contains(.determiner),
            !classes[match.first].contains(.firstPersonSubject), !selfWordIn(match),
            !(match.first > 1 && !classes[match.first - 2].isDisjoint(with: [.telling, .replyVerb]))
        {
            return "about someone else"
        }
        // "She rings to tell me she wants to die", "Texted me last night saying he wants to die": the
        // cue's "me" is the one told, and the one at risk is someone else.
        if category == .suicidal || category == .selfHarm, isToldBySomeoneElse(match) { return "about someone else" }
        // "He said he'd like to stab his ex": a threat whose target is named after it, not the writer.
        if category == .abuseDanger, isThreatToSomeoneElse(match) { return "about someone else" }
        // "She's terrified of him", "Nan is frightened of her": a fear cue whose subject is someone else.
        if category == .abuseDanger, classes[match.first].contains(.fear), isSomeoneElseAfraid(match) {
            return "about someone else"
        }
        let sentence = tokens[match.first].sentence
        let frames = self.frames[sentence]
        let firstPerson = hasFirstPersonSubject(inClauseOf: match) || selfWordIn(match)

        if textIsResolved, !isRecurring(match), !isFollowedBySoon(match) {
            if (pastReaches(match) && !isPresentTense(match)) || isPastTense(match) { return "past and resolved" }
            // A weak cue or a bare term ("the marks", "self-harm") in a text that tells of a past it says is over.
            if textHasPast, match.tag.isWeak || isTerm(match) { return "past and resolved" }
        }
        if isToldAsOver(match) { return "past and resolved" }
        if frames.contains(.routine) && category == .suicidal { return "routine: medicine as prescribed, or a move" }
        if isQuotedSpeech(match, category) { return "quoting someone" }
        if frames.contains(.story), self.sentence(sentence, has: .acting) { return "acting a part" }
        if !frames.isDisjoint(with: [.story, .news, .game, .prevention]) {
            // A story, the news, a game or training: only a plainly first-person, present cue stands.
            if category == .harmToOthers || category == .abuseDanger || !firstPerson { return "story, news, game or training" }
            if frames.contains(.prevention) || frames.contains(.news) { return "news or training" }
        }
        switch category {
        case .suicidal, .selfHarm:
            if frames.contains(.otherPerson) && !firstPerson { return "about someone else" }
        case .harmToOthers:
            if laughing[sentence] { return "joking" }
        case .abuseDanger:
            if laughing[sentence] && !self.sentence(sentence, has: .violence) { return "joking" }
            // "My mum's boyfriend comes into my room", "he'll break my arm": the cue itself names the writer.
            if frames.contains(.otherPerson) && !self.sentence(sentence, has: .firstPersonWord) && !namesTheWriter(match)
            {
                return "about someone else"
            }
        }
        return nil
    }

    /// A third-person subject shortly before the cue, with no first-person subject in between.
    func hasThirdPersonSubject(before match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        // A cue that opens with I ("I'd kill her", "I have been planning to…") names its own actor.
        if classes[match.first].contains(.firstPersonSubject) { return false }
        return someoneElseComesFirst(before: match, within: 5) { classes[$0].contains(.firstPersonSubject) }
    }

    /// Walking back from the cue within its clause, for at most `steps` words: whether a third-person
    /// subject comes before any word `isWriter` says is the writer's own.
    private func someoneElseComesFirst(before match: PhraseMatcher<SafetyCue>.Match, within steps: Int,
                                       isWriter: (Int) -> Bool) -> Bool {
        var i = match.first - 1
        while i >= 0, match.first - i <= steps, clause[i] == clause[match.first] {
            if isWriter(i) { return false }
            if classes[i].contains(.thirdPersonSubject) { return true }
            i -= 1
        }
        return false
    }

    /// Inside quotation marks in a sentence that reports what someone else says or what a character says.
    /// Single marks count too (the tokenizer reads them as `'`, apart from apostrophes), except for
    /// danger from someone else: there the quoted words are usually the abuser's threat, which is the
    /// evidence.
    func isQuotedSpeech(_ match: PhraseMatcher<SafetyCue>.Match, _ category: SafetyCategory) -> Bool {
        var doubleMarks = 0
        var singleMarks = 0
        var reporting = false
        for i in range(of: tokens[match.first].sentence) {
            if i < match.first, tokens[i].kind == .punct {
                if tokens[i].text == "\"" { doubleMarks += 1 } else if tokens[i].text == "'" { singleMarks += 1 }
            }
            if classes[i].contains(.reporting) { reporting = true }
        }
        guard reporting else { return false }
        return doubleMarks % 2 == 1 || (category != .abuseDanger && singleMarks % 2 == 1)
    }

    /// The nearest subject before a fear cue, in its clause, is someone else's (she, Nan, her friend),
    /// with no I, me, we or us in between ("he makes me scared to go home" stays the writer's).
    func isSomeoneElseAfraid(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        someoneElseComesFirst(before: match, within: 9) {
            classes[$0].contains(.firstPersonWord) || tokens[$0].text == "we" || tokens[$0].text == "we're"
        }
    }

    /// The cue names the writer as the one harmed: "my" inside it with the cue going on after it
    /// ("comes into my room at night"), or "my" and a part of the body ("he'll break my arm"). A cue
    /// that ends on "my" ("grandad hit my…") may go on to name someone else ("…my nan").
    func namesTheWriter(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        (match.first...match.last).contains { i in
            tokens[i].text == "my"
                && (i < match.last || (i + 1 < tokens.count && SafetyLexicon.bodyWords.contains(tokens[i + 1].text)))
        }
    }

    var textHasPast: Bool { textFrames.contains(.past) }

    func isTerm(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        if case .term = match.tag.role { return true }
        return false
    }

    /// The word after the cue names an inner state (urges, thoughts, feelings, cravings), with no
    /// denial near it: not "Self-harm urges today: none", "no self-harm or suicidal ideation", or
    /// "…suicidal thoughts. None."
    func namesAState(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        let next = match.last + 1
        let sentence = tokens[match.last].sentence
        guard next < tokens.count, tokens[next].sentence == sentence, Self.stateNouns.contains(tokens[next].text)
        else { return false }
        let near = max(0, match.first - 4)..<min(tokens.count, next + 5)
        if near.contains(where: {
            tokens[$0].sentence == sentence
                && (!classes[$0].isDisjoint(with: [.negator, .formAnswer]) || Self.easing.contains(tokens[$0].text))
        }) {
            return false
        }
        // Someone else's ("Friend's self-harm urges", "Mum's suicidal thoughts"), or the title of a
        // handout, a module or a talk ("Suicidal thoughts in veterans: seminar slides").
        let words = range(of: sentence)
        if match.first > words.lowerBound,
            tokens[match.first - 1].text.hasSuffix("'s") || classes[match.first - 1].contains(.thirdPersonSubject)
        {
            return false
        }
        if words.contains(where: {
            tokens[$0].text == ":" || SafetyLexicon.topicNouns.contains(tokens[$0].text)
                || Self.handout.contains(tokens[$0].text)
        }) {
            return false
        }
        let after = sentenceEnd[sentence]
        return after >= tokens.count || !classes[after].contains(.formAnswer)
    }

    /// Words that say a state has eased or is being managed ("urges gone since spring", "easing").
    static let easing: Set<String> = ["0", "gone", "easing", "eased", "fading", "faded", "passed", "managing", "coping"]
    /// Words that make a line the title of something to read or teach, besides the lexicon's topic nouns
    /// (module, lecture, seminar, talk, leaflet).
    static let handout: Set<String> = [
        "handout", "worksheet", "slides", "reading", "list", "card", "session", "covered", "among",
    ]
    static let stateNouns: Set<String> = [
        "urges", "urge", "thoughts", "thought", "feelings", "feeling", "cravings", "craving", "ideation",
        "impulses", "impulse", "brain", "mood", "vibes", "mode",
    ]

    /// "He's going to regret this" names the target, not the actor.
    /// "Make him pay" is the writer's own threat, so a causative verb in the cue rules it out.
    /// "He's a dead man" names the target too: the cue holds a whole target phrase from the lexicon.
    func isRevenge(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        let words = match.first...match.last
        if targets.contains(where: { words.contains($0.lowerBound) && words.contains($0.upperBound) }) { return true }
        return words.contains { classes[$0].contains(.revenge) } && !words.contains { classes[$0].contains(.causative) }
    }

    /// A "me" right after a telling verb, inside the cue or just before it, with someone else's subject
    /// after it in the cue: "rang to tell me she wants to die", "texted me saying he wants to die". The
    /// writer is the one told. ("Would anyone miss me if they found me dead" has no telling verb.)
    func isToldBySomeoneElse(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        guard let me = (match.first..<match.last).first(where: { tokens[$0].text == "me" }), me > 0,
            classes[me - 1].contains(.telling)
        else { return false }
        return (me + 1...match.last).contains { classes[$0].contains(.thirdPersonSubject) }
    }

    /// A threat reported with its target named just after it, someone other than the writer:
    /// "said he'd like to stab his ex", "threatened to kill her".
    /// Not where the writer is in the sentence ("he threatened to take them if I leave").
    func isThreatToSomeoneElse(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        let next = match.last + 1
        guard !classes[match.first].contains(.fear), next < tokens.count, tokens[next].sentence == tokens[match.last].sentence,
            ["his", "her", "their", "him", "them"].contains(tokens[next].text),
            !sentence(tokens[match.first].sentence, has: .firstPersonWord)
        else { return false }
        return !(match.first...match.last).contains {
            classes[$0].contains(.firstPersonWord) || tokens[$0].text == "my"
        }
    }

    /// "Are you thinking about suicide?": a question put to someone else.
    func isQuestionToSomeoneElse(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        let sentence = tokens[match.first].sentence
        let words = range(of: sentence)
        guard words.contains(where: { tokens[$0].kind == .punct && tokens[$0].text == "?" }) else { return false }
        return self.sentence(sentence, has: .you) && !self.sentence(sentence, has: .singularFirstPerson)
    }

    /// Every risk cue with the reason it was set aside, for `speakup safety --explain`.
    func explain() -> [(text: String, category: SafetyCategory, verdict: String)] {
        matches.indices.compactMap { m in
            let match = matches[m]
            guard let (category, _) = match.tag.risk else { return nil }
            let words = tokens[match.first...match.last].map(\.text).joined(separator: " ")
            return (words, category, verdicts[m] ?? "counts")
        }
    }

    /// A negator shortly before the cue, with only filler words between, in the same phrase; or a form
    /// answer after it ("Thoughts of harming myself: none"); or a reported question ("asked if I'd…").
    func isNegated(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        // A negator that a gap let into the match ("I'm not going to hurt myself") denies it, unless
        // the pattern itself is about not living ("don't want to be here").
        if !SafetyLexicon.negatedByDesign[match.pattern],
            (match.first..<match.last).contains(where: { classes[$0].contains(.negator) })
        {
            return true
        }
        let sentence = tokens[match.last].sentence
        var after = match.last + 1
        while after < tokens.count, tokens[after].sentence == sentence,
            tokens[after].text == "or" || tokens[after].text == "others" || tokens[after].text == "and"
        {
            after += 1
        }
        if after + 1 < tokens.count, tokens[after].text == ":", classes[after + 1].contains(.formAnswer) {
            return true
        }
        // "Would I hurt myself? No." A question the writer answers with a bare no ("No one would
        // notice" is no answer).
        if after + 1 < tokens.count, tokens[after].text == "?", classes[after + 1].contains(.formAnswer),
            after + 2 >= tokens.count || tokens[after + 2].kind == .punct
        {
            return true
        }
        // "Thoughts of ending it, no." A form answer after a comma that closes the sentence.
        if after + 1 < tokens.count, tokens[after].text == "," || tokens[after].text == "-",
            classes[after + 1].contains(.formAnswer),
            after + 2 >= tokens.count || tokens[after + 2].kind == .punct || tokens[after + 2].sentence != sentence
        {
            return true
        }
        // A form answer without the colon ("urges to self-harm none, feeling okay").
        if after < tokens.count, tokens[after].sentence == sentence, classes[after].contains(.bareFormAnswer) {
            return true
        }
        // "She asked if I'd ever…": the nearest ask in the ten words before, then an if or whether.
        let firstSentence = tokens[match.first].sentence
        let window = max(0, match.first - 10)..<match.first
        if let asked = window.reversed().first(where: {
            tokens[$0].sentence == firstSentence && classes[$0].contains(.ask)
        }), (asked..<match.first).contains(where: { tokens[$0].sentence == firstSentence && classes[$0].contains(.ifWhether) }) {
            return true
        }
        var i = match.first - 1
        var steps = 0
        while i >= 0, steps < 7, phrase[i] == phrase[match.first] {
            // "When I said no he pinned me": a refusal reported, not a denial of the cue.
            if tokens[i].text == "no", i > 0, classes[i - 1].contains(.replyVerb) { return false }
            if classes[i].contains(.negator) { return true }
            if !classes[i].contains(.filler) { return false }
            i -= 1
            steps += 1
        }
        return false
    }

    func hasFirstPersonSubject(inClauseOf match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        // Clause numbers only grow, so a clause is one run of tokens around the cue.
        let c = clause[match.first]
        var i = match.first
        while i >= 0, clause[i] == c {
            if classes[i].contains(.firstPersonSubject) { return true }
            i -= 1
        }
        i = match.first + 1
        while i < tokens.count, clause[i] == c {
            if classes[i].contains(.firstPersonSubject) { return true }
            i += 1
        }
        return false
    }

    /// A cue that names the writer itself ("better off without me", "kms", "unalive myself"), unless it is
    /// reported speech about someone else ("she wants to kms").
    func selfWordIn(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        guard (match.first...match.last).contains(where: { classes[$0].contains(.selfWord) }) else { return false }
        return !(max(0, match.first - 4)..<match.first).contains { classes[$0].contains(.reportedSpeaker) }
    }
}
