from common import sc, rs

NOTES = [
    dict(
        setting="home visit", note_type="routine",
        text="""Home visit to 14 Harrow Close, Seacroft, Leeds following police notification of a DV incident at the
property on Saturday night. Present: mother Kerry Walsh, Jayden (6) and Mia (3). Kerry's partner Dean Ashby was not
present. Kerry stated there had been an argument that got out of hand and that police were called by a neighbour.
Kerry has a cut to her lip which she said was an accident. This is the third incident reported this year and the
relationship appears volatile. Discussed with Kerry that the children are being exposed to domestic abuse and that
this is having an impact on their emotional wellbeing. Kerry was advised that if she continues the relationship with
Dean, children's social care will need to consider escalating to a child protection plan. Kerry agreed that Dean will
not stay at the property while the children are there and signed a written agreement to this effect. Kerry was
reminded that it is her responsibility to keep the children safe. Jayden was playing on his tablet and did not want
to talk. Home conditions adequate. Plan: Kerry to contact Women's Aid by Friday; SW to visit again in two weeks.""",
        scores=sc(1, 1, 1, 2),
        reasons=rs("Dean named only as absent; 'DV incident' agentless, no behaviour attributed to him",
                   "'volatile' relationship, warning and 'her responsibility' aimed at Kerry; no strengths",
                   "written agreement binding Kerry, tasks set for her, nothing planned with her",
                   "generic 'exposed... impact on emotional wellbeing'; Jayden only observed, not assessed"),
    ),
    dict(
        setting="duty / out-of-hours", note_type="routine",
        text="""EDT call received 23:40 from South Yorkshire Police re a domestic at a flat on Wordsworth Avenue,
Parson Cross, Sheffield. Parents Lisa Brennan and Craig Hollis had been drinking and an altercation took place. Both
parents gave differing accounts. Craig was arrested to prevent a breach of the peace and released without charge at
02:00. The eldest child Ellie (11) had called 999 from the bathroom. Officers reported Ellie was shaking and crying
and told them "I thought he was going to kill mum, he had her against the wall". Ellie said she hides in the
bathroom with her brother when it starts and that it happens "when he's had a drink". Younger child Kai (4) was
asleep when officers arrived. Lisa told officers she did not want to make a statement. Lisa was advised by EDT by
phone that she needs to ensure the children are not present when there is alcohol in the home and that she should
think about whether the relationship is safe for the children. Lisa agreed Craig would stay at his mother's tonight.
Passed to day team for follow-up; consider strategy discussion.""",
        scores=sc(2, 1, 1, 3),
        reasons=rs("Craig's behaviour only in Ellie's quoted words and the arrest; worker frames 'altercation', 'both parents'",
                   "mutualised (both drinking, differing accounts); advice on alcohol and the relationship aimed at Lisa",
                   "instructions given to Lisa by phone; no plan made with her",
                   "Ellie's fear, hiding and 999 call recorded in some detail but not assessed; Kai not considered"),
    ),
    dict(
        setting="school DSL log", note_type="routine",
        text="""DSL log, Alder Lane Primary, Walsall. Reported by class teacher Mrs Okafor at 9:10am. Tyler Pemberton
(Y4) arrived late and tired and said to his teacher "mum and Gaz were shouting all night again". Tyler was quiet in
class and did not eat his lunch. Mum (Sophie Pemberton) spoken to at pick-up. She said there had been a row with her
partner but it was sorted now and Tyler was over-reacting. Mum was reminded of the school's duty to share concerns and
told that Tyler cannot keep coming into school tired and upset. Mum said she would make sure it does not happen again.
An Operation Encompass notification had been received at 8:15 for an incident at the home address last night, no
further detail given. Tyler's attendance this term is 88%. Referral made to Walsall MASH by DSL. Tyler to have a
check-in with learning mentor Mr Dhaliwal each morning this week.""",
        scores=sc(1, 1, 1, 2),
        reasons=rs("no one named as doing anything; 'incident', 'shouting', 'row' only",
                   "mother told Tyler cannot come in upset and made to promise it won't happen again; no strengths",
                   "school directs mother; check-in is for Tyler, nothing planned with her",
                   "Tyler's words and presentation noted, no assessment of what he is living with"),
    ),
    dict(
        setting="assessment analysis", note_type="trained",
        text="""Analysis (Child and Family Assessment), Hartcliffe, Bristol. Aaron Penrose has used a pattern of
coercive control against Jade Morley over the four years of their relationship: he monitors her phone, has taken her
bank card, and tells her that no one will believe her because of her past mental health history. On 3 March he chose
to smash the bedroom door while Jade and the baby were behind it; this was the fourth damage-to-property call-out
since 2024. These are parenting choices by Aaron and they have a direct impact on both children. Jade has taken
consistent steps to protect Ruby (7) and Alfie (10 months): she moved Alfie's cot into Ruby's room so both children are
behind one door, keeps a charged phone in the airing cupboard, and has told Ruby to go to Nana Pat's next door if she
hears shouting. Ruby told me she "keeps a lookout" at night and that she wets the bed "when Aaron is banging". Her
teacher reports Ruby cannot settle on Monday mornings. Ruby is carrying an adult's vigilance because of her
stepfather's behaviour, and her sleep and learning are affected by it. Jade has asked for help with a
non-molestation order and we discussed this; a referral to the IDVA has been made with her agreement. I have
recommended that the safety plan is reviewed with Jade at the next visit.""",
        scores=sc(4, 4, 3, 4),
        reasons=rs("specific controlling behaviours and door-smashing attributed to Aaron, framed as his parenting choices",
                   "no blame; Jade's specific protective steps recorded",
                   "her request and consent shape the referral, but the safety plan is the worker's recommendation",
                   "Ruby's vigilance, bed-wetting and school impact linked to Aaron's behaviour"),
    ),
    dict(
        setting="IDVA update", note_type="trained",
        text="""IDVA update to allocated social worker, Benwell, Newcastle. I met Shannon Reid at the children's centre on
12/05. Shannon described her ex-partner Nicola Carr turning up outside the flat three times last week and sending over
forty messages in one night, some threatening to "tell social" that Shannon is using again. Shannon has kept
screenshots of all the messages and gave them to Northumbria Police on 10/05. She has changed her number, told the
nursery that only she and her sister may collect Lily, and arranged for her sister to stay on Friday nights, which is
when Nicola usually turns up. Shannon wants to stay in the flat; she knows the estate and her support is here.
Together we agreed to apply for a non-molestation order, and Shannon chose to have a video doorbell fitted through the
sanctuary scheme rather than move to refuge. We also agreed a code word she can text to her sister. Lily (2) is
described by Shannon as "clingy" at the moment. Shannon remains high risk on the DASH (16 ticks) and the case will be
heard at MARAC on 22/05.""",
        scores=sc(3, 4, 4, 2),
        reasons=rs("Nicola's stalking and threats specific, but reported as Shannon's account, not drawn into a pattern",
                   "no blame; detailed protective actions by Shannon",
                   "orders, doorbell and code word chosen with Shannon around her wish to stay",
                   "Lily only 'clingy' via mother; no assessment of impact on her"),
    ),
    dict(
        setting="supervision record", note_type="transition",
        text="""Supervision record, SW Ellen Marsh / TM Rav Sidhu, Wolverhampton. Case: Begum children. Discussed the
incident on 2 June when Imran Begum pushed Farzana down the stairs. Ellen reports Imran has a history of controlling
Farzana's contact with her family and keeping her passport, which is the pattern the police are also aware of. Imran
has declined to engage with the Respect phone line. Farzana called the police herself on 2 June. TM noted that Farzana
has previously withdrawn statements and allowed Imran back into the home in January, and that the case may need to
escalate if this happens again. Ellen to complete a written agreement with Farzana that Imran will not have
unsupervised contact. Zara (9) has told her teacher that she covers her ears and "prays for it to stop" and has
started refusing to leave her mother at the school gate. Ellen will complete direct work with Zara using the three
houses tool. Actions: written agreement with Farzana by 9/6; check whether Imran's bail conditions cover the address;
consider legal planning meeting if further incidents.""",
        scores=sc(3, 2, 1, 3),
        reasons=rs("push, control of family contact and passport attributed to Imran; not carried into the plan",
                   "one strength (she called police) outweighed by 'allowed him back', withdrawn statements, escalation threat",
                   "written agreement imposed on Farzana",
                   "Zara's voice and separation anxiety recorded and direct work planned; link to Imran implicit"),
    ),
    dict(
        setting="health visitor", note_type="transition",
        text="""Health visitor contact, new birth visit, Orchard Park, Hull. Seen Chantelle Hughes and baby Archie
(14 days) at home. Partner Lewis Gray was present for the first part of the visit and answered most questions on
Chantelle's behalf; he left when asked to for the routine enquiry. Routine enquiry completed: Chantelle disclosed that
Lewis "loses his temper" and has thrown things at her, including during the pregnancy. She said he controls the money
and she has to ask him for nappies. Chantelle has been feeding Archie well and has kept all appointments, including
attending antenatal clinic alone when Lewis refused to drive her. Discussed the impact of domestic abuse on babies.
Chantelle was given the Hull domestic abuse service leaflet and advised to call 999 in an emergency. Chantelle asked
that this is not raised in front of Lewis; agreed that future contacts will be at the clinic. Archie is feeding and
gaining weight appropriately. Information shared with GP and the safeguarding team.""",
        scores=sc(2, 3, 2, 2),
        reasons=rs("Lewis's control recorded in her disclosure and one observation; not analysed as a pattern",
                   "no blame; some strengths (appointments kept, attending alone) but not framed as protective",
                   "generic leaflet/999 advice; one arrangement (clinic contacts) at her request",
                   "generic 'impact on babies'; Archie's growth only"),
    ),
    dict(
        setting="CP conference summary", note_type="transition",
        text="""Initial Child Protection Conference summary, North Ormesby, Middlesbrough. Children: Callum (12) and Leah
(8) Dobson. Concerns: Mark Dobson's abuse of Gemma Dobson since their separation in 2025, including repeated breaches
of his non-molestation order, following her to work and using handovers of the children to threaten her. Conference
heard that Mark had told Callum to "keep an eye on your mum and report back". Callum told the social worker that he
feels he has to choose and that he "can't say no to dad". Leah has been having nightmares and has asked to sleep in
Gemma's bed every night since Mark came to the house in March. School report Callum's behaviour has deteriorated and
he was excluded for a day after punching a peer. Gemma was commended for engaging with all professionals. Conference
noted concern that Gemma continues to agree to contact handovers at her home. Decision: Child Protection Plan,
category emotional abuse. Plan: Gemma to ensure handovers take place at the contact centre; Mark to be referred to a
perpetrator programme; Callum to be offered a CAMHS assessment.""",
        scores=sc(3, 2, 1, 4),
        reasons=rs("breaches, following and use of handovers attributed to Mark; referral for him, little analysis",
                   "generic praise plus concern that Gemma 'continues to agree' handovers",
                   "'Gemma to ensure' - plan imposed, not built with her",
                   "Callum's position as informant and Leah's nightmares tied to Mark's behaviour"),
    ),
    dict(
        setting="police PPN relay", note_type="messy",
        text="""PPN recd 07/04 from D&C Police. Addr Efford, Plymouth. Caller Janet Colley (58) re her son Ryan (24) -
? under influence, kicked front door in, threatened to "burn the house down wiv u in it". Ryan arrested, bailed cond
not to attend addr. Janets grandchild Skye (5) lives w/ her under SGO - Skye present, hiding upstairs per officer,
"she was crying + asking for nanna". Janet told officers 3rd time this month, Ryan demands money for drugs + takes her
bank card. Janet has now changed locks & told Skyes school only she can collect. DASH medium per officer. Janet
reluctant to support prosecution, says "hes my son, hes not well". no prev CSC for Skye since SGO 2023. Action: duty
SW to call Janet, check Skye ok, discuss options eg DAPO / drug services for Ryan / adult social care. Consider ref to
IDVA w consent.""",
        scores=sc(3, 3, 2, 2),
        reasons=rs("Ryan's threats, door-kicking and financial abuse specific and repeated, but relayed not analysed",
                   "no blame of Janet; her lock change and school instruction noted, reluctance recorded neutrally",
                   "options to be discussed and consent sought, nothing yet planned with her",
                   "Skye hiding and crying noted; impact on her not assessed"),
    ),
    dict(
        setting="home visit", note_type="messy",
        text="""HV 3/9 Stanley, Co Durham. F (Paul Robson) + C1 Jack 9, C2 Evie 6. M (Donna) not present - gone to her
mums after police called sat. F says Donna came home drunk, threw a mug at him, cut above eye - seen, healing. F v
embarrassed, says "blokes dont get hit by their wives do they". F says its happened before, she takes his phone + car
keys so he cant go out + tells kids hes useless. F has been doing school run, cooking, kids settled per school. Jack
told me "mum shouts at dad and says hes pathetic, i go in my room and put my headphones on". Evie drew pic of house w/
mum "angry face". F wants Donna to have contact but not at the house, asked if nanna can supervise - agreed to explore
w/ Donna + nanna. Mankind leaflet given, F says hell ring. next HV 2 wks.""",
        scores=sc(3, 4, 3, 3),
        reasons=rs("Donna's assault, taking phone/keys and belittling recorded as a pattern via F; not analysed as her choices",
                   "roles reversed: no blame of Paul; his care and protective wishes recorded",
                   "contact arrangement is his idea and to be explored with him; leaflet otherwise",
                   "Jack's account of Donna's belittling and how he copes recorded; not assessed for harm"),
    ),
]
