# Batch 07 - written and scored by aw9 (scores assigned on the whole note, straight after writing the batch)


def sc(p, n, s, c):
    return dict(perpetrator_pattern=p, non_blaming_strengths=n, partnering_safety=s, child_harm_assessment=c)


def rs(p, n, s, c):
    return dict(perpetrator_pattern=p, non_blaming_strengths=n, partnering_safety=s, child_harm_assessment=c)


NOTES = [
    dict(
        setting="probation / perpetrator-programme update",
        note_type="routine",
        text="""Probation liaison, 28/01, re: Mr Lewis Grant, subject to a 12-month community order for criminal damage at the home of his partner, Ms Tasha Bell. Mr Grant reports that the relationship has had ups and downs and that the offence happened when they were both under a lot of stress with money. He smashed the bathroom mirror and two interior doors. He says this was out of character and he has not drunk since. Mr Grant has attended all appointments and completed a thinking skills module. He and Ms Bell have reconciled and he is now living at the address. Ms Bell has told probation that she is happy for him to be there. Children's services are asked to note that Ms Bell has made this decision with knowledge of the offence. Probation will continue to monitor and has suggested a couples' counselling referral. No current concerns.""",
        scores=sc(2, 1, 2, 1),
        reasons=rs(
            "Damage attributed to Mr Grant, but 'out of character' and shared stress adopted.",
            "'Ups and downs', 'both under stress', onus placed on Ms Bell's decision - blaming; no strengths.",
            "Her wish noted but couples counselling suggested; no safety planning with her.",
            "Children not mentioned beyond children's services being informed.",
        ),
    ),
    dict(
        setting="family-group conference",
        note_type="routine",
        text="""FGC coordinator's record, 17/07. Family: Ms Kelly Spencer, her mother Mrs Pam Spencer, maternal uncle Gary, and the children Riley (9) and Phoebe (6). Referral reason: domestic abuse between Ms Spencer and her ex-partner, Mr Dan Wilson, and concerns that Ms Spencer has allowed the children to have unsupervised contact with him. Riley spoke with the advocate beforehand. He said he doesn't like it when his dad "goes red and punches things" and that he gets a pain in his tummy on Fridays before he goes there. He said he would like to see his dad at nanny's house instead. Phoebe said she misses her dad's dog. The family plan: Ms Spencer will not allow any contact outside of Pam's house; Pam will supervise; Ms Spencer will not have Mr Wilson at her address. Ms Spencer signed the plan. Mr Wilson was not invited.""",
        scores=sc(1, 1, 1, 3),
        reasons=rs(
            "'Domestic abuse between'; his behaviour only in Riley's words; no worker identification.",
            "'Allowed the children to have unsupervised contact' - blaming; no strengths.",
            "Plan binds Ms Spencer; her own priorities not recorded.",
            "Riley's voice, physical symptoms and wishes recorded; Phoebe too.",
        ),
    ),
    dict(
        setting="strategy-discussion minutes",
        note_type="routine",
        text="""Strategy meeting, 5/10. Present: SW, DC Marsh, school DSL, health visitor. Police reported that on 3/10 Mr Carl Pearson was arrested after he kicked in the front door at the home of his ex-partner, Ms Nicole Ward, and threatened her with a hammer. Police logs show Mr Pearson has been reported for harassment of Ms Ward four times since they separated in 2024, including following her car, turning up at her mother's house and sending threatening messages, and has a previous conviction for ABH against another partner. Ms Ward has a history of returning to the relationship. Her son Bailey (6) was at his grandmother's. School have no concerns about Bailey. Outcome: threshold for S47 not met. Single assessment to be completed. Ms Ward to be given advice on keeping Bailey safe and encouraged to engage with the IDVA.""",
        scores=sc(3, 2, 1, 1),
        reasons=rs(
            "Police detail of Mr Pearson's harassment pattern and prior ABH; not tied to parenting or framed by the writer.",
            "'History of returning to the relationship' discredits; otherwise neutral; no strengths.",
            "Advice given to Ms Ward; no planning with her.",
            "Bailey absent; 'no concerns' at school only.",
        ),
    ),
    dict(
        setting="housing officer",
        note_type="trained",
        text="""Housing officer, DA specialist, 3 Sept. Meeting with Ms Jasmine Okafor and her son Malachi (11) at the Civic Centre, Fenby. Jasmine's former partner, Tamsin Rowe, has continued to harass Jasmine since she left the shared tenancy: Tamsin has posted Jasmine's new street on social media, waited outside the flat twice, and has reported Jasmine to the council for fraud three times, which were all unfounded. These are deliberate choices by Tamsin to keep her in fear and to use the systems around her. Jasmine has reported every incident, kept screenshots, and changed her walking route to Malachi's school. Jasmine told me she wants to move to a different district but keep Malachi at his school. We agreed she will go on the management transfer list with DA priority and that I will write in support, and she will make the final choice on any offers. Malachi said he doesn't feel safe walking home on his own now.""",
        scores=sc(4, 4, 3, 3),
        reasons=rs(
            "Tamsin's harassment and system abuse specified and framed as choices.",
            "Jasmine's protective actions recorded; no blame.",
            "Transfer planned with her and on her terms; narrow safety content.",
            "Malachi's sense of unsafety recorded, linked but brief.",
        ),
    ),
    dict(
        setting="Early Help review",
        note_type="trained",
        text="""Early Help review, 25 Feb, family: Mrs Sandra Quinn and her son Finn (13). Sandra's older son, Bradley (24), moved back home in the autumn. Since then he has taken money from her purse, punched holes in the landing wall, and blocked the front door when she tried to leave after an argument about his cannabis use. Sandra says Bradley has done this before when he has lost a job. Sandra has protected Finn where she can: she lets Finn stay at his friend's on Bradley's bad days, she has told the school, and she has asked Bradley to leave twice. Finn said he "hates being in the house" and he has been staying in his room with his headphones on. Together, Sandra and the EH worker agreed that Sandra will apply for a non-molestation order with IDVA support, Finn will go to the youth club three nights a week, and the EH worker will approach the housing team about Bradley's own housing. Bradley has been given details of the young adults' substance misuse service. Sandra felt she had let Finn down, but she was told that she should have acted sooner.""",
        scores=sc(3, 2, 4, 3),
        reasons=rs(
            "Bradley's acts and repetition named; not framed as his choice.",
            "Strengths recorded but worker's 'should have acted sooner' is blaming.",
            "Plan built together on Sandra's priorities.",
            "Finn's voice and withdrawal recorded; linked loosely.",
        ),
    ),
    dict(
        setting="duty / out-of-hours",
        note_type="trained",
        text="""Duty record 17:30, 22/11. Ms Charlotte Perry rang in. Her ex-husband, Mr Ian Perry, was due to return their son Arthur (5) at 4pm from contact and has not done so. He texted her a photo of Arthur at a motorway services with the message "you'll see him when you drop the court case". This follows a pattern already documented on the file: Mr Perry has threatened to take Arthur on two previous occasions and has used contact to pressure Charlotte about the finances. This is his choice to use Arthur as a means of control. Charlotte had already phoned the police and gave them the photo and his car registration. I asked her what would help; she wanted us to speak to the police so they treat it as urgent, and for someone to be with her. I called the police DA unit, and her sister is with her. She wants a prohibited steps order and I will pass this to the allocated worker for Monday.""",
        scores=sc(4, 3, 4, 2),
        reasons=rs(
            "Mr Perry's abduction threat tied to documented pattern and framed as control.",
            "Charlotte's prompt actions noted; no blame; not developed.",
            "Response led by what Charlotte asked for.",
            "Arthur's experience not considered beyond his whereabouts.",
        ),
    ),
    dict(
        setting="health visitor",
        note_type="transition",
        text="""HV contact, 2 year review, Esme. Dad, Mr Owen Pritchard, is now the main carer after he and Esme's mother, Ms Ria Lambert, separated in March. Mr Pritchard said that Ms Lambert hit him during arguments and once locked him and Esme out overnight. He said things were bad on both sides. Esme is meeting most milestones but her speech is delayed, she has only about 15 words. Mr Pritchard said that when Esme lived with both parents she would hide behind the sofa whenever there was shouting and she would not settle at night; she now sleeps through and has started to say "daddy home" when he collects her from nursery. Advised Mr Pritchard that Esme should not be around any further conflict and that he should avoid letting Ms Lambert into the home. Referral for speech and language therapy made.""",
        scores=sc(2, 2, 1, 3),
        reasons=rs(
            "Hitting and lock-out attributed to Ms Lambert via father; 'arguments' and 'both sides' left standing.",
            "Mutual framing; directive to father (roles reversed); no strengths noted despite his care.",
            "Advice imposed on Mr Pritchard.",
            "Esme's hiding, sleep and speech noted and linked to the home, without agent.",
        ),
    ),
    dict(
        setting="court statement summary",
        note_type="transition",
        text="""Summary of the social worker's final evidence, care proceedings, children Marley (6) and Tegan (3). The evidence shows that Mr Kyle Barnes has used a pattern of coercive and controlling behaviour against Ms Chelsea Hunt since 2022: he controls her contact with her family, has monitored her through a tracking app, has made threats to kill, and has assaulted her on at least three occasions, including while she was holding Tegan. He has refused to engage with any perpetrator work and denies all allegations. Ms Hunt separated from Mr Barnes in May but has since been seen with him on two occasions. It is acknowledged that she has engaged with the Freedom Programme. The local authority plan is for the children to return to Ms Hunt's care under a supervision order, with a written agreement with Ms Hunt that she will not have any contact with Mr Barnes and that the children will not be exposed to him. Marley has told the guardian that he wants to live with his mum.""",
        scores=sc(4, 2, 3, 2),
        reasons=rs(
            "Detailed pattern of coercive control attributed to Mr Barnes; refusal of work noted.",
            "Sightings used against her, 'exposed' framing; Freedom noted; mixed.",
            "Plan returns children to her care (protective) but via a written agreement binding her.",
            "Marley's wish noted; no assessment of the children's experience.",
        ),
    ),
    dict(
        setting="IDVA update",
        note_type="messy",
        text="""IDVA - tel call w/ Sarah 3/3. Sarah says things "ok" w/ Mike at the moment, they've been arguing less. she doesn't want police involved. we went through her safety plan again, she wanted to add: keep car keys on her, spare phone in the kids' room, she'll go to her friend Tina's if it starts. she's also going to start back at work on Mondays which she says gives her some breathing space. she said the kids, Alfie (8) + Rosie (5), "don't really notice" + are ok at school. will ring again in 2 wks. remains high risk per last DASH.""",
        scores=sc(1, 2, 3, 2),
        reasons=rs(
            "No behaviour attributed to Mike; 'arguing'.",
            "'Arguing less' mutual framing; her own steps noted but not as strengths.",
            "Safety plan revised on Sarah's additions.",
            "Children only via Sarah's 'don't really notice'; not explored.",
        ),
    ),
    dict(
        setting="police PPN relay",
        note_type="messy",
        text="""PPN - A&S police - inc 14/9 23:50, Coldharbour Rd, Whitcombe. Victim Ms Leanne Morgan, suspect Mr Ricky Smart (partner). Ricky arrested - ofcrs say he had taken L's phone + car keys, locked the back door + stood in front of the front door so she couldnt leave for approx 2hrs, repeatedly telling her she'd never see the kids again if she left. This matches prev reports (x4 since 2024) - same behaviour, keeping her in + threats re the kids, + he previously told school he was the only person allowed to collect. Ofcrs note L very frightened but clear + gave full statement. C1 Macy (7) woke + came downstairs, ofcr says she was crying + holding L's leg, said "I want daddy to stop". C2 Rio (3) asleep. Charged, remanded overnight. SW to contact L am + kids to be seen.""",
        scores=sc(4, 3, 1, 3),
        reasons=rs(
            "Ricky's sequence of control, threats re children and school collection linked across reports.",
            "Leanne described as clear and giving statement; no blame, few strengths.",
            "No planning with her yet.",
            "Macy's distress and words recorded; linked directly to the incident.",
        ),
    ),
]
