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
            "studies", "study", "figures", "hotline", "helpline", "protocol", "protocols", "risk", "assessment",
            "assessments", "screening", "pathway", "charity", "charities", "lecture", "seminar", "campaign",
            "squeeze",
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

    ]
}
