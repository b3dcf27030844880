N = [
("social worker visit", "routine",
"Unannounced visit to Ms Natalie Brooks following information from school. "
"Ms Brooks confirmed that Mr Liam Brooks had stayed over at the weekend, which is against the safety plan. "
"Ms Brooks was reminded that she agreed he would not stay at the property and that she is responsible for the children's safety. "
"Ms Brooks said Mr Brooks has been controlling in the past but has changed and is doing a course. "
"Harvey (10) was seen in his bedroom and said he likes it when his dad visits because they play FIFA. "
"He said his dad used to shout but doesn't now. "
"Ms Brooks will be given one more chance before the case is escalated."),

("assessment analysis", "transition",
"Ms Jodie Lambert and Mr Carl Price have been in a relationship for six years and have two children, Poppy (6) and Finn (3). "
"Mr Price has been arrested twice for assaulting Ms Lambert and on the last occasion he was found to have put his hand over her mouth to stop her screaming while the children were in the next room. "
"He also restricts her access to money and she has to ask him for bus fare. "
"Ms Lambert was clear that she has kept the children's routines going and has taken Poppy to all her speech therapy appointments even when Mr Price refused to give her the bus fare, by walking the two miles. "
"Poppy's speech therapist reports that her progress has stalled this year, and that she is very quiet in sessions when she has had a bad night. "
"It is my view that Poppy's regression is likely to be linked to the night-time violence she has been hearing. "
"To keep the children safe, Ms Lambert needs to ensure that Mr Price does not return to the family home while the assessment is ongoing."),

("partner support worker / IDVA", "routine",
"IDVA contact. "
"Client was referred following a high risk MARAC. "
"Client has been in an on/off relationship with the perpetrator for several years. "
"Client was given information about refuge and the Freedom Programme and was advised to change her locks. "
"Client stated that she did not want to go into refuge. "
"Client was advised that if she does not take steps to safeguard herself and her children, CSC will be informed. "
"Case to remain open to IDVA for 4 weeks."),

("police PPN relay", "trained",
"Police PPN summary. "
"Officers attended after Ms Abena Mensah rang 999 from the bathroom; she reported that her husband Mr Kwame Mensah had locked her in the flat, taken her phone and keys, and slapped her when she tried to leave. "
"This is the fourth PPN for this address in twelve months, each recording Mr Mensah restricting her movement. "
"Ms Mensah had kept a second phone hidden for this purpose, which she had arranged with her IDVA in the spring. "
"Officers record that the children, Esi (7) and Kofi (5), were awake and Esi was crying and holding her brother in the hallway. "
"Esi told officers 'Daddy locks the door so Mummy can't go'. "
"Mr Mensah was arrested."),

("school DSL", "trained",
"Safeguarding log. "
"Zara (Year 2) drew a picture in class of 'Daddy being cross' and said Daddy throws the plates when Mummy gets the dinner wrong. "
"Zara has been reluctant to go home on days when her dad collects, holding onto the classroom door. "
"I met Zara's mum, Ms Hannah Dobson, who told me Mr Dobson has been throwing things and calling her names since she went back to work, and that she has been taking Zara to her mum's on the evenings he is drinking. "
"Ms Dobson asked that school only release Zara to her or her mother, and for the school nurse to see Zara; both have been put in place. "
"Referral made to MASH with Ms Dobson's agreement, and we discussed with her what she wanted the referral to say."),

("supervision record", "routine",
"Supervision. "
"Case is a CIN case due to DV. "
"Mother continues to have contact with father and SW is concerned she is not being honest. "
"SW to complete unannounced visits. "
"SW to remind mother that if she continues contact, the case will go to ICPC. "
"Children are attending school."),

("Early Help key worker", "trained",
"Key work session with Mr Tomasz Nowak and his daughter Zofia (9). "
"Mr Nowak told me that his ex-partner, Ms Agnieszka Kowal, has been sending him up to forty messages a night since he left, threatening to tell school he hits Zofia and to stop him seeing her. "
"He has kept every message, reported them to police, and kept Zofia's routines steady, including her swimming club. "
"Zofia said she doesn't like it when 'Mama gets angry on the phone at Tata', and she now leaves her tablet in the kitchen because she saw a message from her mum about her dad. "
"Zofia is sleeping poorly and worries that she will have to choose between her parents. "
"Mr Nowak and I worked out a plan together for the handovers, which he wants done at the contact centre, and for what he will say to Zofia about the messages. "
"I will contact Ms Kowal to discuss her behaviour and its effect on Zofia."),

("court summary", "transition",
"The local authority's evidence is that Mr Dean Holloway has a history of domestic abuse towards three former partners, and in this relationship has broken Ms Carly Marsh's nose and threatened to burn the house down. "
"Ms Marsh separated from Mr Holloway in 2024 and has since obtained a non-molestation order. "
"The local authority accepts that Ms Marsh has made progress; however she continued to allow contact between Mr Holloway and the children in breach of the written agreement in January. "
"The children, Kayden (8) and Skye (4), were subject to CP plans for emotional harm. "
"The local authority proposes the children remain with Ms Marsh under a supervision order."),

("duty/OOH", "messy",
"OOH 01:20 call from Mrs Sheila Grant 68yrs, grandmother, kinship carer to C (Logan 12). says her daughter Tina (Logan's mum) came round wanting money again, kicked the door and screamed at her, Logan came down, Tina pushed him out of the way. "
"Logan now in his room wont come out, grandmother says hes gone quiet like last time. "
"Tina left before police arrived. this is 3rd time this month. "
"Mrs G has already got a chain on the door after last time and rang police straight away. "
"discussed with Mrs G, she will keep Logan off school tmrw and ring SW am, she would like a lock on Logan's window - passed to day team to action"),

("strategy/conference minutes", "routine",
"RCPC. "
"Present: SW, HV, school, mother. Father sent apologies. "
"SW reported that there have been no further DV incidents since the last conference and mother has completed the Freedom Programme. "
"School reported that the children's attendance has improved to 96%. "
"HV reported that baby is meeting milestones. "
"Conference agreed that the children no longer need a CP plan and will step down to CIN. "
"Mother reminded that she must inform SW if father moves back in."),

("Restart / perpetrator programme case manager", "transition",
"Review of Mr Jamal Bennett's progress on Restart. "
"Mr Bennett has attended 9 of 12 sessions. "
"He has been able to say that he shouted and swore at Ms Rochelle Bennett, and that he punched the wall next to her head in March. "
"He continues to say that the relationship was toxic on both sides, and the programme has worked with him on this. "
"He says he wants to be a better dad to Malachi (6) and Tia (3). "
"Case manager recommends he continues with the programme."),

("health visitor", "routine",
"HV contact. "
"Mum seen with baby Ollie (4 months). "
"Mum disclosed that there had been a domestic with dad last week and he has now moved out. "
"Mum appeared low in mood. "
"Ollie is thriving and meeting all milestones. "
"Mum advised to see GP regarding low mood. "
"Mum advised to contact police if dad returns."),

("closure summary", "trained",
"Closure summary. "
"This case was opened after Mr Gavin Murray strangled Ms Laura Murray in front of their daughter Skye (12) in May, following a year of him monitoring her phone and isolating her from her friends. "
"Ms Murray was clear from the start about what she needed: a non-molestation order, support for Skye, and a way to manage child contact safely; the plan was built around those three points. "
"Skye has had eight sessions with the school counsellor; she said she used to sleep with a chair against her door, and now she doesn't need to. "
"Skye has chosen not to see her dad for now, and her view has been respected in the contact arrangements. "
"Ms Murray's determination to keep Skye in her school and her friendships, despite moving house, has been central to Skye's recovery. "
"Mr Murray did not engage with CSC and refused a Restart referral; his pattern of monitoring and violence remains a risk to any future partner and this has been shared with police."),

("social worker visit", "messy",
"HV w/ SW to M (Kerry) + kids (Reece 9, Ava 7, Lola 1). "
"F (Tony) not present - M says he left Sat after a row, she thinks he'll be back. "
"house cluttered, kitchen ok food in. "
"Reece v chatty showed me his lego. Ava shy. "
"M says she has had enough of the arguing and she knows she has to keep him away for the kids. told M she must call police if he comes back. "
"M agreed. visit again next wk."),

("assessment analysis", "trained",
"Ms Sophie Turner's partner, Ms Jess Ward, has over the last two years controlled the household money, kept Ms Turner from seeing her family, and on two occasions thrown objects at her, once hitting her with a glass. "
"Ms Ward has also told Ms Turner that because they are a same-sex couple no service will take her seriously, which has delayed Ms Turner seeking help. "
"Ms Turner has protected Leo (7) by arranging for him to stay with her brother at weekends, when Ms Ward drinks most. "
"Leo told me he 'doesn't like Jess's angry face' and that he counts the stairs when he hears shouting so he doesn't have to listen. "
"His teacher has noticed he startles at loud noises and is anxious before weekends at home. "
"I consider that Leo's anxiety and hypervigilance are a direct result of Ms Ward's behaviour in the home. "
"The safety plan has been agreed with Ms Turner and takes account of her wish to remain in the home, which is in her name."),

("partner support worker / IDVA", "messy",
"tel call w/ client (Michelle). ex (Darren) still turning up at her work, sat outside in car 2hrs tues. "
"she rang police, crime ref given. she's asked manager to walk her to bus, manager fine w that. "
"says the kids (Jake 10, Ellie 8) keep asking if dad is going to come to the house, Jake has been sleeping on her floor. "
"safety plan updated together - she wants to apply for non-mol, will help her w forms thurs. "
"she is doing everything right and is exhausted."),

("police PPN relay", "transition",
"PPN. "
"Police attended an address on Church Lane after a call from Mrs Margaret Hughes (74), who reported that her adult son, Mr Neil Hughes (45), had shouted at her, taken her pension card and pushed her over in the kitchen. "
"Mrs Hughes is the kinship carer for her grandson Ethan (13), who was present. "
"Mrs Hughes said she did not want her son arrested because he has mental health problems. "
"Police note previous call-outs for similar in 2025. "
"Ethan was spoken to by officers and said he was fine."),

("Early Help key worker", "routine",
"EH review. "
"Family were referred for support with parental conflict and routines. "
"Mum and dad report that things have been calmer at home and they are arguing less. "
"Dad has been doing more with the children. "
"Children, Jack (7) and Millie (5), are attending school. "
"Mum has been encouraged to attend a parenting course. "
"Plan to close to EH at next review."),

("supervision record", "transition",
"Supervision notes. "
"SW has a good understanding of Mr Rakesh Patel's pattern: he tracks Ms Divya Patel's location, has taken her passport, and has told her relatives she is unfit to parent. "
"SW reports Ms Patel is very guarded and there are concerns she minimises. "
"SW has not been able to complete a safety plan with Ms Patel as she is not engaging. "
"SW has seen the children, Anika (8) and Dev (4), and Anika said she is scared when daddy takes mummy's phone and that she doesn't want to go to her grandparents' house because daddy's family say bad things about mummy there. "
"Next steps: SW to try again with Ms Patel, and consider a joint visit with the IDVA."),

("court summary", "messy",
"Court note - hearing 12/6. Judge asked for update re F. LA position F (Mr Owen) to complete DAPP, M (Ms Lewis) to cont. w/ Freedom. "
"F's counsel said relationship was mutually abusive. LA did not challenge. "
"C (Brody 5) in foster care, contact going ok. "
"next hearing 3/9."),

("duty/OOH", "trained",
"Duty call from Ms Yasmin Ali at 18:05. "
"Her ex-partner, Mr Imran Sheikh, had sent her 30 messages since midday saying he was outside the children's school and would take them, despite the child arrangements order. "
"This follows three similar threats last month and the time in March he did keep Sami (6) overnight without telling her. "
"Ms Ali had already collected the children early, told the school office, and called police, who are attending his address. "
"Sami was distressed, asking if he had to go to Daddy's; Ms Ali said he has been wetting the bed since March. "
"We agreed together that she will stay at her sister's tonight, which was her plan, and the allocated worker will call her tomorrow at 10."),

("assessment analysis", "routine",
"The parents have a long history of volatile and abusive relationships. "
"Father has a history of violence and mother has a history of choosing violent partners. "
"Mother has been offered support but does not appear to have learnt from it. "
"The children, Callum (9) and Kelsey (6), have grown up in a household where DV is normal and are likely to have been emotionally harmed. "
"Callum has been excluded from school twice this year for aggression. "
"Mother needs to show she can keep the children safe."),

("health visitor", "transition",
"HV visit to Ms Beth Ryan and twins Alfie and Oscar (10 months). "
"Ms Ryan disclosed that her partner, Mr Luke Dyer, has been calling her fat and useless and recently blocked the door when she wanted to take the twins to baby group. "
"She said he is under a lot of stress at work. "
"She has kept the twins' feeding and immunisations on track and asked about getting them into nursery so she can go back to work. "
"The twins are thriving and well attached to mum. "
"Advised Ms Ryan to call 999 if she feels unsafe; she was given the number for the local DA service."),

("Restart / perpetrator programme case manager", "trained",
"Restart intake with Ms Carla Jenkins, referred by CSC after assaulting her partner, Mr Mike Jenkins. "
"The referral records that Ms Jenkins has bitten and scratched Mr Jenkins, smashed his phone, and regularly tells him he will never see the children if he leaves, which he believes because he works shifts. "
"Ms Jenkins said he 'makes out he's a saint'; I noted this and asked her to describe the last incident in her own words, and she said she threw a plate at him because he was late home. "
"We discussed the children, Maddie (7) and Ben (4); Ms Jenkins said Maddie has started covering her ears when she shouts and Ben hides behind the sofa. "
"I asked her what Maddie might be feeling in those moments, and she said 'scared of me', then cried. "
"Mr Jenkins' support worker confirms he has a safety plan built with him around his shift pattern and the children's school run."),
]
