from common import sc, rs

NOTES = [
    dict(
        setting="CP conference summary", note_type="routine",
        text="""Initial Child Protection Conference summary, Tunstall, Stoke-on-Trent. Children: Harley (7) and Macie
(4) Platt. Mother: Kayleigh Platt. Father: Ashley Platt. Reason for conference: a pattern of domestic abuse incidents in
the family home, with eight police call-outs in two years. Kayleigh and Ashley have a volatile relationship and both
have been arrested in the past. Kayleigh has a history of depression and has struggled to maintain the home.
Professionals were concerned that the children are exposed to domestic abuse and parental conflict, which is likely to
cause them emotional harm. Harley's school report that he is often tired and his attendance is 84%. Kayleigh told
conference that she has ended the relationship but professionals were not confident of this. Decision: Child Protection
Plan, category emotional abuse. Plan: Kayleigh to engage with the Freedom Programme and with her GP about her mental
health; written agreement that Ashley is not to attend the home; both parents to attend a parenting course.""",
        scores=sc(1, 1, 1, 2),
        reasons=rs("'incidents', 'volatile relationship', 'both arrested'; nothing attributed to Ashley",
                   "mutualised, her depression and home conditions foregrounded, her account doubted",
                   "plan of tasks and a written agreement imposed on Kayleigh",
                   "generic 'likely emotional harm' and Harley's tiredness, not assessed"),
    ),
    dict(
        setting="Early Help review", note_type="routine",
        text="""Early Help review, Berwick Hills, Middlesbrough. Present: mum Stacey Lowe, EH worker Sarah Knox, school
pastoral lead. Jake (9) completed a "my world" sheet with the EH worker. Jake said he feels "scared in my tummy" when
dad (Daniel Lowe) comes round because dad "throws stuff and calls mum bad names". He said he listens from the stairs and
goes back to bed when it stops, and that he worries dad will take his mum away. The worker's view is that Jake's stomach
aches and poor sleep, which school have also noticed, are due to what he is hearing at home when his dad is there. Mum
has been advised that she must not let Daniel into the house as this is affecting Jake, and that it is her
responsibility to put Jake first. Mum said Daniel turns up and she cannot stop him. Mum was told to call the police if
this happens. Next review in 6 weeks; if there is no improvement, step up to social care will be considered.""",
        scores=sc(2, 1, 1, 4),
        reasons=rs("Daniel's behaviour only through Jake's words; worker places the problem on letting him in",
                   "'her responsibility to put Jake first', 'must not let Daniel in'; her account of him turning up not taken up",
                   "instructions and a step-up threat; nothing planned with her",
                   "Jake's fear, listening from the stairs and somatic symptoms assessed against his father's visits"),
    ),
    dict(
        setting="health visitor", note_type="routine",
        text="""Health visitor contact, Wonford, Exeter. Visit to Emma Hart and baby Leo (5 months). Emma's partner Josh
was at work. A police notification was received via the safeguarding team of a domestic incident on 2/3 in which Emma
sustained a bruised arm. Emma said they had argued because Josh was stressed about money and that it was a one-off.
Emma is a loving mother; Leo is well presented, feeding well and meeting his developmental milestones. Emma's EPDS
score today was 14. Discussed the risks to Leo from domestic abuse and Emma was advised to keep Leo safe by making sure
he is not present during arguments. Emma was given information about the local domestic abuse support service. Emma
asked whether the HV could visit when Josh is at work; this was agreed. GP informed of the EPDS score; review in 4
weeks.""",
        scores=sc(1, 2, 2, 2),
        reasons=rs("'domestic incident', injury agentless, Josh's stress as the reason left unchallenged",
                   "generic praise ('loving mother') but Leo's safety placed on Emma and 'arguments' mutualised",
                   "visit timing agreed at her request; otherwise leaflet and advice",
                   "generic 'risks to Leo'; development only"),
    ),
    dict(
        setting="assessment analysis", note_type="trained",
        text="""Assessment analysis, Whitmore Reans, Wolverhampton. Children: Amani (6) and Kofi (2) Mensah. Kwame Mensah
has used physical violence and intimidation towards Abena Mensah since at least 2022: police records show four
call-outs, and Abena describes him punching walls beside her head and standing over her while she sleeps. On 9 April he
threw a glass that cut Kofi's forehead. These are Kwame's choices and he has not accepted any responsibility. However,
Abena has twice let Kwame back into the home after saying the relationship was over, and she needs to demonstrate that
she can sustain the separation. Abena has cooperated with the assessment. Amani has told me she "doesn't like the loud"
and hides in the wardrobe, and her teacher says she flinches at sudden noises in class. Kofi's injury shows that
Kwame's violence is directly harming the children. Plan discussed with Abena: she would like to move nearer her sister
in Dudley and has asked for help with a housing application, which I will support; she agreed to a referral to the
IDVA.""",
        scores=sc(4, 2, 3, 4),
        reasons=rs("Kwame's intimidation and violence named as his choices, with history",
                   "'let him back', 'needs to demonstrate' and generic 'cooperated' undercut an otherwise careful note",
                   "her wish to move and the housing help come from her, with a condition hanging over her",
                   "Amani's fear and hiding and Kofi's injury tied to Kwame's violence"),
    ),
    dict(
        setting="family-group conference", note_type="trained",
        text="""Family Group Conference, Devonport, Plymouth. Family: Charlotte Pascoe and her daughters Evie (11) and
Isla (7). Charlotte's ex-partner, Gemma Rowe, was not invited, at Charlotte's request and because of the
non-molestation order. The coordinator read out the social worker's summary: since the separation Gemma has continued
to message Charlotte through the girls' tablets and once waited outside school. Charlotte and her family led the
private family time. Their plan: Charlotte's mum will do the school run on Mondays and Thursdays, the days Gemma has
turned up before; the girls' tablets will be reset and new accounts set up by Charlotte's brother, who works in IT;
Charlotte will keep her diary of any contact for the police; and the girls' godmother will be the person they can call
if they are worried. Charlotte wants the girls to be told in words they understand why they cannot see Gemma, and has
asked the school nurse to help with this. The social worker agreed the plan in full. Evie said she wants "things to be
normal" and to go back to gymnastics; Isla did not want to speak.""",
        scores=sc(3, 4, 4, 3),
        reasons=rs("Gemma's messaging via tablets and waiting at school attributed to her; no fuller pattern",
                   "no blame; Charlotte's leadership and her diary recorded",
                   "family plan built by Charlotte around Gemma's known movements, agreed in full",
                   "Evie's wishes and plan to explain to the girls; their experience of Gemma not explored"),
    ),
    dict(
        setting="court statement summary", note_type="transition",
        text="""Summary of local authority position statement, care proceedings, Durham Family Court. Re: Brody (3) and
Summer (1) Nixon. The local authority's concerns are the physical and emotional harm to the children arising from
domestic abuse by their father, Ricky Nixon, and their mother Jodie Carr's ability to keep them safe. Ricky has
convictions for assault on Jodie (2023) and criminal damage (2024), and police were called on 16 January when he kicked
the front door in while the children were in the house. Jodie has been honest with the social worker about the abuse and
has begun the Freedom Programme, attending five sessions. However, Jodie continued to see Ricky in breach of the written
agreement, and the local authority considers she has prioritised the relationship over the children. Brody's nursery
report he has become aggressive with other children, pushing and shouting "shut up" in the way Jodie has described
Ricky speaking to her. The local authority seeks an interim supervision order with the children remaining in Jodie's
care under a safety plan; Jodie must not allow Ricky into the home.""",
        scores=sc(3, 2, 1, 3),
        reasons=rs("Ricky's convictions and door-kicking attributed, but responsibility shared with Jodie",
                   "honesty and Freedom attendance noted, then 'prioritised the relationship' and breach",
                   "'Jodie must not allow' - safety plan imposed",
                   "Brody's aggression linked to Ricky's way of speaking; Summer not considered"),
    ),
    dict(
        setting="supervision record", note_type="transition",
        text="""Supervision record, SW Anya Kaminska / TM Paul Greaves, Swindon. Case: Ahmed family, Pinehurst. Anya
discussed her visit to Rukhsana Ahmed after Rukhsana's disclosure to her GP. Rukhsana described her husband Farooq as
"very strict" and said she is not allowed to see her friends or use the car; she has started English classes without
telling him. Anya and Rukhsana worked out a plan together: Rukhsana will keep her phone at the college, where the IDVA
will meet her on Wednesdays; she has identified her neighbour's house as a safe place; she does not want police
involvement at present and this has been respected, with a clear agreement about when Anya would need to act. TM asked
about the children, Sana (9) and Bilal (5). Anya has not yet seen them alone; Rukhsana says they are "fine" and that
Farooq is "good with them". Action: Anya to see the children alone at school within two weeks. Discussed that the
family is culturally quite traditional, which may explain some of the restrictions.""",
        scores=sc(2, 3, 4, 1),
        reasons=rs("control described in Rukhsana's words, then partly explained away as culture",
                   "her English classes and safe place recorded; one minimising line about culture",
                   "plan worked out with Rukhsana on her terms, with agreed thresholds for action",
                   "children not seen; 'fine' relayed only"),
    ),
    dict(
        setting="school DSL log", note_type="transition",
        text="""DSL log, Lupset Primary, Wakefield. Child: Maya Greenwood (Y5). Recorded as DV incident witnessed by
pupil. Maya asked to speak to me at lunch. She said that her mum's boyfriend, Scott, "gets really angry" and last night
pulled her mum's hair and dragged her down the hall. Maya said she put her little brother in her bed and held his ears.
She said she did not want to go home if Scott was there but did not want mum to get into trouble. Maya was tearful but
clear. I told her it was right to tell and that it is not her job to keep her brother safe. Called Maya's mum, Rachel
Greenwood, who came in at 2pm. Rachel was shaken; she said she had already asked Scott to leave this morning and was
planning to change the locks, and that she did not want Maya to feel she had to protect anyone. We agreed Rachel will
collect Maya and her brother today and go to her mum's in Ossett, and she asked me to make the referral to the Front
Door with her; we did this together. Operation Encompass: none received for last night.""",
        scores=sc(2, 4, 4, 4),
        reasons=rs("one assault attributed to Scott via Maya; headline 'DV incident'; no pattern",
                   "no blame; Rachel's steps (asking him to leave, locks) recorded",
                   "plan for tonight and the referral made together with Rachel",
                   "Maya's protection of her brother and fear of going home assessed and addressed"),
    ),
    dict(
        setting="strategy-discussion minutes", note_type="messy",
        text="""Strat disc 11/7 14:00 (Teams) - Darlaston, Walsall. Attendees SW Kerry P, DC Hussain, school DSL, CAMHS.
C = Ellie-Mae Rowley 13. Concern: brother Connor Rowley (19) - assaulted dad (Steve) last wk, headbutt, Steve hosp.
Connor also smashed E-Ms bedroom door in Jan, takes her phone + reads her msgs, called her a grass after she told school.
Mum (Julie) + Steve both scared of C, say he "rules the house". Connor now in custody - remand? DC to confirm. E-M told
DSL she "can breathe" while hes away, doesnt want him back. Self-harm hx (CAMHS open) - started Feb, after door
incident, CAMHS say E-M links it herself to C. Parents want Connor not to return - theyve asked housing re his own
tenancy. Outcome: S47 - SW to see E-M + parents tmrw, plan w parents re if C released. CAMHS to bring fwd appt.""",
        scores=sc(3, 3, 3, 4),
        reasons=rs("Connor's assault, door-smashing and phone control listed; relayed, no analysis",
                   "parents abused by adult son: no blame, their steps noted briefly",
                   "parents' wish recorded and a plan with them is pending",
                   "Ellie-Mae's relief and self-harm linked to Connor's behaviour"),
    ),
    dict(
        setting="home visit", note_type="messy",
        text="""HV 5/12 Elswick, Ncl. M (Courtney Ryan) + C1 Oakley 4, C2 Bella 18mth. House v cluttered, dishes, nappy
bin overflowing. M says shes been "all over the place" since last wk - police called re DA at addr, M's ex (Kyle Hume)
- no further detail, M didnt want to go into it. M not had much sleep, says kids been unsettled. Talked about routine +
M agreed to try bedtime chart for Oakley. Reminded M that any contact w Kyle needs to be at contact centre per CIN plan
+ if she lets him in again it will be escalated. M said "I didnt let him in". Noted. M asked if nursery can be told not
to let Kyle collect - SW to ring nursery. Bella - nappy rash, advised cream. Next visit 2 wks, EH to help w clutter.""",
        scores=sc(1, 1, 2, 2),
        reasons=rs("'DA at addr'; nothing attributed to Kyle",
                   "escalation warning if 'she lets him in'; her denial merely 'noted'; home conditions foregrounded",
                   "one safety request (nursery) acted on; otherwise directions",
                   "'kids unsettled' only, not explored"),
    ),
]
