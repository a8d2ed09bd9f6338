import Domain

/// The word classes the screen's reading tests, looked up once per token.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32

    /// Splits a sentence into clauses: but, though, although, however…
    static let clauseWord = WordClass(rawValue: 1 << 0)
    /// I, I'm, I've, myself…
    static let firstPersonSubject = WordClass(rawValue: 1 << 1)
    /// A first-person subject, or me, my.
    static let singularFirstPerson = WordClass(rawValue: 1 << 2)
    /// A first-person subject, or me, us.
    static let firstPersonWord = WordClass(rawValue: 1 << 3)
    static let thirdPersonSubject = WordClass(rawValue: 1 << 4)
    /// says, said, posted, line, character: reported or performed speech.
    static let reporting = WordClass(rawValue: 1 << 5)
    static let acting = WordClass(rawValue: 1 << 6)
    static let negator = WordClass(rawValue: 1 << 7)
    /// Words that may sit between a negator and the cue it denies.
    static let filler = WordClass(rawValue: 1 << 8)
    static let corroborator = WordClass(rawValue: 1 << 9)
    static let violence = WordClass(rawValue: 1 << 10)
    static let pastMarker = WordClass(rawValue: 1 << 11)
    static let ask = WordClass(rawValue: 1 << 12)
    static let ifWhether = WordClass(rawValue: 1 << 13)
    static let you = WordClass(rawValue: 1 << 14)
    /// A word naming the writer inside a cue: myself, me, kms…
    static let selfWord = WordClass(rawValue: 1 << 15)
    /// he, she, wants, said, told: what someone else reportedly wants or says.
    static let reportedSpeaker = WordClass(rawValue: 1 << 16)
    /// A form's answer after a colon: none, no, nil, never…
    static let formAnswer = WordClass(rawValue: 1 << 17)
    /// A form's answer without a colon: none, nil, zero, n/a.
    static let bareFormAnswer = WordClass(rawValue: 1 << 18)
    /// not, no, never before a laughter marker ("not joking").
    static let laughterNegator = WordClass(rawValue: 1 << 19)
    /// regret, pay: "he's going to regret this" names the target, not the actor.
    static let revenge = WordClass(rawValue: 1 << 20)
    /// scared, afraid, terrified, flinched: a cue that tells who is afraid, not who is violent.
    static let fear = WordClass(rawValue: 1 << 21)
    /// herself, himself, themselves: a reflexive object naming someone else as the one at risk.
    static let otherReflexive = WordClass(rawValue: 1 << 22)
    /// make, makes, making, made: "make him pay" names the actor, so it is no revenge-target phrase.
    static let causative = WordClass(rawValue: 1 << 23)
    /// said, say, answered: "I said no" is a reply, not a negation of what follows.
    static let replyVerb = WordClass(rawValue: 1 << 24)
    /// the, a, this: a cue that opens with one is not owned by a "his" or "her" before it
    /// ("I told her the cat did it").
    static let determiner = WordClass(rawValue: 1 << 25)
    /// tell, told, texted, rang: "she rang to tell me she wants to die" makes the writer the one told.
    static let telling = WordClass(rawValue: 1 << 26)
    /// thought, hoped, believed: "I thought that was behind me" tells of a hope that did not hold.
    static let supposing = WordClass(rawValue: 1 << 27)
    /// want, am, keep, will, now: a cue that speaks of the present.
    static let presentMarker = WordClass(rawValue: 1 << 28)
    /// didn't, was, went: a past auxiliary that keeps a cue in the past ("I didn't want to live").
    static let pastAuxiliary = WordClass(rawValue: 1 << 29)

    static let table: WordMap<WordClass> = {
        var classes: [String: WordClass] = [:]
        func add(_ words: [String], _ wordClass: WordClass) {
            for word in words { classes[word, default: []].insert(wordClass) }
        }
        let firstPerson = ["i", "i'm", "i've", "i'd", "i'll", "im", "ive", "myself", "meself", "ima", "imma", "i'ma"]
        add(["but", "though", "although", "however", "except", "tho", "whereas"], .clauseWord)
        add(firstPerson, .firstPersonSubject)
        add(firstPerson + ["me", "my"], .singularFirstPerson)
        add(firstPerson + ["me", "us"], .firstPersonWord)
        add([
            "he", "she", "they", "he's", "she's", "they're", "someone", "somebody", "kid", "boy", "girl", "man",
            "woman", "student", "guy", "friend", "mate", "brother", "sister", "son", "daughter", "people", "clients",
            "who", "colleague", "patient", "patients", "character", "he'd", "she'd", "they'd", "he'll", "she'll",
            "coworker", "co-worker", "workmate", "classmate", "teammate", "flatmate", "roommate", "client",
            "grandad", "grandpa", "grandma", "nan", "uncle", "aunt", "auntie", "cousin", "neighbour", "neighbor",
            "nephew", "niece", "bestie", "pupil", "pupils", "resident", "residents", "caller", "callers",
            "friends", "mates", "teenager", "teenagers", "teen", "teens", "kids", "students", "colleagues",
            "lad", "lads", "child", "children", "eldest", "youngest",
        ], .thirdPersonSubject)
        add(["says", "said", "saying", "goes", "posts", "posted", "wrote", "writes", "line", "lines", "character"],
            .reporting)
        add([
            "playing", "mime", "miming", "role", "acting", "perform", "performing", "scene", "lines", "rehearse",
            "rehearsing", "cast", "understudy", "audition", "auditioning",
        ], .acting)
        add([
            "not", "never", "no", "don't", "won't", "wouldn't", "isn't", "wasn't", "aren't", "didn't", "nobody",
            "nothing", "none", "neither", "nor", "doesn't", "haven't", "hasn't", "shouldn't", "couldn't", "nope",
            "without", "zero",
        ], .negator)
        add([
            "going", "to", "gonna", "wanna", "want", "planning", "plan", "plans", "ever", "actually", "really", "do",
            "anything", "like", "that", "i", "i'm", "am", "would", "will", "about", "thinking", "think", "have", "any",
            "urge", "urges", "thoughts", "thought", "of", "intention", "intentions", "a", "the", "even", "feel",
            "feeling", "and", "or", "at", "all", "in", "danger", "risk", "on", "it", "act", "acting", "be", "been",
            "being", "wanting", "desire", "need", "tempted", "try", "trying", "again", "anymore", "actively",
            "seriously", "literally", "some", "kind", "sort", "way", "slightest", "remotely", "is", "are", "was",
            "were", "he", "she", "they", "one", "had", "has", "pull", "towards", "toward", "could", "can",
            "so", "much", "as", "far", "know", "for", "me", "my", "myself", "self", "an", "idea", "ideas", "part",
            "intend", "get", "got", "mean", "meant", "this", "time", "now", "today", "once", "wanted", "having", "felt",
            // "Not once did I think about…".
            "did",
            // "Never once considered…": the verbs of entertaining an idea sit inside a denial.
            "considered", "considering", "contemplated", "contemplating",
            // "Nobody at home hits me": where the denial holds.
            "home",
        ], .filler)
        add([
            "hit", "hits", "beat", "beats", "beaten", "punched", "slapped", "kicked", "bruise", "bruises", "bruised",
            "belt", "strangled", "choked", "scared", "afraid", "terrified", "frightened", "knife", "gun", "blood",
            "bleed", "bleeding", "hurt", "hurts", "threatened", "broke", "broken", "hospital", "weapon", "petrol",
            "pistol", "rope", "pills", "worse", "shotgun", "cuts", "scars", "marks", "blade", "razor",
            "underneath", "decided", "calm", "peaceful", "relief", "goodbye", "sorry", "crying", "bat", "shed",
            "poison", "plan", "whatever", "hiding", "plaster", "plasters", "scratches",
            "blisters", "blistery", "raw", "stings", "burns", "scar", "forgive", "rifle",
            "lighter", "flinch", "screaming", "shouting", "drunk", "police", "breathing",
        ], .corroborator)
        add(["hits", "hit", "beats", "punched", "slapped", "kicked", "choked", "strangled", "knife", "bruises"], .violence)
        add(["used", "once"], .pastMarker)
        add(["thought", "hoped", "believed", "assumed", "figured", "reckoned", "imagined"], .supposing)
        add([
            "want", "wanna", "wants", "am", "i'm", "im", "keep", "keeps", "keeping", "gonna", "will",
            "i'll", "ill", "can't", "cant", "now", "today", "tonight", "tonight's", "rn", "need", "needs", "feel",
            "feels", "is", "are",
            // The present perfect runs up to now: "I've wanted to die since…", "he's been hitting me".
            "i've", "ive", "has", "been", "he's", "she's", "they've",
        ], .presentMarker)
        add(["didn't", "didnt", "did", "was", "were", "spent", "went", "used", "came"], .pastAuxiliary)
        add(["asked", "asking", "ask"], .ask)
        add(["if", "whether"], .ifWhether)
        add(["you", "you're"], .you)
        add(["myself", "meself", "my", "me", "i", "i'm", "i've", "i'll", "i'd", "kms", "im", "ive"], .selfWord)
        add([
            "he", "she", "they", "he's", "she's", "they're", "wants", "said", "says", "say", "posted", "told",
            // "My friend keeps saying kms".
            "saying",
        ], .reportedSpeaker)
        add(["none", "no", "nil", "never", "zero", "n/a", "na", "nope"], .formAnswer)
        add(["none", "nil", "zero", "n/a"], .bareFormAnswer)
        add(["not", "no", "never"], .laughterNegator)
        add(["regret", "pay", "happens"], .revenge)
        add(["scared", "afraid", "terrified", "frightened", "petrified", "flinched", "flinches", "flinch"], .fear)
        add(["herself", "himself", "themselves", "themself"], .otherReflexive)
        add(["the", "a", "an", "this", "that", "these", "those"], .determiner)
        add([
            "tell", "tells", "told", "telling", "text", "texts", "texted", "texting", "message", "messages", "messaged",
            "ring", "rings", "rang", "call", "calls", "called", "phone", "phones", "phoned", "telephone", "telephones",
            "telephoned", "email", "emails", "emailed", "warn", "warns", "warned", "dm", "dms", "dmed", "dm'd",
        ], .telling)
        add(["make", "makes", "making", "made"], .causative)
        add(["said", "say", "says", "saying", "answered", "replied", "told"], .replyVerb)
        return WordMap(classes)
    }()
}

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
    /// Some word in the text is I, me, my…
    let textHasSingularFirstPerson: Bool
    /// The text mentions violence, a weapon or fear somewhere, which turns a figure of speech into a concern.
    let isCorroborated: Bool
    /// The first token of each sentence, and one past its last, by sentence number.
    private let sentenceStart: [Int]
    private let sentenceEnd: [Int]
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

        var relapsed = false
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
                // "I'm there again now" tells of a return, not of recovery; "I thought that was long
                // behind me", of a hope that did not hold; and "now I have a plan" shares its words with
                // a risk cue that speaks of now, which it cannot also resolve ("years since I last cut"
                // can).
                if !(match.first...match.last).contains(where: { tokens[$0].text == "again" }),
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
        if case .term = match.tag.role, !textHasSingularFirstPerson, tokens.count > 6 {
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

        if textIsResolved, !isRecurring(match) {
            if (pastReaches(match) && !isPresentTense(match)) || isPastTense(match) { return "past and resolved" }
            // A weak cue or a bare term ("the marks", "self-harm") in a text that tells of a past it says is over.
            if textHasPast, match.tag.isWeak || isTerm(match) { return "past and resolved" }
        }
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

    /// The cue, or the two words before it in its clause, speak of now ("…and I want to die", "I keep
    /// cutting"), with no past auxiliary among them ("I didn't want to live"): a past told earlier in
    /// the sentence does not reach it.
    func isPresentTense(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        let start = max(0, match.first - 2)
        let words = (start...match.last).filter { clause[$0] == clause[match.first] }
        return words.contains { classes[$0].contains(.presentMarker) } && !words.contains { classes[$0].contains(.pastAuxiliary) }
    }

    /// The cue, or the words just before it, tell of a habitual or remote past ("I used to…", "I once…").
    /// Only those: "I tried to…" or "I wanted to…" may be last night, and "I'm okay now" after a recent
    /// attempt still deserves a check-in.
    func isPastTense(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        let start = max(0, match.first - 3)
        return (start...match.last).contains { clause[$0] == clause[match.first] && classes[$0].contains(.pastMarker) }
    }

    /// "He's going to regret this" names the target, not the actor.
    /// "Make him pay" is the writer's own threat, so a causative verb in the cue rules it out.
    /// "He's a dead man" names the target too: the cue holds a whole target phrase from the lexicon.
    func isRevenge(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        let words = match.first...match.last
        if targets.contains(where: { words.contains($0.lowerBound) && words.contains($0.upperBound) }) { return true }
        return words.contains { classes[$0].contains(.revenge) } && !words.contains { classes[$0].contains(.causative) }
    }

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
                let next = i + 1 < tokens.count && clause[i + 1] == c ? tokens[i + 1].text : ""
                return !["at", "in", "when", "after", "aged", "during", "since"].contains(next)
            }
            i += 1
        }
        return false
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
