# Batch 08 - written and scored by aw9 (scores assigned on the whole note, straight after writing the batch)


def sc(p, n, s, c):
    return dict(perpetrator_pattern=p, non_blaming_strengths=n, partnering_safety=s, child_harm_assessment=c)


def rs(p, n, s, c):
    return dict(perpetrator_pattern=p, non_blaming_strengths=n, partnering_safety=s, child_harm_assessment=c)


NOTES = [
    dict(
        setting="supervision record",
        note_type="routine",
        text="""Supervision, 2 December, family: Walsh. SW updated that there has been another DV incident at the home, the second since the child protection plan started. Ms Jodie Walsh and Mr Aaron Kane are still together despite the plan, and Ms Walsh has not been honest about this at the last two visits. SW feels Ms Walsh is choosing the relationship over her children. Manager agreed that Ms Walsh has been given every opportunity and that the written agreement has been breached. Discussed whether the threshold for pre-proceedings is met. Action: SW to arrange a PLO meeting; SW to write to Ms Walsh setting out that she must end the relationship or the local authority will consider court. Children Kaiden (5) and Lily-Rose (2) to be visited at home within 10 working days.""",
        scores=sc(1, 1, 1, 1),
        reasons=rs(
            "'DV incident'; Mr Kane not named as doing anything.",
            "'Choosing the relationship over her children', 'not been honest' - strongly blaming.",
            "Ultimatum imposed on Ms Walsh.",
            "Children only in visit logistics.",
        ),
    ),
    dict(
        setting="housing officer",
        note_type="routine",
        text="""Tenancy visit, 16/06, Ms Dionne Grant, 48 Cedar Rise, Harlestone. Follow-up to police referral about a domestic incident at the property on 9/06. Ms Grant confirmed that she has ended the relationship with Mr Lloyd Baptiste. There was damage to the back door and kitchen window, which was recorded for the repairs team. Ms Grant said she wanted to stay in her home, close to her mum and her job, rather than move. I explained the options and she chose the sanctuary scheme. We went round the property together and she identified the points she was most worried about: the back gate, which he used to come in by, and the ground-floor bedroom window. Works agreed with her: new back gate with lock, window restrictors, letterbox guard, and a door viewer at her height. She asked that Mr Baptiste not be told of any of the works and this has been noted. Her children are 12 and 15.""",
        scores=sc(2, 2, 3, 1),
        reasons=rs(
            "Damage and back-gate entry implicitly his; 'domestic incident' otherwise agentless.",
            "Neutral; no blame, but no strengths beyond her choice.",
            "Sanctuary works chosen and designed with her.",
            "Children only listed by age.",
        ),
    ),
    dict(
        setting="Restart session",
        note_type="trained",
        text="""Restart session 4, Nadia Khan and her daughter Safa (8). Today we used the "safe hands" exercise. Safa named her mum, her teacher Miss Reid, her aunt and her friend's mum as safe adults. She did not want to name her dad. Safa told me she remembers her dad, Imran, "making mum sit on the stairs" and "taking the wifi off so mum couldn't talk to grandma". She said she used to pretend to be asleep so he wouldn't shout at her too. She still has nightmares about the stairs. Nadia listened and told Safa it was her dad's behaviour that was wrong and that she was proud of her. Nadia has done so much to help Safa feel safe: she kept her at the same school, she has a bedtime routine that Safa chose, and she has told Safa's teacher what to look out for. Nadia and I agreed that the next session will focus on the nightmares, which is what she wants help with most, and we will invite her sister.""",
        scores=sc(3, 4, 3, 4),
        reasons=rs(
            "Imran's behaviours named (via Safa) and called wrong; brief, not developed as pattern.",
            "Nadia's specific protective actions recorded; no blame.",
            "Session plan follows Nadia's priority; limited safety planning.",
            "Safa's experience of her father's control assessed in her own words, nightmares noted.",
        ),
    ),
    dict(
        setting="case closure summary",
        note_type="trained",
        text="""Case closure summary, Child Protection to closure, children Oliver (10) and Freya (7), Lowther Bank. The children were made subject to child protection plans in January because of the harm caused by their father, Mr Stephen Dale. Over several years he controlled Ms Helen Dale's finances, stopped her working, checked her location, and assaulted her, twice in front of the children. He also told Oliver that his mother was lying to the social worker. Mr Dale attended 8 of 24 sessions of a perpetrator programme before he was excluded for making threats to a facilitator. Ms Dale has been central to the children's safety: she obtained a non-molestation order, moved the children with the help of her brother, and worked with the school to rebuild Oliver's trust in her. The safety plan was written with her and reviewed at each core group. Oliver now says he "isn't on guard all the time", and Freya is no longer wetting the bed. The risk from Mr Dale remains and has been shared with his probation officer; contact is only via a contact centre.""",
        scores=sc(4, 4, 4, 3),
        reasons=rs(
            "Detailed pattern, including undermining the mother-child relationship; perpetrator work recorded.",
            "Ms Dale's specific protective actions central; no blame.",
            "Safety plan written with her and reviewed.",
            "Children's recovery noted, but their experience described briefly.",
        ),
    ),
    dict(
        setting="CP conference summary",
        note_type="transition",
        text="""Review child protection conference summary, 8 April, child Darcy (12), Holcombe. Darcy's stepfather, Mr Neil Hayes, has not lived at the home since October. Her mother, Ms Claire Hayes, reports that Mr Hayes continues to contact her and ask to return. The conference heard that Ms Hayes has done well to separate. Ms Hayes said that she and Mr Hayes had "a lot of problems" and that the arguments were the reason she left. The school reported that Darcy's attendance is good. Darcy told her social worker that she is glad Neil has gone and that she can "have friends round now". However, the conference was concerned that if Ms Hayes allows Mr Hayes to return the risk to Darcy would increase significantly. Outcome: Darcy to remain subject to a child protection plan for a further three months. Ms Hayes to inform the social worker of any contact from Mr Hayes.""",
        scores=sc(1, 3, 1, 2),
        reasons=rs(
            "Only 'continues to contact'; nothing on what Mr Hayes did; 'arguments' in her words.",
            "'Done well to separate', but followed by warning about allowing return.",
            "Reporting requirement imposed on Ms Hayes.",
            "Darcy's relief and friends comment recorded; not assessed.",
        ),
    ),
    dict(
        setting="assessment analysis",
        note_type="transition",
        text="""Assessment analysis, family: Morgan / Price. Ms Ffion Morgan lives with her daughter Lowri (9). Her partner, Ms Jade Price, moved in during 2024. Lowri and Ms Morgan both describe Ms Price as setting strict rules for Lowri, including confiscating her phone for days, refusing to let her see her grandparents and shouting at her for crying. Ms Price has also told Ms Morgan that she will "out" her to her family if she leaves. This is a pattern of control exercised through Lowri and through threats. Ms Morgan has minimised this in the past and has not always put Lowri first, and has at times sided with Ms Price in front of Lowri. Lowri told me she feels "like a visitor in my own house" and that she misses her nan. She has become quiet at school and her teacher reports she seems sad. Ms Morgan and I agreed a plan: she will arrange regular time for Lowri with her grandparents, she will decide with the IDVA whether to ask Ms Price to leave, and she will tell me if she is worried about Lowri's safety.""",
        scores=sc(3, 1, 3, 3),
        reasons=rs(
            "Ms Price's control via Lowri and outing threat named as a pattern; not framed as choice.",
            "'Minimised', 'not always put Lowri first', 'sided with' - blaming.",
            "Plan agreed with Ms Morgan, she decides with the IDVA.",
            "Lowri's words and presentation linked to Ms Price's control.",
        ),
    ),
    dict(
        setting="IDVA update",
        note_type="transition",
        text="""IDVA update, 14/5, Ms Gemma Holt. Gemma remains in contact with her ex-partner, Chris, who shares care of their son Mason (6) on weekends. There have been ongoing issues between them around handovers. Gemma says the handovers are "where it all happens". Gemma and I looked at what she wants: she wants handovers moved to the leisure centre car park with CCTV, she wants to stop the drive to his flat, and she wants her dad to do Sunday returns. We worked through each of these together and she rang her dad from my office. She also wants to know whether she can ask the court to vary the order and I have booked her an appointment with the family law clinic. We agreed a code word for when she needs me to call her. She has asked me to hold off sharing with the SW until she has spoken to them herself on Friday, which I agreed.""",
        scores=sc(2, 2, 4, 1),
        reasons=rs(
            "Chris's behaviour never described; 'ongoing issues between them'.",
            "Mutual 'issues between them'; no blame of Gemma, no explicit strengths.",
            "Every step planned with Gemma on her priorities, respecting her timing.",
            "Mason only in logistics.",
        ),
    ),
    dict(
        setting="school DSL log",
        note_type="messy",
        text="""DSL - 9/11 - Tyler-J (Y2) told TA dad + mum "were fighting again" last night, mum had a cut on her eye at drop off. TA asked him if ok, he said yes but he didnt eat his breakfast at club. spoke to mum (Shannon) - said she walked into a door. told her we have concerns as this is the 3rd time this yr she has had a mark + its not good for T-J to be around it. she said she'd "sort it". dad (Mark) picks up Weds + Fris. Logged + rang MASH. T-J seemed quiet but joined in at play.""",
        scores=sc(2, 1, 1, 2),
        reasons=rs(
            "No agent from the writer; repeated injuries hinted; Mark only as collecting.",
            "'Fighting', 'not good for T-J to be around it' aimed at mum; no strengths.",
            "Nothing planned with Shannon.",
            "T-J's words, not eating, quietness noted; not assessed.",
        ),
    ),
    dict(
        setting="Early Help review",
        note_type="messy",
        text="""EH review notes 30/4 - Mrs Val Doherty + grandson Kobe (10), she has SGO. Val's son Leon (Kobe's uncle, 29) moved back in Jan. pattern since then: taking Val's pension, smashing plates when she says no, "borrowing" her car + not bringing it back so she cant get Kobe to school, calling her useless in front of K. Leon says she "treats him like a kid" - Val disagrees + so do I, he's making choices. Val has done loads - got locks on her bedroom door, told school, got Kobe into after school club so he's not in the house w/ Leon. we planned together: Val wants Leon out but doesnt want him homeless - agreed she'll give him notice w/ help from housing options + IDVA, she chose her neighbour Pat as emergency contact. Val has backed down on notice before so she needs to see it through this time. Kobe told me he "does his homework in the bathroom cos it locks" + he's scared of Leon when he's drunk. K having nightmares, school say hes tired + not concentrating.""",
        scores=sc(4, 3, 4, 4),
        reasons=rs(
            "Leon's specific behaviours listed as a pattern, his excuse challenged, framed as his choices (adult child as abuser).",
            "Val's protective actions recorded, but 'needs to see it through this time' puts a warning on her.",
            "Plan built with Val on her wishes.",
            "Kobe's own words, fear and school impact tied to Leon.",
        ),
    ),
    dict(
        setting="duty / out-of-hours",
        note_type="messy",
        text="""duty - 10:05 anon call from nbr re: Flat 6 Laurel Ct, Ravensmoor. says couple in flat 6 always screaming + fighting, heard smashing last night + a baby crying for ages. caller thinks mum has a "new fella". checked ICS - mum Ms Tia Nolan, baby Harper (10m), prev EH closed 2025 re: DA w/ previous partner. mum seems to go from one DV relationship to another. police check req'd. advised caller to ring 999 if hears anything. will pass to team for HV today - to ask M who is living there + remind her re previous advice about new partners around Harper.""",
        scores=sc(1, 1, 1, 1),
        reasons=rs(
            "No one identified as acting; 'couple... fighting'.",
            "'Goes from one DV relationship to another', reminder aimed at mum - blaming.",
            "Police check and visit planned about her, with a reminder imposed; nothing planned with her.",
            "Baby crying noted by neighbour; no assessment.",
        ),
    ),
]
