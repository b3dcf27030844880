# Batch 06 - written by hand by aw14, scored straight after writing, on the whole note.

NOTES = [
    {
        "setting": "health visitor",
        "note_type": "routine",
        "text": """Health visitor contact, 6-8 week check, Millmead, Margate. Baby Harper Quinn, mother Abbie Quinn (22).
Routine enquiry about domestic abuse made with Abbie alone. Abbie disclosed that she and Harper's father, Tom,
have a volatile relationship and that he had "lost his temper" two weeks ago and pushed her over while she was
pregnant with Harper. She said they have since split up and he lives in Ramsgate. Abbie has registered with a new
GP and asked her mum to be present when Tom sees Harper. We talked about who she could call, and she agreed to put
the DA helpline number in her phone. Abbie was advised that if she resumes the relationship she must consider the
risk to Harper. Harper feeding well, gaining weight, good eye contact. Information shared with GP and MASH.""",
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 2, "partnering_safety": 2, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "HV's own 'volatile relationship' framing; the push is Abbie's account and unpicked.",
            "non_blaming_strengths": "Mutualising and a warning aimed at her, with her protective steps (GP, mum present) recorded.",
            "partnering_safety": "Talked about who she could call and she agreed a small step; not a plan built with her.",
            "child_harm_assessment": "Physical health only; no consideration of Harper's exposure in pregnancy or since.",
        },
    },
    {
        "setting": "supervision record",
        "note_type": "routine",
        "text": """Supervision record - Scunthorpe (Westcliff) - family of Sophie Lyons, children Evie (8), Jack (5).
SW reported that there had been two further domestic incidents since the last supervision, both after Sophie
and her partner Kieran had been drinking, and that Kieran had been arrested on the second occasion for assault
and released on bail. Kieran has a caution for assault on a previous partner. Sophie has told the SW she will
not be supporting a prosecution. Manager noted that Sophie has been given clear advice on a number of occasions
and that the children continue to be exposed. Agreed: SW to update the written agreement with Sophie, which will
now include that she must not drink when the children are in her care and must inform the SW if Kieran has any
contact; to consider escalation to ICPC if there is a further incident. Children not discussed.""",
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Arrest and previous caution attributed to Kieran, but incidents framed around both drinking; no pattern.",
            "non_blaming_strengths": "'Given clear advice', non-support of prosecution, agreement binding her; no strengths.",
            "partnering_safety": "Written agreement imposed on her.",
            "child_harm_assessment": "'Children continue to be exposed'; not discussed.",
        },
    },
    {
        "setting": "Restart session",
        "note_type": "trained",
        "text": """Restart session 4 - Ms Sinead Doyle, Southall, Ealing. Sinead brought the timeline she had started
last week. Together we traced Declan's pattern: he began by criticising her cooking and friends, then took over
the family's finances, then began checking her phone, and since 2023 has pushed and slapped her, most recently
in front of Aoife (8) and Rory (5). Declan chose each of these steps, and his choice to hurt Sinead in front of
the children is a parenting choice. Aoife has told Sinead she feels she has to be "extra good" so daddy doesn't
get cross, and Rory has started to wet himself at school on Mondays after weekend contact. Sinead and I looked at
how Aoife's "being good" is a way of managing her fear of Declan. However, Sinead needs to stop discussing the
case with Declan's sister, as this is putting the children at risk. Plan: Sinead to keep a contact diary, and we
agreed she would lead on asking school for a key adult for Rory.""",
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 2, "partnering_safety": 3, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Escalating pattern traced and named as Declan's choices and parenting choice.",
            "non_blaming_strengths": "Her work on the timeline is there, but the worker's 'needs to stop... putting the children at risk' blames her; strengths not recorded as such.",
            "partnering_safety": "Plan partly hers (school key adult) and partly a task set for her.",
            "child_harm_assessment": "Both children's experience of Declan's behaviour assessed, including Aoife's fear-driven compliance.",
        },
    },
    {
        "setting": "home visit",
        "note_type": "trained",
        "text": """Home visit, Ingoldmells, near Skegness. Seen: Ms Carly Noble and Jacob (11). Carly's former partner,
Ms Dani Price, moved out in March after Carly ended the relationship. Carly told me that over two years Dani had
decided who Carly could see, monitored her social media and told her nobody else would want a woman "with a kid
in tow"; in January Dani slapped her during an argument about Carly's sister visiting. Carly has told the
caravan-park manager not to let Dani on site, changed her passwords and has a friend walk her home after late
shifts. We worked through the safety plan together, starting from what Carly already does, and added the
things she asked for: a Clare's Law application and a letter to Jacob's school. Jacob says he is "glad it's just
us now" and is sleeping better. He told me he used to stay in his room when Dani was "in a mood". I will see him
again in a fortnight.""",
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 4, "partnering_safety": 4, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Dani's controlling behaviours named specifically; 'during an argument' framing left and no accountability.",
            "non_blaming_strengths": "No blame; Carly's protective actions recorded.",
            "partnering_safety": "Safety plan built from what she already does and what she asked for.",
            "child_harm_assessment": "Jacob's voice and past avoidance linked to Dani's moods; brief.",
        },
    },
    {
        "setting": "school DSL log",
        "note_type": "trained",
        "text": """DSL log, Tovil, Maidstone - Year 6 pupil Niamh Kelly. Niamh's mother, Ms Siobhan Kelly, asked to meet
me after a police Encompass notification. Siobhan explained that her ex-partner has been harassing her since she
left and that police were called again at the weekend. She has a non-molestation order, has given us a copy, and
asked that Niamh is never released to him. Siobhan asked for school to help Niamh, who has been waking at night
and saying she is worried her mum will "get hurt when I'm at school". We agreed together that Niamh can text her
mum at lunchtime from the office phone, that Mr Hale (class teacher) will be her trusted adult, and that Siobhan
will let me know about any court dates so we can plan. In class Niamh has been distracted and tearful, and her
writing has gone from confident to very short. I have shared this with Siobhan and the social worker, and we
will review with Niamh herself in two weeks.""",
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 4, "partnering_safety": 4, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Ex-partner's harassment named only generally; no specific behaviour or pattern.",
            "non_blaming_strengths": "No blame; Siobhan's protective steps recorded.",
            "partnering_safety": "School arrangements agreed with her on her request and knowledge.",
            "child_harm_assessment": "Niamh's worry, sleep and learning assessed against what she is living with; to be reviewed with her.",
        },
    },
    {
        "setting": "CAMHS letter",
        "note_type": "transition",
        "text": """Dear Dr Patel, re: Harry Sutcliffe (10), Brunshaw, Burnley. I saw Harry with his mother, Mrs Jo
Sutcliffe, on 9 June for assessment of angry outbursts at school. Harry described his stepfather, Mr Glen Ward,
as "nice when people are round" but said that at other times he shouts at his mum, calls her names and once
pinned her against the fridge. Harry said he "tries to get in the middle" and has been hit on the arm doing so.
I think Harry's outbursts are best understood as his response to Mr Ward's behaviour and to the role he has taken
on as his mother's protector. Mrs Sutcliffe told me she has been thinking about leaving and has spoken to her
sister. I have advised her that Harry's needs must come first and that she should contact the children's
services duty team; I have also made a safeguarding referral. I will offer Harry six sessions.""",
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 2, "partnering_safety": 1, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Stepfather's specific behaviours, including hitting Harry, identified from Harry's account and used in formulation.",
            "non_blaming_strengths": "Her thinking about leaving noted, but 'Harry's needs must come first' implies she has not put them first.",
            "partnering_safety": "Advice and referral, nothing planned with her.",
            "child_harm_assessment": "Harry's outbursts formulated as his response to Mr Ward's behaviour and his protective role.",
        },
    },
    {
        "setting": "case closure summary",
        "note_type": "transition",
        "text": """Case closure, Deptford, Lewisham - the Mensah-Clarke family. The case was opened after Ms Aisha Clarke
disclosed that her partner, Mr Samuel Mensah, had been controlling her contact with her family, taking her
wages and threatening to have the children removed if she told anyone. Ms Clarke asked Mr Mensah to leave in
January and he now has supervised contact at a centre. Over the last three months the worker and Ms Clarke have
met fortnightly and drawn up a safety plan she says she is confident with, including a code word with her mother
and a contact arrangement with the school. The worker notes that the couple's communication has improved and
that they are able to co-parent more amicably. Children are reported to be doing well. Closure agreed with Ms
Clarke; she knows how to re-refer.""",
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 2, "partnering_safety": 3, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Mr Mensah's coercive behaviours named at the start; later mutualised as 'the couple's communication'.",
            "non_blaming_strengths": "Her action noted, but the co-parenting framing recasts abuse as a shared communication problem.",
            "partnering_safety": "Safety plan drawn up with her over several meetings; closure agreed with her.",
            "child_harm_assessment": "'Doing well'; no assessment.",
        },
    },
    {
        "setting": "duty / out-of-hours",
        "note_type": "messy",
        "text": """Duty - Grimsby (Yarborough). 16:40 call from C (Kaitlyn 14) via school - says stepdad Gaz "went
mental" at mum last nt, dragged her by her hoodie out the front door + locked her out, kept C's little bros (6,
3) in. Kaitlyn says he does this when mum wants to see her mates, takes mums phone + says she cant go. K had to
ring her nan. Spoke to M (Jodie) - confirmed, said she didnt ring police as Gaz said he'd "make sure the kids go
in care". J at nans now w/ all 3 kids. J said she wants to stay at nans + doesnt know what to do about the
house. Pol informed, Gaz arrested 18:20. K said she's scared to go to school tmrw in case he's waiting. Agreed w/
school K can go in via side entrance + stay in pastoral. Allocated SW to visit tmrw am.""",
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 3, "partnering_safety": 2, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Stepfather's assault, lock-out, control of phone and threat about care recorded as his repeated behaviour; police action.",
            "non_blaming_strengths": "No blame; her reasons for not calling police recorded; strengths implicit (going to nan's).",
            "partnering_safety": "Her wishes heard but no plan with her yet; school plan made around Kaitlyn.",
            "child_harm_assessment": "Kaitlyn's account, fear and her role in getting help recorded; younger boys not considered.",
        },
    },
    {
        "setting": "Early Help review",
        "note_type": "messy",
        "text": """EH rev - Skeg (Seathorne). Present M (Roxanne), FSW, school. Dad (Nathan) didnt come. Rox says house
been calmer, N works away Mon-Thu now. Rox been doing the Freedom prog + says its "opened her eyes". Told FSW she
now has a plan for weekends: kids (Bella 9, Alfie 4) go to her mums Sat if N's been drinking, she keeps car keys
on her, has told her neighbour Pat to ring pol if she hears shouting. Rox wants help w/ a solicitor re the house.
Agreed FSW to go w/ her to CAB tues. School - Bella "fine", attendance ok. Discussed that there has been no
further incidents reported. Next rev 8 wks.""",
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 3, "partnering_safety": 4, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Nathan appears only as absent, working away and 'drinking'; no behaviour named.",
            "non_blaming_strengths": "No blame; her plan and learning recorded, though only briefly framed.",
            "partnering_safety": "Plan is Roxanne's own and the FSW supports what she asks for.",
            "child_harm_assessment": "Bella 'fine', attendance; nothing on the children's experience.",
        },
    },
    {
        "setting": "assessment analysis",
        "note_type": "messy",
        "text": """DRAFT analysis (to tidy) - Carlisle (Morton). C = Kyra 13. M = Louise. Mums ex Andy (not Kyra's
dad) still turning up - since split in Feb hes sent 100+ msgs, slashed M's tyres (pol ref), told Kyra on snapchat
that her mum is a "psycho" + that Kyra should come live with him. Andy's doing this to keep control of Louise
thru Kyra - same as he did in the rel (isolating her from her family). Kyra says she's "not bothered" but school
report her grades have dropped + shes been self harming (CAMHS ref open). M has blocked him everywhere she can,
changed locks, went to pol re tyres. M told me what she thinks would help - wants Kyra to have someone to talk to
+ wants police to deal w/ the snapchat - plan agreed w/ M on both. NB need to see Kyra on own re Andy's msgs.""",
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 3, "partnering_safety": 4, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Andy's post-separation control, including via Kyra, identified as continuing his relationship pattern.",
            "non_blaming_strengths": "No blame; her steps listed, not framed further.",
            "partnering_safety": "Plan agreed with Louise on what she thinks would help.",
            "child_harm_assessment": "Kyra's drop in grades and self-harm noted, but her experience not yet explored and 'need to see Kyra'.",
        },
    },
]
