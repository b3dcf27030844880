# Batch 03 - written by hand by aw14, scored straight after writing, on the whole note.

NOTES = [
    {
        "setting": "CP conference summary",
        "note_type": "routine",
        "text": """Initial Child Protection Conference, Ealing (Northolt). Children: Jaden (9), Amira (5), Leo (1)
Campbell. Mother: Sade Campbell. Partner: Kyle Osei (father of Leo). Reason for conference: repeated domestic abuse
incidents, most recently 29 June when police were called by a neighbour and Sade was found with a cut lip. There
have been eleven police call-outs in eighteen months. Sade has previously withdrawn statements on three occasions.
Agencies raised concern that Sade continues to minimise the risk and has allowed Kyle to return to the home
despite the previous Child in Need plan. School report Jaden has been involved in fights in the playground and
has said he wants to be "strong like Kyle". Health visitor reports Leo is meeting milestones. Decision: CP plan,
category emotional abuse. Outline plan: Sade to engage with the Freedom Programme and to evidence that Kyle is not
residing at the property; Kyle to be invited to engage with the social worker.""",
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Injuries and call-outs agentless; Kyle only 'invited to engage'.",
            "non_blaming_strengths": "Withdrawn statements, 'minimise', 'allowed Kyle to return'; no strengths.",
            "partnering_safety": "Plan puts requirements on Sade only.",
            "child_harm_assessment": "Jaden's fighting and wish to be 'strong like Kyle' noted but not assessed.",
        },
    },
    {
        "setting": "police PPN relay",
        "note_type": "routine",
        "text": """Public Protection Notice received from Lancashire Constabulary, Lancaster (Ryelands). Incident date
02/02. Officers attended following a 999 call from a female reporting that her partner was being aggressive.
Victim: Hannah Wilde (31). Suspect: Kelly Dixon (29), same-sex partner. On arrival both parties were calm. Hannah
reported that Kelly had been drinking and had pushed her against the fridge during an argument about Kelly's
ex-partner. No visible injuries. Kelly stated Hannah had started the argument. Both parties described the
relationship as "on and off". One child in the household, Isaac (7), Hannah's son, asleep upstairs throughout,
did not witness per parents. DASH standard risk. Kelly agreed to stay at her mother's overnight. Information
shared with CSC for information only. Recommend no further action by CSC.""",
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "The push is relayed in Hannah's report with 'during an argument' and counter-allegation; nothing identified.",
            "non_blaming_strengths": "'Both parties', 'argument' mutualise; no strengths.",
            "partnering_safety": "None.",
            "child_harm_assessment": "Isaac 'asleep', 'did not witness per parents'; no consideration of harm.",
        },
    },
    {
        "setting": "case closure summary",
        "note_type": "routine",
        "text": """Case closure summary - the Irving family, Botcherby, Carlisle. The case was opened following a DV
incident between Ms Claire Irving and her ex-partner Steven Moffat in January, when police were called to her
home. Ms Irving has now separated from Mr Moffat and he has moved to Penrith. Ms Irving has worked with the
social worker to put her own safety arrangements in place: she has a panic alarm from the police, has changed
her route to work, has agreed with the school who can collect Holly (6), and has told her neighbours to call 999
if they see Mr Moffat. She says she feels confident using these. Ms Irving has been advised that should she
resume the relationship, further concerns would be likely to result in the case being reopened. Holly is doing
well at school. There are no outstanding concerns and the case is closed to Children's Social Care.""",
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 2, "partnering_safety": 3, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "'DV incident between' the two; Steven's behaviour never described.",
            "non_blaming_strengths": "Her arrangements recorded as strengths, but closed with a warning about resuming the relationship.",
            "partnering_safety": "Safety arrangements worked out with her and her confidence recorded; not clearly on her own priorities.",
            "child_harm_assessment": "'Holly is doing well at school' only.",
        },
    },
    {
        "setting": "home visit",
        "note_type": "trained",
        "text": """Home visit, Cliftonville, Margate. Seen: Mr Daniel Okoro and Amelia (6); Ms Rachel Okoro not present.
Daniel described how Rachel's behaviour has changed over the past year: she checks his bank statements, has told
his family he is an unfit father, and on 8 March threw a glass which cut his hand while he was holding Amelia.
Daniel said he had not told anyone because he thought no one would believe a man. Rachel's choices to use
violence and to undermine Daniel's relationship with his family are also choices about how she parents Amelia.
Daniel has kept Amelia's routines steady, moved her bed into his room and asked his sister to collect her from
school on days Rachel has been drinking. We talked through what he wants: to stay in the home with Amelia and for
Rachel to have supported contact. We agreed a plan together and I will speak to Rachel about her behaviour and
refer her to the Kent service for women who use violence. Amelia showed me the cut on her dad's hand and said
she "doesn't like it when mummy throws". I will see Amelia alone at school next week.""",
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 4, "partnering_safety": 4, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Roles reversed: Rachel's specific behaviours named as her choices and parenting choices; accountability planned.",
            "non_blaming_strengths": "No blame; Daniel's protective parenting recorded.",
            "partnering_safety": "Plan agreed with Daniel on what he wants.",
            "child_harm_assessment": "Amelia's voice recorded and linked to Rachel's behaviour; fuller assessment still to come.",
        },
    },
    {
        "setting": "Early Help review",
        "note_type": "trained",
        "text": """Early Help review - Kelsey Moss and children, Nunsthorpe, Grimsby. Kelsey chaired part of the meeting
herself, as she asked to. She described how Ashley (ex-partner) used to stop her seeing her friends and would
take the car keys when she wanted to go to her mum's; since he left in May he has sent messages calling her a
bad mother. Kelsey has blocked his number, kept the messages as evidence, and arranged with the school that only
she or her mum collect. She said her main worry now is money and that the children still hear Ashley's name
"all the time" from his family. Together we agreed the next steps: the family worker will help Kelsey apply for
the Household Support Fund and Universal Credit advance; Kelsey will decide whether to report the messages once
she has spoken to the IDVA; review in 6 weeks. School say the children are "doing OK".""",
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 4, "partnering_safety": 4, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Ashley's isolation, control of keys and post-separation messages attributed to him; not framed as a pattern or choice.",
            "non_blaming_strengths": "No blame; Kelsey's protective actions and leadership recorded.",
            "partnering_safety": "Plan built with Kelsey on her priorities; her decision about reporting respected.",
            "child_harm_assessment": "Children 'doing OK'; no assessment of their experience.",
        },
    },
    {
        "setting": "assessment analysis",
        "note_type": "transition",
        "text": """Child and Family Assessment - analysis, Silverhill, Hastings. Ruby (10) and Finn (7) live with their
mother, Lisa Hart. Their father, Gary Hart, left in 2022 but continues to have weekend contact. Ruby told me that
at her dad's he "goes through mum's stuff in my bag" and asks her who mum has been seeing, and that she now hides
her phone when she's there. Finn said he gets "a funny tummy" on Fridays. Their school reports that both children
are anxious at the start of the week. These accounts show the children are living with their father's continued
control of their mother and are being used in it, which is affecting their emotional wellbeing. However, Lisa has
a pattern of entering relationships that put the children at risk and needs to show she can prioritise them.
Lisa was advised to seek legal advice about contact. Gary did not respond to my letter.""",
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Gary's post-separation control through the children identified; his non-response noted but not pursued.",
            "non_blaming_strengths": "'A pattern of entering relationships' and 'needs to show she can prioritise' blame Lisa; no strengths.",
            "partnering_safety": "Only advice to seek legal advice.",
            "child_harm_assessment": "Both children's experience of his control and its effect assessed.",
        },
    },
    {
        "setting": "supervision record",
        "note_type": "transition",
        "text": """Supervision - Boston team, case of Kerry-Ann Wright. SW updated that Kerry-Ann's partner Mick has a
history of DV with previous partners and there was an incident at the address on 6 June when police attended and
he was arrested for criminal damage. Kerry-Ann has told SW that Mick had been controlling about money and had
smashed the bathroom door when she wanted to go out. She has since gone to her GP, registered with the Boston DA
service, and says she wants to stay in the family home with the children. Manager and SW discussed that
Kerry-Ann's plan should be respected and supported but that she will need to show she can keep Mick away. Actions:
SW to meet Kerry-Ann to agree what help she wants with the home; SW to explore non-mol; PNC check on Mick.
Children (Reece 12, Summer 9) not discussed in detail; SW to see them at next visit.""",
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 3, "partnering_safety": 3, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Mick's history, damage and money control noted, mostly via her report; not pulled together as a pattern or choice.",
            "non_blaming_strengths": "Her steps recorded; 'she will need to show she can keep Mick away' places some onus on her.",
            "partnering_safety": "Her plan to be respected and a meeting to agree help, but qualified by a condition on her.",
            "child_harm_assessment": "Children explicitly not discussed.",
        },
    },
    {
        "setting": "housing officer",
        "note_type": "transition",
        "text": """Housing - case note, DA sanctuary scheme referral, South Norwood, Croydon. Tenant: Ms Joy Adebayo, with
son Daniel (14). Ms Adebayo's ex-husband, Mr Kunle Adebayo, has repeatedly come to the property since she
obtained a non-molestation order, banging on the door at night and leaving notes under the door; police have
the notes and he was charged with breach in May. Ms Adebayo wants to stay in her home, which is near Daniel's
school and her church. She has suggested a door viewer, a letterbox guard and a light over the entrance, and
asked that the officer contact her only by text during the day. We went through the sanctuary options and agreed
the works she wants; referral made today. Ms Adebayo is clearly resourceful and has kept a log of every visit. She
also asked about a management transfer as a backup and I have explained the process.""",
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 4, "partnering_safety": 4, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Repeated post-order visits and notes attributed to Mr Adebayo with police action; not analysed further.",
            "non_blaming_strengths": "No blame; her resourcefulness and log recorded.",
            "partnering_safety": "Sanctuary works chosen with her on her priorities and contact preferences.",
            "child_harm_assessment": "Daniel only named in relation to his school.",
        },
    },
    {
        "setting": "IDVA update",
        "note_type": "messy",
        "text": """IDVA - Burnley. Cl: Saima (M). Tel call 10:15. S says Ashfaq's family still pressuring her to go back
- his mum + bro came to the house sat, said she's shaming the family. Ashfaq sending msgs thru his cousin since
the NMO. This is the same thing he did b4 - uses other ppl so he can say it wasnt him. S has: saved all msgs,
told the school office, moved the girls' bedroom to the back. She wants police to know about the cousin but
doesnt want her in-laws arrested, worried abt backlash in community. Agreed: I'll ring DC Ahmed w/ her there on
speaker thurs so S can say what she wants said; S to ring me if they come again. Girls (8, 5) - S says eldest
crying at bedtime. MARAC next wk - will update.""",
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 4, "partnering_safety": 3, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Ashfaq's use of others to breach the order identified as his established pattern; extended family pressure named.",
            "non_blaming_strengths": "No blame; her protective actions listed.",
            "partnering_safety": "Police contact arranged on her terms; plan otherwise thin.",
            "child_harm_assessment": "Eldest crying at bedtime relayed; no assessment.",
        },
    },
    {
        "setting": "health visitor",
        "note_type": "messy",
        "text": """HV contact - 9m review, Skeg (Winthorpe). Baby Archie, mum Shannon, dad Brandon present. Dev checks
ok, Archie sitting unaided, babbling. Shannon quiet, Brandon did most of the talking, said theyve been arguing a
lot since he lost his job + its "both of us". Police called out 2 wks ago per GP alert. S didnt say anything abt
it w/ B in room. Tried to get S on own - B said he'd stay as they "do everything together". Gave both parents
info on Relate + DA helpline. Advised S to keep Archie out of the room if they argue. Archie clean, well cared for.
S says she's been going to her sisters more with Archie. Plan: call S on mobile to arrange clinic appt alone.""",
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 1, "partnering_safety": 2, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Brandon's control of the conversation observed but not named; 'arguing', 'both of us' unchallenged.",
            "non_blaming_strengths": "Relate offered to both, advice to Shannon to keep Archie out of arguments; her visits to her sister noted only in passing.",
            "partnering_safety": "Attempt to see her alone and plan to call her is a start; nothing built with her.",
            "child_harm_assessment": "Development checks only; no consideration of Archie's experience.",
        },
    },
]
