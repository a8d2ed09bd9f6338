/// Families written after measuring a fresh writer's texts: suicidal thinking told as a future that has
/// been cancelled, as stockpiles and payouts, in community slang; self-harm told through the cover story
/// and what is hidden; harm to others told through weapons fetched and intrusive urges; and danger at
/// home told through an ex or a landlord who turns up, threats received and dread of a key in the door.
/// Each entry is a family of wordings, checked against the everyday sentences that share its words.
extension SafetyLexicon {
    static let freshSets: [String: [String]] = [
        /// Tablets and medicines, in standard spelling, brand names and common misspellings.
        "pillWord": [
            "pills", "pill", "tablets", "tablet", "tablits", "tabs", "meds", "medication", "medicine", "medicines",
            "paracetamol", "painkillers", "antidepressants", "sertraline", "codeine", "co-codamol", "cocodamol",
            "ibuprofen", "aspirin", "insulin", "morphine", "diazepam", "zopiclone", "citalopram", "fluoxetine",
            "propranolol", "amitriptyline", "tramadol", "mirtazapine", "quetiapine", "lithium", "sleepers",
            "oxycodone", "oxy", "benzos", "xanax", "valium", "tylenol", "advil", "boxes", "packets",
        ],
        /// Someone at home whose arrival the writer dreads.
        "homeActor": [
            "him", "her", "he", "she", "dad", "husband", "partner", "boyfriend", "girlfriend", "stepdad", "wife",
            "father", "mum", "mom", "brother",
        ],
    ]

    static let freshForms: [(String, SafetyCue.Role)] = freshFormsWritten.flatMap(expandingEnd)

    static let freshFormsWritten: [(String, SafetyCue.Role)] = [
        // Suicidal: community slang and plain words for ending one's life.
        ("self [delete|deleting|deleted|deletion]", .risk(.suicidal, .concern)),
        ("[delete|deleting] myself [$|,|for good|permanently|forever|irl|tonight|fr]", .risk(.suicidal, .concern)),
        ("[permanent|eternal|forever|endless|everlasting] [nap|snooze|sleep|slumber|lie down|lie-in]", .risk(.suicidal, .concern)),
        ("[long|big|final] [nap|snooze|sleep] [if u get me|if you get me|if you know what i mean|iykyk|if you catch my drift]", .risk(.suicidal, .concern)),
        ("[passive|active|my|bad|some|having|heavy|constant|intrusive] si [$|,|is|was|today|tonight|again|thoughts|has|been|and|at|levels|lately|getting]", .risk(.suicidal, .concern)),
        ("^ si [is|was|has been|been|getting|today|tonight|at|levels|level|thoughts|urges|spiking]", .risk(.suicidal, .concern)),
        ("[do|doing|did|done] away with [myself|meself|me]", .risk(.suicidal, .concern)),
        ("[switch|switching|turn|turning|shut|shutting|power|powering|unplug|unplugging] myself [off|down] [$|,|for good|forever|permanently|and|like|completely]", .risk(.suicidal, .concern)),
        ("[finish|finishing] my life [$|,|every|tonight|now|soon|today|and|because]", .risk(.suicidal, .concern)),
        ("[want to|wanna|i'd like to|ready to|going to|need to|just want to] [stop|quit] living [$|,|!]", .risk(.suicidal, .concern)),
        ("[close to|near to|nearly|almost|on the verge of|on the brink of|this close to|closer to|so close to] [ending it|ending it all|ending things|ending my life|killing myself|ending everything|taking my life|taking my own life|going through with it|unaliving myself] [$|,|!|no cap|tonight|today|now|for real|fr|honestly|tbh|lol|and|again|this|right now|ngl]", .risk(.suicidal, .concern)),
        ("[and|but|i] [don't|do not|dont] mean [it like|it the way|it how] [people|everyone|most people|others] *1 [do|say it|mean it]", .risk(.suicidal, .concern)),
        ("[and|but] i [don't|do not|dont] mean [leaving the house|leaving home|leaving the country|leaving my job|moving out|moving away|going on holiday|a holiday]", .risk(.suicidal, .concern)),
        ("[frighten|frightens|frightened|scare|scares|scared|terrify|terrifies] myself with what i *2 [think about|thinking about|want to do|could do|might do|imagine|picture]", .risk(.suicidal, .concern)),
        ("[feel like a ghost|i'm a ghost|i am a ghost|already a ghost|already dead|half dead|already gone] *6 [waiting for the rest of me|the rest of me to|waiting for my body]", .risk(.suicidal, .concern)),

        // Suicidal: the future told as cancelled.
        ("[there isn't|there is not|there won't be|there's no|there is no|there's not|there will be no|there won't] *3 [next month|next week|next year|next christmas|next summer|future|tomorrow|next birthday] [for me|with me in it|that i'm in|i'm in]", .risk(.suicidal, .concern)),
        ("no version of *3 [that i'm in|i'm in|with me in it|that has me in it|where i'm still|where i am still|that includes me]", .risk(.suicidal, .concern)),
        ("[no|not much] [future|tomorrow|next year] [to plan for|to plan|to save for|worth planning for|worth saving for]", .risk(.suicidal, .concern)),
        ("[not sure|unsure|don't know if|dont know if|doubt|no idea if|not certain] [i'll|ill|i will|i'd|i'm going to|i am going to] *1 [be around|still be here|still be around|be alive|still be alive] *3 [for|by|to|till|until|when|much longer|that long|long enough|next|at]", .risk(.suicidal, .concern)),
        ("[not|won't|wont|will not] [going to|gonna]? be [around|here|alive] *1 [much longer|for much longer|much more]", .risk(.suicidal, .concern)),
        ("[how much longer|how long] [i'm|im|i am|i'll be|i will be|i can keep|i'll keep|i can stay|i'll stay] [sticking around|sticking about|hanging on|holding on|alive|breathing|on this earth|in this world]", .risk(.suicidal, .concern)),
        ("how much longer [i'm|im|i am|i'll be] [around|here]", .risk(.suicidal, .concern)),
        ("[won't|wont|will not|don't|dont|not going to|shan't|i won't] [need|be needing] [it|them|this|that|any of it|any of this|anything|either|money|stuff|things|those|these] *2 where i'm going", .risk(.suicidal, .concern)),
        ("[won't|wont|will not] be needing [either|it|them|any of it|any of them|those|that|either of them] [$|,]", .risk(.suicidal, .concern)),
        ("[won't|wont|will not] be needing [the app|this app|my account|this account|the course|the sessions|these sessions|my subscription] *3 [$|,|after|anymore|any more|much longer]", .risk(.suicidal, .concern)),
        ("[won't|wont|will not] need [it|this|this app|the app|any of this] [after|past|beyond] [this weekend|the weekend|this week|tonight|today|tomorrow|next week|@weekday]", .risk(.suicidal, .concern)),
        ("[i'd like|i would like|i'd love|i want|i'm ready for|ready for] [it|it all|everything|my life|life] to [be over|end|finish] [$|,|now|soon|already|the sooner|for good|forever|properly]", .risk(.suicidal, .concern)),
        ("tired of [everything|it all|all of it|all of this] [$|,|for good|honestly|tbh|and|already|now]", .risk(.suicidal, .concern)),
        ("[don't|dont|do not|no longer] [really|even|actually|honestly|truly|just] [want|wanna] to? [be here|be alive|live|exist|be around|go on] [anymore|any more|at all|now]", .risk(.suicidal, .concern)),
        ("[don't|dont|do not|didn't|never|no longer] [want|wanna] [to|2]? [be|b] [here|alive|around] [anymore|any more|no more]", .risk(.suicidal, .concern)),
        ("not with [uni|school|work|college|him|her|this|the course|my job|them|it|exams] ,|.|- with [everything|life|it all|living]", .risk(.suicidal, .concern)),
        ("[what's|whats|what is] [even]? the point [keeping|in keeping|of keeping|carrying on|in carrying on|of carrying on|going on|in going on|staying alive|in staying alive|of staying alive]", .risk(.suicidal, .concern)),
        ("[only|the only] reason [i'm|im|i am] still [going|here|alive|around|breathing] [$|,|is|because|now|tbh|honestly]", .risk(.suicidal, .concern)),
        ("[before|after|then|once|and then] [i|i'll|ill] [end it|end it all|end things|kill myself] [$|,|.]", .risk(.suicidal, .concern)),
        ("[only way out|only way|only answer|only option|only solution] [is|would be|'d be] *2 [for both of us|for us both|for me|for the two of us|for us] to [go|die|end it|go together|disappear|not be here]", .risk(.suicidal, .concern)),
        ("[leaving|leave] [it all|everything|this all|all of this|this world|this life] behind [$|,|soon|for good|forever|tonight]", .risk(.suicidal, .concern)),

        // Suicidal: a burden spared, a quiet going, a dead person joined.
        ("[save|saving|spare|sparing] [everyone|them|my family|the family|my kids|my children|people|you all|my wife|my husband|my daughter|my son] the [trouble|bother|burden|hassle|pain|heartache|cost|expense|misery] of *2 [watching me|looking after me|caring for me|dealing with me|nursing me|seeing me]", .risk(.suicidal, .concern)),
        ("[i'd like to|want to|wanna|ready to|i'd rather|i would like to|i'd love to] [go|slip away|fade away] [quietly|peacefully|in my sleep] [$|,|and|now|soon]", .risk(.suicidal, .concern)),
        ("[not be|not being|stop being|no longer be] a [burden|weight|bother|nuisance] [to|on|for] [anyone|anybody|everyone|everybody|them|my family|the family|my kids|my children|people] [$|,|anymore|any more|and]", .risk(.suicidal, .concern)),
        ("[think|thinking|thought|wish|want|wanna|ready|dream|dreaming] *2 [going|to go|joining|to join|being with|to be with] [where he went|where she went|where they went|where they've gone|where he's gone|where she's gone|him up there|her up there|them up there|him in heaven|her in heaven|them in heaven]", .risk(.suicidal, .concern)),

        // Suicidal: means gathered, payouts counted, places and methods chosen.
        ("[life insurance|life cover|insurance|the policy|death in service|the cover] *12 [pays out|pay out|payout|pay-out] *5 [isn't an accident|is not an accident|not an accident|suicide|suicides|self inflicted|take your own life]", .risk(.suicidal, .concern)),
        ("[better off|do better|be better|be fine|happier|better] with the [payout|pay out|insurance|insurance money|life insurance|money] *3 [than with me|than me|than having me|instead of me|without me]", .risk(.suicidal, .concern)),
        ("@pillWord *10 [saving them|saved them|stockpiling them|hoarding them|stashing them|collecting them|squirrelling them|putting them by|putting them aside|hiding them|keeping them all]", .risk(.suicidal, .concern)),
        ("[saving|stockpiling|hoarding|stashing|squirrelling] them [all]? up? *3 [in the drawer|in the draw|in a drawer|in my drawer|in a box|in my room|for the weekend|for when|for tonight|in a sock|in my bag]", .weak(.suicidal)),
        ("[different|two|three|several|multiple|separate|other|various] [chemists|pharmacies|shops|supermarkets|chemist's|pharmacy] *8 [so i can|so nobody|so no one|without anyone|without them|so they don't|so they won't] *4 [buy more|get more|more|enough|asking|noticing|questions|suspicious]", .risk(.suicidal, .concern)),
        ("enough [put by|stashed|stockpiled|hoarded|squirrelled away|kept back|held back|saved up|saved] *3 to [do it|end it|finish it|go through with it] [properly|right|this time|for good|,]", .risk(.suicidal, .concern)),
        ("[know|knew|worked out|work out|figured out|calculated|looked up|checked] *2 how [much|many] [would be|will be|is|'d be] enough [$|,|and|to do it|to end it|to kill|now]", .risk(.suicidal, .concern)),
        ("[took|taken|swallowed|downed|necked|had] [about|around|like|maybe|nearly|over|almost]? [twenty|thirty|forty|fifty|fifteen|a dozen|dozen|15|20|25|30|40|50|a few extra|too many|loads of|a handful of|handful of|the whole box of|a whole box of|the whole packet of|a whole packet of] [of my|of the|of mum's|of his|of her|of them|my]? *1 @pillWord", .risk(.suicidal, .urgent)),
        ("@imagineVerb *2 [taking|swallowing|downing|necking|take|swallow] [every|all the|all my|all of my|the whole|every single] *2 @pillWord", .risk(.suicidal, .concern)),
        ("@pillWord *8 [take|swallow|down|neck] [them all|all of them|the lot|every one|every last one|the whole lot]", .risk(.suicidal, .urgent)),
        ("[i'll|ill|i will|i'm going to|im going to|going to|gonna|tonight i|i] take [them all|all of them|the lot|every last one] [$|,|tonight|at|in one go|at once]", .weak(.suicidal)),
        ("[to find|to read|to open|so they'll land|so they land|so it'll land|so it lands|so they'll arrive|so they arrive|so it arrives|for her to find|for him to find|for them to find|for you to find] *1 after [$|,|i'm gone|i've gone|im gone|i go|it's done]", .risk(.suicidal, .concern)),
        ("which [bit|part|section|end|stretch|side|spot|point] of the [river|canal|lake|sea|reservoir|quarry|cliff|cliffs|bridge|motorway|railway|line|tracks|estuary|harbour|pier] [is|'s|would be|will be|has] *1 [deepest|highest|fastest|quietest|steepest|tallest|coldest|no barrier|no fence|no railings]", .risk(.suicidal, .concern)),
        ("[bridge|bridges|platform|platforms|car park|car parks|multi storey|station|stations|cliff|cliffs|viaduct] *4 [without the|without|with no|don't have|doesn't have|haven't got|hasn't got|no] *1 [barriers|barrier|fences|nets|railings|suicide barrier|suicide barriers]", .risk(.suicidal, .concern)),
        ("[decided|i've decided|made up my mind|it's decided] *2 [this is|this'll be|this will be|today is|tonight is|it's|tomorrow is|it'll be] my last [week|day|night|weekend|month]", .risk(.suicidal, .concern)),
        ("[this is|this'll be|this will be|it's|it'll be] my last [christmas|birthday|summer|new year|easter] [$|,|i think|probably|anyway|so|because]", .risk(.suicidal, .concern)),
        ("[been|i've been|i'm|started|i am] [researching|looking into|reading up on|googling] [ways|methods] [$|,]", .risk(.suicidal, .concern)),
        ("narrowed it down to [two|three|one|a few] [$|,|methods|ways|options]", .weak(.suicidal)),
        ("[beach|sea|river|lake|shore|pier|tide|coast|loch|reservoir] *6 [keep walking|keep swimming|walk out|swim out|and not come back] [$|,|until|till|and|out]", .risk(.suicidal, .concern)),
        ("[not turning|not turn|not to turn|stop turning] the [wheel|steering wheel] *3 [at the|on the|into|,|and]", .risk(.suicidal, .concern)),
        ("[how easy|so easy] *1 [it'd be|it would be|it'll be|it is] [to just|to simply|to|just to] [let the handbrake off|let go of the wheel|drive off|step off|step out|go over|roll over the edge|swerve|not turn|let myself fall]", .risk(.suicidal, .concern)),
        ("[stand|standing|stood|stands|lean|leaning|leant|walk|walking] *3 [too close to|close to|right at|right on] the [edge of the platform|platform edge|edge of the cliff|cliff edge|edge of the roof|edge of the bridge|edge of the tracks]", .risk(.suicidal, .concern)),
        ("[jump|jumping|throw myself|throwing myself|leap] [off|from] [the|a] [car park|carpark|multi storey|multi-storey|multistorey] [roof|top]?", .risk(.suicidal, .concern)),
        ("[rope|noose|ligature|cord] *6 [picked out|chosen|sorted out|set aside|put aside]", .risk(.suicidal, .concern)),
        ("[shotgun|gun|rifle|pistol|guns|rifles|shotguns|handgun] *10 [know where the] [ammo|ammunition|bullets|cartridges|shells|rounds] [is|are|'s|,]", .risk(.suicidal, .concern)),
        ("[got|took|get|getting|taken] the [shotgun|rifle|gun|pistol|handgun] out *4 [cabinet|safe|cupboard|loft|case|locker]", .weak(.suicidal)),

        // Suicidal: putting affairs in order, told as small practical steps.
        ("[given|gave|giving|give|handed|left] my [guitar|ring|watch|dog|cat|bike|records|books|jewellery|jewelry|laptop|console|playstation|xbox|camera|collection|savings|plants] to [my|a|next door|the neighbours|the neighbour|a friend|friends|her|him]", .weak(.suicidal)),
        ("[said|saying|say] [proper|my final|final|last|our last|my last|all my] goodbyes", .weak(.suicidal)),
        ("[told|telling] [my|him|her|them|mum|dad|everyone] *2 i [love|luv|loved] [her|him|them|you]", .weak(.suicidal)),
        ("[should|can|could|gets to|will] have my [ring|watch|guitar|jewellery|jewelry|necklace|records|books|things|stuff|room|bike|savings|dog|cat]", .weak(.suicidal)),
        ("[not going to|won't|wont|can't|cant|not gonna] say [why|more|any more|anything more] [$|,]", .weak(.suicidal)),
        ("just in case [$|.]", .weak(.suicidal)),
        ("[online accounts|social media accounts|accounts|facebook|instagram] *2 [after you die|after i die|when you die|when i die|after death|when i'm gone|after i'm gone]", .weak(.suicidal)),
        ("[just]? tidying [things|things up|everything] [$|,]", .weak(.suicidal)),

        // Self-harm: the cover story, the lie about an injury, what is hidden.
        ("[told|tell|telling|said to|lied to] *4 [i|it was|they were|that i|that it was] *2 [burnt|burned|fell|tripped|came off|scratched|scraped|caught|cut|walked into|eczema|a rash|an accident|the cat] *6 . [i didn't|i did not|it wasn't|that wasn't|wasn't true|not true|it was me|i lied|truth is]", .risk(.selfHarm, .concern)),
        ("[truth is|the truth is|actually|really|in reality|in fact] *1 [i|i've] [did|done] [it|them|this] myself", .risk(.selfHarm, .concern)),
        ("[accident|accidents|fell|tripped|clumsy|cat|bike|kitchen|cooking|eczema|oven] *4 if [anyone|anybody|people|they|someone|somebody] [asks|ask|asked]", .risk(.selfHarm, .concern)),
        ("if [anyone|anybody|people|they|someone|somebody] [asks|ask] *2 [i fell|it was the cat|it was an accident|i tripped|i burnt it|i burned it|i cut it]", .risk(.selfHarm, .concern)),
        ("[dropped|spilled|spilt|burnt|burned|cut|scalded|trapped|slammed|caught|hit|banged|broke|poured] *10 [wasn't|was not|weren't|isn't|it wasn't|not] [an accident|accidental|really an accident] [$|,|!]", .risk(.selfHarm, .concern)),
        ("[dropped|spilled|spilt|burnt|burned|cut|scalded|trapped|slammed|caught|banged|broke|poured] *8 . [wasn't|was not|it wasn't|that wasn't|it was not|weren't] [an accident|accidental|really an accident]", .risk(.selfHarm, .concern)),
        ("[accident|accidents|mishap|injury|injuries] \" *4 if [anyone|anybody|people|they|someone|somebody] [asks|ask|asked]", .risk(.selfHarm, .concern)),
        ("[said|say|saying|told them|told her|told him|pretend|pretended|claim|claimed] *2 [it was|it's|they were|they're] [eczema|a rash|an allergy|psoriasis|the cat|my cat|an accident|a cooking accident|a gardening accident|from the gym|from gardening|from cooking|from rugby|from netball]", .weak(.selfHarm)),
        ("[broke|broken|burnt|burned|cut|stitches|bruise|bruises|fracture] *8 [lied|lying|lie] [at|to] [the|my|a] *1 [er|a&e|hospital|doctor|nurse|gp|school|teacher|paramedics|mum|dad|parents]", .risk(.selfHarm, .concern)),
        ("so [i|i'd|i can|that i|i could] [feel|can feel|could feel] [something|anything]", .risk(.selfHarm, .concern)),
        ("[put|putting|punched|punching|slammed|slamming|smashed|smashing|rammed] my [fist|fists|hand|hands|head] through [a|the]? [door|doors|wall|walls|window|windows|glass|mirror]", .risk(.selfHarm, .concern)),
        ("[blood|bloody|bloodstained|bloodstains] *10 [before|so] [mum|dad|mom|anyone|anybody|they|she|he|my mum|my dad|my mom|my parents|my wife|my husband|my partner|nobody|no one|the kids] *1 [sees|see|finds|find|notices|notice|knows|know|can see|will see|doesn't see|doesn't notice]", .risk(.selfHarm, .concern)),
        ("[did|doing|done|do] the [🩹|🔪|🩸|🪒]", .risk(.selfHarm, .concern)),
        ("[🩹|🔪|🩸|🪒] [thing|again|tonight|time|urges|urge]", .risk(.selfHarm, .concern)),
        ("@bodyPart *3 [barcode|barcodes|barcoded|like railroad tracks|like train tracks|like a zebra|tally marks]", .risk(.selfHarm, .concern)),
        ("[razor|razor's|blade|blade's|blades|the razor] *2 [in my hand|in my hands|on my wrist|on my arm|against my skin|against my wrist]", .risk(.selfHarm, .concern)),
        ("[kit|box|tin|stash] *4 [sock drawer|my drawer|under my bed|under the bed|in my room]", .weak(.selfHarm)),
        ("[used|using|use] it again [after|when|last night|tonight|today|this morning|,]", .weak(.selfHarm)),
        ("[new|other|more] [places|spots] to [hurt|cut|burn] *3 [where nobody|where no one|where noone|nobody checks|no one checks|no one will see|nobody sees|no one sees|nobody will see|,]", .risk(.selfHarm, .concern)),
        ("[mine|they|they're|my cuts|my scars|my marks|the cuts|the marks|these] [are|'re]? still [fresh|raw|open|scabbed|scabby|bleeding]", .weak(.selfHarm)),
        ("[using|used|use] [the|a|my] *2 [compass|blade|razor|pin|needle|scissors|sharpener|lighter|glass] *4 [on my|into my|across my|against my] @bodyPart", .risk(.selfHarm, .concern)),
        ("[holding|hold|held|pressing|pressed|press|putting] [a|the|my]? *3 [scissors|blade|razor|compass|pin|needle|glass|sharpener] [against|to|on|into|across] my @bodyPart", .risk(.selfHarm, .concern)),
        ("[went|go|going|cut|pressed|gone] deeper than [before|last time|ever|usual]", .risk(.selfHarm, .urgent)),
        ("[gonna|going to|wanna|want to|will|might|about to|urge to|need to|i'll|ill|could|gotta|trying not to|try not to] sh [$|,|tonight|again|today|right now|if|when|or|so|lol|soon]", .risk(.selfHarm, .concern)),
        ("with the [edge|corner|point|tip] of [a|the|my] [ruler|compass|scissors|razor|blade|sharpener|tin|can]", .weak(.selfHarm)),

        // Harm to others: urges and voices, weapons fetched or carried, threats told as plans.
        ("[voice|voices|thought|thoughts|urge|urges|image|images|impulse|impulses] *4 [telling me|tells me|that tells me|says|saying|to] *1 [hurt|harm|kill|drown|drop|smother|shake|stab|suffocate] *1 [the baby|my baby|her|him|them|my son|my daughter|my child|the kids|my kids|someone|people|my wife|my husband|my partner]", .risk(.harmToOthers, .concern)),
        ("[started|keep|been|can't stop|cant stop|i've started] [slapping|hitting|hurting|punching|kicking|pinching|shaking|smacking|biting] [mum|dad|nan|gran|him|her|them|the baby|the kids]", .risk(.harmToOthers, .concern)),
        ("[started|keep|been|can't stop|cant stop|i've started] [slapping|hitting|hurting|punching|kicking|pinching|shaking|smacking|biting] my @victimNoun", .risk(.harmToOthers, .concern)),
        ("[had|i've had|ive had|been carrying|been keeping] [the|a|my] *1 @armed *2 [in my|under my|in the] *1 [bag|work bag|coat|pocket|car|van|boot|locker|desk|backpack|rucksack] *2 [all week|for days|every day|since|just in case|in case]", .risk(.harmToOthers, .concern)),
        ("[going|go|coming|heading] [round|around|over|up] *3 with [the|a|my] *1 @armed", .risk(.harmToOthers, .concern)),
        ("[doing|do|did] [him|her|them] [with|in with] [the|a|my] *1 @armed", .risk(.harmToOthers, .concern)),
        ("[taking|take|took|putting|put] [the|a|my] *1 [hurley|bat|hammer|brick|bottle|golf club|club|stick|crowbar|wrench|pipe|spanner|hockey stick] to [his|her|their|your] [head|face|knees|legs|skull]", .risk(.harmToOthers, .concern)),
        ("[i'll|ill|i will|i'm going to|i'd] get to [the|a] *1 [knife|knives|gun|bat|hammer] first", .risk(.harmToOthers, .concern)),
        ("[went|go|going|ran|walked|headed] *3 [truck|car|van|boot|house|shed|garage|room] [for|to get|to grab|to fetch] [my|the|his|a] [piece|strap|gun|pistol|rifle|shotgun|blade|knife|machete|bat|hammer]", .risk(.harmToOthers, .concern)),
        ("[bringing|bring|taking|take|carrying] something [in|into school|to school|to work|with me] *3 [to sort|to deal with|to settle|to end|for him|for her|for them|to teach]", .risk(.harmToOthers, .concern)),
        ("[about to|going to|gonna|is going to|will|'ll] find out what happens when", .risk(.harmToOthers, .concern)),
        ("[never|won't|not] *2 walk [right|properly|straight] again *3 after what [he|she|they] [did|said|posted|wrote|done]", .risk(.harmToOthers, .concern)),
        ("what [i'd|i would|i'll|i will|i could|i'm going to|im going to] do to [each one|each of them|every one of them|all of them|them all|every single one]", .risk(.harmToOthers, .concern)),
        ("@imagineVerb *2 [driving|drive|ploughing|plowing|steering|swerving|mounting] *3 [into|through|onto] [the|a] [queue|crowd|bus stop|pavement|pedestrians|playground|school gates|market|shoppers|cyclists|protesters|march]", .risk(.harmToOthers, .concern)),
        ("[setting|set|sets] [his|her|their|the] *1 [flat|house|car|home|place|van|shop] [alight|on fire|ablaze]", .risk(.harmToOthers, .concern)),
        ("[you're|youre|you are|ur] dead [when|once|if|the moment|next time] [i|we] *1 [find|see|catch|get] [you|ya]", .risk(.harmToOthers, .concern)),
        ("[is|'s|he's|she's|are] [going to|gonna] end up in [hospital|the hospital|a&e|intensive care|a wheelchair|a coma] [$|,]", .weak(.harmToOthers)),
        ("[got|have|getting|rounding up] the [lads|boys|crew|mandem|squad] [lined up|ready|together|on it]", .weak(.harmToOthers)),

        // Danger from someone else: threats received, a key in the door, someone who turns up.
        ("[text|texted|message|messaged|said|says|sent|voicemail|wrote] *4 [you're|youre|you are|ur] dead [when|once|if|the moment|next time]", .risk(.abuseDanger, .concern)),
        ("[said|says|told me|warned me|warned|threatened] [i'd|i'll|i will|i would|you'll|you'd] be [sorry|next] [$|,|if|when|unless]", .risk(.abuseDanger, .concern)),
        ("[said|says|told me|warned me] *3 [i'd better|i better|i'd best|better] sleep with one eye open", .risk(.abuseDanger, .concern)),
        ("[threatened|threatening|threatens|came at|went for|comes at|goes for] me with [a|the|his|her] *1 @armed", .risk(.abuseDanger, .concern)),
        ("[he|she|they|dad|mum|husband|partner|boyfriend|girlfriend|stepdad] *2 [held|holds|put|puts|pressed|presses] [a|the|his|her] [lighter|cigarette|knife|blade|iron|flame|match] [to|against|on] my [hair|face|skin|arm|neck|throat|hand]", .risk(.abuseDanger, .concern)),
        ("[raises|raised|raise|lifts|lifted] [a|his|her] hand to me", .risk(.abuseDanger, .concern)),
        ("[last week|last time|this time|yesterday|last month|last night] it was my [wrist|arm|nose|rib|ribs|jaw|finger|fingers|eye|collarbone]", .weak(.abuseDanger)),
        ("[took|takes|taken|has taken|hid|hides|hidden|took away|confiscated] my [car keys|keys and|phone and|purse|wallet|bank cards|debit card|sim card]", .risk(.abuseDanger, .concern)),
        ("[lets|let|letting|let's] [himself|herself|themselves] [in|into] *3 [while i|when i|at night|night|whenever|without|uninvited|while i'm|when i'm]", .risk(.abuseDanger, .concern)),
        ("[stood|standing|stands|was standing] over [the|my] bed", .risk(.abuseDanger, .concern)),
        ("[making|made|makes|creating|created|keeps making] *2 [new accounts|accounts|fake accounts|profiles|numbers] *3 [to message me|to contact me|to follow me|to find me|to harass me|to watch me|after i blocked|after i block|when i block]", .risk(.abuseDanger, .concern)),
        ("[described|knew|told me|messaged|commented on|mentioned] *2 what i [was wearing|wore|had on]", .risk(.abuseDanger, .concern)),
        ("[it's|it is|its] [all]? about [him|her|my husband|my dad|my partner|my stepdad|my boyfriend] [coming home|getting home|being home|getting back|walking in]", .risk(.abuseDanger, .concern)),
        ("[hoping|hope|wish|wishing|pray|praying] *6 i *1 [won't|wont|don't|dont|wouldn't|never] wake [up]?", .risk(.suicidal, .concern)),
        ("[suds|scared|dread|dreading|terrified|anxious|panic|shaking] *10 [about|of]? [my]? @homeActor [coming home|getting home|gets home|comes home|being home|home at|back at|coming through the door]", .risk(.abuseDanger, .concern)),
        ("[never know|don't know|dont know|do not know|not knowing|no idea] [which version of him|which version of her|what version of him|which him|which mood he's in|what mood he's in] *2 [coming through the door|comes through the door|walks through the door|walks in|is coming home|will come home]", .risk(.abuseDanger, .concern)),
        ("my [ex|ex-husband|ex-wife|ex-boyfriend|ex-girlfriend|ex-partner|stalker] *2 [turned up|showed up|turns up|shows up|been turning up|keeps appearing|appeared] *3 [at|outside] my *1 [new flat|new house|new place|new address|new home|work|workplace|refuge|hostel]", .risk(.abuseDanger, .concern)),
        ("my [ex|ex-husband|ex-wife|ex-boyfriend|ex-girlfriend|ex-partner|stalker] *2 [turned up|showed up|turns up|shows up|been turning up|appeared] *5 [again|three times|twice|every day|every night|uninvited|unannounced|at night|drunk]", .risk(.abuseDanger, .concern)),
        ("[he|she|they] [knows|know|found out|has|got|worked out] my [shift times|shifts|rota|shift pattern|timetable|routine|movements|bus times|class times|new address]", .risk(.abuseDanger, .concern)),
        ("[he|she|they] knows i [take|walk|get|leave|go] *4 [alone|on my own|by myself]", .risk(.abuseDanger, .concern)),
        ("[he'll|she'll|he will|they'll|he's going to|she's going to|he'd|she'd] be waiting *4 [for me|outside|in the car park|after work|after school|at the|when i]", .weak(.abuseDanger)),
        ("[cornered|corners|cornering|trapped|pinned|backed] me [in|against|into|up against]", .weak(.abuseDanger)),
        ("[punched|kicked|smashed] a hole in [my|the] [door|wall|bedroom door]", .weak(.abuseDanger)),
        ("[he's|hes|she's|he is|she is|my ex is|someone's] [parked|sitting|waiting|standing] outside [my|the] [house|flat|door|window|work|place|building] *3 [again|an hour|for hours|every night|all night|watching]", .risk(.abuseDanger, .concern)),
        ("[he's|hes|she's|he is|she is|my ex is] [parked|sitting|waiting|standing] outside [my|the] [house|flat|door|window|work|place|building] [right now|now]", .weak(.abuseDanger)),
        ("jump [start|starting]? [the|my|his|her|a] car", .benign),
        ("[he's|she's|he has|she has] been [sitting|parked|waiting|standing] there [an hour|for an hour|for hours|all night|all day|since]", .weak(.abuseDanger)),
        ("[police|cops|the police] [say|said|says] [there's nothing|there is nothing|they can't do|they cannot do|nothing they can do]", .weak(.abuseDanger)),

        // Frames: professionals and readers naming a topic, the past told as a stage of life.
        ("[paramedic|paramedics|overdose call|ambulance call|999 call|disclosures|discloses|wellbeing policy|the policy|our policy|a policy]", .frame(.prevention)),
        ("[chapters|memoir|audiobook|paperback|the author|this author]", .frame(.story)),
        ("[a|the|one|this|another] [woman|man|lady|gentleman|customer|mother|father|client|patient|service user]", .frame(.otherPerson)),
        ("[a rough patch|a dark patch|a bad patch|a dark time|a dark period|a bad time|a rough time|a low point|a dark place|growing up|in the army|this time last year|at the time|back when|those years|that year|after the baby|after having|postnatal|since i last|since my last|since the last time|recovered from|in the first year|in the second year|in the third year|in my first year|in my second year|in my final year]", .frame(.past)),
        ("[january|february|march|april|may|june|july|august|september|october|november|december] @year", .frame(.past)),
        ("[in prison|in jail|behind bars|locked up|been deported|serving time|been sentenced|was convicted|got convicted|been gone|gone ten years|long gone|divorce went through|divorce came through|got divorced|the divorce is final]", .frame(.past)),

        // The writer says it is over: recovery, safety, a life moved on.
        ("[don't|do not|dont|no longer|never] [feel|think] [that way|like that] *2 [now|anymore|any more|these days|at all]", .resolved),
        ("[got sorted|sorted out with|meds and therapy|therapy and meds|medication and therapy|therapy helped|plenty of therapy|lots of therapy|years of therapy|team helped|had help|getting help|doing fine|i'm fine now|for the first time in years|new locks|changed the locks|new me|the order is permanent|order is permanent|milestone|don't bother me|doesn't bother me|no longer bother]", .resolved),
        ("i feel safe [now|again|these days|at home now]", .resolved),
        ("[they've|they have|it's|it has|those have] [gone|lifted|faded|passed] [$|,|now|for good|completely]", .resolved),
        ("[never did|never acted on it|never did anything|i never acted] [$|,|it|anything|about it]", .resolved),
        ("now i [teach|work|help|run|volunteer|lead|coach|mentor|train|support]", .resolved),
        ("[today|this week|now] i [asked for|got|started|applied|went back|passed|finished|celebrated|booked|signed up]", .resolved),

        // Everyday phrases that share the words of these families.
        ("[stick|sticking|poke|poking|gouge|gouging] [pins|needles|forks|a fork|hot pokers|a rusty spoon|knitting needles] [in|into] my [eyes|eye|ears]", .benign),
        ("[tablets|pills|meds|medication|medicine] in [blister packs|a blister pack|dosette|a dosette|a dosette box|a pill organiser|a pill box|the pill box|a weekly box]", .benign),
    ]

    /// A group with a `$` alternative ("[$|,|tonight]") stands for two patterns: one ending at the
    /// sentence's end, one with the other alternatives.
    static func expandingEnd(_ pattern: String, _ role: SafetyCue.Role) -> [(String, SafetyCue.Role)] {
        guard let open = pattern.range(of: "[$|") else { return [(pattern, role)] }
        guard let close = pattern[open.upperBound...].firstIndex(of: "]") else { return [(pattern, role)] }
        let rest = pattern[open.upperBound..<close]
        let withoutEnd = pattern[..<open.lowerBound] + "[" + rest + "]" + pattern[pattern.index(after: close)...]
        let atEnd = pattern[..<open.lowerBound] + "$" + pattern[pattern.index(after: close)...]
        return [(String(withoutEnd), role), (String(atEnd), role)]
    }
}
