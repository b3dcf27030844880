# Batch 04 - written by hand by aw14, scored straight after writing, on the whole note.

NOTES = [
    {
        "setting": "strategy-discussion minutes",
        "note_type": "routine",
        "text": """Strategy discussion, Haringey (Tottenham Hale). Chair: TM. Present: SW, PC Bryant (MASH police),
DSL Broadwater Primary. Child: Marcus Jallow (8). Mother: Fatou Jallow. Stepfather: Neil Carter. Referral: Marcus
disclosed at school that there was "a big fight" at home on Sunday and that his mum had "a bleeding nose". Police
confirm attendance on Sunday, both adults intoxicated, Fatou did not support a prosecution. DSL: Marcus has been
withdrawn for several weeks, has stopped eating his lunch and told the learning mentor he "doesn't want to go
home when Neil's there" and is scared his mum will "get taken away". Discussion: mother has stayed in the
relationship despite previous involvement in 2023; both adults' drinking a concern. Mother has attended all
previous meetings and has kept Marcus's school informed in the past. Outcome: s.47 enquiry, single agency (CSC).
SW to visit with a written agreement for both adults to not drink when Marcus is home.""",
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 2, "partnering_safety": 1, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "'A big fight' (child's words) and 'both adults intoxicated'; Neil's behaviour not identified.",
            "non_blaming_strengths": "'Stayed in the relationship' and withdrawal of support blame; some engagement strengths recorded.",
            "partnering_safety": "Written agreement on drinking imposed on both adults.",
            "child_harm_assessment": "Marcus's withdrawal, eating, fear of Neil and worry for his mother recorded in detail; not fully analysed.",
        },
    },
    {
        "setting": "court statement summary",
        "note_type": "routine",
        "text": """Summary of social work evidence for care proceedings (interim hearing), North Lincolnshire, re:
Maisie (4) and Logan (2) Turner, Scunthorpe. The children's mother, Ms Jade Turner, has been in a relationship
with Mr Lewis Parkin for three years, during which time there have been fourteen police call-outs for domestic
incidents. On 19 January Mr Parkin was arrested after Ms Turner was found with facial injuries; he was released
under investigation. Despite a Child Protection plan since May and a written agreement that Mr Parkin would not
attend the home, Mr Parkin was found at the property on two unannounced visits. Ms Turner has failed to
prioritise the children's safety over her relationship and has not engaged with the Freedom Programme. Maisie's
nursery reports delayed speech and that she flinches at raised voices. The local authority's position is that
the children cannot be kept safe in Ms Turner's care at this time.""",
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Arrest and presence at home attributed to Mr Parkin, but no behaviour pattern identified; injuries agentless.",
            "non_blaming_strengths": "'Failed to prioritise', 'not engaged'; no strengths.",
            "partnering_safety": "Agreement imposed on her; no planning.",
            "child_harm_assessment": "Maisie's speech and flinching noted without linking to his behaviour.",
        },
    },
    {
        "setting": "CP conference summary",
        "note_type": "trained",
        "text": """Review Child Protection Conference, Lancaster (Marsh). Children: Grace (12), Oscar (9) Pennington.
Mother: Michelle Pennington. Father: Carl Pennington (attended part one). Carl's pattern of behaviour was set out:
monitoring Michelle's phone, controlling the family's money, and two assaults, the most recent in February when
he pushed Michelle down the stairs in front of Oscar. Carl has chosen to continue sending Michelle derogatory
messages since separation, some through Grace's phone. Grace told her SW she "feels like a spy" and has stopped
seeing friends after school to be at home with her mum; Oscar has nightmares and has started hitting his mum when
angry, using words Carl used. Michelle has kept the children at the same schools, obtained a non-molestation
order, and asked that Grace's phone be changed. Conference heard from Michelle what she thinks keeps the children
safe and the plan was built around this, with Carl's actions set out separately: attend the Caring Dads
programme and have no indirect contact through the children.""",
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 4, "partnering_safety": 4, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Specific, consistent pattern attributed to Carl with choices named and separate accountability actions.",
            "non_blaming_strengths": "No blame; Michelle's protective steps recorded.",
            "partnering_safety": "Plan built around Michelle's account of what keeps the children safe.",
            "child_harm_assessment": "Each child's experience of Carl's behaviour, including being used in it, assessed.",
        },
    },
    {
        "setting": "case closure summary",
        "note_type": "trained",
        "text": """Case closure summary, Shepway, Maidstone. Ellie (11) and Noah (8) Barrett. The case opened in
November after Mr Jason Barrett strangled Ms Kim Barrett and threatened to kill her if she left. Mr Barrett's
abuse had included years of insults about her weight, taking her wages and deciding when she could see her
family, and these were his choices. He is now on bail with conditions and has moved to Chatham. Ellie described
to me how she used to take Noah to her room and turn the TV up, and said she feels "lighter" now; she is still
wary of men who shout and has accepted counselling at school. Noah's teacher reports he is more settled but still
asks whether his dad is "coming back to hurt mummy". Ms Barrett ended the relationship and has been honest with
both children about why. The closure plan: Ms Barrett to continue with the IDVA and to let the school know of any
change in bail; the family to be signposted to Early Help if needed.""",
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 3, "partnering_safety": 2, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "His pattern named and framed as his choices; no accountability work beyond bail.",
            "non_blaming_strengths": "No blame; strengths noted but briefly.",
            "partnering_safety": "Closure plan lists tasks for her rather than being built with her.",
            "child_harm_assessment": "Both children's experience and continuing effects of his behaviour assessed.",
        },
    },
    {
        "setting": "duty / out-of-hours",
        "note_type": "trained",
        "text": """Out-of-hours, 21:15, Hindpool, Barrow-in-Furness. Call from Mrs Valerie Dodd (61), who is kinship
carer for her granddaughter Lily (10). Her son Jamie (34), Lily's uncle, arrived drunk demanding money and, when
she refused, punched the wall beside her head and took her purse. Mrs Dodd reports this is the fourth time since
Christmas that Jamie has come demanding money and that he threatens to tell "the social" she cannot cope so that
Lily will be taken away. I was clear with Mrs Dodd that Jamie's behaviour is his responsibility and that his
threats are a way of controlling her. She had already taken Lily upstairs, locked the door and called police,
who arrested Jamie. We agreed she would not let him in again and that I would ask the day team to help her with a
non-molestation order, which she wants. Lily spoke to me briefly: she said she was "scared for Nana". Day team to
follow up with Lily.""",
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 4, "partnering_safety": 3, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Adult son's repeated extortion, violence and threat about Lily named as a controlling pattern and his responsibility.",
            "non_blaming_strengths": "Roles reversed: Mrs Dodd's protective actions recorded; explicitly not blamed.",
            "partnering_safety": "Short plan agreed with her on what she wants; limited at OOH.",
            "child_harm_assessment": "Lily's fear recorded in one line; assessment deferred.",
        },
    },
    {
        "setting": "CAMHS letter",
        "note_type": "transition",
        "text": """Dear Ms Harrison, re: Freya Cole (15), Skegness. Thank you for referring Freya, whom I assessed on 4
March with her mother, Ms Donna Cole. Freya presents with panic attacks, poor sleep and school refusal since
January. Freya told me that her mum's partner, Nicola, "goes off" at her mum most nights, checks where her mum has
been and once broke her mum's phone. Freya said she stays awake until Nicola is asleep and cannot concentrate at
school because she is worried about what is happening at home. In my view Freya's anxiety is closely bound up
with her experience of Nicola's behaviour towards her mother and her sense of needing to stand guard. When I
raised this with Ms Cole, she said things are difficult between her and Nicola but it is "not that bad". Ms Cole
will need to consider the impact of the home environment on Freya's mental health. I have offered Freya six
sessions.""",
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 2, "partnering_safety": 1, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Nicola's behaviour is in Freya's words and the formulation, but the clinician then frames it as 'the home environment'.",
            "non_blaming_strengths": "Responsibility for 'the home environment' put on Ms Cole; no strengths, but no harsher blame.",
            "partnering_safety": "No safety planning with Ms Cole.",
            "child_harm_assessment": "Freya's experience of Nicola's behaviour and its effect on her formulated clearly.",
        },
    },
    {
        "setting": "Restart session",
        "note_type": "transition",
        "text": """Restart session 5 - Ms Amara Phillips, Lewisham (Bellingham). Amara arrived early and said she wanted
to use the session to plan for her son Tyrell's 5th birthday, as his father Jordan has said he will "be there
whatever". Amara described Jordan turning up unannounced in the past, waiting outside the nursery and once
following her home. We worked through her options and she decided to hold the party at her aunt's in Catford,
tell only close family the address, and have her cousin on the door. She will screenshot any messages. We also
discussed how the relationship had been toxic on both sides and that Amara has found it hard to stop responding
to Jordan's messages, which keeps the conflict going. Amara said she feels stronger than at the start. Next
session: she wants to look at her own anxiety.""",
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 2, "partnering_safety": 4, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Jordan's turning up and following recorded, but later 'toxic on both sides' and 'the conflict' undo it.",
            "non_blaming_strengths": "Worker's mutualising and implying her replies keep it going, alongside her recorded strength.",
            "partnering_safety": "Party safety plan decided by Amara on her options and knowledge.",
            "child_harm_assessment": "Tyrell only the occasion for the plan.",
        },
    },
    {
        "setting": "supervision record",
        "note_type": "messy",
        "text": """Supvn 14/5 - Grimsby East team. Case: Leanne Cross + kids (Jayden 10, Kacey 6). SW update: Dad (Ricky)
back on scene, M says hes changed + done a course in prison. M says she's not back w/ him but he's been stopping
over "for the kids". Ricky's hist - 2 conv for ABH on M, breach of RO 2021. SW worried M being naive + going back
again. TM - need to see what Ricky's doing now, not just M. Kids: school say Jayden more angry last 2 wks, Kacey
fine. Agreed: SW to see Ricky + ask what he did on the course + what he'd do diff; SW to see M on own + talk thru
what she's noticed since he's been stopping + what she wants; SW to see Jayden at school. Rev 4 wks.""",
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 2, "partnering_safety": 3, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Ricky's convictions and breach recorded and manager shifts focus onto what he is doing now, with accountability action.",
            "non_blaming_strengths": "'Naive + going back again' blames her; TM redirects, but no strengths recorded.",
            "partnering_safety": "Plan to hear what she has noticed and wants; not yet built with her.",
            "child_harm_assessment": "Jayden's anger noted and a visit planned; not assessed.",
        },
    },
    {
        "setting": "family-group conference",
        "note_type": "messy",
        "text": """FGC notes - Crawley (Bewbush). Family: M (Kirsty), C1 Mason (6), C2 Evie (3), Kirsty's mum Pauline,
Kirsty's dad Roy (lives w/ them since his op). Referral re Roy's behaviour to Kirsty - shouting, calling her
useless in front of kids, threw a plate at her Xmas day, Mason hid in the bathroom. Roy not at FGC by agreement.
Mason told his advocate he's scared of grandad's "loud voice" + doesn't want to eat tea when grandad is home,
Evie copying grandad's words to mum. Kirsty said she's scared to make her dad move out as he's not well + her mum
would be alone w/ him. Family plan: Pauline + Roy to move back to their flat when Roy's rehab ends (June); til then
Kirsty's bro to have kids for tea 3 nights; Kirsty to ring Pauline if Roy starts. Kirsty said "I've been
holding it together for everyone". SW + coordinator to talk to Roy about what the kids have said.""",
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 3, "partnering_safety": 3, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Roy's specific behaviours named as the reason for referral and to be raised with him; not framed as pattern or choice.",
            "non_blaming_strengths": "No blame; her dilemma and coping heard, strengths only implicit.",
            "partnering_safety": "Family plan shaped around Kirsty's concerns; Pauline's safety not addressed.",
            "child_harm_assessment": "Mason's fear, eating and Evie's copying recorded as the children's experience of Roy's behaviour, to be put to him.",
        },
    },
    {
        "setting": "probation / perpetrator-programme update",
        "note_type": "messy",
        "text": """Probation contact note - Carlisle. PoP: Darren Wilson, licence + BBR. Att'd 11:00. D says ex (Kayla)
is "winding him up" by not letting him see his daughter Ava (5). Challenged D - Ava's contact stopped bc of his
threats to Kayla in Dec, not bc of Kayla. D admitted sending the msgs but said he "didn't mean them". D also
drove past K's house twice last wk (police intel). Spoke about how Ava would feel seeing dad's car outside every
day - D went quiet. Warned D re licence conditions - exclusion zone. Kayla - not in contact w/ probation, police
say she has been "uncooperative" + may be letting D have contact behind CSC's back. Info shared w/ SW. D next appt
2/4. BBR session 7 next wk.""",
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 2, "partnering_safety": 1, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Darren's excuse challenged, threats and drive-bys identified as his continuing behaviour, held to licence.",
            "non_blaming_strengths": "Officer defends Kayla against his excuse, but relays and adds police suspicion of her without challenge; no strengths.",
            "partnering_safety": "No contact or planning with Kayla.",
            "child_harm_assessment": "Ava's feelings raised only as a prompt to Darren; not assessed.",
        },
    },
]
