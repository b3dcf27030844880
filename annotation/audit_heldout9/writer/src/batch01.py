# Batch 01 - written by hand by aw11, scored straight after writing, on the whole note.
# Domain order in scores/reasons: perpetrator_pattern, non_blaming_strengths, partnering_safety, child_harm_assessment

NOTES = [
    {
        "setting": "home visit",
        "note_type": "routine",
        "text": (
            "Unannounced home visit to 14 Fallowfield Close, Ashbury (Kent) following police notification of a DV "
            "incident on Saturday night. Present: Mother (Kerry), Lacey (7) and Brandon (4). Kerry stated there had been "
            "an argument with her partner Dean after a night out and that things had got out of hand. She said she did "
            "not want to press charges. The house was tidy and there was food in the fridge. Lacey was quiet during the "
            "visit and stayed close to her mother; school report she has seemed tired this week. I explained to Kerry "
            "that the children cannot keep being exposed to this volatile relationship and that if there are further "
            "incidents the local authority may need to consider next steps. Kerry agreed that Dean will not stay at the "
            "property while the children are present and that she will contact police if he turns up. Written agreement "
            "signed by Kerry. Will review in two weeks."
        ),
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Argument 'got out of hand'; Dean never named as agent of any behaviour.",
            "non_blaming_strengths": "'Volatile relationship' mutualises; warning and exposure framed at Kerry; no strengths.",
            "partnering_safety": "Written agreement binds Kerry only; imposed.",
            "child_harm_assessment": "Lacey's quietness and tiredness noted but not linked to or assessed against the abuse.",
        },
    },
    {
        "setting": "duty / out-of-hours",
        "note_type": "routine",
        "text": (
            "EDT call 23:40. Call received from Croydon MASH out-of-hours line re: Ms Aneta Kowalczyk, 29, Brierley Road. "
            "Police attended earlier this evening after neighbours reported shouting. Partner Marek has been asked to "
            "leave for the night and is staying with his brother. No injuries reported. Ms Kowalczyk was cooperative "
            "with officers and was calm when I spoke to her by phone. She confirmed the children (Zofia, 5, and Filip, 2) "
            "were asleep upstairs at the time. She said she and Marek have been under pressure with money and that it was "
            "a row that got loud. Advised her that daytime team will be in contact and that she should ring police if "
            "there are any further issues tonight. No further action by EDT. Passed to daytime duty for screening and "
            "checks with health visitor."
        ),
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 2, "partnering_safety": 1, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Recorded as a row under money pressure; no behaviour attributed to Marek.",
            "non_blaming_strengths": "No overt blame of Aneta but excuse ('pressure with money') recorded uncritically; only generic 'cooperative'.",
            "partnering_safety": "Only advice to her to ring police; no planning with her.",
            "child_harm_assessment": "Children only located as asleep; no consideration of their experience.",
        },
    },
    {
        "setting": "police PPN relay",
        "note_type": "routine",
        "text": (
            "PPN received from Nottinghamshire Police, 03/11. Officers attended Flat 6, Corbel House, Sneinton Vale, after "
            "a 999 call from the mother, Shannon Pryce (24). Police report that Jordan Hale (26) had pushed Shannon into "
            "the kitchen door and thrown her phone. DASH completed, graded medium. Jordan arrested and released under "
            "investigation with no bail conditions. Shannon declined to give a statement. Child Mason (18 months) was in "
            "his cot. This is the third PPN this year. Shannon has previously told workers the relationship was over but "
            "police note that Jordan was at the address on each occasion. Concern that mother is not being honest with "
            "professionals and continues to allow Jordan access to the home, placing Mason at risk. Screening outcome: "
            "progress to assessment. Mother to be reminded of previous agreement."
        ),
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Jordan named as agent of the push and phone throw and repeat presence, but as relayed incidents, no pattern analysis.",
            "non_blaming_strengths": "'Not being honest', 'allow Jordan access', 'placing Mason at risk' all aimed at Shannon.",
            "partnering_safety": "Reminder of agreement imposed on mother.",
            "child_harm_assessment": "Mason only located in cot; risk asserted not assessed.",
        },
    },
    {
        "setting": "assessment analysis",
        "note_type": "trained",
        "text": (
            "Analysis. Craig Lund's behaviour towards Jodie over the past two years shows a consistent pattern: he checks "
            "her phone daily, has taken control of her Universal Credit payments, tells her she is an unfit mother in "
            "front of the children and, on at least two occasions (May and August), has grabbed her by the throat. These "
            "are choices Craig makes, and they are also parenting choices, because he makes them in front of Ellie (9) "
            "and Tom (6). Ellie told me she 'listens at the top of the stairs' so she knows when to take Tom into her "
            "room; she has started wetting the bed again and school say she is hypervigilant when parents arrive at "
            "pick-up. Tom copies his father's words to his mother. Jodie has protected the children by keeping a bag "
            "packed, teaching Ellie to call her nan, and moving bedtime earlier on nights Craig drinks. The safety plan "
            "was drafted with Jodie at Clitheroe Family Hub and uses her knowledge of his triggers and routines; her "
            "priority, keeping the children at their school, is built in. Craig has been invited to meet me separately "
            "to discuss his behaviour and its effect on the children."
        ),
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 4, "partnering_safety": 4, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Specific, consistent pattern of control and violence attributed to Craig as his (parenting) choices; accountability step.",
            "non_blaming_strengths": "No blame; Jodie's concrete protective actions recorded.",
            "partnering_safety": "Safety plan drafted with Jodie, using her knowledge and priority.",
            "child_harm_assessment": "Ellie's and Tom's experience of Craig's behaviour assessed with specific effects.",
        },
    },
    {
        "setting": "IDVA update",
        "note_type": "trained",
        "text": (
            "IDVA update for social worker, Surrey Outreach. I met with Priya Nair (34) on 12/02 at a safe location. "
            "Priya's former partner, Hannah Ellery, continues to send messages via friends and has twice come to the "
            "nursery gate at Millfield. Priya describes Hannah monitoring her spending, deciding who she could see and "
            "threatening to 'out' her to her family when she tried to end the relationship. This fits a pattern of "
            "coercive control that Hannah has maintained since separation, using Priya's family and the nursery as "
            "points of contact. Priya has changed her number, told the nursery manager who may collect Arjun (3), and "
            "kept a log of every contact, which she brought today. We agreed together that she will apply for a "
            "non-molestation order and that I will go with her to the solicitor on Friday. Priya says Arjun has been "
            "clingy at drop-off since Hannah appeared at the gate, and asks where 'Hanny' is; she would like nursery "
            "to watch for this and let her know."
        ),
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 4, "partnering_safety": 3, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Hannah's monitoring, isolation, threats and post-separation contact named as a consistent pattern.",
            "non_blaming_strengths": "No blame; Priya's number change, nursery briefing and log recorded as strengths.",
            "partnering_safety": "Order and support agreed together, but planning is narrow (legal step only, nursery role left open).",
            "child_harm_assessment": "Arjun's clinginess linked to Hannah's appearances, but assessment is brief and relayed via mother.",
        },
    },
    {
        "setting": "supervision record",
        "note_type": "transition",
        "text": (
            "Supervision, SW Grace Mensah with TM, Derby Locality Team 2. Family: Farrah Begum and children Ayaan (8) and "
            "Inaya (5). Discussed the escalating pattern from Imran Begum: he has damaged the car so Farrah cannot drive "
            "to work, turned up at her mother's house at night, and sent over 60 messages in one weekend. Grace noted he "
            "is using the children's contact handovers to continue this. TM view: despite this, Farrah has let Imran "
            "back into the home twice since the last core group and needs to understand that she is choosing him over "
            "the children. Agreed actions: Grace to tell Farrah clearly that if Imran is found at the property again the "
            "case will be escalated to an ICPC. Farrah to sign updated written agreement. Ayaan's school to be asked for "
            "an update on attendance."
        ),
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Imran's specific escalating behaviours and use of handovers named, though not linked to the children's harm.",
            "non_blaming_strengths": "'Let Imran back', 'choosing him over the children' - blaming; no strengths.",
            "partnering_safety": "Escalation threat and written agreement imposed on Farrah.",
            "child_harm_assessment": "Children appear via handovers and attendance only; no view of their experience.",
        },
    },
    {
        "setting": "Early Help review",
        "note_type": "transition",
        "text": (
            "Early Help review meeting, Ponders End Family Centre, Enfield. Present: Mum (Chantelle), EH worker, school "
            "family liaison, health visitor. Dad (Ryan) invited but did not attend. Chantelle reported that Ryan has "
            "been 'better lately' but still loses his temper when he has been drinking and shouts at her. The worker "
            "noted that Chantelle has worked hard on the house and routines and has registered with the GP and the "
            "Freedom Programme, which she has attended four weeks out of six. School liaison said both children are "
            "attending and are clean and well presented. Plan reviewed: Chantelle to continue Freedom Programme; "
            "Chantelle to attend parenting course at the Centre; worker to offer Ryan a referral for alcohol support. "
            "Chantelle said she would like help with a housing transfer and the worker will look into this. Review in "
            "six weeks."
        ),
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 3, "partnering_safety": 2, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Ryan's shouting named but framed through drink and as temper; no pattern.",
            "non_blaming_strengths": "No blame, specific efforts noted (Freedom, GP), though mostly about her self-improvement not protection.",
            "partnering_safety": "Plan largely tasks for Chantelle; her housing request taken up loosely.",
            "child_harm_assessment": "Children only 'attending, clean and well presented'.",
        },
    },
    {
        "setting": "school DSL log",
        "note_type": "transition",
        "text": (
            "DSL log, St Bega's CE Primary, Cumbria. 09/10, 08:55. Ruby Askew (Y4) arrived with her mum who asked to speak "
            "to me. Mum said Ruby's dad, Lee, who no longer lives with them, came to the house last night, banged on the "
            "windows and shouted that he would 'take Ruby if she didn't sort herself out'. Police were called. Mum said "
            "this is the fourth time since September that he has turned up at night. Ruby sat with me at break and said "
            "she hadn't slept because she kept thinking her dad would come back and get in; she drew the house with all "
            "the curtains shut and said that's so he can't see. Class teacher reports Ruby has been falling asleep "
            "after lunch. I advised mum that she must keep the doors locked and not answer to Lee and that she should "
            "think about whether she is able to keep Ruby safe at home. Referral made to Cumbria CAST."
        ),
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 2, "partnering_safety": 1, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Lee's repeated night visits and threat named with frequency; not analysed as control.",
            "non_blaming_strengths": "Mum's police call and disclosure not credited; 'whether she is able to keep Ruby safe' doubts her.",
            "partnering_safety": "Directives to mum only.",
            "child_harm_assessment": "Ruby's fear, sleep loss and drawing recorded and linked to her father's visits.",
        },
    },
    {
        "setting": "duty / out-of-hours",
        "note_type": "messy",
        "text": (
            "tel call w M 16:10 - M (Stacey) rang re housing, said she was 'done with it all'. asked re last wk incident "
            "- M says her and P (Gavin) had a falling out, both said stuff they shouldnt, he left for a few days now back. "
            "M says its fine now. C1 (Kai 6) C2 (Ellis 3) at home w her. heard kids in background, sounded ok. "
            "reminded M of agreement from ICPC, P not to be at home when kids there, she said yeh yeh she knows. "
            "M not happy w SW, says we are 'on her back'. advised M to get things sorted or it will go back to conf. "
            "M hung up. hv to be told. TBC joint visit next wk w police?? Hillingdon DA team to be checked for any new "
            "calls."
        ),
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "'Falling out', 'both said stuff'; Gavin not an agent of anything.",
            "non_blaming_strengths": "Mutualised; warning to Stacey to 'get things sorted'.",
            "partnering_safety": "Agreement and threat of conference imposed on her.",
            "child_harm_assessment": "Children 'sounded ok' in background; nothing about their experience.",
        },
    },
    {
        "setting": "home visit",
        "note_type": "messy",
        "text": (
            "HV 2/3 Rye Bank, Sussex - seen Mrs Margaret (Peg) Dunning 71 + grandson Riley 12 (she has SGO). "
            "son Wayne 38 not present. Peg v open today. says W has been coming round most days since he lost flat, "
            "takes her pension card, shouts at her when she says no, last wk pushed her against the dresser - bruise on "
            "upper arm seen. Peg says its the drink and the gambling but also 'he's always done it when he can't get his "
            "way'. pattern = W uses money + fear + riley to get what he wants (tells her he'll 'tell SS she can't cope'). "
            "Riley - Peg says he goes to his room and plays xbox loud w headphones when W comes, and has started asking "
            "if they can move. didn't see R alone today - needs doing. Peg has already: changed bank card PIN, got "
            "neighbour Sandra to come round if W turns up, asked police re marker on addr. we agreed together: referral "
            "to adult DA service + Sussex Police marker (she wants this), Peg to decide re injunction after talking to "
            "solicitor, I'll speak to W re his behaviour if Peg ok with that (she is, not yet)."
        ),
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 4, "partnering_safety": 4, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Wayne's financial abuse, assault and threats named and summarised as a pattern, but drink/gambling excuse left standing.",
            "non_blaming_strengths": "No blame; Peg's PIN change, neighbour plan and police request recorded.",
            "partnering_safety": "Plan agreed with Peg, paced on her choices.",
            "child_harm_assessment": "Riley's withdrawal and wish to move linked to Wayne's visits, but not seen alone.",
        },
    },
]
