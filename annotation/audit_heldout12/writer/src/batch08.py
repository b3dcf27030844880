# Batch 08 - written by hand by aw14, scored straight after writing, on the whole note.

NOTES = [
    {
        "setting": "case closure summary",
        "note_type": "routine",
        "text": """Case closure summary - the Pearson family, Willows estate, Grimsby. Children: Kayden (10), Millie (6).
The family were open on a Child in Need plan following a domestic incident in March in which Mr Dwayne Pearson
was arrested after damaging the front door and threatening Ms Toni Pearson with a knife. Mr Pearson received a
conditional caution and has moved to Hull. Ms Pearson has complied with the written agreement and has not allowed
Mr Pearson back to the home. She has engaged with the Freedom Programme. Both children attend school regularly and
there are no concerns raised by school. Ms Pearson is aware that should there be any further domestic incidents
the case will be re-referred and may progress to a Child Protection Conference. Closed to Children's Social Care
with signposting to Early Help.""",
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Mr Pearson's damage and knife threat attributed in one sentence; otherwise 'domestic incident', no pattern.",
            "non_blaming_strengths": "'Complied', 'not allowed him back', closing warning aimed at her; engagement noted only as compliance.",
            "partnering_safety": "Written agreement imposed; no plan with her.",
            "child_harm_assessment": "School attendance only.",
        },
    },
    {
        "setting": "housing officer",
        "note_type": "routine",
        "text": """Tenancy management note - Downham, Lewisham. Ms Chloe Andrews (tenant) and her partner, Ms Tasha
Reid, who is not on the tenancy. Neighbour complaints received on 3, 9 and 17 November about shouting, banging
and a child crying late at night. PC Mills advised that police had attended on 17 November following a report of
a domestic disturbance, and that there were allegations from both women. Visited today. Ms Andrews said they
have been arguing because of money worries and that things have calmed down. Ms Andrews has been signposted to
money advice and Relate. Ms Andrews was reminded of her tenancy obligations regarding noise and nuisance and that
continued complaints could result in enforcement action. She said Tasha is staying with her sister for a few
days. Her son Ashton (4) was at nursery. Noise diary sheets left with neighbours.""",
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "'Allegations from both women', 'arguing because of money worries'; no behaviour attributed.",
            "non_blaming_strengths": "Mutualising, Relate offered, enforcement warning aimed at the tenant; no strengths.",
            "partnering_safety": "Signposting and warning; no safety planning.",
            "child_harm_assessment": "A child crying at night noted in complaints; not followed up or considered further.",
        },
    },
    {
        "setting": "family-group conference",
        "note_type": "trained",
        "text": """Family Group Conference, Hollington, Hastings. Family: Ms Natalie Byrne (mother), maternal
grandmother, two aunts, family friend. Children: Callum (12), Summer (9). Mr Ian Byrne was not invited, at
Natalie's request. Information giving: the social worker explained that the conference was needed because of Ian
Byrne's abuse of Natalie over ten years, including controlling where she went, destroying her belongings and
strangling her in December, and that Ian has chosen to keep sending threatening messages through Callum's games
console. Callum told his advocate he feels "like it's my fault for having the Xbox" and that he is tired of
keeping secrets; Summer said she wants to "stop being scared at bedtime". Natalie's own plan was the starting
point: she has already moved the children's beds, told both schools and kept the messages. The family added
practical help: grandmother to sleep over at weekends, aunt to collect Summer. The console will be reset and
Callum's advocate will explain to him that none of this is his fault. Ian's contact to be considered only through
the court.""",
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 4, "partnering_safety": 4, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Ten-year pattern and current use of Callum's console named as Ian's choices.",
            "non_blaming_strengths": "No blame; Natalie's protective steps recorded.",
            "partnering_safety": "Her plan is the starting point with family help added.",
            "child_harm_assessment": "Both children's experience of Ian's behaviour, including Callum's self-blame, assessed and responded to.",
        },
    },
    {
        "setting": "court statement summary",
        "note_type": "trained",
        "text": """Summary of social work statement, s.37 report, Burnley. Mr Wesley Holden has subjected Ms Ria Begum to
coercive control and physical violence. He restricted her contact with her family, decided when she could leave
the house, and in March pushed her down the stairs when she was seven months pregnant. After she left he reported
her to the police and to children's services four times with allegations that were not substantiated. In my
assessment these reports are a continuation of his control. Amir (6) told me that "Daddy says mummy tells lies"
and that he worries about going to his dad's because his dad asks him questions about mummy's house. His school
reports he becomes distressed before contact. Ms Begum has protected Amir throughout. The local authority
recommends that Ms Begum comply with a written safety agreement and that contact with Mr Holden be supervised.""",
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 3, "partnering_safety": 1, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Pattern including systems abuse after separation attributed to Mr Holden and named as continuing control.",
            "non_blaming_strengths": "No blame in the analysis; strengths only in one general line.",
            "partnering_safety": "Recommendation imposes a written agreement on Ms Begum.",
            "child_harm_assessment": "Amir's experience of his father's denigration and questioning assessed and linked to contact distress.",
        },
    },
    {
        "setting": "supervision record",
        "note_type": "trained",
        "text": """Supervision record, Hanwell, Ealing - family of Mr Ravi Sharma. SW reported that Ravi's wife, Mrs
Priya Sharma, has continued a pattern of controlling and abusive behaviour towards him: she has taken his
passport, tells his employer he is unreliable, and scratched his face on 2 October in front of their daughter
Anaya (7). Manager and SW agreed these are Priya's choices and that as a parent she is choosing to harm Anaya's
relationship with her father. Ravi has kept Anaya's routine going, told the school, and arranged for his mother to
stay. He has told the SW he wants to remain in the home and would like Priya to leave. SW to plan with Ravi on
that basis and to discuss with Priya her behaviour and the referral to the programme. Anaya's school report she is
quieter; SW to do direct work to understand her experience.""",
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 4, "partnering_safety": 3, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Roles reversed: Priya's pattern named as her choices and a parenting choice; accountability planned.",
            "non_blaming_strengths": "No blame; Ravi's protective steps recorded.",
            "partnering_safety": "Plan to be made with Ravi on his wishes; not yet made.",
            "child_harm_assessment": "Anaya quieter; her experience still to be understood.",
        },
    },
    {
        "setting": "Early Help review",
        "note_type": "transition",
        "text": """Early Help review, Parkwood, Maidstone. Present: Ms Lauren Hayes, FSW, Ryan's SENCO. Ryan (9) has
autism. Since the last review Ryan has told the FSW that his mum's boyfriend, Dean, "shouts at mum and calls her
fat" and once shut her in the garden; Ryan said he "hides under the duvet with my ear defenders" and he has begun
biting his hand at school. The SENCO links the rise in Ryan's meltdowns to evenings when Dean has been at the
house. Lauren said she and Dean argue a lot but that it is "normal". The FSW reminded Lauren that Ryan needs
stability and that she should not have Dean at the house if there are going to be arguments. Lauren has
nonetheless brought Ryan to every appointment and has been consistent with his visual timetable. Actions: Lauren
to limit Dean's visits; FSW to refer Ryan to school counsellor; review in 6 weeks.""",
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 2, "partnering_safety": 1, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Dean's behaviour only in Ryan's words; the FSW reframes it as 'arguments'.",
            "non_blaming_strengths": "Onus on Lauren to keep Dean away, with her consistency with Ryan recorded.",
            "partnering_safety": "Action imposed on her.",
            "child_harm_assessment": "Ryan's experience of Dean's behaviour and its effect, in light of his autism, assessed with school evidence.",
        },
    },
    {
        "setting": "assessment analysis",
        "note_type": "transition",
        "text": """Child and Family Assessment analysis, Ashby, Scunthorpe. Chloe (3) and Harvey (18 months) live with
their mother, Ms Amy Foster. Their father, Mr Josh Hill, moved out in July after police were called to a domestic
incident in which Amy was injured. Amy says Josh had become more controlling in the last year, checking her
location and taking the car so she could not take the children to her mum's. She has since changed her number and
moved the children's nursery, and has asked her mum to be present at handovers. The relationship has been
volatile, with police called four times. Amy has said she does not want Josh to have unsupervised contact and I
agree; I have discussed with her what she wants from the plan and she would like help applying for a child
arrangements order. The children are meeting milestones and nursery report no concerns.""",
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 3, "partnering_safety": 3, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Josh's controlling behaviour in Amy's account; the worker's own framing is 'domestic incident' and 'volatile'.",
            "non_blaming_strengths": "Her protective actions recorded; one mutualising phrase.",
            "partnering_safety": "Plan discussed with her and support on her request; thinly developed.",
            "child_harm_assessment": "Milestones and nursery only; no assessment of their experience.",
        },
    },
    {
        "setting": "Restart session",
        "note_type": "messy",
        "text": """Restart sess 2 - Barrow (Newbarns). M = Kelly. Kelly early, v chatty. Talked abt Mark - she said "he
never hit me so I didnt think it counted". Went thru the control stuff: he picked her clothes, read her msgs,
made her ask for money for nappies, told her her family hated her. Kelly said its like she "disappeared". Named
w/ her that these were Marks choices + not her fault. Kids (Oscar 4, Lily 2) - K says Oscar copies Mark, calls
her "stupid", + throws things when he doesnt get his way. Talked about where Oscar might have learned it. K not
sure what she wants yet re safety - still in contact w/ M about kids. I suggested she tells nursery who can
collect + gets a new number. Next wk - look at her support network.""",
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 3, "partnering_safety": 2, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Mark's coercive behaviours named specifically as his choices.",
            "non_blaming_strengths": "Explicitly not her fault; strengths not yet identified.",
            "partnering_safety": "Worker suggestions; her wishes not yet known.",
            "child_harm_assessment": "Oscar's copying of Mark explored with her; Lily not considered.",
        },
    },
    {
        "setting": "police PPN relay",
        "note_type": "messy",
        "text": """PPN - Lincs Pol - Boston (Skirbeck). 30/06 03:10. V: Ms Daria Nowicka 27. S: Mr Andrius Kazlauskas 31
(partner). Neighbour rang 999 - screaming. On arr both parties intox, V w/ red marks to neck, S says V attacked
him 1st, V says S grabbed her throat. Both arrested, V dearrested on scene. S NFA'd - insuff evid. V did not want
to give statement. Prev: 1 call 2024 (verbal). Cs in hh: Emilia 5 + Jakub 1 - both asleep per officers, nappy
full, kitchen dirty, empty cans. DASH std. Sent to CSC as Cs in hh + neglect concerns. Duty SW to call V - says
she is "fine" + they were "just arguing".""",
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Counter-allegations left side by side and NFA; nothing identified about Andrius.",
            "non_blaming_strengths": "'Both parties intox', her arrest, neglect framing; no strengths.",
            "partnering_safety": "None.",
            "child_harm_assessment": "Physical care of the children noted (nappy, kitchen), not the effect of the abuse on them.",
        },
    },
    {
        "setting": "probation / perpetrator-programme update",
        "note_type": "messy",
        "text": """Probation - Lewisham (Lee). PoP Jamal Reid, community order + BBR req. Att'd. J says he's "done with"
Shanice, doesnt care. But police intel - J sent 40 msgs last wk + posted a pic of her new flat door on insta.
Put to J - he said it was "a joke". Challenged: the msgs + the pic are him trying to scare her, same as when he
kept her keys + phone before. J went quiet, then said she "knows what she did". Kids (Zion 7, Malia 4) - SW says
Zion has stopped eating at school + told teacher daddy "knows where we live now" + he is scared to sleep. Put this
to J - said "thats her putting stuff in his head". Will raise breach. Info to SW + police. No contact w/ Shanice from
us - SW leads on her safety.""",
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 3, "partnering_safety": 1, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Jamal's stalking linked to his earlier control, his excuses challenged, breach raised.",
            "non_blaming_strengths": "No blame by the officer and his blaming remarks not endorsed; no strengths recorded.",
            "partnering_safety": "No contact or planning with Shanice here.",
            "child_harm_assessment": "Zion's fear and not eating linked to Jamal's posting; relayed, not assessed.",
        },
    },
]
