# Batch 06 - written by hand by aw11, scored straight after writing, on the whole note.
# Domain order: perpetrator_pattern, non_blaming_strengths, partnering_safety, child_harm_assessment

NOTES = [
    {
        "setting": "CAMHS letter",
        "note_type": "routine",
        "text": (
            "Re: Leah Francis, age 13, Gravesend. Leah was seen in the Kent CYPMHS clinic with her mother on 2 May. "
            "Leah reports low mood for around a year, poor sleep and frequent headaches. She told me that her father "
            "hits her mother when he has been drinking and once held a knife to her, and that she lies in bed "
            "listening and feels sick in the mornings before school. She has stopped going to netball because she "
            "doesn't want to leave her mum alone. She describes feeling that it is her job to keep her mum safe. Leah "
            "meets criteria for a moderate depressive episode that in my view is closely connected to these "
            "experiences. Mother did not wish to discuss the home situation in clinic. It is important that mother "
            "understands that Leah will not improve while she remains in this environment. We will offer Leah a course "
            "of CBT."
        ),
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Father's hitting and knife named via Leah; drink framing; no pattern or accountability.",
            "non_blaming_strengths": "Mother made responsible for Leah's recovery ('while she remains'); no strengths.",
            "partnering_safety": "Nothing with the mother.",
            "child_harm_assessment": "Leah's hypervigilance, role and low mood linked to the abuse; not developed into analysis of her father's behaviour.",
        },
    },
    {
        "setting": "housing officer",
        "note_type": "routine",
        "text": (
            "Tenancy sustainment visit, Redhill, Surrey. Tenant Ms Ria Dhillon and her son Jai (4). The visit was "
            "arranged following rent arrears of six weeks. Ria explained that her former partner had been living at "
            "the property and had stopped contributing to the rent after they fell out. He left in March. She has now "
            "set up a payment plan and made two payments. She asked about help with the damage to the bathroom door. "
            "Advised that any repairs due to tenant damage are rechargeable. The property was clean and tidy. Jai was "
            "playing in the living room. Referred Ria to the money advice service. No further concerns at present; "
            "case to be reviewed at three months."
        ),
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 2, "partnering_safety": 1, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "'Fell out', stopped contributing; no abusive behaviour named (financial abuse unrecognised).",
            "non_blaming_strengths": "Payment plan noted neutrally; recharge for damage puts cost on her; no blame beyond that.",
            "partnering_safety": "No safety planning.",
            "child_harm_assessment": "Jai only playing.",
        },
    },
    {
        "setting": "school DSL log",
        "note_type": "trained",
        "text": (
            "DSL log, Oakwood Academy, Derby. 17/11. Kai Brennan (Y6) asked to speak to me. Kai said his mum's partner "
            "Dean 'goes mental' if tea isn't ready, and on Friday pulled the plug on Kai's Xbox and threw it at the "
            "wall, then grabbed his mum's arm when she stood between them. Kai said, 'I try to be invisible when "
            "he's home', and that he does his homework in the bathroom because it locks. He has been late most "
            "mornings because he waits for Dean to leave before coming down; his reading age has dropped. Dean's "
            "behaviour is frightening Kai and shaping his whole routine. I rang mum, Claire, who said she has been "
            "trying to get Dean to move out and has already spoken to Derby Women's Aid. She asked that school keep "
            "Kai's breakfast club place so he can leave early; I have arranged this. Referral to Derby Children's "
            "Services made with Claire's knowledge."
        ),
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 3, "partnering_safety": 3, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Dean named for specific violent and controlling acts; from one disclosure, not a full pattern.",
            "non_blaming_strengths": "No blame; Claire's steps recorded briefly.",
            "partnering_safety": "Claire's request actioned and referral shared with her; limited scope.",
            "child_harm_assessment": "Kai's invisibility, bathroom homework, lateness and reading linked to Dean's behaviour.",
        },
    },
    {
        "setting": "probation / perpetrator-programme update",
        "note_type": "trained",
        "text": (
            "Perpetrator programme update to CSC, Croydon. Mr Dwayne Morris has attended 11 of 16 group sessions. "
            "Facilitators' observations: he now acknowledges that he monitored Ms Sade Adeyemi's phone, controlled "
            "when she could see friends, and smashed her phone in January; he has begun to describe these as choices "
            "rather than reactions. He still describes the January incident as 'a one-off', which facilitators have "
            "challenged against the police record of three earlier call-outs. Partner support worker reports that "
            "Sade has her own safety plan, kept her job and took the children to her mother's on the nights he "
            "drank; she describes feeling less afraid. The partner support worker and Sade agreed the information she "
            "is happy to share with CSC. Dwayne says the children 'didn't see anything'; this has been challenged but "
            "no further information about the children is available to us."
        ),
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 4, "partnering_safety": 3, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Dwayne's monitoring, isolation and damage named as choices; minimisation challenged against record.",
            "non_blaming_strengths": "No blame; Sade's protective actions and job kept recorded.",
            "partnering_safety": "Her own safety plan and consent over sharing noted; plan itself not described.",
            "child_harm_assessment": "His denial challenged, but children's experience unknown.",
        },
    },
    {
        "setting": "family-group conference",
        "note_type": "trained",
        "text": (
            "FGC, Blackburn, Lancashire. Family: Ms Nasreen Akhtar, her children Hamza (10) and Maryam (6), her "
            "parents, her sister. The concern is the behaviour of Nasreen's brother-in-law, who stays at the family "
            "house and has shouted at her and told her she brings shame on the family. The family were clear in their "
            "own time that the children need to be kept away from the arguments. Nasreen said she has already been "
            "taking the children to her sister's at weekends and had asked the school for a pastoral check-in for "
            "Hamza. Her plan, which the family and social worker accepted in full: the brother-in-law to stay "
            "elsewhere; Nasreen's father to tell him this; her sister to be the contact for school; Nasreen to see the "
            "IDVA at the surgery, not at home. Hamza told the advocate that he gets a pain in his tummy when uncle "
            "shouts and that he would like to go to football on Saturdays again."
        ),
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 3, "partnering_safety": 4, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Brother-in-law's shouting and shaming named but no pattern; family frame 'arguments'.",
            "non_blaming_strengths": "Her protective steps recorded; family's 'arguments' wording left standing.",
            "partnering_safety": "Plan is Nasreen's own, accepted in full with named roles.",
            "child_harm_assessment": "Hamza's tummy pain and loss of football linked to uncle's shouting; Maryam not considered.",
        },
    },
    {
        "setting": "strategy-discussion minutes",
        "note_type": "transition",
        "text": (
            "Strategy discussion minutes, Northampton, 10:00. Present: SW, DC Lowe, DSL, IDVA. Police: Mr Gareth Sims "
            "was arrested for assault on Ms Lucy Sims on Sunday; he has a previous conviction against an ex-partner, "
            "breached a restraining order in 2022, and has been messaging Lucy since his release, telling her what "
            "will happen 'if she talks'. The IDVA reported that Lucy asked for a plan that would let her stay in the "
            "home, and that together they have agreed a police marker, an application for a non-molestation order and "
            "that Lucy's brother will stay for the first week; Lucy has chosen which agencies she wants updates from. "
            "The discussion also noted that there has been a volatile relationship for many years. Outcome: s47 "
            "enquiry. The children were not discussed in detail."
        ),
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 2, "partnering_safety": 3, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Gareth's assault, history, breach and threats set out specifically as his.",
            "non_blaming_strengths": "'Volatile relationship for many years' mutualises; no strengths as such.",
            "partnering_safety": "IDVA plan built with Lucy's choices; the strategy meeting itself did not plan with her.",
            "child_harm_assessment": "Children 'not discussed'.",
        },
    },
    {
        "setting": "Restart session",
        "note_type": "transition",
        "text": (
            "Restart one-to-one, Barrow-in-Furness, session 5. Mum (Claire Hinde) and I looked at how things are for "
            "Freya (7) since they moved. Claire says Freya still won't sleep in her own bed, asks every night if 'the "
            "shouting man' knows where they live, and jumps when the letterbox goes. Claire has noticed Freya is "
            "calmer on days she has time with her grandad. Claire has made her own changes: she got a place at the "
            "refuge herself, kept Freya at the same school with the head's help, and applied for the council flat. "
            "Claire does not want to talk about her ex-partner in sessions, which I have respected. We talked about a "
            "safety plan for school pick-up; I suggested the steps and Claire agreed to use them. Next session: "
            "bedtime routines."
        ),
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 3, "partnering_safety": 2, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Ex-partner's behaviour not described beyond Freya's phrase.",
            "non_blaming_strengths": "No blame; Claire's own changes recorded.",
            "partnering_safety": "Safety steps suggested by worker and accepted; not built on her knowledge.",
            "child_harm_assessment": "Freya's fear, sleep and startle described; not tied to specific behaviour.",
        },
    },
    {
        "setting": "IDVA update",
        "note_type": "messy",
        "text": (
            "IDVA note - Enfield - 21/1. client Marcia Lewis, kids Jordan 14 + Tia 9. Marcia's husband (kids' step-dad) "
            "Errol - M describes yrs of him going thru her post, deciding what food she can buy, not letting her have "
            "a key to the back door, + 'punishing' Jordan for small things (took his door off its hinges). E says he's "
            "'strict' - but this is E using the kids to control M, they're all scared of him. Jordan: 'I just stay out "
            "till he's asleep'; Tia - wetting again, wont go to the toilet at night past their room. Marcia - hid money "
            "in her sister's acct, quietly got Tia onto the school nurse list, rang us herself. plan built w M: she "
            "wants to leave at half term when E is at work (her timing, she knows his shifts), refuge in another "
            "borough, school transfers, police on standby that day. M chose to tell Jordan beforehand not Tia."
        ),
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 4, "partnering_safety": 4, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Errol's control and use of the children named as his; 'strict' excuse challenged; less detail on assaults/history.",
            "non_blaming_strengths": "No blame; Marcia's hidden money, nurse referral and self-referral recorded.",
            "partnering_safety": "Exit plan built on Marcia's timing and knowledge of his shifts.",
            "child_harm_assessment": "Jordan's avoidance and Tia's regression linked to Errol.",
        },
    },
    {
        "setting": "police PPN relay",
        "note_type": "messy",
        "text": (
            "PPN - Met Police (W Area) rcvd MASH 9.40am. 16/4 22:30 att 9 Kestrel Ct, Uxbridge. domestic verbal only, "
            "couple Ms Roxy Field + Mr Kane Field, neighbour called. both said it was a row abt money, nothing "
            "physical. DASH refused by both. no obvious injuries. C - Mason 11 awake, officer says M was 'upset but ok' "
            "and went back to his room. prev - 1 PPN 2023 (verbal). officer comment: 'mum appeared intoxicated'. "
            "MASH decision - NFA CSC, letter to M re support services + HV/school info sharing."
        ),
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "'Couple', 'row about money'; no one an agent.",
            "non_blaming_strengths": "Mutualised; only mum's intoxication singled out.",
            "partnering_safety": "Letter only.",
            "child_harm_assessment": "Mason 'upset but ok' relayed, nothing more.",
        },
    },
    {
        "setting": "CP conference summary",
        "note_type": "messy",
        "text": (
            "RCPC notes (handwritten, typed up) - Hastings - kids Archie 8, Bella 6. Dad (Paul Reeve) main carer now. "
            "Mum (Gemma Reeve) - pattern confirmed by police + school + kids: hitting P w objects (mug, hairdryer), "
            "destroying his work tools so he cd not earn, threatening to 'say he touched the kids' if he left. "
            "G still doing this via msgs since Nov. kids: Archie told SW 'I had to lie to teachers about dads "
            "bruises or mum would go mad', now sleeping better, still won't talk abt mum; Bella - worried mum will "
            "come to school. Paul - left w the kids in Nov, got emergency CAO, kept both at school, keeps a log. "
            "plan agreed w Paul + by conf: his idea of school pick-up password; contact only supervised (Paul's "
            "request); G offered referral to a perp programme for women - declined so far. step down to CIN."
        ),
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 4, "partnering_safety": 4, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Gemma's violence, economic sabotage and threats named as a continuing, multi-source pattern.",
            "non_blaming_strengths": "No blame of Paul; his protective actions recorded.",
            "partnering_safety": "Plan agreed with Paul on his requests.",
            "child_harm_assessment": "Archie's forced secrecy and Bella's worry recorded; brief.",
        },
    },
]
