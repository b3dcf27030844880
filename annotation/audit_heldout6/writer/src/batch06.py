NOTES = [
dict(
setting="case closure summary",
note_type="routine",
text="""Case closure summary. Family: Ms Bethany Cole and Oscar (4). Address: Wherry Lane, Lowestead, Norfolk.

The case was opened in March following a police referral after a domestic incident at the family home. Ms Cole ended the relationship with Oscar's father shortly after and has not resumed it. She moved into her mother's home, found Oscar a nursery place close by, and returned to part-time work at the garden centre. She attended every visit and core group and completed the Freedom Programme, and she has spoken about how much more confident she now feels making decisions for herself and Oscar. The nursery describe her as a warm and attentive mother.

Oscar is settled at nursery and has made friends.

There is no current contact between Oscar and his father; any future arrangements would be for the family court.

Ms Cole has been given the number for the DA helpline. Case closed with no further action.""",
scores=dict(perpetrator_pattern=1, non_blaming_strengths=3, partnering_safety=2, child_harm_assessment=1),
reasons=dict(
perpetrator_pattern="'Domestic incident'; father never named or described.",
non_blaming_strengths="No blame and specific strengths; 'ended the relationship' remains the measure of progress.",
partnering_safety="Her own steps recorded but no plan built with her; helpline number only.",
child_harm_assessment="'Settled', 'made friends' only.",
)),
dict(
setting="probation / perpetrator-programme update",
note_type="routine",
text="""Probation update to children's services. Person on probation: Mr Dale Whitaker, Community Order with Rehabilitation Activity Requirement. Office: Colchester Vale.

Mr Whitaker was sentenced in May for assault by beating and criminal damage against his partner, Ms Kimberley Shaw. OASys identifies a pattern of domestic abuse against three partners since 2014, with jealousy, alcohol and controlling behaviour as risk factors, and he has previously breached a restraining order. His risk of serious harm is assessed as high to known adults.

Mr Whitaker has attended appointments. He states that the relationship with Ms Shaw is volatile and that they are both to blame. Ms Shaw has been in contact with him and visited him at his mother's address on two occasions, which is a concern given the level of risk. Probation would ask that children's services remind Ms Shaw of the risks and of the impact on her children of continuing the relationship.

Mr Whitaker is due to start Building Better Relationships in September.""",
scores=dict(perpetrator_pattern=3, non_blaming_strengths=1, partnering_safety=1, child_harm_assessment=1),
reasons=dict(
perpetrator_pattern="Pattern across three partners and risk factors attributed to him from OASys; his 'both to blame' not challenged.",
non_blaming_strengths="His mutualising recorded; onus on Ms Shaw's contact.",
partnering_safety="Request to 'remind' her of risks; imposed.",
child_harm_assessment="Children only as 'impact' she should consider.",
)),
dict(
setting="CAMHS letter",
note_type="trained",
text="""Dear Mr Okoro (social worker),

Re: Ellie-May Turner, age 12, Riverside, Thamesmead Quay.

I have seen Ellie-May for six sessions. She has told me in detail what life was like while her father, Mr Paul Turner, lived at home. She described him deciding when the family could eat, going through her mother's bag, and making Ellie-May sit and listen while he told her mother she was "pathetic". She said she learned to "read Dad's footsteps" on the stairs to know whether to hide her phone. She has panic attacks when she hears a key in the door and has avoided sleepovers because she does not want to be away from her mother.

I consider Ellie-May's anxiety to be a response to her father's controlling behaviour and to her having been made an audience to it. It is not a disorder located in her.

Ms Jade Turner has attended every appointment. She has explained to Ellie-May, in words we agreed together, that what happened was not her fault or her mother's. We have planned with Ms Turner how to respond when Ellie-May panics at the door, using the grounding steps Ellie-May chose.

Ellie-May has asked that her father not be told what she says in sessions, and I will respect this.

Yours sincerely,
Dr R. Anand, Clinical Psychologist, Greenwich Riverside CAMHS""",
scores=dict(perpetrator_pattern=3, non_blaming_strengths=3, partnering_safety=3, child_harm_assessment=4),
reasons=dict(
perpetrator_pattern="Father's controlling behaviours named and his responsibility clear; pattern via the child's account only.",
non_blaming_strengths="No blame; her attendance and careful explanation noted, limited wider strengths.",
partnering_safety="Planning with mother on the child's panic; not a wider safety plan.",
child_harm_assessment="Child's experience of his behaviour fully assessed and located in his conduct.",
)),
dict(
setting="housing officer",
note_type="trained",
text="""Housing officer case note, Cymdeithas Tai Glannau (tenancy ref 2231). Tenant: Ms Bronwen Jones, 6 Stryd Fawr, Pentre Isaf.

I met Bronwen at her request at the library. Her former partner, Mr Aled Morris, has kept a key to the property since he moved out in January. He has been coming in while she is at work, moving things around, and leaving notes on the kitchen table listing where she has been that week. He has also reported her to us anonymously for "subletting", which investigation has found to be untrue. These are deliberate acts by Mr Morris to show her he can still reach her, and I have recorded the anonymous reports as part of his behaviour and not as a tenancy matter.

Bronwen has photographed every note and reported them to police. She wants to stay in her home because her son, Iolo (10), is settled at school and near his grandparents. We agreed together what would make staying possible: an emergency lock change today at no cost to her, a sanctuary scheme survey for the back door, and a marker on her file so repairs staff do not give access to anyone but her.

Iolo was at school. Bronwen says he has noticed the notes and asked if "Dad's been in".""",
scores=dict(perpetrator_pattern=3, non_blaming_strengths=4, partnering_safety=4, child_harm_assessment=2),
reasons=dict(
perpetrator_pattern="Entry, notes and false reports named as his deliberate acts; short time span.",
non_blaming_strengths="No blame, false report re-attributed, her evidence-gathering credited.",
partnering_safety="Plan built with her on her wish to stay.",
child_harm_assessment="Iolo's question recorded second-hand; not assessed.",
)),
dict(
setting="Early Help review",
note_type="trained",
text="""Early Help review. Family: Mrs Maureen Gallagher and son Liam (11); adult son Connor Gallagher (20). Practitioner: T. Wilde, Hatfield Brook Family Centre.

Maureen told us that Connor has been taking money from her purse and pushing past her in the hallway when she refuses him, and that last month he kicked a hole in Liam's bedroom door. She links this to Connor's cannabis use and his friends, and I have not yet explored this with Connor, who did not attend.

Maureen has done a lot to keep Liam safe: she has moved Liam into the box room with a lock, has arranged for Liam to go to his aunt's on Friday nights when Connor's friends come round, and has told Liam's school what is happening. I discussed with Maureen that a referral to the adolescent-to-parent violence service may help, and she agreed to this.

Liam told me he lies awake on Friday nights "listening for Connor's key" even when he is at his aunt's, because he worries about his mum being on her own. He said he used to love football with Connor and "doesn't know where that brother went". His teacher reports he has been tearful in class and his writing has become very small and careful. Liam wants to keep going to his aunt's and would like his mum to come too.""",
scores=dict(perpetrator_pattern=2, non_blaming_strengths=3, partnering_safety=2, child_harm_assessment=4),
reasons=dict(
perpetrator_pattern="Connor's theft, pushing and damage recorded, but explained by cannabis and friends; not framed as his pattern.",
non_blaming_strengths="No blame; mother's protective steps credited (roles reversed).",
partnering_safety="Referral suggested by worker and agreed to; plan not built on her knowledge.",
child_harm_assessment="Liam's experience of his brother's behaviour, loss and fear assessed.",
)),
dict(
setting="home visit",
note_type="transition",
text="""Home visit, 41 Thistle Way, Stowmarket Heath. Present: Ms Naomi Baker and Alfie (7). Ms Kerry Lister, Naomi's partner, was out.

Alfie showed me his bedroom and his drawings. When I asked about home, he said that "Kerry shouts really loud at Mummy and calls her names" and that once Kerry "broke Mummy's glasses". He said he goes under his bed with his tablet when it happens and that he doesn't like it when Kerry picks him up from school because "she's grumpy in the car". His school report that he has become clingy at drop-off and has started biting his nails until they bleed.

Naomi said that she and Kerry have "a fiery relationship" and that things have calmed down. I recorded that both women appear to find the relationship stressful. Naomi was thoughtful about Alfie and said she has noticed the nail-biting and booked him in with the school nurse, and she has been taking him to her mum's on Wednesdays so he gets a break.

I advised Naomi that Kerry should not collect Alfie from school at the moment and that I will need to see Kerry at the next visit.""",
scores=dict(perpetrator_pattern=2, non_blaming_strengths=3, partnering_safety=1, child_harm_assessment=3),
reasons=dict(
perpetrator_pattern="Kerry's shouting, name-calling, breaking glasses emerge via Alfie; worker frames as mutual stress.",
non_blaming_strengths="Naomi's attentiveness and steps credited; worker's 'both women' mutualises.",
partnering_safety="Advice imposed on Naomi.",
child_harm_assessment="Alfie's experience and effects recorded, not analysed.",
)),
dict(
setting="probation / perpetrator-programme update",
note_type="transition",
text="""Probation update for core group. PoP: Mr Jermaine Scott (33), licence. Probation officer: C. Hart, Lambeth Vale PDU.

Mr Scott's offending history and current behaviour show a consistent pattern: coercive control of partners through monitoring their phones, restricting their money, and threats to harm himself if they leave, escalating to violence when they assert independence. This is the pattern behind the index offence (ABH on Ms Leanne Harris, 2024) and his 2019 conviction against a different partner. In supervision he continues to say Ms Harris "pushes him", and I have challenged this and recorded it as minimisation. He has been referred to the Building Better Relationships programme and his licence conditions prohibit contact.

Despite the no-contact condition, Ms Harris has been seen with Mr Scott on two occasions. She needs to understand that by continuing contact she is placing herself and the children at risk. I would ask that the social worker explores why she keeps going back.

Mr Scott says the children, Rico (6) and Amani (3), "love him" and want to see him.""",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=1, partnering_safety=2, child_harm_assessment=2),
reasons=dict(
perpetrator_pattern="Specific, consistent pattern across partners, minimisation challenged, accountability via licence.",
non_blaming_strengths="'Keeps going back', 'placing herself and the children at risk' - onus on her for his breach.",
partnering_safety="No planning with her; referral to SW to explore.",
child_harm_assessment="Only his claim that children love him.",
)),
dict(
setting="case closure summary",
note_type="transition",
text="""Case closure summary. Family: Ms Rebecca Holt, children Isaac (12) and Nell (9). Address: Goldhanger Road, Maldon Creek, Essex.

The case was open under a child protection plan for fourteen months. Mr Simon Holt's behaviour towards Ms Holt included controlling her access to money and the car, criticising her parenting in front of the children, and a serious assault in 2025 for which he was convicted. He did not engage with the local authority's attempts to work with him.

Over the plan Ms Holt and I built a safety plan together which she reviewed at each core group: she chose to stay in the family home with a sanctuary scheme door, arranged for the school to contact her directly if Mr Holt attended, and chose the timing of her divorce application. She has kept to the plan and adapted it when Mr Holt moved nearby.

There were times when Ms Holt was reluctant to work with professionals, which caused some concern, but she has engaged well recently.

The children have not been seen separately since the last review; school report no concerns. Case stepped down to Child in Need for three months, then closure.""",
scores=dict(perpetrator_pattern=3, non_blaming_strengths=2, partnering_safety=4, child_harm_assessment=2),
reasons=dict(
perpetrator_pattern="His controlling behaviour and conviction named; less specific on ongoing pattern.",
non_blaming_strengths="'Reluctant to work with professionals, which caused concern' and generic 'engaged well'; her plan credited elsewhere.",
partnering_safety="Safety plan built and reviewed with her on her choices.",
child_harm_assessment="Children not seen; 'no concerns' from school; earlier harm not summarised.",
)),
dict(
setting="duty / out-of-hours",
note_type="messy",
text="""Duty - 07/10 - MASH screen - Ms Leanne Pryor / C1 Josh 9 C2 Evie 6 - Haverhill Cross

Police intel (Herts): partner Karl Benson - 4 prev partners, 2 DVPOs, conv 2021 ABH on ex (kicked while she was pregnant), intel re tracking exes via car GPS. Pattern = control + escalation when partners try to leave, per DS Morton "textbook". Clare's Law right to know done 2/10.

Karl moved in 3 wks ago. School (DSL Hart) say Josh told them "Karl's rules" = no tv, no friends over, "we have to be quiet or Mum gets in trouble" - Josh looks "grey" + is not eating lunch, Evie has wet herself in class x2 since half term.

M knows his history now + has still let him move in. She told school he's "changed". M putting kids at risk. SW to visit today + tell M K must leave the property or we'll look at legal.""",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=1, partnering_safety=1, child_harm_assessment=3),
reasons=dict(
perpetrator_pattern="Detailed cross-partner pattern attributed to Karl, with current rules in the home.",
non_blaming_strengths="'Has still let him move in', 'putting kids at risk', legal threat aimed at her.",
partnering_safety="Ultimatum imposed.",
child_harm_assessment="Josh's words on Karl's rules and both children's effects recorded; not fully analysed.",
)),
dict(
setting="supervision record",
note_type="messy",
text="""Supervision notes - SW Bukola Adewale / TM Fran Hollis - Kaur fam (Hounslow W)

- Balvinder's ex (Manjit Gill) - pattern cont: 14 calls + 30 msgs on Sat after court, turned up at temple on Sun + told her family she's "unfit". Same as before the NMO - he uses the community + her family to get to her when he can't directly. His choice, he knows the NMO terms. BA reported breach w/ B's agreement.
- B - so strong thru this. Kept every msg, told temple committee herself, asked her brother to drive her + kids to + from temple. Her idea to use her brother's no. as main contact for school.
- Plan - BA + B reviewed safety plan Thurs, B added brother's no. + new temple route. Police breach response - B wants it pursued.
- C1 Gurleen 10 - told BA she "feels embarrassed at temple now". Not much else from kids yet - BA to do direct work wk of 21st.
- TM: good practice, keep holding Manjit to account thru NMO.""",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=4, partnering_safety=3, child_harm_assessment=2),
reasons=dict(
perpetrator_pattern="Specific, consistent pattern of using community and family, named as his choice; breach pursued.",
non_blaming_strengths="No blame; strong specific strengths.",
partnering_safety="Plan reviewed with her and her ideas added; brief.",
child_harm_assessment="One comment from Gurleen; direct work pending.",
)),
]
