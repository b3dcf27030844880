from common import sc, rs

NOTES = [
    dict(
        setting="strategy-discussion minutes", note_type="routine",
        text="""Strategy discussion, Bilston, Wolverhampton. Present: SW (chair), PC Adams (West Midlands Police), health
visitor, nursery manager. Reason: police attended the home address on 22/10 following a domestic; mother Jess Hayward
had a swollen eye and a mark on her neck. Her partner Tom Griffiths was arrested and released on bail to another address.
Child: Teddy Hayward (2). Jess was herself a child in care in Wolverhampton. Police have had two previous calls to the
address, both where Jess and Tom were arguing. Jess called the police herself on 22/10 and took Teddy to her mum's the
same night. HV reports Teddy is meeting his milestones and that Jess attends appointments. Nursery have no concerns.
Agreed threshold for s47 not met; single-agency assessment. Jess to be advised to comply with the bail conditions and
not to allow Tom contact with Teddy; if bail is breached, s47 will be reconsidered. Jess asked for help with getting a
locksmith; this will be explored.""",
        scores=sc(1, 2, 2, 1),
        reasons=rs("injuries and 'a domestic' agentless; Tom only arrested and bailed",
                   "her care history raised and 'arguing' mutualised, but her own protective steps recorded",
                   "locksmith request to be explored; otherwise Tom's bail made her job",
                   "Teddy's milestones and nursery only"),
    ),
    dict(
        setting="family-group conference", note_type="routine",
        text="""Family Group Conference record, Southey Green, Sheffield. Family: Nicole Barker and children Max (10) and
Daisy (8). Father: Wayne Barker. Reason for the FGC: ongoing domestic abuse between the parents and concerns about
alcohol. Wayne and Nicole both attended. The coordinator explained that social care are worried about the arguments and
that the children have seen the police at the house several times. In family time the family made a plan: Nicole to stop
drinking at weekends; Wayne to go to his brother's when arguments start; Nan (Carol) to have the children every other
Saturday to give the parents a break; both parents to attend couples counselling through their church. The social worker
accepted the plan. Max told his advocate he "just wants them to stop arguing". Review in 3 months.""",
        scores=sc(1, 1, 2, 2),
        reasons=rs("'domestic abuse between the parents', 'arguments'; no behaviour attributed to Wayne",
                   "mutualised throughout and Nicole's drinking made the focus; no strengths",
                   "family-made plan includes Nicole but is not a safety plan and adds couples counselling",
                   "Max's wish recorded; children's experience otherwise 'seen the police'"),
    ),
    dict(
        setting="probation / perpetrator-programme update", note_type="routine",
        text="""Offender manager report, Seaham, Co Durham. Subject: Shane Atkinson. Shane is subject to a community order
for criminal damage after he smashed the windows of his partner's car when she told him the relationship was over. He
has attended all appointments and completed his unpaid work hours. He says the relationship with his partner, Lauren
Mills, is "up and down" and that they both have tempers. He has been advised to avoid contact if there are arguments and
to walk away. He reports that he is now back living with Lauren and their daughter Macy (3). The OM considers his risk of
reoffending to be low as he has been compliant. No concerns raised. Next appointment in 4 weeks.""",
        scores=sc(2, 1, 1, 1),
        reasons=rs("one offence attributed to Shane, then his 'both have tempers' adopted",
                   "mutualising ('up and down', both tempers, 'arguments'); nothing about Lauren's strengths",
                   "no safety consideration for Lauren at all",
                   "Macy named only"),
    ),
    dict(
        setting="home visit", note_type="trained",
        text="""Home visit, Caldmore, Walsall. Seen Adrian Kowal and his children Nina (9) and Olek (6). Adrian's wife,
Monika Kowal, left the home in August after police were called. Over the last three years Monika has hit Adrian, broken
his glasses, told the children their father is "weak" and "not a real man", and threatened to take the children to
Poland if he told anyone. Adrian said he did not report it because he was ashamed and thought no one would believe a man.
Monika's behaviour is a pattern of control and it is her choice; it is not a relationship problem. Adrian and I looked at
what has helped: he has kept the children's routines, told the school, and asked his sister to be present at handovers.
Together we agreed he will apply for a prohibited steps order about travel, with the solicitor his sister found, and that
handovers will stay at his sister's. Nina told me she used to "watch mum's face to see if it was a bad day" and that she
feels bad for "not standing up for dad". Olek says he misses his mum but does not like it "when she laughs at dad". Both
children are carrying worry and guilt created by their mother's behaviour towards their father.""",
        scores=sc(4, 4, 4, 4),
        reasons=rs("roles reversed: Monika's violence, denigration and threats named as her choices",
                   "no blame of Adrian; his shame acknowledged and his protective steps recorded",
                   "order and handovers agreed with Adrian on his own arrangements",
                   "Nina's vigilance and guilt, Olek's discomfort assessed as effects of Monika's behaviour"),
    ),
    dict(
        setting="supervision record", note_type="trained",
        text="""Supervision, SW Omar Farouk / TM Claire Bell, Middlesbrough. Case: Shaw family, Hemlington. Omar
summarised the perpetrator pattern mapping: Stuart Shaw has controlled Nicola Shaw through threats to "get the kids
taken off her", monitoring her phone and isolating her from her mum. Most recently he slashed her car tyres on three
occasions after she started a new job. Stuart has refused to meet Omar and has not replied to letters; Omar will try
again through his probation officer. Nicola's protective actions: she has told her employer, keeps a diary, and has the
children (Jack 11, Amelia 7) at her mum's at weekends. TM and Omar agreed the safety plan will be: Nicola to inform police
of every incident, Nicola not to respond to Stuart's messages, and no contact between the children and Stuart until a
risk assessment is done. Omar will share this with Nicola on Friday. Jack has said he "hates dad for making mum
scared"; Amelia has not yet been seen alone.""",
        scores=sc(4, 4, 1, 3),
        reasons=rs("Stuart's threats, monitoring, isolation and tyre-slashing mapped and pursued with him",
                   "no blame; Nicola's protective actions listed",
                   "safety plan decided in supervision and to be 'shared' with Nicola - imposed",
                   "Jack's view tied to his father's behaviour; Amelia not yet seen"),
    ),
    dict(
        setting="assessment analysis", note_type="transition",
        text="""Assessment analysis, Longton, Stoke-on-Trent. Children: Caleb (7) and Evie-Rose (3) Hancock. Wesley
Hancock has a pattern of coercive and controlling behaviour towards Charlene Hancock. He controls the family's money,
decides when Charlene can see her friends, and has been violent on at least three occasions known to police, most
recently pushing her into the bath on 12 August. He has used the children against her by telling Caleb that "mummy is
making daddy leave". Charlene has minimised the abuse at times and there is a risk that she will reconcile with Wesley.
It is positive that she has engaged with the assessment. Charlene and I discussed what she thinks would help: she would
like Caleb to have someone to talk to at school and wants contact to be supervised by Wesley's mother, whom she trusts.
These have been included in the plan. Both children are at risk of emotional harm from living with domestic abuse.""",
        scores=sc(4, 2, 3, 2),
        reasons=rs("Wesley's financial control, isolation, violence and use of Caleb named as his pattern",
                   "'minimised', 'risk she will reconcile' and generic praise",
                   "two of Charlene's ideas built into the plan; no wider safety planning with her",
                   "generic 'risk of emotional harm'; Caleb's experience of being told this not explored"),
    ),
    dict(
        setting="IDVA update", note_type="transition",
        text="""IDVA update, Park North, Swindon. Client: Toni Ashworth. Toni's partner Brandon Kelly was charged with ABH
on 4/6 and remanded; the trial is listed for October. Toni has made a statement and has said she will attend court.
Toni has been struggling: she says she feels guilty and that Brandon "isn't a bad man when he's not drinking". I reminded
Toni that alcohol is not the cause of his violence. Toni has two sons, Charlie (6) and Louis (2). She reports Charlie has
been "acting up" and asking when Brandon is coming back. I have suggested that Toni should contact her GP about her low
mood and should not let Brandon's family into the house. Safety plan reviewed: Toni will keep the panic alarm fitted by
police and call 999 if his family turn up. DASH 14. Next contact in 2 weeks.""",
        scores=sc(2, 3, 2, 2),
        reasons=rs("one charge attributed to Brandon and the alcohol excuse challenged; no pattern",
                   "no blame; her statement and willingness to attend court noted",
                   "suggestions and directions to Toni; plan 'reviewed' without her input shown",
                   "Charlie 'acting up' relayed; not explored"),
    ),
    dict(
        setting="CP conference summary", note_type="transition",
        text="""Review Child Protection Conference, Middleton, Leeds. Children: Jenson (12), Millie (9) and Harry (4)
Marsden. Mother: Joanne Marsden. The children have been on CP plans since March because of domestic abuse in the home.
Since the last conference there have been no police call-outs. Joanne has separated from her partner and the children
have had no contact with him. Joanne told conference what she has done: she has had the locks changed, told the
children's schools who can collect them, and agreed a code word with her neighbour. She said she would like to keep the
social worker involved for another three months while the court case finishes. Jenson told his advocate that he used to
stay awake at night listening and that he still checks the doors are locked before bed; he said he feels "like the man
of the house" and is tired at school. Millie and Harry are sleeping better. Conference agreed Jenson needs help to let go
of the responsibility he has been carrying, and a referral to Barnardo's has been made with Joanne. Decision: step down
to CIN, as Joanne requested.""",
        scores=sc(1, 4, 4, 3),
        reasons=rs("'domestic abuse in the home'; the partner is never named or described",
                   "no blame; Joanne's specific protective steps recorded",
                   "her requests shape the decision; referral made with her",
                   "Jenson's night-time listening and sense of responsibility assessed; abuser's behaviour not linked"),
    ),
    dict(
        setting="police PPN relay", note_type="messy",
        text="""PPN 30/09 Humberside - Marfleet, Hull. DA - ex-partners. S = Dylan Norris (26), V = Caitlin Webb (23).
Dylan attended Caitlins addr approx 22:00 demanding to see baby (Isabella 7 mths), C refused, D punched window, glass
broke, baby in cot in front room. C called 999. D left before police arrived - arrested 01:30 at home addr, charged crim
dmg, bailed. Prev x4 reports 2025 - harassment x3, 1 x assault (NFA). DASH high 15. C says she wants MARAC + IDVA.
Officer notes C "very clear + articulate, has been keeping a log". Refd IDVA + MARAC. CSC: for info - ask C whether she
wants EH / SW support.""",
        scores=sc(3, 4, 3, 1),
        reasons=rs("Dylan's window-punching and earlier harassment recorded; relayed, not drawn together",
                   "no blame; Caitlin's 999 call, log and clarity recorded",
                   "referrals follow her stated wishes; CSC to ask what she wants",
                   "Isabella in the cot near the window noted only"),
    ),
    dict(
        setting="supervision record", note_type="messy",
        text="""Supv 12/2 - SW Dan / TM Jas. Northfield, Bham. Fam: Carter. M (Kim Carter) + P (Tony Rhodes) + C1 Tayla
14, C2 Josh 10. Tayla told school Tony "grabbed mum by the hair + threw her out the back door" sat - M denies, says "T is
making it up bc she hates Tony". Dan: M seems to be choosing Tony over the kids. Tayla not wanting to go home, staying at
friends most nights. TM: agree poss neglect of Taylas needs - need to be clear w M. Josh says "everythings fine". Tony -
no prev. Actions: Dan to see Tayla at school, joint visit to M to discuss written agmt, police check on Tony.""",
        scores=sc(2, 1, 1, 3),
        reasons=rs("Tony's assault only in Tayla's account; checks on him but no pattern",
                   "'choosing Tony over the kids', 'neglect' aimed at Kim; no strengths",
                   "written agreement planned for Kim",
                   "Tayla's avoidance of home recorded and she will be seen; Josh's 'fine' not explored"),
    ),
]
