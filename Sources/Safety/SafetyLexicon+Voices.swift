/// Families written after reading how a fresh writer uses the app's own forms (role-play replies,
/// thought records, SUDS notes, conversation logs). Two halves: wordings that kept the rules from
/// *raising* false alarms (accounts that say the risk is over, professionals naming a topic, idioms),
/// and kinds of risk phrasing the rules did not yet know (finality "for much longer", giving things
/// away, being on a height now, threats told as "a dead man", control told through fear and images).
/// Each entry is a family of wordings, not one sentence.
extension SafetyLexicon {
    static let voiceSets: [String: [String]] = [
        /// Nouns that turn a risk word into the name of work, study or a service: "suicide calls",
        /// "self-harm research", "overdose statistics".
        "topicNoun": [
            "calls", "call", "callouts", "research", "researcher", "researchers", "epidemiology", "communities",
            "community", "prevention", "awareness", "statistics", "stats", "rates", "rate", "module", "modules",
            "training", "policy", "policies", "services", "service", "team", "teams", "data", "literature",
            "studies", "study", "figures", "hotline", "helpline", "protocol", "protocols", "assessment",
            "assessments", "screening", "pathway", "charity", "charities", "lecture", "seminar", "campaign",
            "squeeze", "intervention", "course", "courses", "admissions", "page", "pages", "lectures", "talk",
            "talks", "scenes", "scene", "storyline", "documentary", "episode", "guidelines", "leaflet", "leaflets",
            "poster", "posters", "workshop", "workshops", "webinar", "podcast", "article", "articles", "report",
            "reports", "teaching", "lesson", "lessons", "debate", "discussion", "essay", "dissertation", "thesis",
            "book", "books", "film", "novel", "chapter", "coverage", "management", "unit", "specialist", "liaison",
            "warning", "warnings", "box", "questionnaire",
            // Not "risk" ("I'm a high suicide risk"), "searches" ("my searches about overdoses"), "content", a
            // "forum" or a "group": those can be the writer's own.
        ],
        /// Light, everyday things people "die of" in a figure of speech.
        "dieOfThing": [
            "embarrassment", "shame", "cringe", "boredom", "laughter", "laughing", "heat", "thirst", "hunger",
            "curiosity", "excitement", "envy", "jealousy", "happiness", "cuteness", "awkwardness",
        ],
        /// Heights and places people go to end their life, as "I'm on the … now".
        "height": [
            "roof", "rooftop", "overpass", "flyover", "viaduct", "bridge", "ledge", "parapet", "tracks", "cliff",
            "clifftop", "balcony", "railway", "pier",
        ],
        "nowish": ["now", "rn", "atm", "tonight", "tonite"],
        /// Ages a grown-up account looks back to ("at 19"); from 13, so clock times ("at 11") stay out.
        "pastAge": (13...99).map(String.init),
        /// Things people give away before they die (with "gave my … to").
        "keepsake": [
            "guitar", "dog", "cat", "pets", "rabbit", "bike", "playstation", "xbox", "laptop", "coat", "jacket",
            "books", "records", "vinyl", "jewellery", "jewelry", "ring", "watch", "camera", "games", "console",
            "car", "plants", "clothes", "stuff", "things", "belongings",
        ],
    ]

    static let voiceForms: [(String, SafetyCue.Role)] = [
        // Set aside: a risk word used as the name of a topic, a job or a sports play, not the writer's act.
        ("[suicide|suicidal|self harm|selfharm|overdose|overdoses|self injury] @topicNoun", .benign),
        ("[the word|the words|the term|the phrase|words like|a word like] *1 [suicide|suicidal|self harm|selfharm|overdose|overdosed|self harmed|od]", .benign),
        ("[die|died|dying|dies] of @dieOfThing", .benign),
        ("[slept|sleep|sleeping|sleeps] like [the dead|a dead man|the dead]", .benign),
        ("jump out of my skin", .benign),
        ("[overdose|overdosed|overdosing|od'd] [of|on] [caffeine|coffee|sugar|chocolate|carbs|netflix|tv|sun|vitamin]", .benign),

        // Professional and study frames: a researcher, paramedic or screening form names the topic.
        // (Not "lecture", "seminar" or "conference": students and speakers in crisis write from those.)
        ("paramedic|paramedics|researcher|researchers|epidemiology|epidemiologist", .frame(.prevention)),
        ("[screening questions|screening questionnaire|the module on|this module on|a module on]", .frame(.prevention)),

        // A distant past named by age or span: "at 19", "when we were teenagers", "that was 2015".
        ("at @pastAge ,|i|we|when|after|before|and|my|he|she|the", .frame(.past)),
        ("when we were [teenagers|teens|kids|children|young|little|at school|in school|younger]", .frame(.past)),
        ("[decade|decades|years|year] [ago|back|earlier]", .frame(.past)),
        ("[my first|my previous|my old|my former] [husband|wife|marriage|partner|boyfriend|girlfriend|relationship|job|manager|boss]", .frame(.past)),
        ("[growing up|grew up|as a teen|as teenagers|as a young|in my teens|in my late|in my early|my teenage years|my twenties|my thirties]", .frame(.past)),

        // Resolved: the text says the account is over.
        ("that was *2 ago|@year|then|years|decades|before", .resolved),
        ("that was [a long time|back then|real at the time|another life]", .resolved),
        ("[i got out|got out of|i left that|i left the|i've left|left him|left her|left them|i left anyway|escaped]", .resolved),
        ("[was convicted|got convicted|been convicted|in prison|went to prison|in jail|went to jail|sent down|no contact|restraining order|non molestation]", .resolved),
        ("[therapy helped|years of therapy|a lot of therapy|trauma therapy|since then|ever since|full circle|how far i've come|how far things|how far i have come|i feel okay|i feel ok|i feel fine|i'm fine now|remarried|married now|one of my best friends]", .resolved),
        ("[i'm|im|i am] *2 [married|happy|settled|content] ,|.|and|now|with", .resolved),
        ("[now|these days] i [run|work|teach|help|volunteer|have|love|live|coach|train|manage|lead]", .resolved),
        ("[fifteen|ten|twenty|five|many|several|two|three|four|six|seven|eight|nine] years on", .resolved),

        // Suicidal: not being around "for much longer", said to a role-play partner or a colleague.
        ("[won't|wont|will not|not going to|not gonna|nobody's going to|no one's going to|nobody is going to|won't be|wont be|it won't be|it wont be] *6 [for much longer|much longer|for long now|for much more|for long anyway]", .risk(.suicidal, .concern)),
        ("[won't|wont|will not] be [needing|using|wanting] *4 [after|past|beyond|by]", .risk(.suicidal, .concern)),
        ("[i'm|im|i am] not going to be [here|around|the one] *4 [anyway|for long|to see]", .risk(.suicidal, .concern)),
        // Suicidal: the world with one less of me, the writer gone from the picture.
        ("[one less|one fewer] [of me|me]", .risk(.suicidal, .concern)),
        ("no more me", .risk(.suicidal, .concern)),
        ("[easier|better|happier|simpler|lighter] [life|lives|time] *2 if i [wasn't|weren't|was not|were not] in it", .risk(.suicidal, .concern)),
        ("[better off|easier|happier] *2 [w o me|w/o me|wo me|without me tbh]", .risk(.suicidal, .concern)),
        ("stop being [a problem|a burden|a bother|a nuisance|everyone's problem|anyone's problem] [for|to] [everyone|anyone|them|people|everybody]", .risk(.suicidal, .concern)),
        ("[already lived|lived] longer than i [wanted|meant|planned|expected|was supposed] to", .risk(.suicidal, .concern)),
        ("[i'm|im|i am] not meant to be [here|alive|around] *3 [at all|anymore|any more|.]", .risk(.suicidal, .concern)),
        ("counting [the days|down the days|down] [until|till|til] i can [stop|go|leave|rest|be done]", .risk(.suicidal, .concern)),
        ("[done|finished|tired of] waiting for [better|it to get better|things to get better|it to improve]", .risk(.suicidal, .concern)),
        ("[stop|stopped] fighting and i *2 [there|done|ready]", .risk(.suicidal, .concern)),
        ("[if i disappeared|if i vanished|if i died|if i was gone|if i were gone] *8 [before anyone|anyone noticed|anyone would notice|nobody would notice|no one would notice]", .risk(.suicidal, .concern)),
        ("[don't|dont|do not] trust myself [tonight|right now|today|anymore|any more|at the moment|.]", .risk(.suicidal, .concern)),

        // Suicidal: goodbyes and affairs put in order.
        ("[goodbye|farewell|last|final] [msgs|msg|texts|emails|email|voice notes|videos|letters to]", .risk(.suicidal, .concern)),
        ("[practising|practicing|rehearsing|drafting|writing|planning] my [goodbye|goodbyes]", .risk(.suicidal, .concern)),
        ("by the time you read this", .risk(.suicidal, .concern)),
        ("[giving|gave|given|give] [things|stuff|everything|my things|my stuff|it all|bits] away", .risk(.suicidal, .concern)),
        ("[gave|given|giving|left] [my|the] @keepsake to [my|the|a] *3 [today|yesterday|for a few days|already|and|,|.]", .weak(.suicidal)),
        ("[so|that] nobody [has to|would have to|will have to] [sort|go|clear|deal] *2 [my stuff|my things|it all|everything] *2 after", .risk(.suicidal, .concern)),
        ("[getting rid of|got rid of|clearing out] *4 so [nobody|no one|noone] has to", .risk(.suicidal, .concern)),
        ("if i [don't|dont|never] [log in|come back|check in|post|message|reply] *2 again", .weak(.suicidal)),
        ("[don't|dont|do not] [contact|call|tell|ring] my [family|parents|mum|mom|dad|wife|husband|kids] if [something happens|anything happens]", .risk(.suicidal, .concern)),
        ("[tonight|today|tomorrow|this weekend|friday|saturday|sunday] [might|could|will|is going to|is gonna] be [it|the night|the day|the one]", .risk(.suicidal, .concern)),

        // Suicidal: at a height or on the tracks right now; the means taken beyond the dose.
        ("[i'm|im|i am|sitting|standing|sat|stood|already]? on the @height @nowish", .risk(.suicidal, .urgent)),
        ("[i'm|im|i am] on the @height", .risk(.suicidal, .urgent)),
        ("on the @height right now", .risk(.suicidal, .urgent)),
        ("[express|fast train|freight train|train] that [doesn't|doesnt|does not] stop", .risk(.suicidal, .concern)),
        ("[which side|the side|the bit|the part|the end] *2 [has no|with no|without a|without any] [barrier|railing|railings|fence|rail|wall]", .risk(.suicidal, .concern)),
        ("how far down [it was|it is|it'd be|it would be]", .weak(.suicidal)),
        ("[not planning on|not going to be|won't be|don't plan on|no plans of] checking out", .risk(.suicidal, .concern)),
        ("[taken|took|swallowed|had|take] more than i [should|should have|should've|was supposed to|am supposed to|was meant to|meant to]", .weak(.suicidal)),
        ("[took|taken|swallowed|downed] *2 of my [meds|pills|tablets|medication|sleeping pills|painkillers] *4 [instead of|ago|feel sick|feeling sick|at once|in one go]", .risk(.suicidal, .urgent)),

        // Self-harm: keeping the body hidden; punishing cold, heat or pain "until".
        ("[can't|cant|cannot|won't|wont|mustn't] let [anyone|anybody|them|people|him|her|my] *1 see [my arms|my thighs|my wrists|my legs|my stomach|my hips|what i did|what i've done|what i do|the marks|the scars|the cuts|underneath]", .risk(.selfHarm, .concern)),
        ("[make|made|making|force|forced|forcing] myself *5 [until|till|til] [i'm|im|i am|it|i] *2 [shaking|blue|numb|bleeding|bleed|bruised|sick|raw|burns|burning]", .risk(.selfHarm, .concern)),
        ("[new ones|fresh ones|a new one|more of them] [from|since|last|this|on|at] *2 [tuesday|monday|wednesday|thursday|friday|saturday|sunday|weekend|night|week|yesterday]", .weak(.selfHarm)),
        ("[hit|hitting|hits|punch|punched|punching|smash|smashing|smashed|slam|slamming] [the|a] [wall|walls|door|mirror] *4 [until|till|til] *3 [knuckles|hand|hands|fist|fists|bleed|bleeding|bled|bruised|mess|split|broke]", .risk(.selfHarm, .concern)),
        ("[by accident|accidentally] *3 [third|fourth|fifth|another|again] *2 [accident|time|one] this [week|month]", .risk(.selfHarm, .concern)),

        // Harm to others: threats in slang, lists kept, a lesson to teach, stalking told as knowing routines.
        ("[is|he's|hes|she's|shes|you're|ur|youre|they're|theyre] [a dead man|a dead woman|dead meat|a dead man walking|dead when|so dead]", .risk(.harmToOthers, .concern)),
        ("[teach|teaching|taught] [that|the|this|my|his|her] *1 @relation a lesson", .weak(.harmToOthers)),
        ("[written|wrote|writing|keeping|kept|started] a list [of|with] *4 [people|names|everyone|who|them]", .risk(.harmToOthers, .concern)),
        ("[wreck|ruin|destroy] [his|her|their] *2 life *3 [then him|then her|then them|and then]", .risk(.harmToOthers, .concern)),
        ("[make|making] [him|her|them] stop for good", .risk(.harmToOthers, .concern)),
        // Sharpening alone is cooking; with a person in view it is a threat.
        ("[sharpening|sharpened|sharpen] *3 [knives|blades|knife|blade|axe|machete] *8 @relation|him|her|them|he|she|they", .risk(.harmToOthers, .urgent)),
        ("[got|have|brought|bring|packed] something in my [bag|pocket|backpack|locker|car] for", .weak(.harmToOthers)),
        ("next time [i'm|im|i am|i'll|ill|i won't be] not just [watching|looking|talking|following]", .risk(.harmToOthers, .concern)),
        ("[not safe|dangerous] [around|near|with] my [son|daughter|kids|kid|baby|children|partner|husband|wife|mum|dad] *3 [today|tonight|right now|at the moment|anymore]", .risk(.harmToOthers, .concern)),
        ("[know|knows] [what car|which car|where] [he|she|they] [drives|parks|lives|sleeps|works]", .weak(.harmToOthers)),

        // Danger from someone else: pinned, shut out, threats of "consequences", images held over the writer.
        ("[pins|pinned|pinning|pin] me [to|against|down|on]", .risk(.abuseDanger, .concern)),
        ("[shuts|shut|shutting] me [out|in] *3 [house|room|shed|garden|night|cold|overnight]", .risk(.abuseDanger, .concern)),
        ("[there'll|there will|there'd|there would|therell] be consequences", .weak(.abuseDanger)),
        ("[show|teach] me what happens", .risk(.abuseDanger, .concern)),
        ("[post|share|leak|send|put] *2 [photos|pics|pictures|videos|nudes|images] of me", .risk(.abuseDanger, .concern)),
        ("[bruises|bruise|marks] *6 [shape of|finger marks|fingermarks|fingerprints|handprint|hand print|his fingers|her fingers]", .risk(.abuseDanger, .concern)),
        ("[knows|know] where i [sleep|live|work|park|am staying|stay]", .risk(.abuseDanger, .concern)),
        ("[sending|send|taking|take|sent] me *4 to [be married|get married|marry]", .risk(.abuseDanger, .concern)),
        ("[pinned|pinned me|grabbed me|shoved me|pushed me] against the [fridge|wall|door|counter|sink|floor|car]", .risk(.abuseDanger, .concern)),
    ]
}
