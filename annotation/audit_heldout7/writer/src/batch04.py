# Batch 04 - written and scored by aw9 (scores assigned on the whole note, straight after writing the batch)


def sc(p, n, s, c):
    return dict(perpetrator_pattern=p, non_blaming_strengths=n, partnering_safety=s, child_harm_assessment=c)


def rs(p, n, s, c):
    return dict(perpetrator_pattern=p, non_blaming_strengths=n, partnering_safety=s, child_harm_assessment=c)


NOTES = [
    dict(
        setting="CAMHS letter",
        note_type="routine",
        text="""Dear Ms Rahman (Social Worker), Re: Logan Pierce (11). I saw Logan for his third appointment on 2 September. Logan continues to present with significant anxiety. He told me that he lies awake listening for "the shouting" and that he keeps his trainers by the bed so he can run to his nan's. He described hiding with his younger sister in the bathroom during the incident in July and said he felt it was his fault because he had asked for a new game. He has started picking at his skin until it bleeds. His mother reports that he will not leave her side at weekends. In my view Logan's difficulties are closely linked to living with the ongoing volatile relationship between his parents and the domestic violence in the home. It is important that his mother understands the impact on Logan of remaining in this relationship and makes decisions that put his emotional needs first. I will continue to see Logan fortnightly. Yours sincerely, K. Bamber, Primary Mental Health Worker.""",
        scores=sc(1, 1, 1, 4),
        reasons=rs(
            "'Volatile relationship between his parents'; father never named as acting.",
            "Mutualising; mother made responsible for 'remaining in this relationship'.",
            "No plan with mother; an expectation placed on her.",
            "Logan's own account, hypervigilance, self-blame and self-harm assessed in detail (agentless, but thorough).",
        ),
    ),
    dict(
        setting="CP conference summary",
        note_type="routine",
        text="""Review child protection conference, 19 November, children Tia (6) and Jayden (4), Orchard Lane, Wyke. Ms Kayleigh Ross lives with her parents and her brother, Darren Ross (31). Since the last conference there have been two further incidents in the household involving Darren and Kayleigh, one of which required police attendance. Kayleigh reported that Darren had been drinking and that there was an argument about the children's noise. The conference was concerned that Kayleigh has not followed through with the housing application that would allow her and the children to move out, and that she continues to place the children in a home where there is ongoing conflict. Kayleigh said she has nowhere else to go. The children remain subject to a child protection plan under emotional abuse. Kayleigh is to complete the housing application within four weeks and ensure the children are not present when Darren has been drinking.""",
        scores=sc(1, 1, 1, 2),
        reasons=rs(
            "'Incidents involving Darren and Kayleigh', 'argument' - no agent or pattern.",
            "'Not followed through', 'continues to place the children' - blaming; no strengths.",
            "Actions imposed on Kayleigh only.",
            "Category of emotional abuse named, children otherwise absent.",
        ),
    ),
    dict(
        setting="family-group conference",
        note_type="trained",
        text="""FGC record, 6 May, Saltwell Children's Centre. Present: Kerry (mum), her mother Ann, her aunt Marie, Kerry's friend Jo, the coordinator and the SW. The SW set out the information: the children's father, Ben, has been physically violent towards Kerry and has damaged the flat, and the children were in the flat on those occasions. Kerry and her family spoke about how much she has done: she left with the children in February, she has kept them in the same school so that nothing else changes for them, and she asked Ann to be the person the children ring. In private family time, Kerry and her family wrote their own plan: Ann and Marie will cover school collections on alternate days, the children will have a mobile each with the numbers of three safe adults, Jo will come with Kerry to any handover, and Kerry will tell the SW straight away if Ben makes contact. Kerry asked the agencies to make sure the police marker on her address is in place and the SW agreed to check. The children, Sienna (9) and Ollie (7), told the coordinator they want to stay at their school and that they miss their dad but don't want to go to his flat.""",
        scores=sc(2, 4, 4, 3),
        reasons=rs(
            "Ben named as violent and damaging the flat, but generically; no pattern or choice framing.",
            "Kerry's specific protective actions recorded by family and writer.",
            "Plan written by Kerry and family, agencies act on her request.",
            "Children's wishes recorded; their experience of Ben's violence only implied.",
        ),
    ),
    dict(
        setting="court statement summary",
        note_type="trained",
        text="""Summary of social work statement, C100 application by Ms Laura Bennett for a child arrangements order, children Evie (8) and Jack (5). In my assessment Ms Bennett has used a sustained pattern of abuse against Mr Simon Bennett: she has hit him on at least four occasions, including with a shoe in October; she controls his wages, which are paid into her account; and she has told the children that their father "doesn't love them" when he goes to work. Mr Bennett has described feeling unable to tell anyone because he thought he would not be believed as a man. Ms Bennett accepts two of the incidents but says he "provokes" her; I do not agree with that account. Evie told me she hides Jack's toys so "mummy won't throw them" and that she worries about daddy when he goes to work. Jack has begun to hit out at nursery when he is told off. Mr Bennett moved out with the children in January; since then he has kept them at the same school and the nursery reports he is attentive and consistent. He has asked that contact with Ms Bennett is supervised at first, and we have discussed what he would find helpful at handovers; a grandparent will be present.""",
        scores=sc(4, 3, 3, 4),
        reasons=rs(
            "Ms Bennett's pattern specific, her excuse rejected by the writer (roles reversed).",
            "Mr Bennett's care and move recorded; strengths present but not developed.",
            "His wishes on contact and handover discussed, plan partly his; limited safety planning.",
            "Evie's and Jack's experience of mother's abuse described and linked.",
        ),
    ),
    dict(
        setting="Restart session",
        note_type="transition",
        text="""Restart session 5, Holly (13) and her mum Dawn. Holly spoke today about the time before her stepdad, Craig, left. She said she used to hear him "going on at mum for hours" about money and that she stopped eating at home because tea times were "when it kicked off". She said she is still scared when anyone raises their voice and she doesn't like being in the house alone. She has been self-harming on her arms since Easter; Dawn has taken her to the GP and school are aware. Holly said she wished her mum had left sooner. Dawn became upset and said she had not realised how much Holly had heard. We talked about how Dawn could have protected Holly better by leaving when it started. Dawn has agreed to the plan Holly and I made: Holly will go to her aunt's after school on the days Dawn works late, and will use the Kooth app when she is struggling. Next session in a fortnight.""",
        scores=sc(2, 1, 3, 4),
        reasons=rs(
            "Craig's behaviour only via Holly ('going on at mum'); worker doesn't name a pattern.",
            "Worker's own 'could have protected Holly better by leaving' blames Dawn.",
            "Plan made with Holly and agreed by Dawn; some partnering but not safety focused on Craig.",
            "Holly's experience, eating, fear and self-harm explored and linked to home.",
        ),
    ),
    dict(
        setting="housing officer",
        note_type="transition",
        text="""Housing options interview, 13/05, Ms Rebecca Lowe, two children (Ethan 10, Grace 3), Copley Cross. Ms Lowe is fleeing domestic abuse from her husband, Mr Steven Lowe. The couple have had a difficult relationship for a number of years, with arguments that have got worse since he lost his job. She says he tracks her car and has threatened to burn the house down with her in it. Ms Lowe knows her own situation best, so I asked her what she needed. She said she wants to stay in the area because of the children's schools and her job at the care home. We agreed together: sanctuary scheme works to the current property (new doors, window locks, letterbox guard), a joint referral with her to the IDVA service, a priority-band application as a fallback, and she will let me know if she changes her mind about staying. She asked that no letters are sent to the address and I have flagged this on the system.""",
        scores=sc(3, 2, 4, 2),
        reasons=rs(
            "Tracking and arson threat attributed to Mr Lowe; but worker also mutualises ('difficult relationship', 'arguments').",
            "Mutualising worker framing alongside respect for her knowledge; no strengths beyond job.",
            "Plan explicitly built with her on her priorities.",
            "Children appear mainly as schools; no assessment of their experience.",
        ),
    ),
    dict(
        setting="case closure summary",
        note_type="transition",
        text="""Closure summary, Child in Need plan, Amelia (9), Brackenhurst. Amelia was referred in March after police attended an incident between her mother, Michelle, and her mother's partner, Rob. Rob has since moved out. Michelle has worked hard with us over six months: she attended all core groups, completed the Freedom Programme, and set up a routine with Amelia's grandmother so that Amelia has somewhere to go if she is worried. Michelle has been open with the school and has kept a record of contact from Rob. Amelia's attendance is now 97%. Michelle has said she is confident in recognising warning signs in future relationships. Closure discussed with Michelle, who agrees. She has been advised that she should contact police if Rob returns to the property and that any new partner should be introduced to Amelia slowly.""",
        scores=sc(2, 3, 2, 1),
        reasons=rs(
            "Rob named but only as moved out and making contact; 'incident between' agentless.",
            "Michelle's specific efforts recorded; closing advice to her softens the score.",
            "Closure agreed with her, but safety advice imposed.",
            "Amelia only via attendance and grandmother logistics.",
        ),
    ),
    dict(
        setting="strategy-discussion minutes",
        note_type="messy",
        text="""strat disc notes 11/8 (typed up from handwritten) - present SW (me), DC Hallam, HV, school nurse. Police - Aiden Clarke arrested 09/08 for ABH on Nadia (broke her nose). prev 3 incidents logged since 2024, all same pattern - he goes through her phone, accuses her of cheating, then gets violent. also history w/ ex partner in Preston (same thing). DC Hallam says Nadia gave full statement this time + supported charge. Nadia has already gone to her mum's w/ kids + rang school herself to tell them not to release kids to Aiden. HV - baby Aria (4m) fine but M says A screams when anyone shouts. C1 Leo (6) told school nurse "daddy hurt mummy's face". Agreed s47. SW to go out to Nadia today at her mums - ask her what she needs, she might want bail conds + non mol. will do joint visit w/ police.""",
        scores=sc(4, 4, 3, 3),
        reasons=rs(
            "Aiden's repeated sequence and previous partner pattern named.",
            "Nadia's protective actions recorded; no blame.",
            "Plan to ask her what she needs; not yet built with her.",
            "Leo's words and Aria's reaction recorded and tied to the abuse, briefly.",
        ),
    ),
    dict(
        setting="health visitor",
        note_type="messy",
        text="""HV new birth visit - baby Freddie, mum Kayla (19), Sandhurst Lodge. Kayla quite flat, poor eye contact. said she + Freddie's dad (Connor) "always rowing", he left the flat last wk after a row + smashed a window. she said it wasnt like that before the baby. Kayla been going back to Connor's mums flat to stay some nights w/ the baby - advised this is not safe for Freddie + she needs to think about who she has around him. Freddie - feeding poorly, only 2oz per feed, very jumpy, cries a lot, startles at door banging. ?reflux. weight on 9th centile down from 25th. Kayla seems to be struggling. Advised her to keep Freddie away from the arguing. EPDS next visit. refer to SW re DA + neonatal concerns. Will ring GP re: weight.""",
        scores=sc(1, 1, 1, 3),
        reasons=rs(
            "'Rowing', window smashed without agent from the writer; no pattern.",
            "'Always rowing', 'she needs to think about who she has around him' - blaming; no strengths.",
            "Advice imposed on Kayla.",
            "Freddie's feeding, startle and weight drop observed and partly linked to home noise.",
        ),
    ),
    dict(
        setting="duty / out-of-hours",
        note_type="messy",
        text="""duty 14:10 - Mr Geoff Barker (67) rang re: his son Ashley (34) who lives w/ him + Ashley's daughter Evie (11) (Geoff has her most of the time). Geoff says Ashley has been taking his pension money, pushed him over last Thurs, + locks him out of the kitchen. Geoff didn't want police "he's my son". Says he's kept Evie at his sister's the last 3 nights cos he didnt want her seeing it. Asked Geoff what would help - he wants Ashley out but wants him to get help for his drinking too. agreed w/ Geoff: referral to Adult Social Care + IDVA (older persons), Geoff ok for me to speak to police about a welfare check, he will keep Evie at his sister's til Mon + we'll ring him Fri. Evie not spoken to yet.""",
        scores=sc(2, 3, 4, 2),
        reasons=rs(
            "Ashley's acts named (taking money, pushing, locking out) but no pattern or choice framing.",
            "Geoff's protective step for Evie recorded; no blame, limited strengths.",
            "Plan agreed with Geoff on his wishes.",
            "Evie's experience only through Geoff's wish she not see it; not spoken to.",
        ),
    ),
]
