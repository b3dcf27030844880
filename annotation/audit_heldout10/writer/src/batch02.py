from common import sc, rs

NOTES = [
    dict(
        setting="Early Help review", note_type="routine",
        text="""Early Help review meeting, Airedale, Wakefield. Attendees: Amy Fletcher (mum), Family Support Worker
Jo Pickering, school pastoral lead. The review followed the incident in October when police attended due to a domestic
between Amy and her ex-partner Jordan Hirst. Amy reported that things have been calmer and that she has had no contact
with Jordan since he moved to Castleford. Amy has completed four sessions of the Freedom Programme and said she found
it helpful. Amy told the meeting that the time she feels most at risk is when she is leaving work late, and she has
arranged with her manager to finish at 4pm on the days she has the children. She asked for help with a referral to the
school holiday club so she is not relying on Jordan's mother for childcare; this was agreed and Jo will complete it.
Amy and Jo agreed she will ring the IDVA line if Jordan makes contact. Amy was reminded that Early Help will close if
there are no further incidents and that any further domestics would mean a referral to social care. Children (Noah 7,
Grace 5) attending school well. Plan reviewed, next review in 6 weeks.""",
        scores=sc(1, 2, 3, 1),
        reasons=rs("'a domestic between' them; Jordan mentioned only as having moved",
                   "mutualising and a warning to Amy, softened by her own protective arrangements",
                   "work hours, holiday club and IDVA line come from Amy's own account of risk",
                   "children named only for school attendance"),
    ),
    dict(
        setting="court statement summary", note_type="routine",
        text="""Summary of section 7 report, Birmingham Family Court, re: Amelia (6) and Theo (4) Kaur-Stevens. The
parents separated in 2024 after a relationship that both describe as argumentative. There have been five police
call-outs to domestic incidents, two of which resulted in Mr Stevens being cautioned for common assault. Mr Stevens
accepts he "lost it" on occasions but explains that Ms Kaur would provoke him by bringing up his ex-partner. Ms Kaur
has alleged that Mr Stevens controlled her finances and stopped her seeing her sister; these allegations are disputed
and the court has not made findings. Both parents love the children and both have a part to play in reducing the
conflict. Ms Kaur has made it difficult for contact to progress by cancelling three sessions. The children were
observed to be happy with both parents. Amelia said she likes going to daddy's "because he has a trampoline".
Recommendation: unsupervised contact on alternate weekends; both parents to attend a Separated Parents Information
Programme; Ms Kaur to facilitate contact.""",
        scores=sc(2, 1, 1, 1),
        reasons=rs("cautions for assault recorded against him, but provocation excuse accepted and control allegations set aside",
                   "'argumentative', 'both have a part to play', Ms Kaur 'made it difficult'; no strengths",
                   "recommendation directs Ms Kaur to facilitate; no safety planning",
                   "children's wishes only about the trampoline; no assessment of harm"),
    ),
    dict(
        setting="Restart session", note_type="trained",
        text="""Restart session 4 of 8, Bentilee, Stoke-on-Trent. Attended: Natalie Birch and her son Kacper (10). The
session focused on Kacper's memories of living with his father, Tomasz. Kacper chose to draw the kitchen and said this
is where "dad made everyone be quiet" and that he used to check dad's face when he came in from work to know "what
kind of night it was". He said he still checks his mum's face now and worries when she is on the phone. Kacper
described feeling guilty that he did not stop things. Natalie told Kacper that none of it was his fault and that she
was the one who got them out; she described how she planned the move to Stoke over three months, saving money in a
friend's account and leaving on a day Tomasz was working in Leicester. Kacper said he was proud of his mum for that.
Natalie and I agreed she will use the worry jar at bedtime, which was her idea, and that she will let school know
Kacper may be unsettled around his birthday, when Tomasz has previously tried to make contact. Next session: safety
and feelings.""",
        scores=sc(2, 4, 4, 4),
        reasons=rs("Tomasz's control appears only in Kacper's words and the birthday contact; worker does not name his pattern",
                   "no blame; Natalie's planned, careful escape and support of Kacper recorded",
                   "bedtime and school actions are Natalie's own ideas, agreed with her",
                   "Kacper's hypervigilance and guilt explored as his experience of his father's behaviour"),
    ),
    dict(
        setting="probation / perpetrator-programme update", note_type="trained",
        text="""Probation update (Building Better Relationships), Swindon. Subject: Kieran Doyle. Kieran has attended 9
of 24 sessions. In group he continues to describe Becky as "the problem" and minimises the incident on 14 January, when
he held her by the throat in front of their daughter Poppy (4), as "a push". The facilitator challenged this using the
summary of the police body-worn footage. Kieran has also been sending Becky messages about the children's clothes and
bedtime routine which, given his history of monitoring her, are a continuation of his controlling behaviour rather than
co-parenting. His choices are the source of risk to Poppy. He has been reminded that his licence conditions prohibit
contact other than through the agreed contact app, and this breach has been escalated to his offender manager. Becky
is not a party to this intervention; the partner support worker has been in touch with her. Poppy was described by
nursery in February as "frightened of loud men" and hides under the table; Kieran's behaviour is the likely reason.
Recommendation to CSC: contact to be considered only after completion and review.""",
        scores=sc(4, 3, 2, 3),
        reasons=rs("strangulation, minimisation and monitoring messages named as Kieran's choices and challenged",
                   "no blame on Becky, but none of her strengths recorded",
                   "partner support 'in touch'; no planning with Becky described",
                   "Poppy's fear linked to Kieran's behaviour, briefly and second-hand"),
    ),
    dict(
        setting="strategy-discussion minutes", note_type="trained",
        text="""Strategy discussion minutes, 18/11, Exeter. Present: SW Hannah Lowe (chair), DC Matt Pryce (Devon and
Cornwall Police), school DSL, school nurse. Reason: Mia Seward (13) disclosed to school that her stepfather Gary Seward
grabbed her by the arm and pushed her into the wall when she tried to stop him shouting at her mother, Claire. Police
information: two previous partners of Gary reported controlling behaviour and he was cautioned for assault in 2019.
Claire told the SW by phone that Gary decides what she wears, times her shopping trips and has, over the last year,
started to turn on Mia when Mia stands up for her. Claire has kept a diary since August and has offered it to police.
Mia told school she "would rather be at school than at home" and has been staying late at the library; she worries
about her little brother Finn (3). Gary is the source of harm; his behaviour towards Claire and Mia is a pattern of
control that now includes a physical assault on a child. Decision: joint s47 enquiry. Claire has asked that Gary is not
told about her diary before police speak to him; agreed. Claire wants to stay in the home with the children and for
Gary to leave; police to consider arrest and bail conditions, and SW to plan with Claire tomorrow about nights and the
school run.""",
        scores=sc(4, 4, 3, 4),
        reasons=rs("Gary's control, history and assault on Mia named as his pattern",
                   "no blame; Claire's diary and support of Mia recorded",
                   "her wishes drive decisions, but the safety plan itself is still to be made with her",
                   "Mia's avoidance of home and worry for Finn linked to Gary's behaviour"),
    ),
    dict(
        setting="housing officer", note_type="transition",
        text="""Housing officer note, Pennywell, Sunderland. Tenant: Michelle Todd, 2-bed flat, with son Riley (8).
Ms Todd attended the office to request a management transfer. She reported that her ex-partner Steven Kirk has been
coming to the flat late at night, banging on the door and shouting, and has damaged her car twice. Neighbours have
complained about noise and there is a live ASB case on the tenancy relating to disturbances at the property. Ms Todd
has been informed that the ASB case is being reviewed in light of her disclosure, as the disturbances appear to be
caused by Mr Kirk. She has asked to stay within reach of Riley's school and her mother's in Hylton Castle. We
discussed options; she prefers a transfer to a ground-floor property with a secure entrance over a refuge place.
Referral made to the Sanctuary Scheme with her agreement for a door upgrade while she waits. Advised that she reports
each incident to Northumbria Police and logs them with us. Housing register priority band to be reviewed.""",
        scores=sc(3, 3, 3, 1),
        reasons=rs("repeated night visits and damage attributed to Steven, ASB reattributed to him; no wider pattern",
                   "no blame; ASB against her reconsidered; strengths not described",
                   "her preferences shape the options and referral; reporting instruction otherwise",
                   "Riley appears only as a reason for location"),
    ),
    dict(
        setting="CAMHS letter", note_type="transition",
        text="""CAMHS letter to GP and social worker, Small Heath, Birmingham. Re: Aisha Rahman, 14. Thank you for
referring Aisha, who was seen with her mother Nasreen on 4 March. Aisha has been self-harming by cutting since
November. She described a home where her mother's husband, Tariq, "decides everything" and where she and her mother
are not allowed to go out without him knowing. She said she cuts "when the shouting has been bad" and that she feels
she cannot bring friends home. She spoke about feeling responsible for her mother and not wanting to leave her alone,
and described her mother as "the one who stands up for me". She scored in the clinical range on the RCADS for anxiety.
There appear to be ongoing relationship difficulties between Nasreen and Tariq which are impacting on Aisha. Nasreen was
advised that Aisha needs a calm and stable home environment and that she should consider how the conflict at home is
affecting her daughter. We have offered Aisha six sessions of CBT. We have not had contact with Tariq.""",
        scores=sc(2, 2, 1, 3),
        reasons=rs("Tariq's control in Aisha's words only; clinician frames 'relationship difficulties'",
                   "mutualised 'conflict' and advice aimed at Nasreen; a single strength via Aisha's words",
                   "advice given to Nasreen; no safety planning",
                   "Aisha's self-harm and responsibility explored in detail, but harm attributed to 'conflict'"),
    ),
    dict(
        setting="family-group conference", note_type="messy",
        text="""FGC prep notes - Armley, Leeds 21/2. M = Stacey Nolan, C1 Kayden 10, C2 Ava 7. Concern = Ms brother
Lee Nolan (34) living on sofa since Xmas, drinking, has hit M twice (Jan + 14/2), smashed TV, calls her a slag in front
of kids. Lee also controlling who comes round - told Ms friend to "get lost". M wants Lee out but scared of family
fallout - nan (Pauline) keeps saying "hes family, hes got nowhere". M says shes told Lee twice to go + he laughs.
Kayden told me "uncle lee is scary when hes had cans" and has started sleeping in Avas room "to look after her".
Family invited: nan, aunt Kelly, Ms friend Dionne. M wants plan re Lee leaving + where kids go if he kicks off. M asked
for police to come + explain what a DAPO is. pre-meet w/ nan to talk about Lees behaviour, not Ms "overreacting".""",
        scores=sc(4, 4, 4, 3),
        reasons=rs("Lee's assaults, abuse and control of visitors listed and the family's minimising to be challenged",
                   "no blame; Stacey's attempts to make him leave and her requests recorded",
                   "FGC agenda set by Stacey's wishes (Lee leaving, where the children go, DAPO)",
                   "Kayden's fear and caretaking recorded in his words, not assessed"),
    ),
    dict(
        setting="school DSL log", note_type="messy",
        text="""DSL log (CPOMS) 10.10 - Bransholme, Hull. Op Encompass recd 07:55 re incident at home addr last nt,
Humberside police attended, no arrests. C = Kelsey Marshall Y6. Police info: Dale Pearson (mums bf) took mums phone +
wouldnt let her leave the kitchen, Leanne called 999 from neighbours. Kelsey in at 8.50 nrml, quiet. At break told TA
(Mrs Coyle) mum + her boyfriend "had a fight" and police came. Said she was "not bothered". Mum (Leanne) has not been in
touch. Previous: 2 x Op E this yr (March, June). Attend 91%. Kelsey late 6x since Sept + forgot PE kit x4. Mum needs to
make sure K is in on time + has her kit. TA to keep an eye. Phoned mum 14.30 no answer, text sent asking her to contact
school. Passed to DSL Mr Reeve. Considering referral to EH.""",
        scores=sc(2, 2, 1, 2),
        reasons=rs("one relayed act by Dale (phone, blocking exit); otherwise 'incident'",
                   "Leanne's 999 call noted but the note puts lateness and contact on 'mum'",
                   "nothing planned with Leanne; school direction only",
                   "Kelsey's words and lateness noted, no assessment"),
    ),
    dict(
        setting="Early Help review", note_type="messy",
        text="""Ph call w/ M (Danielle Hurst) 15.40 - Gleadless, Sheffield. Ex (Shaun) turned up at contact handover
sat, screaming at her in car park in front of C1 (Mason 5), police not called. D says Shaun "always kicks off" at
handovers, has also been txting her new partner. D wants handovers moved to her mums drive so theres someone there -
shes already asked her mum who said yes. Discussed + agreed, FSW to let Shaun know by email. D also asking re
solicitor for child arrangements - gave Rights of Women no. + Sheffield DA helpline. Reminded D both parents need to
keep adult stuff away from Mason + that arguing in front of him is harmful. D said "Im not the one doing the
screaming". next contact thurs - EH review due 2 wks.""",
        scores=sc(2, 2, 3, 2),
        reasons=rs("Shaun's screaming and texting noted, then reframed by worker as parents 'arguing'",
                   "'both parents' and 'arguing' mutualise; Danielle's own planning noted",
                   "handover move is Danielle's plan, agreed; generic helpline info and a reminder aimed at her",
                   "generic statement that arguing is harmful; Mason's experience not explored"),
    ),
]
