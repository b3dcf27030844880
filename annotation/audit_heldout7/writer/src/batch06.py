# Batch 06 - written and scored by aw9 (scores assigned on the whole note, straight after writing the batch)


def sc(p, n, s, c):
    return dict(perpetrator_pattern=p, non_blaming_strengths=n, partnering_safety=s, child_harm_assessment=c)


def rs(p, n, s, c):
    return dict(perpetrator_pattern=p, non_blaming_strengths=n, partnering_safety=s, child_harm_assessment=c)


NOTES = [
    dict(
        setting="assessment analysis",
        note_type="routine",
        text="""Child and Family Assessment - analysis. Ms Hayley Nolan is a caring mother who has a warm relationship with her children, Jake (8) and Kacey (5). The home was clean and well organised on each visit, the children are well presented, and school report no concerns about their attendance or presentation. Ms Nolan has been honest with the social worker throughout and has sought help from her GP for her low mood. Ms Nolan disclosed that there have been three domestic incidents with her ex-partner, Mr Nathan Reed, since they separated in 2025, the most recent at a handover. Mr Nathan Reed has not responded to letters. Jake told the social worker that he does not like handovers. Risk is assessed as medium. Plan: Ms Nolan to arrange handovers at the contact centre, to inform the social worker of any contact from Mr Reed, and to attend the Freedom Programme. Case to continue under Child in Need.""",
        scores=sc(1, 3, 1, 2),
        reasons=rs(
            "'Domestic incidents with' - Mr Reed not named as acting; no pattern.",
            "No blame, several strengths recorded (honesty, care, GP help); not explicitly linked to protection.",
            "Plan entirely actions for Ms Nolan.",
            "Jake's dislike of handovers noted; no assessment.",
        ),
    ),
    dict(
        setting="home visit",
        note_type="routine",
        text="""Announced home visit, 11 April, 5 Shaw Terrace, Redmarley. Present: Ms Natasha Cole and baby Leo (7 months). Ms Cole reported that her partner, Mr Jermaine Ellis, has been staying most nights again. She says there have been no further incidents and the relationship is much better since he stopped drinking. I discussed with Ms Cole the concerns raised at the last core group about the domestic abuse and the fact that there have been four police call-outs this year. I explained that it is important that Ms Cole is honest with professionals. Ms Cole said that she did not want to lose Leo's dad from his life. Leo was observed to be happy, feeding well and responsive to his mum. He pulled himself up on the sofa. Ms Cole to inform the social worker if there are any further incidents and to continue with the outreach worker. Mr Ellis was not present and I have left a card for him.""",
        scores=sc(1, 2, 1, 2),
        reasons=rs(
            "'Incidents', 'call-outs'; Mr Ellis's drinking noted but no behaviour attributed.",
            "'Important that Ms Cole is honest' implies doubt; not overtly blaming; no strengths.",
            "Actions aimed at Ms Cole.",
            "Leo's development observed; not linked to his experience of abuse.",
        ),
    ),
    dict(
        setting="strategy-discussion minutes",
        note_type="trained",
        text="""Strategy discussion, 2 August, children Alisha (13), Dev (9) and Mira (2), Linthorpe Green. Police: Mr Raj Sandhu was arrested on 31/07 for assault after he struck Ms Priya Sandhu with a belt. Ms Sandhu's account, the children's accounts and previous police logs show a pattern over at least four years: he controls all the money, forbids her from seeing her family, checks her location through her phone, and has used physical violence when she challenges this. Mr Sandhu says she "disrespected" him; this was not accepted. His choices have directly harmed the children's parenting: Alisha told police she has taken over cooking and looking after Mira because her dad will not let her mum out, and Dev wets the bed and has said he is "scared of dad's belt". The school reports Alisha has withdrawn from friends. Ms Sandhu has protected the children by keeping them with her at all times and calling police this time. Agreed: S47 joint enquiry; Mr Sandhu's bail conditions to be requested to include no contact; the SW will tell Ms Sandhu that she must move with the children to the refuge by Friday if he is released.""",
        scores=sc(4, 4, 2, 4),
        reasons=rs(
            "Specific, long-standing pattern; excuse rejected; linked to parenting.",
            "Her protective actions recorded; no blame.",
            "Decision about refuge imposed ('must move'), though perpetrator also targeted.",
            "Alisha's parentification and Dev's fear directly tied to his behaviour.",
        ),
    ),
    dict(
        setting="supervision record",
        note_type="trained",
        text="""Supervision, 6 May, family: Baxter. SW summarised her work with Louise. Louise ended her relationship with Martin in January and has been living with her two children in a flat in Greyhythe. Martin has been abusive towards Louise and the children have been affected. SW has been careful in her recording not to describe this as a relationship problem and has recorded Louise's protective actions: she moved the children's school place, she told the school not to share information with Martin, and she has applied for a prohibited steps order. SW and Louise discussed her wish for the children to keep a relationship with Martin's parents, and agreed that SW will speak to the grandparents with her about boundaries. SW has not yet seen the children alone; she reports they appear relieved to be away from the conflict. Action: SW to see both children alone before the next core group, to ask about their experience of living with Martin. Manager to review the recording at next supervision.""",
        scores=sc(2, 3, 3, 3),
        reasons=rs(
            "Martin 'abusive' but no specific behaviour or pattern.",
            "Louise's specific protective actions recorded; 'the conflict' slips slightly.",
            "Grandparent work planned with her on her wishes; limited safety planning.",
            "Children not yet seen; their relief noted and a focused plan to hear their experience.",
        ),
    ),
    dict(
        setting="IDVA update",
        note_type="transition",
        text="""IDVA update, 9 Jan, client: Ms Fiona McKay, referred by police. Fiona's partner, Gareth, has been convicted before of assaulting a previous partner. Fiona says he has been increasingly jealous, calls her work repeatedly, and last week held her car keys so she could not go to her friend's birthday. Fiona does not see this as abuse and says they are just going through a bad patch. Fiona described a relationship with lots of arguments on both sides. She wants to stay in the relationship. We talked through what she would do if things got worse and she agreed to save my number under a different name, keep a bag at her sister's and tell her sister a code word. She was not ready to talk about the children. Her daughter Chloe (4) was at nursery. I will contact her again in two weeks.""",
        scores=sc(3, 2, 3, 1),
        reasons=rs(
            "Gareth's conviction, jealousy, calls and car-keys control attributed; not framed as choice.",
            "Worker's 'arguments on both sides' mutualises; no strengths identified.",
            "Safety steps agreed with Fiona on her terms.",
            "Chloe only at nursery; no consideration.",
        ),
    ),
    dict(
        setting="duty / out-of-hours",
        note_type="transition",
        text="""Out-of-hours, Saturday 01:15. Call from Ms Alex Turner, who was phoning from a friend's house with her daughter Tilly (3). Alex said that her partner, Nicola, had been shouting at her since the afternoon and threw a glass that smashed near Tilly. Alex had waited until Nicola fell asleep, then took Tilly and left. Alex was calm and clear about what she needed: somewhere for her and Tilly to stay for the rest of the weekend and help to make sure Nicola could not take Tilly from nursery on Monday. She had already packed Tilly's inhaler and birth certificate. Police have been informed by Alex. EDT arranged an emergency B&B placement. Alex was told she should not return to the property while Nicola is there. The matter will be passed to the day team for a visit on Monday. Tilly was asleep on the sofa during the call.""",
        scores=sc(2, 4, 2, 2),
        reasons=rs(
            "Nicola's acts in one incident attributed; no pattern.",
            "Alex's calm, planned protective action recorded; no blame.",
            "Her requests partly met (B&B), but nursery request not acted on and instruction added.",
            "The glass smashing near Tilly noted; no assessment of her experience.",
        ),
    ),
    dict(
        setting="school DSL log",
        note_type="transition",
        text="""DSL log, Wendover High, 15/3. Josh (Y8) was referred to me by his form tutor after he punched a locker. He said he was angry because his mum's boyfriend, Scott, had "been on at her all weekend" and had told Josh he'd "end up in care like a waste of space". Josh said Scott checks his mum's phone and takes the car keys so she can't go anywhere, and Josh worries about leaving her alone with him. He has been late to school most days because he waits until Scott goes to work. His grades have dropped sharply and he has been in isolation three times this term for outbursts. I told Josh his feelings make sense. Josh's mum, Rachel, came in at 3pm. She said she has been trying to get Scott to leave and has spoken to Women's Aid. I advised her that Josh is being exposed and she needs to act on this. Referral to MASH. Josh to have mentor sessions twice a week.""",
        scores=sc(3, 3, 2, 4),
        reasons=rs(
            "Scott's behaviours attributed via Josh; DSL does not frame them further.",
            "Rachel's efforts noted, but 'needs to act' puts onus on her; mixed.",
            "Advice imposed on Rachel.",
            "Josh's anger, worry, lateness and isolation clearly linked to Scott's behaviour.",
        ),
    ),
    dict(
        setting="CP conference summary",
        note_type="messy",
        text="""RCPC notes (mine, rough) 20/6 - kids Kyle (14), Lexie (9), Ruby-Mae (1). Stepdad Jamie - pattern confirmed by police + kids: controls food shopping, won't let Kyle eat with family, calls Lexie "fat", broke mum's (Donna) phone x3, threatened to put Kyle "through a wall" in April. conf chair - this is Jamie's parenting + his choices, not mum's. Kyle said he sleeps w/ a knife under his pillow - v serious, school know. Lexie skipping meals + asked school nurse how to lose weight. RM - HV says very watchful, doesn't cry. Donna has been v protective - taken kids to her mums most nights. plan: Jamie out of home via police bail, Donna must not let him back + must tell SW if he contacts. Jamie to be referred to DAPP. CPP continues.""",
        scores=sc(4, 3, 2, 4),
        reasons=rs(
            "Jamie's pattern detailed and named as his parenting choices.",
            "Donna's protection recorded, no blame in framing; plan wording slightly undercuts.",
            "'Must not let him back' imposed on Donna.",
            "Each child's experience of Jamie's behaviour specific and serious.",
        ),
    ),
    dict(
        setting="family-group conference",
        note_type="messy",
        text="""FGC prep notes - mum Gemma + her 2 kids live at her father in law's (Ray) since the house fire. Gemma rang coordinator, crying, says Ray "rules the house", she cant have friends over, he takes her child benefit for "rent". also he shouts at the kids. partner (Ray's son) working away. Gemma says family will side with Ray. Coordinator advised there are issues on all sides + the FGC is to get everyone working together. invited Ray, Gemma, partner, Gemma's mum. Gemma asked if Ray could be left out - told her he needs to be part of it as it's his house. kids Jack 7 + Evie 4, not met yet. date tbc.""",
        scores=sc(2, 2, 1, 1),
        reasons=rs(
            "Ray's control only in Gemma's quoted words; coordinator doesn't name it.",
            "'Issues on all sides' mutualises; not overtly blaming her; no strengths.",
            "Her request to exclude Ray overridden; plan imposed.",
            "Children not met, no consideration.",
        ),
    ),
    dict(
        setting="home visit",
        note_type="messy",
        text="""HV - Jodie + C1 Harley (8) - 4/12 - new flat at Pelham Ct. Jodie v organised, has got the new flat sorted in 2 wks, Harley has his own room, she's got him into the school round the corner + told them about Dwayne. Dwayne (ex) - she says he's already been on FB asking mutual friends where she lives, same as last time she left in 2023 when he turned up + smashed the car. He also used to sit outside her work. His choices, he's doing it again. Asked Jodie what she thinks she needs - she wants to report the FB stuff + get a non mol, she's booked Rights of Women call for Tues. said I'd come with her to police if she wants. Harley out at football, not seen.""",
        scores=sc(3, 4, 3, 1),
        reasons=rs(
            "Dwayne's locating behaviour and past pattern named as his choices, briefly.",
            "Jodie's specific protective actions recorded; no blame.",
            "Worker asks what she needs and offers support on her plan.",
            "Harley not seen; no view of his experience.",
        ),
    ),
]
