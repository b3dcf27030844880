# Batch 01 - written and scored by aw9 (scores assigned on the whole note, straight after writing the batch)


def sc(p, n, s, c):
    return dict(perpetrator_pattern=p, non_blaming_strengths=n, partnering_safety=s, child_harm_assessment=c)


def rs(p, n, s, c):
    return dict(perpetrator_pattern=p, non_blaming_strengths=n, partnering_safety=s, child_harm_assessment=c)


NOTES = [
    dict(
        setting="home visit",
        note_type="routine",
        text="""Home visit to Kelly and the children at the address on Brindley Road, Tamsley, following the DV incident on 14/03 reported by police. Kelly was initially reluctant to let me in but did so after a few minutes. She stated that she and Dean had been arguing about money and that things got out of hand. She did not want to discuss the injury to her arm and said it was "nothing". I explained that this is the third incident since September and that the relationship appears volatile. I reminded Kelly that she had signed a written agreement in January not to allow Dean into the property while the children are there and that she has not kept to this. Kelly was advised that if she continues to allow Dean back, the local authority will need to consider whether the children are safe in her care and may escalate to a strategy discussion. Lacey (7) was quiet during the visit and went upstairs. Kelly said Lacey has been a bit clingy. Kelly agreed to contact police if Dean attends. Next visit in two weeks.""",
        scores=sc(1, 1, 1, 2),
        reasons=rs(
            "Dean never named as doing anything; 'arguing', 'things got out of hand', 'volatile' - no pattern.",
            "Mutualising ('volatile'), 'allow Dean back', threat aimed at Kelly; no strengths.",
            "Written agreement binds Kelly only; plan imposed with warning.",
            "Lacey quiet and 'clingy' noted in passing; no assessment of what she lives with.",
        ),
    ),
    dict(
        setting="duty / out-of-hours",
        note_type="routine",
        text="""EDT call 23:40 from West Midlands Police. Police attended 14 Cherwell Close, Harcourt, after a neighbour reported shouting. Domestic incident between Ms Amira Saleh and her partner Mr Kieran Boyce. Both were spoken to separately. Ms Saleh had a red mark to her neck. Mr Boyce had left the property before police arrived and has not been located. Two children in the property, Yusuf (4) and Hana (18 months), both asleep upstairs and not woken. Ms Saleh declined to make a statement. DASH completed by officers, scored as medium risk. Ms Saleh advised by officers and by EDT to contact 999 if Mr Boyce returns tonight. She said she would go to her sister's tomorrow. No immediate safeguarding action required overnight as children asleep and Mr Boyce not present. Passed to the MASH for the morning with the PPN to follow. Previous contact: one police call-out in 2025, no further action.""",
        scores=sc(1, 2, 1, 1),
        reasons=rs(
            "Agentless 'domestic incident between'; red mark recorded without an agent; no pattern.",
            "Mostly neutral/agentless; 'domestic incident between' mutualises slightly; no strengths beyond plan to go to sister.",
            "Advice to her only; her own plan noted but not built on.",
            "Children recorded as asleep; no consideration of their experience.",
        ),
    ),
    dict(
        setting="strategy-discussion minutes",
        note_type="routine",
        text="""Strategy discussion held 09/05 via Teams. Present: SW (chair), DS Patel (Public Protection), school DSL, health visitor. Police shared that Lee Morton has two previous convictions for assault on a former partner (2019, 2021) and was arrested on 06/05 for assaulting Gemma Reid, mother of Tyler (9) and Ruby (3). He has been released on bail with conditions not to contact Gemma. Police advised that Gemma withdrew her statement in March after a similar incident. School reported Tyler's attendance has dropped to 81% and he has been falling asleep in class. Health visitor has concerns that Gemma has not attended Ruby's 2-year review twice. Agreed that Gemma has failed to protect the children from repeated exposure to domestic abuse and has prioritised her relationship. Threshold for S47 met. Gemma to be asked to sign a safety agreement that she will not have contact with Lee and will call police if he attends. Initial child protection conference to be convened.""",
        scores=sc(2, 1, 1, 2),
        reasons=rs(
            "Convictions and arrest attribute acts to Lee, but no pattern or link to parenting; just history.",
            "'Failed to protect', 'prioritised her relationship', withdrawn statement used against her.",
            "Safety agreement binds Gemma only.",
            "School attendance/sleep noted but not linked to the children's experience of Lee's abuse.",
        ),
    ),
    dict(
        setting="assessment analysis",
        note_type="trained",
        text="""Analysis. Over the last two years Marcus Hale has used a consistent set of behaviours against Shannon: checking her phone each evening, taking her bank card, telling her she is an unfit mother in front of the children, and on 2 February pinning her against the kitchen door while Alfie (6) watched. These are choices Marcus makes; he has told me the problem is Shannon's "attitude", and when I put the incidents to him he said they were "blown up". I do not accept that account. His behaviour is also a parenting choice: he has repeatedly woken the children at night with shouting and has told Alfie that his mum will be "taken away". Alfie told me he sleeps in his coat "in case we have to go". His teacher reports he startles at raised voices and has stopped eating lunch. Shannon has protected the children in many ways: she moves them to her mother's when Marcus drinks, she kept a diary of incidents and she called police on 2 February. Together we agreed a plan built on what she knows works: the grandmother as an emergency carer, a code word with school, and Shannon's wish that contact with Marcus should only be supervised. Marcus has been referred to the Pathways programme and his engagement will be reviewed at the core group.""",
        scores=sc(4, 4, 4, 4),
        reasons=rs(
            "Specific behaviours attributed to Marcus, his excuse challenged, framed as choice and parenting choice.",
            "No blame; Shannon's specific protective actions recorded.",
            "Plan agreed with Shannon, built on her knowledge and wishes.",
            "Alfie's voice and school observations linked directly to Marcus's behaviour.",
        ),
    ),
    dict(
        setting="IDVA update",
        note_type="trained",
        text="""IDVA update to allocated SW, 21/10. I met with Priya at the Wellbeing Hub. She described the last month: Sanjay has been messaging her up to 40 times a day since she ended the relationship, has driven past the house on at least five evenings, and turned up at the school gate on 16/10 in breach of his bail conditions. She showed me the messages, which include threats to tell the family she is "unfit". Sanjay is making a choice to keep control through the children and the school run. Priya has reported each breach and saved screenshots; she has changed her route and asked her brother to do pick-ups on Tuesdays and Thursdays. She was tearful and at times said she wondered whether she had overreacted, but she was clear that she wants the non-molestation order to go ahead. We completed a safety plan together: she chose which neighbours to tell, we agreed a panic alarm and a sanctuary lock via housing, and she will tell school herself, with me present. Aarav (8) has been asking why his dad drives past and has been wetting the bed again, which Priya links to the school gate incident. I will go to MARAC on 30/10.""",
        scores=sc(4, 3, 4, 3),
        reasons=rs(
            "Sanjay's stalking pattern specific and framed as his choice.",
            "No blame, her actions recorded; her self-doubt recorded without worker reframing, so not full 4.",
            "Safety plan built with Priya on her choices.",
            "Aarav's questions and bedwetting linked to the gate incident, but brief.",
        ),
    ),
    dict(
        setting="CP conference summary",
        note_type="trained",
        text="""ICPC summary, 3 June, children Mia (11), Jake (8) and Poppy (2), Pendlecross. The conference heard that Craig Lowe has a pattern of controlling behaviour towards Sarah: he decides who she sees, has stopped her driving, and on the most recent incident smashed her phone and threw a mug at the wall beside Poppy's high chair. Craig did not attend. The chair noted that Craig's choices, not Sarah's, are the reason the children are at risk. Sarah has taken many steps: she told the GP, she went to her mother's with the children twice, and she is attending the Freedom Programme. Mia told her social worker that she keeps her brother in her room when "dad goes off" and that she cannot concentrate at school. The conference decided that the children will be subject to a child protection plan under the category of emotional abuse. The plan requires Sarah to prevent Craig from having any contact with the children, to inform the social worker within 24 hours of any contact, and to continue the Freedom Programme. Craig is to be written to and invited to engage with a perpetrator programme.""",
        scores=sc(4, 4, 2, 3),
        reasons=rs(
            "Craig's controlling behaviours named and attributed, chair frames them as his choices.",
            "Sarah's protective steps recorded, no blaming language by the writer.",
            "Plan still imposed on Sarah (prevent contact, report within 24h); Craig only written to.",
            "Mia's voice on protecting her brother and concentration; not developed for Poppy or Jake.",
        ),
    ),
    dict(
        setting="supervision record",
        note_type="transition",
        text="""Supervision, case of Leah Brookes and children. SW reports that Jason has been sending Leah abusive messages since she moved to the refuge in Ashcombe and has tried to find out the address through her cousin. SW and I discussed that this is a continuation of his behaviour while they lived together, when he controlled the money and stopped her seeing friends. We also discussed that the relationship has been volatile for some years and that Leah has returned to Jason twice before. SW to remind Leah of the importance of not disclosing her address and not responding to messages. SW is to complete the safety plan with Leah at the next visit and ask what she thinks would help. Children's views have not yet been gathered; SW said the children seem settled at the refuge. Actions: SW to see children alone within two weeks; SW to liaise with police re messages; manager to review in four weeks.""",
        scores=sc(3, 2, 2, 2),
        reasons=rs(
            "Jason's messaging and prior control attributed to him and linked as a pattern, but not developed.",
            "'Volatile relationship' and 'returned twice' sit beside neutral recording; no strengths.",
            "Reminders aimed at Leah; intention to ask her views is noted but not yet done.",
            "Children 'seem settled'; views not gathered, though planned.",
        ),
    ),
    dict(
        setting="Early Help review",
        note_type="transition",
        text="""Early Help review meeting, Holme Lane Family Hub, 12/11. Present: Nicola (mum), Early Help worker, Ellie's class teacher. Nicola separated from her partner Jo in August. Nicola described Jo as "always wanting to know where I was" and said there had been arguments that frightened Ellie. Jo has been in touch about arranging to see Ellie and Nicola is unsure. Nicola has done well since the separation: she has kept Ellie's routine, got her into after-school club, and has been to the Women's Aid drop-in twice. Ellie (6) drew a picture at school of "the shouting house" and told her teacher she likes it being quiet now. The teacher said Ellie is more settled and her reading has improved. It was agreed that Nicola would think about contact and let the worker know, and that the worker would send information on mediation. Review in 8 weeks.""",
        scores=sc(2, 3, 2, 3),
        reasons=rs(
            "Jo's monitoring only in Nicola's quoted words; worker frames it as 'arguments'.",
            "Nicola's specific actions recorded; 'arguments' mildly mutualising; mediation suggestion unaware of risk.",
            "Nicola's view sought on contact but no safety plan; mediation offered despite control.",
            "Ellie's drawing and words and teacher's observation recorded, linked loosely to 'shouting'.",
        ),
    ),
    dict(
        setting="police PPN relay",
        note_type="messy",
        text="""PPN rec'd 08:10 from MASH - DA incident 02/09 approx 01:30 @ 7 Fernlea Ct, Calderbrook. Ofcrs attended re 3rd party call (neighbour) shouting + banging. F (Stacey Pryce) + M (Ryan Cole) both intox. Stacey had cut to lip, said she "fell". Ryan stated they had both been drinking + "she started it". No arrest. DASH - Stacey refused to answer most q's, marked standard. C1 Bailey (5) + C2 Maddox (2) in property, C1 was awake on the landing per ofcr. both parents have hx of DA per PNC (2023 x1). nil further. Action: SW to call F today re: alcohol + DA, remind re: children being in home when parents drinking + fighting. check if F willing to do Freedom. ?EH step down if nil further.""",
        scores=sc(1, 1, 1, 2),
        reasons=rs(
            "No agent named; Ryan's 'she started it' recorded without challenge.",
            "'Both parents have hx of DA', 'parents drinking + fighting', 'fell' accepted: mutualising, no strengths.",
            "Action aimed at F only (remind, Freedom).",
            "C1 awake on landing noted - barely more than presence.",
        ),
    ),
    dict(
        setting="school DSL log",
        note_type="messy",
        text="""DSL log - Oakfield Primary - 18/01. Kayden (Y4) came in upset, said to TA "dad smashed the telly again and mum was crying". said dad shouts at mum when she's on her phone + takes it off her. This is 3rd disclosure this term (see 4/11 and 2/12 - dad pushed mum into the door, dad wont let mum go to her friends). Spoke to mum at pick up, she was v anxious and said she would sort it and asked us not to ring social services. Told her we have to share. Rang MASH 15:20, spoke to Jenny. Kayden quite withdrawn today, didn't want to go out at break. Mum needs to understand the impact on K of what hes seeing at home. To be discussed at next TAF.""",
        scores=sc(3, 2, 1, 2),
        reasons=rs(
            "Dad's acts (smashing TV, taking phone, pushing, stopping friends) listed across disclosures - a pattern, though only via the child.",
            "No overt blame but 'mum needs to understand the impact' puts it on her; no strengths.",
            "No planning with mum; her request overridden without discussion.",
            "Kayden's words and withdrawal noted; impact framed as mum's responsibility, not assessed.",
        ),
    ),
]
