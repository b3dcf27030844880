# Batch 01 - written by hand by aw14, scored straight after writing, on the whole note.
# Score keys: perpetrator_pattern, non_blaming_strengths, partnering_safety, child_harm_assessment

NOTES = [
    {
        "setting": "home visit",
        "note_type": "routine",
        "text": """Home visit completed following notification from police of a DV incident at the property on
14/03 (Ferncombe Road, Lewisham). Mum Kayleigh Rowe present with Mia (3); Tyler (7) at school. Kayleigh reports
that she and Dean had been drinking and an argument got out of hand, and she sustained a small bruise to her arm.
Police attended and Dean had left before they arrived. This is the third incident reported in six months and the
relationship appears volatile. Kayleigh states the relationship is over, however she has said this before and
allowed Dean back in January. I explained that if Dean returns to the home the local authority will need to
consider whether she is able to protect the children and this may lead to a Child Protection Conference. Kayleigh
signed a written agreement that Dean will not stay at the property and that she will contact police if he
attends. Home conditions adequate. Mia presented as happy and played with her toys throughout the visit. Plan:
check with school re Tyler, further visit in two weeks.""",
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Incident agentless ('argument got out of hand', 'sustained a bruise'); no behaviour tied to Dean.",
            "non_blaming_strengths": "'Volatile relationship', 'allowed Dean back', threat about her ability to protect; no strengths.",
            "partnering_safety": "Written agreement binds only her; nothing built with her.",
            "child_harm_assessment": "Mia 'presented as happy'; Tyler only logistics; no harm assessed.",
        },
    },
    {
        "setting": "duty / out-of-hours",
        "note_type": "routine",
        "text": """EDT call 23:40 Saturday. Police requested advice after attending a domestic at 4 Larchmont Close,
Pelham Green, Crawley. Parties are Jodie Marsh (mother) and her partner Leanne Pryce. Officers reported both women
had been arguing and Jodie had a scratch to her face. Leanne taken to custody for breach of the peace, later
released. Children Kai (10) and Ruby (6) present. Spoke to Kai by phone at Jodie's request. Kai said he was in his
bedroom with Ruby and put his headphones on her because the shouting was scaring her; he said "it's always when
Leanne's been out" and that he doesn't like going to sleep on Saturdays. He said Ruby wet the bed last weekend.
Advised Jodie that she needs to keep the children away from any arguments and not to let Leanne return tonight.
Jodie agreed. Passed to day team for follow-up; DASH to be completed by police.""",
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "'Both women had been arguing' mutualises; pattern only in Kai's quoted words, not identified by the worker.",
            "non_blaming_strengths": "Mutualising and advice aimed at Jodie to keep children away; no strengths.",
            "partnering_safety": "Advice imposed on Jodie by phone; no planning with her.",
            "child_harm_assessment": "Kai's voice, his protecting Ruby, fear of Saturdays and Ruby's bedwetting recorded, but not analysed or tied to Leanne's behaviour.",
        },
    },
    {
        "setting": "school DSL log",
        "note_type": "routine",
        "text": """DSL log - Year 4 pupil Harvey Lund, Burnley. Operation Encompass notification received 08:10 from
Lancashire Police: DA incident at home address last night, mum's ex-partner Craig attended the property, police
called, no arrests. Class teacher informed. Harvey arrived late and was quiet in the morning, fell asleep in guided
reading. Mum came in at pick-up and told me things had been difficult since she split from Craig and there was a
row on the doorstep. I advised mum that it was important Harvey wasn't around for any further arguments and that
she should consider a non-molestation order. Mum said she would think about it. Harvey to be offered a check-in
with the learning mentor. Previous concerns: two late marks and uniform issues last half term. Will continue to
monitor and log.""",
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Craig only 'attended'; 'a row on the doorstep'; no behaviour or pattern named.",
            "non_blaming_strengths": "'Row' and 'arguments' mutualise; responsibility for Harvey's exposure put on mum; no strengths.",
            "partnering_safety": "Advice given to mum; no joint plan.",
            "child_harm_assessment": "Tiredness and quietness noted and mentor offered, but not linked to what Harvey lives with.",
        },
    },
    {
        "setting": "assessment analysis",
        "note_type": "trained",
        "text": """Analysis. Ryan Tate has used a pattern of coercive control towards Chloe Ashdown over three years:
he checks her phone each evening, has taken her bank card, and tells her that social services will take the
children if she leaves. On 2 May he strangled her in the kitchen while Ellis (8) was in the next room. These are
Ryan's choices, and they are also parenting choices: he has chosen to abuse Ellis's mother within his hearing and
to make Ellis afraid of him. Ellis told me he sleeps with his shoes on "in case we have to go" and that he keeps
his mum's phone charged for her. His teacher reports he cannot settle after weekends. Ellis's anxiety and
watchfulness are a direct result of Ryan's behaviour. Chloe has protected the children in many ways: she has kept
a bag packed at her sister's in Aylesford, taught Ellis to go to the neighbour, and called police on 2 May despite
Ryan's threats. Chloe has told me what makes her safer and what puts her at risk; we have agreed the safety plan
together, including that contact with Ryan will go through her solicitor, and that I will tell Ryan about the
referral myself rather than leaving it to her. Ryan has been referred to the Maidstone perpetrator programme and I
will meet him to discuss his behaviour and its impact on Ellis.""",
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 4, "partnering_safety": 4, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Specific controlling behaviours and strangulation attributed to Ryan, framed as his and parenting choices, accountability planned.",
            "non_blaming_strengths": "No blame; Chloe's protective actions listed in detail.",
            "partnering_safety": "Safety plan agreed with Chloe on her knowledge; worker takes on telling Ryan.",
            "child_harm_assessment": "Ellis's voice, hypervigilance and school impact assessed and linked directly to Ryan's behaviour.",
        },
    },
    {
        "setting": "supervision record",
        "note_type": "trained",
        "text": """Supervision - case discussion, family of Natalie Bell, Harraby Fold, Carlisle. SW summarised that
Lee Bell's behaviour is escalating: he has sent over 200 messages since separation, turned up at Natalie's work
twice and damaged her car. Discussed that this is Lee's choice and that the risk sits with him, not with Natalie's
decisions. Natalie has changed her phone number and told her manager, which shows she is taking steps. The
children (5 and 2) will be affected by living with this. Actions agreed in supervision: SW to tell Natalie she must
not allow Lee to collect the children from nursery; Natalie to apply for a non-molestation order within 14 days;
SW to request police information on Lee. Manager asked SW to invite Lee to a meeting. Case to remain at Child in
Need.""",
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 3, "partnering_safety": 2, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Specific escalating behaviours attributed to Lee and framed as his choice; not linked to parenting or fully developed.",
            "non_blaming_strengths": "Risk placed with Lee and her steps noted; the 'must not allow' instruction keeps some onus on her.",
            "partnering_safety": "Actions decided in supervision and handed to Natalie; her own steps acknowledged but not planned with her.",
            "child_harm_assessment": "Only a general statement that the children 'will be affected'.",
        },
    },
    {
        "setting": "CP conference summary",
        "note_type": "transition",
        "text": """Child Protection Conference summary - Nevaeh (6) and Alfie (4) Dobson, Grimsby. Concerns presented:
domestic abuse by Jason Price towards Stacey Dobson, including an assault in March where he punched her in front
of both children, and parental alcohol use. Conference heard that the parents have a long history of a volatile
relationship and police have attended eight times. Stacey has recently moved to her mum's in Cleethorpes with the
children and has started the Freedom Programme. Nevaeh told her teacher that "Jason shouts and mummy cries" and
drew a picture of herself hiding under the table. Alfie's nursery reports he hits other children when frustrated.
Conference agreed the children should be subject to a CP plan under the category of emotional abuse. Plan: Stacey
to continue to reside at maternal grandmother's and not to have Jason at the address; Jason to be referred to a
perpetrator programme; core group in ten days.""",
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 2, "partnering_safety": 1, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "One assault attributed to Jason and a referral, but otherwise 'parental' and 'volatile relationship' framing; no pattern.",
            "non_blaming_strengths": "Mutualising 'volatile relationship' alongside recorded strengths (move, Freedom Programme).",
            "partnering_safety": "Plan directs Stacey where to live and whom to exclude; not built with her.",
            "child_harm_assessment": "Nevaeh's words and drawing and Alfie's behaviour recorded; only partly linked to Jason's behaviour.",
        },
    },
    {
        "setting": "IDVA update",
        "note_type": "transition",
        "text": """IDVA update - client Priya Nair, Scunthorpe. Priya reports that Marcus continues to monitor her
whereabouts using location sharing on her phone and becomes angry if she goes to her cousin's. Last week he threw
her phone at the wall when she was ten minutes late home. MARAC referral made 12/09, heard 19/09. Priya wants to
stay in the home for now because her son Arjun (11) is settled at school and she is worried about losing the
tenancy; we discussed options and she has chosen to apply for an occupation order, which I am supporting with the
solicitor. She has turned off location sharing and set up a code word with her sister. Priya says the relationship
has always been "up and down" and that she sometimes "gives as good as she gets". Arjun is aware of the arguments.
Next contact Friday.""",
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 3, "partnering_safety": 4, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Monitoring, anger and phone-throwing attributed to Marcus as ongoing behaviour; not framed further.",
            "non_blaming_strengths": "Her actions recorded as strengths; worker's 'the arguments' mutualises slightly (her own words are quoted).",
            "partnering_safety": "Options discussed, Priya chose the route on her priorities, IDVA supports it.",
            "child_harm_assessment": "Arjun only 'aware of the arguments' and settled at school; no assessment of his experience.",
        },
    },
    {
        "setting": "health visitor",
        "note_type": "transition",
        "text": """Health visitor contact - new birth visit, baby Rosa (12 days), Halton Heights, Hastings. Mum Ellie
Grant lives with partner Jess Carver. During the visit Jess answered most questions for Ellie and remained in the
room when I asked to speak to Ellie alone; Ellie looked to Jess before answering. Ellie later texted to say Jess
"gets stressed" and had pushed her while she was feeding Rosa two days ago. Ellie has been keeping Rosa's cot in
her own room and asked her mum to stay over on the nights Jess drinks. Rosa feeding well, weight gain
appropriate. Ellie presents as low in mood, EPDS score 14. I am concerned about the impact of the stress in the
home on Ellie's bonding with Rosa and on Rosa's care. Advised Ellie to speak to her GP about her mood and gave her
the local DA helpline number. Referral to MASH made with Ellie's knowledge.""",
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 3, "partnering_safety": 2, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Jess's controlling conduct observed and the push recorded, but summed up as 'stress in the home'; no pattern named.",
            "non_blaming_strengths": "Ellie's protective steps (cot, her mum staying) recorded; no blame, though 'stress in the home' blurs responsibility.",
            "partnering_safety": "Advice and helpline given, referral with her knowledge rather than planned with her.",
            "child_harm_assessment": "General concern about bonding and care; Rosa's experience not assessed.",
        },
    },
    {
        "setting": "police PPN relay",
        "note_type": "messy",
        "text": """PPN rec'd 07/11 from MPS - Ealing. Caller M (Mrs Gurpreet Sandhu 58) rang 999 @ 01:20 re son Harjit
(26) - shouting, smashed TV, police att'd, H had left. M declined to make statement, said he was 'not himself' has
mental health and is stressed about job, didnt want him in trouble. Officer notes M 'minimising'. DASH med risk. C
in household = Amrit 15 (H's younger bro). Amrit was upstairs. No injuries. Prev 2x calls this yr similar. PPN to
CSC as child in hh. Rang M - says its sorted, H at his friends, she will let him come back when he's calmed down as
he has nowhere else. Told her if he keeps coming back and it happens again we will have to look at Amrit's safety.
Nfa at this stage, letter to be sent + info re Respect helpline.""",
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Harjit's shouting and smashing the TV attributed, repeat calls noted; no pattern identified or challenged.",
            "non_blaming_strengths": "Warning aimed at the mother (victim) about letting him back; her 'minimising' relayed; no strengths.",
            "partnering_safety": "Nothing planned with her; warning and NFA.",
            "child_harm_assessment": "Amrit only recorded as upstairs.",
        },
    },
    {
        "setting": "Restart session",
        "note_type": "messy",
        "text": """Restart sess 3 w/ Toni (M) - Margate. T v tired today, C1 (Lacey 9) off school w/ tummy aches again -
T thinks its since Gav left, Lacey worried he'll come back 'when he's nice again' cos thats what happens. Talked
thru Gav's pattern - T mapped it herself on the wheel: the silent treatment, then taking her keys, then the rages,
then the flowers. She sed 'I always thought it was me'. Went over what she already does to keep kids safe - moves
them to nans when G texts late, kept the screenshots, told school not to release to him. Her plan for half term, in
her words: no contact w/o solicitor, kids at nans sat, she'll ring me if he turns up. Agreed I'd link w/ school re
Lacey's tummy aches + ask ELSA to do worry work. Next wk: her choice, wants to look at finances.""",
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 4, "partnering_safety": 4, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Gav's cycle of behaviours named specifically and as his; not framed as choices or linked to parenting.",
            "non_blaming_strengths": "No blame; Toni's protective actions recorded.",
            "partnering_safety": "Plan is hers, in her words, with worker actions agreed.",
            "child_harm_assessment": "Lacey's somatic symptoms and fear of his return recorded and linked to Gav, though not assessed in depth.",
        },
    },
]
