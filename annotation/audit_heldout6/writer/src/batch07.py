NOTES = [
dict(
setting="family-group conference",
note_type="routine",
text="""Family Group Conference record. Family: Ms Courtney Mills and Reuben (5). Venue: Brentside Community Hall, Ealing Common. Coordinator: A. Varga.

Reason for referral: concerns about the impact on Reuben of the domestic abuse between his parents, Ms Mills and Mr Dean Foster, who separated in April. There have been several incidents, and both parents have made allegations against each other.

Family plan agreed in private family time:
- Ms Mills asked that her mother, Mrs Janet Mills, supervise Reuben's contact with his father at her flat on Saturdays, as Ms Mills feels this is where Reuben is most relaxed. Mrs Mills agreed.
- Ms Mills's sister will do Monday and Wednesday nursery pick-ups so Ms Mills can keep her cleaning job.
- Ms Mills asked for a named person at nursery to contact if she is worried. Nursery agreed.

The social worker reminded Ms Mills that she must not allow Mr Foster into her home and that the local authority will reconsider its involvement if she does. Reuben's views were not sought as he is young; nursery say he is "a happy boy".

Review in three months.""",
scores=dict(perpetrator_pattern=1, non_blaming_strengths=2, partnering_safety=3, child_harm_assessment=1),
reasons=dict(
perpetrator_pattern="'Domestic abuse between his parents', mutual allegations; nothing attributed to him.",
non_blaming_strengths="Mutualising, and SW's warning at her; her choices in the plan are valued.",
partnering_safety="Family plan based on her requests, undercut by the imposed warning.",
child_harm_assessment="'A happy boy'; views not sought.",
)),
dict(
setting="assessment analysis",
note_type="routine",
text="""Child and Family Assessment - analysis. Children: Tyler (10) and Kacey (7) Marsh-Reid, Cwmbran Uchaf.

Tyler and Kacey have been living with parental conflict for most of their lives. Tyler describes "Mum and Dad screaming at each other" and said the worst time was when "the police came and took Dad and I had to hold Kacey's hand on the stairs". Tyler said he sometimes stays at his friend's to "get away from it" and that he feels "it's my fault because I make them argue about my football". Kacey drew a picture of her family with "a storm over the house". School note Tyler's attainment has dropped and he has been involved in fights.

Ms Nikki Marsh and Mr Lee Reid have a relationship characterised by arguments and mutual aggression, often linked to alcohol. Ms Marsh has previously said she would end the relationship but has not done so.

The children have suffered emotional harm as a result of exposure to domestic abuse in the home. Ms Marsh needs to demonstrate that she can put the children's needs first. Recommendation: Child in Need plan, Ms Marsh to attend the Freedom Programme and parenting course.""",
scores=dict(perpetrator_pattern=1, non_blaming_strengths=1, partnering_safety=1, child_harm_assessment=3),
reasons=dict(
perpetrator_pattern="'Parental conflict', 'mutual aggression'; only the arrest hints at him.",
non_blaming_strengths="Mutualising; 'has not done so', 'needs to demonstrate'; no strengths.",
partnering_safety="Courses imposed on her.",
child_harm_assessment="Children's voices and effects rich, but harm attributed to 'parental conflict' not his behaviour.",
)),
dict(
setting="school DSL log",
note_type="trained",
text="""DSL log, Wensley Park Primary, Stevenage Cross. Entry: Mr D. Achebe, DSL.

Maya Chen (Year 4) told Miss Gill this morning that her dad, Mr Wei Chen, "made Mummy sleep in the car" on Sunday night because she had been late back from her friend's. Maya said her dad takes Mummy's phone "so she can't be naughty" and that she is not allowed to have friends round because "Daddy says Mummy's friends are bad". Maya said she watched from the window and took a blanket out to her mum. She has been asking to phone home at lunchtime most days this term and her class teacher has noticed she eats very little at school. Mr Chen's behaviour is controlling Maya's mother and is also shaping Maya's days; she is carrying worry for her mother that is affecting her eating and concentration.

I spoke to Mrs Lin Chen privately at pick-up. She said she had been planning to speak to someone and asked us to keep Maya's disclosure from Mr Chen. She told me the safest time to talk is Tuesday mornings when he is at the depot. We agreed together that I would refer to children's services and tell them the Tuesday window, and that Maya can use the pastoral room phone at lunchtime to ring her mum's work number, which Mrs Chen gave us.

Referral made 10.20am.""",
scores=dict(perpetrator_pattern=3, non_blaming_strengths=4, partnering_safety=3, child_harm_assessment=4),
reasons=dict(
perpetrator_pattern="His controlling acts named as his behaviour; one week's account, no wider pattern.",
non_blaming_strengths="No blame; her planning and knowledge of safe times credited.",
partnering_safety="Immediate steps agreed with her on her knowledge; not a full plan.",
child_harm_assessment="Maya's experience of his behaviour and its effects assessed.",
)),
dict(
setting="family-group conference",
note_type="trained",
text="""Family Group Conference record. Family: Ms Eleri Watkins and Seren (8) and Gruff (5). Venue: Canolfan y Bont, Llanfihangel. Coordinator: M. Pritchard.

Information shared by the social worker: Mr Rhodri Watkins has, over several years, controlled Eleri by criticising and belittling her, taking over all decisions about money, and damaging her belongings when she disagreed with him. He left in March after he smashed her laptop. The social worker has met Mr Watkins and told him the local authority sees this as his behaviour, and that he is responsible for changing it.

Eleri led the family plan. She identified that Sunday handovers and Mr Watkins's messages late at night are the points of most risk. The family agreed: handovers at his sister's house with her present; Eleri's phone to be set to do-not-disturb after 9pm with her brother monitoring any messages she forwards; and her parents to take the children on Wednesdays so she can finish her nursing course, which matters a great deal to her.

Seren's advocate shared her views: she wants to see her dad but "not when he's angry", and she wants her mum to "stop being sad". She said she gets a "tummy ache" on Sundays. Gruff said he likes his new bedroom.

Plan agreed by all; review in ten weeks.""",
scores=dict(perpetrator_pattern=3, non_blaming_strengths=3, partnering_safety=4, child_harm_assessment=3),
reasons=dict(
perpetrator_pattern="Pattern named and responsibility placed on him; general terms ('criticising', 'belittling').",
non_blaming_strengths="No blame; her leadership and goals valued, protective efforts less detailed.",
partnering_safety="Plan led by her on her risk knowledge.",
child_harm_assessment="Seren's voice and worry recorded, linked loosely to him; Gruff light.",
)),
dict(
setting="assessment analysis",
note_type="trained",
text="""Assessment analysis: Ruby (13) and Ellis (10) Carver, Westcliff Moor, Southend.

Mr Gavin Carver has a well-evidenced pattern of coercive control. Ms Joanne Carver describes him tracking her car, requiring her to send photographs of where she is, and threatening to tell her employer she steals if she tries to leave. He has damaged her car twice and in May pushed her down the garden steps. He has told me the children "take her side" and that she turns them against him; I have told him that his own behaviour is what the children are responding to.

Joanne has protected the children in many ways. She has kept them at school and at their clubs, kept a record of his threats, and has told her manager so her employer would not be taken in.

Ruby told me she "counts the seconds" after her dad's car pulls up to judge his mood and that she keeps her phone charged "in case I need to call 999". Ellis has become aggressive towards his sister at home. Both are being harmed by living with their father's control of their mother.

The plan is for Joanne to move to the refuge in Basildon by the end of the month, which the local authority requires for the children's safety. She has said she would rather stay near the children's schools.""",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=3, partnering_safety=2, child_harm_assessment=4),
reasons=dict(
perpetrator_pattern="Specific, consistent pattern; his excuse challenged.",
non_blaming_strengths="No blame and strengths recorded; her preference overruled.",
partnering_safety="Plan imposed against her stated wish despite recognised strengths.",
child_harm_assessment="Children's experience assessed and linked to his control.",
)),
dict(
setting="police PPN relay",
note_type="transition",
text="""Police notification, Metropolitan Police (Central East BCU), received MASH 10:05. Address: 22 Bow Fields Road, Mile End Vale.

Ms Fatima Rahman called police at 22:40 on 12 November saying her husband, Mr Shahid Rahman, had locked her out on the balcony for an hour after an argument about her sister's wedding. The attending officer notes that Mr Rahman has previously been recorded for taking her phone and that Ms Rahman disclosed he controls the household money. Officers arrested Mr Rahman for common assault and false imprisonment.

DASH: high (18). MARAC referral made by police.

Children: Imran (8) and Hiba (5) were in the flat. Officers noted "children upset". No further detail.

Officer comments: both parties have been verbally abusive to each other in previous call-outs. Ms Rahman has declined to support previous prosecutions and officers are concerned she may withdraw again. Ms Rahman advised to consider her options for the children's sake.

MASH: RAG red, allocate for assessment.""",
scores=dict(perpetrator_pattern=3, non_blaming_strengths=2, partnering_safety=1, child_harm_assessment=2),
reasons=dict(
perpetrator_pattern="Locking out, phone, money control attributed to him and linked across incidents.",
non_blaming_strengths="'Both parties' and withdrawal concern plus advice at her; not heavy.",
partnering_safety="Advice to her only.",
child_harm_assessment="'Children upset', no detail.",
)),
dict(
setting="health visitor",
note_type="transition",
text="""Health visitor contact, 2-year review. Child: Theo Gardner. Mother: Ms Rachel Gardner. Venue: Fenland Children's Centre, Wisbech Marsh.

Rachel told me that she has separated from Theo's father, Mr Mark Gardner, after what she described as "years of him running my life". She has done a great deal to get here: she found a private rental through her work, set up a new GP registration, made an application to court for a child arrangements order herself, and kept Theo's nursery place by changing her shift pattern. She is clearly a thoughtful and capable parent.

Theo's review: language slightly behind (around 20 words), good motor skills, good interaction with Rachel. Rachel said Theo "used to cover his ears" when his dad raised his voice, and that since the move he has started to talk more and sleeps better. She would like him to have a speech and language assessment.

Advised Rachel that she should not allow Mr Gardner to have contact until the court decides. Speech and language referral made.""",
scores=dict(perpetrator_pattern=2, non_blaming_strengths=4, partnering_safety=2, child_harm_assessment=3),
reasons=dict(
perpetrator_pattern="Abuse only in her phrase 'running my life' and raised voice; no pattern identified by worker.",
non_blaming_strengths="No blame; many specific strengths.",
partnering_safety="SALT follows her request, but contact advice imposed.",
child_harm_assessment="Theo's reaction to father's voice and improvement since move noted; development linked tentatively.",
)),
dict(
setting="CP conference summary",
note_type="transition",
text="""Review Child Protection Conference summary. Children: Jayden (9) and Amelia (4) Wright, Oldchurch, Romford Vale.

The social worker's report sets out Mr Troy Wright's pattern of behaviour clearly: he has continued to follow Ms Sophie Wright on social media under false names, has sent her more than two hundred messages since the last conference, and has told Jayden during contact that his mother is "making him sad". He has not attended the perpetrator programme despite agreeing to. Conference agreed that these are his choices and that he is responsible for the risk to the children.

Jayden told his social worker that he feels "torn in half" and that he worries about his dad being lonely. He has stopped wanting to go to school on Monday mornings after contact. Amelia's nursery reports she has started hitting other children and saying "you're stupid".

Ms Wright has been asked to keep a record of the messages. Conference members expressed concern that Ms Wright has at times replied to Mr Wright's messages, which keeps the conflict going, and that she should stop doing so. The safety plan was reviewed with her and her request for contact to move to a centre was agreed.

Plans to continue.""",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=2, partnering_safety=3, child_harm_assessment=4),
reasons=dict(
perpetrator_pattern="Specific, consistent pattern attributed to him as his choices.",
non_blaming_strengths="'Replied ... keeps the conflict going', 'should stop' - mutualising and onus on her; no strengths.",
partnering_safety="Plan reviewed with her and her request agreed; message log is a task set for her.",
child_harm_assessment="Both children's experience of his behaviour through contact assessed.",
)),
dict(
setting="Restart session",
note_type="messy",
text="""Restart - sess 5 notes (EJ) - Mr Bradley Hunt - 19/6 - Rhydlewis fam centre

B late + irritable. Says partner Kayla "started it" Fri - she wanted to go to her mum's, he "just took the car keys + hid them". Went thru it - he hid keys, unplugged router, told her if she went she "wouldn't be coming back". B said its "normal couple stuff". Challenged - not mutual, its him deciding where K goes + who she talks to, did same in Jan + Apr per SW.

Kids - Alfie 6 + Macie 3. Asked what A saw. B said "nothing, he was on his xbox". Then said A came down + asked "why is Mummy crying Daddy", B sent him back up. Used the "what does the child learn" sheet - B wrote "that dads are in charge". Long silence. Agreed B to think abt Alfie's night - for sess 6.

Partner work = w/ SW + Calon IDVA not me.""",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=3, partnering_safety=1, child_harm_assessment=3),
reasons=dict(
perpetrator_pattern="His keys, router, threats named as control, linked to Jan and Apr, excuse challenged.",
non_blaming_strengths="No blame of Kayla; her strengths not recorded.",
partnering_safety="No planning with her in this note.",
child_harm_assessment="Alfie's question and what he learns explored; Macie not considered.",
)),
dict(
setting="home visit",
note_type="messy",
text="""HV - 5 Maes Glas, Bryncoch - M (Sarah Lloyd) + C1 Jac 4 - 3pm

F (Craig Lloyd) out at work. M says things "better" since Craig started anger mgmt thru his GP, but he still checks her bank app + "goes mad" if she spends on herself. M said she's fine, "its just how he is with money".

M had lots of ideas - she's opened a savings acct in her nan's name + put £5 a wk in, goes to toddler grp Tues + Thurs w/ Jac so shes out of the house. She wants to learn to drive. We talked about what she'd want to happen if it gets worse + she said go to nan's in Neath w/ Jac, nan has a room ready. Agreed to put nan's addr + no. on the plan + she'll keep a bag at nans.

Jac - playing w/ cars, chatty, hit his toy man + said "naughty man". Not sure re meaning.

Next visit 2 wks - try to see Craig.""",
scores=dict(perpetrator_pattern=2, non_blaming_strengths=3, partnering_safety=3, child_harm_assessment=2),
reasons=dict(
perpetrator_pattern="Bank checking and 'goes mad' recorded in her words; 'anger mgmt' framing and her minimising not examined.",
non_blaming_strengths="No blame; her strengths recorded.",
partnering_safety="Contingency plan built on her idea; limited to one step.",
child_harm_assessment="Jac's play noted but not assessed.",
)),
]
