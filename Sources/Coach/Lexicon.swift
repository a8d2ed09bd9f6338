import Domain

/// The phrase patterns behind each cue, in the `PhraseMatcher` language.
///
/// These lists describe how people speak, not sentences from the labelled data: each entry is a
/// general form ("sorry to @bother") that many different replies share. The trained weights decide
/// how much each cue counts towards a style or component.
enum Lexicon {
    static let sets: [String: [String]] = [
        "emotion": [
            "upset", "hurt", "frustrated", "annoyed", "angry", "sad", "anxious", "worried", "stressed",
            "overwhelmed", "uncomfortable", "disappointed", "concerned", "embarrassed", "scared", "nervous",
            "exhausted", "unhappy", "confused", "disrespected", "ignored", "uneasy", "irritated", "excluded",
            "unsafe", "overloaded", "drained", "underappreciated", "unheard", "dismissed", "stretched",
            "frustrating", "upsetting", "hurtful", "uncomfy", "sad", "lonely", "left", "invisible",
            "undervalued", "pressured", "rushed", "fed", "burnt", "burned", "stuck", "torn", "bothered",
            "offended", "humiliated", "taken", "unappreciated", "unsupported", "disheartened",
        ],
        "bother": [
            "bother", "trouble", "ask", "interrupt", "bug", "pester", "nag", "complain", "disturb", "be",
            "make", "raise", "mention", "bring", "put", "impose", "intrude", "annoy",
        ],
        "imperative": [
            "stop", "give", "send", "turn", "call", "text", "tell", "let", "take", "move", "pay", "fix",
            "return", "refund", "knock", "clean", "keep", "put", "come", "wait", "check", "book", "change",
            "bring", "leave", "email", "message", "quit", "cut", "lower", "respect", "remove", "delete",
            "shut", "clear", "wash", "replace", "sort", "answer", "show", "explain", "hand", "drop", "read",
            "listen", "ask", "knock", "pick", "tidy", "empty", "swap", "split", "cover", "write", "reply",
            "repay", "return", "use", "ring", "mute", "close", "open", "include", "add", "unblock", "post",
        ],
        "refuseVerb": [
            "doing", "lending", "taking", "giving", "paying", "covering", "going", "coming", "staying",
            "changing", "sharing", "signing", "agreeing", "working", "buying", "driving", "hosting",
            "joining", "accepting", "moving", "switching", "skipping", "letting", "putting", "answering",
            "discussing", "available", "able", "willing", "interested", "okay", "ok", "comfortable",
        ],
        "insultWord": [
            "idiot", "idiots", "stupid", "lazy", "selfish", "useless", "pathetic", "incompetent", "clueless",
            "moron", "jerk", "ridiculous", "dumb", "loser", "rude", "inconsiderate", "disgusting", "clown",
            "creep", "liar", "childish", "immature", "spoiled", "spoilt", "entitled", "ignorant", "arrogant",
            "hypocrite", "psycho", "freak", "trash", "garbage", "worthless", "brat", "joke", "unbelievable",
            "disgrace", "shameful", "unprofessional", "pig", "slob", "snake", "fake", "petty", "toxic",
            "delusional", "embarrassing", "pathetic", "absurd", "insane", "nuts", "deadbeat", "scam",
            "scammer", "scammers", "cowboys", "cheapskate", "weirdo", "idiotic", "lame", "clowns",
        ],
        "profanity": [
            "fuck~", "shit~", "damn", "damned", "crap", "crappy", "bs", "wtf", "stfu", "bullshit", "hell",
            "ass", "asshole", "arse", "arsehole", "bitch", "bloody", "pissed", "fk", "fkn", "ffs", "smh",
            "dickhead", "bastard", "frickin", "freaking", "effing", "screw",
        ],
        "sarcasticAdj": [
            "great", "sure", "wow", "joy", "fantastic", "wonderful", "lovely", "perfect", "brilliant", "amazing",
            "nice", "cool", "fun", "awesome", "splendid", "marvelous", "marvellous", "super", "terrific",
        ],
    ]

    static let patterns: [(String, Cue)] = [
        // Apologies. Each match counts once; two or more suggest over-apologising.
        ("sorry", .apology), ("apologize|apologies|apologized|apologizing", .apology),
        ("my bad", .apology), ("forgive me", .apology), ("i feel terrible", .apology),
        ("sorry to @bother", .apologyForNeed), ("sorry for bothering|troubling|interrupting|asking|even|the|being|making|taking|bugging|nagging|complaining", .apologyForNeed),
        ("sorry if this|i'm|that's|it's|i", .apologyForNeed), ("sorry i know", .apologyForNeed),
        ("sorry , i know", .apologyForNeed), ("i hate to ask|bother|be", .apologyForNeed),
        ("not to be a pain|difficult|bother", .apologyForNeed),

        // Hedges that soften a message until it is lost.
        ("maybe", .hedge), ("perhaps", .hedge), ("possibly", .hedge), ("probably", .hedge),
        ("sort of", .hedge), ("kind of", .hedge), ("i guess", .hedge), ("i suppose", .hedge),
        ("if it's|that's|its okay|fine|cool|alright|possible", .hedge), ("if you don't mind", .hedge),
        ("if that works", .hedge), ("just wondering", .hedge), ("i was wondering|thinking", .hedge),
        ("i wonder if", .hedge), ("not a big deal", .hedge), ("no big deal but", .hedge), ("idk", .hedge),
        ("i don't know", .hedge), ("or something", .hedge), ("or whatever", .hedge),
        ("a little|tiny|teeny bit?", .hedge), ("a bit", .hedge), ("i might be wrong", .hedge),
        ("hopefully", .hedge), ("if possible", .hedge), ("if you can|could", .hedge),
        ("when|whenever you get a chance|minute|moment|sec|second", .hedge), ("no pressure", .hedge),
        ("i think maybe", .hedge), ("somewhat", .hedge), ("slightly", .hedge),
        ("if it's not too much", .hedge), ("would it be possible", .hedge), ("is there any chance", .hedge),
        ("any chance", .hedge), ("it's probably nothing|just", .hedge), ("i could be wrong", .hedge),
        ("no rush", .hedge), ("only if", .hedge), ("ish", .hedge), ("i'm not sure", .hedge),
        ("not sure", .hedge), ("if that makes sense", .hedge), ("does that make sense", .hedge),
        ("kinda|sorta", .hedge), ("lowkey", .hedge), ("hmm|hm|hmmm", .hedge),
        ("if you want|like", .hedge), ("would that be okay|alright|ok", .hedge),
        ("i'm not sure [i|if i] can|could", .softRefusal), ("i don't know if i can|could", .softRefusal),
        ("maybe not", .softRefusal), ("probably not", .softRefusal), ("i might not", .softRefusal),
        ("not sure if i can|could", .softRefusal), ("i'll try|see", .softRefusal),
        ("um|umm|uh|uhh|uhm|erm|er|ummm", .filler),

        // 'I' statements: my feeling, need or view, in first person.
        ("i feel|felt|feeling", .iFeeling), ("[i'm|i've been|i was|i get|i am|i feel|i felt|i'm feeling|i've been feeling|i'm getting] *2 @emotion", .iFeeling),
        ("makes|made|leaves|left me feel|feeling", .iFeeling), ("it makes|made me @emotion", .iFeeling),
        ("i need|needed", .iNeed), ("[i'd|i would] like|love|prefer|appreciate|rather", .iNeed),
        ("i want|wanted", .iNeed), ("[i was|i'm|i am] hoping", .iNeed), ("[i'd have|i would have] liked|loved|preferred", .iNeed),
        ("i'd rather", .iNeed), ("i miss|love|like|hate|enjoy|mind", .iNeed), ("i hope", .iNeed),
        ("[we'd|we would|we need|we want|we'd like]", .iNeed), ("i prefer", .iNeed), ("i'm asking|requesting|hoping", .iNeed),
        ("what i need|want", .iNeed), ("it's|its important to|for me", .iNeed),
        ("it matters to me", .iNeed), ("i expect", .iNeed), ("i'm going to need", .iNeed),
        ("i think|believe", .iView), ("i disagree", .iView), ("i don't agree|think|believe", .iView),
        ("in my opinion|view|experience", .iView), ("my view|opinion|concern|worry|worry|preference|problem is", .iView),
        ("i see it|things differently", .iView), ("from my perspective|side|end", .iView),
        ("i'm not comfortable|happy|okay|ok|cool|fine with", .iView), ("i'm uncomfortable", .iView),
        ("i've decided", .iView), ("i noticed", .iView), ("i'd say", .iView), ("i value", .iView),
        ("i'm concerned|worried", .iView), ("to me", .iView), ("for me", .iView),
        ("i feel|felt like|that you|you're|your|he|she|they", .iFeelYou),

        // Requests: a specific ask of the other person.
        ("can|could|would|will you", .request), ("would you mind", .request), ("please", .request),
        ("[i'd|i would] like you to", .request), ("i need|want you to", .request),
        ("i'm asking you to", .request), ("let's", .request), ("can|could we", .request),
        ("i'd appreciate it if", .request), ("it would help if you", .request), ("make sure", .request),
        ("i expect you to", .request), ("you need to", .request), ("going forward", .request),
        ("from now on", .request), ("in future|the future", .request), ("next time", .request),
        ("^ @imperative", .imperative), ("^ please @imperative", .imperative), ("^ don't|do not", .imperative),

        // Clear refusals and limits.
        ("^ no ,|.|!", .refusal), ("^ no $", .refusal), ("^ no thanks|thank|way|can", .refusal), ("no , thanks|thank", .refusal),
        ("i can't|won't", .iLimit), ("i will not", .iLimit), ("i'm not going to", .iLimit),
        ("i'm not @refuseVerb", .iLimit), ("[i'll|i will|i'm going to|i have to|gonna have to|i'm gonna|i'm going to have to] pass", .refusal),
        ("[i'll|i have to|i'm going to have to|i must|i'm going to|i've got to] [decline|say no]", .refusal), ("not this time", .refusal),
        ("that|this|it|which [doesn't|won't|does not|will not] work for me", .refusal),
        ("that's not [going to|gonna] work", .refusal), ("i don't want to", .iLimit),
        ("i'd rather not", .iLimit), ("not happening", .refusal), ("i decline", .refusal),
        ("count me out", .refusal), ("i'm out", .refusal), ("my answer is no", .refusal),
        ("the answer is no", .refusal), ("that's|thats|it's not okay|ok|acceptable|fair", .refusal),
        ("i'm unavailable", .refusal), ("that's a no", .refusal), ("hard no", .refusal),
        ("no can do", .refusal), ("i don't lend|do|want", .iLimit), ("not going to happen", .refusal),
        ("not anymore", .refusal), ("no longer", .refusal), ("i'm saying no", .refusal),
        ("[i've|i have] decided not", .refusal), ("i won't be", .refusal), ("not for me", .refusal),
        ("i can not", .iLimit), ("i'm not doing that|this|it", .iLimit),
        ("^ not tonight|today|this|now|again|happening|possible|a|for|interested|me", .refusal),
        ("^ can't|cant|won't|wont|unable", .refusal), ("isn't|is not possible|doable", .refusal), ("isn't an option", .refusal),
        ("^ stop", .refusal), ("back off", .refusal), ("leave me alone", .refusal), ("^ don't|do not * again|anymore", .refusal),
        ("i said no", .refusal), ("no means no", .refusal), ("without * no", .refusal), ("not without", .refusal),
        ("^ no way", .refusal), ("absolutely not", .refusal), ("definitely not", .refusal), ("^ pass", .refusal),

        // Blame and contempt.
        ("you always|never|constantly|keep", .blame), ("you're always|never|so|such|the|being|just|completely|totally|clearly|literally|seriously|really", .blame),
        ("your fault", .blame), ("because of you", .blame), ("you made|make me", .blame),
        ("you don't|didn't care|listen|even|ever|bother|think", .blame), ("you ruined|ruin|ruins", .blame),
        ("thanks to you", .blame), ("you people|lot|guys are", .blame), ("typical", .blame),
        ("how dare you", .blame), ("[what's|what is] wrong with you", .blame),
        ("you [should have|shouldn't have|should've]", .blame), ("you have no", .blame), ("you can't even", .blame),
        ("who do you think", .blame), ("your problem", .blame), ("you obviously|clearly", .blame),
        ("you did this", .blame), ("you messed|screwed|ruined|broke|wrecked|blew", .blame),
        ("it's on you", .blame), ("grow up", .blame), ("get your act|shit together", .blame),
        ("is that too much to ask", .blame), ("you're the reason", .blame), ("blame you", .blame),
        ("every single time", .blame), ("what kind of", .blame), ("do your job", .blame),
        ("you couldn't|can't be bothered", .blame), ("you think you", .blame),
        ("@insultWord", .insult), ("shut up", .insult), ("piss off", .insult), ("get lost", .insult),
        ("go away", .insult), ("get a life", .insult), ("who cares", .insult), ("screw you|this|that", .insult),
        ("drop dead", .insult), ("are you stupid|serious|kidding|deaf|blind|joking", .insult),
        ("@profanity", .profanity),
        ("always", .absolutes), ("never", .absolutes), ("every time", .absolutes), ("everyone", .absolutes),
        ("nobody", .absolutes), ("constantly", .absolutes), ("all the time", .absolutes),
        ("you|you're|your", .youStatement),

        // Acknowledging the other person.
        ("i understand", .validation), ("i *1 understand|get|hear|appreciate|see|respect|know", .validation),
        ("you're|you are *1 right", .validation), ("^ fair", .validation), ("that's|thats|it's *1 fair", .validation),
        ("good|great|nice point|idea|question|catch|call", .validation), ("^ true", .validation),
        ("you've|you have been|worked|done|put * a lot|hard|so much", .validation), ("i know * miss|love|care|need|want|mean", .validation), ("i know you|you're|it's|its|this|that|how|it", .validation),
        ("i get that|it|why|how|you", .validation), ("i can see|tell", .validation), ("i hear you", .validation),
        ("i appreciate", .validation), ("that makes sense", .validation), ("i realize", .validation),
        ("you're right", .validation), ("you have a point", .validation), ("fair point|enough", .validation),
        ("i see where|what|your", .validation), ("i know you mean well", .validation),
        ("[must be|sounds|that sounds|that must be|that's] hard|tough|stressful|difficult|frustrating|rough|annoying", .validation),
        ("that sounds|seems hard|tough|stressful|frustrating|difficult|rough", .validation),
        ("i respect", .validation), ("i can imagine", .validation), ("good point", .validation),
        ("understandable", .validation), ("i totally|completely get", .validation),
        ("i know how much|hard|busy", .validation), ("i know things are|it's", .validation),
        ("i see that", .validation), ("that's fair", .validation), ("i value", .validation),
        ("makes sense", .validation), ("i can understand", .validation), ("no judgment|judgement", .validation),
        ("thanks|thank|cheers", .thanks), ("appreciate it", .thanks),

        // A middle way or an alternative.
        ("how about", .compromise), ("what if we|i|you", .compromise), ("instead", .compromise),
        ("alternatively", .compromise), ("or we could", .compromise), ("we could", .compromise),
        ("but i can|could", .compromise), ("i can|could * instead", .compromise),
        ("meet halfway|in", .compromise), ("halfway", .compromise), ("split it|the|them|this", .compromise),
        ("take turns", .compromise), ("alternate", .compromise), ("another time|day|week|option", .compromise),
        ("next week|time|month|weekend", .compromise), ("would * work for you", .compromise),
        ("does * work for you", .compromise), ("[i'm|i am] happy to", .compromise), ("i can do|offer", .compromise),
        ("i could do|offer", .compromise), ("middle ground", .compromise), ("trade|swap", .compromise),
        ("rather than", .compromise), ("one option", .compromise), ("let's find|figure|work", .compromise),
        ("work something out", .compromise), ("compromise", .compromise),
        ("[i can|i could|i'll|i will|happy to|i'm happy to|we can|we could] * later|tomorrow|tonight|instead|afterwards|next|first|then|once|after|another|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend", .compromise),
        ("^ if you", .compromise), ("you can * if", .compromise), ("or an|a|we|you|i", .compromise),
        ("how's|how about|what about|would * monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|tomorrow|weekend|morning|afternoon|evening", .compromise),
        ("shall|should we", .compromise), ("as long as", .compromise), ("on condition", .compromise), ("i'm open to", .compromise),
        ("if you * [i can|i could|i will|i'll]", .compromise), ("in exchange", .compromise), ("either", .compromise),
        ("for now", .compromise), ("part of", .compromise), ("half", .compromise), ("a shorter", .compromise),
        ("i could|can help|do|take|cover|stay|come|look|check|send", .compromise),

        // Indirect hostility.
        ("^ oh|well|wow @sarcasticAdj", .sarcasm), ("oh sure|great|joy|wow|good|perfect|right", .sarcasm),
        ("sure , because", .sarcasm), ("must be nice", .sarcasm), ("thanks [a lot|a bunch|so much for|for nothing]", .sarcasm),
        ("don't worry about me", .sarcasm), ("as usual", .sarcasm), ("as always", .sarcasm),
        ("glad|good|nice to know|see|hear", .sarcasm), ("love that", .sarcasm),
        ("how nice|lovely|kind|thoughtful|considerate|generous", .sarcasm), ("nice of you", .sarcasm),
        ("of course you|it|they", .sarcasm), ("whatever you say", .sarcasm), ("some of us", .sarcasm),
        ("totally|perfectly|absolutely fine", .sarcasm), ("no really", .sarcasm), ("guess i'll", .sarcasm),
        ("[it's not like|not like]", .sarcasm), ("heaven|god forbid", .sarcasm), ("don't mind me", .sarcasm),
        ("per my last", .sarcasm), ("as i said|mentioned|explained", .sarcasm), ("as previously", .sarcasm),
        ("just saying", .sarcasm), ("no offense|offence", .sarcasm), ("bless", .sarcasm), ("clearly", .sarcasm),
        ("obviously", .sarcasm), ("apparently", .sarcasm), ("silly me", .sarcasm), ("how dare i", .sarcasm),
        ("what a surprise", .sarcasm), ("big surprise", .sarcasm), ("who knew", .sarcasm),
        ("real mature", .sarcasm), ("cool cool", .sarcasm), ("noted", .sarcasm), ("happy now", .sarcasm),
        ("hope you're happy", .sarcasm), ("wouldn't want", .sarcasm), ("far be it", .sarcasm),
        ("i'm sure you|it|they", .sarcasm), ("if you say so", .sarcasm), ("sure thing", .sarcasm),
        ("no worries i'll|i|ill", .sarcasm), ("i'll just", .sarcasm), ("must have been", .sarcasm),
        ("so glad", .sarcasm), ("can't wait", .sarcasm), ("funny how", .sarcasm), ("interesting how", .sarcasm),
        ("nice to be", .sarcasm), ("good for you", .sarcasm), ("lucky you", .sarcasm), ("i mean ,", .sarcasm),
        ("wow", .sarcasm), ("sure", .sarcasm), ("🙃|🙄|😒|😑|😤|🤷", .sarcasm), ("lol|lmao|haha", .sarcasm),
        ("thanks for * asking|letting|telling|remembering", .sarcasm), ("so nice", .sarcasm), ("kudos", .sarcasm),
        ("^ fine .|!|…", .sulk), ("^ fine $", .sulk), ("^ whatever .|!|…", .sulk), ("^ whatever $", .sulk), ("^ k .", .sulk), ("^ k $", .sulk), ("^ okay then", .sulk),
        ("forget it", .sulk), ("do what you want", .sulk), ("suit yourself", .sulk), ("never mind", .sulk),

        ("or else", .threat), ("you'll regret", .threat), ("[i'll|i will|i'm going to|i'm gonna] report|sue|escalate|complain", .threat),
        ("i'm warning you", .threat), ("watch yourself|it|your", .threat), ("try me", .threat),
        ("see what happens", .threat), ("lawyer|lawyers|solicitor|court|legal", .threat),
        ("you'll be sorry", .threat), ("last warning", .threat), ("don't test me", .threat),
        ("i'll have you", .threat), ("or [i'll|i will]", .threat), ("unless you", .threat),

        ("[i'm so|i'm such a|i'm such an|i'm a|i'm an|i'm really|i'm just|i'm being|i am so] stupid|useless|hopeless|idiot|dumb|silly|terrible|mess|pathetic|failure|burden|clueless|hopeless", .selfDeprecation),
        ("my fault", .selfDeprecation), ("i'm the worst", .selfDeprecation), ("it's probably me", .selfDeprecation),
        ("i'm bad at", .selfDeprecation), ("silly of me", .selfDeprecation), ("dumb|stupid|silly question", .selfDeprecation),
        ("i'm probably|prob overreacting|being", .selfDeprecation), ("i'm overreacting", .selfDeprecation),
        ("i'm being silly|dramatic|stupid|difficult|annoying|petty", .selfDeprecation),
        ("i shouldn't have", .selfDeprecation), ("i'm not good at", .selfDeprecation),
        ("i know i'm", .selfDeprecation), ("me being", .selfDeprecation), ("i'm such", .selfDeprecation),

        ("it's|its fine", .minimising), ("no big deal", .minimising), ("it doesn't|doesnt matter", .minimising),
        ("never mind", .minimising), ("it's nothing", .minimising), ("don't worry about it", .minimising),
        ("whatever", .minimising), ("not important", .minimising), ("no worries", .minimising),
        ("no problem|prob|probs", .minimising), ("all good", .minimising), ("it's okay|ok|cool|alright", .minimising),
        ("doesn't matter", .minimising), ("not a problem", .minimising), ("no biggie", .minimising),

        ("^ okay|sure|fine|yeah|yes|alright", .givingIn), ("i'll do it", .givingIn),
        ("whatever you think|want|prefer|works|need|decide", .givingIn), ("if you say so", .givingIn),
        ("i don't mind", .givingIn), ("up to you", .givingIn), ("that's fine", .givingIn),
        ("i'll manage|cope|figure|sort|make|deal|work|find", .givingIn), ("i can try", .givingIn),
        ("i guess i can|could|will", .givingIn), ("happy to help", .givingIn), ("i'll sort it", .givingIn),
        ("it's your call", .givingIn), ("you know best", .givingIn), ("you decide", .givingIn),
        ("i'll go along", .givingIn), ("fine by me", .givingIn), ("i'll just", .givingIn),
        ("because|since|cause", .reason), ("so that", .reason), ("as i|it|we|the", .reason),
        ("just", .just),
    ]

    static let matcher: PhraseMatcher<Cue> = {
        do {
            return try PhraseMatcher(patterns.map { ($0.0, $0.1) }, sets: sets)
        } catch {
            // The lexicon is source code: a bad pattern is a programming error caught by every test run.
            preconditionFailure("\(error)")
        }
    }()
}
