NOTES = [
dict(
setting="home visit",
note_type="routine",
text="""Unannounced home visit to Ms Kelly Danvers at Flat 12, Harcourt House, Ashmead estate (Northfield borough) following police notification of a DV incident on Saturday night. Ms Danvers presented as tired and tearful. She stated that she and Mr Jordan Pike had been arguing over money and that things "got out of hand". There was a small mark on her cheek which she said was from the door. The children, Tyler (6) and Ruby (3), were at home at the time and were upstairs asleep according to mum.

This is the third incident reported this year and there are concerns about the volatile nature of the relationship and the impact on the children. Ms Danvers was reminded that she has previously agreed not to allow Mr Pike to stay at the property. She said he only came round to see the kids. Worker explained that if she continues to allow him into the home the local authority may need to consider stepping up to a child protection plan. Ms Danvers signed a written agreement that Mr Pike will not be at the address. Children seen briefly, appeared clean and appropriately dressed. Tyler was quiet.

Plan: review in two weeks.""",
scores=dict(perpetrator_pattern=1, non_blaming_strengths=1, partnering_safety=1, child_harm_assessment=1),
reasons=dict(
perpetrator_pattern="Incident-led and mutual ('arguing', 'volatile relationship'); nothing he did is named as his behaviour.",
non_blaming_strengths="Volatile relationship, 'allow him into the home', threat aimed at her; no strengths.",
partnering_safety="Written agreement binding her alone; imposed.",
child_harm_assessment="Children only seen for presentation; 'Tyler was quiet' not explored.",
)),
dict(
setting="duty / out-of-hours",
note_type="routine",
text="""EDT call 23:40 from Essex Police (Fenbridge response team). Officers attended 4 Mallow Close, Saxmere, after neighbour reported shouting. Male, Dean Hollis, had left prior to arrival. Female, Natalie Hollis, told officers there had been a verbal argument and nothing physical. She declined to make a statement. DASH completed by officers, graded standard. Two children in the household, Mia (9) and Leo (4); officers report both asleep and not disturbed.

EDT worker spoke to Mrs Hollis by phone at 00:15. She confirmed Mr Hollis had gone to his brother's. She said she was fine and did not want any help tonight. Advised to call police if he returns and there is any further trouble. No immediate safeguarding concerns identified for the children tonight as they are with their mother and the other parent has left the address.

Outcome: no further action by EDT. Passed to daytime MASH for information and checks, as there is a previous referral from 2023 relating to domestic abuse in the household. Case to be screened on Monday.""",
scores=dict(perpetrator_pattern=1, non_blaming_strengths=2, partnering_safety=1, child_harm_assessment=1),
reasons=dict(
perpetrator_pattern="'Verbal argument' as reported; no behaviour attributed to him or pattern considered despite previous referral.",
non_blaming_strengths="Mostly neutral, no overt blame, but no strengths recorded and 'argument' framing left unexamined.",
partnering_safety="Only generic advice to call police; nothing planned with her.",
child_harm_assessment="Children 'asleep and not disturbed' taken at face value; no consideration of their experience.",
)),
dict(
setting="school DSL log",
note_type="routine",
text="""DSL log, Oakfield Primary, Pontyrhos. Entry by Mrs S. Bevan, DSL.

Class teacher (Miss Rees) raised concern at 9.10am about Cerys Morgan (Year 3). Cerys arrived late with her mum and was very clingy at the door, did not want mum to go. In circle time Cerys said she "didn't sleep because of the shouting" and that "Dad threw the remote and it broke the telly". She said she hid under her duvet with her little brother Osian and put her hands on his ears. Miss Rees reports Cerys has been falling asleep in the afternoons for the past fortnight and her reading has dropped back. She has also started asking to stay in at playtime and has been drawing pictures of her house with a "cross face" in the window.

Mum spoken to at pick-up. She said there had been a row at home and that it was sorted now, dad was stressed with work. Mum told to let school know if there are any further incidents at home as it is affecting Cerys's learning.

Referral made to Children's Services front door. Cerys to have check-ins with Mrs Howells (ELSA) each morning.""",
scores=dict(perpetrator_pattern=1, non_blaming_strengths=2, partnering_safety=1, child_harm_assessment=3),
reasons=dict(
perpetrator_pattern="Only the child's words name him; the log itself records 'a row' and 'dad stressed', no pattern.",
non_blaming_strengths="'Row at home' mutualising and mother told to report; mild, no strengths.",
partnering_safety="Instruction to mum; no planning with her.",
child_harm_assessment="Child's voice and effects (sleep, learning, protecting brother) well recorded, though not linked explicitly to his behaviour as a pattern.",
)),
dict(
setting="assessment analysis",
note_type="trained",
text="""Analysis section, Child and Family Assessment: Amara (11) and Joseph (7) Okafor, Lewisham Vale.

Mr Daniel Okafor has used a pattern of coercive and controlling behaviour towards Ms Grace Okafor over at least four years. Grace describes him checking her phone nightly, taking her bank card, and deciding which friends and church members she may see. On 14 March he pushed her against the kitchen worktop in front of Joseph after she came home late from work. These are choices Mr Okafor has made, and he has so far described them as Grace "disrespecting" him.

Grace has protected the children in a number of ways: she keeps a small amount of money with her sister, she took the children to her sister's on 14 March, she told Amara's school and asked them to keep an eye on her, and she has kept Joseph's routine steady. Amara told me she "listens at the door" in the evenings to check whether her mum is alright and that she cannot concentrate on homework. Joseph has begun wetting the bed again and told his teacher "Daddy's angry face makes my tummy hurt". Mr Okafor's behaviour is therefore affecting the children's sleep, schooling and sense of safety at home, and has put Amara in a position of watching over her mother.

Grace and I have agreed a safety plan based on what she has told me works: she will keep the spare key and bank card at her sister's, the school will be told who may collect, and she will decide when to apply for a non-molestation order with support from her IDVA. Mr Okafor will be offered an assessment with the Reset programme; I will meet him to discuss his behaviour and its effect on the children.""",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=4, partnering_safety=4, child_harm_assessment=4),
reasons=dict(
perpetrator_pattern="Specific, consistent pattern (phone checks, money, isolation, assault) named as his choices; his minimisation noted.",
non_blaming_strengths="No blame; several specific protective actions recorded.",
partnering_safety="Plan built on what she says works, her timing on the order.",
child_harm_assessment="Each child's experience of his behaviour assessed with their words and effects.",
)),
dict(
setting="IDVA update",
note_type="trained",
text="""IDVA update to allocated social worker, Brookfield Women's Aid (Cambridgeshire). Client: Ms Hannah Lowe. Partner: Ms Jess Carter.

Hannah has been referred following a MARAC. She describes Jess repeatedly going through her phone, turning up at her workplace at the care home, and threatening to "out" details of Hannah's mental health history to her employer if she leaves. In February Jess grabbed her by the hair during an argument about Hannah seeing her mother. Hannah has kept a diary of these incidents since January and has saved screenshots to a cloud account Jess does not know about, which will be very useful if she decides to pursue protective measures.

Hannah is clear she wants to stay in her tenancy. Together we have agreed: a lock change, which she has arranged with the housing association; her manager has been told and has agreed to move her shifts; and she will use a code word with her mum. Hannah chose to delay a non-molestation order until after her daughter's exams.

Hannah's daughter, Poppy (15), lives with them. Hannah feels Poppy has been "on edge" and is spending a lot of time in her room. I have not spoken with Poppy and would ask the social worker to consider this.""",
scores=dict(perpetrator_pattern=3, non_blaming_strengths=4, partnering_safety=4, child_harm_assessment=2),
reasons=dict(
perpetrator_pattern="Jess's controlling behaviour specifically described, but 'during an argument' and no explicit framing as pattern/choice beyond listing.",
non_blaming_strengths="No blame; diary, screenshots and planning recorded as strengths.",
partnering_safety="Plan agreed with her, on her priorities and timing.",
child_harm_assessment="Poppy's experience only general and second-hand; flagged for SW.",
)),
dict(
setting="supervision record",
note_type="transition",
text="""Supervision record: SW Priya Nair / TM Alan Whitcombe. Family: Sofia and Liam Brennan, children Ava (8) and Noah (5). Haverleigh, Suffolk.

Discussed recent visit. Priya reports that Mr Brennan has been sending Ms Brennan up to forty texts a day since the separation, some threatening to take the children to Ireland, and turning up at Ava's school gate. Priya has discussed with Mr Brennan that this is his behaviour and it is frightening the children; he maintains that Sofia is "keeping the kids from him".

TM noted that this remains a high-conflict separation and that both parents need to keep the children out of their disagreements. Ms Brennan needs to ensure she does not discuss the case in front of the children. Agreed Priya will ask Ms Brennan to consider a child arrangements order.

Ava told Priya she feels "scared at the school gate when Daddy shouts" and that she doesn't want to go to contact on Saturdays if he is "in a mood". Noah did not say much. Priya to do direct work with Ava using the three houses tool.

Actions: Priya to complete C&F assessment by 30th; TM to review in four weeks.""",
scores=dict(perpetrator_pattern=3, non_blaming_strengths=2, partnering_safety=2, child_harm_assessment=3),
reasons=dict(
perpetrator_pattern="Worker names texts, threats, school gate as his behaviour and challenges him; TM then reframes as high-conflict.",
non_blaming_strengths="TM's 'high-conflict', 'both parents' and directive to her; no strengths.",
partnering_safety="'Ask her to consider' an order - a worker idea, not built with her, but not a warning.",
child_harm_assessment="Ava's voice about his shouting recorded and direct work planned; Noah not considered.",
)),
dict(
setting="health visitor",
note_type="transition",
text="""Health visitor contact, 8-month review. Baby Isla Thompson, mother Chloe Thompson (22), at Chloe's mother's address in Caerwen.

Chloe disclosed on routine enquiry that her partner, Ryan Webb, had "lost it" two weeks ago and grabbed her by the arm while she was holding Isla, and that he often goes through her phone and says she is a bad mother. Chloe has since moved to her mum's with Isla. She has registered with a new GP and has told nursery not to release Isla to Ryan. She said moving out was "the hardest thing" but she did it for Isla.

Isla is meeting her milestones and is a smiley baby, feeding well. Weight on 50th centile.

Discussed that Chloe must keep Isla away from Ryan and that if she returns to the relationship a referral to children's services will be needed. Chloe agreed. Leaflet for local DA service given. Will share information with GP and safeguarding lead.""",
scores=dict(perpetrator_pattern=2, non_blaming_strengths=3, partnering_safety=1, child_harm_assessment=2),
reasons=dict(
perpetrator_pattern="Grabbing and phone checks recorded, but mainly in her words; no worker framing of pattern.",
non_blaming_strengths="Her move, GP, nursery steps recorded as strengths; undercut by warning if she returns.",
partnering_safety="'Must keep Isla away' and referral threat; imposed.",
child_harm_assessment="Baby's development recorded, and being held during assault noted, but not assessed as harm.",
)),
dict(
setting="police PPN relay",
note_type="messy",
text="""PPN rec'd MASH 09:12 - Met Police, ref 01/445xx/26. DA - ex-partners. V: Shanice Roberts (26). S: Kyle Dunne (29). Attended 15 Tarrant Rd, Holloway Fields, 02:30hrs. Report: S attended address intox, banging on door + window, shouting abuse. V let him in "to stop him waking the kids". Verbal arg ensued, V alleges S pushed her, no visible injury. S arrested for common assault, released under investigation. V declined to support prosecution. DASH - medium. 2 x CYP in household, Kai (7) Destiny (2) - both seen by officers, "both asleep, no concerns".

Officer note: V states this has happened before, "he always comes round when he's been drinking". Both parties have history of DA call-outs to each other 2021-22.

MASH RAG - amber. Previous: CIN closed 2024 re DA. Mum has previously been advised not to let S into the property. Send to locality team for C&F assessment, consider mum's ability to safeguard.""",
scores=dict(perpetrator_pattern=2, non_blaming_strengths=1, partnering_safety=1, child_harm_assessment=1),
reasons=dict(
perpetrator_pattern="His banging, shouting, arrest recorded and repeat noted, but via police and 'verbal arg ensued'.",
non_blaming_strengths="'Both parties', 'V let him in', 'ability to safeguard' - blame on her; her reason not credited.",
partnering_safety="None; previous advice to her only.",
child_harm_assessment="Children 'asleep, no concerns' only.",
)),
dict(
setting="home visit",
note_type="messy",
text="""HV notes - 4 Bryn Terrace, Llanwen. Present: M (Leanne Price), C1 Kacey 12, C2 Jac 8. F (Gareth Price) not present - M says he is at his mums since tues.

M v anxious. Said G has been "watching" her - turns up at the Co-op when she's on shift, messages at 2am, asks Jac where she's been. Said he took her car keys last month so she cdnt get to her sister's. M says its worse when hes not working. I said to M that checking on her through Jac and taking keys are things G is choosing to do to control where she goes, not about him being out of work. M quiet then said "I never thought of it like that".

Kacey in her room, didnt want to come down, M says she is "moody". Jac showed me his lego. Jac said Dad asks him about mum "every time".

M wants to stay at the house. Told her she needs to change the locks and let us know if G comes back. Will do DA referral to Calan DVS.""",
scores=dict(perpetrator_pattern=3, non_blaming_strengths=2, partnering_safety=1, child_harm_assessment=2),
reasons=dict(
perpetrator_pattern="Worker names watching, messaging, keys, using Jac as his choices to control; challenges unemployment excuse.",
non_blaming_strengths="No overt blame but no strengths recorded; Kacey's mood left as 'moody'.",
partnering_safety="Told she needs to change locks and report; directive despite her wish to stay.",
child_harm_assessment="Jac's being questioned noted, but not assessed; Kacey not seen.",
)),
dict(
setting="duty / out-of-hours",
note_type="messy",
text="""Duty 14/05 - call from Mrs Irene Walsh (64), 22 Kestrel Way, Hatherby (Herts). Son Craig Walsh (34) living with her since Jan after losing flat. Irene says C shouting at her most nights, took £200 from her purse, smashed a mug agst wall when she said no to more money. She "doesnt want him in trouble", he has "his problems" (drink, poss drugs). Grandson Mason (10) stays weekends - Irene says Mason "goes quiet" round C + asked to go home early last Sun.

Irene has already told C he cant have her bank card and has moved her pension to a new acct. Says she wants him out but doesnt know how. I talked thru options - she wants to speak to housing about his name on the tenancy first, then maybe police. Agreed I wd refer to adult social care + give her number for Hertfordshire DA helpline. She'll ring back Weds.

Mason - inform his mum's allocated worker (Kestrel team) re weekend stays??""",
scores=dict(perpetrator_pattern=2, non_blaming_strengths=3, partnering_safety=3, child_harm_assessment=2),
reasons=dict(
perpetrator_pattern="Craig's shouting, theft and smashing recorded, but not framed as pattern; 'his problems' left unexamined.",
non_blaming_strengths="No blame of Irene; her bank-card and pension steps recorded.",
partnering_safety="Options talked through and her order of steps followed; thin, no safety detail.",
child_harm_assessment="Mason going quiet noted but only as a query; not assessed.",
)),
]
