# Batch 07 - written by hand by aw11, scored straight after writing, on the whole note.
# Domain order: perpetrator_pattern, non_blaming_strengths, partnering_safety, child_harm_assessment

NOTES = [
    {
        "setting": "assessment analysis",
        "note_type": "routine",
        "text": (
            "Child and Family Assessment, Enfield. Family: Ms Tamara Osei and her children Nia (10) and Kobe (7). The "
            "assessment followed a domestic incident in August in which police were called by a neighbour. Tamara "
            "described the relationship with the children's father as 'on and off' for several years, with arguments "
            "when money is short. She told me what she thinks would keep the family safe: she wants to stay in the "
            "flat, have the locks changed, and for the father to see the children at his mother's house on Saturdays "
            "only, with his mother present. She would like the IDVA to help her with a non-molestation order. These "
            "points were agreed between Tamara and me and form the plan. There was a lack of insight into the impact "
            "of the relationship at first but this has improved. The children are well cared for."
        ),
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 2, "partnering_safety": 3, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "'Domestic incident', 'on and off', 'arguments'; father's behaviour not named.",
            "non_blaming_strengths": "Mutualised; 'lack of insight' though softened; no strengths beyond her ideas.",
            "partnering_safety": "Plan built from Tamara's own proposals and agreed with her.",
            "child_harm_assessment": "'Well cared for' only.",
        },
    },
    {
        "setting": "duty / out-of-hours",
        "note_type": "routine",
        "text": (
            "Lancashire EDT, Saturday 01:20. Call from Lancaster police following an incident at 7 Moor Lane, "
            "Morecambe. Mr Jamie Teasdale had come to the home of his ex-partner Ms Holly Crane after drinking, kicked "
            "the door until the glass panel broke and shouted threats through the letterbox. He left before police "
            "arrived. Holly's daughter Amber (4) was in the house. Police will look for Mr Teasdale. Holly told police "
            "she had been messaging him earlier in the evening. She was advised by EDT not to have contact with him as "
            "this may encourage him to come round. Holly agreed to stay at her mother's for the weekend with Amber, "
            "which she suggested. Day team to follow up on Monday."
        ),
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 1, "partnering_safety": 2, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Jamie named for kicking the door and threats, single incident, drink context.",
            "non_blaming_strengths": "Her messaging cited as encouraging him - blaming; no strengths.",
            "partnering_safety": "Her own suggestion to stay at her mother's used; advice otherwise imposed.",
            "child_harm_assessment": "Amber only located in the house.",
        },
    },
    {
        "setting": "home visit",
        "note_type": "trained",
        "text": (
            "Home visit, Workington, Cumbria. Seen Ms Leanne Bowe with Harry (7) and Isabelle (4); Harry also seen "
            "alone in his room. Since the last visit Leanne's ex-partner Ryan Bowe has sent voice notes threatening to "
            "take the children to Scotland, has posted about her on Facebook, and turned up at Harry's football. This "
            "continues the pattern Ryan used during the relationship, when he would threaten to take the children if "
            "she saw her friends. Harry said that at football he 'couldn't kick properly' because he was watching the "
            "car park for his dad, and that he keeps his school bag packed 'in case we have to go again'. Isabelle has "
            "started asking if daddy is 'coming to get us'. Leanne has protected them by telling the football coach, "
            "saving every voice note and keeping their passports at her solicitor's. We updated the plan together: "
            "Leanne wants a prohibited steps order, a port alert discussed with police, and Harry's coach to have a "
            "photo; she will tell Harry what has been done, in her own words."
        ),
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 3, "partnering_safety": 4, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Ryan's threats, online harassment and turning up named and linked to his earlier pattern.",
            "non_blaming_strengths": "No blame; protective actions recorded, briefly.",
            "partnering_safety": "Plan updated together on Leanne's requests and her way of telling Harry.",
            "child_harm_assessment": "Harry's vigilance and packed bag and Isabelle's fear linked to Ryan's behaviour.",
        },
    },
    {
        "setting": "Early Help review",
        "note_type": "trained",
        "text": (
            "Early Help review, Bognor Regis, West Sussex. Family: Ms Carla Jennings and Lewis (9). Lewis's father, "
            "Steve, left in the spring; Carla described him checking her phone, calling her 'useless' in front of "
            "Lewis and deciding who could visit. These were his choices and his way of keeping control of the "
            "household. Carla has done a great deal to rebuild: she re-enrolled at college, told the school about "
            "Steve's behaviour so they could support Lewis, and has kept to a calm bedtime routine. Lewis's teacher "
            "says he has been angry in class and says 'you're useless' to other children, which sounds like his "
            "father's words. The worker has set the plan: Carla to attend a parenting group on managing anger, Lewis "
            "to join a nurture group, and the worker will review in six weeks."
        ),
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 4, "partnering_safety": 2, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Steve's monitoring, degrading and isolating named as his choices; past only, limited.",
            "non_blaming_strengths": "No blame; Carla's rebuilding and protective step with school recorded.",
            "partnering_safety": "Plan 'set' by the worker, not built with Carla.",
            "child_harm_assessment": "Lewis's anger and echoing his father's words linked to Steve's behaviour.",
        },
    },
    {
        "setting": "assessment analysis",
        "note_type": "trained",
        "text": (
            "Assessment analysis, Ruislip, Hillingdon. Ms Danielle Hart's former partner, Michelle Cray, controlled "
            "Danielle through constant criticism, reading her messages, turning up at her work and, in October, "
            "locking her out overnight with the baby's things inside. Michelle has continued to send messages via "
            "friends since Danielle ended the relationship, and has threatened to apply for contact with Ava (2) "
            "'to make her life hell'. These are deliberate choices by Michelle. Danielle has acted protectively "
            "throughout: she moved in with her aunt, reported the lock-out to police, and kept a diary of every "
            "contact. The plan was developed with Danielle: she chose to pursue a non-molestation order, asked for "
            "nursery to have a collection password and wanted a referral to Galop; each has a named lead and date. "
            "Ava is young and may have been affected, and her needs will be kept under review by the health visitor."
        ),
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 4, "partnering_safety": 4, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Michelle's criticism, monitoring, lock-out and post-separation threats named as deliberate choices.",
            "non_blaming_strengths": "No blame; Danielle's protective actions recorded.",
            "partnering_safety": "Plan developed with Danielle on her choices with leads and dates.",
            "child_harm_assessment": "Ava 'may have been affected'; general only.",
        },
    },
    {
        "setting": "health visitor",
        "note_type": "transition",
        "text": (
            "Health visitor record, Clifton, Nottingham. Seen Ms Jess Bramley and baby Oliver (5 months) at clinic. "
            "Jess disclosed that Oliver's father, Aaron, has been taking her bank card, refusing to give her money for "
            "formula and telling her she is a bad mother, and last week pushed her while she was holding Oliver. "
            "She agreed with me a plan she felt was safe: clinic visits instead of home visits, my number saved "
            "under a friend's name, and a referral to Nottingham Women's Centre which she asked me to make. Oliver is "
            "gaining weight slowly and is unsettled. I have concerns that Jess has chosen to stay in the relationship "
            "and is putting Oliver at risk, and she has been told that if she stays a referral to social care will be "
            "made."
        ),
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 1, "partnering_safety": 3, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Aaron's financial abuse, degradation and push named; no pattern analysis.",
            "non_blaming_strengths": "'Chosen to stay', 'putting Oliver at risk', threat - blaming; no strengths.",
            "partnering_safety": "A plan agreed with Jess on her safety terms, undercut by the ultimatum.",
            "child_harm_assessment": "Oliver's weight and unsettledness noted, not linked to Aaron.",
        },
    },
    {
        "setting": "court statement summary",
        "note_type": "transition",
        "text": (
            "Summary of social worker's statement, Guildford Family Court, re: Finley (10) and Rosie (7) Maddox. The "
            "children live with their father, Mr Adam Maddox, and his wife Mrs Karen Maddox. There have been "
            "arguments in the household, mainly between Karen and the children's mother during handovers, and police "
            "were called in June after Karen was heard shouting at Rosie. Finley told me Karen 'goes into my room and "
            "takes my stuff when I'm naughty' and that he hides his things at school. Rosie says she misses her mum "
            "and cries at bedtime, and has wet the bed since June. Mr Maddox says Karen is 'strict but fair'. The local "
            "authority recommends that Mr Maddox attends a parenting course and ensures the children are not exposed "
            "to conflict."
        ),
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 2, "partnering_safety": 2, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Karen's shouting and taking Finley's things named via the children; 'arguments' mutualise; no pattern.",
            "non_blaming_strengths": "Conflict framing; no strengths of the mother recorded; father tasked with 'exposure'.",
            "partnering_safety": "Recommendation imposed on Mr Maddox; mother's view absent.",
            "child_harm_assessment": "Finley's hiding and Rosie's distress and bedwetting recorded; partly tied to Karen.",
        },
    },
    {
        "setting": "school DSL log",
        "note_type": "messy",
        "text": (
            "DSL - Sinfin Primary - 4/2. Brooke Y3 told TA at lunch 'dad hit mum again and mum cried'. spoke to B - "
            "she said it was at tea time, dad was shouting abt the dinner, she went to her room. B said shes ok, "
            "wanted to go back out to play. B's mum (Stacy) rang back at 3pm - said they had a row, he's gone to his "
            "brothers, she's fine, 'he's not a bad dad'. Stacy has never missed a parents evening, v supportive of "
            "school, B always well presented. logged on CPOMS, MASH informed, told Stacy we'd have to share. "
            "watch + monitor B."
        ),
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 2, "partnering_safety": 1, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Dad named hitting and shouting via Brooke; then 'a row'; no pattern.",
            "non_blaming_strengths": "Mutual 'row' recorded; generic praise of Stacy's school engagement only.",
            "partnering_safety": "No planning; informed of sharing.",
            "child_harm_assessment": "Brooke said she was ok; no assessment.",
        },
    },
    {
        "setting": "probation / perpetrator-programme update",
        "note_type": "messy",
        "text": (
            "probation - Northampton - update for CSC 8/8. Mr Lee Dawkins, post-release licence. in sup'n L admits "
            "he followed ex (Kerry) to her new addr in May + sent her 'loads' of msgs, says he 'just wanted to talk'. "
            "challenged - L also broke her phone 2023 + controlled her money (his own acct, confirmed). pattern = "
            "follows, floods w msgs, controls money + phone. licence conds: no contact, exclusion zone. victim liaison: "
            "Kerry + VLO made her own plan - she asked for the exclusion zone round her mums as well, + to be "
            "told when L moves address, both done. Kerry still keeps going back to him on and off, causing the "
            "kids more upset, needs to stop. kids (Jayden 6, Amelia 3) - Kerry says J has nightmares abt dad "
            "'breaking in'."
        ),
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 1, "partnering_safety": 4, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Lee's following, flooding, money and phone control named and challenged; pattern summary brief.",
            "non_blaming_strengths": "'Keeps going back, causing the kids more upset, needs to stop' - blaming; no strengths.",
            "partnering_safety": "Kerry's own plan with VLO; her requests actioned.",
            "child_harm_assessment": "Jayden's nightmares relayed in one line; no assessment.",
        },
    },
    {
        "setting": "health visitor",
        "note_type": "messy",
        "text": (
            "HV - Norbury clinic - 1yr check Jayla + sib Kemar 3. dev review - J not yet pulling to stand, v quiet, "
            "flinched + froze when a chair scraped, v little babble. K - hiding under the table most of appt, hit "
            "himself on head when he got frustrated, mum says he does this 'when its loud at home', says he covers "
            "J's ears when theres shouting + puts his hands over her mouth so she stays quiet. K speech v delayed (few "
            "words). mum (Shanice) says things 'not great w partner', didnt want to say more. told S she needs to "
            "keep the kids away from the arguing. advised GP + speech therapy ref. concern for both kids' dev + "
            "emotional wellbeing in this home. info to SW."
        ),
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 2, "partnering_safety": 1, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Partner not named as agent; 'arguing', 'shouting' agentless.",
            "non_blaming_strengths": "Told to keep kids from 'the arguing' (mutualised, aimed at her); no strengths.",
            "partnering_safety": "Directive only.",
            "child_harm_assessment": "Both children's freezing, self-harm, protective behaviour and development assessed, but against agentless 'shouting', not the partner's behaviour, so 3.",
        },
    },
]
