# Batch 02 - written by hand by aw11, scored straight after writing, on the whole note.
# Domain order: perpetrator_pattern, non_blaming_strengths, partnering_safety, child_harm_assessment

NOTES = [
    {
        "setting": "health visitor",
        "note_type": "routine",
        "text": (
            "Health visitor contact, Kingsthorpe Clinic, Northampton. Baby Amelia Cross, 9 months, seen with mother "
            "Jade. Weight 8.1kg (25th centile, dropped from 50th). Amelia was slow to settle, startled at a door banging "
            "and cried for several minutes; she made little eye contact with me and did not babble. Mother reports "
            "Amelia wakes screaming most nights since 'the trouble at home'. Police attended in January following a DV "
            "incident between Jade and her partner. Jade appeared tired and flat and said she is not sleeping. Discussed "
            "the effects on babies of living with shouting and arguments, and that stress in the home is likely to be "
            "affecting Amelia's feeding and sleep. Advised Jade that she needs to prioritise Amelia and keep her away "
            "from any arguments. Jade's low mood noted; advised GP. Plan: weigh in 2 weeks, refer to Infant Feeding "
            "team, inform social worker."
        ),
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "'DV incident between Jade and her partner'; partner not named as agent.",
            "non_blaming_strengths": "Mutualised 'arguments'; Jade told to prioritise Amelia; no strengths.",
            "partnering_safety": "Advice imposed on Jade.",
            "child_harm_assessment": "Amelia's weight drop, startle, sleep and engagement assessed and linked to the home, though not to his behaviour.",
        },
    },
    {
        "setting": "housing officer",
        "note_type": "routine",
        "text": (
            "Housing Options note, Hillingdon. Ms Rochelle Baptiste attended the office with her son Dante (10) "
            "requesting emergency rehousing. She states she is fleeing domestic abuse from her partner and does not feel "
            "safe at the current tenancy at 31 Grebe Walk. She did not bring any police reference number or supporting "
            "letter. Records show two previous requests to move in 2023, both withdrawn when she reconciled with the same "
            "partner. Explained that the council would need evidence before priority could be awarded and that she "
            "should obtain a letter from the police or her IDVA. Rochelle asked whether a sanctuary scheme could be "
            "fitted in the meantime; agreed to refer for a sanctuary assessment as she prefers to stay near Dante's "
            "school. Temporary accommodation offered in Hayes but declined by Rochelle. Case remains open."
        ),
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 1, "partnering_safety": 2, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "No behaviour of the partner described.",
            "non_blaming_strengths": "Previous reconciliations and lack of evidence foregrounded to discredit her request.",
            "partnering_safety": "Her sanctuary request and school priority taken up; rest is gatekeeping.",
            "child_harm_assessment": "Dante present and school mentioned only as logistics.",
        },
    },
    {
        "setting": "case closure summary",
        "note_type": "routine",
        "text": (
            "Case closure summary, Lancashire Children's Services, Burnley East Team. Family: Mr Daniel Holt, his "
            "partner Ms Lisa Marsden and Daniel's son Jake (11). Referral was made in June after school reported Jake "
            "saying that Lisa had hit his dad with a mug. Assessment found a relationship with frequent arguments "
            "on both sides, with alcohol a factor for both adults. Daniel minimised the incident and said he could "
            "handle it. Lisa has now moved out and the couple say they have separated. Jake told his worker he feels "
            "'a bit better' now it is quieter and that he is playing football again. Daniel was advised that if he "
            "resumes the relationship he must consider the effect on Jake. No further role for Children's Social Care. "
            "Case closed with advice to contact Early Help if needed."
        ),
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 2, "partnering_safety": 1, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Lisa's assault reported by child then mutualised as 'arguments on both sides'; no pattern.",
            "non_blaming_strengths": "Mutualising and warning to Daniel (victim) but less heavy-handed; no strengths recorded.",
            "partnering_safety": "Warning only; no plan with Daniel.",
            "child_harm_assessment": "Jake's voice ('a bit better', football) recorded briefly, not assessed.",
        },
    },
    {
        "setting": "court statement summary",
        "note_type": "trained",
        "text": (
            "Summary of the local authority's statement for the private law hearing, Medway Family Court. The local "
            "authority's evidence is that Mr Scott Fenner has used a sustained pattern of coercive control towards "
            "Ms Natalie Doyle: restricting her contact with her sister, monitoring her location through her phone, "
            "destroying her college coursework, and threatening to report her to social services as an unfit parent. "
            "He continued to send threatening messages after separation, including through the children's tablet. "
            "Natalie took steps to protect the children, including seeking legal advice, moving to her sister's and "
            "informing school. Mia (8) has told her social worker that she is scared when her father gets 'the face' "
            "and that she hides the tablet now. The local authority recommends that contact is supervised at a contact "
            "centre and that Ms Doyle should not permit any unsupervised contact or communication between Mr Fenner and "
            "the children, and must inform the local authority of any breach."
        ),
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 3, "partnering_safety": 2, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Specific coercive behaviours attributed to Scott, including post-separation use of the tablet.",
            "non_blaming_strengths": "Strengths recorded, but closing duty framed on her ('must not permit', 'must inform').",
            "partnering_safety": "Recommendations imposed on Natalie; no sign they were built with her.",
            "child_harm_assessment": "Mia's fear and hiding the tablet linked to Scott; brief.",
        },
    },
    {
        "setting": "CP conference summary",
        "note_type": "trained",
        "text": (
            "ICPC summary, Croydon. Children: Kofi (12), Ama (7), Yaw (2). Category: emotional harm. The conference "
            "heard that Mr Kwame Owusu has repeatedly threatened Ms Efua Owusu with deportation, kept her passport, "
            "and told her the children would be taken if she spoke to anyone. Police have attended three times for "
            "assaults by Mr Owusu. The conference recognised that Efua has kept the children in school throughout, "
            "contacted the IDVA service herself and disclosed to her GP despite his threats. The children are likely "
            "to be affected by living with their father's behaviour. The plan was developed with Efua before and during "
            "the conference: she chose a refuge place in another borough, asked for an interpreter for Twi at all "
            "meetings, and asked for immigration advice first; these are now actions with named leads. Mr Owusu will be "
            "referred to a perpetrator programme and told the plan expects him to stop contacting Efua directly."
        ),
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 4, "partnering_safety": 4, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Kwame's threats, passport retention and assaults named; pattern not linked to the children.",
            "non_blaming_strengths": "No blame; Efua's protective actions recorded despite threats.",
            "partnering_safety": "Plan built with Efua on her own priorities, with named leads.",
            "child_harm_assessment": "Only 'likely to be affected'; no child's experience.",
        },
    },
    {
        "setting": "Restart session",
        "note_type": "transition",
        "text": (
            "Restart session 3 of 8, Enfield Women's Hub, one-to-one with Leanne Carr. Leanne spoke about the time since "
            "the incident in March and said she feels stronger now she has her own tenancy. She has started "
            "volunteering at the food bank two mornings a week and has set up a routine for Harvey (6) and Poppy (3) "
            "with set bedtimes. She described how she arranged with her neighbour for a code word if she needs help "
            "and she has saved the Restart helpline in her phone under a different name. We worked through her safety "
            "plan together and she added two things: changing the route to school and asking her mum to do Thursday "
            "pick-ups. Leanne said there had been some arguments on the phone with Harvey's dad about contact. Harvey "
            "has asked about seeing his dad. Next session to look at contact and boundaries."
        ),
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 3, "partnering_safety": 3, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "'The incident', 'arguments on the phone'; the father's behaviour not described.",
            "non_blaming_strengths": "Specific strengths (code word, hidden helpline), slightly mutualised 'arguments'.",
            "partnering_safety": "Safety plan worked through together with her additions; limited to routine steps.",
            "child_harm_assessment": "Harvey's question about his dad noted; no assessment.",
        },
    },
    {
        "setting": "probation / perpetrator-programme update",
        "note_type": "transition",
        "text": (
            "Probation update to Derby CSC. Mr Aaron Whitlock is 14 weeks into his Community Order with a Building Better "
            "Relationships requirement. In sessions he continues to describe his partner as 'provoking' him; the "
            "facilitator has challenged this and pointed to his own account that he planned what he would say to "
            "frighten her. He has admitted checking her phone and following her to work, and the damage to her car "
            "in August. He does not yet accept the effect on his daughter Maisie (4), who he says 'was asleep'. Maisie's "
            "nursery reported to CSC that she acts out shouting at dolls and hides under the table at tidy-up time. "
            "Probation would however advise CSC that Ms Turner has been in contact with Mr Whitlock against the advice "
            "of her probation officer and this undermines the work. Ms Turner should be reminded of the risk."
        ),
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 2, "partnering_safety": 1, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Aaron's planned intimidation, monitoring and damage named; his excuse challenged.",
            "non_blaming_strengths": "Ending makes Ms Turner responsible for 'undermining' work; no strengths but no mutualising elsewhere.",
            "partnering_safety": "Reminder of risk aimed at her; no plan with her.",
            "child_harm_assessment": "Maisie's play and hiding linked to his behaviour against his denial.",
        },
    },
    {
        "setting": "family-group conference",
        "note_type": "transition",
        "text": (
            "FGC record, Kendal, Cumbria. Family: Sarah Pearson, children Jess (13) and Owen (10), and Sarah's husband "
            "Mark Pearson (step-father to both). Also attending: maternal grandparents, Sarah's brother Paul. The "
            "coordinator explained the worry: the children have said there is a lot of shouting at home and that Mark "
            "and their mum fall out about the children's behaviour. In private family time the family made their own "
            "plan. Sarah asked for the plan to include the children staying with grandparents on weekends when Mark "
            "works away and comes back; she said those are the hardest times. Paul offered to be the person Jess can "
            "ring. Sarah agreed to contact the family support worker if things get bad again. The family accepted the "
            "plan and the social worker agreed it. Review FGC in three months."
        ),
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 2, "partnering_safety": 3, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Hint that problems follow Mark's returns, but shouting is mutualised as 'fall out'.",
            "non_blaming_strengths": "Mutualised framing; Sarah's planning credited implicitly only.",
            "partnering_safety": "Family plan includes Sarah's own request on risk periods; not a full safety plan.",
            "child_harm_assessment": "Children's report of shouting cited as the worry only; no view of their experience.",
        },
    },
    {
        "setting": "strategy-discussion minutes",
        "note_type": "messy",
        "text": (
            "Strat disc 11:30 MS Teams - Notts MASH. Attendees: SW (chair) DC Hollis, DSL Bramcote Lodge Acad, HV. "
            "Re: C1 Tyler Ward 9, C2 Skye Ward 4. DSL - Tyler in today w/ mark on cheek, said 'there was fighting at home "
            "and I got in the way'. T v upset, crying on and off all morn, says he didnt want to go home bc mum and "
            "Dwayne wd be fighting again, says he tries to keep Skye in the bedroom w the telly up. T asked DSL if he "
            "wd get in trouble for telling. Police - 2 prev call outs 2024, both DV, M + partner Dwayne Ellis, no "
            "charges, M refused stmt both times. HV - Skye behind on speech. Outcome: s47 jt invest, SW + police visit "
            "today, M to be spoken to re letting D stay when kids there, T to be seen alone."
        ),
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 2, "partnering_safety": 1, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "'Fighting', 'DV, M + partner'; Dwayne's behaviour not described.",
            "non_blaming_strengths": "Refused statements and 'letting D stay' aimed at mother; not heavy, no strengths.",
            "partnering_safety": "Nothing with the mother; action is to speak to her.",
            "child_harm_assessment": "Tyler's fear, protecting Skye and fear of trouble recorded; Skye's speech noted.",
        },
    },
    {
        "setting": "home visit",
        "note_type": "messy",
        "text": (
            "HV Enfield 14/5 - seen Mum (Dani O'Keefe) + Leo 5 + Bea 2. ex-partner Courtney not there (moved out 3 wks). "
            "Dani went thru what C did - would take Dani's car keys+phone when going out, tell her she was 'nothing "
            "without her', smashed the baby monitor, and texted Dani's mum lies abt Dani drinking. all C's choices, "
            "C kept doing it after Dani asked her to stop + after police warning. Dani has: changed locks, put Leo's "
            "school on notice (photo of C given), kept a diary of msgs. Leo - drew a pic of 'Courtney shouting' w big "
            "black mouth, told me he doesnt like it when C 'breaks stuff' and he checks the front door is locked at "
            "night. Bea - startles at loud noises, Dani noticed this herself. plan made w Dani: she wants non-mol, "
            "IDVA ref done today, Leo to see school counsellor (Dani's idea), contact w C only thru solicitor."
        ),
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 4, "partnering_safety": 3, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Courtney's specific controlling and destructive behaviour named as her choices, persisting after warnings.",
            "non_blaming_strengths": "No blame; Dani's locks, school notice and diary recorded.",
            "partnering_safety": "Plan made with Dani including her ideas; brief, no detail on how risks are covered.",
            "child_harm_assessment": "Leo's drawing, words and door checking and Bea's startle linked to Courtney's behaviour.",
        },
    },
]
