N = [
("social worker visit", "trained",
"Visit to Mr Adam Clarke and his son Rory (6) at their flat. "
"Mr Clarke's former partner, Mr Steven Lowe, was Rory's step-parent for three years; Mr Clarke described how Mr Lowe would wake them both at night to argue, refuse to let Mr Clarke take Rory to his parents', and once shoved him down the stairs. "
"Mr Clarke left in October, taking Rory to his sister's, and has since got Rory back into his old school. "
"Rory told me he likes the new flat 'because it's quiet' and that he doesn't have to hide in the wardrobe any more when Steven shouts. "
"He still asks to sleep with the landing light on. "
"Mr Clarke has asked that any contact with Mr Lowe is through the court, and he has already spoken to the school about who can collect. "
"I have recognised with Mr Clarke how much he has done to protect Rory, and we will review his safety plan together next week."),

("assessment analysis", "messy",
"Analysis - family known since 2022, 4 referrals all DA. "
"F (Mr Reid) - 2 x arrests for assault on M, breach of bail x1, neighbours report shouting most weekends, M says he controls money and wont let her go to the gym. "
"M has tried to leave twice, went to her mums both times, returned when he promised to change - she says he threatened to take the kids the 2nd time. "
"C1 (Jayden 11) - school say v angry at school, fighting, told teacher 'my dad hits my mum so why cant I'. C2 (Rosie 5) - nursery no concerns. "
"view - Jayden is learning from his dads behaviour that violence is normal, this is a direct effect of F's violence. "
"plan - M to apply for non mol, M to attend Freedom, F to be referred to Restart."),

("police PPN relay", "routine",
"PPN. "
"Domestic incident reported at 22:15. "
"Couple were arguing over finances and it became heated. "
"Mr Wayne Foster stated that Ms Kelly Hart had slapped him first and he pushed her away. "
"Ms Hart stated that Mr Foster had grabbed her arm. "
"Both parties had consumed alcohol. "
"One child in the house, Leo (2), asleep. "
"DASH completed, standard risk."),

("partner support worker / IDVA", "transition",
"Support session with Ms Fatima Hussain. "
"Ms Hussain told me her husband has started following her to the mosque and to the shops and questions her about who she talked to. "
"He has also told their daughter Maryam (14) to report back on where her mother goes. "
"Ms Hussain has been taking Maryam with her to appointments so she isn't left alone with him, and has told her sister what is happening. "
"Ms Hussain feels she has to stay for now because of the family's reaction if she leaves; we talked through what would make her safer at home and she decided to keep her documents at her sister's. "
"It is hoped that Ms Hussain will consider leaving in the future."),

("school DSL", "messy",
"DSL note 14/11. Harrison Y6 late again, 4th time this half term. said 'mum and Steve were up all night'. "
"asked if ok - said 'Steve kicked the door in and mum was crying, I looked after Poppy'. "
"Harrison v tired, fell asleep in maths. "
"rang mum - she confirmed there was an incident, partner has left. mum asked school to keep an eye on H and said she has a safety plan with the DA worker. "
"referral made."),

("supervision record", "routine",
"Supervision. "
"Discussed the Harris case. "
"Mother has allowed father back into the home on three occasions and the SW is not confident she can protect the children. "
"Father has been referred to a perpetrator programme but has not attended. "
"SW to consider PLO and to make mother aware of this. "
"Manager agreed the case will be discussed at legal gateway."),

("Early Help key worker", "transition",
"Home visit to Ms Gemma Shaw and her children Evie (9) and Charlie (4). "
"Ms Shaw's ex-partner, Mr Ben Clarke, has been sending her abusive messages about her parenting and telling Evie on video calls that her mum 'doesn't love her'. "
"Evie has told me she feels sad after the video calls and doesn't want to do them but doesn't want to upset her dad. "
"Ms Shaw and I agreed that the calls will be paused and she will speak to a solicitor about contact, which she had already been planning to do. "
"Ms Shaw can sometimes get into arguments with Mr Clarke over text, which doesn't help the situation. "
"Next visit 2 weeks."),

("health visitor", "trained",
"Antenatal contact with Ms Erin Walsh (32 weeks). "
"Ms Walsh disclosed that her partner, Mr Connor Daly, has pushed her twice during this pregnancy, once into a table, and controls whether she attends appointments by keeping the car keys. "
"She has attended today by getting a lift from her neighbour, which she has arranged for the remaining appointments. "
"She has asked that we text only her work phone and that her partner is not told about today's disclosure. "
"We agreed together that her birth plan will note that he should not be in the room without her agreement, and I will liaise with the midwife and the DA specialist. "
"She is worried about how the baby will be affected if the violence continues after the birth."),

("court summary", "routine",
"Summary for hearing. "
"The family has been known to CSC since 2020 due to domestic violence. "
"The mother has a history of relationships with violent men and has continued to expose the children to domestic abuse. "
"The father has not engaged with the local authority. "
"The children, Aaron (10), Jade (7), and Kyle (3), present as having emotional and behavioural difficulties, with Aaron showing aggression towards his siblings. "
"The local authority's plan is for long term foster care."),

("closure summary", "routine",
"Case closure. "
"The case was opened following a DV incident between the parents in which police attended. "
"Parents have since separated and mother has moved to a new property. "
"Mother engaged well with the Freedom Programme. "
"The children are settled at their new school. "
"No further concerns. Case closed."),

("duty/OOH", "messy",
"Duty. call from Ms Lorna Kerr re her partner Ms Jo Baxter - says Jo has been screaming at her in front of the kids (Finn 8, Maisie 5), threw her keys in the canal so she couldnt leave, this has happened before. "
"Lorna at her dads now w kids. "
"kids upset, Finn asking if they have to go home. "
"discussed plan - Lorna wants to stay at dads till weekend and get locks changed, she'll ring housing tmrw. agreed I'll tell the SW. "
"Lorna been brilliant w the kids apparently, dad says."),

("strategy/conference minutes", "transition",
"Strategy meeting. "
"Police reported that Mr Kyle Watts was arrested after assaulting Ms Demi Green, who was 30 weeks pregnant, by kicking her in the stomach. "
"He has a previous conviction for assaulting a former partner during pregnancy. "
"Ms Green has been staying with her mother since the incident and has said she will not go back. "
"The meeting noted that Ms Green has previously withdrawn statements. "
"It was agreed that a pre-birth assessment will be completed. "
"Ms Green's older child, Riley (3), was present at the incident; nursery report he has been hitting other children and saying 'kick, kick'."),

("Restart / perpetrator programme case manager", "routine",
"Restart update. "
"Mr Lee Gordon attended his session this week. "
"He has been open about the difficulties in his relationship with Ms Sarah Gordon and says they have both said things they regret. "
"We have been working on communication skills and anger management. "
"He is keen to see his children more. "
"He says things are much better at home."),

("social worker visit", "transition",
"Visit to Ms Amy Fox and her step-daughter Lily (11), whom she has cared for since Lily's father Mr Jason Fox went to prison. "
"Mr Fox is due for release next month; he was convicted of assaulting Ms Fox and has written letters to Lily from prison saying Amy 'stole' her from him. "
"Lily was upset after the last letter and told me she is frightened Dad will come and take her. "
"Ms Fox has kept Lily's life stable and is the person Lily goes to when she is worried. "
"Ms Fox was told that she must not allow contact between Lily and her father on his release and must inform CSC if he makes contact. "
"Lily's views will be sought again before the release date."),

("partner support worker / IDVA", "routine",
"IDVA update. "
"Client has reconciled with partner. "
"Client has been advised that this puts her and the children at risk. "
"Client says that things are better and that he has been to see his GP about his anger. "
"IDVA has advised client to keep her phone charged and to call 999 in an emergency. "
"Case closed to IDVA as client no longer wishes support."),

("Early Help key worker", "trained",
"Family support session with Mrs Joyce Allen (grandmother) and her grandchildren, Kai (10) and Nia (7), who live with her. "
"Mrs Allen's adult son and the children's uncle, Mr Darren Allen, moved back into her home in the summer and has been shouting at her, taking her money, and threatening to have the children taken into care if she asks him to leave. "
"She has since changed the locks while he was away for the weekend and arranged for her brother to stay. "
"Kai said he was scared of Uncle Darren 'because he shouts at Nana and bangs things', and he had been staying in his bedroom with Nia to keep her away from it. "
"Nia has been wetting the bed since the summer, which Mrs Allen and I think is linked to the shouting. "
"Mrs Allen and I worked out together what she will do if Darren comes back; she wants to call police and has the number of the local DA service, and school have been told he is not to collect. "
"Mrs Allen is a warm, protective carer and the children are clearly close to her."),

("police PPN relay", "messy",
"PPN - 03/02 0145hrs. caller F (Mr Sandeep Gill) reports wife (Mrs Harpreet Gill) hit him w a rolling pin, 2nd time this wk, he has marks on arms. says she also controls the bank acc, he has no card. "
"C's (Jas 9, Amar 6) woke up, Jas called 999 from upstairs. "
"Mrs Gill arrested. "
"Mr Gill says he doesnt want to make a fuss, he is embarrased."),

("assessment analysis", "transition",
"The key risk in this family is Mr Ross Campbell's use of violence and intimidation towards Ms Kirsty Campbell, which has included smashing her phone, following her to work and, on the most recent occasion, threatening her with a knife. "
"Ms Campbell has at times minimised this and the family has a history of volatility. "
"Ms Campbell has sought help from her GP and Women's Aid and has told me that she wants the children to stay with her in the family home. "
"Skye (14) says she wants her dad out of the house and that she has been staying at her friend's house most nights because she 'can't stand the atmosphere'. "
"Ryan (10) says he misses his dad and wants everyone to get on. "
"The children's experience suggests that Mr Campbell's behaviour has made home feel unsafe for Skye in particular."),

("supervision record", "trained",
"Reflective supervision. "
"Worker has described Mr Tom Barker's behaviour clearly: he controls what Ms Ellie Barker eats, times her trips to the shops, and has threatened to kill the dog. "
"Worker noted Ms Barker's strengths: she has kept the children at the same school and arranged for them to go to after-school club so they are out of the house when he returns from work. "
"Worker and Ms Barker are building a safety plan together and have agreed the next step will be a meeting with the IDVA at the school, which Ms Barker asked for. "
"However, the worker's recording of the children is limited to their attendance and appearance. "
"Action: see Mia (9) and Sonny (6) alone and record what living with their dad's behaviour is like for them."),

("court summary", "trained",
"Summary of the local authority's evidence in respect of Daisy (4). "
"Mr Rhys Owen has, over the course of his relationship with Ms Tara Bell, strangled her on two occasions, locked her in the bathroom, and repeatedly called her a useless mother in front of Daisy. "
"He blames Ms Bell for the police involvement; the local authority does not accept his account. "
"Ms Bell separated from him in 2025 and has done everything asked of her and more, including getting Daisy into nursery and attending her own counselling. "
"Daisy's nursery key worker reports that in the first months she would not speak, covered her ears during circle time, and told staff 'Daddy's cross, Mummy crying'; she is now talking in sentences and playing with other children. "
"The local authority's plan, which Ms Bell helped shape, is for Daisy to live with her mother and for contact with Mr Owen to be supervised."),

("closure summary", "transition",
"Closure. "
"Mr Frank Lee has been referred to Restart after the assault on Ms Julie Lee in April, when he threw a kettle at her. "
"Ms Lee has made her own arrangements to keep safe, including moving her mother in with her. "
"The children, Ben (12) and Sophie (8), are doing well at school. "
"Ms Lee has been reminded that she needs to contact CSC if Mr Lee moves back in. "
"Case closed."),

("duty/OOH", "trained",
"OOH call from police at 21:30. "
"Mr Callum Price was arrested for assaulting his mother, Mrs Denise Price, at her home, where she looks after his daughter Sienna (5) three days a week. "
"Police record that he punched the wall beside Mrs Price's head and then pulled her hair; this is the third call-out in two months, each when she refused him money. "
"Sienna was in the lounge, and officers found her hiding behind the sofa, saying 'Daddy was shouting at Nanny'. "
"Mrs Price had already asked a neighbour to come round and took Sienna to the neighbour's before police arrived. "
"I spoke to Mrs Price by phone; she wants Sienna to stay with her tonight and for Sienna's mum to be told in the morning, which I agreed. "
"Passed to the day team for a strategy discussion."),

("school DSL", "routine",
"Concern. "
"Mum came into school upset and said there had been a domestic at home over the weekend. "
"Mum said dad had left and she doesn't want him back. "
"Sophie (Year 3) has been quiet in class today. "
"Mum was given the number for the DA helpline. "
"Logged on CPOMS."),

("Restart / perpetrator programme case manager", "messy",
"Sess 8 Mr Hale. good sess. he talked about the night he broke Claire's finger - first time he hasnt said 'she fell'. "
"we did the 'children's eyes' exercise - he said Toby (8) must have heard it all thru the wall, said Toby goes v quiet when he raises his voice now, he didnt used to notice. "
"he still says its the drink. challenged - drink was there every time but its his choice what he does. "
"will ask CSC for update on Toby + Claire's safety via her worker."),
]
