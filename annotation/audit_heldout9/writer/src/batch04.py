# Batch 04 - written by hand by aw11, scored straight after writing, on the whole note.
# Domain order: perpetrator_pattern, non_blaming_strengths, partnering_safety, child_harm_assessment

NOTES = [
    {
        "setting": "probation / perpetrator-programme update",
        "note_type": "routine",
        "text": (
            "Probation contact note for CSC, Crawley (West Sussex). Mr Nathan Cole attended his appointment on time. "
            "He is subject to a Suspended Sentence Order following an assault on his partner, Ms Jade Wicks, in July. "
            "Nathan reports that the relationship is going well and that they have been working on communication. He "
            "says there have been no further arguments and that he has reduced his drinking to weekends only. He "
            "accepts that he pushed Jade but says it was a one-off when they were both stressed. He has not yet started "
            "the accredited programme due to waiting list. No concerns about the children raised by Nathan. Ms Wicks "
            "has not responded to the victim contact officer. Next appointment in two weeks."
        ),
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 2, "partnering_safety": 1, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Nathan's assault and push acknowledged as his, but 'one-off when both stressed' accepted; no pattern.",
            "non_blaming_strengths": "Mutualised 'both stressed', 'arguments'; her non-response noted neutrally; no strengths.",
            "partnering_safety": "No planning with Jade.",
            "child_harm_assessment": "Children only as 'no concerns raised by Nathan'.",
        },
    },
    {
        "setting": "family-group conference",
        "note_type": "routine",
        "text": (
            "FGC summary, Bulwell, Nottingham. Attending: Ms Roxanne Gill, her mother, her aunt, the children's father "
            "Mr Leon Gill, coordinator, social worker. Children Tyrese (11) and Amani (8) gave their views to an "
            "advocate before the meeting: Tyrese said he wants his mum and dad to stop fighting and Amani said she "
            "gets scared when there is shouting and would like to stay at nan's sometimes. The social worker explained "
            "the concerns about domestic abuse between the parents and Roxanne's drinking. The family plan: Roxanne to "
            "reduce her drinking and attend Change Grow Live; nan to have the children every other weekend; Roxanne to "
            "call nan if there is an argument so the children can go there. Roxanne and Leon to attend a parenting "
            "course together. The social worker accepted the plan."
        ),
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 1, "partnering_safety": 2, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "'DA between the parents', 'fighting'; Leon's behaviour never described.",
            "non_blaming_strengths": "Mutualised; focus on Roxanne's drinking; no strengths.",
            "partnering_safety": "Family plan with some of Roxanne's input (nan), but responsibility on her and joint course.",
            "child_harm_assessment": "Children's wishes and fear recorded via advocate but not assessed.",
        },
    },
    {
        "setting": "strategy-discussion minutes",
        "note_type": "routine",
        "text": (
            "Strategy discussion, Enfield MASH, 14:00. Present: SW Team Manager, DS Patel (CAIT), health, school DSL. "
            "Police shared that Mr Curtis Lamb (35) has two previous convictions for assaulting former partners, a "
            "stalking protection order from 2021 which he breached, and intelligence that he has been tracking his "
            "current partner, Ms Kayleigh Moss, by an app installed on her phone. He was arrested yesterday for "
            "strangulation. Despite this, Ms Moss has told police she wants him home and will not support a "
            "prosecution. The meeting agreed she does not appear to understand the level of risk he poses, and that "
            "she has prioritised the relationship over Leo (4). Outcome: threshold met for s47. Mother to be told that "
            "if she allows Mr Lamb back into the home the local authority will consider removal of Leo."
        ),
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Police information sets out Curtis's history, tracking and strangulation - specific, but not linked to Leo or used in planning.",
            "non_blaming_strengths": "'Prioritised the relationship over Leo', threat of removal if she 'allows' him.",
            "partnering_safety": "Threat imposed on her.",
            "child_harm_assessment": "Leo only named as at risk.",
        },
    },
    {
        "setting": "supervision record",
        "note_type": "trained",
        "text": (
            "Supervision, Maidstone Child in Need Team. SW Ollie Grant, TM Fiona Reid. Family: Stephanie Burrows and "
            "children Lola (10), Archie (7). Discussion focused on Kieran Burrows's pattern: since he moved out he has "
            "withheld child maintenance, turned up at Stephanie's work, used contact to question the children about her "
            "new friends and told Lola her mum 'is the reason the family broke up'. We agreed these are deliberate "
            "choices to keep control after separation and that contact is one of the ways he does it. Ollie has met "
            "Kieran and named these behaviours; Kieran denied them. Stephanie has kept the children's routines and "
            "asked for contact to go through a contact centre. The children's experience is likely to be confusing and "
            "distressing. Actions: Ollie to see Lola and Archie individually before the next review; explore contact "
            "centre with Stephanie; TM to review in four weeks."
        ),
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 3, "partnering_safety": 3, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Kieran's post-separation financial control, workplace visits and use of contact named as deliberate; challenged.",
            "non_blaming_strengths": "No blame; strengths mentioned briefly.",
            "partnering_safety": "Her contact-centre request taken into planning, but plan mostly worker tasks.",
            "child_harm_assessment": "'Likely confusing and distressing'; children not yet seen.",
        },
    },
    {
        "setting": "CAMHS letter",
        "note_type": "trained",
        "text": (
            "Re: Maya Sandhu (14), Hayes, Hillingdon. Thank you for the referral. I met Maya with her mother Jas on "
            "two occasions and once alone. Maya described life when her mother's partner Jo lived with them as 'like "
            "walking on glass': she learnt to read Jo's mood from how the door shut, stopped bringing friends home and "
            "took over making tea so there would be 'nothing to kick off about'. She still checks the locks three times "
            "before bed and has panic attacks on the bus past their old street. In my assessment her anxiety is "
            "directly related to living with this, and her checking is a way of keeping herself and her mum safe. "
            "Jas has been a consistent support; she made the move to Hayes, sought help from the GP for Maya and sits "
            "with her through the panic attacks using the breathing we practised. Jas and I agreed that treatment will "
            "start with joint sessions and that Jas will let me know if Jo makes any contact."
        ),
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 4, "partnering_safety": 3, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Jo's moods and volatility implied through Maya's account, but no specific behaviour attributed to Jo.",
            "non_blaming_strengths": "No blame; Jas's protective actions recorded.",
            "partnering_safety": "Treatment plan agreed with Jas; safety part is thin (contact reporting).",
            "child_harm_assessment": "Maya's experience, coping and anxiety assessed in detail against what she lived with.",
        },
    },
    {
        "setting": "case closure summary",
        "note_type": "transition",
        "text": (
            "Closure summary, Wellingborough Road Team, Northampton. Family: Ms Ellie Farrow and Noah (9). The case was "
            "opened after a DV incident at the home in February. Ellie has since separated from Noah's father. The "
            "social worker and Ellie built a safety plan together in March which Ellie has kept updated: she changed "
            "the locks, arranged for her brother to be at handovers, and asked school to call her rather than the "
            "father about any concerns. Noah told me he used to hide in the airing cupboard 'when it was loud' and now "
            "sleeps with his light off again; his teacher says he is joining in at playtime. However Ellie has been "
            "reminded that she must not allow the father back into the home. Noah's wish is to see his dad at the "
            "park. Case closed, with Ellie aware of how to re-refer."
        ),
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 2, "partnering_safety": 3, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "'A DV incident'; father's behaviour not described.",
            "non_blaming_strengths": "Strengths recorded but closing warning 'must not allow' aimed at Ellie.",
            "partnering_safety": "Safety plan built together and kept by her; closure warning imposed.",
            "child_harm_assessment": "Noah's hiding and recovery described; not tied to the father's behaviour.",
        },
    },
    {
        "setting": "assessment analysis",
        "note_type": "transition",
        "text": (
            "Child and Family Assessment, analysis. Lancaster. Mr Brett Hollins's behaviour has included checking Ms "
            "Sophie Hollins's bank statements, deciding when she can visit her parents, and pushing her down the "
            "stairs in December when she was pregnant. Sophie has sought support from her GP and has told her parents "
            "what is happening, which shows insight. She has protected the children by taking them to her parents' on "
            "the nights Brett goes drinking. Ruby (6) and Finn (3) have been in the home during incidents and there is "
            "a risk of emotional harm. The plan is for Sophie to complete the Freedom Programme, to ensure Brett does not "
            "return to the family home, and for the children to remain on a Child in Need plan. Brett has been "
            "signposted to a perpetrator programme."
        ),
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 3, "partnering_safety": 1, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Brett's financial control, isolation and assault named; programme signposting only.",
            "non_blaming_strengths": "No blame, specific protective actions; 'shows insight' is an evaluative frame.",
            "partnering_safety": "Plan imposed: tasks and 'ensure Brett does not return' on Sophie.",
            "child_harm_assessment": "Generic 'risk of emotional harm'.",
        },
    },
    {
        "setting": "school DSL log",
        "note_type": "transition",
        "text": (
            "DSL log, Guildford Grove Primary, Surrey. 05/03. Isla Bennett (Y2) was found crying in the toilets after "
            "lunch. She told the TA that her mum and her mum's boyfriend had a fight last night and that she had to "
            "call her nan. Isla said, 'I was the one who had to be grown up because mummy was crying on the floor.' She "
            "said she pretends to be asleep when the shouting starts but she listens so she knows when to ring nan, "
            "and she keeps nan's number in her school bag. She has been coming in tired most Mondays and has stopped "
            "eating her lunch. I rang mum who said things had got heated between them. I reminded mum this is the "
            "second time this term and that Isla should not be put in the position of calling for help; mum needs to "
            "think about whether this relationship is right for her children. Referral made to Surrey C-SPA."
        ),
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 1, "partnering_safety": 2, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "'A fight', 'got heated between them'; boyfriend's role implied by mum on the floor, not named.",
            "non_blaming_strengths": "Mum blamed for Isla calling for help and for the relationship; no strengths.",
            "partnering_safety": "Nothing planned with mum, though Isla's own safety route to nan is recorded as a resource.",
            "child_harm_assessment": "Isla's hypervigilance, role reversal, tiredness and appetite recorded; linked to 'fights', not to the boyfriend's behaviour, so 3.",
        },
    },
    {
        "setting": "housing officer",
        "note_type": "messy",
        "text": (
            "housing - Derby Homes ASB team - notes 12/6. compl from flat 4 abt noise from flat 5 (Ms Toni Marshall + "
            "partner Shane). 3rd compl this month, shouting late at night, door slamming, once a smashed window. spoke "
            "to Toni on doorstep, she said they'd had a bad patch but its sorted. Shane not in. kids (2 under 5) seen "
            "in hallway. warned Toni the tenancy is in her name and ASB could lead to action agst tenancy. she asked if "
            "she cd be moved to a diff block away from 'his mates' - told her to put in transfer app, will flag. gave "
            "her DA leaflet just in case. NFA for now, monitor."
        ),
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 1, "partnering_safety": 2, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Noise and damage attributed to the flat; Shane not linked to any behaviour.",
            "non_blaming_strengths": "Tenancy warning aimed at Toni; 'bad patch' mutual.",
            "partnering_safety": "Her transfer request flagged; otherwise leaflet only.",
            "child_harm_assessment": "Children only seen in hallway.",
        },
    },
    {
        "setting": "Restart session",
        "note_type": "messy",
        "text": (
            "Restart - mum+child session 4 - Croydon. Mum (Ngozi) + Daniel 8. D did 'weather inside me' activity - "
            "drew a storm at home 'when Dad was there', said stormy = 'when dad shouts at mum and throws her things "
            "out the window', sunny = 'now we've got our own house'. D said he used to stand by mum so dad wouldnt hit "
            "her + he worries dad will find new flat. D checks the chain on the door every night (N confirms). "
            "N spoke abt how she noticed D was copying dad's words to her + she talked w him abt it, which D said "
            "helped. N has been brilliant w D - bedtime story every night, told school what happened so they give him "
            "time out card. dad = Samuel, still texting N abt D. talked with N abt contact - SW has told her contact "
            "must be supervised only and she has to stick to it."
        ),
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 4, "partnering_safety": 2, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Samuel's shouting, throwing belongings, hitting and continued texting named through Daniel and worker; not fully drawn as a pattern.",
            "non_blaming_strengths": "No blame; Ngozi's repair work with Daniel and telling school recorded.",
            "partnering_safety": "Contact rule relayed as imposed on her ('has to stick to it').",
            "child_harm_assessment": "Daniel's protective standing, worry and door-checking linked to his father's behaviour.",
        },
    },
]
