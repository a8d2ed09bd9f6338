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
        /// A return told as now ("relapsed today"): it undoes any account of recovery in the text.
        case relapse
        /// A word for a risk ("suicide", "self-harm") that only counts when the writer speaks of themselves.
        case term(SafetyCategory)
        /// A phrase that signals risk only when the text backs it up with violence, a weapon, fear or
        /// another risk cue ("my dad's gonna kill me" is usually a figure of speech).
        case weak(SafetyCategory)
        /// A joke or figure of speech marker in the sentence.
        case laughter
        /// An everyday phrase containing risk words ("this commute is killing me"); cancels cues it overlaps.
        case benign
        /// Names the one a threat is aimed at ("a dead man"): a risk cue that contains it speaks of its
        /// target, so a third person before it is not someone else at risk (see `Reading.isRevenge`).
        case target
    }

    enum Frame: Sendable { case story, news, game, prevention, past, otherPerson, routine }

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
            "starving", "slice", "slit", "slash", "slashing", "bruise", "bruising", "slap", "slapping",
            "slapped", "scratching", "scratched", "burned", "punched", "scald", "scalding", "scalded", "bit",
            "smacking", "smacked", "hitting", "whipping", "dig", "digging", "dug",
        ],
        "body": [
            "arm", "arms", "wrist", "wrists", "leg", "legs", "thigh", "thighs", "skin", "stomach", "forearm",
            "forearms", "hand", "hands", "head", "face", "body", "hip", "hips", "ankles", "chest",
        ],
        "violent": [
            "kill", "killing", "hurt", "hurting", "stab", "stabbing", "shoot", "shooting", "beat", "batter",
            "punch", "strangle", "strangling", "smash", "poison", "poisoning", "murder", "murdering", "shank",
            "choke", "attack", "bash", "slap", "kick", "glass", "knife", "jump", "run", "torch", "burn",
            "drown", "hit", "glassing", "glass", "smother",
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
            "cutter", "pistol", "shank", "shotgun", "licence", "belt", "pellets", "bat",
        ],
        "target": ["him", "her", "them", "you", "someone", "somebody", "people", "everyone", "everybody", "ya", "u"],
        "relation": [
            "brother", "sister", "mum", "mom", "mother", "dad", "father", "stepdad", "stepmum", "boss", "manager",
            "teacher", "neighbour", "neighbor", "husband", "wife", "ex", "boyfriend", "girlfriend", "partner",
            "roommate", "flatmate", "housemate", "son", "daughter", "baby", "kid", "kids", "guy", "bloke", "man",
            "woman", "girl", "boy", "cousin", "uncle", "aunt", "coworker", "colleague", "bully", "bullies",
            "family", "parents", "landlord", "supervisor", "classmate", "friend", "mate",
        ],
        "year": (1970...2025).map(String.init),
        "age": (10...99).map(String.init),
        "selfSubj": ["i", "i'm", "im", "i've", "ive", "i'd", "i'll", "myself", "me", "ima", "imma", "i'ma"],
        "desire": [
            "want", "wanna", "wants", "wanted", "wanting", "wish", "wishing", "wished", "plan", "planning", "planned",
            "going", "gonna", "ready", "decided", "intend", "intending", "thinking", "think", "thought", "considering",
            "tempted", "urge", "urges", "hope", "hoping", "need", "needing", "try", "trying", "tried",
            "about", "gotta", "will", "might", "could", "should", "just", "feel", "like", "longing", "deserve",
        ],
        "deathAct": [
            "die", "dead", "dying", "suicide", "unalive", "kms", "ctb", "overdose", "od",
        ],
        "means": [
            "pills", "tablets", "paracetamol", "rope", "noose", "blade", "razor", "gun", "charcoal", "bleach",
            "painkillers", "sleeping", "antifreeze", "overdose", "meds", "insulin", "ligature", "patches",
            "morphine", "sertraline", "codeine", "tramadol", "oxy", "oxycodone", "fentanyl", "lithium",
            "amitriptyline", "diazepam", "zopiclone", "sleepers", "prescription", "medication", "medicine",
        ],
        "intent": [
            "want", "wanna", "going", "gonna", "will", "plan", "planning", "thinking", "think", "could", "might",
            "swear", "need", "urge", "tempted", "decided", "ready", "about", "wish", "wanted", "fantasize",
            "fantasise", "fantasizing", "fantasising", "dream", "imagine", "imagining", "picture", "picturing",
            "really", "actually", "gotta", "should", "would", "shall",
        ],
        "otherTarget": [
            "him", "her", "them", "someone", "somebody", "people", "everyone", "everybody", "those", "these", "the",
            "my", "his", "that", "this", "every", "all", "one", "each",
        ],
        "otherActor": [
            "he", "she", "they", "he's", "she's", "they're", "hes", "shes", "dad", "mum", "mom", "father", "mother",
            "stepdad", "stepmum", "stepmom", "husband", "wife", "boyfriend", "girlfriend", "bf", "gf", "partner",
            "ex", "brother", "sister", "uncle", "aunt", "cousin", "carer", "grandad", "grandpa", "stepfather",
            "stepmother", "flatmate", "roommate", "housemate", "parents", "teacher", "coach", "boss", "manager",
            "someone", "somebody", "bully", "bullies", "kids", "guys", "man", "guy", "people", "landlord",
        ],
        "soon": [
            "tonight", "tomorrow", "tmrw", "tmr", "tonite", "2nite",
        ],
        "person": [
            "friend", "mate", "mates", "friends", "brother", "sister", "son", "daughter", "mum", "mom", "dad",
            "cousin", "colleague", "coworker", "roommate", "flatmate", "student", "client", "patient",
            "boyfriend", "girlfriend", "partner", "husband", "wife", "grandad", "nan", "neighbour", "neighbor",
            "kid", "boy", "girl", "someone", "somebody", "teammate", "bestie", "bff", "classmate",
        ],
    ]

    static let patterns: [(String, SafetyCue.Role)] = generalForms + specificForms + familyForms + widerForms + freshForms
        + voiceForms + kindForms + accountForms

    /// Broad forms: who does what to whom, built from word families with short gaps, so that new
    /// phrasings of the same idea are still recognised.
    static let generalForms: [(String, SafetyCue.Role)] = [
        // I + wanting, planning or thinking + dying.
        ("@selfSubj *4 @desire *3 @deathAct", .risk(.suicidal, .concern)),
        ("@selfSubj *2 [feel like|feeling like|felt like] *1 @deathAct", .risk(.suicidal, .concern)),
        ("[no point|no reason|not worth|isn't worth|pointless|no use|nothing left|nothing to live for|no purpose] *3 [living|life|alive|going on|existing|being here|being alive|carrying on|trying anymore|to live]", .risk(.suicidal, .concern)),
        ("[life|my life|living|existing|being alive] *2 [isn't|is not|ain't|not|is no longer|isnt] *1 [worth|worth it|worth living]", .risk(.suicidal, .concern)),
        ("[nothing|nobody|no one|noone] *2 [to live for|left to live for|worth living for]", .risk(.suicidal, .concern)),
        ("@selfSubj *3 [can't|cannot|cant|can not|couldn't] *2 [go on|keep going|cope anymore|take it anymore|take this anymore|do this anymore|carry on|keep living|face another|survive another|live like this|be here anymore]", .risk(.suicidal, .concern)),
        ("[wish|hope|pray|hoping|wishing|praying] *4 [die|died|dead|wouldn't wake|don't wake|never wake|not wake|never woke|killed me|kill me|hit me|run me over|ran me over|never born|wasn't born|weren't born|not here|gone forever]", .risk(.suicidal, .concern)),
        ("[burden|better off|happier|easier|lighter|relieved|freer|fine] *4 [without me|if i died|if i was gone|if i were gone|when i'm gone|once i'm gone|after i'm gone|with me gone|if i disappeared]", .risk(.suicidal, .concern)),
        ("[goodbye|farewell|final|last] [note|notes|letter|letters|message|messages|post|video|text]", .risk(.suicidal, .urgent)),
        ("@selfSubj *3 [bought|got|saved|collected|stockpiled|hoarded|counted|have|found|ordered] *3 @means", .weak(.suicidal)),
        ("[jump|jumping|throw myself|throwing myself|step|stepping|walk|walking|drive|driving|launch myself] *3 [off|from|in front of|into|under] *2 [bridge|roof|building|cliff|train|tracks|traffic|car|bus|lorry|river|sea|motorway|balcony|window|ledge|overpass|multi-storey|carpark]", .risk(.suicidal, .concern)),
        ("@selfSubj *3 [never|not] *2 [wake up|see tomorrow|see another day|see another year|see another birthday|see another christmas|see another morning|make it to|be around for|be here for]", .risk(.suicidal, .concern)),

        // Getting ready to die: means kept back, places scouted, affairs put in order, goodbyes.
        ("[putting|put|keeping|keep|kept|saving|saved|hiding|hid|collecting|collected|stashing|stashed|hoarding|counting] *4 @means", .risk(.suicidal, .concern)),
        ("@means *4 [aside|saved|stashed|hidden|envelope|drawer|sock|keep them all|i keep them|put by|ready]", .risk(.suicidal, .concern)),
        ("[measured|checked|looked at|looking at|keep looking at|kept looking at|stared at|staring at|tested|tied] *4 [beam|cord|ligature|stepladder|ladder|tide|tides|drop|railing|ledge|platform|tracks|overpass|noose|quarry|causeway|cliff]", .risk(.suicidal, .concern)),
        ("[a|the] [beam|cord|rope|ligature] *4 [garage|loft|bag|shed|attic|wardrobe|stairs]", .risk(.suicidal, .concern)),
        ("[cleared|sorted|paid off|tidied|settled|cancelled|canceled|deleted|gave away|given away|rehomed|re-homed] *6 [won't be|won't need|not be there|point|that's the point|tidy|everything feels|just for a bit|last]", .weak(.suicidal)),
        ("[won't|wont|will not|not going to|don't think i'll|dont think ill|don't think i will] *1 [be there|b there|be around|b around|be here|b here|be alive|make it] *4 [for|by|to|when|at|in|next|tomorrow|results|christmas|birthday|spring|summer]", .risk(.suicidal, .concern)),
        ("[when i go|before i go|once i'm gone|after i'm gone|when i'm gone|after i go|when i'm not here|once i'm not here]", .risk(.suicidal, .concern)),
        ("[way|ways] to [leave|go|check out|stop] *2 [quietly|peacefully|for good|forever|politely]", .weak(.suicidal)),
        ("[heart|breathing] *2 [stops|stop|would stop] *3 [sleep|night|forever]", .risk(.suicidal, .concern)),
        ("[don't|do not|dont] want to be [rescued|saved|found|stopped|talked out]", .risk(.suicidal, .concern)),
        // "Stop me" alone is everyday ("don't let the nerves stop me"); someone unable to stop me is not.
        ("[talk me out of it|find me in time|find me for days]", .risk(.suicidal, .concern)),
        ("[nobody|no one|noone|no-one|anyone|anybody|nothing] *2 [can|could|will|would|can't|cant|won't|wont|is going to|try to|tries to] stop me", .weak(.suicidal)),
        ("[don't|dont|do not] [try to|try and|try n] stop me", .risk(.suicidal, .concern)),
        ("how long *5 [to be found|before anyone|until someone|before someone|to find]", .risk(.suicidal, .concern)),
        ("[picture|imagine|picturing|imagining|see] *4 [going off|go off|falling|jumping|hanging|driving off|in the water|under the train]", .risk(.suicidal, .concern)),
        ("[let|watched|waited for] *4 [trains|train] *3 [go past|pass|come]", .weak(.suicidal)),
        ("[the phone call|the call|the news|the knock] *4 [going to get|will get|gets|get]", .weak(.suicidal)),
        ("[taking|take] the kids with me", .risk(.suicidal, .urgent)),
        ("[strange|weird|odd|eerie] calm *4 [decided|knowing|plan]", .risk(.suicidal, .concern)),
        ("[i've|ive|i have] decided *3 [peace|calm|relief|finally|ready]", .weak(.suicidal)),
        ("[had enough of|done with|finished with] [life|living|everything|it all|being alive]", .risk(.suicidal, .concern)),
        ("[can't|cant|cannot] do another [year|month|week|day|night]", .weak(.suicidal)),
        ("[not in this world|leave this world|out of this world|gone from this world|in the next world]", .risk(.suicidal, .concern)),
        ("[so|completely|actually] cooked *4 [cord|rope|pills|bridge|not like a joke|for real]", .risk(.suicidal, .concern)),

        // I + hurting + my own body.
        ("[pick|picked|picking|scratch|scratched|scratching|dig|digging|dug|bite|biting|bit|claw|clawing|rub|rubbing] *4 [raw|till it|until it|bleed|bleeds|bled|bleeding|stings|stung|marks|blood]", .risk(.selfHarm, .concern)),
        ("[no new marks|new marks|fresh marks|the marks|my marks|new cuts|no new cuts|day zero|back to day zero|clean streak]", .weak(.selfHarm)),
        ("[make|made|making] myself [sick|throw up|vomit|starve]", .risk(.selfHarm, .concern)),
        ("[don't|dont|do not|won't|wont] let myself [eat|sleep|drink]", .risk(.selfHarm, .concern)),
        ("[hide|hiding|hid|cover|covering|wear|wearing] *3 [my arms|my wrists|my legs|my thighs|long sleeves|a cardigan|sleeves|hoodie]", .weak(.selfHarm)),
        ("[what's underneath|whats underneath|what is underneath|under my sleeves]", .weak(.selfHarm)),
        ("[steri strips|steri-strips|butterfly stitches|gauze|plasters|bandages|first aid kit]", .weak(.selfHarm)),
        ("[snap|break|broke|smash|smashed] [my|my own] [wrist|arm|hand|fingers|finger|leg]", .risk(.selfHarm, .concern)),
        ("swallowed *4 [batteries|battery|glass|bleach|pins|needles|screws|magnets]", .risk(.selfHarm, .urgent)),
        ("@selfSubj *4 @shVerb *2 [myself|meself|my own|my]", .risk(.selfHarm, .concern)),
        ("@shVerb *2 [my|my own] *1 @body", .risk(.selfHarm, .concern)),
        ("[urge|urges|tempted|want|wanna|need|needing|craving] *2 [to cut|to burn|to hurt myself|to harm myself|to sh|to self harm|to bleed|cut|to hit myself|to scratch]", .risk(.selfHarm, .concern)),
        ("[blade|razor|blades|razors|sharpener] *6 [arm|arms|wrist|wrists|thigh|thighs|skin|myself|leg|legs|stomach|hips]", .risk(.selfHarm, .concern)),
        ("[make|made|making] myself [bleed|bruise]", .risk(.selfHarm, .concern)),

        // I + intending + violence + another person.
        ("[torching|torch|burn|burning|set fire to|setting fire to|firebomb] [my|his|her|their|the] *2 [car|house|flat|shop|place|van|home]", .risk(.harmToOthers, .concern)),
        ("[break|smash|slam|snap|cave|bust|crack] [his|her|their] [jaw|face|head|nose|neck|legs|arm|teeth|skull|ribs]", .risk(.harmToOthers, .concern)),
        ("[slam|throw|shove|push|smash] [him|her|them|one] *3 [into|off|down|through|against]", .risk(.harmToOthers, .concern)),
        ("[sharpening|sharpened|sharpen] *3 [knife|blade|machete|axe]", .risk(.harmToOthers, .urgent)),
        ("@selfSubj *4 [ending|end|finish|finishing|off|offing|merk|merking|bodying|body] [him|her|them]", .risk(.harmToOthers, .concern)),
        ("[drive|driving|plough|ploughing|plow|plowing] *3 [into|through] [the crowd|a crowd|people|them|him|her|the march|the protest]", .risk(.harmToOthers, .concern)),
        ("[substance|substances|poison|something|stuff|chemicals] *6 [don't show up|doesn't show up|won't show up|undetectable|untraceable|can't be traced|won't be traced]", .risk(.harmToOthers, .urgent)),
        ("[wait|waiting|be waiting|waiting for] *3 [him|her|them] *4 [after school|after work|outside|car park|with the|with a]", .risk(.harmToOthers, .concern)),
        ("[scare|frighten|terrify] [her|him|them] *3 [more|to death|properly|maybe]", .weak(.harmToOthers)),
        ("[names and addresses|addresses of|where they all live|everyone who]", .weak(.harmToOthers)),
        ("[poison|poisoning|poisoned|pellets|antifreeze|rat poison] *5 [dog|cat|pet|horse|bird|birds|fence|garden|food|drink|coffee|tea]", .risk(.harmToOthers, .concern)),
        ("[an accident|accidents|accidental] *6 [car|bend|stairs|road|happen|happens]", .weak(.harmToOthers)),
        ("[feel as|feel just as] [small|scared|bad|hurt|helpless] as", .weak(.harmToOthers)),
        ("@selfSubj *4 @intent *3 @violent *2 @otherTarget", .risk(.harmToOthers, .concern)),
        ("[use it|use that|use this|use the knife|use the gun|use my knife|use a knife] on [him|her|them|someone|people|somebody]", .risk(.harmToOthers, .urgent)),
        ("@selfSubj *3 [make|making] [him|her|them|those people|all of them] [pay|suffer|bleed|regret|sorry]", .risk(.harmToOthers, .concern)),

        // Someone + violence or threat + me.
        ("[give you|give me|gave me] something to cry about", .risk(.abuseDanger, .concern)),
        ("[took|takes|taking|took off] [his|her] belt", .risk(.abuseDanger, .concern)),
        ("[locks|locked|lock|locking] *3 [from outside|from the outside|me inside|me in|behind him|behind her]", .risk(.abuseDanger, .concern)),
        ("[has|holds|keeps] the only key", .risk(.abuseDanger, .concern)),
        ("see what you come back to", .risk(.abuseDanger, .concern)),
        ("[knows|found out|has|got|worked out] my [new address|address|home address|new flat|route|schedule|new number]", .risk(.abuseDanger, .concern)),
        ("[photo|picture|pictures|photos] of my [front door|house|flat|car|window|street|door]", .risk(.abuseDanger, .concern)),
        ("[forced marriage|forced to marry|marry me off|make me marry|makes me marry|arranged my marriage|talking about my wedding|planning my wedding]", .risk(.abuseDanger, .concern)),
        ("[stared|staring|glared|glaring] at me *4 [gun|shotgun|knife|whole time|without saying]", .weak(.abuseDanger)),
        ("[he|she|they] [came|comes|come|got|gets] into my [room|bed|bathroom]", .risk(.abuseDanger, .concern)),
        ("@otherActor *4 @abuseAct *2 [me|my|us]", .risk(.abuseDanger, .concern)),
        ("[beats|hits|hurts|abuses|slaps|kicks|punches|chokes|strangles|batters|rapes|assaults] [me|us]", .risk(.abuseDanger, .concern)),
        ("[afraid|scared|terrified|frightened|worried|fear] *5 [will|'ll|might|going to|gonna|is going to|could] *2 [kill|hurt|hit|beat|attack|stab|strangle] [me|us]", .risk(.abuseDanger, .concern)),
        ("my [abusive|violent] [relationship|partner|husband|boyfriend|girlfriend|wife|dad|father|mum|mom|mother|stepdad|ex|home|family|brother]", .risk(.abuseDanger, .concern)),
        ("[scared|afraid|terrified|frightened] *3 [of my|of him|of her|of them|to go home|of going home|for my life|for my safety|of what he|of what she]", .risk(.abuseDanger, .concern)),
    ]

    static let specificForms: [(String, SafetyCue.Role)] = [
        // Suicidal: explicit words and slang.
        ("kill|killing|kil|kms|kys|off|end|hang|drown|poison|shoot|unalive [myself|meself|mysef|myslef|my self]", .risk(.suicidal, .concern)),
        ("kms|ctb|kmsl", .risk(.suicidal, .concern)),
        ("unalive~", .risk(.suicidal, .concern)),
        ("suicide|suicidal|suicde|suicid|suiside|suicidel|sucide|suicidial|suicidality", .term(.suicidal)), ("sewerslide|sewersliding", .risk(.suicidal, .concern)),
        ("sewer slide", .risk(.suicidal, .concern)),
        ("[end|ending|ended|take|taking|took] [my life|it all|my own life|myself|things|everything|it tonight|it now]", .risk(.suicidal, .concern)),
        ("[off|top|end] myself", .risk(.suicidal, .concern)),
        ("[i|i'm|im|me|i've|ive|part of me|i just|i really|i kind of|i honestly|i actually|i literally|i still|i kinda|i sometimes|i often|i think i|and i|i lowkey|i genuinely|i seriously|i truly] @wantish [to|for] [die|be dead|not exist|not be alive|not be here|disappear forever|stop existing|sleep forever]", .risk(.suicidal, .concern)),
        ("[wanna|want to|wish i could|ready to] [die|dye]", .risk(.suicidal, .concern)),
        ("wish i [was|were|wasn't|weren't|had never been|could be|was never] [dead|gone|never|born|alive|here|around|been born]", .risk(.suicidal, .concern)),
        ("[better off] [dead|gone|without me|if i was gone|if i wasn't here]", .risk(.suicidal, .concern)),
        ("[lighter|easier|better|happier] [without me|if i was gone|if i wasn't here|if i wasn't around|if i were gone|if i died]", .risk(.suicidal, .concern)),
        ("[don't|dont|do not|didn't|never|no longer] [want|wanna] to? [be alive|be here|live|exist|wake up|go on|stay alive|keep going|be around|continue|see tomorrow|see another day|see another year|see another birthday|see another christmas|see another morning]", .risk(.suicidal, .concern)),
        ("[not sure|unsure] i [want to|wanna] [live|be alive|be here|go on]", .risk(.suicidal, .concern)),
        ("[no|any|a] [reason|point] [to live|in living|to go on|to keep going|to be alive|in being alive|of living|in anything|to stay|of anything|to exist]", .risk(.suicidal, .concern)),
        ("[what's|whats|what is] the point [of anything|in anything|of living|of life|of going on|of trying|of being alive|anymore|of it all|of me]", .risk(.suicidal, .concern)),
        ("the point [in being alive|of being alive|in living|of existing|in existing]", .risk(.suicidal, .concern)),
        ("[can't|cant|cannot|can not] [go on|keep going|do this anymore|do this any more|take it anymore|take this anymore|cope anymore|carry on|keep doing this|keep living|live like this|do it anymore|handle it anymore]", .risk(.suicidal, .concern)),
        ("done [trying to stay alive|being alive|with life|with living|with everything|with it all]", .risk(.suicidal, .concern)),
        ("tired of [living|existing|being alive|life|being a person|being here|waking up]", .risk(.suicidal, .concern)),
        ("[sleep|go to sleep] and [never|not] [wake|waking]", .risk(.suicidal, .concern)),
        ("never want to [wake up|see another day|see another morning|see another year|see another birthday|see another christmas|see tomorrow]", .risk(.suicidal, .concern)),
        ("[won't|wont|will not] be [around|here|a problem|anyone's problem|a burden|your problem|alive] * [for|by|after|much|long|soon|next|anymore|this time]", .risk(.suicidal, .concern)),
        ("[won't|wont] be [around|here] [for|by|after|much|long|soon|next|anymore]", .risk(.suicidal, .concern)),
        ("not be [around|here] * [much longer|anymore|next|for long]", .risk(.suicidal, .concern)),
        ("[wasn't|weren't|not] [around|here] anymore", .risk(.suicidal, .concern)),
        ("[nobody|no one|noone|no1] would [care|notice|miss me|even notice|cry]", .risk(.suicidal, .concern)),
        ("would [care|notice|miss me] if i * [gone|died|dead|disappeared|wasn't]", .risk(.suicidal, .concern)),
        ("[i'm|i am|im] [such a burden|a burden|just a burden|nothing but a burden]", .risk(.suicidal, .concern)),
        ("rather [be dead|die] than * [live|living|keep|go on|stay|be here|be with|face]", .risk(.suicidal, .concern)),
        ("[scared|afraid] of [living|being alive|waking up]", .risk(.suicidal, .concern)),
        ("not *1 [scared|afraid] of [dying|death|dieing|being dead] [anymore|any more]", .risk(.suicidal, .concern)),
        ("[hope|hoping|wish|wishing|pray] * [hits me|kills me|runs me over|ran me over|hit me|killed me]", .risk(.suicidal, .concern)),
        ("if [a bus|a truck|a car|a train] [hit|hits|killed] me", .risk(.suicidal, .concern)),
        ("my own funeral", .risk(.suicidal, .concern)),
        ("[want|wanted|need] [it all|all of it|everything] to [be over|stop|end|just stop]", .risk(.suicidal, .concern)),
        // "I just want it to stop so I can sleep": with a bare "it" or "this", the same words are as
        // often about noise, nagging or a bad week, so they count only when the text backs them up.
        ("[want|wanted|need] [this|it] to [be over|stop|end|just stop]", .weak(.suicidal)),
        ("[thoughts|thinking|think|thinkin|thought|thinkn] *2 [about|of|abt|bout] [dying|ending it|ending my life|suicide|killing myself|death|not being here|not waking up|disappearing forever|being dead|ending things|sewerslide|unaliving]", .risk(.suicidal, .concern)),
        ("dark thoughts", .risk(.suicidal, .concern)),
        ("[disappear|vanish] [forever|for good|permanently]", .risk(.suicidal, .concern)),
        ("[don't|dont|can't|cant] see [a way out|any way out|a future|any future|a way forward|the point]", .risk(.suicidal, .concern)),
        ("no way out", .risk(.suicidal, .concern)),
        ("can't [picture|imagine|see] * [future|after this|me after|myself after|version of me|being alive]", .risk(.suicidal, .concern)),
        ("[picture|imagine|imagining|picturing] * [my own funeral|my funeral|my death|being dead]", .risk(.suicidal, .concern)),
        ("[tried|try|attempted|attempting|attempt] to? [kill myself|end it|end my life|take my life|take my own life|overdose]", .risk(.suicidal, .concern)),
        ("[attempted|attempt] suicide", .risk(.suicidal, .concern)),
        ("[stepping|step|jump|jumping|throw myself|throwing myself|walk] [in front of|off|from] *1 [train|bus|bridge|roof|building|cliff|car|lorry|truck|traffic|tracks|ledge]", .risk(.suicidal, .concern)),
        ("[painless|easiest|quickest|best|fastest|surest] [way|ways|method|methods] to [die|go|end it|kill myself|do it]", .risk(.suicidal, .urgent)),
        ("most painless way", .risk(.suicidal, .urgent)),
        ("how to [kill myself|end my life|end it|hang myself|overdose]", .risk(.suicidal, .urgent)),
        ("[ways|methods|how much] [to die|to kill myself|to end it|to end my life|it takes to die|would kill me]", .risk(.suicidal, .urgent)),
        ("[looking up|looked up|googling|googled|researching|searching] * [ways to|how to|painless|overdose|lethal dose]", .risk(.suicidal, .urgent)),
        ("[pills|tablets|paracetamol|painkillers|sertraline|meds|medication|antidepressants|sleeping pills] * [enough|counted|saved|saving|stockpil~|hoard~|whole bottle|all of them|lined up|ready]", .risk(.suicidal, .urgent)),
        ("[saving|saved|stockpiling|stockpiled|hoarding|hoarded|counting|counted|collecting] * [pills|tablets|meds|paracetamol|sertraline|medication|painkillers|antidepressants]", .risk(.suicidal, .urgent)),
        ("[took|taken|swallowed|downed|taking|take|took] [too|all|loads|a|the|handful|load|lot|whole|bunch|every|both|an|extra] * [pills|tablets|paracetamol|painkillers|meds|medication|sleeping|ibuprofen|aspirin|insulin|bottle|packet|packets|boxes|overdose]", .risk(.suicidal, .urgent)),
        ("[overdose|overdosed|od'd|oding|overdosing]", .term(.suicidal)),
        ("[bought|got|buy|buying|have|found|tied] [rope|a rope|a noose|the rope|some rope]", .risk(.suicidal, .urgent)),
        ("noose", .risk(.suicidal, .urgent)), ("hang|hanging myself", .risk(.suicidal, .urgent)),
        ("[which|the tallest|the highest] [bridge|multi|multistorey|level|floor|cliff|building]", .risk(.suicidal, .concern)),
        ("[i'm|im|i am|sitting|standing|stood|sat] [on|at] [the|a] [bridge|roof|ledge|edge|tracks|cliff|platform edge]", .risk(.suicidal, .urgent)),
        ("[i'm|im|i am] on the [bridge|roof|ledge]", .risk(.suicidal, .urgent)),
        ("engine running", .risk(.suicidal, .urgent)),
        ("[wrote|written|writing|write|finished] [my|a|the] [suicide|goodbye|last] [note|notes|letter|letters]", .risk(.suicidal, .urgent)),
        ("[wrote|written|writing] *1 [goodbye note|goodbye letter|goodbye letters|suicide note|notes|letters to]", .risk(.suicidal, .urgent)),
        ("[giving|gave|given|give] [my stuff away|my things away|away all my|away my things|away my stuff|away my belongings|my belongings away|away my possessions|my stuff to people|my pets away]", .risk(.suicidal, .urgent)),
        ("[said|saying|say] my goodbyes", .risk(.suicidal, .urgent)),
        ("tonight's the night", .risk(.suicidal, .urgent)),
        ("[won't|wont] need [this|this app|any of this|anything] * [after tonight|after today|after this|anymore|much longer]", .risk(.suicidal, .urgent)),
        ("[my plan is|i have a plan|i've got a plan|i made a plan|i've made a plan|planned it out|picking the day|picked the day|set a date|chosen the date|chose the day]", .risk(.suicidal, .urgent)),
        ("i'm done . tonight", .risk(.suicidal, .urgent)),
        ("[going all the way|go all the way|not stopping this time]", .risk(.suicidal, .concern)),
        ("[hate|hating] [being alive|my life|living|existing]", .risk(.suicidal, .concern)),
        ("[want|wanna] [out of this life|to leave this world|out of this world|to not exist]", .risk(.suicidal, .concern)),
        ("updated my will", .risk(.suicidal, .concern)),
        ("sorted out all my", .risk(.suicidal, .concern)),
        ("[weirdly|strangely|oddly] calm", .risk(.suicidal, .concern)),

        ("[don't|do not|won't|wont|not] [plan|planning|intend|intending|expect|expecting] [on|to] *1 [being alive|be alive|be here|being here|be around|being around|still be here|still be around|live|living|make it]", .risk(.suicidal, .concern)),
        ("[stop existing|cease to exist|not exist anymore|not existing anymore|stop being alive]", .risk(.suicidal, .concern)),
        ("[without me around|without me here|without me in it|without me in their|if i wasn't around|if i was gone|if i were gone|if i weren't here|if i wasn't here]", .risk(.suicidal, .concern)),
        ("[working up to|building up to|build up to|getting closer to|building up the courage to] [jumping|jump|doing it|it|the jump|ending it]", .risk(.suicidal, .concern)),
        ("[trains|ones|train] that [don't|dont|do not] stop", .risk(.suicidal, .concern)),
        ("[steering|steer|drive|driving|crash|crashing|swerve|swerving|drove|veer|veering] *3 [into the|into a|off the|off a|in front of] [barrier|wall|tree|lorry|river|oncoming|bridge|cliff|truck|motorway|traffic|train]", .risk(.suicidal, .concern)),
        ("[got|have|i've got|ive got] the [pills|tablets|meds|rope|blade] [here|ready|with me|next to me|in front of me|on me]", .risk(.suicidal, .urgent)),
        ("[telling|told|tell|tells] me to [kys|kill myself|die|end it|unalive myself|go die]", .risk(.suicidal, .concern)),
        ("will be the day", .weak(.suicidal)),
        ("[how easy it would be|it would be so easy|it'd be so easy|how easy it'd be]", .weak(.harmToOthers)),

        // Self-harm.
        ("[self harm|selfharm|self harming|selfharming|self harmed|self injury|self injure|self injuring]", .term(.selfHarm)), ("[harming myself|hurting myself]", .risk(.selfHarm, .concern)),
        ("[sh'd|sh'ing|shing]", .risk(.selfHarm, .concern)),
        ("sh [relapse|relapsed|again|urges|urge|scars]", .risk(.selfHarm, .concern)),
        ("@shVerb [myself|meself|mysef]", .risk(.selfHarm, .concern)),
        ("@shVerb [on|into|at] my @body", .risk(.selfHarm, .concern)),
        ("nails into my", .risk(.selfHarm, .concern)),
        ("[until|till|til|so] * [it bled|they bled|i bled|bled|bleeds|bleeding|blistered|blisters|it bruised|bruises|broke the skin]", .risk(.selfHarm, .concern)),
        ("[cut|cutting|cuts] [again|deeper|too deep]", .risk(.selfHarm, .concern)),
        ("[i|i've|ive|i have|i just] [cut|carved|sliced|burned|burnt] [again|myself|into my|deeper|last night|tonight|today]", .risk(.selfHarm, .concern)),
        ("[without cutting|cutting again|started cutting|the cutting|been cutting|keep cutting|still cutting|urge to cut]", .risk(.selfHarm, .concern)),
        ("[relapsed|relapse|relapsing]", .term(.selfHarm)),
        ("[the cuts|my cuts|fresh cuts|new cuts|fresh scars|new scars]", .risk(.selfHarm, .concern)),
        ("[razor blade|razor blades|the blade|a blade|blades|my blade]", .weak(.selfHarm)),
        ("[won't|wont|can't|cant|will not] stop bleeding", .risk(.selfHarm, .urgent)),
        ("[needs|need|needed] stitches", .risk(.selfHarm, .urgent)),
        ("[cut|went|gone] too deep", .risk(.selfHarm, .urgent)),
        ("[hot spoon|lighter against|lighter to|cigarette on|cigarette into]", .risk(.selfHarm, .concern)),
        ("[as a punishment|to punish myself|punish myself|punishing myself]", .risk(.selfHarm, .concern)),
        ("[hurt|harm|punish|cut|burn|hit] myself", .risk(.selfHarm, .concern)),
        ("urge to [hurt|cut|harm|burn]", .risk(.selfHarm, .concern)),
        ("to feel something", .risk(.selfHarm, .concern)),
        ("head against the wall", .risk(.selfHarm, .concern)),
        ("starve myself", .risk(.selfHarm, .concern)),
        ("[i|i've|ive|i'd|i'm|im|been|started|keep|kept|still|i just|i still|and] *2 @shVerb [my|my own] *1 @body", .risk(.selfHarm, .concern)),
        ("[went back to|back to|started|keep|kept|been|still|stop|quit|stopped] cutting", .risk(.selfHarm, .concern)),
        ("i *2 cut ,|.|like|when|after|again|every|most|so|because|and|whenever|till|until", .risk(.selfHarm, .concern)),
        ("[sh ing|sh ed|shing|sh'ing|sh'd]", .risk(.selfHarm, .concern)),
        ("[until|till|til|so hard] *3 [went purple|left a mark|leave a mark|left marks|a mark on|they bruised|it bruised]", .risk(.selfHarm, .concern)),
        ("[under|in] [scalding|boiling|the hot|hot] [water|tap]", .weak(.selfHarm)),
        ("[on purpose|deliberately|purposely] *3 [hurt|cut|burn|break|bruise|hit|punch]", .risk(.selfHarm, .concern)),
        ("to [hurt|harm|cut|burn|break|bruise] my @body", .risk(.selfHarm, .concern)),
        ("[do it|doing it|did it] [on|to] my @body", .risk(.selfHarm, .concern)),
        ("with [a hairbrush|my keys|a lighter|my lighter|a razor|a blade|scissors|a compass]", .weak(.selfHarm)),

        // Harm to others: the writer's own intent.
        ("[i'm|im|i am|i'll|ill|i will|i|gonna|going to|want to|wanna|i'd|could|really|i'm gonna|i swear] *2 @violent @target", .risk(.harmToOthers, .concern)),
        ("[i'm|im|i am|i'll|ill|i will|i|gonna|going to|want to|wanna|i'd|could|really|i'm gonna|i swear] *2 @violent [my|that|his|her|the|this] @relation", .risk(.harmToOthers, .concern)),
        ("make [them|him|her|all of them|everyone|those kids|them all] pay", .risk(.harmToOthers, .concern)),
        ("[going to|gonna] pay for what", .risk(.harmToOthers, .concern)),
        ("are [going to|gonna] pay for [it|this]", .risk(.harmToOthers, .concern)),
        ("[thoughts|thinking|think|thought|picture|imagine|fantasi~|dream|dreaming] [about|of] [hurting|killing|stabbing|pushing|hitting|strangling|drowning|poisoning|shooting] [her|him|them|the|my|someone|people|strangers]", .risk(.harmToOthers, .concern)),
        ("[picture|imagine] [hurting|killing|stabbing|pushing|hitting|strangling|drowning|poisoning|shooting] [her|him|them|the|my|someone]", .risk(.harmToOthers, .concern)),
        ("watch [him|her|them] [bleed|suffer|die]", .risk(.harmToOthers, .concern)),
        ("[cave|smash|kick|bash] * head in", .risk(.harmToOthers, .concern)),
        ("[bring|bringing|brought|carry|carrying|take|taking] a @weapon [to|into] [school|work|class|college|the office]", .risk(.harmToOthers, .urgent)),
        ("shoot up [the|my|a]", .risk(.harmToOthers, .urgent)),
        ("do [him|her|them] [proper|in]", .risk(.harmToOthers, .concern)),
        ("not walking home", .risk(.harmToOthers, .concern)),
        ("[jump|jumping] [him|her|them] after", .risk(.harmToOthers, .concern)),
        ("deal with [him|her|them]", .risk(.harmToOthers, .concern)),
        ("[following|follow|followed] [her|him] home", .risk(.harmToOthers, .concern)),
        ("[he's|she's|they're|he is|she is] coming with me", .risk(.harmToOthers, .urgent)),
        ("could [really hurt|kill|seriously hurt] someone", .risk(.harmToOthers, .concern)),
        ("don't trust myself [around|with|near|in the same]", .risk(.harmToOthers, .concern)),
        ("[going to|gonna] regret [everything|this|it|what]", .risk(.harmToOthers, .concern)),
        ("dead [man|meat]", .target),
        ("how much [antifreeze|poison|bleach|rat poison]", .risk(.harmToOthers, .urgent)),
        ("[shows up in a blood test|untraceable|won't be traced]", .risk(.harmToOthers, .urgent)),
        ("[made a list|have a list|got a list|making a list] * [names|them|people|who]", .risk(.harmToOthers, .concern)),
        ("i've made a list", .risk(.harmToOthers, .concern)),
        ("the one going down", .risk(.harmToOthers, .concern)),
        ("[what i'd do|what i'll do|what i would do|what i'm going to do|what im gonna do] to [him|her|them|the]", .risk(.harmToOthers, .concern)),
        ("[of|about] [hurting|killing|stabbing|pushing|strangling|drowning|poisoning|shooting|attacking|beating|smothering|choking] [her|him|them|my|the|someone|people|one|strangers|a|his]", .risk(.harmToOthers, .concern)),
        ("[grabbed|gripped|gripping|grabbing|squeezed|twisted] [her|his|their] [arm|wrist|neck|throat|hair] *3 [hard|bruise|mark]", .risk(.harmToOthers, .concern)),
        ("[push|pushing|pushed|shove|shoving] [her|him|them] [down|off|into|in front]", .risk(.harmToOthers, .concern)),
        ("[working out|worked out|work out|figuring out|know] when *4 [on their own|on her own|on his own|alone]", .risk(.harmToOthers, .concern)),
        ("[home addresses|where they live|where he lives|where she lives] *6 [working out|on their own|alone|follow]", .risk(.harmToOthers, .concern)),
        ("[put|putting|spike|spiking|slip|slipping] something in [her|his|their|the] drink", .risk(.harmToOthers, .concern)),
        ("[held|hold|holding|put|putting|pushed] [his|her|their] [hand|hands|head|arm|face] [under|in|on|against|into]", .risk(.harmToOthers, .concern)),
        ("[show him|show her|show them|teach him|teach her|teach them] [what|a lesson]", .weak(.harmToOthers)),
        ("[i'll|i will|gonna|going to|i'm going to] go round", .weak(.harmToOthers)),
        ("[if he|if she|if they] * [again|one more time] * [i'll|ill|i will|i'm going to|gonna] [kill|stab|hurt|batter|beat|smash|shoot|murder]", .risk(.harmToOthers, .concern)),

        // Danger from someone else.
        ("@abuser *3 @abuseAct [me|us|my]", .risk(.abuseDanger, .concern)),
        ("@abuser @abuseAct me", .risk(.abuseDanger, .concern)),
        ("[beats|beat|beating] me up", .risk(.abuseDanger, .concern)),
        ("[threatened|threatens|threatening|threatened] to * [me|my|kill|hurt|leak|take|beat]", .risk(.abuseDanger, .concern)),
        ("[said|says|saying|told me|keeps saying|screaming|shouting|yelling] * [he'll|she'll|he'd|she'd|hell|shell|he will|she will|he would|hes gonna|shes gonna|he's gonna|she's gonna|he is going to|he's going to|she's going to|they'll|next time] * [kill|hurt|beat|batter|break|murder|stab|make me|put me|throw me|finish me|get me|regret|worse|sorry]", .risk(.abuseDanger, .concern)),
        ("[he'll|she'll|hell|shell|he will|she will|hes gonna|shes gonna|he's going to|she's going to|he's gonna|she's gonna] [kill|hurt|beat|batter|murder|strangle] [me|us]", .risk(.abuseDanger, .concern)),
        ("[if i tell anyone|if i tell|if i leave|if i told|if i break up|if i call|if i try to leave|if i go to the police]", .risk(.abuseDanger, .concern)),
        ("[scared|afraid|terrified|frightened] [of my|of him|of her|of what he|of what she|of my dad|of my husband|of my partner]", .risk(.abuseDanger, .concern)),
        ("[scared|afraid|terrified|frightened] [to go home|to be home|to leave|for my life|for my safety|to be at home|of going home]", .risk(.abuseDanger, .concern)),
        ("[don't|dont|do not] feel safe [at|in|with] [home|my own|him|her|my house|the house]", .risk(.abuseDanger, .concern)),
        ("not safe [at home|in my own|with him|with her|in my house]", .risk(.abuseDanger, .concern)),
        ("[won't|wont|doesn't|doesnt|don't] let me * [leave|see my|go out|have my|eat|talk|sleep]", .risk(.abuseDanger, .concern)),
        ("not allowed to [see|leave|go|phone|eat|talk|have]", .risk(.abuseDanger, .concern)),
        ("[have|got] to ask permission", .risk(.abuseDanger, .concern)),
        ("[locked|locks|locking|lock] me [in|out|up]", .risk(.abuseDanger, .concern)),
        ("[took|takes|taken|holds|keeps|has|got] [my phone|my passport|my bank card|my keys|my money|my pension|my wages|my cards]", .risk(.abuseDanger, .concern)),
        ("[tracks|checks|checking|controls|tracking|monitors] my [location|phone|bank|money|messages|spending]", .risk(.abuseDanger, .concern)),
        ("[comes|came|coming] [into|in] my room at night", .risk(.abuseDanger, .urgent)),
        ("[touches|touched|forces|forced] me", .risk(.abuseDanger, .concern)), ("[makes|made] me [have sex|do things|touch|sleep with]", .risk(.abuseDanger, .concern)),
        ("[hiding|hide|hid] [in the bathroom|from him|from her|in my room|in the toilet]", .risk(.abuseDanger, .concern)),
        ("[banging|smashing|kicking|pounding] [on the door|at the door|the door|stuff|things|downstairs]", .risk(.abuseDanger, .concern)),
        ("[break|breaking|kick|kicking] [the door|it] down", .risk(.abuseDanger, .urgent)),
        ("chair against the door", .risk(.abuseDanger, .urgent)),
        // Through something solid: "put me through to the manager" is a phone call.
        ("[put|putting|threw|throwing|thrown|shoved|pushed] me through [the|a|my] *1 [window|windows|wall|walls|door|doors|table|windscreen|windshield|glass|floor|banister|banisters|fence|railings]", .risk(.abuseDanger, .urgent)),
        ("[i'll|ill|i will] pay for [this|it]", .risk(.abuseDanger, .concern)),
        ("next time [it'll|it will] be worse", .risk(.abuseDanger, .concern)),
        ("[won't see christmas|won't live to|won't survive|won't make it out]", .risk(.abuseDanger, .concern)),
        ("spat [in|on] my face", .risk(.abuseDanger, .concern)),
        ("lucky that's all", .risk(.abuseDanger, .concern)),
        ("[make|makes|made] me [kneel|beg]", .risk(.abuseDanger, .concern)),
        ("prisoner in my own", .risk(.abuseDanger, .concern)),
        ("[bruises me|bruised me|where nobody will see|where no one can see|where nobody can see]", .risk(.abuseDanger, .concern)),
        ("[leak|share|post|send] my [pics|photos|nudes]", .risk(.abuseDanger, .concern)),
        ("[taking me|take me|sending me] [home|back] * [won't|not] [be coming|come] back", .risk(.abuseDanger, .urgent)),
        ("won't be coming back", .risk(.abuseDanger, .concern)),
        ("nobody would ever believe me", .risk(.abuseDanger, .concern)),
        ("no one would believe me", .risk(.abuseDanger, .concern)),
        ("[cleans|loads|points|waves|takes out|took out] * [gun|shotgun|knife|rifle]", .risk(.abuseDanger, .urgent)),
        ("keeps a [knife|gun|shotgun]", .risk(.abuseDanger, .urgent)),
        ("[strangled|choked] me", .risk(.abuseDanger, .urgent)),
        ("[he|she|hes|shes|he's|she's|he'll|she'll|hell|shell|they'll|dad|mum|mom|stepdad|brother|husband|boyfriend|partner|father|mother|uncle|they] *3 [hurt|beat|batter|strangle|break|smash|stab|punch|slap|hit|kick|burn|drown|choke] [me|my|us]", .risk(.abuseDanger, .concern)),
        ("[he|she|hes|shes|he's|she's|he'll|she'll|hell|shell|dad|mum|mom|stepdad|brother|husband|boyfriend|partner|father|mother|they] *3 [kill|murder|end] [me|us]", .weak(.abuseDanger)),
        ("[ended up with|left me with|gave me|i got|i had] *1 [cracked|broken|black|bruised|split] [rib|ribs|eye|arm|nose|wrist|jaw|lip]", .risk(.abuseDanger, .concern)),
        ("[held|holds|pushed|pinned|forced|shoved] my head [under|against|into|down]", .risk(.abuseDanger, .urgent)),
        ("whether i like it or not", .risk(.abuseDanger, .concern)),
        ("[he|she|they] [knows|know|found out] [where i live|where i am|which street|my address|where i'm staying|where im staying]", .risk(.abuseDanger, .concern)),
        ("[i'll|you'll|ill] find out what happens", .risk(.abuseDanger, .concern)),
        ("[done worse|did worse|worse before]", .weak(.abuseDanger)),
        ("[hands|hand] [round|around] my [neck|throat]", .risk(.abuseDanger, .urgent)),

        // Urgency: a time, a plan, means, an act in progress.
        ("@soon", .urgency), ("right now", .urgency), ("this weekend", .urgency), ("this week", .urgency),
        ("when [he|she|they|i] [gets|get] [home|in|back]", .urgency), ("after [school|work]", .urgency),
        ("@weapon", .urgency), ("[pills|tablets|rope|bridge|roof|overdose]", .urgency),
        ("[already|just] [took|taken|did|wrote|done]", .urgency),
        ("[i've decided|i have decided|my mind is made up|made up my mind]", .urgency),
        ("[planning|planned|the plan|a plan]", .urgency), ("i know [where|which|when]", .urgency),
        ("[right here|next to me|in my room|in my drawer|in my bag|in my boot|in my car|by the bed]", .urgency),
        ("[he's outside|she's outside|hes outside|outside my door|outside the door|coming up|coming home|on his way|on her way]", .urgency),
        ("can hear [him|her]", .urgency), ("[he'll be back|she'll be back|back soon]", .urgency),

        // Everyday phrases that contain risk words but are not about risk; they cancel overlapping cues.
        ("[hit|hits] me up", .benign), ("it hit me", .benign), ("[beat|beats] me [to|at]", .benign),
        ("^ beats me [$|,|.]", .benign), ("[kill|killing|killed] me now", .benign), ("[killing|killed] me", .benign),
        ("[killing|killed|kill] it", .benign), ("[dying|died] [to|laughing|of]", .benign), ("to die for", .benign),
        ("the death of me", .benign), ("over my dead body", .benign), ("dead [tired|on my feet|serious]", .benign),
        ("die trying", .benign), ("[career|social|political] suicide", .benign),
        ("suicide [squad|run|runs|sprints|mission|doors|lane]", .benign), ("[kill|killing] time", .benign),
        ("[knock|knocked] [em|'em|them] dead", .benign), ("shoot me a", .benign), ("stab in the dark", .benign),
        ("a stab at", .benign), ("cut to the chase", .benign), ("cut [down|back|corners|it out|ties|loose]", .benign),
        ("[cut|cuts] my [hair|fringe|nails|losses]", .benign),
        ("[cut|burnt|burned|hurt|injured|nicked|scratched|scalded|sliced|bruised|banged] *3 [on the|cooking|chopping|shaving|ironing|by accident|accidentally|while|playing|at the gym|lifting|running|training|skiing|opening|slicing|gardening|falling]", .benign),
        ("[is|was|be|would be|that's|thats] suicide", .benign), ("under the bus", .benign),
        ("[beat|beating|kicking|kick|beats] myself up", .benign), ("kicking myself", .benign),
        ("hurt my feelings", .benign), ("[hurting|hurt|hurts] [her|his|their|your|anyone's|someone's|people's] feelings", .benign), ("hurts my feelings", .benign), ("[i'm|im] dead", .benign),
        ("dead [😂|💀|lol|lmao]", .benign), ("[phone|battery|laptop] *1 [dying|dead]", .benign),
        ("my phone's dying", .benign), ("cut [off|out|in|short]", .benign), ("bleeding heart", .benign),
        ("overdosed on [chocolate|sugar|caffeine|coffee|netflix|carbs]", .benign), ("could [murder|kill] [a|for]", .benign),
        ("not joking", .benign), ("rope for", .benign), ("[hit|bumped|banged] my head on", .benign),

        // Frames.
        ("novel|story|stories|character|characters|chapter|fic|fanfic|film|movie|episode|poem|narrator|villain|screenplay|script|opera|slasher|fiction|thriller|horror|lyrics|musical|dnd|d&d|whodunnit|cluedo|novels|sitcom|trailer|storyline|protagonist", .frame(.story)),
        ("[murder mystery|in the play|the play|my play|a play|the show|the series|the book|a book|this book|crime novel|true crime|the plot|the scene|the game]", .frame(.story)),
        ("article|news|headline|headlines|documentary|podcast|bbc|npr|journalist|apush|inquest|statistics|historians", .frame(.news)),
        ("[suicide rates|the research|research on|research about|the report said|the paper said|local paper|the study|history lesson|history today|in history|the news]", .frame(.news)),
        ("game|games|gaming|ranked|minecraft|fortnite|cod|mario|chess|football|rugby|sparring|boxing|bjj|wrestling|fencing|league|tournament|loot|respawn|elden|zombies|villagers|fifa|cricket|hockey|netball|basketball|referee|striker|keeper|goalie|krav|karate|judo|mma|ufc|pvp|lobby|healer|raid|fps|shooters|headset|comms|paintball|quest|npc|pokemon|valorant|overwatch|apex|roblox|halo|zelda|kombat|dodgeball|speedrun|multiplayer|fortnite", .frame(.game)),
        ("[among us|smash bros|clay pigeon|laser tag|final boss|boss fight|the boss on|this boss|the ref|second half|first half|mario kart|call of duty|the match|the level|this level|on the pitch]", .frame(.game)),
        ("assembly|prevention|awareness|volunteer|volunteering|samaritans|listener|aider|aiders|safeguarding|refuge|leaflet|leaflets|helpline|asist|workshop|fundraiser|fundraising|charity|mhfa|pshe|dissertation|childline|naloxone|papyrus", .frame(.prevention)),
        ("[suicide training|safeguarding training|first aid|support group|crisis line|police officer|mental health first|training on|training about|training course|the course|a course|the trainer|social worker|youth worker|as a nurse|i'm a nurse|i work in a&e]", .frame(.prevention)),
        ("[in|back in|since] @year", .frame(.past)),
        ("[when i was|aged] @age", .frame(.past)),
        ("[years|months|weeks|year|month] [free|clean|without]", .frame(.past)),
        ("[as prescribed|like the doctor said|doctor told me to|the pharmacist said]", .frame(.routine)),
        ("[last day|leaving do|leaving party|farewell party|moving to|the move|emigrating|relocating|new job|moving abroad|moving house]", .frame(.routine)),
        ("[used to|years ago|year ago|months ago|when i was|as a teenager|as a kid|as a child|in my teens|in my twenties|back then|back in the day|back in school|back in uni|back in college|back in high school|back in my|back in our|back in those|back in year|back in sixth form|back in primary|back in secondary|back in the army|back in the old days|in the past|at uni|in year|at school|in high school|in college|after my son was|after my daughter was|after the birth|a long time ago|last year]", .frame(.past)),
        ("[my|a|her|his|their|the|our] *1 @person", .frame(.otherPerson)),
        ("[someone in|someone on|a kid in|a boy in|a girl in|somebody in|somebody on]", .frame(.otherPerson)),
        ("[i'm|im|i am] *2 now", .resolved),
        ("[relapsed|relapse|relapsing] [today|tonight|again|yesterday|last|this|day]", .relapse),
        ("[today|tonight|yesterday|just|finally] [i|i've|ive|i have]? relapsed", .relapse),
        ("[gone|going|went|slipped|slipping|fallen|fell|drifted|drifting] back [to|into] [it|that|old|my old|the old|scratching|cutting|burning|hurting|drinking|doing it]", .relapse),
        ("[it's|its|it is|they're|theyre|they are|the thoughts are|the urges are] back", .relapse),
        ("[been well|well for|faded|have faded|healed|taught myself|free from|clean from|free of|years free|years clean|recovered]", .resolved), ("[and now|now] [i'm|im|i am]", .resolved),
        ("[these days|nowadays|doing well|doing ok|doing okay|doing better|much better|way better|better now|safe now|i'm safe|im safe|i am safe|glad i'm still here|so grateful|recovered|in recovery|sober|clean for|haven't since|haven't in|haven't for|for over a decade|i stopped|got help|it gets better|thriving|happily|peer support|free of it|well now|i'm well|out of my life|i left him|i left her|moved out|moved cities|restraining order|protective order|got treated|helped a lot|helped loads|haven't had|haven't heard from|barely get them]", .resolved),
        ("[lol|lmao|lmfao|haha|hahaha|jk|jokes|kidding|😂|🤣|💀|😭|😆|😅|🙃|xd|rofl|figure of speech|obviously|legally|not literally|metaphorically|lmaooo|lmaoo]", .laughter),
    ]

    /// Whether each pattern carries its own negation ("don't want to live"), so a "not" inside a match
    /// is part of the risk rather than a denial of it.
    static let negatedByDesign: [Bool] = patterns.map { pattern, _ in
        // "Without me" is the writer's absence ("they'd be fine without me"), not a denial.
        pattern.contains("without me") || pattern.split(whereSeparator: { " |[]".contains($0) }).contains { word in
            ["not", "no", "never", "don't", "dont", "can't", "cant", "cannot", "won't", "wont", "isn't", "didn't",
             "nobody", "nothing", "wasn't", "weren't", "doesnt", "doesn't", "ain't", "isnt", "couldn't"].contains(word)
        }
    }

    static let matcher: PhraseMatcher<SafetyCue> = {
        do {
            return try PhraseMatcher(
                patterns.map { ($0.0, SafetyCue(role: $0.1)) }, sets: sets.merging(familySets) { a, _ in a }.merging(widerSets) { a, _ in a }
                    .merging(freshSets) { a, _ in a }.merging(voiceSets) { a, _ in a }
                    .merging(kindSets) { a, _ in a }.merging(accountSets) { a, _ in a })
        } catch {
            preconditionFailure("\(error)")
        }
    }()
}
