import Domain

/// What a safety phrase means when it matches.
struct SafetyCue: Sendable {
    enum Role: Sendable {
        /// Evidence of risk in a category, at a base level.
        case risk(SafetyCategory, SafetyLevel)
        /// Raises risk in the same text to urgent: a plan, means, a time, an act in progress.
        case urgency
        /// Frames the sentence as not about the writer now: fiction, news, games, training, the past.
        case frame(Frame)
        /// Says the writer is fine now, after a past account.
        case resolved
        /// A joke or figure of speech marker in the sentence.
        case laughter
        /// An everyday phrase containing risk words ("this commute is killing me"); cancels cues it overlaps.
        case benign
    }

    enum Frame: Sendable { case story, news, game, prevention, past, otherPerson }

    var role: Role
}

/// Phrases the screen looks for, in the `PhraseMatcher` language. Written as general forms of how
/// people speak about risk, in standard spelling, texting spelling and slang.
enum SafetyLexicon {
    static let sets: [String: [String]] = [
        "die": ["die", "dying", "dead", "death"],
        "me": ["me", "myself", "meself", "mysef", "myslef"],
        "be": ["be", "being", "stay", "staying", "keep", "go", "live", "living", "exist", "existing"],
        "wantish": ["want", "wants", "wanna", "wish", "hope", "hoping", "wanted", "wanting", "need", "ready"],
        "shVerb": [
            "cut", "cutting", "cuts", "burn", "burning", "burned", "burnt", "hurt", "hurting", "harm", "harming",
            "hit", "hitting", "punch", "punching", "punched", "scratch", "scratching", "scratched", "bang",
            "banging", "carve", "carved", "carving", "bite", "biting", "stab", "stabbing", "starve",
            "starving", "slice", "slit", "slash", "slashing", "bruise", "bruising", "strangle", "choke",
        ],
        "body": [
            "arm", "arms", "wrist", "wrists", "leg", "legs", "thigh", "thighs", "skin", "stomach", "forearm",
            "forearms", "hand", "hands", "head", "face", "body", "hip", "hips", "ankles", "chest",
        ],
        "violent": [
            "kill", "killing", "hurt", "hurting", "stab", "stabbing", "shoot", "shooting", "beat", "batter",
            "punch", "strangle", "strangling", "smash", "poison", "poisoning", "murder", "murdering", "shank",
            "choke", "attack", "bash", "slap", "kick", "glass", "knife", "jump", "run", "torch", "burn",
            "drown", "hit", "break", "end",
        ],
        "victim": [
            "him", "her", "them", "you", "someone", "somebody", "people", "everyone", "everybody", "he", "she",
            "my", "his", "that", "this", "the", "those", "these", "all", "every",
        ],
        "abuser": [
            "he", "she", "they", "dad", "mum", "mom", "father", "mother", "stepdad", "stepmum", "stepmom",
            "husband", "wife", "boyfriend", "girlfriend", "bf", "gf", "partner", "ex", "brother", "sister",
            "uncle", "aunt", "cousin", "carer", "grandad", "grandpa", "stepfather", "stepmother", "fiance",
            "fiancee", "son", "daughter", "flatmate", "roommate", "housemate", "landlord", "teacher", "coach",
            "boss", "manager", "man", "guy", "bloke", "wife's", "husband's", "mum's", "mom's", "dad's", "family",
            "parents", "he's", "she's", "they're", "someone", "somebody",
        ],
        "abuseAct": [
            "hits", "hit", "hitting", "beats", "beat", "beating", "punched", "punches", "punching", "slapped",
            "slaps", "slapping", "kicked", "kicks", "kicking", "choked", "chokes", "choking", "strangled",
            "strangles", "strangling", "pushed", "pushes", "shoved", "shoves", "threw", "throws", "hurt", "hurts",
            "hurting", "grabbed", "grabs", "grabbing", "bruises", "bruised", "raped", "rapes", "molested",
            "molests", "spat", "battered", "batters", "attacked", "attacks", "whipped", "whips", "smacked",
            "smacks", "burned", "burnt", "bit", "bites", "throttled", "headbutted", "abuses", "abused", "abusing",
            "assaulted", "assaults", "kneed", "dragged", "drags", "pinned", "strangle", "beats", "belted",
        ],
        "threatVerb": [
            "kill", "hurt", "beat", "batter", "break", "murder", "stab", "shoot", "strangle", "smash", "end",
            "get", "do", "make", "burn", "bury", "put", "throw", "finish", "knock",
        ],
        "weapon": [
            "knife", "knives", "gun", "guns", "shotgun", "rifle", "pistol", "hammer", "taser", "blade", "blades",
            "machete", "bat", "petrol", "gasoline", "antifreeze", "poison", "axe", "crowbar", "razor", "acid",
        ],
        "target": ["him", "her", "them", "you", "someone", "somebody", "people", "everyone", "everybody", "ya", "u"],
        "relation": [
            "brother", "sister", "mum", "mom", "mother", "dad", "father", "stepdad", "stepmum", "boss", "manager",
            "teacher", "neighbour", "neighbor", "husband", "wife", "ex", "boyfriend", "girlfriend", "partner",
            "roommate", "flatmate", "housemate", "son", "daughter", "baby", "kid", "kids", "guy", "bloke", "man",
            "woman", "girl", "boy", "cousin", "uncle", "aunt", "coworker", "colleague", "bully", "bullies",
            "family", "parents", "landlord", "supervisor", "classmate", "friend", "mate",
        ],
        "soon": [
            "tonight", "tomorrow", "today", "tmrw", "tmr", "tonite", "2nite", "now", "rn", "weekend", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "later",
        ],
        "person": [
            "friend", "mate", "mates", "friends", "brother", "sister", "son", "daughter", "mum", "mom", "dad",
            "cousin", "colleague", "coworker", "roommate", "flatmate", "student", "client", "patient",
            "boyfriend", "girlfriend", "partner", "husband", "wife", "grandad", "nan", "neighbour", "neighbor",
            "kid", "boy", "girl", "someone", "somebody", "teammate", "bestie", "bff", "classmate",
        ],
    ]

    static let patterns: [(String, SafetyCue.Role)] = [
        // Suicidal: explicit.
        ("kill|killing|killed|kil|kms|kys @me", .risk(.suicidal, .concern)),
        ("kms", .risk(.suicidal, .concern)), ("ctb", .risk(.suicidal, .concern)),
        ("unalive~", .risk(.suicidal, .concern)), ("sewerslide|sewer slide|suicide|suicidal|suicde|suicid|suiside|suicidel|sucide", .risk(.suicidal, .concern)),
        ("sewer slide", .risk(.suicidal, .concern)),
        ("end|ending|ended my life|it all|things|myself|my own life|everything", .risk(.suicidal, .concern)),
        ("take|taking|took my own life", .risk(.suicidal, .concern)),
        ("off|top myself", .risk(.suicidal, .concern)),
        ("i|i'm|me|im * @wantish to|for @die", .risk(.suicidal, .concern)),
                ("wanna|want to die|dye|di fr|rn|tbh|lol|honestly|.", .risk(.suicidal, .concern)),
        ("wish i was|were|wasn't|weren't|had|could dead|gone|never|born|alive|here|around", .risk(.suicidal, .concern)),
        ("better off dead|gone|without me", .risk(.suicidal, .concern)),
        ("lighter|easier|better without me", .risk(.suicidal, .concern)),
        ("don't|dont|do not|didn't|never want|wanna to? be|stay|keep|go alive|here|living|on|existing|around", .risk(.suicidal, .concern)),
        ("don't|dont|do not want|wanna to? live|exist|wake|continue", .risk(.suicidal, .concern)),
        ("not want to live|exist|be alive|wake up", .risk(.suicidal, .concern)),
        ("no|any reason|point to|in|of live|living|being|going|stay|staying|go|alive|life|existing|anything", .risk(.suicidal, .concern)),
        ("what's|whats|what is the point of|in anything|living|life|going|trying|being|it|anymore", .risk(.suicidal, .concern)),
        ("the point in|of being alive|living|existing", .risk(.suicidal, .concern)),
        ("can't|cant|cannot go on|keep going|do this|take it|take this|cope|carry on anymore|any more|much longer", .risk(.suicidal, .concern)),
        ("can't|cant|cannot do this|keep going|go on|take it anymore", .risk(.suicidal, .concern)),
        ("done trying to stay|be alive", .risk(.suicidal, .concern)),
        ("tired of living|existing|being alive|life|being a person|being here", .risk(.suicidal, .concern)),
        ("sleep and never|not wake|waking", .risk(.suicidal, .concern)),
        ("go to sleep and not", .risk(.suicidal, .concern)),
        ("never want to see another|wake", .risk(.suicidal, .concern)),
        ("won't|wont|will not be around|here|a problem|anyone's problem|a burden * for|by|after|much|long|soon|next", .risk(.suicidal, .concern)),
        ("won't|wont be around|here", .risk(.suicidal, .concern)),
        ("not be around|here * much longer|anymore|next", .risk(.suicidal, .concern)),
        ("wasn't|weren't|not around|here anymore", .risk(.suicidal, .concern)),
        ("if i was|were gone|dead|not here|not around", .risk(.suicidal, .concern)),
        ("if i wasn't|weren't around|here|alive", .risk(.suicidal, .concern)),
        ("nobody|no one|noone would care|notice|miss me", .risk(.suicidal, .concern)),
        ("would care|notice if i * gone|died|dead|disappeared", .risk(.suicidal, .concern)),
        ("i'm|i am|im such a|a burden", .risk(.suicidal, .concern)),
        ("rather be dead|die than * live|living|keep|spend|go|another|stay|be", .risk(.suicidal, .concern)),
        ("scared of living|of being alive", .risk(.suicidal, .concern)),
        ("not scared|afraid of dying|death|dieing anymore", .risk(.suicidal, .concern)),
        ("hope|hoping|wish * hits|kills|runs me", .risk(.suicidal, .concern)),
                ("bus|truck|car|train hit|hits|killed me", .risk(.suicidal, .concern)),
        ("my own funeral", .risk(.suicidal, .concern)),
        ("want it all|all of it|everything|this to be over|stop|end", .risk(.suicidal, .concern)),
        ("it|everything|all to be over", .risk(.suicidal, .concern)),
        ("thoughts|thinking|think|thinkin|thought * about|of dying|ending it|suicide|killing myself|death|not being here|not waking|disappearing forever", .risk(.suicidal, .concern)),
        ("dark thoughts", .risk(.suicidal, .concern)),
        ("disappear|vanish forever|for good|permanently", .risk(.suicidal, .concern)),
        ("don't see a way out|any way out|a future|a way forward", .risk(.suicidal, .concern)),
        ("no way out", .risk(.suicidal, .concern)),
        ("can't picture|imagine|see * future|after|me after|myself after|version of me", .risk(.suicidal, .concern)),
        ("picture|imagine|imagining|picturing * my own? funeral|death|dying|being dead", .risk(.suicidal, .concern)),
        ("tried|try to|attempt|attempted|attempting to? kill|end|suicide|overdose|take", .risk(.suicidal, .concern)),
        ("stepping|step|jump|jumping|throw myself in front|off|from", .risk(.suicidal, .concern)),
        ("the most painless way", .risk(.suicidal, .urgent)),
        ("painless|easiest|quickest way to die|go|end", .risk(.suicidal, .urgent)),
        ("how to kill|end|hang myself|overdose", .risk(.suicidal, .urgent)),
        ("ways to die|kill myself|end it|end my life", .risk(.suicidal, .urgent)),
        ("pills|tablets|paracetamol|painkillers|sertraline|meds|medication * enough|counted|saved|saving|stockpil~|hoard~|whole|all of them|bottle", .risk(.suicidal, .urgent)),
        ("saving|saved|stockpiling|hoarding|counting|counted * pills|tablets|meds|paracetamol|sertraline|medication", .risk(.suicidal, .urgent)),
        ("took|taken|swallowed|downed|taking|take too|all|loads|handful|load|lot|whole|bunch * pills|tablets|paracetamol|painkillers|meds|medication|sleeping|ibuprofen|aspirin|insulin|bottle|packet", .risk(.suicidal, .urgent)),
        ("overdose|overdosed|od|od'd|oding", .risk(.suicidal, .concern)),
        ("bought|got|buy|have|found rope|a rope|noose", .risk(.suicidal, .urgent)),
        ("noose", .risk(.suicidal, .urgent)), ("hang|hanging myself", .risk(.suicidal, .urgent)),
        ("which bridge|multi|multistorey|level|floor|cliff", .risk(.suicidal, .concern)),
        ("i'm|im|i am|sitting|standing on|at the bridge|roof|ledge|edge|tracks|cliff", .risk(.suicidal, .urgent)),
        ("engine running", .risk(.suicidal, .urgent)),
        ("wrote|written|writing|write my|a|the suicide|goodbye note|notes|letter|letters", .risk(.suicidal, .urgent)),
        ("wrote|written letters to", .risk(.suicidal, .urgent)),
        ("giving|gave|given my stuff|things|belongings|dog|cat|guitar * away|to", .risk(.suicidal, .urgent)),
        ("giving|given|gave away my", .risk(.suicidal, .urgent)),
        ("said|saying my goodbyes", .risk(.suicidal, .urgent)),
        ("tonight's the night", .risk(.suicidal, .urgent)),
        ("won't|wont need this|need any * after tonight|after today|anymore", .risk(.suicidal, .urgent)),
        ("my plan is|i have a plan|i've got a plan|made a plan|planned it|picking the day|picked the day|set a date", .risk(.suicidal, .urgent)),
        ("i'm done . tonight", .risk(.suicidal, .urgent)),
        ("going all the way|go all the way", .risk(.suicidal, .concern)),
        ("not stopping", .risk(.suicidal, .concern)),
        ("hate|hating being alive|my life|living", .risk(.suicidal, .concern)),
        ("i'm|im|i am so|just|completely|totally done with life|living|everything|it all", .risk(.suicidal, .concern)),
        ("want|wanna out of|to leave this life|world", .risk(.suicidal, .concern)),

        // Self-harm.
        ("self harm|selfharm|self-harm|self harming|selfharming|harming myself|self injury|self-injury", .risk(.selfHarm, .concern)),
        ("sh'd|sh'ing|shing", .risk(.selfHarm, .concern)),
        ("sh relapse|relapsed|again|urges|urge", .risk(.selfHarm, .concern)),
        ("@shVerb @me", .risk(.selfHarm, .concern)),
        ("@shVerb * my @body", .risk(.selfHarm, .concern)),
        ("@shVerb on|into my @body", .risk(.selfHarm, .concern)),
        ("nails into my", .risk(.selfHarm, .concern)),
        ("until|till|til|so * bled|bleed|bleeds|bleeding|blister~|bruise|bruised|broke the skin", .risk(.selfHarm, .concern)),
        ("cut|cutting|cuts again|deeper|deep", .risk(.selfHarm, .concern)),
        ("i|i've|ive cut|carved|sliced|burned|burnt", .risk(.selfHarm, .concern)),
        ("without cutting|cutting again|stopped cutting|started cutting|the cutting|been cutting|keep cutting", .risk(.selfHarm, .concern)),
        ("relapsed|relapse", .risk(.selfHarm, .concern)),
        ("the cuts|my cuts|the scars|fresh cuts|new cuts", .risk(.selfHarm, .concern)),
        ("razor blade|razor blades|the blade|a blade|blades", .risk(.selfHarm, .concern)),
        ("won't|wont|can't stop bleeding", .risk(.selfHarm, .urgent)),
        ("needs|need stitches", .risk(.selfHarm, .urgent)),
        ("cut|went too deep", .risk(.selfHarm, .urgent)),
        ("hot spoon|lighter against|lighter to|cigarette on|as a punishment|to punish myself|punish myself", .risk(.selfHarm, .concern)),
        ("not eating * punishment", .risk(.selfHarm, .concern)),
        ("hurt|harm|punish|cut myself", .risk(.selfHarm, .concern)),
        ("urge to hurt|cut|harm|burn", .risk(.selfHarm, .concern)),
        ("to feel something", .risk(.selfHarm, .concern)),
        ("@shVerb * until i|till i|so i", .risk(.selfHarm, .concern)),
        ("head against the wall", .risk(.selfHarm, .concern)),

        // Harm to others: the writer's own intent.
        ("i'm|im|i am|i'll|ill|i will|i|gonna|going to|want to|wanna|i'd|could|really * @violent @target", .risk(.harmToOthers, .concern)),
        ("i'm|im|i am|i'll|ill|i will|i|gonna|going to|want to|wanna|i'd|could|really * @violent my|that|his|her|the @relation", .risk(.harmToOthers, .concern)),
        ("i'll|i will|ill|gonna|going to|i'm going to|im going to|i swear * kill|stab|shoot|hurt|beat|batter|murder|shank|strangle", .risk(.harmToOthers, .concern)),
        ("make them|him|her|all of them|everyone|those kids pay", .risk(.harmToOthers, .concern)),
        ("going to|gonna pay for what", .risk(.harmToOthers, .concern)), ("are going to|are gonna pay for it|for this", .risk(.harmToOthers, .concern)),
        ("thoughts|thinking|think|thought|picture|imagine|fantasi~|dream about|of hurting|killing|stabbing|pushing|hitting|strangling|drowning|poisoning", .risk(.harmToOthers, .concern)),
        ("hurting|killing|stabbing|pushing|strangling|drowning|poisoning her|him|them|the baby|my baby|someone", .risk(.harmToOthers, .concern)),
        ("watch him|her|them bleed|suffer|die", .risk(.harmToOthers, .concern)),
        ("cave|smash|kick|bash * head in", .risk(.harmToOthers, .concern)),
        ("bring|bringing|brought|carry|carrying|take|taking a @weapon to|into school|work|class", .risk(.harmToOthers, .urgent)),
        ("shoot up", .risk(.harmToOthers, .urgent)),
        ("do him|her|them proper|in", .risk(.harmToOthers, .concern)),
        ("not walking home", .risk(.harmToOthers, .concern)),
        ("jump him|her|them", .risk(.harmToOthers, .concern)),
        ("deal with him|her|them", .risk(.harmToOthers, .concern)),
        ("following|follow her|him home", .risk(.harmToOthers, .concern)),
        ("he's|she's|they're|he|she coming with me", .risk(.harmToOthers, .urgent)),
        ("could really hurt|kill someone", .risk(.harmToOthers, .concern)),
        ("don't trust myself", .risk(.harmToOthers, .concern)),
        ("going to|gonna regret everything|regret this|regret it|regret what", .risk(.harmToOthers, .concern)),
        ("how much antifreeze|poison|bleach", .risk(.harmToOthers, .urgent)),
        ("shows up in a blood test|untraceable", .risk(.harmToOthers, .urgent)),
        ("made a list|have a list|got a list", .risk(.harmToOthers, .concern)),
        ("one of them|the one going down", .risk(.harmToOthers, .concern)),

        // Danger from someone else.
        ("@abuser * @abuseAct me|us|my", .risk(.abuseDanger, .concern)),
        ("@abuser @abuseAct me", .risk(.abuseDanger, .concern)),
                ("beats|beat me up", .risk(.abuseDanger, .concern)),
        ("threatened|threatens|threatening to * me|my|kill|hurt|leak|take", .risk(.abuseDanger, .concern)),
        ("said|says|saying|told me * he'll|she'll|he'd|she'd|hell|shell|he will|she will|he would|gonna|going to * kill|hurt|beat|batter|break|murder|stab|make me|put me|throw me|finish me|get me|regret", .risk(.abuseDanger, .concern)),
        ("he'll|she'll|hell|shell|he will|she will|hes gonna|shes gonna|he's going to|she's going to kill me|hurt me|beat me|batter me|break my|murder me", .risk(.abuseDanger, .concern)),
        ("if i tell anyone|if i tell|if i leave|if i told|if i break up|if i call", .risk(.abuseDanger, .concern)),
        ("scared|afraid|terrified|frightened of my|of him|of her|of them|of what he|of what she", .risk(.abuseDanger, .concern)),
        ("scared|afraid|terrified|frightened to go home|to be home|to leave|for my life|for my safety", .risk(.abuseDanger, .concern)),
        ("don't|dont|do not feel safe at|in home|my own|with him|with her", .risk(.abuseDanger, .concern)),
        ("not safe at|in home|my own house|with him|with her", .risk(.abuseDanger, .concern)),
        ("won't|wont|doesn't|doesnt|don't|not allowed|won't let me * leave|see my|go out|have my|phone|eat|talk", .risk(.abuseDanger, .concern)),
        ("not allowed to see|leave|go|phone|eat|talk", .risk(.abuseDanger, .concern)),
        ("locked|locks|locking me in|me out|me up", .risk(.abuseDanger, .concern)),
        ("took|takes|taken|holds|keeps my phone|passport|bank card|keys|money|pension|wages", .risk(.abuseDanger, .concern)),
        ("tracks|checks|checking|controls my location|phone|bank|money", .risk(.abuseDanger, .concern)),
        ("comes|came into|in my room at night", .risk(.abuseDanger, .urgent)),
        ("touches|touched me|forces|forced me", .risk(.abuseDanger, .concern)),
        ("hiding|hide in|from him|from her|in the bathroom", .risk(.abuseDanger, .concern)),
        ("banging|smashing|kicking on|at|in the door|stuff|things", .risk(.abuseDanger, .concern)),
        ("break|breaking the door|it down", .risk(.abuseDanger, .urgent)),
        ("chair against the door", .risk(.abuseDanger, .urgent)),
        ("put|putting me through", .risk(.abuseDanger, .urgent)),
        ("i'll|ill|i will pay for this|for it", .risk(.abuseDanger, .concern)),
        ("next time it'll|it will be worse", .risk(.abuseDanger, .concern)),
        ("won't see christmas|won't live|won't survive|won't make it", .risk(.abuseDanger, .concern)),
        ("spat in my face", .risk(.abuseDanger, .concern)),
        ("lucky that's all", .risk(.abuseDanger, .concern)),
        ("make|makes|made me kneel|beg", .risk(.abuseDanger, .concern)),
        ("prisoner in my own", .risk(.abuseDanger, .concern)),
        ("bruises me|bruised me|where nobody will see|where no one can see", .risk(.abuseDanger, .concern)),
        ("leak my|share my pics|post my pics", .risk(.abuseDanger, .concern)),
        ("taking me home|taking me back|sending me back * won't|not coming back", .risk(.abuseDanger, .urgent)),
        ("won't be coming back", .risk(.abuseDanger, .concern)),
        ("coercive control|controlling relationship", .risk(.abuseDanger, .concern)),
        ("nobody would ever believe me|no one would believe me", .risk(.abuseDanger, .concern)),
        ("cleans|loads|points|waves * gun|shotgun|knife", .risk(.abuseDanger, .urgent)),
        ("keeps a knife|gun|shotgun", .risk(.abuseDanger, .urgent)),

        // Urgency: a time, a plan, means, an act in progress.
        ("@soon", .urgency), ("right now", .urgency), ("this weekend", .urgency), ("this week", .urgency),
        ("when he gets|she gets|they get|i get home|in|back", .urgency), ("after school|after work", .urgency),
        ("@weapon", .urgency), ("pills|tablets|rope|bridge|roof|overdose", .urgency),
        ("already|just took|taken|did|wrote", .urgency), ("i've decided|i have decided|my mind is made up|made up my mind", .urgency),
        ("planning|planned|plan|the plan", .urgency), ("i know where|which|when", .urgency),
        ("right here|next to me|in my room|in my drawer|in my bag|in my boot|in my car", .urgency),
        ("he's outside|she's outside|hes outside|outside my door|outside the door|coming up|coming home|on his way", .urgency),
        ("can hear him|her", .urgency), ("he'll be back|she'll be back|back soon", .urgency),

        // Everyday phrases that contain risk words but are not about risk; they cancel overlapping cues.
        ("hit|hits me up|with", .benign), ("it hit me", .benign), ("beat|beats me to|at", .benign), ("beats me", .benign),
        ("kill|killing|killed me now", .benign), ("killing me|killed me", .benign), ("killing|killed|kill it", .benign),
        ("dying|died to|laughing|of", .benign), ("to die for", .benign), ("the death of me", .benign),
        ("over my dead body", .benign), ("dead tired|on my feet|serious", .benign), ("die trying", .benign),
        ("career|social|political suicide", .benign), ("suicide squad|run|runs|sprints|mission|doors|lane", .benign),
        ("kill|killing time", .benign), ("knock|knocked 'em|them dead", .benign), ("shoot me a", .benign),
        ("stab in the dark", .benign), ("a stab at", .benign), ("cut to the chase", .benign),
        ("cut down|back|corners|it out|ties|loose", .benign), ("cut|cuts my hair|fringe|nails|losses", .benign),
        ("cut|burnt|burned|hurt|injured|nicked|scratched|scalded myself|my * chopping|shaving|cooking|ironing|on|by|accidentally|while|playing|at|lifting|running|training|skiing|opening|slicing|gardening|falling|in", .benign),
        ("beat|beating|kicking|kick|beats myself up", .benign), ("beat myself", .benign), ("kicking myself", .benign),
        ("hurt my feelings", .benign), ("hurts my feelings", .benign), ("i'm dead", .benign), ("im dead", .benign),
        ("dead 😂|💀|lol|lmao", .benign), ("dead phone|battery", .benign), ("phone|battery is|'s|was dying|dead", .benign),
        ("my phone's dying", .benign), ("cut off|cut out|cut in|cut short", .benign), ("bleeding heart", .benign),
        ("overdosed on chocolate|sugar|caffeine|coffee|netflix", .benign), ("could murder|kill a|for", .benign),

        // Frames.
        ("novel|story|stories|character|characters|chapter|ch|fic|fanfic|film|movie|series|season|episode|book|play|poem|narrator|villain|campaign|scene|script|act|opera|slasher|fiction|plot|writing|rehearsing|thriller|horror|screenplay|lyrics|song|musical|dnd|d&d|mystery|cluedo|whodunnit|crime", .frame(.story)),
        ("article|news|report|reported|paper|headline|documentary|podcast|study|research|rates|statistics|history|bbc|npr|segment|historians|genocide|century|tudors|headlines|journalist|apush|jailed|sentenced|police say|suspect|victims|inquest", .frame(.news)),
        ("game|games|gaming|boss|level|match|ranked|minecraft|fortnite|cod|mario|kart|chess|football|rugby|sparring|boxing|bjj|wrestling|fencing|league|tournament|loot|map|squad|respawn|among|smash|elden|zombies|villagers|fifa|cricket|hockey|netball|basketball|ref|referee|pitch|striker|keeper|goalie|half|krav|karate|judo|mma|ufc|pvp|lobby|server|healer|tank|raid|fps|shooter|shooters|headset|comms|clay|pigeon|paintball|laser|quest|npc|pokemon|valorant|overwatch|apex|roblox|halo|zelda|mortal|kombat|dodgeball", .frame(.game)),
        ("training|course|assembly|prevention|awareness|volunteer|volunteering|samaritans|listener|aider|aiders|safeguarding|refuge|leaflet|leaflets|helpline|asist|workshop|session|fundraiser|fundraising|charity|campaign|mhfa|counsellor|counselor|social worker|youth worker|nurse|pharmacist|police|officer|lesson|pshe|dissertation|grant|policy|protocol|first aid|support group|suicide prevention|crisis line|childline", .frame(.prevention)),
        ("how do i|how can i|how to * support|help|talk|respond|approach|bring", .frame(.prevention)),
        ("used to|years ago|year ago|months ago|when i was|as a teenager|as a kid|as a child|in my teens|in my twenties|back then|back in|in the past|at uni|in school|in year|at school|in high school|in college|after my son|after my daughter|after the birth|a long time ago|once upon", .frame(.past)),
        ("my @person|a @person|her @person|his @person|their @person|the @person|our @person|someone in|someone on|a kid in|a boy in|a girl in", .frame(.otherPerson)),
        ("i'm|im|i am * now|these days|nowadays|today i'm|doing well|doing ok|doing okay|doing better|much better|way better|better now|safe now|i'm safe|im safe|i am safe|glad i'm still here|grateful|recovered|recovery|sober|clean for|haven't since|haven't in|haven't had|haven't for|for over a decade|stopped|got help|it gets better|thriving|happily|peer support|free of it|free of|well now|i'm well|out of my life|left him|left her|moved out|moved cities|restraining order|protective order|i'm fine|im fine", .resolved),
        ("lol|lmao|lmfao|haha|hahaha|jk|jokes|joking|kidding|😂|🤣|💀|😭|😆|😅|🙃|xd|rofl|figure of speech|obviously|legally|not literally|metaphorically", .laughter),
    ]

    static let matcher: PhraseMatcher<SafetyCue> = {
        do {
            return try PhraseMatcher(patterns.map { ($0.0, SafetyCue(role: $0.1)) }, sets: sets)
        } catch {
            preconditionFailure("\(error)")
        }
    }()
}
