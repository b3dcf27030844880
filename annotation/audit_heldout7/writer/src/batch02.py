# Batch 02 - written and scored by aw9 (scores assigned on the whole note, straight after writing the batch)


def sc(p, n, s, c):
    return dict(perpetrator_pattern=p, non_blaming_strengths=n, partnering_safety=s, child_harm_assessment=c)


def rs(p, n, s, c):
    return dict(perpetrator_pattern=p, non_blaming_strengths=n, partnering_safety=s, child_harm_assessment=c)


NOTES = [
    dict(
        setting="health visitor",
        note_type="routine",
        text="""Health visitor contact, 6-8 week review, baby Isla, Wynford. Mum (Chloe) reports that Isla is feeding every two hours and is difficult to settle in the evenings. Isla startles easily at noise and cries for long periods when voices are raised; Chloe says she is calmer at Nan's. Weight gain satisfactory, on 25th centile. Chloe disclosed that there was a domestic incident two weeks ago and police were called. She said that she had chosen to let Aaron back because she could not manage on her own with the baby. Discussed that Chloe's decision to have Aaron in the home puts Isla at risk and that babies are affected by exposure to DV even when they are asleep. Chloe was asked whether she would like a referral to the Women's Aid outreach service and said she would think about it. Advised Chloe to keep Isla away from any arguments. Will share with SW and GP. Next contact 2 weeks.""",
        scores=sc(1, 1, 2, 3),
        reasons=rs(
            "'Domestic incident', Aaron not named as doing anything.",
            "'Chosen to let Aaron back', 'Chloe's decision ... puts Isla at risk' - blame on mother; no strengths.",
            "Referral offered and her view asked, but main plan is advice to her.",
            "Isla's startle, crying at raised voices and calm at Nan's observed and linked to home; agent missing.",
        ),
    ),
    dict(
        setting="housing officer",
        note_type="routine",
        text="""Housing officer visit, 22 Alder Walk, Kingsmoor, re: repeated reports of noise and damage. Tenant Mrs Lorraine Webb (58) lives with her son Callum (26) and her granddaughter Skye (10), who she has a special guardianship order for. Neighbours report shouting most nights. On inspection the bedroom door is off its hinges and there are two holes in the hallway plaster. Mrs Webb said Callum punched the wall when she would not give him money. She became upset and said he is "not a bad lad" and has problems with cannabis. I explained that she is responsible under her tenancy for the behaviour of everyone living at the property and for the cost of repairs, and that continued noise complaints could lead to a notice of seeking possession. Mrs Webb was advised to ask Callum to leave if his behaviour continues. Referred to the tenancy sustainment team. Skye was at school.""",
        scores=sc(2, 2, 1, 1),
        reasons=rs(
            "Callum named as punching the wall (through mother's account); damage recorded but no pattern drawn.",
            "No overt blame language for the abuse, but tenancy warning puts responsibility on her; no strengths.",
            "Warning and directive aimed at Mrs Webb.",
            "Skye mentioned only as living there and at school.",
        ),
    ),
    dict(
        setting="probation / perpetrator-programme update",
        note_type="trained",
        text="""Probation update for children's services, re: Wayne Fletcher, 14/08. Wayne is in week 9 of the Building Better Relationships programme. In sessions he has begun to name some of his behaviours towards Kirsty: checking her phone, controlling the household money, calling her names in front of others and, on 11 April, grabbing her by the hair. He still minimises the hair-grabbing, describing it as "a bit of a scuffle", and I have challenged this with him in each of the last two sessions; it was an assault and it was his choice. He has begun to accept that his need to know where Kirsty is at all times is about control. Wayne has not yet been able to talk about the children beyond saying they "didn't see anything". Kirsty has told the women's safety worker that things are calmer and that she has the final say on when he sees the children. I would ask that the children's plan continues to keep contact supervised and that Kirsty's partner support worker is kept informed. Next report after week 14.""",
        scores=sc(4, 3, 3, 2),
        reasons=rs(
            "Specific behaviours, minimisation challenged, framed as choice and control.",
            "Kirsty's voice and authority over contact noted; few specific strengths, no blame.",
            "Defers to Kirsty's decisions via the partner support worker, but plan not built with her here.",
            "Children only as 'didn't see anything' (his words) - noted as a gap but not assessed.",
        ),
    ),
    dict(
        setting="Restart session",
        note_type="trained",
        text="""Restart session 3 of 8 with Rachel and Noah (7), Millbeck Children's Centre. We used the feelings jars. Noah chose a big jar for "scared" and said it was scared "when Stuart slams the doors and says mum is stupid". Stuart, Rachel's ex-partner, lived with them for three years; Rachel has described that he controlled when she could go out and often woke Noah by shouting. Noah said he still checks the front door is locked every night. Rachel explained to Noah that it was never his job to keep her safe, which she had practised with me last session. She has done a great deal to rebuild routine: Noah is back in his own bed three nights a week and she has arranged for him to see the school counsellor. Rachel and I agreed the next sessions will focus on bedtime, which she identified as the hardest time, and she wants Noah's grandfather involved as a safe adult. I will share Noah's worry about the door with his social worker, with Rachel's agreement.""",
        scores=sc(3, 4, 4, 3),
        reasons=rs(
            "Stuart's behaviours named (slamming, insults, control of going out, waking Noah) but only briefly.",
            "Rachel's specific protective work recorded, no blame.",
            "Session plan set by Rachel's priorities; sharing with her agreement.",
            "Noah's own words and door-checking recorded; link to Stuart clear but assessment short.",
        ),
    ),
    dict(
        setting="court statement summary",
        note_type="transition",
        text="""Summary of local authority evidence for the hearing on 4 March, Private Law s7 report, children Ava (9) and Finley (6). Mr Daniel Shaw has a documented history of abuse towards Ms Hannah Price, including two police call-outs where he was arrested for criminal damage and one conviction for common assault in 2024. Ms Price describes him reading her messages and following her to work. He denies this and says Ms Price is alienating the children. The local authority notes that Ms Price has at times struggled to maintain boundaries and has on occasion allowed contact outside the agreed arrangements, which has exposed the children to further conflict. Ava told me she gets "a tummy ache" before contact and does not like it when her dad asks questions about her mum. Finley said he wants to see his dad but not at his flat. Recommendation: contact to take place at a contact centre; Ms Price to adhere strictly to the arrangements.""",
        scores=sc(3, 1, 2, 3),
        reasons=rs(
            "Convictions and monitoring attributed to Mr Shaw; 'alienation' claim recorded but not weighed; partial pattern.",
            "'Struggled to maintain boundaries', 'allowed contact', 'exposed the children to further conflict' - blaming.",
            "Contact-centre recommendation protects, but instruction aimed at Ms Price; not built with her.",
            "Ava's and Finley's voices linked to contact and dad's questioning.",
        ),
    ),
    dict(
        setting="family-group conference",
        note_type="transition",
        text="""Family group conference, 30/09, Lydbrook Community Centre. Family: Tom (dad), his mother Pat, his sister Becky, and the children Oscar (10) and Lily (7). Mum (Natalie) did not attend. The referral followed Tom's disclosure that Natalie has hit him on several occasions, including with a hairbrush, and that she has told the children he is "useless". The family acknowledged there have been difficulties on both sides for a long time. In private family time the family made their own plan: Tom and the children will stay at Pat's until Tom's housing application is decided; Becky will do the school run on Mondays and Wednesdays; Tom will keep a log of any messages from Natalie; and Tom will contact the police if Natalie comes to Pat's. Tom said this was the first time he felt people believed him. The coordinator will share the plan with the SW. Review FGC in three months.""",
        scores=sc(2, 2, 3, 1),
        reasons=rs(
            "Natalie's hitting and denigration named via Tom's disclosure only; not developed as a pattern.",
            "'Difficulties on both sides' mutualises; Tom's feeling of being believed recorded; no strengths noted.",
            "Plan made by the family with Tom, on his and their priorities, though not safety-specific beyond logging.",
            "Children appear only in logistics.",
        ),
    ),
    dict(
        setting="CAMHS letter",
        note_type="transition",
        text="""Dear Dr Okafor, Re: Jade Morris (14), DOB withheld. Thank you for referring Jade, whom I saw with her mother, Tanya, on 8 July. Jade has had low mood and poor sleep for around a year. Both she and Tanya described Jade's stepfather, Gary, as having been verbally abusive towards Tanya over several years: criticising her cooking, her weight and her friends, and counting the money she spent. In March he threw a plate at Tanya in front of Jade; police were called and he left the home. Jade said she still "listens for his car" and finds it hard to be in the kitchen. She blames herself for not stopping it. This presentation is consistent with the effect of prolonged exposure to his controlling behaviour. Tanya was advised that it is important that she does not allow Gary back into the family home, as Jade's recovery depends on a stable environment. Jade has been offered six sessions of trauma-focused CBT. Yours sincerely, Dr L. Greaves, Clinical Psychologist, Wyre Valley CAMHS.""",
        scores=sc(4, 2, 1, 3),
        reasons=rs(
            "Gary's specific behaviours over years, named as controlling and linked to Jade.",
            "No strengths; the advice to Tanya puts Jade's recovery on her; otherwise neutral.",
            "Directive to Tanya ('does not allow Gary back'); no planning with her.",
            "Jade's hypervigilance and self-blame linked to his behaviour; treatment rather than fuller assessment.",
        ),
    ),
    dict(
        setting="home visit",
        note_type="messy",
        text="""HV 10/02 - Leanne + C1 Maisie (4). Leanne's ex-partner Kerry moved out 3 wks ago after incident (Kerry threw L's phone + keys over the fence so she couldnt leave, L rang 999 from neighbours). L says Kerry was always checking where she was but it was "both of us shouting". L has been really proactive - changed locks, gone to GP for herself, got Maisie's nursery to agree only L can collect. Asked L what she thinks would keep her + M safe if Kerry comes back round - she wants a doorbell camera + to keep the nursery password thing going, she'll ask her dad to be about at weekends. will look into the camera through Lisa at Safer Homes. Maisie playing w/ dolls, seemed ok. Next HV 2 wks.""",
        scores=sc(2, 3, 3, 1),
        reasons=rs(
            "One specific incident attributed to Kerry and 'checking' mentioned; 'both of us shouting' left unexamined.",
            "L's concrete protective steps recorded; no blame from writer, though mutual framing left standing.",
            "Worker asks L what would keep them safe and builds on her ideas.",
            "Maisie 'seemed ok' - no assessment.",
        ),
    ),
    dict(
        setting="probation / perpetrator-programme update",
        note_type="messy",
        text="""Phone call w/ Gemma (OM, probation) 4/6 re: Liam Kerr. Liam on licence til Nov. Gemma says he's been blaming Sophie in supervision for "getting him sent down", says she "knows how to push his buttons". Gemma challenged this + reminded him the conviction is for strangulation, his actions not hers. Also flagged he's asked twice about where the kids go to school - Gemma thinks he's trying to find Sophie via the kids, same as before the offence when he turned up at her work + her mums. licence condition no contact w/ Sophie or kids, exclusion zone. Gemma wants to know if we are doing a safety plan w/ Sophie re school - told her SW will ask Sophie to let school know + not to post on FB where the kids are. kids not seen by us since March.""",
        scores=sc(4, 3, 2, 1),
        reasons=rs(
            "Liam's blaming challenged, strangulation owned as his act, pattern of locating Sophie via work/family/kids.",
            "No blame of Sophie; no strengths recorded either.",
            "Plan is SW telling Sophie what to do; not built with her.",
            "Children not seen; no consideration of their experience.",
        ),
    ),
    dict(
        setting="duty / out-of-hours",
        note_type="messy",
        text="""duty - 16:45 call from Mr Hussain (grandad) re: daughter Zara + her partner. says there was a big row at the wknd, Zara rang him crying, Zara + partner "always at each other". he's worried about the baby (Ibrahim, 9m). no police called. tried Zara x2 no answer, left VM. checked ICS - 1 prev contact 2025 anon referral, NFA. Advised grandad to encourage Zara to call us back + that if anything happens she needs to ring police + not have partner round w/ the baby there. Will try again tomorrow am. ?home visit if no contact by Weds.""",
        scores=sc(1, 2, 1, 1),
        reasons=rs(
            "No agent; 'big row', 'always at each other'.",
            "Mutual framing is grandad's quoted words; worker's own 'row' and advice mildly blaming; no strengths.",
            "Advice relayed to her via grandad, imposed.",
            "Baby only named as a worry; no assessment.",
        ),
    ),
]
