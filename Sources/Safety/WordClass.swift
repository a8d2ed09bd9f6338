import Domain

/// The word classes the screen's reading tests, looked up once per token.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt64

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
    /// tried, took, nearly: a cue told in the past ("I tried to end my life").
    static let pastVerb = WordClass(rawValue: 1 << 30)
    /// again, still, back, worse: something goes on or has come back, so a present is not settled.
    static let persisting = WordClass(rawValue: 1 << 31)
    /// yesterday, tonight, earlier: a time too recent for an account of something over.
    static let recent = WordClass(rawValue: 1 << 32)
    /// last, this, days: a word that makes a recent time with the word after it ("last night").
    static let recentLead = WordClass(rawValue: 1 << 33)
    /// again, still: something has come back or goes on.
    static let returning = WordClass(rawValue: 1 << 34)
    /// tonight, tomorrow, soon: a time ahead, which no account of a past that is over looks to.
    static let soon = WordClass(rawValue: 1 << 35)
    /// happy, proud, married, safe: a word of a life going well.
    static let thriving = WordClass(rawValue: 1 << 36)

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
        add([
            "tried", "took", "had", "thought", "wanted", "felt", "burned", "burnt", "overdosed", "attempted",
            "planned", "wrote", "spent", "was", "were", "did", "self-harmed", "harmed", "scratched", "threatened",
            "nearly", "almost", "started", "stopped", "ended", "went", "kept", "got", "used", "once",
        ], .pastVerb)
        add([
            "again", "still", "back", "same", "worse", "relapse", "relapsed", "relapsing", "can't", "cant",
            "cannot", "scared", "afraid", "terrified", "anniversary", "struggling", "miss", "wish",
            // A front, or calm after a decision: "everyone thinks I'm fine", "I feel ready".
            "pretend", "pretending", "fake", "faking", "mask", "seem", "seems", "thinks", "decided",
            "decision", "ready", "goodbye", "plan", "planned", "planning",
            // Resolve, fresh wounds and means kept back: "I finally found the courage", "it covers the
            // fresh ones", "they're all in a jar".
            "finally", "courage", "fresh", "saved", "saving", "stockpiling", "stockpiled", "hoarding", "collecting",
            "jar", "stash",
        ], .persisting)
        add(["yesterday", "tonight", "today", "earlier", "recently", "lately", "tonight's"], .recent)
        add(["last", "this", "days", "hours", "minutes", "weeks", "day", "hour", "week"], [.recent, .recentLead])
        add(["again", "still", "agian", "stil"], .returning)
        add(["tonight", "tonight's", "tomorrow", "soon", "weekend", "tmrw", "tmr", "tn", "rn"], .soon)
        add([
            "happy", "happier", "happiest", "happily", "proud", "proudly", "good", "great", "lovely", "enjoy",
            "enjoying", "enjoyed", "married", "remarried", "engaged", "grateful", "thankful", "safe", "settled",
            "healthy", "fine", "okay", "ok", "content", "joy", "thriving", "stable", "steady", "strong", "glad",
            "recovered", "mentor", "mentoring", "volunteer", "volunteering", "graduated", "marathon", "career",
            "promoted", "wonderful", "brilliant", "amazing", "hopeful", "clean", "sober", "blessed", "lucky",
            "fulfilling", "well", "helped", "recovery", "healed",
        ], .thriving)
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
