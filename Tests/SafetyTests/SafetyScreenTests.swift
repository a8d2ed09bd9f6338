import Domain
import Foundation
import Safety
import TestSupport
import Testing

@Suite("Safety screen")
struct SafetyScreenTests {
    @Test("crisis language is recognised, with the right category", arguments: [
        ("I want to kill myself.", SafetyCategory.suicidal),
        ("honestly i just wanna kms", .suicidal),
        ("thinking about how to unalive myself", .suicidal),
        ("Everyone would be better off if I wasn't around.", .suicidal),
        ("I've been cutting my arms again.", .selfHarm),
        ("I'm going to stab him when he gets home.", .harmToOthers),
        ("My dad hits me when he's drunk and I'm scared to go home.", .abuseDanger),
    ])
    func recognises(text: String, category: SafetyCategory) {
        let result = SafetyScreen.check(text)
        #expect(result.isCrisis, "\(text)")
        #expect(result.categories.contains(category), "\(text): \(result.categories)")
        #expect(!result.spans.isEmpty)
    }

    @Test("the phrase rules alone catch each family of indirect wording", arguments: [
        ("idw to wake up tomorrow honestly", SafetyCategory.suicidal),
        ("I don't care if I live or die anymore.", .suicidal),
        ("Truthfully I'd rather be dead, most days.", .suicidal),
        ("Nobody would miss me if I vanished.", .suicidal),
        ("I wish I had the courage to go through with it.", .suicidal),
        ("I swallowed the lot an hour ago.", .suicidal),
        ("I'm going to end it tonight.", .suicidal),
        ("I'm raking my nails down my legs until they bleed.", .selfHarm),
        ("The burns on my arm aren't from cooking, whatever I told my dad.", .selfHarm),
        ("I keep banging my head against the bathroom wall until it bruises.", .selfHarm),
        ("I jabbed a pin into my thigh during the lecture.", .selfHarm),
        ("imma deck him tomorrow for real", .harmToOthers),
        ("One more comment like that and I'll put him in hospital.", .harmToOthers),
        ("I held the pillow over his face until he went still for a second.", .harmToOthers),
        ("I keep picturing shoving a stranger in front of the train.", .harmToOthers),
        ("He hurled the remote at my head last night.", .abuseDanger),
        ("She yanked my hair and dragged me across the kitchen.", .abuseDanger),
        ("My son keeps me locked in my room while he's out.", .abuseDanger),
        ("I flinch every time he raises his hand, even to scratch his head.", .abuseDanger),
        ("My husband hit me with the TV remote last night.", .abuseDanger),
        ("brb, off to take the forever nap", .suicidal),
        ("My SI has been loud all week, honestly a 9 out of 10.", .suicidal),
        ("Don't bother booking me in, there's no next year for me.", .suicidal),
        ("I've got the paracetamol in a drawer and I'm saving them up.", .suicidal),
        ("Went to three different pharmacies so no one asks questions about the painkillers.", .suicidal),
        ("I reckon the kids would be better off with the payout than with me.", .suicidal),
        ("The letters are in the post so they'll arrive after.", .suicidal),
        ("I keep telling the nurse it was the cat. It wasn't.", .selfHarm),
        ("my arms look like a barcode again", .selfHarm),
        ("There's a thought that keeps telling me to hurt my son and it frightens me.", .harmToOthers),
        ("If he says that about my sister again I'm doing him with the crowbar.", .harmToOthers),
        ("My ex showed up outside my new place again last night.", .abuseDanger),
        ("He warned me I'll be sorry if I tell anyone.", .abuseDanger),
        ("Dreading my stepdad getting home tonight.", .abuseDanger),
        ("Don't bother saving me a seat next term, you won't be stuck with me for much longer.", .suicidal),
        ("The family would have an easier time if I wasn't in it.", .suicidal),
        ("I've been giving my stuff away bit by bit, so nobody has to clear my things out after.", .suicidal),
        ("sat on the flyover rn, cars going under me", .suicidal),
        ("I can't let anybody see my wrists at work, not after last night.", .selfHarm),
        ("I made myself kneel in the snow until I was numb and shaking.", .selfHarm),
        ("that lad from the bus is a dead man when I find him", .harmToOthers),
        ("my mate's brother is dead meat when I see him", .harmToOthers),
        ("When I said no he pinned me to the wall by my throat.", .abuseDanger),
        ("She says she'll share the pictures of me with my whole church if I go.", .abuseDanger),
        // A past attempt told as over does not hide the present: "again", "still", "there again now".
        ("Tried to end it at nineteen. That was years ago, but I want to die again now.", .suicidal),
        ("I tried at 19 and I'm there again now.", .suicidal),
        ("ngl the urges r back, relapsed on sh last night and went to styro", .selfHarm),
        ("Looked up how many of my sertraline would be lethal and I have more than that.", .suicidal),
        ("He broke two of my ribs last month and he's home tonight.", .abuseDanger),
        // Set-asides must stay narrow: each of these once read as someone else's, a figure of speech,
        // a class or a past that was over.
        ("He nearly broke my arm.", .abuseDanger),
        ("My dad said he'll break my arm.", .abuseDanger),
        ("He threatened to take them if I leave.", .abuseDanger),
        ("I cut myself in the toilets after english class.", .selfHarm),
        ("im 16. used to cut, now i want to kill myself", .suicidal),
        ("I used to hope it'd get better, now I'll end it on my own terms.", .suicidal),
        ("Would anyone even miss me if they found me dead?", .suicidal),
        ("I could kill myself some days.", .suicidal),
        ("I can't tell her self-harm is back.", .selfHarm),
        ("He put me through the glass door last night.", .abuseDanger),
        ("nobody can stop me now, i have the pills", .suicidal),
        ("He put me through the patio doors last night.", .abuseDanger),
        ("Don't try to stop me.", .suicidal),
        // A marker of recovery that shares its words with the cue ("now I have…") resolves nothing.
        ("I used to just think about it, now I have a plan.", .suicidal),
        // A hope that did not hold, and a slip back, keep the past from being over.
        ("I thought all that was behind me, but I've slipped back into cutting.", .selfHarm),
        // A cue that speaks of now is not reached by a past told earlier in its sentence.
        ("I've come a long way since 2019 and honestly I want to die.", .suicidal),
        // A hand squeezed past a greeting's ending still counts.
        ("He squeezed my hand so hard it bruised.", .abuseDanger),
        ("He squeezes my hand under the table until it hurts whenever I disagree.", .abuseDanger),
        // A review found these set aside by a first draft of this round's recovery markers: "since my
        // teens" runs up to now, the present perfect speaks of now, and "really hurt you" is a threat.
        ("I'm 30 now and I've been suicidal since my teens.", .suicidal),
        ("I've been cutting myself since my teens and these days it's every night.", .selfHarm),
        ("I'm 14 now and my stepdad has been hitting me since my childhood.", .abuseDanger),
        ("Stay away from me tonight, I'm scared I'll really hurt you.", .harmToOthers),
        ("My stepdad does things that hurt me.", .abuseDanger),
        ("no whatever i want to die", .suicidal),
        ("I used to fight the urge to cut. Not anymore.", .selfHarm),
        ("I have no will to live.", .suicidal),
        ("I've lost the will to live and I don't know who to tell.", .suicidal),
        // Wanting to join someone who has died.
        ("It's been years since my dad died. I want to join him.", .suicidal),
        ("Mum's gone now. I just want to be with her.", .suicidal),
    ])
    func ruleFamilies(text: String, category: SafetyCategory) {
        let result = SafetyScreen.checkRules(text)
        #expect(result.categories.contains(category), "\(text): \(SafetyScreen.explain(text))")
    }

    /// The phrase rules alone, so the trained reader cannot hide a rule that fires again.
    @Test("everyday senses of risky words do not fire the rules", arguments: [
        "The dentist's receptionist put me through to the practice manager and I asked for a refund.",
        "Don't let the nerves stop me tomorrow. Just say it.",
        "Still a bit raw from the argument last week, but we agreed on a cleaning day.",
        "The noise upstairs goes on till 1am. I just want it to stop so I can sleep.",
        "My partner squeezed my hand under the table when I spoke up.",
        "The new manager shook my hand and thanked me for the report.",
        "I'm hurt you didn't invite me, and I'd like to talk about it.",
        "I know it hurt her when I cancelled, so I'll apologise.",
        "My nan died last year and I want to be with her family at Christmas.",
        "Third hour of this meeting and I've lost the will to live with these slides.",
        "I have no desire to go on the work trip, so I'm practising saying no.",
        "My boyfriend's grandad died. I want to be with him this weekend to support him.",
        "After my divorce I had thoughts of ending it. That's all behind me now.",
        "I self-harmed for a year at school. It's been twelve years since I last did.",
    ])
    func everydaySenses(text: String) {
        #expect(!SafetyScreen.checkRules(text).isCrisis, "\(text): \(SafetyScreen.explain(text))")
    }

    /// Ordinary sentences on either side, with or without full stops, must never hide a risk sentence.
    @Test("a risk sentence between ordinary sentences is always found")
    func riskBetweenOrdinarySentences() {
        let ordinary = [
            "My manager keeps asking me to stay late.", "My flatmate never does the dishes.",
            "I practised asking for the weekend off.", "My sister wants to borrow money again.",
            "The meeting ran over by an hour.", "i need to text my landlord about the boiler",
        ]
        let risks = [
            "I have dark thoughts about dying.", "I want to die.", "My husband said he will kill me if I leave.",
            "He threatened to kill me.", "I have been hurting myself.", "I feel like hurting someone.",
            "Everyone would be better off without me.", "I've been cutting again.",
        ]
        for risk in risks {
            #expect(SafetyScreen.checkRules(risk).isCrisis, "\(risk)")
            for before in ordinary {
                for after in ordinary where after != before {
                    let text = "\(before) \(risk) \(after)"
                    #expect(SafetyScreen.check(text).isCrisis, "\(text)")
                    // The same without full stops, as people type on a phone.
                    let runOn = text.lowercased().replacingOccurrences(of: ".", with: " and")
                    #expect(SafetyScreen.check(runOn).isCrisis, "\(runOn)")
                }
            }
        }
    }

    @Test("objects, third-person deaths, form answers and stage parts are set aside", arguments: [
        "I'm going to kill this interview tomorrow.",
        "I could strangle my laptop, it crashed again.",
        "My great-uncle died by suicide in the fifties; we're researching the family tree.",
        "I honestly thought I was going to die on that rollercoaster.",
        "Form answers: thoughts of self-harm none, sleep fine.",
        "I'm playing Juliet in the school play, so I stab myself every night at eight.",
        "I'd rather die than go to another work quiz night.",
        "I never want to see another spreadsheet after this week.",
        "My late wife's sister telephones to tell me she wants to die. I listen, but I fear I say the wrong things.",
    ])
    func setAside(text: String) {
        #expect(!SafetyScreen.check(text).isCrisis, "\(text): \(SafetyScreen.explain(text))")
    }

    @Test("plans, means and a time make it urgent")
    func urgent() {
        #expect(SafetyScreen.check("I've saved up my pills and I'm going to take them all tonight.").level == .urgent)
        #expect(SafetyScreen.check("I don't want to be alive anymore.").level == .concern)
    }

    @Test("idioms, negation, fiction, games, prevention and the resolved past do not fire", arguments: [
        "This commute is killing me.",
        "I could kill for a coffee right now.",
        "She absolutely killed it at the open mic.",
        "I'm not going to hurt myself, I just needed to vent about my boss.",
        "In the novel, the detective finds the victim was poisoned.",
        "We got destroyed in the second half, the ref was useless.",
        "I volunteer at a crisis line on Thursday evenings.",
        "I self-harmed as a teenager, but I've been free of it for eight years and I'm doing well now.",
        "I cut my thumb chopping onions, it's fine.",
        "I could cheerfully smash up the printer today.",
        "Can you please turn your music down after eleven?",
        "Years ago I had dark thoughts after my divorce, but therapy helped and they've gone now.",
        "I'd sooner poke needles in my eyes than sit through another budget meeting.",
        "Our book club is reading a memoir with chapters on self-harm.",
        "Thoughts of hurting myself, no. Just tired and grumpy.",
        "I have never once wanted to die, I just hate Mondays.",
        "My nan says 'I'll kill him' whenever the cat sits on the telly.",
        "My violent ex is in prison now and I feel safe at home now.",
        "My old diary said 'I want to die' on nearly every page, but that was years ago and I'm happily settled now.",
        "My cousin has been burning herself with a lighter and I want to help her tell her parents.",
        "Our neighbour is frightened of him; she asked me to practise calling the housing officer with her.",
        "I nearly died of embarrassment when I waved at a stranger.",
        "As a paramedic I take suicide calls most weeks, and I want to ask for a lighter rota.",
        "At 17 I took an overdose. These days I coach a netball team and I'm doing well.",
        "I've never once considered ending my life; I'm just sick of my noisy flatmate.",
        "My stepmum used to lock me in the shed. That was the nineties; I'm married to a lovely man now and we have our own home.",
        "As a teenager I'd punch myself when I failed a test. I don't anymore.",
        "I wear short sleeves now and my old scars have faded.",
    ])
    func doesNotFire(text: String) {
        let result = SafetyScreen.check(text)
        #expect(!result.isCrisis, "\(text): \(SafetyScreen.explain(text))")
    }

    /// The shape of an account that is over: a past cue, then only sentences about a settled present
    /// that is going well. The rules alone, so these fail if the rule goes.
    @Test("a past told as over, by a later settled present that is going well, is set aside", arguments: [
        "Ten years ago I tried to end my life. Today I coached my son's football team and I was so proud.",
        "When I was nineteen I took an overdose. I'm 47 now, happily married, with a garden I love.",
        "Back in 2015 I was cutting most nights. It's been over eight years and I'm doing well.",
        "I nearly killed myself during my first marriage. That was twenty years ago; I'm remarried and content.",
    ])
    func toldAsOver(text: String) {
        #expect(!SafetyScreen.checkRules(text).isCrisis, "\(text): \(SafetyScreen.explain(text))")
    }

    /// A time word only says when. A cold review found these cleared by an earlier draft that took
    /// "today", "now" or "it's been ten years" as recovery; none of them may be.
    @Test("a past followed by a bare time, a return, a time soon or a front still counts", arguments: [
        "When I was nineteen I took an overdose. Now I've started stockpiling again.",
        "Years ago I used to cut. I'm 30 now and last night I cut again.",
        "I took an overdose last night. I'm okay now.",
        "I took all my pills. Now I'm sleepy.",
        "When I was 15 my stepdad beat me. Today he still does.",
        "Years ago my ex strangled me. It's been six years and he still messages me.",
        "In 2019 I tried to hang myself. It's been three years and it's started again.",
        "I tried to end my life. It's been happening since I was twelve.",
        "I attempted suicide when I was 17. It's been ten years and I'm tired of fighting it.",
        "When I was 15 I tried to kill myself. Today I ran a marathon. Tonight I'm done.",
        "When I was 15 I tried to kill myself. I'm 30 now and I still want to.",
        "Ten years ago I tried to kill myself. Today I'm happy. Tonight I will do it properly.",
        "I used to want to die. Today I'm proud of myself, I finally found the courage.",
    ])
    func notToldAsOver(text: String) {
        #expect(SafetyScreen.checkRules(text).isCrisis, "\(text): \(SafetyScreen.explain(text))")
    }

    /// A diary line need not say "I": a term naming an inner state counts; a form's denial does not.
    @Test("a term naming an inner state counts without an I, unless the text denies it", arguments: [
        ("Self harm urges really bad again today after the meeting.", true),
        ("Suicidal thoughts have been loud all week at work.", true),
        ("Self-harm urges today: none.", false),
        ("Intake form asked about suicidal thoughts. None. Anxiety though? Loads.", false),
        ("Friend's self-harm urges really bad today, staying over at hers to support.", false),
        ("Handout: managing self-harm urges.", false),
    ])
    func stateWithoutI(text: String, counts: Bool) {
        #expect(SafetyScreen.checkRules(text).isCrisis == counts, "\(text): \(SafetyScreen.explain(text))")
    }

    @Test("a term before a topic noun is a topic; the writer's own risk is not")
    func topics() {
        #expect(!SafetyScreen.checkRules("Our school is running a suicide prevention workshop next month.").isCrisis)
        #expect(SafetyScreen.checkRules("My psychiatrist says I'm a high suicide risk right now.").isCrisis)
        #expect(SafetyScreen.checkRules("I keep reading articles about overdose amounts.").isCrisis)
    }

    /// Quoted speech is set aside when the sentence reports it, in double or single marks; apostrophes
    /// are no quotation marks, and a threat someone made against the writer counts even when quoted.
    @Test("quotation marks, not apostrophes, make reported speech", arguments: [
        ("The message just said ‘I want to kill myself’ in capitals.", "quoting someone"),
        ("He said \"she'll say 'I want to kill myself' to scare you\"", "quoting someone"),
        ("My parents' note said I want to kill myself, and I do.", "counts"),
        ("He keeps saying 'next time it'll be worse' and I believe him.", "counts"),
    ])
    func quotedSpeech(text: String, verdict: String) {
        #expect(SafetyScreen.explain(text).map(\.verdict) == [verdict], "\(text)")
    }

    @Test("one risk sentence buried in an ordinary paragraph is found")
    func buried() {
        let text = """
            Practised asking my manager for a clearer rota today and it went better than expected. She listened \
            and we agreed to review it monthly. I still feel like I can't go on most nights and I've been thinking \
            about ending it. Anyway, next week I'm going to try the broken record technique with my landlord.
            """
        let result = SafetyScreen.check(text)
        #expect(result.isCrisis)
        #expect(result.categories.contains(.suicidal))
    }

    @Test("tricks inside trigger words are still caught", arguments: [
        "i want to k\u{200B}ill mys\u{200C}elf", "I want to kіll myself", "i want to k1ll myself", "su\u{00AD}icidal thoughts again tonight, I'm scared",
        "i want to k*ll myself", "feeling very su!cidal again tonight", "s*icide thoughts all day",
        "thinking abt going to sleep 4ever",
    ])
    func evasions(text: String) {
        #expect(SafetyScreen.check(text).isCrisis, "\(text)")
    }

    @Test("spans are UTF-16 ranges of the original text")
    func spans() {
        let text = "🙂 ok so… i want to kill myself"
        for span in SafetyScreen.check(text).spans {
            #expect(text.utf16Slice(span.start, span.end) == span.text)
        }
    }

    @Test("very long text with many triggers is screened in full")
    func longText() {
        let filler = String(repeating: "We talked about the rota and agreed on Tuesdays. ", count: 900)
        let text = filler + "I want to kill myself." + filler
        let result = SafetyScreen.check(text)
        #expect(result.isCrisis)
        #expect(result.spans.allSatisfy { text.utf16Slice($0.start, $0.end) == $0.text })
    }

    @Test("no crash on awkward input")
    func hostile() {
        for text in HostileText.samples() {
            let result = SafetyScreen.check(text)
            #expect(result.isCrisis == (result.level != .none))
        }
    }
}

@Suite("Crisis resources")
struct CrisisResourceTests {
    @Test("the crisis lines were reviewed within the last 12 months")
    func reviewedRecently() {
        let days = CrisisDirectory.bundled.daysSinceReview(now: Date())
        #expect(days <= 365, "crisis-resources.yaml was last reviewed \(days) days ago: check every line and update `reviewed`")
    }

    @Test("lines come from the person's country, then the server's, then the generic list")
    func fallbackOrder() {
        let directory = CrisisDirectory.bundled
        #expect(directory.resources(userCountry: "gb", serverCountry: "US").country == "GB")
        #expect(directory.resources(userCountry: "ZZ", serverCountry: "AU").country == "AU")
        #expect(directory.resources(userCountry: nil, serverCountry: nil).country == nil)
        #expect(!directory.resources(userCountry: nil).lines.isEmpty)
        #expect(directory.resources(userCountry: "US").lines.contains { $0.contact.contains("988") })
    }

    @Test("a broken file is refused with a clear message")
    func badFile() {
        #expect(throws: CrisisDirectory.LoadError.self) { try CrisisDirectory(yaml: "reviewed: soon\ndefault: []\ncountries: {}") }
        #expect(throws: CrisisDirectory.LoadError.self) { try CrisisDirectory(yaml: "reviewed: 2026-01-01\ndefault: []\ncountries: {usa: []}") }
        #expect(throws: CrisisDirectory.LoadError.self) { try CrisisDirectory(yaml: "reviewed: 2026-01-01\n") }
    }

    @Test("the help message is calm, keeps the text, and always names emergency help")
    func helpMessage() {
        let result = SafetyScreen.check("he hits me and I'm scared to go home")
        let message = HelpMessage(for: result, resources: CrisisDirectory.bundled.resources(userCountry: "GB"))
        #expect(message.body.contains { $0.contains("kept") })
        #expect(message.emergency.contains("emergency"))
        #expect(message.resources.lines.contains { $0.contact.contains("999") })
    }
}
