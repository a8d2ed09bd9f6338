import Domain

/// Word families for the trained reader. Words alone only help when the training texts used that
/// exact word; a family ("a means", "a time soon", "an injury", "fear at home") lets the model learn
/// from "pills … tonight" that "rope … tomorrow" matters too. (Pairs of families meeting in a sentence
/// were tried and did no better in cross-validation on the training split, so they were left out.)
enum SafetyConcepts {
    static let families: [(name: String, words: [String])] = [
        ("death", [
            "die", "dies", "died", "dying", "dead", "death", "funeral", "grave", "coffin", "suicide", "suicidal",
            "unalive", "kms", "ctb", "overdose", "forever", "gone", "breathing", "wake", "woken", "exist",
            "existing", "alive", "living", "live", "end", "ending", "over",
        ]),
        ("reflexive", ["myself", "meself", "mysef", "myslef", "own"]),
        ("means", [
            "pills", "tablets", "paracetamol", "ibuprofen", "rope", "noose", "cord", "belt", "ligature", "blade",
            "blades", "razor", "razors", "knife", "knives", "gun", "pistol", "rifle", "shotgun", "bullets", "bridge",
            "cliff", "quarry", "tracks", "train", "roof", "ledge", "drop", "meds", "medication", "insulin", "bleach",
            "antifreeze", "charcoal", "hose", "hosepipe", "exhaust", "lighter", "needle", "needles", "petrol",
            "poison", "hammer", "bat", "axe", "machete", "scissors", "glass", "sharps", "beam", "stool", "reservoir",
            "river", "sea", "motorway", "painkillers", "sleeping", "barn", "garage", "woods", "weapon",
        ]),
        ("soon", [
            "tonight", "tomorrow", "today", "now", "soon", "weekend", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "midnight", "tonite", "tmrw", "later", "morning", "date", "day",
        ]),
        ("goodbye", [
            "goodbye", "goodbyes", "bye", "farewell", "sorry", "forgive", "love", "miss", "missed", "final", "last",
            "letter", "letters", "note", "notes", "will", "passwords", "insurance", "belongings", "rehomed", "gets",
            "sorted", "affairs", "peace", "calm", "ready", "decided", "picked", "chosen", "back",
        ]),
        ("body", [
            "arm", "arms", "wrist", "wrists", "thigh", "thighs", "leg", "legs", "skin", "stomach", "hip", "hips",
            "neck", "throat", "face", "head", "hair", "ribs", "nose", "jaw", "chest", "hand", "hands", "knuckles",
            "fingers", "fingernails", "nails", "forearm", "ankles", "shoulder", "back",
        ]),
        ("injury", [
            "cut", "cuts", "cutting", "scar", "scars", "bleed", "bleeding", "bled", "blood", "bruise", "bruises",
            "bruised", "burn", "burns", "burned", "burnt", "raw", "blister", "blisters", "blistery", "marks", "mark",
            "wound", "wounds", "stitches", "plaster", "plasters", "scratches", "scabs", "sting", "stings", "sore",
            "purple", "white", "swollen", "broken",
        ]),
        ("violence", [
            "kill", "killing", "killed", "hurt", "hurting", "hurts", "stab", "stabbing", "shoot", "shooting", "punch",
            "punched", "hit", "hits", "hitting", "beat", "beats", "beating", "strangle", "strangled", "choke",
            "choked", "smother", "slap", "slapped", "kick", "kicked", "batter", "battered", "smash", "break", "snap",
            "shove", "shoved", "shoving", "push", "pushed", "attack", "drown", "burn", "threw", "throw", "grabbed",
            "dragged", "drag", "pinned", "pinches", "pinched", "pulls", "pulled", "jab", "jabbed", "headbutt",
            "headbutting", "crash", "pillow", "hospital", "finish", "regret", "pay", "deck", "merk", "hurt",
        ]),
        ("fear", [
            "scared", "afraid", "terrified", "frightened", "fear", "flinch", "flinched", "flinching", "hiding", "hide",
            "hid", "panic", "shaking", "trembling", "unsafe", "danger", "quiet", "silent", "wardrobe", "cupboard",
            "locked", "moods", "mood", "drunk", "temper", "warned", "threatened", "watch", "believe",
        ]),
        ("abuser", [
            "dad", "father", "stepdad", "husband", "boyfriend", "bf", "partner", "ex", "mum", "mom", "mother",
            "stepmum", "stepmom", "uncle", "brother", "wife", "girlfriend", "carer", "he", "she", "he's", "she's",
            "he'll", "she'll", "they'll", "daughter-in-law", "son-in-law", "cousins", "cousin",
        ]),
        ("target", ["him", "her", "them", "someone", "somebody", "people", "strangers", "everyone", "lad", "girl"]),
        ("hopeless", [
            "pointless", "point", "hopeless", "worthless", "burden", "nothing", "nobody", "empty", "numb", "trapped",
            "tired", "exhausted", "done", "enough", "cope", "escape", "disappear", "vanish", "alone", "anymore",
            "guts", "brave", "coward", "motions", "longer", "notice", "noticed", "care",
        ]),
        ("control", [
            "allowed", "permission", "passport", "keeps", "kept", "let", "outside", "lets", "food", "phone",
            "money", "checks", "tracks", "follows", "rota", "address", "alone", "own",
        ]),
        ("self", ["i", "i'm", "i've", "i'd", "i'll", "me", "my", "im", "ive", "ima", "imma", "mine"]),
        ("negation", [
            "not", "never", "no", "don't", "won't", "wouldn't", "didn't", "nobody", "none", "nothing", "isn't",
            "wasn't", "haven't", "doesn't", "couldn't",
        ]),
        ("others", [
            "friend", "mate", "colleague", "coworker", "client", "clients", "patient", "patients", "resident",
            "residents", "character", "student", "students", "son", "daughter", "pupil", "caller", "callers",
            "neighbour", "neighbor", "flatmate", "sister", "brother", "grandad", "nan", "teammate", "victim",
        ]),
        ("joke", ["lol", "lmao", "lmfao", "haha", "hahaha", "jk", "😂", "🤣", "💀", "kidding", "joking", "jokes"]),
        ("mention", [
            "novel", "story", "character", "film", "movie", "book", "game", "games", "episode", "article", "news",
            "podcast", "training", "course", "volunteer", "leaflet", "lesson", "essay", "play", "show", "match",
            "level", "boss", "lyrics", "song", "documentary", "research",
        ]),
        ("past", ["ago", "used", "years", "was", "were", "back", "then", "since", "teenager", "once", "ex"]),
        ("recovered", [
            "better", "recovered", "recovery", "okay", "fine", "safe", "proud", "grateful", "glad", "thankfully",
            "healed", "faded", "therapy", "counsellor", "counselor", "support", "helped", "well", "thriving",
        ]),
    ]

    static let names: [String] = families.map { "k:" + $0.name }
    /// The families each word belongs to, one bit per family.
    static let familyBits: [String: UInt32] = {
        var map: [String: UInt32] = [:]
        for (i, family) in families.enumerated() {
            for word in family.words { map[word, default: 0] |= 1 << UInt32(i) }
        }
        return map
    }()
    static let byWord = WordMap(familyBits)

    /// The families present in the text, one bit per family.
    static func present(_ tokens: [Token]) -> UInt32 {
        var present: UInt32 = 0
        for i in tokens.indices where tokens[i].kind != .punct {
            present |= byWord[tokens[i]] ?? 0
        }
        return present
    }
}
