N = [
("strategy/conference minutes", "messy",
"strat mtg notes (dictated) - attendees police DS Hale, SW, school DSL, HV. "
"police - M (Ms Rosa Diaz) reported F (Mr Alan Diaz) punched her in face sat nite, he's on bail, 2 prev reports 2023 withdrawn, he also has a harrasment warning from ex. "
"school - C1 Mateo Y5 said he called 999 because 'dad was hurting mum again', hes been falling asleep in class, wont go out at break. "
"HV - baby Lucia 8mths, growth ok. "
"SW - M has gone to her sisters w kids, she says she has done it before when F drinks and wants to stay there till bail conds clear, sister happy. "
"agreed S47 joint, SW to see Mateo alone, M to be asked what she needs from us."),

("closure summary", "messy",
"closure sum. open 6 mths due to DA incidents between M and her partner (Mr Cole). "
"M now seperated, Mr Cole moved to Leeds. "
"kids (Tia 8, Marcus 5) doing ok, attendance good. "
"M did the Freedom prog, finished. "
"M knows to ring police if he comes back, she has a safety plan she made with the IDVA which she says she still uses. "
"step down to EH."),

("school DSL", "messy",
"DSL chat w/ Oliver (Y8) - came to me at break, said his step-dad Gareth has been 'going off on mum' - shouting, slamming, took her phone off her last wk. "
"O says he puts his earphones in and goes on xbox til it stops, has been staying up til 2am, thats why hes tired. "
"says his mum is 'trying to sort it' and has been at the housing office. "
"rang mum, she confirmed, she has been to housing and the DA service and wants school to know in case Gareth turns up. agreed we'd call her first if he does. "
"O asked me not to tell Gareth he told me."),

("partner support worker / IDVA", "messy",
"IDVA 1:1, Ms Tamsin Roe. "
"says ex (Josh) msg'ing her again via Insta, new acct, 3rd one he has made, calling her a slag and saying he'll see her at the kids school. "
"she screenshotted all of them, already sent to police. "
"we talked about what she wants - she doesnt want to go to court again, wants police to deal with it. her idea to ask school for different pick up time, I'll support w that. "
"kids (Archie 7, Bella 5) not mentioned much, she says they are ok."),

("health visitor", "messy",
"HV 6-8wk. M (Sadia) + baby Zain. F present throughout, answered for M again, M v quiet, looked at F before answering. "
"unable to do routine enquiry as not alone. "
"baby feeding ok, gaining wt, M says sleeping bad. "
"M seemed low. to try to see M alone at clinic. "
"note 2nd visit where F answered for her."),

("duty/OOH", "messy",
"OOH - call from police 22:50. Ms Karen Bell (43) assaulted by her son Tyler (19) - he threw a chair at her and punched her arm after she wouldnt give him money for weed, she says he has been doing this since he was 16. "
"her other kids (Grace 10, Finn 7) saw it, Grace rang nan. "
"Tyler arrested. "
"Ms Bell says she feels she has failed as a mum. "
"advised Ms Bell to get the locks changed and not let Tyler back. passed to day team."),

("social worker visit", "messy",
"visit to M (Dani) + C (Jackson 2). "
"P (Lee) not there, M says they split 2 wks ago after he 'kicked off'. "
"house ok, J playing w blocks, clingy to M, cried when I went near. "
"M says she wants to keep him away but he keeps turning up - she has rung police once. discussed what else she could do, she wants a non-mol but worried about cost, she's going to ring the DA line about legal aid. I said I'd get her solicitors list. "
"next visit 2wks"),

("Restart / perpetrator programme case manager", "messy",
"Restart sess 1 w/ Mr Patel (Vikram). v defensive. says CSC 'making it out worse than it was', he only 'raised his voice'. "
"referral says he pushed wife (Meera) into cupboard, she had bruising, and he took her passport. put those to him - he said she is 'exaggerating'. "
"contract signed. "
"no discussion of kids yet (Rohan 6)."),

("assessment analysis", "messy",
"analysis (draft). Ms Kayleigh Ward + partner Mr Jordan Bates. 5 police call outs in 18 mths, all Mr Bates assaulting Ms Ward, incl biting, hair pulling, once dragging her down the stairs. he has also stopped her seeing her friends and checks her location on snapchat. "
"Ms Ward has repeatedly asked for help - 2 x GP, once IDVA. "
"C (Kenzie 4) - nursery say she talks about 'Daddy hurting Mummy' in role play and hits dolls. "
"Kenzie is showing the effects of living with her father's violence - she is re-enacting it and is hypervigilant to raised voices. "
"plan agreed w Ms Ward - she wants to move to her nan's area, housing referral done jointly."),

("court summary", "messy",
"court notes FHDRA 10/3 - M (Ms Green) applicant, F (Mr Ashby) resp. "
"F's position - he wants 50/50, says M is 'alienating' the kids. "
"Cafcass safeguarding letter - 2 police call outs, M alleges F held her by throat, F denies. "
"judge listed fact-finding. interim - indirect contact only. "
"kids (Ruby 9, Jack 6) views not yet obtained."),

("supervision record", "transition",
"Supervision. "
"Discussed the Ahmed family. Mr Tariq Ahmed has been controlling Mrs Sana Ahmed's phone and money and has told the children that their mother is mentally ill. "
"SW is concerned that Mrs Ahmed is not able to see the risk and keeps going back to him. "
"SW has, however, recognised that Mrs Ahmed has kept the children in school and asked her GP for help, and has started a safety plan with her which she has been adding to. "
"The children's views have not yet been gathered. "
"Action: SW to see the children alone before the next CIN meeting."),

("partner support worker / IDVA", "transition",
"Outreach session with Mr Gary Pearce. "
"Mr Pearce's husband, Mr Dominic Shaw, has been restricting his access to their joint account and telling friends that Mr Pearce is violent, which Mr Pearce says has left him isolated. "
"Mr Pearce described one incident where Mr Shaw pushed him into the shower screen. "
"They have been together ten years and Mr Pearce said they have always had a fiery relationship. "
"We agreed that he will keep a diary and open his own bank account, which he had already been thinking about. "
"They have no children; Mr Pearce's niece (12) stays with them at weekends and has not been discussed."),

("closure summary", "transition",
"Closing summary. "
"The case was opened following an assault by Mr Nathan Hill on Ms Laura Grey when she was holding their son Jacob (1). "
"Mr Hill has a pattern of jealousy and monitoring, including tracking her car, which was identified early in the assessment. "
"Ms Grey separated from Mr Hill and obtained a non-molestation order; she has kept Jacob's health appointments and he is meeting his milestones. "
"The case is closed on the basis that Ms Grey continues to protect Jacob and does not resume the relationship."),

("police PPN relay", "transition",
"PPN. "
"Officers attended after a 999 call from Ellie Doyle (15), who reported that her mum's partner, Mr Scott Rhodes, was shouting at her mum and had pushed her against the fridge. "
"Ellie told officers she had taken her brother Charlie (6) into her bedroom and locked the door, and that this 'happens every payday'. "
"Ms Doyle told officers it was a 'normal argument'. "
"Mr Rhodes was arrested. "
"Ellie was visibly shaking and said she wanted to stay at her dad's tonight, which was arranged."),

("Early Help key worker", "transition",
"EH session with Ms Claire Hobbs. "
"Ms Hobbs told me about her partner Mr Kieran Doyle's temper and said he has thrown things at the wall when she has gone out without him. "
"We talked about the impact on the children, Evie (6) and Sam (4). "
"Ms Hobbs said she has started taking the children to the park when he is in a mood, so they are out of the way. "
"We agreed together that she will let me know if things get worse and she would like a referral to the Freedom Programme, which I have made. "
"Ms Hobbs was advised that arguments in front of the children can be harmful."),

("Restart / perpetrator programme case manager", "transition",
"Restart case review. "
"Ms Lydia Moss has completed 10 sessions. She now accepts that she hit her partner, Ms Jade Hart, on several occasions and damaged her car, and that she checked Ms Hart's phone most nights. "
"She said she has realised that her son Harley (10) was scared of her when she was like that; his worker confirms he has been less anxious since she moved out. "
"Ms Moss still describes the relationship as 'toxic'. "
"Ms Hart's support worker reports that Ms Hart has her own safety plan which she reviews with them."),

("court summary", "transition",
"Final evidence summary. "
"Mr Craig Tate has a long history of domestic abuse, with police reports from three previous partners. "
"In this relationship he controlled Ms Nicola Sharp's money, stopped her working, and was violent on at least four occasions, two in front of the children. "
"Ms Sharp has at times prioritised the relationship over the children's needs. "
"Jasmine (11) has told her guardian that she was 'always waiting for the next row' and that she felt it was her job to keep her brother quiet; Kian (7) has had repeated stomach aches that his GP links to anxiety. "
"The local authority considers the children have suffered significant emotional harm from Mr Tate's abuse of their mother."),

("social worker visit", "transition",
"Visit to Ms Joanne Clarke and her grandchildren, Mason (9) and Lexi (7), who live with her under an SGO. "
"The children's mother, Ms Stacey Clarke, has been turning up at the house and shouting at Ms Joanne Clarke when she is refused money, and last week she slapped her. "
"The children were not seen on this visit as they were at school. "
"Ms Clarke said she feels guilty because Stacey is her daughter. "
"We discussed the options and Ms Clarke said she wants to keep the children's routine the same and will not let Stacey in; I suggested a video doorbell and she thought that was a good idea. "
"Next visit will include the children."),

("health visitor", "trained",
"HV visit to Ms Mariam Okafor and Chidi (18 months) at her new flat. "
"Ms Okafor separated from Mr Emeka Okafor four months ago after he repeatedly threatened to take Chidi to Nigeria and hid his passport to show he could. "
"She contacted the police and obtained a prohibited steps order herself, and has arranged for nursery to know who can collect. "
"Chidi is meeting his milestones, playful and well attached to his mother. "
"We talked together about what she wants from the HV service, and she asked for help finding a toddler group near the new flat, which I have passed on."),

("strategy/conference minutes", "transition",
"Core group meeting. "
"Present: SW, Ms Lisa Hunt (mother), school, IDVA. Mr Wayne Hunt declined to attend. "
"SW updated that Mr Hunt has breached his bail twice by messaging Ms Hunt, telling her she will regret 'ruining' him. "
"Ms Hunt said she has reported both breaches and kept the messages; the IDVA confirmed she has been reviewing her safety plan with them weekly and the core group added her request that school use a password for collection. "
"School reported that Lewis (8) has been more settled. "
"Ms Hunt was reminded that the plan depends on her not having contact with Mr Hunt."),

("duty/OOH", "transition",
"Duty. "
"Call from Ms Nadia Brown, who said her partner Ms Toni Reid came home drunk and has been shouting and threw her phone at the wall. "
"Ms Brown has gone with her son Marley (5) to her mum's flat for the night, which she said is what she does when Toni drinks. "
"She asked whether Toni could be asked to leave the house, as the tenancy is in Ms Brown's name; I talked through the options with her and she will call housing in the morning. "
"Marley was asleep at the time. "
"Ms Brown said they both say things they don't mean when they argue."),

("assessment analysis", "routine",
"Analysis. "
"There have been 4 domestic incidents reported to police in the last year. "
"Father has been arrested on one occasion and was released without charge. "
"Mother has been open with the SW and has accepted support. "
"Mother has agreed to a safety plan, which includes not allowing father to the property, contacting the police if he attends, and ensuring the children are not present during any contact. "
"The children were seen and spoken to and said they were happy at home. "
"Recommend CIN plan."),

("Early Help key worker", "routine",
"EH visit. "
"Parents separated last month following a DV incident. "
"Dad is now living with his mother. "
"Mum says she is coping well and the children are settled. "
"Mum has asked for help with a housing transfer, which has been supported, and has been to the DA drop-in by herself. "
"Children, Taylor and Riley, are attending school regularly."),

("supervision record", "trained",
"Supervision. "
"The worker's recording of Mr Darren Shaw's behaviour is detailed: he has followed Ms Holly Shaw to work, sent her 200 messages in a day, and told the children their mother is leaving them. "
"The worker has evidenced the children's experience well: Amelia (10) told her she checks her mum's phone for messages from her dad 'so I know if he's angry', and Jack (7) has been soiling since the separation; both have been linked in the assessment to their father's behaviour. "
"Ms Shaw's protective actions, including moving the children's school and getting a non-mol, are recorded. "
"The safety plan, however, is still the standard template with actions only for Ms Shaw; we agreed this needs reviewing with her."),
]
