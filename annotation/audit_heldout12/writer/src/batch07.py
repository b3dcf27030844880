# Batch 07 - written by hand by aw14, scored straight after writing, on the whole note.

NOTES = [
    {
        "setting": "family-group conference",
        "note_type": "routine",
        "text": """Family Group Conference, Scunthorpe (Crosby). Family members present: Ms Lacey Booth (mother), her
parents, her brother and sister-in-law. Children: Kai (7) and Isla (4). Mr Jordan Booth (father) attended the
information-giving stage. The social worker outlined concerns about domestic abuse incidents between the parents
and the impact of the parents' conflict on the children, and said the family needed a plan that showed Lacey
could keep the children safe. Mr Booth said he accepted things had "got heated" and that both of them had said
things they regretted. In private family time, the family proposed that Lacey's parents will have the children
every Friday and Saturday night, when most incidents have happened, and that her brother will do school runs.
Lacey asked that Mr Booth's contact happens at her parents' house; this was agreed. Plan accepted. Review in 3
months.""",
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 1, "partnering_safety": 3, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "'Incidents between the parents', 'the parents' conflict'; Mr Booth's minimising unchallenged.",
            "non_blaming_strengths": "Mutualising; onus on Lacey to show she can keep them safe; no strengths recorded.",
            "partnering_safety": "Family plan draws on her network and her contact request is adopted.",
            "child_harm_assessment": "'Impact of the parents' conflict' only in general terms.",
        },
    },
    {
        "setting": "CAMHS letter",
        "note_type": "routine",
        "text": """Dear Dr Greenwood, re: Ethan Shaw (11), Bowerham, Lancaster. Thank you for your referral. I saw Ethan
with his mother, Ms Rebecca Shaw, on 2 September. Ethan presents with low mood, difficulty getting to sleep, and
recent episodes of hitting his head against the wall when frustrated. Ethan told me that he lies awake "listening
for shouting" and that he feels "it's my fault when they fight because it's always about me". He has become
withdrawn from his friends. Ms Shaw explained that there has been a great deal of conflict between her and Ethan's
father, Mr Mark Shaw, over several years and that police had been involved. It is my impression that Ethan's
difficulties are related to the domestic violence he has been exposed to. I have advised Ms Shaw that Ethan
needs a calm and stable home and that she should consider whether the relationship is meeting his needs. Ethan
will be offered a course of sessions.""",
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "'Conflict between her and Ethan's father', 'domestic violence he has been exposed to'; Mr Shaw's behaviour never described.",
            "non_blaming_strengths": "Advice puts the relationship decision and Ethan's needs on Ms Shaw; no strengths.",
            "partnering_safety": "No safety planning.",
            "child_harm_assessment": "Ethan's experience, self-blame and symptoms assessed, but linked only to agentless 'DV'.",
        },
    },
    {
        "setting": "IDVA update",
        "note_type": "routine",
        "text": """IDVA update - client Ms Hollie Barnes, Three Bridges, Crawley. Client was referred following a MARAC
on 5 March. She confirms she has ended the relationship with Mr Dean Webb following the incident in February when
police attended. Client has been advised not to respond to any messages from Mr Webb and to contact police if he
comes to the property. Client is also aware that if she allows Mr Webb back into the home, children's services may
become involved again. Client agreed to attend the Freedom Programme. Client has kept a record of Mr Webb's
messages and she said this has helped her feel more in control; she has also arranged for her friend to stay on
Friday nights. Children (Leo 6, Chloe 3) are with client and attending school and nursery. Case to remain open
to IDVA for a further 4 weeks.""",
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 2, "partnering_safety": 2, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "'The incident in February when police attended'; Mr Webb's behaviour not described.",
            "non_blaming_strengths": "Warning aimed at her about letting him back, alongside her own protective steps.",
            "partnering_safety": "Mostly advice to her; her own arrangements noted but not built on.",
            "child_harm_assessment": "Children only in logistics (school, nursery).",
        },
    },
    {
        "setting": "probation / perpetrator-programme update",
        "note_type": "trained",
        "text": """Perpetrator programme update, Scunthorpe, for the social worker and partner support service.
Participant: Mr Lee Stainton, week 14 of 26. Lee has attended every session. This fortnight's sessions focused on
the effects of abuse on children. Lee wrote a letter, not to be sent, from the point of view of his son Owen (9).
In it he acknowledged that Owen had watched him break the bedroom door and had seen him hold Owen's mum by the
neck, and that Owen "had to be the grown-up". Lee has said for the first time that his jealousy and his checking
of Kerry's phone were his choices and not caused by anything Kerry did. Facilitators remain cautious: Lee still
describes himself as "provoked" when under stress. The partner support worker reports that Kerry feels safer, has
her own plan for if Lee's behaviour changes, and has asked that the service tells her straight away if Lee misses
a session; this has been agreed. Kerry reports Owen is less jumpy but still checks on her at night.""",
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 3, "partnering_safety": 3, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Lee's specific behaviours and his ownership tracked, remaining excuse noted and challenged; accountability work.",
            "non_blaming_strengths": "No blame; Kerry's own plan noted but her strengths little described.",
            "partnering_safety": "Her request for information agreed; her plan is hers but not developed here.",
            "child_harm_assessment": "Owen's experience explored through Lee's work and Kerry's report, not directly assessed.",
        },
    },
    {
        "setting": "health visitor",
        "note_type": "trained",
        "text": """Health visitor contact, Ormsgill, Barrow-in-Furness. Ms Kerry-Louise Tyson and twins Mia and Millie
(14 months). Kerry-Louise disclosed at the last visit that the twins' father, Mr Adam Fell, has been controlling
her: he gives her a small amount of money each week, takes the buggy to stop her going out, and told her that she
would lose the twins if she ever called the police. These are Adam's choices. Kerry-Louise has been saving the
Healthy Start money separately and has started taking the twins to the library group on his work days, where she
has made friends. She wants to leave when she has somewhere to go and asked me not to write to the house. We
agreed to meet at the children's centre, and I have made a referral to the IDVA with her. The twins are well
grown; Millie startles and cries when doors bang, and Kerry-Louise has noticed both girls go very quiet when Adam
comes in.""",
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 4, "partnering_safety": 3, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Adam's financial and movement control and threat named as his choices; no accountability route.",
            "non_blaming_strengths": "No blame; her saving, building a network and planning recorded.",
            "partnering_safety": "Contact arrangements and referral agreed with her; fuller safety plan not yet made.",
            "child_harm_assessment": "Twins' startle and going quiet when Adam comes in noted and linked to him; brief.",
        },
    },
    {
        "setting": "school DSL log",
        "note_type": "transition",
        "text": """DSL log, Hornsey, Haringey - pupil Zara Mahmood (Year 5). Zara's father, Mr Imran Mahmood, came in
to ask us to stop Zara's mother, Ms Nadia Akhtar, collecting her. He told me Nadia has hit him on several
occasions, including once with a hairbrush in front of Zara, and that she sends him dozens of messages a day
accusing him of affairs and threatening to take Zara abroad. Zara lives with her father; there is no court
order. Zara has told her class teacher she "doesn't like mummy's shouting days" and has been anxious at pick-up,
asking which parent is coming. This seems to be a very acrimonious separation and both parents need to put
Zara first. With Mr Mahmood we agreed that he will give us written pick-up arrangements and that I will contact
him if Nadia arrives unexpectedly. MASH referral made.""",
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 2, "partnering_safety": 3, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Roles reversed: Nadia's violence and threats recorded as his account, then recast as 'acrimonious separation'.",
            "non_blaming_strengths": "'Both parents need to put Zara first' mutualises; his protective step (coming in) noted implicitly.",
            "partnering_safety": "Pick-up arrangements agreed with him on his request.",
            "child_harm_assessment": "Zara's words and anxiety at pick-up recorded and tied to her mother's behaviour; brief.",
        },
    },
    {
        "setting": "IDVA update",
        "note_type": "transition",
        "text": """IDVA update, Skerton, Lancaster - client Ms Jess Moran. Jess's ex-partner, Ms Tara Fielding, continues
to contact her despite Jess asking her not to. Jess says the relationship was "full on" and that they both said
horrible things. She has now blocked Tara on all platforms. Jess wants to finish her college course and keep her
son Reuben (8) at his school, and we built her safety plan around those: she will travel to college with a
classmate, college security have a photo of Tara, and Reuben's school has been told who can collect. Jess said
Reuben has been asking why Tara "took mum's keys" and has been sleeping in Jess's bed since he saw Tara push
her in the kitchen in April; he told Jess he stays awake "so I can hear if she comes". Jess has asked whether
Reuben could have some support and I have referred him to the children's worker.""",
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 3, "partnering_safety": 4, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Tara's continued contact and push recorded, but IDVA does not name a pattern; 'both said horrible things' left as Jess's words.",
            "non_blaming_strengths": "No blame by the IDVA; Jess's actions recorded.",
            "partnering_safety": "Safety plan built around Jess's priorities (college, Reuben's school).",
            "child_harm_assessment": "Reuben's experience of Tara's behaviour (keys, push, staying awake) recorded and support sought; not assessed in depth.",
        },
    },
    {
        "setting": "police PPN relay",
        "note_type": "transition",
        "text": """PPN relay to CSC, Cumbria Police, Carlisle (Currock). Incident 14/08. Victim: Mrs Angela Robson (52).
Suspect: Mr Connor Robson (23), her son. Connor has been demanding money from his mother, has taken her car
without permission on at least five occasions, and on 14/08 he punched a hole in the door next to her head when
she refused to give him her bank card. Officers note a clear pattern of escalating financial abuse and
intimidation by Connor over the past year, with three previous reports. Mrs Robson lives with her daughter Keeley
(13). Mrs Robson declined to support a prosecution and officers recorded that she "enables" Connor by giving
him money. Keeley was in her bedroom. DASH medium risk. Officers advised Mrs Robson that she should not let
Connor stay at the address while Keeley is there.""",
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Adult son's escalating pattern of financial abuse and intimidation clearly identified and attributed.",
            "non_blaming_strengths": "Roles reversed: 'enables' recorded uncritically, advice aimed at Mrs Robson; no strengths.",
            "partnering_safety": "Advice only.",
            "child_harm_assessment": "Keeley 'in her bedroom'; not considered.",
        },
    },
    {
        "setting": "strategy-discussion minutes",
        "note_type": "messy",
        "text": """Strat disc (tel) - Margate (Northdown). TM chair, SW, DC Ferris, DSL, HV. Cs: Lexi (8), Jayden (5),
baby Ava (3m). M = Chantelle, P = Kyle (Ava's dad). Pol: Kyle arr'd last nt - headbutted C while she held Ava,
took her phone, wouldnt let her leave the flat for 2 hrs. Prev: 4 reports, 2 w/ C's previous partner. DSL: Lexi
told TA "Kyle made mummy's face bleed" + "I took Jayden under the bed". Lexi v tired, wont go to toilet alone.
HV: Ava feeding ok, C said she's been sleeping in Lexi's room w/ baby to be away from K. TM: Kyle's choices
putting all 3 at risk. C has history of poor relationships - need to look at pattern. Outcome s47 joint. SW to see
C today + work out safety plan with her - C wants to go to her sisters in Broadstairs.""",
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 2, "partnering_safety": 3, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Kyle's assault and confinement attributed and named as his choices; only this incident detailed.",
            "non_blaming_strengths": "Her protective sleeping arrangement noted, but 'history of poor relationships' blames her.",
            "partnering_safety": "Safety plan to be worked out with her, starting from what she wants.",
            "child_harm_assessment": "Lexi's words, caretaking and fear recorded and linked to Kyle; others thin.",
        },
    },
    {
        "setting": "home visit",
        "note_type": "messy",
        "text": """HV - Thornton Hth, Croydon. Seen M (Precious) + C1 Daniel (12), C2 Grace (7). Ex (Marlon) released
from prison 3 wks ago. P says he's already messaged twice via her cousin. P has: told school, got new number, kept
her alarm from last time, arranged that Daniel walks Grace home w/ his friend's mum. P says she knows what he's
like + she knows the signs. Plan - P's ideas: she wants probation told about the msgs, wants to know his licence
conditions, wants Daniel to have someone at school to talk to. Agreed I'd ring OM tmrw + ask DSL. Daniel quiet,
said he "remembers everything" + doesnt want to see Marlon. Grace drew a pic of the family w/out Marlon.
Daniel said he gets headaches when he thinks Marlon might turn up.""",
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 4, "partnering_safety": 4, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Marlon's messages via her cousin noted; his behaviour otherwise referenced only as 'what he's like'.",
            "non_blaming_strengths": "No blame; her knowledge and protective steps recorded.",
            "partnering_safety": "Plan is built from her ideas, worker actions agreed.",
            "child_harm_assessment": "Daniel's memory, wishes and headaches and Grace's drawing recorded in relation to Marlon; not analysed.",
        },
    },
]
