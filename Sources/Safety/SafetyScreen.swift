import Foundation
import Domain

/// Recognises crisis language in any free text: suicidal thoughts, self-harm, harm to others, and
/// danger from someone else.
///
/// It reads sentence by sentence, so one risk sentence buried in an ordinary paragraph is still found.
/// A cue is set aside when its own clause negates it ("I'd never hurt myself"), when it is an everyday
/// figure of speech ("this commute is killing me"), when the sentence is about a story, the news, a
/// game or sport, training or someone else, or when it tells of a past that the text says is over.
/// Where a reading is truly ambiguous it errs towards showing help: a gentle check-in costs little,
/// a missed crisis costs a lot.
public enum SafetyScreen {
    /// Every risk cue found and whether it counted, with the reason when it was set aside.
    public static func explain(_ text: String) -> [(text: String, category: SafetyCategory, verdict: String)] {
        let tokens = Tokenizer.tokenize(text)
        var seen = Set<String>()
        return Reading(tokens: tokens, matches: SafetyLexicon.matcher.matches(in: tokens)).explain()
            .filter { seen.insert("\($0.text)|\($0.category)|\($0.verdict)").inserted }
    }

    /// The longest text screened in one piece; longer text is screened in overlapping windows.
    static let window = 20_000

    /// Screens one text: the phrase rules first, then the trained model for what no rule names.
    public static func check(_ text: String) -> SafetyResult {
        screen(text, useModel: true)
    }

    /// The phrase rules alone, without the trained model (to train the model, and to measure each reader).
    public static func checkRules(_ text: String) -> SafetyResult {
        screen(text, useModel: false)
    }

    static func screen(_ text: String, useModel: Bool) -> SafetyResult {
        let units = text.utf16.count
        guard units > window else { return checkWindow(text, offset: 0, useModel: useModel) }
        // Very long text: screen overlapping windows so the work stays linear and nothing is skipped.
        var merged = SafetyResult.clear
        var start = 0
        while start < units {
            let end = min(units, start + window)
            let part = checkWindow(text.utf16Slice(start, end), offset: start, useModel: useModel)
            merged = merge(merged, part)
            if end == units { break }
            start = end - 500
        }
        return merged
    }

    static func merge(_ a: SafetyResult, _ b: SafetyResult) -> SafetyResult {
        let categories = SafetyCategory.allCases.filter { a.categories.contains($0) || b.categories.contains($0) }
        var seen = Set<String>()
        let spans = (a.spans + b.spans).filter { seen.insert("\($0.label)|\($0.start)|\($0.end)").inserted }
            .sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        return SafetyResult(level: max(a.level, b.level), categories: categories, spans: spans)
    }

    static func checkWindow(_ text: String, offset: Int, useModel: Bool) -> SafetyResult {
        let tokens = Tokenizer.tokenize(text)
        guard !tokens.isEmpty else { return .clear }
        let matches = SafetyLexicon.matcher.matches(in: tokens)
        let reading = Reading(tokens: tokens, matches: matches)
        let ruled = applyRules(text, offset: offset, reading: reading)
        guard useModel, !ruled.isCrisis else { return ruled }

        // Nothing the rules name: ask the trained model, which may only add help.
        let model = SafetyModel.bundled
        let read = model.read(tokens: tokens, reading: reading)
        guard read.crisis >= model.threshold else { return ruled }
        var categories = SafetyCategory.allCases.filter { (read.categories[$0] ?? 0) >= 0.5 }
        if categories.isEmpty, let best = read.categories.max(by: { $0.value < $1.value })?.key { categories = [best] }
        let label = categories.first?.rawValue ?? SafetyCategory.suicidal.rawValue
        let spans = read.evidence.sorted { $0.lowerBound < $1.lowerBound }.map {
            TextSpan(label: label, start: $0.lowerBound + offset, end: $0.upperBound + offset,
                     text: text.utf16Slice($0.lowerBound, $0.upperBound))
        }
        return SafetyResult(level: .concern, categories: categories, spans: spans)
    }

    static func applyRules(_ text: String, offset: Int, reading: Reading) -> SafetyResult {
        let matches = reading.matches
        let tokens = reading.tokens
        guard matches.contains(where: { $0.tag.isRisk }) else { return .clear }

        var level = SafetyLevel.none
        var categories = Set<SafetyCategory>()
        var spans: [TextSpan] = []
        // Strong cues first; weak ones count only when the text backs them up.
        let strong = matches.filter { $0.tag.isRisk && !$0.tag.isWeak }
        let weak = matches.filter { $0.tag.isWeak }
        var counted: [PhraseMatcher<SafetyCue>.Match] = strong.filter { reading.setAside($0, $0.tag.risk!.0) == nil }
        if reading.isCorroborated || !counted.isEmpty {
            counted += weak.filter { reading.setAside($0, $0.tag.risk!.0) == nil }
        }
        for match in counted {
            guard let (category, base) = match.tag.risk else { continue }
            categories.insert(category)
            var matchLevel = base
            if matchLevel == .concern, reading.hasUrgency(near: tokens[match.first].sentence) { matchLevel = .urgent }
            level = max(level, matchLevel)
            let start = tokens[match.first].start
            let end = tokens[match.last].end
            spans.append(
                TextSpan(label: category.rawValue, start: start + offset, end: end + offset,
                         text: text.utf16Slice(start, end)))
        }
        var seen = Set<String>()
        spans = spans.filter { seen.insert("\($0.label)|\($0.start)|\($0.end)").inserted }
            .sorted { ($0.start, $0.end, $0.label) < ($1.start, $1.end, $1.label) }
        return SafetyResult(
            level: level, categories: SafetyCategory.allCases.filter(categories.contains), spans: spans)
    }
}

/// The sentence-level facts the screen weighs each cue against.
struct Reading {
    let tokens: [Token]
    let matches: [PhraseMatcher<SafetyCue>.Match]
    /// Clause number per token: sentences split further at ; and at but/though/although/however/except.
    let clause: [Int]
    /// Clause number per token, also split at commas (negation reaches no further than this).
    let phrase: [Int]
    var frames: [Int: Set<Frame>] = [:]
    var urgentSentences = Set<Int>()
    var laughterSentences = Set<Int>()
    var benignTokens = Set<Int>()
    var textIsResolved = false

    typealias Frame = SafetyCue.Frame

    static let clauseWords: Set<String> = ["but", "though", "although", "however", "except", "tho", "whereas"]
    static let firstPersonSubjects: Set<String> = [
        "i", "i'm", "i've", "i'd", "i'll", "im", "ive", "myself", "meself", "ima", "imma", "i'ma",
    ]

    init(tokens: [Token], matches: [PhraseMatcher<SafetyCue>.Match]) {
        self.tokens = tokens
        self.matches = matches
        var clause: [Int] = []
        var phrase: [Int] = []
        var c = 0
        var p = 0
        var lastSentence = 0
        for token in tokens {
            if token.sentence != lastSentence { c += 1; p += 1; lastSentence = token.sentence }
            if token.kind == .punct && token.text == ";" { c += 1; p += 1 }
            if token.kind == .word && Self.clauseWords.contains(token.text) { c += 1; p += 1 }
            if token.kind == .punct && (token.text == "," || token.text == "-" || token.text == "…") { p += 1 }
            clause.append(c)
            phrase.append(p)
        }
        self.clause = clause
        self.phrase = phrase

        for match in matches {
            let sentence = tokens[match.first].sentence
            switch match.tag.role {
            case .frame(let frame): frames[sentence, default: []].insert(frame)
            case .urgency: urgentSentences.insert(sentence)
            case .laughter:
                // "not joking" is the opposite of a joke.
                if match.first > 0, ["not", "no", "never"].contains(tokens[match.first - 1].text) { continue }
                laughterSentences.insert(sentence)
            case .resolved: textIsResolved = true
            case .benign: for i in match.first...match.last { benignTokens.insert(i) }
            case .risk, .term, .weak: break
            }
        }
    }

    func hasUrgency(near sentence: Int) -> Bool {
        urgentSentences.contains(sentence) || urgentSentences.contains(sentence + 1)
    }

    /// Why a risk cue is set aside after negation, figures of speech and framing; `nil` when it stands.
    func setAside(_ match: PhraseMatcher<SafetyCue>.Match, _ category: SafetyCategory) -> String? {
        if (match.first...match.last).contains(where: benignTokens.contains) { return "figure of speech" }
        if isNegated(match) { return "negated" }
        if case .term = match.tag.role, !textHasSingularFirstPerson, tokens.count > 6 {
            return "a mention, not about the writer"
        }
        if isQuestionToSomeoneElse(match) { return "a question to someone else" }
        if category != .abuseDanger, !selfWordIn(match), !isRevenge(match), hasThirdPersonSubject(before: match) {
            return "about someone else"
        }
        let sentence = tokens[match.first].sentence
        let frames = self.frames[sentence] ?? []
        let firstPerson = hasFirstPersonSubject(inClauseOf: match) || selfWordIn(match)

        if textIsResolved, frames.contains(.past) || isPastTense(match) { return "past and resolved" }
        // A weak cue or a bare term ("the marks", "self-harm") in a text that tells of a past it says is over.
        if textIsResolved, textHasPast, match.tag.isWeak || isTerm(match) { return "past and resolved" }
        if frames.contains(.routine) && category == .suicidal { return "routine: medicine as prescribed, or a move" }
        if isQuotedSpeech(match) { return "quoting someone" }
        if frames.contains(.story), isActingAPart(sentence) { return "acting a part" }
        if !frames.isDisjoint(with: [.story, .news, .game, .prevention]) {
            // A story, the news, a game or training: only a plainly first-person, present cue stands.
            if category == .harmToOthers || category == .abuseDanger || !firstPerson { return "story, news, game or training" }
            if frames.contains(.prevention) || frames.contains(.news) { return "news or training" }
        }
        switch category {
        case .suicidal, .selfHarm:
            if frames.contains(.otherPerson) && !firstPerson { return "about someone else" }
        case .harmToOthers:
            if laughterSentences.contains(sentence) { return "joking" }
        case .abuseDanger:
            if laughterSentences.contains(sentence) && !hasViolenceWord(sentence) { return "joking" }
            if frames.contains(.otherPerson) && !hasFirstPersonToken(sentence) { return "about someone else" }
        }
        return nil
    }

    static let thirdPersonSubjects: Set<String> = [
        "he", "she", "they", "he's", "she's", "they're", "someone", "somebody", "kid", "boy", "girl", "man",
        "woman", "student", "guy", "friend", "mate", "brother", "sister", "son", "daughter", "people", "clients",
        "who", "colleague", "patient", "patients", "character", "he'd", "she'd", "they'd", "he'll", "she'll",
        "coworker", "co-worker", "workmate", "classmate", "teammate", "flatmate", "roommate", "client",
        "grandad", "grandpa", "grandma", "nan", "uncle", "aunt", "auntie", "cousin", "neighbour", "neighbor",
        "nephew", "niece", "bestie", "pupil", "pupils", "resident", "residents", "caller", "callers",
    ]

    /// A third-person subject shortly before the cue, with no first-person subject in between.
    func hasThirdPersonSubject(before match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        var i = match.first - 1
        var steps = 0
        while i >= 0, steps < 5, clause[i] == clause[match.first] {
            let word = tokens[i].text
            if Self.firstPersonSubjects.contains(word) { return false }
            if Self.thirdPersonSubjects.contains(word) { return true }
            i -= 1
            steps += 1
        }
        return false
    }

    /// Inside quotation marks in a sentence that reports what someone else says or what a character says.
    func isQuotedSpeech(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        let sentence = tokens[match.first].sentence
        var quotes = 0
        var reporting = false
        for i in tokens.indices where tokens[i].sentence == sentence {
            if i < match.first, tokens[i].kind == .punct, tokens[i].text == "\"" { quotes += 1 }
            if ["says", "said", "saying", "goes", "posts", "posted", "wrote", "writes", "line", "lines", "character"].contains(tokens[i].text) {
                reporting = true
            }
        }
        return quotes % 2 == 1 && reporting
    }

    static let actingWords: Set<String> = [
        "playing", "mime", "miming", "role", "acting", "perform", "performing", "scene", "lines", "rehearse",
        "rehearsing", "cast", "understudy", "audition", "auditioning",
    ]

    /// "I'm playing Juliet, so I stab myself every night": a part in a play, not the writer's own act.
    func isActingAPart(_ sentence: Int) -> Bool {
        tokens.contains { $0.sentence == sentence && Self.actingWords.contains($0.text) }
    }

    var textHasPast: Bool { frames.values.contains { $0.contains(.past) } }

    func isTerm(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        if case .term = match.tag.role { return true }
        return false
    }

    /// Habitual or remote past only: "I tried to…" or "I wanted to…" may be last night, and "I'm okay now"
    /// after a recent attempt still deserves a check-in.
    static let pastMarkers: Set<String> = ["used", "once"]

    /// The cue, or the words just before it, tell of a habitual or remote past ("I used to…", "I once…").
    func isPastTense(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        let start = max(0, match.first - 3)
        return (start...match.last).contains { clause[$0] == clause[match.first] && Self.pastMarkers.contains(tokens[$0].text) }
    }

    /// "He's going to regret this" names the target, not the actor.
    func isRevenge(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        (match.first...match.last).contains { ["regret", "pay"].contains(tokens[$0].text) }
    }

    var textHasSingularFirstPerson: Bool {
        tokens.contains { Self.firstPersonSubjects.contains($0.text) || $0.text == "me" || $0.text == "my" }
    }

    func hasSingularFirstPerson(_ sentence: Int) -> Bool {
        tokens.contains { $0.sentence == sentence && (Self.firstPersonSubjects.contains($0.text) || $0.text == "me" || $0.text == "my") }
    }

    /// "Are you thinking about suicide?": a question put to someone else.
    func isQuestionToSomeoneElse(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        let sentence = tokens[match.first].sentence
        let words = tokens.filter { $0.sentence == sentence }
        guard words.last?.text == "?" || words.contains(where: { $0.text == "?" }) else { return false }
        return words.contains { $0.text == "you" || $0.text == "you're" } && !hasSingularFirstPerson(sentence)
    }

    /// Every risk cue with the reason it was set aside, for `speakup safety --explain`.
    func explain() -> [(text: String, category: SafetyCategory, verdict: String)] {
        matches.compactMap { match in
            guard let (category, _) = match.tag.risk else { return nil }
            let words = tokens[match.first...match.last].map(\.text).joined(separator: " ")
            return (words, category, setAside(match, category) ?? "counts")
        }
    }

    static let negators: Set<String> = [
        "not", "never", "no", "don't", "won't", "wouldn't", "isn't", "wasn't", "aren't", "didn't", "nobody",
        "nothing", "none", "neither", "nor", "doesn't", "haven't", "hasn't", "shouldn't", "couldn't", "nope",
        "without", "zero",
    ]
    static let filler: Set<String> = [
        "going", "to", "gonna", "wanna", "want", "planning", "plan", "plans", "ever", "actually", "really", "do",
        "anything", "like", "that", "i", "i'm", "am", "would", "will", "about", "thinking", "think", "have", "any",
        "urge", "urges", "thoughts", "thought", "of", "intention", "intentions", "a", "the", "even", "feel",
        "feeling", "and", "or", "at", "all", "in", "danger", "risk", "on", "it", "act", "acting", "be", "been",
        "being", "wanting", "desire", "need", "tempted", "try", "trying", "again", "anymore", "actively",
        "seriously", "literally", "some", "kind", "sort", "way", "slightest", "remotely", "is", "are", "was",
        "were", "he", "she", "they", "one", "ever", "had", "has", "pull", "towards", "toward", "could", "can",
        "so", "much", "as", "far", "know", "for", "me", "my", "myself", "self", "an", "idea", "ideas", "part",
        "intend", "going", "gonna", "get", "got", "mean", "meant", "this", "time", "now", "today",
    ]

    /// A negator shortly before the cue, with only filler words between, in the same phrase; or a form
    /// answer after it ("Thoughts of harming myself: none"); or a reported question ("asked if I'd…").
    func isNegated(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        // A negator that a gap let into the match ("I'm not going to hurt myself") denies it, unless
        // the pattern itself is about not living ("don't want to be here").
        if !SafetyLexicon.negatedByDesign[match.pattern],
            (match.first..<match.last).contains(where: { Self.negators.contains(tokens[$0].text) })
        {
            return true
        }
        var after = match.last + 1
        while after < tokens.count, tokens[after].sentence == tokens[match.last].sentence,
            tokens[after].text == "or" || tokens[after].text == "others" || tokens[after].text == "and"
        {
            after += 1
        }
        if after + 1 < tokens.count, tokens[after].text == ":",
            ["none", "no", "nil", "never", "zero", "n/a", "na", "nope"].contains(tokens[after + 1].text)
        {
            return true
        }
        // A form answer without the colon ("urges to self-harm none, feeling okay").
        if after < tokens.count, tokens[after].sentence == tokens[match.last].sentence,
            ["none", "nil", "zero", "n/a"].contains(tokens[after].text)
        {
            return true
        }
        let lookback = tokens[max(0, match.first - 10)..<match.first].filter { $0.sentence == tokens[match.first].sentence }.map(\.text)
        if let asked = lookback.lastIndex(where: { $0 == "asked" || $0 == "asking" || $0 == "ask" }),
            lookback[asked...].contains(where: { $0 == "if" || $0 == "whether" })
        {
            return true
        }
        var i = match.first - 1
        var steps = 0
        while i >= 0, steps < 7, phrase[i] == phrase[match.first] {
            let word = tokens[i].text
            if Self.negators.contains(word) { return true }
            if !Self.filler.contains(word) { return false }
            i -= 1
            steps += 1
        }
        return false
    }

    func hasFirstPersonSubject(inClauseOf match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        let c = clause[match.first]
        for i in tokens.indices where clause[i] == c {
            if Self.firstPersonSubjects.contains(tokens[i].text) { return true }
        }
        return false
    }

    /// A cue that names the writer itself ("better off without me", "kms", "unalive myself"), unless it is
    /// reported speech about someone else ("she wants to kms").
    func selfWordIn(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        let selfWords: Set<String> = ["myself", "meself", "my", "me", "i", "i'm", "i've", "kms", "im", "ive"]
        guard (match.first...match.last).contains(where: { selfWords.contains(tokens[$0].text) }) else { return false }
        let reported: Set<String> = ["he", "she", "they", "he's", "she's", "they're", "wants", "said", "says", "posted", "told"]
        let lookback = tokens[max(0, match.first - 4)..<match.first].map(\.text)
        return !lookback.contains(where: reported.contains)
    }

    func hasFirstPersonToken(_ sentence: Int) -> Bool {
        tokens.contains { $0.sentence == sentence && (Self.firstPersonSubjects.contains($0.text) || $0.text == "me" || $0.text == "us") }
    }

    static let corroborators: Set<String> = [
        "hit", "hits", "beat", "beats", "beaten", "punched", "slapped", "kicked", "bruise", "bruises", "bruised",
        "belt", "strangled", "choked", "scared", "afraid", "terrified", "frightened", "knife", "gun", "blood",
        "bleed", "bleeding", "hurt", "hurts", "threatened", "broke", "broken", "hospital", "weapon", "petrol",
        "pistol", "rope", "pills", "worse", "belt", "shotgun", "gun", "cuts", "scars", "marks", "blade", "razor",
        "underneath", "decided", "calm", "peaceful", "relief", "goodbye", "sorry", "crying", "bat", "shed",
        "bruised", "bleeding", "poison", "plan", "whatever", "hiding", "plaster", "plasters", "scratches",
        "blisters", "blistery", "raw", "stings", "burns", "scar", "forgive", "pistol", "rifle",
        "lighter", "flinch", "screaming", "shouting", "drunk", "police", "breathing",
    ]

    /// The text mentions violence, a weapon or fear somewhere, which turns a figure of speech into a concern.
    var isCorroborated: Bool { tokens.contains { Self.corroborators.contains($0.text) } }

    func hasViolenceWord(_ sentence: Int) -> Bool {
        tokens.contains { $0.sentence == sentence && ["hits", "hit", "beats", "punched", "slapped", "kicked", "choked", "strangled", "knife", "bruises"].contains($0.text) }
    }
}

extension SafetyCue {
    var isRisk: Bool { risk != nil }

    var isWeak: Bool {
        if case .weak = role { return true }
        return false
    }

    /// The category and base level of a risk cue or term.
    var risk: (SafetyCategory, SafetyLevel)? {
        switch role {
        case .risk(let category, let level): (category, level)
        case .term(let category): (category, .concern)
        case .weak(let category): (category, .concern)
        default: nil
        }
    }
}
