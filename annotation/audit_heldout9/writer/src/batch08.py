# Batch 08 - written by hand by aw11, scored straight after writing, on the whole note.
# Domain order: perpetrator_pattern, non_blaming_strengths, partnering_safety, child_harm_assessment

NOTES = [
    {
        "setting": "case closure summary",
        "note_type": "routine",
        "text": (
            "Case closure, Sittingbourne, Kent. Children: Tyler (12) and Ellie-Mae (9) Cartwright. The case was open "
            "under a Child in Need plan for eight months following domestic abuse in the home between the mother, "
            "Ms Donna Cartwright, and her partner. The partner has now moved to Folkestone and the relationship has "
            "ended, according to Donna. Donna completed four of the eight Freedom Programme sessions. Tyler has said he "
            "is glad it is calmer and has started going to the youth club; his anger at school has reduced, although "
            "Ellie-Mae still gets upset when she hears raised voices on the TV. Donna has been advised that if she "
            "starts a new relationship she should let the school know and think about the children's safety first. "
            "Case closed; step down to universal services."
        ),
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "'DA in the home between the mother and her partner'; no behaviour named.",
            "non_blaming_strengths": "Mutualised; her account doubted ('according to Donna'), partial completion noted, closing warning.",
            "partnering_safety": "Advice imposed on Donna.",
            "child_harm_assessment": "Tyler's and Ellie-Mae's changes noted briefly, not assessed.",
        },
    },
    {
        "setting": "supervision record",
        "note_type": "routine",
        "text": (
            "Supervision, Epsom Assessment Team. SW Hannah Cole, TM. Case: Joshua (3) and Ruby (1) Sutton. Referral "
            "followed a police call-out in which the mother, Ms Amy Sutton, reported being assaulted at home. Amy is "
            "cooperative and has let the social worker into the home on each visit. The children's father has not "
            "been seen. Home conditions are good and both children are up to date with health checks. Discussion "
            "about whether the threshold for CIN is met; agreed assessment should be completed and Amy should be asked "
            "whether the father is still visiting. SW to complete checks with police and GP. TM to review the "
            "assessment before it is finalised. Assessment due in 15 working days."
        ),
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 2, "partnering_safety": 1, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Agentless 'reported being assaulted'; father not seen or named as agent.",
            "non_blaming_strengths": "No blame; only generic 'cooperative'.",
            "partnering_safety": "No planning with Amy.",
            "child_harm_assessment": "Home conditions and health checks only.",
        },
    },
    {
        "setting": "police PPN relay",
        "note_type": "trained",
        "text": (
            "MASH screening of PPN, Lancashire Police, 28/07. Officers attended Flat 2, Greaves Mill, Accrington, after "
            "Ms Charlotte Nuttall rang 999 to report that her partner, Kyle Hammond, had thrown a glass at her and "
            "blocked the door so she could not leave. This is the fourth PPN in ten months; each involves Kyle "
            "stopping Charlotte from leaving rooms or the flat. Kyle was arrested. Charlotte told officers she wants "
            "him out and asked about a DVPN. Her son Reece (5) was woken; the officer notes he was shaking and asked "
            "whether 'the policeman will take Kyle away'. Reece has been seen by school for soiling since Easter. "
            "Charlotte did ring for help this time but needs to think about whether she will be able to keep him out "
            "when he is released. Screening: Child and Family Assessment; social worker to discuss safety options "
            "with Charlotte and ask what she feels would help."
        ),
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 2, "partnering_safety": 3, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Kyle's repeated restraint and violence named as a pattern across PPNs; not connected to parenting or accountability.",
            "non_blaming_strengths": "Her call for help credited, then 'needs to think whether she will be able to keep him out' shifts responsibility.",
            "partnering_safety": "Next step is to ask Charlotte what would help; her DVPN request noted; no plan yet.",
            "child_harm_assessment": "Reece's shaking, question and soiling noted and partly linked to Kyle.",
        },
    },
    {
        "setting": "CP conference summary",
        "note_type": "trained",
        "text": (
            "ICPC summary, Allenton, Derby. Children: Ellie (11), Mason (8), Archie (4) Greenwood. The conference heard "
            "that Mr Wayne Greenwood has assaulted Ms Sarah Greenwood on at least five occasions known to police, "
            "restricts her access to money and the car, and has told the children their mother is 'mental' and will "
            "be 'locked up'. He chooses to do this in front of them. Ellie told her social worker that she watches "
            "her dad's face to know 'what kind of night it will be' and takes her brothers upstairs; Mason has hit "
            "other children and said 'that's what dads do'; Archie's nursery report he freezes when men raise their "
            "voices. Sarah has tried to keep the children out of the way and has called police twice. The plan was "
            "built with her at a pre-meeting: she asked for an occupation order, a refuge place held in reserve, and "
            "Ellie's school to know she is a young carer. Wayne has been referred to the Derby perpetrator programme "
            "and told that contact depends on his engagement."
        ),
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 3, "partnering_safety": 4, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Wayne's assaults, economic control and undermining named as his choices; accountability linked to contact.",
            "non_blaming_strengths": "No blame; strengths recorded but thinly ('tried to keep... out of the way', calls).",
            "partnering_safety": "Plan built with Sarah at a pre-meeting on her requests.",
            "child_harm_assessment": "Each child's experience of Wayne's behaviour assessed specifically.",
        },
    },
    {
        "setting": "Restart session",
        "note_type": "trained",
        "text": (
            "Restart session notes, Folkestone, Kent. Session 6 with Gemma Lowry and her daughter Skye (8). Gemma's "
            "ex-partner Nicole left in January. Today Skye made a 'memory box' and talked about Nicole 'shouting in "
            "mummy's face' and taking mummy's phone away so she couldn't ring nana. Skye said she used to count to a "
            "hundred under her duvet until it stopped, and that she was scared Nicole would take the dog. She said she "
            "feels 'lighter' now and likes that mummy laughs again. Nicole's behaviour cut Gemma off from her family "
            "and left Skye frightened in her own home. Gemma has done a lot: she found the Restart programme herself, "
            "reconnected with her mum, and explains things to Skye honestly at her level. Gemma and I reviewed her "
            "safety plan for when Nicole contacts her through friends; she has added a new step of her own."
        ),
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 4, "partnering_safety": 3, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Nicole's shouting, phone removal and isolation named as hers; limited history.",
            "non_blaming_strengths": "No blame; Gemma's specific strengths recorded.",
            "partnering_safety": "Her own plan reviewed with her; content only sketched.",
            "child_harm_assessment": "Skye's coping, fear and recovery in relation to Nicole's behaviour assessed.",
        },
    },
    {
        "setting": "family-group conference",
        "note_type": "transition",
        "text": (
            "FGC record, Enfield Town. Family: Mrs Olga Petrenko (66), her husband Mr Viktor Petrenko (70), their "
            "grandson Max (10) who lives with them, Olga's daughter and son-in-law. The concern brought by the social "
            "worker was Viktor's behaviour: he has pushed Olga, taken her pension, locked the phone in his car and "
            "told Max that his grandmother 'lies to social workers'. Olga told the meeting she has been putting money "
            "aside at her daughter's and had rung the Age UK advice line herself. The family's plan: Viktor to stay "
            "with his brother for now; the daughter to manage Olga's pension; Olga to call her daughter every evening. "
            "The social worker added that Olga must not allow Viktor back without telling social care. Max was at "
            "school and was not spoken with."
        ),
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 3, "partnering_safety": 2, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Viktor's violence, financial abuse, isolation and undermining named as his behaviour.",
            "non_blaming_strengths": "Olga's steps recorded; closing 'must not allow' condition on her.",
            "partnering_safety": "Family plan made around Olga, with a condition imposed on her; her own voice in it limited.",
            "child_harm_assessment": "Max not spoken with; nothing on his experience.",
        },
    },
    {
        "setting": "housing officer",
        "note_type": "transition",
        "text": (
            "Housing officer note, Nottingham City Homes, St Ann's. Ms Chelsea Brown attended with her son Riley (6). "
            "She explained that there had been a DV incident with her ex-partner at the property last month and that "
            "she had let him stay over again despite advice, which she now regrets. Chelsea said she wants to stay in "
            "her home because Riley's school and her mum are nearby. We went through options together and she chose "
            "a Sanctuary scheme (door and window locks, letterbox guard), an urgent management transfer to be held in "
            "reserve, and her mum being registered as her emergency contact. Chelsea said Riley has been having "
            "nightmares and will not go into the kitchen where it happened. I will pass this to the school with her "
            "consent. Chelsea was reminded that any further incidents could put the tenancy at risk."
        ),
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 1, "partnering_safety": 4, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "'A DV incident with her ex-partner'; no behaviour attributed.",
            "non_blaming_strengths": "'Let him stay over despite advice' and tenancy warning aimed at Chelsea; no strengths.",
            "partnering_safety": "Options worked through with her; she chose the measures on her priorities.",
            "child_harm_assessment": "Riley's nightmares and avoidance of the kitchen noted and acted on; not tied to the ex-partner's behaviour.",
        },
    },
    {
        "setting": "strategy-discussion minutes",
        "note_type": "messy",
        "text": (
            "strat mtg - Eastbourne - 2pm. Re: Mrs Dawn Keeler 54 + her son Callum 24 (lives w her) + her youngest "
            "Sophie 15. police: Callum arrested x3 this yr - all DA agst Dawn (punched her, took car keys + bank "
            "cards, smashed her phone twice, threatened to burn the house down when she said he had to leave). "
            "pattern escalating, C controls money + movement, DC says 'textbook'. Dawn (via IDVA) - has already: "
            "told C's probation officer, got locks changed on her bedroom, put Sophie's passport + phone charger at "
            "her sister's. Dawn agreed w IDVA she wants C out but not prosecuted again if possible - plan = "
            "DVPN/DVPO + housing for C via probation, Dawn to decide re injunction. Sophie not discussed - to be "
            "followed up??"
        ),
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 3, "partnering_safety": 3, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Callum's escalating violence, economic control and threats named as a pattern.",
            "non_blaming_strengths": "No blame; Dawn's protective steps noted tersely.",
            "partnering_safety": "Plan reflects Dawn's wish via IDVA; meeting-led, partly agreed.",
            "child_harm_assessment": "Sophie not discussed.",
        },
    },
    {
        "setting": "duty / out-of-hours",
        "note_type": "messy",
        "text": (
            "EDT Cumbria 03:05 - police ref 118. call to 12 Fell View Keswick - M (Nikki Birkett) + P (Jordan Tyson) "
            "- J had M's phone + wdnt give it back, M went to grab it, J shoved her, both had been drinking at a party. "
            "M refused to make statement. J stayed at address, police satisfied no further risk for tonight. C - "
            "Freddie 7 asleep. M told EDT she'd 'handle it' - advised her she needs to stop drinking w J when shes got "
            "Freddie + that CSC will be informed. NFA EDT, pass to day team."
        ),
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Jordan named taking phone and shoving; mutualised by 'both drinking', 'M went to grab it'.",
            "non_blaming_strengths": "Nikki told to stop drinking with him; no strengths.",
            "partnering_safety": "Nothing with her.",
            "child_harm_assessment": "Freddie asleep only.",
        },
    },
    {
        "setting": "home visit",
        "note_type": "messy",
        "text": (
            "HV Yiewsley (Hillingdon) 30/9 - seen mum Lorraine + Jacob 12 + Mia 9, Jacob also alone. step-dad Gary "
            "moved out 2 wks ago at L's request. Gary - for 3 yrs 'disciplined' Jacob by making him stand in the hall "
            "for hours, read L's texts, told the kids L was 'a slag' + 'useless mother', threw a plate at L in Aug. "
            "all Gary's choices, + he's still doing it thru the kids' phones. Jacob: 'I was scared to breathe wrong', "
            "he still stands up when a door opens, school say hes flinchy + not eating lunch; Mia - asks L 'are you "
            "useless mummy?' - copying G's words. L has: asked G to leave + called police when he refused, got kids "
            "new phones, told school + GP, sat w Jacob every night since. plan w L (her priorities = kids settled, "
            "G kept away): she wants non-mol, kids' phones stay in kitchen at nt, Jacob to school counsellor (she's "
            "asked him, he said yes), contact w G only if kids want + supervised."
        ),
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 4, "partnering_safety": 4, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Gary's abusive discipline, monitoring, degradation and violence named as his choices, continuing via the phones: specific and consistent.",
            "non_blaming_strengths": "No blame; Lorraine's protective actions recorded.",
            "partnering_safety": "Plan built with Lorraine on her priorities, including Jacob's consent.",
            "child_harm_assessment": "Jacob's fear, startle and eating and Mia's echoing of Gary's words assessed.",
        },
    },
]
