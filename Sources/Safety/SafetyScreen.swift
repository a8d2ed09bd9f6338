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
    /// The longest text screened in one piece; longer text is screened in overlapping windows.
    static let window = 20_000

    /// Screens one text.
    public static func check(_ text: String) -> SafetyResult {
        let units = text.utf16.count
        guard units > window else { return checkWindow(text, offset: 0) }
        // Very long text: screen overlapping windows so the work stays linear and nothing is skipped.
        var merged = SafetyResult.clear
        var start = 0
        while start < units {
            let end = min(units, start + window)
            let part = checkWindow(text.utf16Slice(start, end), offset: start)
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

    static func checkWindow(_ text: String, offset: Int) -> SafetyResult {
        let tokens = Tokenizer.tokenize(text)
        guard !tokens.isEmpty else { return .clear }
        let matches = SafetyLexicon.matcher.matches(in: tokens)
        guard matches.contains(where: { if case .risk = $0.tag.role { return true } else { return false } }) else {
            return .clear
        }
        let reading = Reading(tokens: tokens, matches: matches)

        var level = SafetyLevel.none
        var categories = Set<SafetyCategory>()
        var spans: [TextSpan] = []
        for match in matches {
            guard case .risk(let category, let base) = match.tag.role, reading.counts(match, category) else { continue }
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
    static let firstPersonSubjects: Set<String> = ["i", "i'm", "i've", "i'd", "i'll", "im", "ive", "myself", "meself"]

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
            case .risk: break
            }
        }
    }

    func hasUrgency(near sentence: Int) -> Bool {
        urgentSentences.contains(sentence) || urgentSentences.contains(sentence + 1)
            || urgentSentences.contains(sentence - 1)
    }

    /// Whether a risk cue stands, after negation, figures of speech and framing.
    func counts(_ match: PhraseMatcher<SafetyCue>.Match, _ category: SafetyCategory) -> Bool {
        if (match.first...match.last).contains(where: benignTokens.contains) { return false }
        if isNegated(match) { return false }
        let sentence = tokens[match.first].sentence
        let frames = self.frames[sentence] ?? []
        let firstPerson = hasFirstPersonSubject(inClauseOf: match)

        if frames.contains(.past) && textIsResolved { return false }
        if !frames.isDisjoint(with: [.story, .news, .game, .prevention]) {
            // A story, the news, a game or training: only a plainly first-person, present cue stands.
            if category == .harmToOthers || category == .abuseDanger || !firstPerson { return false }
            if frames.contains(.prevention) || frames.contains(.news) { return false }
        }
        switch category {
        case .suicidal, .selfHarm:
            if frames.contains(.otherPerson) && !firstPerson && !selfWordIn(match) { return false }
        case .harmToOthers:
            if laughterSentences.contains(sentence) { return false }
        case .abuseDanger:
            if laughterSentences.contains(sentence) && !hasViolenceWord(sentence) { return false }
            if frames.contains(.otherPerson) && !hasFirstPersonToken(sentence) { return false }
        }
        return true
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
        "so", "much", "as", "far", "know", "for", "me", "my", "myself", "self", "an", "idea", "ideas",
        "intend", "going", "gonna", "get", "got", "mean", "meant", "this", "time", "now", "today",
    ]

    /// A negator shortly before the cue, with only filler words between, in the same phrase.
    func isNegated(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
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

    /// Slang that is first person by itself ("kms", "unalive myself").
    func selfWordIn(_ match: PhraseMatcher<SafetyCue>.Match) -> Bool {
        (match.first...match.last).contains { ["myself", "meself", "my"].contains(tokens[$0].text) }
            && !(match.first > 0 && ["to", "wants", "want", "wanted", "said", "says"].contains(tokens[match.first - 1].text))
    }

    func hasFirstPersonToken(_ sentence: Int) -> Bool {
        tokens.contains { $0.sentence == sentence && (Self.firstPersonSubjects.contains($0.text) || $0.text == "me" || $0.text == "us") }
    }

    func hasViolenceWord(_ sentence: Int) -> Bool {
        tokens.contains { $0.sentence == sentence && ["hits", "hit", "beats", "punched", "slapped", "kicked", "choked", "strangled", "knife", "bruises"].contains($0.text) }
    }
}
