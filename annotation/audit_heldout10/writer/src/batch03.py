from common import sc, rs

NOTES = [
    dict(
        setting="case closure summary", note_type="routine",
        text="""Case closure summary, Walker, Newcastle. Children: Harvey Watson (9) and Isla Watson (2). Mother: Hayley
Watson. The case was opened in August following DV incidents between Hayley and her partner Carl Lamb and has been
open on a Child in Need plan. Hayley has now ended the relationship and Carl has moved out of the area. Hayley has
engaged well with the plan and attended all CIN meetings. No further incidents have been reported to police since
September. Hayley understands that the children must not be exposed to any further domestic abuse and that if she
resumes the relationship the case would be re-referred. Harvey told his social worker in their last session that he
"doesn't have to listen at the door any more" and that he is sleeping through the night; his attendance has improved
to 96% and his teacher says he is joining in at playtime again. Isla is meeting her milestones. Closure agreed at the
CIN review on 4 February; step down to universal services.""",
        scores=sc(1, 1, 1, 3),
        reasons=rs("'DV incidents between' them; Carl only as having moved",
                   "generic 'engaged well' followed by a warning about resuming the relationship",
                   "no safety planning with Hayley; closure conditions placed on her",
                   "Harvey's own account of listening at the door and his recovery recorded"),
    ),
    dict(
        setting="police PPN relay", note_type="routine",
        text="""PPN received from Wiltshire Police 03/08, Penhill, Swindon. Incident: verbal domestic between partners
Kirsty Mead (29) and Jamie Rowe (31) at the home address. A neighbour reported shouting. On arrival both parties were
calm. Kirsty stated they had argued about money. No injuries. Both parties had been drinking. Children present: Oliver
(7) and Freya (5), in bed at the time. DASH completed: standard risk; Kirsty answered yes to the question on jealous and
controlling behaviour and yes to the question on recent separation. Jamie left the address voluntarily to stay with a
friend. Kirsty declined referral to support services. Screening outcome: information letter to Kirsty on the impact
of domestic abuse on children; no further action unless further reports are received.""",
        scores=sc(1, 1, 1, 1),
        reasons=rs("'verbal domestic between partners'; DASH answers not taken up; no behaviour attributed to Jamie",
                   "mutualised ('both had been drinking', 'argued'); her declining noted; no strengths",
                   "information letter sent to Kirsty; nothing planned",
                   "children noted as in bed; no consideration of their experience"),
    ),
    dict(
        setting="CP conference summary", note_type="routine",
        text="""Review Child Protection Conference summary, Whitleigh, Plymouth. Children: Lacey (11), Brandon (8) and
Tia (1) Hocking. Mother: Sarah Hocking. Father of Tia: Jason Parr. Since the initial conference police have attended
twice. On 2 July Jason punched Sarah and broke her nose while she was holding Tia; on 19 August he smashed the car
windscreen after Sarah refused to give him her phone. Jason has convictions for violence against previous partners
(2016, 2019) and has not engaged with the Choices programme despite three referrals. Despite this, Sarah has continued
to allow Jason into the home and has not been honest with professionals about contact. Sarah has not engaged with the
Freedom Programme. Conference was concerned that Sarah is not able to prioritise the children's needs over her
relationship. The children remain subject to a CP plan under the categories of neglect and emotional abuse. Plan: Sarah
to end her relationship with Jason; Sarah to attend the Freedom Programme; written agreement to be updated; PLO to be
considered if there are further incidents.""",
        scores=sc(3, 1, 1, 1),
        reasons=rs("Jason's assaults, history and non-engagement specific, but dropped from the analysis and plan",
                   "'allowed Jason in', 'not honest', 'cannot prioritise the children'; no strengths",
                   "every action is imposed on Sarah",
                   "children only named; Tia's presence during the assault not considered as harm"),
    ),
    dict(
        setting="home visit", note_type="trained",
        text="""Home visit, Linthorpe, Middlesbrough. Seen Katie Lister and her son Finley (6). Katie's ex-partner
Rachel Dunn has continued to contact Katie through Finley's school and through Katie's mother since the relationship
ended in May. Rachel has sent Katie's employer messages alleging Katie drinks at work, has posted Katie's new address on
Facebook, and in June turned up at Finley's football club and told other parents Katie is "an unfit mother". This is a
continuation of the control Rachel used in the relationship, when she restricted Katie's contact with her family and
checked her phone daily. Rachel's choices are designed to isolate Katie and undermine her as a parent. Katie was upset
during the visit and said she is "exhausted". I explained the plan agreed at the CIN meeting: Katie to report every
contact to police, to keep Finley away from the football club for now and to give the school a copy of the
non-molestation order when it is granted. Katie asked whether the school could let her know if Rachel contacts them; I
will raise this. Finley was playing Lego during the visit and seemed settled. Katie says he has asked why "Mama Rach"
does not come any more.""",
        scores=sc(4, 3, 2, 2),
        reasons=rs("Rachel's campaign of contact and undermining named as her choices and linked to past control",
                   "no blame, but Katie's strengths are not recorded",
                   "plan made at CIN and explained to Katie; only her one request taken forward",
                   "Finley observed settled and his question relayed; impact not assessed"),
    ),
    dict(
        setting="court statement summary", note_type="trained",
        text="""Summary of social work statement, private law proceedings, Wakefield Family Court. In my assessment,
Mr Liam Beck's behaviour is the primary risk to Harper (5) and Jacob (3). Over the three years I have reviewed, Liam has
controlled Ms Gemma Stead's access to money and her car, threatened to report her to social services if she left, and
on 11 December strangled her until she lost consciousness, with Harper in the room. Liam has not acknowledged any of
this; in interview he said Gemma "makes things up". Ms Stead has protected the children by leaving with them to her
sister's in Pontefract on 12 December, applying for a non-molestation order, and keeping them at the same nursery and
school to give them stability. She has worked with me on a plan she designed around the children's routines, including
handovers through her sister if contact is ordered. Harper told me "daddy squeezed mummy's neck and she went floppy";
since then she has stopped speaking at nursery and will only whisper. Jacob has regressed in his toileting. Their
distress is a direct result of their father's violence. I recommend no direct contact until Mr Beck has completed an
accredited perpetrator programme and a further risk assessment.""",
        scores=sc(4, 4, 4, 4),
        reasons=rs("financial control, threats and strangulation named as Liam's pattern; his denial noted",
                   "Gemma's specific protective actions listed; no blame",
                   "plan designed by Gemma around the children's routines",
                   "Harper's account and selective mutism, Jacob's regression tied to their father's violence"),
    ),
    dict(
        setting="Early Help review", note_type="transition",
        text="""Early Help review, Chester-le-Street, Co Durham. Household: Brian Hewitt (61); his granddaughter Chloe
(12), whom he cares for under a Child Arrangements Order; and his daughter Natasha Hewitt (33), Chloe's mother, who
moved back in with them in March. Brian disclosed at the last review that Natasha has been taking his pension money and
shouting at him when he refuses. School report that Chloe has been withdrawn. At this review Brian said things had
"settled down"; he is reluctant to ask Natasha to leave as she has nowhere else to go. The worker reminded Brian that
Chloe's needs must come first and that he needs to think about whether Natasha living there is in Chloe's best
interests. Brian has kept Chloe's routines going and takes her swimming twice a week. Chloe told the worker she "stays
in her room" when her mum is "in one of her moods" and that she misses how things were before. Plan: Brian to consider
a referral to adult safeguarding; Natasha to be offered the drug and alcohol service; worker to see Chloe alone at the
next visit.""",
        scores=sc(2, 2, 2, 3),
        reasons=rs("Natasha's financial abuse and shouting recorded once, then 'moods'; no pattern drawn",
                   "roles reversed: Brian's care for Chloe noted, but he is told to put Chloe first",
                   "referral left for Brian to 'consider'; nothing worked out with him",
                   "Chloe's withdrawal and her words about her mother's moods recorded; direct work planned"),
    ),
    dict(
        setting="probation / perpetrator-programme update", note_type="transition",
        text="""Offender manager update to CSC, Southmead, Bristol. Subject: Dwayne Foster, on licence following a
sentence for ABH against his ex-partner Louise Bennett. Dwayne has been attending supervision and says he has "moved
on". He has disclosed a new relationship with Stacey Price, who has two children aged 3 and 6. A DVDS disclosure has been
made to Stacey by Avon and Somerset Police. Dwayne's previous offending followed a pattern: jealousy over texts,
isolating his partner from friends, then violence when she tried to leave. He has not yet started the Kaizen programme.
Stacey has told police she believes Dwayne has changed and that his ex-partner "wound him up". The OM's view is that
the relationship is volatile and that Stacey may struggle to protect her children if she continues to have Dwayne
staying over. CSC is asked to consider an assessment of Stacey's capacity to protect.""",
        scores=sc(3, 1, 1, 1),
        reasons=rs("Dwayne's offending pattern set out, but the risk is then relocated to the relationship",
                   "'volatile' and 'capacity to protect' aimed at Stacey; no strengths",
                   "assessment of Stacey requested; no planning with her",
                   "children mentioned only by age"),
    ),
    dict(
        setting="family-group conference", note_type="transition",
        text="""Family Group Conference record, Kingstanding, Birmingham. Family: Precious Adeyemi and children Daniel
(10), Grace (7) and Esther (2). Father Samuel Adeyemi attended the information-giving part only. The coordinator
explained the local authority's concerns: Samuel has been violent to Precious on at least four occasions known to
police, most recently hitting her with a belt in January, and the children have seen this. Samuel told the meeting that
he is the head of the family and that Precious "disrespects him in front of the children"; the social worker said that
nothing Precious does makes violence acceptable and that the violence is Samuel's choice. During private family time
Precious, her sister Blessing and their pastor agreed a plan: Samuel to stay with his brother; Blessing to stay with
Precious at weekends; the pastor to meet Samuel weekly. Precious asked that the children are not told the details. The
plan was accepted by the social worker with the addition that Precious will call police if Samuel comes to the house.
Daniel's views were shared by his advocate: he wants his dad to "stop hurting mum" and to come home when he has
stopped.""",
        scores=sc(4, 3, 3, 3),
        reasons=rs("Samuel's repeated violence named and his excuse challenged as his choice",
                   "no blame; Precious's part in the plan recorded but few specific strengths",
                   "family plan led by Precious, with a condition added by the social worker",
                   "Daniel's wishes heard through his advocate; the children's experience otherwise general"),
    ),
    dict(
        setting="duty / out-of-hours", note_type="messy",
        text="""OOH log 01:20 - Low Hill, Wolverhampton. WMP called re M (Sadia Iqbal) + C1 Zain 8, C2 Hana 4. P (Omar
Siddiqui, not bio dad to Zain) arrested - assault on M, bruises to arms + neck per officer. Omar had locked M + kids in
bedroom approx 2 hrs, took Ms phone, Zain used his ipad to msg his aunt who called 999. Officer says Zain v calm, said
"he does this when mum says no", showed officer where he hides the ipad "for emergencies". Hana asleep. M distressed,
wants to stay at home, aunt (Rubina) coming to stay tonight. M says Omar has keys - asked re locks, she will call
housing am. Discussed w/ M: she will keep kids home from school tmrw, aunt staying. Police to seek remand / bail conds.
Pass to day team: consider S47, Zain needs seeing - credit for what he did but also what he is carrying, hes been
planning for this.""",
        scores=sc(3, 3, 3, 4),
        reasons=rs("Omar's assault, confinement and phone-taking recorded; pattern only in Zain's words",
                   "no blame of Sadia; her wishes noted, strengths thinly recorded",
                   "overnight arrangements discussed with Sadia and based on her choices",
                   "worker assesses Zain's emergency planning as the weight he carries from Omar's behaviour"),
    ),
    dict(
        setting="health visitor", note_type="messy",
        text="""HV contact 6-8 wk check - Meir, Stoke. Baby Aria + M (Priya Sharma). MIL (Kamla) present throughout,
answered for M, M v quiet. Chance to see M alone by the car. M said MIL + husband (Vikram) wont let her go out alone,
MIL keeps her passport + child benefit card, "she says Im a bad mother if baby cries". Vikram shouts at M if she
complains about his mum. M tearful, EPDS not done properly w/ MIL there. Feeding - bottle, MIL decides feeds. Aria wt
25th centile, gaining. M asked not to tell anyone yet, scared. Gave Karma Nirvana no. - saved in her phone as
"Dentist". Agreed next contact at clinic on her own - M says she can come Tues when MIL at temple. Inform GP +
safeguarding lead, consult MASH.""",
        scores=sc(3, 3, 4, 1),
        reasons=rs("control by mother-in-law and husband specific (passport, money, isolation), as relayed by Priya",
                   "no blame; Priya's fear noted, her strengths only implicit",
                   "contact and helpline arrangements built on Priya's own knowledge of when she is safe",
                   "Aria only weight and feeding; no assessment of harm to her"),
    ),
]
