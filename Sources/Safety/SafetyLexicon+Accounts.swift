/// Families written after grouping a fresh writer's misses and false alarms by kind: a wish for an
/// accident or for not waking, finality told as the last entry or "any week after that", intrusive
/// thoughts that tell the writer to die, means counted, saved and checked for a lethal amount, the
/// platform edge; self-harm in texting slang (relapse, depth words, dropped g's), heat pressed to the
/// skin, marks hidden from view; harm to others told as acid, spiking, shaking a baby; danger at home
/// told as broken bones, a hand at the throat, a barricaded door, trackers and cameras; and, on the
/// other side, the many ways a resolved past is told (by age, by decade, "since therapy", "I don't
/// anymore", "a different person now", "years and a lot of therapy later"). Each entry is a family of
/// wordings, checked against the everyday sentences that share its words.
extension SafetyLexicon {
    static let accountSets: [String: [String]] = [
        /// Bones and body parts an abuser breaks or cracks.
        "injuryPart": [
            "wrist", "wrists", "arm", "arms", "finger", "fingers", "rib", "ribs", "nose", "jaw", "collarbone", "leg",
            "legs", "cheekbone", "cheek", "eye", "tooth", "teeth", "hand", "ankle", "thumb", "toes",
        ],
    ]

    static let accountForms: [(String, SafetyCue.Role)] = [
        // Suicidal: an accident or not waking welcomed.
        ("[got|get|was|were] [hit|run over|knocked down|knocked over|killed] *6 [wouldn't mind|would not mind|wouldn't care|would be grateful|be grateful|be relieved|be a relief|wouldn't be sad|not mind|be glad]", .risk(.suicidal, .concern)),
        ("if i [didn't|did not|never|don't|dont] wake up *8 [a relief|wouldn't mind|would not mind|be grateful|be glad|a blessing|for the best|be relieved|not mind]", .risk(.suicidal, .concern)),
        ("[wouldn't mind|would not mind|would be a relief|be relieved|be grateful|wouldn't care] if i [didn't wake up|never woke up|don't wake up|died|got hit|was gone|just died|wasn't here|were gone|stopped existing]", .risk(.suicidal, .concern)),
        ("[i'd|i would|id] rather [not|never] [exist|be alive|wake up|have been born|be born|be living|live]", .risk(.suicidal, .concern)),

        // Suicidal: finality, the last entry, no session after this one.
        ("[will be|'ll be|will probably be|is probably|might be|may be|is going to be|probably be|could be] [my|the] last [entry|post|message|log|note|thing i write|thing i'll write|thing i post|time i write|time i log] [$|,|ever|in here|here|on here|for good|i'll write|i write]", .risk(.suicidal, .concern)),
        ("[or|nor] any [week|weeks|session|sessions|day|days|month|months|class|group|meeting|time] after [that|this|it]", .risk(.suicidal, .concern)),
        ("[don't know|dont know|do not know|not sure|no idea|dunno|unsure] how much longer i can [do this|keep going|go on|take this|cope|hold on|keep doing this|keep this up|carry on|stand it|take it|keep living]", .risk(.suicidal, .concern)),
        ("how much longer i can [do this|keep going|go on|take this|cope|hold on|keep doing this|keep this up|carry on|stand it|take it|keep living]", .risk(.suicidal, .concern)),
        ("[can't|cant|cannot] [do this|take this|take it|go on|cope|keep going|do it] [no more|nomore|any longer]", .risk(.suicidal, .concern)),
        ("[can't|cant|cannot] [anymore|any more|no more] [$|,|tbh|honestly|lol|fr]", .risk(.suicidal, .concern)),
        ("[done|finished|over it|sick of] [w|w/|wit|wiv] [life|living|everything|it all|existing|being alive]", .risk(.suicidal, .concern)),
        ("done trying [$|,|.|anymore|any more|to stay alive|to live|to keep going|to get better]", .risk(.suicidal, .concern)),
        ("[free of me|free from me] [for good|forever|permanently|once and for all]", .risk(.suicidal, .concern)),
        ("[stop|stopped|stopping|quit] taking up [space|room|air|oxygen] [$|,|.|for good|on this earth|in this world|anymore]", .risk(.suicidal, .concern)),

        ("[doing|do|did] [them|everyone|everybody|you|my family|the world|people] [all]? a favour *3 [not being here|not being around|dying|disappearing|being gone|if i died|if i was gone|going for good]", .risk(.suicidal, .concern)),
        ("do something [stupid|silly|i'll regret|permanent] [$|.|later|tonight|today|soon]", .risk(.suicidal, .concern)),
        ("[thoughts|urges|images] that [scare|frighten|terrify|scared|frightened] me", .risk(.suicidal, .concern)),
        ("[disappear|disappearing|vanish|vanishing] *6 from [this world|the world|this earth|the earth]", .risk(.suicidal, .concern)),
        ("[decided|sure|know|knew|think|thought] *1 this [was|is|will be|would be] my last [birthday|christmas|summer|new year|easter]", .risk(.suicidal, .concern)),
        ("[whoever|whomever|the person who] [finds|will find|find] me [$|,|.|first|and|when|in]", .risk(.suicidal, .concern)),
        ("[don't|dont|won't|wont] [really|even] need [them|it|any of it|any of this|those|these|that|this|money|stuff|things] *2 where [i'm|im|i am] going", .risk(.suicidal, .concern)),
        ("[omw|on my way|heading|headed|walking|driving|going] [to|up to|out to] the [bridge|cliffs|cliff|tracks|roof|quarry|viaduct]", .weak(.suicidal)),

        // Suicidal: the thought that tells the writer to die.
        ("[tells me|telling me|tell me] *3 [to kill myself|to die|kys|kms|i should die|i should be dead|to end it|i'd be better off dead|i'd be better off gone|the kindest thing|everyone would be better off|i don't deserve to live]", .risk(.suicidal, .concern)),
        ("[kys|kill yourself|just die|you should die|end it] *3 what my [brain|head|mind] [says|tells me|keeps saying]", .risk(.suicidal, .concern)),
        ("how [easy|quick|simple|quickly|easily] it [would|'d|could|might] be [$|,|to step|to jump|to turn the wheel|to swerve|to fall|to step in|to step off|to drive off|to end it]", .risk(.suicidal, .concern)),
        ("[she|he|they|nobody|none of them] [didn't|doesn't|don't|won't|wouldn't|never] [know|realise|realize|notice] [it was|it's|it is|it'll be|that was|that it was|i was saying] goodbye [$|.]", .risk(.suicidal, .concern)),
        ("[saying|said|say] goodbye to *3 [in little ways|without them knowing|one by one|without telling them]", .risk(.suicidal, .concern)),

        // Suicidal: means saved, counted, checked for a lethal amount; the method researched.
        ("[which|what] [ways|way|methods|method|options] [are|is|would be|are the most|is the most|is least|are least] [painless|least painful|most painless]", .risk(.suicidal, .urgent)),
        ("[ordered|bought|got hold of|sourced|found] [something|stuff] *4 [meant to be|supposed to be|said to be] painless", .risk(.suicidal, .urgent)),
        ("how [much|many] of my *2 [would be|is|are|would|'d be|will be|it takes to be] [lethal|fatal|deadly|a lethal dose|enough to kill me|enough to die]", .risk(.suicidal, .urgent)),
        ("how many @pillWord *3 [would be|is|are|would|'d be|will be|it takes to be] [lethal|fatal|deadly|a lethal dose|enough to kill me|enough to die]", .risk(.suicidal, .urgent)),
        ("[took|taken|swallowed|downed|necked] [the rest of|every one of|every last one of|the whole lot of|a whole strip of|the whole strip of|a strip of|two strips of|a whole sheet of|a bunch of|a load of|loads of] [my|the|his|her|mum's|mums|dad's|dads]? *1 @pillWord", .risk(.suicidal, .urgent)),
        ("@pillWord [saved up|stashed|hidden away|stockpiled|squirrelled away|put by|hoarded]", .risk(.suicidal, .concern)),
        ("@pillWord saved [$|up]", .risk(.suicidal, .concern)),
        ("@pillWord home from work", .risk(.suicidal, .concern)),
        ("[the plan is|plan is|my plan's|the plan's] *2 [pills|tablets|the bridge|the rope|a rope|an overdose|paracetamol|the train|the car|gas|the river]", .risk(.suicidal, .urgent)),
        ("[gun|knife|blade|rifle|shotgun|pistol|razor] on myself", .risk(.suicidal, .urgent)),
        ("[gun|rifle|shotgun|pistol|knife|blade] *10 [using it|use it|used it|turn it|turning it] on myself", .risk(.suicidal, .urgent)),
        ("[rifle|shotgun|gun|pistol|handgun] *12 [keep|kept|keeps|been] [taking it out|looking at it|staring at it|holding it|picking it up|loading it]", .risk(.suicidal, .concern)),
        ("[leaning|lean|leant|hanging|climbing|climbed|standing|stood] over the [railing|railings|edge|balcony|parapet|barrier] *3 [to see how it feels|see how it feels|how it'd feel|how it would feel|what it'd be like|what it would be like]", .risk(.suicidal, .concern)),
        ("gas on *4 without [lighting it|lighting|a flame]", .risk(.suicidal, .concern)),
        ("[took|taken|swallowed] [a lot|loads|way|far|much|lots] more [of my|of the|of]? *2 @pillWord than [i'm|im|i am|i was|i should|prescribed|i'm meant|i'm supposed]", .risk(.suicidal, .urgent)),
        ("[enough|everything|it all] ready for when i [decide|choose|go|do it]", .risk(.suicidal, .concern)),
        ("[stepping|step|standing|edging|moving|leaning|inching|creeping|walking] [closer|nearer] to the [edge|yellow line|tracks|platform edge|drop|rails|railing]", .risk(.suicidal, .concern)),
        ("[step|stepping|jump|jumping|throw myself|walk|walking|lie|lying] in front of [it|one|the next one|the next train|the fast one]", .risk(.suicidal, .concern)),
        ("[i've|ive|i] [picked|chosen|settled on|decided on] [the|a] [bridge|cliff|building|beam|method] [$|.|,]", .risk(.suicidal, .concern)),
        // Feeling the place again after a past attempt.
        ("[back in|back to|in|at] that [dark|bad|low]? [place|headspace|head space] again", .risk(.suicidal, .concern)),
        ("[that|the] [dark|bad|low] [place|headspace|head space] again", .risk(.suicidal, .concern)),
        ("[i'm|im|i am|i feel|feeling|i've been] [there|back there] again [$|,|now|lately|and|tbh]", .risk(.suicidal, .concern)),
        ("[i'm|im|i am|i feel|feeling|i've been|been] back in that [dark|bad|low]? [place|headspace|head space|hole]", .risk(.suicidal, .concern)),

        // Self-harm: texting slang, relapse, depth words, heat pressed to the skin, marks kept hidden.
        ("[hittin|cuttin|burnin|punchin|scratchin|slappin|starvin|harmin|hurtin|bangin|bitin] [myself|meself]", .risk(.selfHarm, .concern)),
        ("[relapsed|relapse|relapsing|slipped up|slipped] [on|with|into|back into]? [sh|self harm|selfharm|cutting|self injury]", .risk(.selfHarm, .concern)),
        ("[styro|styrofoam|dermis] [$|,|this time|again|tonight|today|last night|lol|deep|cut|cuts|level]", .risk(.selfHarm, .concern)),
        ("[to|into|down to] beans [$|,|this time|again|tonight|last night|lol|deep]", .risk(.selfHarm, .concern)),
        ("[wrists|wrist|my wrists|my wrist] [r|are|is|keep|still] [stinging|bleeding] [from earlier|again|from last night|from before|still]", .risk(.selfHarm, .concern)),
        ("[sh|self harm|selfharm|cutting] [free|clean] *4 but *3 [urge|urges|craving|cravings|relapse|relapsed|slipped]", .risk(.selfHarm, .concern)),
        ("[pressed|press|pressing|held|hold|holding] [the|a|my] [iron|hot iron|lighter|cigarette|hot spoon|spoon|straighteners|hair straighteners|curling iron|curling tongs|hot knife|match] [to|against|on|onto|into] my @body", .risk(.selfHarm, .concern)),
        ("[razor|razors|sharpener|sharpeners] *5 [break them apart|break it apart|take them apart|take it apart|break them open|get the blade out|get the blades out]", .risk(.selfHarm, .concern)),
        ("[middle of|halfway through|just finished|been] cutting [$|,|and|.|again|tonight]", .risk(.selfHarm, .concern)),
        ("[only thing|only way] *6 [is cutting|is self harm|is sh|is hurting myself|is to cut|is to hurt myself|is burning myself|is the pain] [$|,|.|and|but|i|myself|tbh]", .risk(.selfHarm, .concern)),
        ("[so|because|that way|in case] [nobody|no one|noone|anyone] *2 [sees|see|notices|notice|can see|will see|asks about|ask about] [my arms|my wrists|my thighs|the marks|the cuts|the scars|my scars|my cuts]", .risk(.selfHarm, .concern)),

        // Harm to others: acid, something put in food, a baby shaken, a weapon and a time, petrol and an address.
        ("[throw|throwing|chuck|chucking|splash|splashing] acid [on|at|in|over] [her|him|them|his|their|someone]", .risk(.harmToOthers, .concern)),
        ("something in *3 [make him|make her|make them|that'll make|to make] *2 [ill|sick|suffer]", .risk(.harmToOthers, .concern)),
        ("[i've|i have|ive] [shaken|shook] [her|him|the baby|my baby|our baby] [$|,|.|hard|before|again|when|so]", .risk(.harmToOthers, .concern)),
        ("do [him|her|them] in [$|,|.|tonight|tomorrow|properly|for good]", .risk(.harmToOthers, .concern)),
        ("[gun|shotgun|rifle|pistol|machete] *8 i know [what time|when|where|which] *3 [meeting|class|school|office|leaves|finishes|he|she|they|lives]", .risk(.harmToOthers, .concern)),
        ("[petrol|gasoline|lighter fluid|acid] *6 i know where [his|her|their|he|she|they]", .risk(.harmToOthers, .concern)),

        // Danger from someone else: bones broken, a hand at the throat, threats of maiming, a belt used,
        // a barricaded door, trackers and cameras, a home that is not safe.
        ("@abuser [broke|fractured|cracked|dislocated|nearly broke|almost broke|has broken|had broken] [my|two of my|both my|one of my|three of my] *1 @injuryPart", .risk(.abuseDanger, .concern)),
        ("[held|holds|pinned|pins|grabbed|grabs|squeezed|pressed|lifted|dragged|pulled] me *5 [by my throat|by the throat|by my neck|round my throat|on my throat|round the neck]", .risk(.abuseDanger, .urgent)),
        ("[he'd|she'd|he'll|she'll|hed|shed|hell|shell|they'd|they'll|he would|she would|he will|she will] [slit|cut|break|smash|snap|burn] my [throat|neck|legs|face|arms|fingers|jaw]", .risk(.abuseDanger, .concern)),
        ("[he'll|she'll|hell|shell|he'd|she'd|hed|shed|he will|she will|they'll] make sure [i|i'll|nobody|no one|you] *3 [can't|cant|cannot|never|won't|wont|wants to|will want to|will] [walk|talk|look|get up|breathe]", .risk(.abuseDanger, .concern)),
        ("[his|her] [belt|belt buckle|cane|slipper|fists|fist] on [me|us]", .risk(.abuseDanger, .concern)),
        ("[told me|said|says|tells me|warned me] what [he'll|she'll|he'd|she'd|they'll|he will|she will|they'd] do [to me]? if i", .risk(.abuseDanger, .concern)),
        ("[pushed|wedged|dragged|shoved] the [dresser|wardrobe|drawers|chest of drawers|bed|desk|sofa|table|bookcase] [against|in front of] [it|the door|my door]", .risk(.abuseDanger, .urgent)),
        ("[banging|pounding|hammering|kicking] [on|at] [the|my] [bedroom|bathroom|front] door", .risk(.abuseDanger, .concern)),
        ("[tracker|tracking device|airtag|gps tracker|hidden camera] [on|in|under] my [car|bag|coat|bike|bathroom|bedroom]", .risk(.abuseDanger, .concern)),
        ("[spyware|stalkerware|tracking app|hidden camera] [on|in] my [phone|laptop]", .risk(.abuseDanger, .concern)),
        ("[hidden|secret] cameras [around|in|all over] the [house|flat|bathroom|bedroom]", .risk(.abuseDanger, .concern)),
        ("[safer|less scary] than [being|staying|going] [in the house|at home|home|in the flat|inside] with [him|her|them]", .risk(.abuseDanger, .concern)),
        ("home [isn't|is not|isnt|ain't|aint|doesn't feel|never feels] [really|very|that]? safe [$|,|.|but|for me|and|anymore|any more|right now|tonight|at the moment]", .risk(.abuseDanger, .concern)),
        ("[he|she] [keeps|kept|keep] [rocking|rockin|turning|showing|popping] up [at|outside] my *1 [work|flat|house|door|school|uni|job|gym|place|home]", .risk(.abuseDanger, .concern)),
        ("[follows|followed] me [home|from the station|from work|from school|to my car|to my door|to work]", .risk(.abuseDanger, .concern)),
        ("[he|she|my ex|he now|she now] [knows|found out|worked out] [which|what] [gym|bus|route|class|shop|cafe|café|train|pub|school|office|hostel|refuge|street] i", .risk(.abuseDanger, .concern)),

        // Everyday phrases that share these words.
        ("[cringe|embarrassing|awkward|funny|cute|hilarious|jealous] *3 [i could|i'd|i would|i might] [literally|actually|just]? die", .benign),
        ("[can't|cannot|cant|couldn't] imagine not [being here|being alive|being around]", .benign),
        ("[short sleeves|short-sleeved|t shirts|t-shirts|vest tops|sleeveless]", .benign),
        // "Still a bit raw from the shouting": the quantity, not "bit" as in biting skin raw.
        ("[still|feeling|feel|feels|felt|i'm|im|i am|left me] [a|a little|a tiny] bit raw", .benign),

        // The past told as a time: by age at a sentence's end, by decade, since treatment, after service.
        ("at @pastAge $", .frame(.past)),
        ("[seventies|eighties|nineties|80s|90s|70s|noughties]", .frame(.past)),
        ("[since|after] [therapy|treatment|rehab|counselling|counseling|cbt|getting help|i got help|my recovery]", .frame(.past)),
        ("[came|come|got] [home|back|out] from the [army|navy|forces|war|military|marines]", .frame(.past)),
        ("in first year", .frame(.past)),

        // The writer says it is over: the work done, the life moved on, the person changed.
        ("that was the [seventies|eighties|nineties|80s|90s|70s|noughties]", .resolved),
        ("done a lot of work on [it|that|myself|this]", .resolved),
        ("[worked through|made peace with|come to terms with|came to terms with|forgiven|forgave] [it|that|him|her|them|most of it|a lot of it|all of it|all that|the past|what happened]", .resolved),
        ("[don't|dont|do not] [anymore|any more] $", .resolved),
        ("still here and [i'm|im|i am]? [glad|grateful|happy|thankful]", .resolved),
        ("[glad|grateful|thankful|happy] i [stuck around|stayed|held on|hung on|survived|made it|didn't go through with it|am still here|'m still here]", .resolved),
        ("[that|it|that time|those years|back then|all that] [feels|felt|seems] like [a different person|another person|a different life|another life|a lifetime ago|another lifetime|someone else's life]", .resolved),
        ("[it passed|that passed|and it passed|it's passed|it has passed|it went away|they went away|and it stopped|it all stopped|it finally stopped|got better ,|got better and]", .resolved),
        ("[years|decades] *4 later", .resolved),
        ("[came|come|coming] out the other [side|end]", .resolved),
        ("[scars|marks] *2 [are|'re|have] [old|faded|white|silver|pale|long faded]", .resolved),
        ("[married|remarried|engaged] to [a kind|a lovely|a good|a gentle|a wonderful|someone kind|someone lovely|someone new|someone else]", .resolved),
        ("[now|happily] [married|remarried|engaged]", .resolved),
        ("[discharged me|was discharged|got discharged|been discharged|signed me off]", .resolved),
        ("[years|months] [divorced|separated|sober|out of it|away from him|away from her]", .resolved),
        ("new life", .resolved),
        ("now when i [feel|get|'m feeling|am feeling|start to feel|notice]", .resolved),
        ("[years|months|decades] since i last", .resolved),
        ("[years|months|decades] since i [felt|had|did|thought] [that|it|anything like that|like that|those thoughts|that way]", .resolved),
    ]
}
