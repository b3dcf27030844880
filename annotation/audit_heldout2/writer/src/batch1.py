N = [
("social worker visit", "routine",
"Home visit completed to Mrs Kelly Osei and the children following the DV incident reported by police on 14/03. "
"Mother and father have a volatile relationship and there have been previous call-outs to the address. "
"Mother stated that she does not want Mr Osei back in the home but it was noted she has said this before and allowed him back in January. "
"Mother was advised that she needs to prioritise the children and that if she allows him back children's services will have to consider next steps. "
"Ama (7) and Kojo (4) were seen and appeared well presented. "
"Mother agreed to sign a written agreement not to have contact with father. "
"Case to remain open at CIN."),

("assessment analysis", "trained",
"Mr Leon Carter has a pattern of coercive and controlling behaviour towards Ms Rhiannon Pryce that includes checking her phone each evening, taking her bank card, and telling her that no one would believe her because of her past depression. "
"On 2 June he pushed her into the kitchen door while she was holding Ffion (2), which is the third physical assault recorded in eight months. "
"Ms Pryce has protected the children by moving Ffion's cot into her own room, keeping a charged phone hidden in the bathroom, and asking her sister to call every night at nine. "
"She has consistently kept both children's routines going, and school report that Dylan (8) attends every day clean, fed and on time. "
"Dylan told me he hides under his duvet with his headphones on when 'Dad does the shouting voice', and that he worries about his mum when he is at school. "
"Dylan's class teacher has noticed that he is most unsettled on Monday mornings, after weekends when Mr Carter is at home. "
"Mr Carter's behaviour is undermining Dylan's sense of safety and his ability to concentrate, and it has interfered with Ms Pryce's parenting by keeping her up at night and controlling money for food. "
"Ms Pryce and I went through her own safety plan together; she chose to keep her sister as the first call and asked that letters are not posted to the house, which has been agreed."),

("strategy/conference minutes", "transition",
"Strategy discussion held 09/10 with police, school, health and CSC. "
"Police shared that Mr Daniel Fry was arrested after smashing the living room window and threatening to 'finish' Ms Joanne Fry in front of the children; he has two previous call-outs for similar threats. "
"School DSL reported that Maisie (10) has been tired and tearful and disclosed she heard Dad say he would kill Mum. "
"It was noted that Ms Fry has a history of returning to the relationship and the meeting was concerned about her ability to protect. "
"Agreed that Section 47 enquiries will proceed. "
"Ms Fry will be asked to confirm she will not allow Mr Fry to return to the address."),

("police PPN relay", "messy",
"PPN recd 03:10 from police re DA at 14 Harrow Cl. M (Stacey) says P (Jordan) came home drunk, grabbed her by throat, threw her phone. "
"kids C1 Tyler 9 C2 Mia 3 in house, asleep acc to officers. "
"P arrested, bail conds not to attend. "
"M declined DASH reapeat, says its her fault she started the argument. "
"prev PPNs x2 2024. "
"pass to MASH for RAG."),

("school DSL", "routine",
"Record of concern. "
"Noah Ellis (Year 4) came into school today and told his TA that mum and dad were fighting again last night. "
"Mum was spoken to at pick up and said there had been an argument but everything is fine now. "
"Mum was reminded that school have a duty to report and that arguing in front of children is harmful. "
"Referral made to MASH. "
"Noah was happy in class for the rest of the day."),

("partner support worker / IDVA", "trained",
"Call with Ms Bukola Adeyemi today, 40 minutes, she was at her friend's house as agreed. "
"She described how Mr Femi Adeyemi has started turning up at the school gate since the non-mol was served, and says things to the children like 'tell your mum she's ruining this family'. "
"This is a continuation of his pattern of using the children to reach her and get information about her movements. "
"Ms Adeyemi has already told the school office that he is not to collect, given them a copy of the order and a photo, and changed her route so she walks with another parent. "
"We went through what she wants to happen next: she wants breaches reported every time and does not want to move house because the children are settled. "
"We agreed together that I will chase the police OIC about the three reported breaches and she will keep the diary she has already started, which she says helps her. "
"She is a thoughtful and determined parent and has kept the children's routine steady through all of this."),

("health visitor", "messy",
"HV new birth visit. M (Chloe) 22yrs, baby Harper 12 days, feeding well, weight gain ok. "
"F (Ryan) present for first part of visit, answered most questions for M, then left. "
"When alone M said he 'gets wound up' and once pushed her when she was pregnant but its fine now. "
"Routine enquiry done. "
"M says she doesnt want any help at the moment. "
"leaflet given. plan review at 6-8wk check"),

("supervision record", "transition",
"Case discussed in supervision. "
"Mr Aaron Blake continues to deny the assaults, but the police disclosure shows two previous partners reporting him for strangulation and for smashing their phones, so this is a pattern across relationships rather than a problem in this couple. "
"SW reflected that Ms Lucy Hart has done well to get a non-molestation order, however if she lets him back the case will need to go to PLO. "
"Children, Evie (5) and Sam (3), are reported to be doing okay. "
"Actions: SW to complete C&F assessment by 20/11; SW to make Restart referral for Mr Blake."),

("Restart / perpetrator programme case manager", "trained",
"Session 6 with Mr Kieran Walsh. "
"Mr Walsh described the incident of 11/04 as 'just a row', so I read back to him the police account that he held Ms Siobhan Walsh against the wall and kicked the bathroom door in while Orla (6) was inside. "
"He said Siobhan 'knows how to push my buttons'; I named this as his explanation and asked him what he chose to do at the point he felt angry. "
"He acknowledged he decided to follow her upstairs rather than leave the house. "
"We talked about what Orla would have heard and seen, and he became quiet and said Orla has started wetting the bed, which he had not connected to his behaviour before. "
"His worker at CSC has told me that Orla is now frightened when doors slam and will not go upstairs alone. "
"Ms Walsh's partner support worker confirms she has her own safety plan; I will share any risk indicators from sessions with her worker the same day."),

("Early Help key worker", "routine",
"EH visit to the family. "
"Mum (Tasha) and dad (Lewis) were both present. "
"They acknowledged that they have been arguing a lot and that this has been in front of the children. "
"Both parents were reminded about the impact of parental conflict on children and agreed to attend the Reducing Parental Conflict course. "
"Mum said she sometimes goes too far when dad is drinking and winds him up. "
"Kids, Ruby and Alfie, were playing in the garden. "
"Next visit in 2 weeks."),

("court summary", "trained",
"Summary of evidence for the hearing on 4 March. "
"Mr Paul Greaves has, over four years, controlled Ms Anna Greaves' contact with her family, monitored her location through her phone, and made repeated threats to report her to immigration, a threat he knows to be false. "
"He has been physically violent on at least five occasions, two of them while she was holding their son. "
"Ms Greaves has taken protective action at every point she was able to: she disclosed to her GP in 2023, she kept a record of his messages, and she contacted the refuge line when he threatened to take the children abroad. "
"There is no evidence that Ms Greaves failed to protect the children; the risk to them arises from Mr Greaves' behaviour. "
"The local authority's plan has been agreed with Ms Greaves and reflects her knowledge of when he is most dangerous, including handovers and school holidays. "
"Theo (9) and Lila (6) are reported to be well settled at school."),

("closure summary", "messy",
"Closure. CIN plan ended, no further concerns. "
"M has seperated from F and moved to new tenancy with C1 and C2 (Kai 11, Esme 8). "
"f still has contact via his mum at weekends, no issues reported. "
"Kai told sw he is 'way happier' now dad isnt there because he doesnt have to listen to him shouting at mum every night and he can sleep, Esme said she misses dad sometimes. "
"M did really well to get the new tenancy herself through housing and got the kids moved school without missing any days. "
"case closed to CSC step down to universal"),

("duty/OOH", "routine",
"OOH call from police at 23:40. "
"Domestic incident at the home of Gemma Price and partner Craig Tully, both had been drinking. "
"Police report a verbal argument which became physical, injuries to both parties. "
"Children (Lacey 6 and Jayden 2) were asleep upstairs. "
"Mother advised to make alternative arrangements for the children if there is any further incident tonight. "
"Passed to day team."),

("social worker visit", "transition",
"Visited Mr Stephen Moore and his son Callum (14) at home. "
"Mr Moore disclosed that his wife, Mrs Karen Moore, has hit him with a saucepan, has cut up his clothes, and tells him he will never see Callum again if he reports her. "
"He has been sleeping in the car on bad nights and taking Callum with him. "
"Callum was seen alone and said he is 'fine', he doesn't like talking about home. "
"I discussed with Mr Moore his options and he said he wants to stay in the house for Callum's sake. "
"He was told that he should not leave Callum in the house alone with Mrs Moore."),

("assessment analysis", "routine",
"Analysis. "
"The family have been known to the department since 2021 due to domestic violence between the parents. "
"There have been 6 police call outs in this period. "
"Mother has repeatedly failed to protect the children by allowing father back into the home despite agreeing to a safety plan. "
"The children have been exposed to DV for a significant amount of time, which is likely to have impacted on their emotional wellbeing. "
"Mother has not engaged with the Freedom Programme. "
"It is recommended that the children are made subject to a child protection plan under the category of emotional harm."),

("strategy/conference minutes", "trained",
"ICPC minutes. "
"The conference heard that Ms Priya Shah's partner, Ms Nadia Rahman, has hit Ms Shah on three occasions this year, deleted her contacts, and told her that social services would take the children away if she told anyone, playing on Ms Shah's fear of losing the children. "
"Ms Rahman was invited to conference but declined to attend; she has been asked to meet the social worker about her behaviour and its effect on the children. "
"Ms Shah told conference that she ended the relationship in August and has kept the children's school and health appointments going throughout. "
"The conference discussed the plan with Ms Shah and she suggested the school be given a password for collection, which has been adopted. "
"Aanya (11) has said through her advocate that she wants to stay with her mum and that she felt 'on guard' all the time when Nadia lived with them. "
"Arjun (5) was not able to express his views; his nursery report he has become clingy at drop off since the summer. "
"The children will be made subject to a CP plan under emotional harm."),

("police PPN relay", "routine",
"PPN received. "
"Police called by neighbour to domestic at 4 Maple Road. "
"Female Ms Leanne Daly stated partner Mr Shaun Daly had been shouting and thrown a mug. "
"Both parties were calm on police arrival. "
"Two children in the home, names Bailey and Demi. "
"Risk assessed as standard. "
"No further police action."),

("Early Help key worker", "messy",
"EH 1:1 mum at Family Hub. mum very tearful. says Dean checks her phone, took the car keys so she cant go to her mums, has told her she is useless in front of the kids (Lily-Mae 6, Archie 4). "
"she has started leaving the phone at her mums and ringing from there. "
"lily-mae has started saying 'you are useless mummy' copying dad, nursery noticed archie hitting out at other kids. "
"talked through options, mum wants to stay for now but wants to know what to do if it gets worse, made plan together - neighbour code word, bag at her mums. "
"referral to IDVA with consent."),

("supervision record", "trained",
"Supervision reflection on the Nolan family. "
"The worker has identified that Mr Craig Nolan's behaviour goes beyond the incidents: he times his outbursts for when the children are present, tells Ms Gemma Nolan she is a bad mother in front of them, and then withdraws money as punishment. "
"The worker has recorded Ms Nolan's strengths well, including that she has a job she kept despite his attempts to make her late, and that the children go to her when they are upset. "
"However, the current written agreement asks Ms Nolan to keep Mr Nolan away from the home and does not place any expectation on him. "
"We agreed this needs to be rewritten with her, and with a separate plan for Mr Nolan. "
"The worker has not yet seen the children alone or recorded what they have experienced; this is the priority for the next visit."),

("duty/OOH", "transition",
"Duty contact from Mrs Elaine Kerr (grandmother), caring for Jack (8) and Ellie (6) under a kinship arrangement. "
"She reports that her son, Gary Kerr (the children's father), turned up drunk last night, shouted at her in the hallway and broke the hall mirror when she refused to let him in. "
"She says he has done this four times since September and always after he has been drinking. "
"Jack told her he was scared Dad would 'get in', and he slept in her bed. "
"Mrs Kerr was advised to call police if Gary attends again. "
"Passed to allocated SW to update."),

("court summary", "routine",
"Position statement summary. "
"The parents' relationship has been characterised by domestic abuse and volatility. "
"Both parents accept that there have been arguments in front of the children. "
"The mother has continued the relationship despite professional advice and the local authority is concerned that she lacks insight into the risks. "
"The children are currently placed with the maternal aunt. "
"The local authority seeks an interim care order."),

("Restart / perpetrator programme case manager", "messy",
"RS sess 3 w/ Marcus. Talked abt incident 2/2 - he says C (Jade) 'made him' do it by going out w/ her mates. challenged that - he chose to take her keys + lock her out in the rain with baby. "
"he admits its happened before, 3 or 4 times. also that he tells her who she can talk to. "
"no mention of kids by him. didnt get onto it this sesh. "
"next sess focus on fathering"),

("health visitor", "trained",
"Visit to Ms Tanya Hughes and Isla (9 months) at the refuge. "
"Ms Hughes described how her ex-partner, Mr Jake Rowe, woke Isla most nights by shouting at Ms Hughes and turning the lights on to stop her sleeping, and took the formula money for himself. "
"Since they moved here three weeks ago Isla has started sleeping through for the first time and is feeding better; her weight has moved from the 9th to the 25th centile. "
"Ms Hughes thinks Isla is still startled by male voices, and I observed her cry and cling when a male staff member came in. "
"Ms Hughes has done everything she can to keep Isla safe and fed; she is attuned, responsive and has kept all Isla's appointments. "
"We agreed together the HV visits will be at the refuge office, not her room, as she asked, and that her new address will not be put on any letters."),

("school DSL", "transition",
"DSL log. "
"Ayesha (Year 9) asked to speak to me at lunch. She said her older brother Bilal (19) has been shouting at her mum, taking money from her purse and pushing her when she won't give him more. "
"Ayesha said she stays in her room and does homework with music on, and she has been late because she doesn't want to leave her mum alone in the morning. "
"I spoke to mum by phone, who was very upset and said Bilal has been like this since he lost his job. "
"Mum says she needs to be firmer with him. "
"Referral made to MASH with mum's knowledge."),
]
