import Domain

/// One piece of evidence found in a reply: a named feature and the text that shows it.
struct Feature: Sendable {
    var name: String
    var value: Float
    /// UTF-16 ranges in the reply.
    var spans: [Range<Int>]
}

/// What the feature extractor found, kept together so the model, the tips and the suggestion read the
/// same evidence.
struct Evidence: Sendable {
    var tokens: [Token]
    var cues: [PhraseMatcher<Cue>.Match]
    var features: [Feature]

    func count(_ cue: Cue) -> Int { cues.reduce(0) { $0 + ($1.tag == cue ? 1 : 0) } }

    func spans(of cue: Cue) -> [Range<Int>] {
        cues.filter { $0.tag == cue }.map { tokens[$0.first].start..<tokens[$0.last].end }
    }
}

/// Turns a reply into features: cue counts, the shape of the text, and word unigrams and bigrams.
enum FeatureExtractor {
    static let eyeRolls: Set<String> = ["🙄", "🙃", "😒", "😑", "😤", "🤷"]
    static let warm: Set<String> = ["🙂", "😊", "❤", "♥", "🙏", "💕", "🤗", "😀", "😄"]

    /// - Parameter ngrams: whether to add word and word-pair features by name; the Coach leaves them
    ///   out when reading, since its `NgramIndex` finds their rows without building names.
    static func extract(reply: String, context: String?, ngrams: Bool = true) -> Evidence {
        let tokens = Tokenizer.tokenize(reply)
        let cues = refine(Lexicon.matcher.matches(in: tokens))
        var features: [Feature] = []
        features.reserveCapacity(tokens.count * 2 + 32)

        // Cues: presence, and a second feature when repeated.
        var cueSpans: [Cue: [Range<Int>]] = [:]
        for match in cues {
            cueSpans[match.tag, default: []].append(tokens[match.first].start..<tokens[match.last].end)
        }
        for (cue, spans) in cueSpans.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            features.append(Feature(name: "c:" + cue.rawValue, value: 1, spans: spans))
            if spans.count >= 2 { features.append(Feature(name: "c2:" + cue.rawValue, value: 1, spans: spans)) }
        }
        // A cue reads differently in a question ("Could you…?" asks; "Can you not…?" may jab) and next
        // to sarcasm ("Thanks so much for noticing 🙃"): the linear model cannot combine features, so
        // these pairings are features of their own.
        var questionSentences = Set<Int>()
        for token in tokens where token.kind == .punct && token.text == "?" { questionSentences.insert(token.sentence) }
        let sarcastic = cueSpans[.sarcasm] != nil || cueSpans[.sulk] != nil
        var inQuestion = Set<Cue>()
        var nearSarcasm = Set<Cue>()
        for match in cues where match.tag.component != nil && match.tag != .sarcasm && match.tag != .sulk {
            let span = tokens[match.first].start..<tokens[match.last].end
            if questionSentences.contains(tokens[match.first].sentence), inQuestion.insert(match.tag).inserted {
                features.append(Feature(name: "cq:" + match.tag.rawValue, value: 1, spans: [span]))
            }
            if sarcastic, nearSarcasm.insert(match.tag).inserted {
                features.append(Feature(name: "cs:" + match.tag.rawValue, value: 1, spans: [span]))
            }
        }
        // Which skills appear together says a lot about the style: acknowledging someone and still
        // saying no is the classic assertive refusal, blame with a refusal reads aggressive. The
        // linear model cannot combine features, so each pair of cued components is one of its own.
        let cuedComponents = Set(cues.compactMap { $0.tag == .sarcasm || $0.tag == .sulk ? nil : $0.tag.component })
            .map(\.rawValue).sorted()
        for (k, first) in cuedComponents.enumerated() {
            for second in cuedComponents[(k + 1)...] {
                features.append(Feature(name: "cp:" + first + "+" + second, value: 1, spans: []))
            }
        }
        if cueSpans[.apology] != nil || cueSpans[.apologyForNeed] != nil {
            let total = (cueSpans[.apology]?.count ?? 0) + (cueSpans[.apologyForNeed]?.count ?? 0)
            if total >= 2 { features.append(Feature(name: "c:apologies2", value: 1, spans: [])) }
        }

        // Shape of the text.
        var words = 0
        var capsSpans: [Range<Int>] = []
        var exclamations = 0
        var questions = 0
        var hasEllipsis = false
        var eyeRoll: [Range<Int>] = []
        var warmth = false
        var elongated = false
        var lastWord = ""
        for token in tokens {
            switch token.kind {
            case .word, .number:
                words += 1
                if token.isAllCaps && token.text.count >= 3 { capsSpans.append(token.start..<token.end) }
                if token.isElongated { elongated = true }
                lastWord = token.text
            case .punct:
                if token.text == "!" { exclamations += 1 }
                if token.text == "?" { questions += 1 }
                if token.text == "…" { hasEllipsis = true }
            case .emoji:
                if eyeRolls.contains(token.text) { eyeRoll.append(token.start..<token.end) }
                if warm.contains(token.text) { warmth = true }
            }
        }
        func shape(_ name: String, _ on: Bool, _ spans: [Range<Int>] = []) {
            if on { features.append(Feature(name: "s:" + name, value: 1, spans: spans)) }
        }
        shape("caps", !capsSpans.isEmpty, capsSpans)
        shape("caps2", capsSpans.count >= 2, capsSpans)
        shape("excl", exclamations >= 1)
        shape("excl2", exclamations >= 2)
        shape("question", questions >= 1)
        shape("ellipsis", hasEllipsis)
        shape("eyeroll", !eyeRoll.isEmpty, eyeRoll)
        shape("warm", warmth)
        shape("elongated", elongated)
        shape("len" + lengthBucket(words), true)
        shape("lowercase_start", reply.first.map { $0.isLowercase } ?? false)
        shape("no_final_punct", !(tokens.last.map { $0.kind == .punct || $0.kind == .emoji } ?? true))
        // The first word of each sentence or clause: imperatives ("Cover your own shifts") and
        // openers ("Fair", "Sure", "No") say a lot about what a sentence does.
        var lastSentence = -1
        var previousPunct = false
        var opened = Set<String>()
        for token in tokens {
            if token.isWord, token.sentence != lastSentence || previousPunct, opened.insert(token.text).inserted {
                features.append(Feature(name: "sf:" + token.text, value: 1, spans: [token.start..<token.end]))
            }
            if token.isWord { lastSentence = token.sentence }
            previousPunct = token.kind == .punct && [",", ";", ":", "-"].contains(token.text)
        }
        _ = lastWord

        // Context: a question or request from the other person makes a bare yes more telling.
        if let context, !context.isEmpty {
            let contextTokens = Tokenizer.tokenize(context)
            shape("ctx", true)
            if contextTokens.contains(where: { $0.text == "?" }) { shape("ctx_question", true) }
        }

        // Words and word pairs.
        guard ngrams else { return Evidence(tokens: tokens, cues: cues, features: features) }
        var previous = "<s>"
        var previousStart = 0
        for token in tokens where token.kind != .punct || token.text == "?" || token.text == "!" {
            let text = token.kind == .number ? "<num>" : token.text
            features.append(Feature(name: "w:" + text, value: 1, spans: [token.start..<token.end]))
            features.append(
                Feature(name: "b:" + previous + "_" + text, value: 1, spans: [previousStart..<token.end]))
            previous = text
            previousStart = token.start
        }
        return Evidence(tokens: tokens, cues: cues, features: features)
    }

    /// Cues that cancel the cues they overlap: "want me to…?" is an offer, not a request; "go ahead"
    /// gives permission; "get a grip" dismisses; "No, it's at home" answers rather than refuses.
    static let cancels: [Cue: Set<Cue>] = [
        .offerToDo: [.request, .imperative],
        .permission: [.request, .imperative, .refusal],
        .dismissal: [.request, .imperative, .refusal],
        .answerNo: [.refusal],
    ]

    /// Applies the cancelling cues, and adds an alternative-after-limit cue where an offer follows a
    /// refusal or limit ("Saturday's out, but I can do Sunday").
    static func refine(_ matches: [PhraseMatcher<Cue>.Match]) -> [PhraseMatcher<Cue>.Match] {
        var cancelled: [(ClosedRange<Int>, Set<Cue>)] = []
        var firstLimit: Int?
        for match in matches {
            if let victims = cancels[match.tag] { cancelled.append((match.first...match.last, victims)) }
            if match.tag == .refusal || match.tag == .iLimit { firstLimit = min(firstLimit ?? match.first, match.first) }
        }
        var result = matches
        if !cancelled.isEmpty {
            result = matches.filter { match in
                !cancelled.contains { range, victims in
                    victims.contains(match.tag) && range.overlaps(match.first...match.last)
                }
            }
            firstLimit = result.filter { $0.tag == .refusal || $0.tag == .iLimit }.map(\.first).min()
        }
        if let limit = firstLimit,
            let offer = result.first(where: { ($0.tag == .offer || $0.tag == .compromise) && $0.first > limit })
        {
            var derived = offer
            derived.tag = .alternativeAfterLimit
            // Keep token order, as the matcher gives it.
            let position = result.firstIndex { $0.first > offer.first } ?? result.endIndex
            result.insert(derived, at: position)
        }
        return result
    }

    static func lengthBucket(_ words: Int) -> String {
        switch words {
        case 0...3: "1"
        case 4...8: "2"
        case 9...20: "3"
        case 21...40: "4"
        default: "5"
        }
    }
}
