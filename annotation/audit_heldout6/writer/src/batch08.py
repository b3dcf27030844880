NOTES = [
dict(
setting="school DSL log",
note_type="routine",
text="""DSL log, Marlowe Academy, Purfleet Reach, Thurrock. Entry by Ms P. Oduya, DSL.

Head of Year 7 reported that Callum Fisher (11) has been late nine times this half term and is often without his PE kit and homework. When asked, Callum said it has been "a bit mad at home" because his mum and her boyfriend have been arguing and the police came round at the weekend. He said he was tired and did not want to talk about it.

Mum (Ms Stacey Fisher) was phoned. She said there had been a domestic at the weekend but that it was sorted and the boyfriend had gone to stay elsewhere. She said Callum was "being dramatic". Mum was informed that the school will have to make a referral if there are further incidents affecting Callum's attendance and was reminded of her responsibility to get him to school on time. She agreed to sign up to the school's attendance support plan.

Callum to be monitored by form tutor. Information logged on CPOMS.""",
scores=dict(perpetrator_pattern=1, non_blaming_strengths=1, partnering_safety=2, child_harm_assessment=2),
reasons=dict(
perpetrator_pattern="'Arguing', 'a domestic'; the boyfriend not named or described.",
non_blaming_strengths="Responsibility and referral warning aimed at her.",
partnering_safety="Attendance plan agreed to, but imposed and not about safety.",
child_harm_assessment="Lateness and tiredness noted; his experience not explored.",
)),
dict(
setting="IDVA update",
note_type="routine",
text="""IDVA update. Client: Ms Lorraine Goddard. Referring agency: police (MARAC, standard list). Area: Braintree Fields.

Lorraine was contacted by telephone following a police report of an incident on 6 June. She said she and her partner, Mr Steve Hale, have both been drinking heavily since he lost his job and that "it gets nasty on both sides". She said he had thrown a plate which cut her hand. She was not sure if she wanted support as she feels she "gives as good as she gets".

Lorraine identified that the evenings when they both drink are the flashpoints. She said she wants to cut down and agreed she would go to her friend's on Friday nights. She would also like a referral to the local alcohol service, which I have made. She did not want a safety plan at this stage as she does not see herself as a victim.

Lorraine has a daughter aged 16 who lives with her father.

Case closed to IDVA after two contacts; Lorraine knows how to re-refer.""",
scores=dict(perpetrator_pattern=2, non_blaming_strengths=2, partnering_safety=3, child_harm_assessment=1),
reasons=dict(
perpetrator_pattern="Plate-throwing attributed to him, but mutual drinking frame adopted; no pattern.",
non_blaming_strengths="Her mutualising self-description adopted without challenge; not blaming by the worker directly.",
partnering_safety="Steps she identified and chose followed; safety strategy thin.",
child_harm_assessment="Daughter living elsewhere; no child assessment.",
)),
dict(
setting="strategy-discussion minutes",
note_type="trained",
text="""Strategy discussion minutes, 8 January. Chair: TM H. Oyelaran. Present: DS Fenwick (CAIT), SW L. Morgan, DSL Riverside Juniors, HV. Children: Kai (8) and Lola (1) Bennett, Northwold, Norwich Fringe.

Police shared that Mr Ashley Bennett has four call-outs since 2023 in which Ms Stephanie Bennett described him taking her phone, locking doors and, most recently on 6 January, holding a pillow over her face. The meeting agreed this is an escalating pattern of coercive control by Mr Bennett, with non-fatal strangulation/suffocation a serious indicator, and that the risk arises from his behaviour. Police will arrest him today.

Ms Bennett told the social worker by phone yesterday that she has already arranged to stay with her cousin in Thetford, has packed Lola's formula and medication, and has told Kai's school not to release him to his father. She has asked that the police not call her mobile as Mr Bennett checks it.

Kai told his teacher he heard "Daddy hurting Mummy" and tried to open the bedroom door. He has been quiet and asked to stay in at lunch. Lola is well, per HV.

Outcome: s.47 joint enquiry. SW to meet Ms Bennett at her cousin's tomorrow to plan with her. Contact with police via SW only.""",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=4, partnering_safety=3, child_harm_assessment=3),
reasons=dict(
perpetrator_pattern="Escalating pattern attributed to him, risk located in his behaviour, action taken.",
non_blaming_strengths="No blame; her protective steps recorded.",
partnering_safety="Her requests honoured; full plan with her still to come.",
child_harm_assessment="Kai's experience recorded; Lola only 'well'.",
)),
dict(
setting="court statement summary",
note_type="trained",
text="""Summary of social work statement, private law (s.7). Children: Oliver (11) and Grace (7) Pemberton. Applicant father: Mr James Pemberton. Respondent mother: Mrs Claire Pemberton. Court: Hertford Family Court.

Mrs Pemberton has, over a number of years, subjected Mr Pemberton to a pattern of controlling behaviour: restricting his access to the joint account, belittling him in front of the children, threatening to make false allegations to his employer, and on two occasions throwing objects at him, one of which cut his head. Mrs Pemberton told me Mr Pemberton "provokes" her; I do not accept this, and her behaviour is a choice she has made.

Mr Pemberton has protected the children: he left with them to his brother's home, kept them at school, and has made sure they continue to see their maternal grandparents. He and I discussed what he believes would make contact with their mother safe, and his proposals (daytime contact at the grandparents', no overnight stays for now, and handovers at school) form the basis of my recommendation.

Oliver told me he "keeps out of Mum's way when she's cross" and that he was frightened when she threw a mug at his dad. He said he would like to see his mum "but at Nana's". Grace said she misses her mum's cooking and wants her dad to be happy. Both children's experience of their mother's behaviour is a significant factor in my recommendation.""",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=3, partnering_safety=4, child_harm_assessment=3),
reasons=dict(
perpetrator_pattern="Specific, consistent pattern by the mother, her excuse rejected, framed as choice (roles reversed).",
non_blaming_strengths="No blame; his protective steps credited, briefly.",
partnering_safety="Recommendation built on his proposals.",
child_harm_assessment="Children's voices and fear recorded; harm assessment brief.",
)),
dict(
setting="police PPN relay",
note_type="trained",
text="""Police notification received from Gwent Police, Public Protection Unit, 3 March. Address: 14 Ffordd y Felin, Caerleon Vale.

Officers attended following a call from Ms Zoe Richards. Her ex-partner, Mr Bryn Phillips, had let himself into the flat with a key he had copied and was waiting in her bedroom when she came home. The officer's report records that this is the fifth time since their separation in October that Mr Phillips has entered her home or workplace uninvited, that he has placed a tracker on her car (found by Ms Richards and handed in), and that his messages refer to knowing her movements. The officer describes this as a pattern of stalking by Mr Phillips and he has been arrested for stalking and burglary.

Ms Richards was calm and clear. She had already photographed the tracker and kept a record of every incident, which officers are using as evidence. She asked that her son, Harri (7), not be woken.

DASH high; MARAC referral made. Officer note: "Harri has been sleeping in his mum's bed since Christmas; mum says he asks every night if the door is locked."

Passed to social care for assessment and support.""",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=4, partnering_safety=2, child_harm_assessment=3),
reasons=dict(
perpetrator_pattern="Repeated, specific stalking pattern attributed to him and named as such; arrest.",
non_blaming_strengths="No blame; her evidence-gathering and calm credited.",
partnering_safety="Her one request followed; no planning with her in a police relay.",
child_harm_assessment="Harri's fear and changed sleep linked to break-ins; second-hand.",
)),
dict(
setting="duty / out-of-hours",
note_type="transition",
text="""Duty record, Friday 17:30. Caller: Ms Olivia Grant, 3 Barley Close, Royston Heath. Worker: S. Mahmood.

Ms Grant called to say that her ex-partner, Mr Ben Kearney, had sent her sixty messages today after she refused to let him take their daughter, Lily (5), away for the weekend without agreement. The messages (she read several to me) call her names, accuse her of "poisoning" Lily, and say he will "turn up anyway". He has done this before on weekends when contact is due. I recorded that this pattern of messaging and threats comes from Mr Kearney.

Ms Grant told me what she is doing: she has kept Lily at her mother's today, has screenshotted all messages, and has arranged for her brother to stay the weekend. She said she is "exhausted with the back and forth between us".

I advised that she should call 999 if he attends, and that it would be better for Lily if both parents could keep communication civil and through a contact app. Passed to Monday duty for follow-up.""",
scores=dict(perpetrator_pattern=3, non_blaming_strengths=3, partnering_safety=2, child_harm_assessment=1),
reasons=dict(
perpetrator_pattern="Messaging and threats attributed to him as a repeated pattern.",
non_blaming_strengths="Her steps credited; worker's 'both parents ... civil' mutualises at the end.",
partnering_safety="Her own arrangements recorded; worker adds generic advice, no joint plan.",
child_harm_assessment="Lily only in logistics.",
)),
dict(
setting="school DSL log",
note_type="transition",
text="""DSL log, Ysgol Bro Taf, Pontypridd Uchaf. Entry: Mrs E. Jenkins, DSL.

Tomos Evans (Year 6) stayed behind after class and told Mr Harris that his dad "won't let Mum go to Zumba anymore" and that when his mum came home late last week his dad "made her sit on the stairs for ages and wouldn't let her go to bed". Tomos said he sat with her on the stairs because he "didn't want her to be on her own". He said he hates weekends now because "Dad is home all day and watches everyone". Tomos has been falling asleep in class and has stopped putting his hand up; his teacher describes him as "like he's holding his breath all day". Tomos said he wants his mum to be happy and "for Dad to stop being the boss of her".

We know Mr and Mrs Evans have a difficult relationship. Mrs Evans was spoken to at pick-up and was tearful. She asked that school not contact Mr Evans and that messages go to her work email. She agreed that school would make a referral.

Referral to Children's Services made. Tomos to have ELSA sessions, which he agreed to.""",
scores=dict(perpetrator_pattern=2, non_blaming_strengths=2, partnering_safety=3, child_harm_assessment=4),
reasons=dict(
perpetrator_pattern="Father's control appears through Tomos; DSL's own framing is 'difficult relationship'.",
non_blaming_strengths="Mutualising phrase; no blame of her but no strengths.",
partnering_safety="Her requests on contact followed and referral agreed with her.",
child_harm_assessment="Tomos's experience of his father's control and its effects recorded in detail.",
)),
dict(
setting="case closure summary",
note_type="transition",
text="""Case closure summary. Family: Ms Amber Nolan, children Charlie (9) and Rosie (6). Address: Broad Street, St Neots Meadow.

The case was open for nine months. Mr Jordan Nolan's behaviour towards Ms Nolan followed a pattern established early in the relationship: he isolated her from friends, monitored her phone and social media, and responded to any sign of independence with threats and, on three occasions, physical violence. He told professionals that Ms Nolan was "unstable"; this was not supported by any evidence and reflected his efforts to discredit her. He did not engage with the perpetrator programme.

Ms Nolan separated from Mr Nolan in January and has since rebuilt links with her friends and returned to work. She has been consistent in keeping the children's routines.

Before closure, Ms Nolan signed a written agreement that she will not allow Mr Nolan to have contact with the children outside of a court order and that she will inform the local authority if he returns to the home.

Charlie and Rosie are reported by school to be doing well.""",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=3, partnering_safety=1, child_harm_assessment=2),
reasons=dict(
perpetrator_pattern="Specific, consistent pattern attributed to him, discrediting challenged.",
non_blaming_strengths="No blame and strengths noted; agreement implies onus on her.",
partnering_safety="Closing written agreement imposed on her.",
child_harm_assessment="'Doing well' only; no assessment of their experience.",
)),
dict(
setting="IDVA update",
note_type="messy",
text="""IDVA update - Ms Marta Silva - St Albans Heath - ref 0922 - to SW J Ross

Marta called 9am - ex (Rui Costa) outside school gate again Weds, followed her + kids to car, said "I know where you live now". This is the 3rd time in 2 wks - same thing he did b4 she left (turning up, watching, then threats). He's also got his mum ringing Marta to "talk sense". All his doing - he knows about the NMO.

Marta has been brilliant - changed school run time, got the school to let her park in staff car park, kept diary + reported each time (crime nos sent). Safety plan reviewed w/ M today - she wants: police to action breach (done - PC Adams), MARAC re-ref, her cousin to do Fri pick up, + to tell kids' school the exact car Rui drives. She decided not to move - kids' school + her job.

Kids - Tiago 9 told M "I thought Dad was going to grab us" + has been checking the window at night. Lara 6 hasn't said anything but clingy at bedtime. M wants Tiago to see school counsellor - I'll pass to SW.""",
scores=dict(perpetrator_pattern=3, non_blaming_strengths=4, partnering_safety=4, child_harm_assessment=3),
reasons=dict(
perpetrator_pattern="Stalking behaviour and family pressure attributed to him, linked to past pattern.",
non_blaming_strengths="No blame; many specific strengths.",
partnering_safety="Safety plan reviewed with her, her choices.",
child_harm_assessment="Tiago's fear of father and checking recorded; Lara brief.",
)),
dict(
setting="housing officer",
note_type="messy",
text="""Housing - tenancy visit notes - 18B Cornflower Walk, Thamesmead Quay - tenant Ms Deborah Adjei - 24/2

Neighbours complaining again - shouting + banging 1-2am, 3rd time this month. D says its her partner (Kwesi, not on tenancy) when he comes in drunk, he "slams the doors" + "goes on at her". She says she's asked him not to come round but he has a key. Kids (2 - 8yo + 3yo?) asleep during. Door frame damaged - D says K kicked it.

Told D she's responsible for her visitors under tenancy. Possible ASB warning. D asked about getting the locks changed - told her she can arrange + pay a locksmith herself or report as a repair (may be recharged).

Ref to tenancy sustainment for budgeting support. Will revisit 4 wks.""",
scores=dict(perpetrator_pattern=2, non_blaming_strengths=1, partnering_safety=1, child_harm_assessment=1),
reasons=dict(
perpetrator_pattern="Kwesi's slamming, shouting, kicking attributed to him in her account, but treated as ASB; no pattern.",
non_blaming_strengths="Made responsible for his behaviour and threatened with warning and recharge.",
partnering_safety="Her request for locks met with cost to her; nothing planned with her.",
child_harm_assessment="Children's ages uncertain, 'asleep'.",
)),
]
