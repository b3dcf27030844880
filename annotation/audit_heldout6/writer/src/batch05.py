NOTES = [
dict(
setting="Early Help review",
note_type="routine",
text="""Early Help review. Family: Ms Tanya Hobbs and children Logan (10) and Maisie (6). Practitioner: R. Khan, Beacon Family Hub, Basildon Reach.

Referral was made by school after Logan said there was "fighting at home". Ms Hobbs reports that she and Mr Ricky Hobbs have a volatile relationship and that there have been arguments, some physical, for several years, mostly when money is tight. Mr Hobbs did not attend and has said he does not need support.

Ms Hobbs said what she would find helpful is help with debt, as money worries are what sets things off, and someone to talk to. She asked for the meeting to be held at school rather than at home. We have agreed with her a referral to Citizens Advice for debt and a place on the Thursday drop-in, which she chose, and that future reviews will take place at school.

Logan is reported to be doing well at school. Maisie is quiet but settled.

Ms Hobbs was reminded that she should contact the police if there is any further violence in front of the children. Review in eight weeks.""",
scores=dict(perpetrator_pattern=1, non_blaming_strengths=2, partnering_safety=3, child_harm_assessment=1),
reasons=dict(
perpetrator_pattern="'Volatile relationship', 'arguments, some physical', money as trigger; nothing attributed to him.",
non_blaming_strengths="Mutualising and closing reminder to her; not overtly blaming.",
partnering_safety="Actions chosen by her and her venue preference followed; built on a mutual/money framing, no safety strategy.",
child_harm_assessment="'Doing well', 'quiet but settled' only.",
)),
dict(
setting="strategy-discussion minutes",
note_type="routine",
text="""Strategy discussion, 16 July. Chair: TM A. Lowther. Present: DC Patel, SW E. Green, school nurse, DSL Meadowbank Academy. Child: Destiny Forde (12), sibling Jamal (4). Address: Larchfield Road, Hackney Downs.

Destiny told her head of year that she does not want to go home because "Mum and Marcus keep fighting and I have to look after Jamal when it happens". She said that last week she took Jamal into the bathroom and locked the door because "Marcus was smashing things" and she could hear her mum crying. She said she is scared every evening and cannot sleep. She is behind with her work and has been in trouble for falling asleep in lessons.

Police: Mr Marcus Dale, mother's partner, two previous DA call-outs to this address, both recorded as verbal arguments.

Discussion: it was agreed that Ms Kerry Forde is aware of the domestic violence and has failed to protect the children from exposure to it. There are concerns that Destiny is being left to care for her brother.

Outcome: s.47 enquiry, single agency. SW to visit and complete a safety agreement with Ms Forde that Mr Dale will not stay at the property.""",
scores=dict(perpetrator_pattern=2, non_blaming_strengths=1, partnering_safety=1, child_harm_assessment=3),
reasons=dict(
perpetrator_pattern="His smashing named in the child's words only; professional discussion calls it 'fighting', 'verbal arguments'.",
non_blaming_strengths="'Failed to protect', caring role blamed on mother.",
partnering_safety="Safety agreement imposed on her.",
child_harm_assessment="Destiny's experience, fear, sleep and caring role recorded; not analysed against his behaviour.",
)),
dict(
setting="supervision record",
note_type="trained",
text="""Supervision record. SW: Naomi Fisher. TM: Gareth Lloyd. Family: Ms Leah Dawson, children Archie (9) and Poppy (5). Greyfriars, Colchester Vale.

Naomi summarised Mr Craig Dawson's pattern since the last supervision: he has continued to send Leah messages about her "wrecking the family", has told Archie during contact that his mother "is lying to social services", and has turned up at Leah's new workplace. He has not started the perpetrator programme he agreed to. These are his choices and the plan needs to hold him to them: Naomi will write to him setting out what the local authority expects and what will happen if he continues to use contact to undermine Leah.

Archie has said to Naomi that he "doesn't know who to believe" and has begun refusing to go to school on Mondays after contact. Poppy is reported as unsettled at bedtime after weekends with her father.

TM noted that Leah has done well to keep the children away from Mr Dawson but still needs to show she can maintain this, and that she needs to stop answering his calls. Naomi and Leah have agreed that Leah will keep a log of messages and that contact will move to a contact centre, which Leah requested.""",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=2, partnering_safety=3, child_harm_assessment=3),
reasons=dict(
perpetrator_pattern="Specific, consistent pattern including undermining through the children, named as his choices; accountability letter.",
non_blaming_strengths="TM's praise-then-warning and 'stop answering his calls' puts onus on her.",
partnering_safety="Contact centre at her request and log agreed; still partly directive.",
child_harm_assessment="Archie's confusion and school refusal linked to contact; Poppy general.",
)),
dict(
setting="Restart session",
note_type="trained",
text="""Restart session 7 (one-to-one). Participant: Mr Owain Thomas. Facilitator: E. Jarvis. Venue: Penrhos family centre.

We reviewed Owain's diary from the past fortnight. He recorded two occasions when he "went quiet" and refused to speak to his partner, Ms Lowri Davies, for a whole evening after she visited her sister. He accepted that this is the same pattern that led to the referral: when Lowri spends time with others, he punishes her with silence, anger or, in March, by throwing her phone in the canal. We named that this is a choice he makes, and not something Lowri causes by going out.

We looked at how his son, Macsen (6), experiences this. Owain had told me Macsen "doesn't notice". Using the child's-eye-view exercise, Owain described Macsen asking Lowri "is Daddy cross with us?" and hiding his drawings so his father would not see them. Owain said this made him feel ashamed.

The partner support worker reports that Lowri has been clear and consistent with Owain about what she will not accept, has kept up her own friendships despite his reaction, and has told the school what to do if he arrives upset. Her safety planning is being done with her IDVA; I have not been part of it.""",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=4, partnering_safety=2, child_harm_assessment=3),
reasons=dict(
perpetrator_pattern="Specific, consistent pattern linked to him, choice named, excuse refuted.",
non_blaming_strengths="No blame; her consistency and friendships credited.",
partnering_safety="Planning with her happens elsewhere; only school arrangement reported.",
child_harm_assessment="Macsen's experience of father's behaviour explored, mostly via father; not fully assessed.",
)),
dict(
setting="duty / out-of-hours",
note_type="trained",
text="""Out-of-hours record, Sunday 02:10. Caller: Ms Yasmin Akhtar, 5 Heathcote Mews, Stratford Marsh. Worker: P. Lennon, EDT.

Ms Akhtar phoned from her neighbour's flat after an incident with her husband, Mr Tariq Akhtar, in which she says he shouted at her and pushed her into the wardrobe. Police are on their way. She had already got both children, Ayaan (7) and Sara (4), out of the flat with her and into the neighbour's, and had brought their medication and school bags, which she said she keeps packed by the door.

I asked what she thought would help tonight. She said she did not want to go to a refuge because the children have school tomorrow, and that her brother in Ilford could collect them. She asked me to let school know first thing, and she wanted the police to take Mr Akhtar's keys. We agreed that I would ring her brother with her, and that the daytime social worker would contact her on Monday at a time she gave.

Ayaan was awake and Ms Akhtar said he was "shaking and asking if Dad will come next door". I spoke briefly to Ayaan on the phone with his mum's agreement; he said he was "okay now Mummy's here". Sara slept through.

Passed to daytime team.""",
scores=dict(perpetrator_pattern=2, non_blaming_strengths=4, partnering_safety=4, child_harm_assessment=3),
reasons=dict(
perpetrator_pattern="Tonight's push attributed to him; no pattern, history or choice framing.",
non_blaming_strengths="No blame; her packed bags and getting children out credited.",
partnering_safety="Plan built on what she wanted tonight.",
child_harm_assessment="Ayaan's fear heard directly; brief, one night.",
)),
dict(
setting="assessment analysis",
note_type="transition",
text="""Assessment analysis: Lucas (7) and Freya (4) Harding, Broadmead, Peterborough Fen.

Mr Shane Harding has a pattern of coercive and controlling behaviour towards Ms Chantelle Harding. He has monitored her through a tracking app, prevented her from seeing her mother, and told her that if she left he would "make sure social services take the kids". On 3 September he put his hands round her throat. Mr Harding told me she "makes him lose it"; I have explained to him that his behaviour is his responsibility and that strangulation is a serious risk indicator.

Lucas has told me that he doesn't like it when "Daddy does the shouting voice" and that he sleeps in Freya's room "so she's not scared". His teacher says he startles at loud noises. Freya has regressed with toileting.

However, Ms Harding has now been made aware of the risk and must understand that the children cannot remain in an environment where they are exposed to domestic abuse. She will need to demonstrate that she can protect them. A written agreement has been signed by Ms Harding that Mr Harding will not have unsupervised contact.""",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=2, partnering_safety=1, child_harm_assessment=3),
reasons=dict(
perpetrator_pattern="Specific coercive pattern, strangulation, his excuse challenged.",
non_blaming_strengths="Second half places the onus on her to 'demonstrate' protection; no strengths.",
partnering_safety="Written agreement imposed on her.",
child_harm_assessment="Lucas's words and both children's effects recorded; partly linked to his behaviour.",
)),
dict(
setting="court statement summary",
note_type="transition",
text="""Summary of social work evidence, private law (s.7 report). Child: Jasmine Roberts (9). Applicant: Mr Kieran Roberts. Respondent: Ms Nadia Roberts. Court: Eastmoor Family Court.

Ms Roberts has described a relationship in which there were frequent arguments, and says Mr Roberts was controlling. Mr Roberts denies this and says the separation has been acrimonious on both sides. No police reports were made during the relationship.

Since the separation, Ms Roberts has kept Jasmine's life as steady as possible: Jasmine has stayed at the same school, continues with her swimming club and sees her maternal grandparents weekly. Ms Roberts has facilitated telephone contact twice a week without any professional help and has offered daytime contact in a public place. She has been careful not to speak negatively about Mr Roberts in front of Jasmine.

Ms Roberts told me what she believes would keep contact safe: daytime only, handovers at her parents' house, and no overnight stays until Jasmine is ready. I have adopted her proposals in my recommendation.

Jasmine was seen at school; she said she would like to see her dad "sometimes".""",
scores=dict(perpetrator_pattern=1, non_blaming_strengths=3, partnering_safety=3, child_harm_assessment=2),
reasons=dict(
perpetrator_pattern="His control only alleged and balanced against 'acrimonious on both sides'; no behaviour identified.",
non_blaming_strengths="Her steadiness and care credited; 'frequent arguments' framing mutualises.",
partnering_safety="Her proposals adopted in the recommendation; little wider safety planning.",
child_harm_assessment="Jasmine's wish recorded briefly; no assessment of her experience.",
)),
dict(
setting="IDVA update",
note_type="transition",
text="""IDVA update to social worker. Client: Mrs Harpreet Sandhu, Southgate Fields, Hounslow Vale. Perpetrators: husband Mr Jaswinder Sandhu and mother-in-law Mrs Kulwant Sandhu.

Harpreet has told me that since her marriage in 2021 her husband and mother-in-law have held her passport, taken her wages from the care agency, and restricted her to the house except for work. Her husband slapped her in June when she asked for money to send to her parents, and her mother-in-law told her she would be sent back to India if she told anyone. Harpreet has been very resourceful: she opened a bank account through her employer, kept copies of her documents on a work computer, and made contact with our service from a colleague's phone.

Harpreet has a son, Arjun (3). She worries he is "learning how they talk to me" and has started hitting her when he is angry.

The social worker has asked her to leave the family home within the week as a condition of Arjun not being placed on a child protection plan. Harpreet is not ready and has told me she fears she will lose Arjun if she goes without her documents. I have asked for a meeting with the social worker so that a plan can be agreed at her pace.""",
scores=dict(perpetrator_pattern=3, non_blaming_strengths=4, partnering_safety=2, child_harm_assessment=2),
reasons=dict(
perpetrator_pattern="Husband's and mother-in-law's controlling behaviours named specifically; not framed further as pattern/choice.",
non_blaming_strengths="No blame; her resourcefulness detailed.",
partnering_safety="IDVA advocates for her pace but the live plan is an imposed condition.",
child_harm_assessment="Arjun's behaviour noted through mother's worry; not assessed.",
)),
dict(
setting="CP conference summary",
note_type="messy",
text="""ICPC notes (minute taker draft - to be typed up) - Children: Kenzie 11, Blake 8, Tia 4 - surname Fowler - Thurrock Gate.

- SW report: F (Darren Fowler) back in home, police x6 this yr, M (Stacey) had broken finger Feb, said she fell. M says "we're sorting it". SW - M not engaging w/ Freedom, not honest.
- School: Kenzie v withdrawn, wrote in English "my house is a war zone and I'm the soldier who has to keep the little ones safe", stays up til F asleep, cuts seen Mar. Blake hitting other kids + says "that's what Dad does when Mum is naughty". Attendance K 84% B 88%.
- Nursery: Tia wets, hides under table when men staff shout "tidy up".
- HV none.
- Chair: children clearly v affected by what they live w/ at home - emotional harm. Parents need to take responsibility.
- Decision CP plan x3 - emotional. M to engage w/ Freedom. F to be referred to DAPP. Core grp 2 wks.""",
scores=dict(perpetrator_pattern=2, non_blaming_strengths=2, partnering_safety=2, child_harm_assessment=4),
reasons=dict(
perpetrator_pattern="Father's return and DAPP referral recorded; violence otherwise agentless, 'parents need to take responsibility'.",
non_blaming_strengths="'Not honest', 'parents' shared responsibility; not the harshest blaming, no strengths.",
partnering_safety="Tasks set for both parents; none built with her, though he is also given one.",
child_harm_assessment="Each child's experience and behaviour recorded, Blake's words tie it to father's behaviour.",
)),
dict(
setting="health visitor",
note_type="messy",
text="""HV contact 11/3 - Ms Aisha Bello + baby Musa (9 wks) - clinic, Barkingside Children's Centre (seen alone, pt requested)

Routine enq - A disclosed partner (Emeka, Musa's dad) locks her in flat when he goes out "so nobody takes her", takes her phone + child benefit card, tells her she will be deported if she goes to police (A has settled status - doesnt know this). This has been going on since pregnancy + A says its "getting worse since baby". Emeka's choices - not A's fault, said this to her.

A has done really well - she saved the DA helpline no. under "Dentist", came to clinic on day E plays football. A's plan (her words) - wants to leave but w/ her cousin in Dagenham not refuge, wants help w/ benefits + to know her immigration rights first.
Agreed w/ A: referral to Sahara IDVA svc (A chose), immig advice via Citizens Advice appt wk of 18th, next contacts at clinic on Thurs only.

Musa - feeding well, wt 25th centile, good eye contact, cries when loud noise. Not seen w/ dad.""",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=3, partnering_safety=4, child_harm_assessment=2),
reasons=dict(
perpetrator_pattern="Locking in, phone, money, immigration threats named as his choices, escalating pattern since pregnancy.",
non_blaming_strengths="No blame; specific strengths, briefly.",
partnering_safety="Plan in her words, her choices of service and venue.",
child_harm_assessment="Baby's development noted, startle to noise only; not assessed against father's behaviour.",
)),
]
