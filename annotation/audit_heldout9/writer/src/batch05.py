# Batch 05 - written by hand by aw11, scored straight after writing, on the whole note.
# Domain order: perpetrator_pattern, non_blaming_strengths, partnering_safety, child_harm_assessment

NOTES = [
    {
        "setting": "home visit",
        "note_type": "routine",
        "text": (
            "Home visit, Whitehaven, Cumbria. Seen Mrs Janet Irving (58) and her granddaughter Mollie (12), who lives "
            "with her under a Child Arrangements Order. Janet's daughter Kirsty (33), Mollie's mother, has been staying "
            "on and off at the property. A referral was received from school after Mollie said there had been a row "
            "between her nan and her mum. Janet said that things have been difficult between her and Kirsty for years "
            "and that Kirsty 'has her moods'. Janet agreed that Kirsty should not stay over for now and said she would "
            "like Kirsty to only visit when Janet's husband is home, which I agreed was sensible. Mollie was at school "
            "during the visit. Janet was advised to contact the police if there are any further incidents. Plan to "
            "visit again in one month."
        ),
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 2, "partnering_safety": 2, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "'A row', 'difficult between her and Kirsty'; Kirsty's behaviour not described.",
            "non_blaming_strengths": "Mutualised but no blame pointed at Janet; no strengths.",
            "partnering_safety": "Janet's own idea (visits when husband home) taken up; minimal.",
            "child_harm_assessment": "Mollie absent; her experience not considered.",
        },
    },
    {
        "setting": "CP conference summary",
        "note_type": "routine",
        "text": (
            "ICPC summary, Hillingdon. Child: Ruby-Rose Akinola (5). Referral followed a DV incident in which police "
            "found the mother, Ms Funmi Akinola, with facial injuries. The conference heard that there is a long history "
            "of domestic abuse in the parents' relationship, and that both parents have used alcohol. Ms Akinola has "
            "previously withdrawn statements. School reported that Ruby-Rose has become withdrawn and has had toileting "
            "accidents in class this term. Decision: Ruby-Rose to be subject to a CP plan under emotional harm. Plan: "
            "mother to attend the Freedom Programme; mother to not allow father into the home; mother to engage with "
            "the social worker and allow unannounced visits; father to be offered a referral to a perpetrator "
            "programme if he wishes."
        ),
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Agentless injuries and 'history of DA in the parents' relationship'; father's programme optional.",
            "non_blaming_strengths": "Mutualised history, both using alcohol, withdrawn statements - discrediting her.",
            "partnering_safety": "All plan items imposed on mother.",
            "child_harm_assessment": "Ruby-Rose's withdrawal and accidents noted, not analysed.",
        },
    },
    {
        "setting": "court statement summary",
        "note_type": "trained",
        "text": (
            "Summary of s.7 report, Nottingham Family Court. Mr Rhys Cooper's behaviour towards Ms Amy Lowe, on the "
            "evidence of police records, messages and both children's accounts, is a pattern of coercive control: "
            "he decided what she wore, checked her mileage, took her wages and punished refusals by silence for days "
            "or by breaking her belongings. After separation he has used contact handovers to criticise her in front "
            "of the children. Oscar (9) described to me how he would 'keep the peace' by tidying before his dad came "
            "home and said he feels 'stuck in the middle' at handovers; he has had stomach aches before every contact. "
            "Poppy (6) told me she does not like it when daddy 'is quiet and cross'. Ms Lowe has protected the children "
            "throughout, keeping them at the same school and seeking help early. The recommendation is for contact to "
            "take place at a supervised centre, with the court to direct Mr Cooper to attend a perpetrator programme "
            "before any progression."
        ),
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 4, "partnering_safety": 2, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Rhys's specific controlling behaviours and post-separation use of handovers named; accountability via programme.",
            "non_blaming_strengths": "No blame; Amy's protection recorded.",
            "partnering_safety": "Recommendation made without reference to Amy's views or planning with her.",
            "child_harm_assessment": "Oscar's and Poppy's experience of their father's behaviour assessed specifically.",
        },
    },
    {
        "setting": "Early Help review",
        "note_type": "trained",
        "text": (
            "Early Help review, New Addington, Croydon. Present: Ms Keisha Brown, EH worker, nursery manager. Keisha's "
            "former partner, Tanya, has continued to message Keisha since they separated in the summer, including "
            "threats to tell the nursery that Keisha neglects her son Malik (3) and turning up at Keisha's mother's "
            "house. Tanya is responsible for these behaviours, which are aimed at frightening Keisha and isolating her "
            "from support. Keisha has blocked Tanya on two apps, told the nursery directly so they would not be "
            "surprised by a false call, and moved her car parking spot. Nursery say Malik has been more unsettled at "
            "drop-off. Keisha led today's planning: she wanted the nursery to have a password for collection, a "
            "referral to the LGBT+ domestic abuse service, and help writing to her landlord about the door. All three "
            "were agreed with named people, and Keisha will review the plan with the worker in four weeks."
        ),
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 4, "partnering_safety": 4, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Tanya named as responsible for threats and turning up; pattern stated, limited detail.",
            "non_blaming_strengths": "No blame; specific protective steps by Keisha.",
            "partnering_safety": "Keisha led the planning; agreed actions with named people.",
            "child_harm_assessment": "Malik's unsettled drop-offs noted and implicitly linked; not explored.",
        },
    },
    {
        "setting": "home visit",
        "note_type": "trained",
        "text": (
            "Home visit, Chaddesden, Derby. Seen Ms Hayley Booth and the children, Evie (8) and Sam (5). Since the last "
            "visit, Hayley's ex-partner Jordan Price has sent 43 messages, most at night, and on Sunday waited outside "
            "the house for two hours. He has told Evie on the phone that 'Mummy is keeping you away from me'. This is "
            "the same pattern as before the separation: Jordan uses the children and constant contact to keep Hayley "
            "frightened and to undermine her as a mother. Evie told me she puts the phone under her pillow in case "
            "daddy rings and she feels 'bad' for not wanting to talk to him; she drew herself with two faces. Sam has "
            "started hitting his sister when he is told no. Hayley has at times found it hard to stop the children "
            "answering and could do more to keep to the routine agreed. We talked about what would help and agreed "
            "together that the children's phone goes in the kitchen at night and that Hayley will report Sunday to "
            "police."
        ),
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 2, "partnering_safety": 3, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Jordan's messaging, waiting outside and use of Evie named as a continuing pattern.",
            "non_blaming_strengths": "No strengths recorded; 'could do more' criticises Hayley.",
            "partnering_safety": "Two steps agreed together, modest in scope.",
            "child_harm_assessment": "Evie's guilt, drawing and phone behaviour and Sam's aggression linked to Jordan's behaviour.",
        },
    },
    {
        "setting": "IDVA update",
        "note_type": "transition",
        "text": (
            "IDVA update to CSC, Worthing (West Sussex). Spoke with client Lauren Hughes by phone on 02/09 and met on "
            "04/09. Lauren told me Marcus has been checking her location with an AirTag she found in her handbag, and "
            "has been in touch with her employer. She believes he wants to know where she is at all times. There have "
            "been some arguments about him picking up the children. We built a safety plan around her own ideas: Lauren "
            "wants a police marker on her address, a lift from her colleague on late shifts, a code word with her "
            "sister, and the AirTag handed to police as evidence rather than thrown away; she will decide about a "
            "non-molestation order after legal advice next week. Lauren could have come forward sooner about the "
            "tracking. MARAC referral made with her knowledge."
        ),
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 2, "partnering_safety": 4, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Marcus's tracking and employer contact named; 'some arguments' mutualises part.",
            "non_blaming_strengths": "'Could have come forward sooner' blames her; strengths implicit in plan only.",
            "partnering_safety": "Safety plan built around Lauren's ideas, with MARAC shared with her knowledge.",
            "child_harm_assessment": "Children only as pick-up logistics.",
        },
    },
    {
        "setting": "health visitor",
        "note_type": "transition",
        "text": (
            "Health visitor contact, Chorley, Lancashire. 8-month review for Theo Ashton. Mother Becky told me she "
            "has left Theo's father after what she described as 'a bad time' over the winter. She is staying with her "
            "mother. Becky has registered Theo with the GP at her mother's address, kept every clinic appointment, "
            "moved her savings into an account in her own name and, on her own initiative, gone to the DA drop-in at "
            "the children's centre. She is breastfeeding and Theo is gaining weight well. She says the relationship "
            "was 'up and down'. I gave her the local DA service number and advised her to keep Theo away from his father "
            "until things are sorted. Theo's development is on track; he babbled and reached for toys. Next contact "
            "at 12 months."
        ),
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 4, "partnering_safety": 2, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "'A bad time', 'up and down'; no behaviour attributed to the father.",
            "non_blaming_strengths": "No blame; a run of specific protective and independent steps recorded.",
            "partnering_safety": "Advice and number given; her own steps noted but no joint plan.",
            "child_harm_assessment": "Theo's development checked; no link to what he lived with.",
        },
    },
    {
        "setting": "duty / out-of-hours",
        "note_type": "messy",
        "text": (
            "DUTY - Northampton - tel from Ms Wendy Pratt 61 re her son Craig 29 who lives w her + her 2 grandkids "
            "(Lacey 9, Kian 6, she has them under SGO). W says Craig 'kicked off' again last nt, smashed the TV + "
            "threw a chair, kids hid upstairs. says hes on spice, hes been like this since xmas. W says she cant ask "
            "him to leave hes her son. advised W she has to think abt the kids first + that if she cant keep them safe "
            "from C we may need to look at other arrangements for them. W v upset. told her to ring 999 if he kicks off "
            "again. kids - W says theyre scared of him, Lacey wont come down when hes in. SW to visit tmrw, check PNC."
        ),
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Craig named smashing TV and throwing chair, but drugs framing, no pattern.",
            "non_blaming_strengths": "Wendy told to put kids first, threat of other arrangements; no strengths.",
            "partnering_safety": "Directive and threat imposed on Wendy.",
            "child_harm_assessment": "Children's fear and hiding relayed briefly; not assessed.",
        },
    },
    {
        "setting": "supervision record",
        "note_type": "messy",
        "text": (
            "supvn notes - Ashford CIN - SW Priya / TM. fam: Donna + Alfie 11 + Grace 4. P/S Kevin (Alfie's dad) - "
            "pattern now v clear: controls money (D gets 'allowance'), took D's car keys so she cant get to work, calls "
            "her 'thick' in front of kids, 2x threw food at her. Priya put this to Kevin at visit, he said D 'winds "
            "him up' - P challenged that, his choice how he reacts. Alfie seen alone x2 - says he stays in his room "
            "w/ door shut, 'I don't want to be like him', has stopped inviting mates round + grades dropped. Grace - "
            "'daddy throws dinners', copies it w toys. BUT - TM view D is 'too passive' + 'needs to stand up to him "
            "more', to discuss at next supvn. plan so far w D - she wants to stay in house, Kevin to leave; D + P to "
            "look at occupation order next wk."
        ),
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 2, "partnering_safety": 3, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Kevin's economic abuse, isolation, degradation and violence named; his excuse challenged.",
            "non_blaming_strengths": "TM's 'too passive', 'stand up to him' blames Donna; no strengths recorded.",
            "partnering_safety": "Plan starting with Donna's wish (stay, he leaves), early stage.",
            "child_harm_assessment": "Alfie's withdrawal, fears and grades and Grace's play linked to Kevin.",
        },
    },
    {
        "setting": "Early Help review",
        "note_type": "messy",
        "text": (
            "EH review - Edmonton Green centre - 3/10. Mum Shirin + kids Aria 7 Omid 4. 'domestic' last yr, dad gone "
            "now. Shirin has done so much since: got the kids into breakfast club so she can work, did ESOL level 2, "
            "sorted her own bank account + benefits claim (first time ever), goes to the women's group tues. "
            "attendance Aria 96%. Omid started nursery ok. no current concerns raised. plan: carry on ESOL, look at "
            "volunteering, EH to close next review if all ok. S v happy w plan, said thank you for help."
        ),
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 3, "partnering_safety": 1, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "'Domestic' in quotes; father's behaviour absent.",
            "non_blaming_strengths": "No blame and specific achievements, though framed as self-improvement rather than protection.",
            "partnering_safety": "No safety planning; plan is employability.",
            "child_harm_assessment": "Attendance and nursery only.",
        },
    },
]
