NOTES = [
dict(
setting="CP conference summary",
note_type="routine",
text="""Initial Child Protection Conference summary. Children: Jayden (10), Kayla (7) and Reggie (2) Marsh. Address: Pelham Gardens, Thornbury Green, London.

Reason for conference: repeated domestic incidents between Ms Toni Marsh and Mr Wayne Cole (father of Reggie), the most recent on 2 June when police were called after Ms Marsh sustained a cut lip. Ms Marsh has on previous occasions said the relationship was over but Mr Cole has continued to be seen at the address by neighbours and by the health visitor.

Agencies raised concern that Ms Marsh has been unable to prioritise the children's needs over her relationship. School reports Jayden is often late and Kayla has had head lice for several weeks. Health visitor reports Reggie's immunisations are not up to date.

Conference agreed that the children should be made subject to Child Protection Plans under the category of emotional harm. Ms Marsh is expected to attend the Freedom Programme, to end her relationship with Mr Cole and to ensure he has no contact with the children unless supervised. Mr Cole did not attend and was not invited to give his views as his whereabouts are unclear.

First core group within ten working days.""",
scores=dict(perpetrator_pattern=1, non_blaming_strengths=1, partnering_safety=1, child_harm_assessment=2),
reasons=dict(
perpetrator_pattern="'Domestic incidents between' and 'sustained a cut lip'; he is only a location problem.",
non_blaming_strengths="'Unable to prioritise the children over her relationship'; no strengths.",
partnering_safety="Expectations imposed on her alone.",
child_harm_assessment="Emotional harm category and neglect indicators, but children's experience of his violence not assessed.",
)),
dict(
setting="case closure summary",
note_type="routine",
text="""Case closure summary. Family: Roxanne Ellis and children Finley (9) and Harper (4). Address: Gorse Lane, Wickham St Mary, Norfolk.

The family were open to children's services under Child in Need following a referral from police in October when Mr Stuart Ellis assaulted Ms Ellis, punching her in the face and smashing her phone. Mr Ellis was charged and received a suspended sentence and a restraining order.

Ms Ellis initially allowed Mr Ellis back into the family home in December despite advice, which caused significant worry for professionals. Following a further strategy discussion she agreed to end the relationship and has maintained this for four months. She has completed the Freedom Programme. The children are described by school and nursery as settled.

Ms Ellis has been advised that if she resumes her relationship with Mr Ellis, a further referral will be made and the case is likely to be escalated. She understands this.

Reason for closure: Ms Ellis is now able to safeguard the children and there are no further concerns. Case closed to universal services.""",
scores=dict(perpetrator_pattern=2, non_blaming_strengths=1, partnering_safety=1, child_harm_assessment=1),
reasons=dict(
perpetrator_pattern="His assault and phone-smashing attributed to him and outcome recorded; single incident, no pattern.",
non_blaming_strengths="'Allowed him back despite advice', closing warning, safety resting on her.",
partnering_safety="Advice and warnings only.",
child_harm_assessment="'Described as settled' only; nothing on their experience.",
)),
dict(
setting="Early Help review",
note_type="routine",
text="""Early Help review meeting, Elmbridge Family Hub (Harlow district). Present: Mr Tom Fairley, Early Help practitioner (EHP), school pastoral lead. Ms Nicole Fairley did not attend.

Family were referred for parental conflict after Mr Fairley told the school that Ms Fairley had thrown a plate at him during an argument. Mr Fairley has since taken practical steps of his own: he has arranged to work from home on Mondays and Fridays so he is there at school pick-up, he has spoken to the GP about his low mood, and he has kept Ella (6) and Jack (9) in their usual clubs so their week stays the same. School say he has been open with them throughout and is a reliable point of contact.

Mr Fairley would like the family to attend the Parenting Together course. EHP agreed to send both parents the referral and to offer a joint session once Ms Fairley is available.

School report both children attending well, no concerns in class.

Actions: EHP to send course referral; EHP to try to contact Ms Fairley; review in six weeks.""",
scores=dict(perpetrator_pattern=1, non_blaming_strengths=3, partnering_safety=2, child_harm_assessment=1),
reasons=dict(
perpetrator_pattern="Mother's violence framed as 'parental conflict' and 'an argument'; no pattern explored (roles reversed).",
non_blaming_strengths="Father (victim-survivor) not blamed; specific steps recorded, though 'parental conflict' framing remains.",
partnering_safety="His wish for a course followed, but joint course is unsafe for DA and no safety planning.",
child_harm_assessment="'No concerns in class' only.",
)),
dict(
setting="Restart session",
note_type="trained",
text="""Restart session 4 (one-to-one). Participant: Mr Rhys Jenkins. Facilitator: K. Powell. Venue: Ystrad Mawr family centre.

We went back over the incident on 3 August. Rhys began by saying Bethan "pushed his buttons" by going out with her friends. I asked him to talk me through what he did. He described taking her phone, locking the front door and keeping the key in his pocket, and standing in the hallway so she could not get past. He accepted that he has done this "a few times" since Christmas. We named this as a way of controlling where she goes and who she sees, and that it was his decision each time.

I asked what Lily (9) and Mali (4) would have seen. Rhys said they were "watching telly". When we went through the layout of the house he accepted the hallway is visible from the living room and that Lily had asked him to "let Mummy go". He became quiet and said he had not thought about her being frightened of him. We agreed he would write down what Lily might have felt, for next session.

Bethan's views on safety are held by her IDVA and shared with the social worker; I have not spoken with her and have not planned around her. Next session: 17 September.""",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=3, partnering_safety=2, child_harm_assessment=3),
reasons=dict(
perpetrator_pattern="Specific controlling behaviours, pattern since Christmas, named as his decisions; excuse challenged.",
non_blaming_strengths="No blame of Bethan; her own strengths not recorded in this perpetrator-facing note.",
partnering_safety="Acknowledges her views held elsewhere; no planning with her here.",
child_harm_assessment="Lily's experience of his behaviour drawn out; Mali not considered, partly his account.",
)),
dict(
setting="court statement summary",
note_type="trained",
text="""Summary of local authority evidence (s.31 application), children Zara (12) and Idris (8) Hussain, Redbridge Cross.

1. Mr Imran Hussain has, over at least six years, controlled Ms Samina Hussain's access to money, her immigration documents and her contact with her family. He has threatened to have her sent back to Pakistan and to take the children with him. On 11 January he struck her with a belt. These are deliberate choices that Mr Hussain has made; he has not accepted responsibility and in interview attributed the assault to Ms Hussain "disobeying" him.

2. Ms Hussain has protected the children throughout. She secretly contacted a solicitor in 2024, kept copies of the children's passports at her cousin's, and in January took both children to a refuge. She has told the local authority what makes her and the children safer and the plan is built around that: school pick-up passwords, a refuge placement near the children's schools, and her own timing on a non-molestation order, which she obtained on 2 February.

3. Zara told her social worker she used to "keep Idris in my room with headphones on" when her father shouted and that she felt "like it was my job to keep Mum safe". Idris has drawn pictures of his father "with a belt". Both children have shown hypervigilance and Zara's attendance fell to 78%. The harm to the children arises from Mr Hussain's behaviour towards their mother and towards them.""",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=4, partnering_safety=3, child_harm_assessment=4),
reasons=dict(
perpetrator_pattern="Specific, consistent, linked to him as deliberate choices; his account challenged.",
non_blaming_strengths="No blame, her protective actions detailed.",
partnering_safety="Plan built around what she says keeps them safe, though described rather than shown as joint planning.",
child_harm_assessment="Children's voices and harm linked to his behaviour.",
)),
dict(
setting="strategy-discussion minutes",
note_type="transition",
text="""Strategy discussion minutes (s.47). Child: Theo Banks (13). Chair: TM R. Osei. Attendees: police DC Lambert, school DSL, SW M. Clarke, health.

Background: Theo disclosed to his form tutor yesterday that his stepfather, Mr Carl Freeman, grabbed him by the neck on Sunday after Theo stood between Mr Freeman and his mother. Theo said Mr Freeman "always goes for Mum when she's had a drink" and that he is "sick of it". School observed a red mark on Theo's neck. Theo says he does not want to go home if Carl is there.

Police: two previous call-outs to the address, both recorded as verbal domestics, no further action. Health: mother, Ms Dawn Banks, known to substance misuse service.

Discussion: the group agreed the home is chaotic and that Ms Banks's drinking and the relationship are both contributing to risk. Concern raised that Ms Banks may not be able to keep Theo safe from Mr Freeman.

Outcome: threshold met for s.47 single-agency. Police to speak to Mr Freeman. Theo to stay at his maternal aunt's tonight, which Theo asked for. SW to see Ms Banks today to agree a plan.""",
scores=dict(perpetrator_pattern=2, non_blaming_strengths=2, partnering_safety=2, child_harm_assessment=3),
reasons=dict(
perpetrator_pattern="Assault on Theo attributed to stepfather; but the group mutualises ('the relationship', 'verbal domestics') and ties it to her drinking.",
non_blaming_strengths="'Chaotic', her drinking and relationship as contributing, doubt over her ability.",
partnering_safety="SW to 'agree a plan' with her - intended, not yet with her; Theo's wish followed.",
child_harm_assessment="Theo's voice, injury and protective intervening recorded; his wishes acted on.",
)),
dict(
setting="housing officer",
note_type="transition",
text="""Housing officer case note, Southmere Homes (tenancy ref 04417). Tenant: Ms Abena Mensah, Flat 7, Cobbold Court, Ipswell.

Ms Mensah came into the office asking for a management move. She explained that her ex-partner, Mr Marcus Reid, knows the address, has been waiting outside the block at night, has damaged her car tyres twice, and sends messages saying he "knows her every move". She has a non-molestation order which he has breached once; police have been informed. She has reported the damage each time and has kept photographs, crime numbers and screenshots.

I explained that as the property damage was caused by a third party, Southmere would not recharge her for the repairs. I also noted on file that the antisocial behaviour complaints from neighbours in March relate to Mr Reid shouting in the stairwell and not to Ms Mensah's household.

Ms Mensah's son (6) was with her in the office. Application for management move submitted with priority for domestic abuse; I advised her she will have to accept the first suitable offer or she may lose priority. Sanctuary scheme referral made.""",
scores=dict(perpetrator_pattern=3, non_blaming_strengths=3, partnering_safety=2, child_harm_assessment=1),
reasons=dict(
perpetrator_pattern="Specific pattern of stalking, damage and breaches attributed to him; ASB correctly re-attributed.",
non_blaming_strengths="Her reporting and evidence kept recorded; no blame; ends on warning about offers.",
partnering_safety="Move and sanctuary follow her request, but terms imposed, no safety planning with her.",
child_harm_assessment="Son present only.",
)),
dict(
setting="family-group conference",
note_type="messy",
text="""FGC notes (coordinator) - Owusu/Bailey family, 19/9, Tilbury Reach community rm.

Present - M (Precious Owusu), MGM, Aunt Efua, uncle Kwame, SW, coord. F (Dwayne Bailey) not invited - SW says risk.

Private family time: family plan = M + kids (Kofi 7, Ama 3) stay at MGM's for now. Efua does school run so D can't catch M at gate (he has been waiting there + following M to bus stop). Kwame says he'll "have a word" with D - coord + SW said no, could escalate, family agreed to leave to police. M wants to keep her job at the pharmacy, family to do the 4-7pm childcare on her shift days. M said she's the one who knows when D is going to kick off - she wants a text code with Efua. Plan agreed by all.

Kofi's voice (via advocate): he "misses his room" + "doesn't want Dad to shout at Mummy no more", he wants to keep going to football. Ama too young.

SW to check MGM's space suitable. Review FGC 6 wks.""",
scores=dict(perpetrator_pattern=2, non_blaming_strengths=3, partnering_safety=4, child_harm_assessment=3),
reasons=dict(
perpetrator_pattern="Waiting at gate and following named as his; 'kick off' framing, no broader pattern.",
non_blaming_strengths="No blame; her knowledge of his behaviour and her job valued.",
partnering_safety="Family plan built with her on her knowledge and priorities.",
child_harm_assessment="Kofi's voice about his father's shouting and his wishes recorded; not analysed further.",
)),
dict(
setting="probation / perpetrator-programme update",
note_type="messy",
text="""Probation update to CSC - PoP Lee Garner (31), licence, Building Better Relationships (BBR). Area: Peterfield PDU.

Lee attended 9/12 sessions. In session 8 disclosed he "checks" ex-partner Jade's location via Snapchat map + has asked mutual friends where she goes - facilitator named this as ongoing monitoring + control, same as index offence (ABH, 2023, strangulation) and breach of licence condition no contact. Lee's pattern = jealousy -> checking -> accusations -> violence, per OASys + previous partner (2019). Recall considered, warning issued + added to risk mgmt plan. RoSH high to known adult.

Re kids - Lee says Jade "won't let him see" son Tyler (5). Lee states the DA was "years ago" and "Jade was no angel either". Not for contact at present.

Note: Jade is "still answering his calls sometimes" per Lee - CSC may want to speak to her about this and make sure she understands the risk.""",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=2, partnering_safety=1, child_harm_assessment=2),
reasons=dict(
perpetrator_pattern="Pattern specified across partners, linked to him, named as control and acted on.",
non_blaming_strengths="His 'no angel' recorded without challenge; closing line puts onus on Jade.",
partnering_safety="No planning with Jade; suggestion to 'make sure she understands' is directive.",
child_harm_assessment="Tyler considered only as contact issue.",
)),
dict(
setting="duty / out-of-hours",
note_type="messy",
text="""Duty note 02/03 - call from Bishopsfield Academy DSL re Summer Clarke (14).

School relay: Summer came in upset, told tutor step-dad (Aaron Pryce) "went mad" last nite, threw her phone at the wall when he found out she'd been texting her real dad, told her mum she was "a slag just like her". Summer said its "every night now" + she stays at her friends as much as poss. Summer says mum "just goes along with whatever he says", she is "sick of mum not doing anything". She has been self harming (cuts on arm seen by school nurse, superficial) and attendance down to 81%.

Called M (Kerry Pryce) - she said it was a row over the phone, A is strict but Summer is "hard work" at the mo. M not prepared to ask A to leave. Concerns M is minimising + not putting S first.

Plan: SW to visit tomorrow. Summer wants to stay at friend's (Jasmine, mum Mrs Kaur) tonight - agreed w/ Mrs Kaur.""",
scores=dict(perpetrator_pattern=2, non_blaming_strengths=1, partnering_safety=1, child_harm_assessment=3),
reasons=dict(
perpetrator_pattern="Aaron's actions specific via school relay but worker accepts 'row', no pattern analysis of his control over mother.",
non_blaming_strengths="Mother as minimising and 'not putting S first'; no consideration of her position.",
partnering_safety="Nothing with mother; overnight plan with friend's parent only.",
child_harm_assessment="Summer's voice, self-harm and attendance recorded and tied to his behaviour.",
)),
]
