# Batch 05 - written by hand by aw14, scored straight after writing, on the whole note.

NOTES = [
    {
        "setting": "home visit",
        "note_type": "routine",
        "text": """Unannounced home visit, Fenside, Boston. Present: Ms Dominika Zielinska and Oliwia (7). Ms
Zielinska's partner, Mr Piotr Baran, was at work. This visit follows a police report of a domestic incident on
12 October in which Ms Zielinska sustained a bruised cheek. Ms Zielinska said they had both been drinking at a
friend's party and it got out of hand on the way home. She said it was a one-off and that Piotr is a good man
who has been under pressure at work. The home was clean and Oliwia had her own room with age-appropriate toys. I
asked Ms Zielinska what she would do if something similar happened again. She said she would take Oliwia to her
friend Marta's in Fishtoft and ring the police, and she has Marta's number saved under a different name. Ms
Zielinska was advised to reduce her alcohol intake and to consider the impact on Oliwia of seeing her parents
argue. Oliwia was at school during the visit. Case to be discussed with manager.""",
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 1, "partnering_safety": 2, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Injury agentless, 'both been drinking', 'got out of hand'; Piotr's excuse ('one-off', 'pressure') recorded without challenge.",
            "non_blaming_strengths": "Advice to her about her drinking and Oliwia 'seeing her parents argue'; no strengths named as such.",
            "partnering_safety": "Her own plan (Marta, code name) asked about and recorded, but not developed with her.",
            "child_harm_assessment": "Oliwia's room and toys only; her experience not considered.",
        },
    },
    {
        "setting": "Early Help review",
        "note_type": "routine",
        "text": """Early Help review, Walney, Barrow-in-Furness. Present: Mum (Stacey Rigg), Family Support Worker,
Head of Year 7, school nurse. Lucas (12) attended the first part. Since the last review there has been a police
call to the home when mum's partner, Craig, smashed the kitchen window after an argument. Mum says they are
working through things and Craig is "trying". Lucas told the meeting he "hates it" when they fight and that he
goes to his friend's so he doesn't have to hear it; the school nurse said Lucas has been coming to her with
stomach pains and has lost weight since September, and his attendance has dropped to 84%. Lucas said he worries
about leaving his little sister at home. Mum was reminded that she needs to put the children first and not have
arguments in front of them. Actions: FSW to do "healthy relationships" work with mum and Craig together; Lucas to
see school counsellor; review in 6 weeks.""",
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "One act (window) attributed to Craig, framed as 'after an argument'; nothing further.",
            "non_blaming_strengths": "'Put the children first', 'arguments'; couple work offered; no strengths.",
            "partnering_safety": "Joint couple work imposed; no safety planning.",
            "child_harm_assessment": "Lucas's voice, avoidance, weight loss and worry for his sister recorded; not linked to Craig.",
        },
    },
    {
        "setting": "school DSL log",
        "note_type": "routine",
        "text": """DSL record, Acton, Ealing - pupil Samuel Greene (Year 2). Dad (Mr Tony Greene) came to see me at the
end of the day and asked for a meeting. He said his partner, Samuel's stepmother Michelle, had been shouting at
him a lot and that last night she threw his phone and keys out of the window so he couldn't go to his brother's.
He said it was the stress of her new job. Samuel was in the meeting room with us playing and did not comment.
Told Dad that arguments at home can be upsetting for children and that he should make sure Samuel is not present
if they argue. I asked whether he had somewhere he could go if things got worse and he said his brother in
Southall, and we agreed I would phone him if Samuel seemed upset at school. Samuel's class teacher reports he has
been fine in class. To log and monitor.""",
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 1, "partnering_safety": 2, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Roles reversed: Michelle's controlling act is his report, explained as 'stress'; DSL calls it 'arguments'.",
            "non_blaming_strengths": "Father (victim) told to keep Samuel away from 'arguments'; no strengths.",
            "partnering_safety": "A small agreed step (phone call, brother's address); not a plan.",
            "child_harm_assessment": "Samuel present and 'fine in class'; no assessment.",
        },
    },
    {
        "setting": "IDVA update",
        "note_type": "trained",
        "text": """IDVA update - Ms Bukola Adeyemi, Wood Green, Haringey. Bukola has now been in the refuge for three
weeks with Tobi (9) and Kemi (4). She described last night as the first night she slept through. She has made
her own list of what worked before and what she wants now, and we used it for her safety plan: she wants to keep
Tobi at his school because it is his "safe place", so we agreed with the school that his pick-up password is
changed and that the office will call her and me if her ex-husband attends. She chose to report the messages and
we will do the statement together on Tuesday. Bukola has been doing a great deal to keep the children safe, often
without anyone noticing, including planning the move around Kemi's nursery. Tobi has asked her whether his dad
is still angry and is sleeping in her bed. Next contact Tuesday.""",
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 4, "partnering_safety": 4, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Ex-husband's messages and possible attendance referred to, but his behaviour is not described or named as a pattern.",
            "non_blaming_strengths": "No blame; her protective work recognised specifically.",
            "partnering_safety": "Safety plan built from her own list and priorities.",
            "child_harm_assessment": "Tobi's question and sleeping in her bed noted; not assessed or linked.",
        },
    },
    {
        "setting": "strategy-discussion minutes",
        "note_type": "trained",
        "text": """Strategy discussion, Grimsby (East Marsh). Present: TM (chair), SW, DC Lowe, DSL, health visitor.
Children: Harley (7) and Ivy (10 months) Kemp. Mother: Chelsea Kemp. Partner: Ben Holt. Police: Ben was arrested
on 1 August for assaulting Chelsea while she was holding Ivy; he punched her in the side of the head and Ivy fell
onto the sofa. This is the latest in a pattern: two previous calls where Ben prevented Chelsea leaving the flat,
and intelligence that he controls her benefits. Ben's decision to hit Chelsea while she held their baby shows a
serious disregard for Ivy's safety. DSL: Harley told his teacher "Ben hit mummy and Ivy went flying" and has been
drawing the police car. HV: Ivy has a small bruise behind her ear, Chelsea brought her to clinic herself the next
morning. Outcome: s.47, joint. Actions: police to seek remand; SW to visit Chelsea today and agree a safety plan;
medical for Ivy. Chelsea to be told she must not allow Ben any contact with the children.""",
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 3, "partnering_safety": 2, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Specific pattern attributed to Ben, his decision linked to Ivy's safety, police action.",
            "non_blaming_strengths": "Her bringing Ivy to clinic recorded; last line puts contact duty on her.",
            "partnering_safety": "'Agree a safety plan' intended but the closing directive is imposed.",
            "child_harm_assessment": "Harley's words, drawing and Ivy's injury linked to Ben; limited analysis of their experience.",
        },
    },
    {
        "setting": "court statement summary",
        "note_type": "transition",
        "text": """Summary of social work statement, Carlisle Family Court, re: Jacob (6) Armstrong. Mr Scott Armstrong
has been abusive towards Ms Natasha Reid throughout their relationship. He has controlled where she goes, taken
her phone, made her account for money spent on food, and in 2024 he held her by the throat against the bedroom
wall. These were his choices, and he has told me he "had to keep her in line". Jacob has told his teacher that
"daddy gets mad at mummy for spending" and flinches when men raise their voices near him. I am concerned that Ms
Reid has returned to Mr Armstrong twice after leaving and that she has not always been open with professionals
about his visits, which has undermined the safety plan. The local authority asks the court to make a
prohibited steps order and for Ms Reid to enter a written agreement not to allow Mr Armstrong into the home.""",
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Detailed pattern of control and violence attributed to Mr Armstrong as his choices.",
            "non_blaming_strengths": "Blames her for returning and for undermining the plan; no strengths.",
            "partnering_safety": "Written agreement imposed on her.",
            "child_harm_assessment": "Jacob's words and flinching tied to his father's behaviour, briefly.",
        },
    },
    {
        "setting": "police PPN relay",
        "note_type": "transition",
        "text": """PPN relayed to CSC front door, Kent Police, Maidstone (Park Wood). Incident 27/05, 22:50. Victim:
Gemma Hayes (28). Suspect: Liam Fry (30), ex-partner. Liam attended Gemma's address uninvited after she ended the
relationship two weeks ago, kicked the door and shouted threats through the letterbox. Officers note this is the
third time he has come to the address since the separation and that he has been sending her repeated messages
accusing her of seeing other men. Gemma has kept the messages and gave them to officers. Liam arrested for
criminal damage and harassment. Gemma told officers she had been "giving him mixed messages". Officers advised
Gemma to stop replying to Liam. Children in household: Ruby (3), asleep. DASH high risk, MARAC referral made.""",
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 2, "partnering_safety": 1, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Liam's repeated post-separation visits, threats and messages attributed and arrested for harassment.",
            "non_blaming_strengths": "Evidence-keeping noted; officers' advice to her to stop replying implies shared responsibility.",
            "partnering_safety": "Only advice to Gemma; no plan.",
            "child_harm_assessment": "Ruby 'asleep'; nothing more.",
        },
    },
    {
        "setting": "home visit",
        "note_type": "transition",
        "text": """Home visit, Burnley Wood. Seen: Mr Khalid Hussain (64), his wife Mrs Nasreen Hussain, and their
grandson Ayaan (9), who lives with them under an SGO. The referral relates to their adult daughter, Sana (32),
Ayaan's mother, who visits and has been taking money from Mr Hussain's pension, has pushed him in the street and
on 4 April locked him out while Ayaan was inside. Mr and Mrs Hussain said Sana has been unwell and using drugs and
that this is "family business". They have, however, stopped giving Sana a key and arranged for the school to ring
them if she tries to collect Ayaan. Ayaan told me he likes living with his nana and grandad but hides in his room
"when Mum shouts at grandad" and doesn't want to see her until she is "better". I said I would speak to Sana. The
grandparents are reluctant to involve police.""",
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 3, "partnering_safety": 2, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Adult daughter's financial abuse and assaults listed in the referral, then explained as illness and drugs without challenge.",
            "non_blaming_strengths": "Roles reversed: grandparents' protective steps recorded without blame; their reluctance noted neutrally.",
            "partnering_safety": "Their own steps acknowledged; worker will speak to Sana; no plan built with them.",
            "child_harm_assessment": "Ayaan's voice, hiding and wishes recorded and tied to his mother's shouting.",
        },
    },
    {
        "setting": "housing officer",
        "note_type": "messy",
        "text": """Housing Opts - Hastings. Walk-in: Ms Tamsin Gray w/ baby (Lola 8m) + C1 Max (6). T fled last night
from partner Rhys at Ore flat - says he's been getting worse since baby, smashed her phone, wont let her out w/o
him, last nt held her arm + wouldnt let her leave the bedroom. Max was in the lounge, heard it. T got out when R
went for a smoke - went to her friend's then came here. T v clear she doesnt want to go back + wants to stay near
Max's school (St Leonards). Talked thru options: refuge (out of area) vs B&B local - T chose B&B local for now +
refuge ref as backup. Sorted TA tonight Bexhill Rd. T gave consent to share w/ CSC + IDVA. T has her meds, babys
red book, Max's uniform - had a bag ready at friend's.""",
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 4, "partnering_safety": 4, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Rhys's escalating control and restraint described as his behaviour; not framed further.",
            "non_blaming_strengths": "No blame; her escape and prepared bag recorded as strengths.",
            "partnering_safety": "Options discussed and her choice followed, with backup.",
            "child_harm_assessment": "Max heard it; no further assessment.",
        },
    },
    {
        "setting": "CP conference summary",
        "note_type": "messy",
        "text": """ICPC notes (draft for minutes) - Croydon (New Addington). C: Tyler-Jay (5), Mya (2). M: Courtney.
F: Reece (not attending, in custody). Pol: 6 call outs since 2023, last one Reece strangled M in front of both
kids, M rang 999 herself + took kids to nans. SW: M has been drinking heavily since + missed 2 appts, M "needs to
stop letting Reece's family in", they report back to him. Nursery: Mya v clingy, startles at door buzzer, not
saying new words. School: T-J drawing Reece w/ "angry hands", told TA he "has to check mummy is breathing" at
night. M said at conf she feels blamed. Outcome: CP plan emotional abuse. Plan: M to engage w/ alcohol service + not
have Reece's family at the house; SW to do direct work w/ T-J.""",
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "The strangulation is attributed to Reece and call-outs counted, but no pattern identified and plan has nothing for him.",
            "non_blaming_strengths": "Her 999 call and taking the children to safety are mentioned, but the SW's framing and plan blame her ('needs to stop letting').",
            "partnering_safety": "Plan imposed on her.",
            "child_harm_assessment": "Both children's responses to Reece's violence recorded in detail (checking mum is breathing, 'angry hands', startle), but not assessed.",
        },
    },
]
