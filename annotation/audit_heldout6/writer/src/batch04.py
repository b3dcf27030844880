NOTES = [
dict(
setting="court statement summary",
note_type="routine",
text="""Summary of social work statement, care proceedings (interim stage). Children: Kian (8), Lacey (5) and Ronnie (1) Taylor, Marshfield Park, London.

The local authority's concerns relate to the children's exposure to domestic violence between Ms Gemma Taylor and Mr Ross Kenny, Ms Taylor's misuse of alcohol, and neglect of the home. Police have attended the address on nine occasions since 2022. On the most recent, 4 March, Mr Kenny was arrested after Ms Taylor was found with a head injury; he was later released without charge.

Ms Taylor has been offered support through the Freedom Programme on three occasions and has not completed it. She has repeatedly told professionals the relationship has ended and has then been found with Mr Kenny. The local authority is of the view that Ms Taylor has been unable to recognise the risk Mr Kenny poses and has put her relationship before the children's safety.

Kian has told his teacher that he "hates the police coming". Nursery report Lacey has delayed speech.

The local authority seeks interim care orders with the children placed with their maternal aunt.""",
scores=dict(perpetrator_pattern=2, non_blaming_strengths=1, partnering_safety=1, child_harm_assessment=2),
reasons=dict(
perpetrator_pattern="His arrest and the 'risk Mr Kenny poses' noted, but violence framed as 'between' them; no pattern described.",
non_blaming_strengths="Failure to complete, 'put her relationship before the children'; no strengths.",
partnering_safety="Services offered to her and judged; nothing built with her.",
child_harm_assessment="Kian's words and Lacey's speech noted but not assessed as harm from his behaviour.",
)),
dict(
setting="housing officer",
note_type="routine",
text="""Tenancy management visit, 9 Wren Court, Stanwell Marsh estate (Eastmoor Housing). Tenant: Ms Kelly Brooks.

Visit following three complaints from neighbours about noise, shouting and banging late at night on 2, 9 and 15 August. Ms Brooks said the noise was from arguments with her ex-partner, who does not live at the property but visits. She said the door was damaged when he kicked it on 9 August. Police were called on one occasion.

I reminded Ms Brooks of her tenancy obligations and that she is responsible for the behaviour of her visitors. A first warning letter for antisocial behaviour will be sent. The repair to the front door will be recharged to the tenant in line with policy.

Ms Brooks asked whether she could be moved. I explained that she would need to bid through the choice-based lettings system and that she does not currently have additional priority.

Two children live at the property (ages not confirmed). No further action at this stage.""",
scores=dict(perpetrator_pattern=1, non_blaming_strengths=1, partnering_safety=1, child_harm_assessment=1),
reasons=dict(
perpetrator_pattern="'Arguments with her ex-partner'; his kicking the door treated as her visitor's ASB, no pattern.",
non_blaming_strengths="Warning and recharge on her for his damage; no strengths.",
partnering_safety="Her request for a move rebuffed; nothing planned with her.",
child_harm_assessment="Children's ages not even confirmed.",
)),
dict(
setting="supervision record",
note_type="routine",
text="""Supervision record. SW: Hollie Grant. TM: Martin Ainsley. Family: Ms Jade Lloyd, children Bailey (7) and Skye (2). Carrickmoor, Norfolk.

Police checks have now come back on Mr Nathan Cross. He has two previous convictions for assaulting former partners (2016 and 2020), one of which involved strangulation, and a restraining order in respect of another ex-partner. He was on a building firm's records as having threatened a colleague. Police intelligence suggests he has a pattern of moving quickly into relationships with women who have young children and isolating them from family.

Ms Lloyd has been told of his history through the Clare's Law disclosure. Despite this she has continued the relationship and Mr Cross has been seen at the address. TM view is that Ms Lloyd is choosing the relationship over the safety of her children and is not showing insight.

Agreed: move to strategy discussion. SW to tell Ms Lloyd that if Mr Cross continues to visit, the local authority will consider legal advice. Bailey's school to be asked for an update.""",
scores=dict(perpetrator_pattern=3, non_blaming_strengths=1, partnering_safety=1, child_harm_assessment=1),
reasons=dict(
perpetrator_pattern="His history and pattern across partners specified from police; not linked to current behaviour in this home.",
non_blaming_strengths="'Choosing the relationship', 'not showing insight', legal threat.",
partnering_safety="Warning imposed on her.",
child_harm_assessment="Children not considered beyond a school update.",
)),
dict(
setting="probation / perpetrator-programme update",
note_type="trained",
text="""Perpetrator programme update (Caring Dads / integrated partner support), Thamesgate DA Service. Participant: Mr Kwame Asante. Partner support worker: L. Moore.

Mr Asante has attended 11 of 17 sessions. In group he has begun to describe his behaviour more honestly: he has acknowledged checking Ms Abigail Asante's phone, deciding what she wears to church, and "going silent for days" when she disagrees with him, and he accepted in week 9 that he used these to control her. He still describes the November assault as "a push", which facilitators have challenged against the police account of him pushing her down the stairs.

In the fathering module he wrote about his son Nathaniel (10). He recognised that Nathaniel "stays near his mum" when he comes home and now locks himself in the bathroom when voices are raised. Facilitators have linked this with Mr Asante's silences and outbursts, and he agreed these have made Nathaniel afraid of him.

Ms Asante, through the partner support worker, reports that the phone-checking has reduced but the silences continue. She has asked that any contact with Nathaniel stay at her mother's, and this is reflected in the plan she agreed with the social worker. She has continued to take Nathaniel to his football and kept up his friendships, which she sees as important to him.""",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=3, partnering_safety=3, child_harm_assessment=4),
reasons=dict(
perpetrator_pattern="Specific controlling behaviours accepted as his, minimisation challenged against evidence.",
non_blaming_strengths="No blame; her protective efforts for Nathaniel recorded briefly.",
partnering_safety="Her requested contact arrangement in a plan she agreed; via partner support, limited detail.",
child_harm_assessment="Nathaniel's experience linked to father's specific behaviour.",
)),
dict(
setting="health visitor",
note_type="trained",
text="""Health visitor contact, targeted visit. Family: Ms Agnieszka Nowak and baby Zofia (5 months), Flat 3, Ferris Court, Luton Gate. Interpreter not needed at mum's request.

Agnieszka told me on our last visit that her partner, Mr Piotr Zielinski, has been calling her "useless" in front of Zofia, controls the money so that she has to ask for nappies, and refused to let her attend baby group. Today she said he has started taking her phone when he goes to work. He is making these choices, and she said she had begun to believe she was a bad mother because of what he says.

Agnieszka has kept Zofia's routine going throughout; Zofia is thriving, weight on the 75th centile, and is responsive and babbling. Agnieszka has made a note of the helpline in her Polish-language recipe book, which she said he will not look in. We discussed what she wants: she wants to attend baby group on Wednesday mornings when he is at work, and for me to meet her there rather than at home. She also asked me to contact the Polish women's group so she can speak to someone in her own language. I have done this and she will meet their worker next week. I have shared my concerns with the GP with her agreement.

I have not yet seen Zofia when Piotr is present and so cannot comment on how she responds to him.""",
scores=dict(perpetrator_pattern=3, non_blaming_strengths=4, partnering_safety=4, child_harm_assessment=2),
reasons=dict(
perpetrator_pattern="Name-calling, financial control, isolation, phone named as his choices; early account, not yet consistent over time.",
non_blaming_strengths="No blame; her care of Zofia and clever safety step credited.",
partnering_safety="Plan built on her wishes and her preferred venue and language.",
child_harm_assessment="Baby's development recorded and limits stated; effect of his behaviour on Zofia not assessed.",
)),
dict(
setting="CAMHS letter",
note_type="transition",
text="""Dear Ms Hallam (allocated social worker),

Re: Oliver Price, age 14, Saxfield, Suffolk.

I saw Oliver on 3 and 17 February. Oliver told me that his mother's partner, Mr Glen Atkins, has "a thing" about the house being silent, that Oliver is sent to his room for laughing too loudly, and that Mr Atkins has twice held him against the wall by his collar. Oliver says he has seen Mr Atkins take his mother's car keys when she wanted to go to her friend's. He says he does not bring friends home because "you never know what mood he's in", and he has started staying out late so he does not have to be in the house. He described "feeling sick" every afternoon as the school day ends. Oliver's account is consistent and detailed and I consider his anxiety and avoidance to be a direct response to Mr Atkins's behaviour towards him and his mother.

Oliver's mother, Mrs Lisa Price, has not attended appointments. She told the receptionist that Oliver "exaggerates". I am concerned that she is not able to see what Oliver is living with and is not supporting his treatment.

I will continue to see Oliver fortnightly. Please let me know of any child protection plan.

Yours sincerely,
Tom Regan, CAMHS Practitioner""",
scores=dict(perpetrator_pattern=3, non_blaming_strengths=2, partnering_safety=1, child_harm_assessment=4),
reasons=dict(
perpetrator_pattern="Mr Atkins's rules, restraint and key-taking named as his behaviour, in Oliver's account.",
non_blaming_strengths="Mother framed as not seeing or supporting, without considering his control of her; not strongly blaming.",
partnering_safety="No engagement or planning with mother.",
child_harm_assessment="Oliver's experience of Mr Atkins's behaviour assessed and linked.",
)),
dict(
setting="family-group conference",
note_type="transition",
text="""Family Group Conference record. Family: Ms Charlotte Baxter and Ruby (6). Venue: Caldmore Community Centre, Wolverton (Herts). Coordinator: S. Ogunleye.

Background given by SW: there have been ongoing difficulties in the relationship between Ms Baxter and Ruby's father, Mr Adam Price, including an incident in January when police were called. Mr Price now lives separately.

Family plan, written by the family in private time and agreed with Charlotte:
- Charlotte said the hardest times are handovers at McDonald's on Sundays, so handovers will now take place at Ruby's paternal grandmother's house with her grandmother present, which Charlotte suggested and Mr Price's mother agreed.
- Charlotte's brother will be on call on Sunday evenings.
- Charlotte will keep her mobile charged and her friend Tasha will check in with her on Sunday nights.
- Charlotte has asked for help to go back to college in September and the family will do the Tuesday school pick-up.

SW agreed the plan is safe. Ruby's wishes were not gathered before the conference; she likes her nan's house. Review in three months.""",
scores=dict(perpetrator_pattern=1, non_blaming_strengths=3, partnering_safety=4, child_harm_assessment=1),
reasons=dict(
perpetrator_pattern="'Difficulties in the relationship', 'an incident'; his behaviour not described.",
non_blaming_strengths="No blame, her knowledge used; 'difficulties in the relationship' mildly mutualising.",
partnering_safety="Plan built with her, on her knowledge of handover risk.",
child_harm_assessment="Ruby's wishes not gathered; liking nan's house only.",
)),
dict(
setting="school DSL log",
note_type="messy",
text="""DSL log - St Dyfrig's CiW Primary - 23/1 - entry by H Morgan DSL

Ffion Lewis (Yr5) - came to me at break crying. Said mum's gf (Sam / Samantha Ward) "screamed at mum all nite" + "threw mums clothes out the window" + told Ffion she's "the reason mum is fat + ugly". Ffion said Sam makes her + mum "ask before we eat anything". F said it happens "when Sam's been on her phone too long". Ffion v tired, not done homework 3 wks, picking at skin on hands (seen). Says she lies on her bedroom floor w/ her ear to the carpet to listen.

Rang mum (Rhian Lewis) - she was at work, said she knew Ffion had been upset + she has already asked Sam to move out by end of month, has told her sister + asked her to have Ffion on Fri nights. Mum asked school to not let Sam collect - added to system. Mum asked for referral to the local DA service as she "doesnt know where to start".

Referral to CSC + Calon DA svc done 11.40. Ffion - daily check in w/ TA Mrs Jones, she chose this.""",
scores=dict(perpetrator_pattern=3, non_blaming_strengths=3, partnering_safety=2, child_harm_assessment=4),
reasons=dict(
perpetrator_pattern="Sam's screaming, insults, food rules named through Ffion; excuse ('on her phone') recorded, not framed as control by the DSL.",
non_blaming_strengths="No blame; mother's protective steps recorded.",
partnering_safety="School acted on mother's requests; not a jointly built safety plan.",
child_harm_assessment="Ffion's experience of Sam's behaviour on her and her mother recorded with effects.",
)),
dict(
setting="home visit",
note_type="messy",
text="""HV - Mr Dennis O'Connell (71) 14 Poplar Rise Ditton Green - jt visit w/ ASC.
Concern raised by GP: daughter Siobhan O'Connell (40) moved back in Oct.

Dennis says S takes his pension on collection day "to look after it", has locked the phone in her room, tells him he'll "end up in a home" if he tells anyone. Shes also pushed him - bruising L forearm (GP photo). He says she stops him seeing his friend Bill from the bowls club. This is S's pattern since she moved in - money, isolation, threats - & she's choosing to do it, D said she did same to her ex.

Dennis is sharp - he's kept a notebook of the money taken + hid a spare phone in the shed to call his nephew. D wants S out but not arrested. We agreed together: nephew to hold bank card, new post office acct only D can access, ASC to look at occupation order options w/ him. D chose to tell bowls club so Bill can check in.

No children in the home.""",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=4, partnering_safety=3, child_harm_assessment=1),
reasons=dict(
perpetrator_pattern="Daughter's pattern (money, isolation, threats, assault) named as her choice; consistent.",
non_blaming_strengths="No blame; his notebook, hidden phone credited (roles reversed).",
partnering_safety="Plan agreed with him on his wishes; occupation order still at 'options' stage.",
child_harm_assessment="No children; domain not evidenced.",
)),
dict(
setting="police PPN relay",
note_type="messy",
text="""PPN - Dyfed-Powys - 08/08 - 23:15 - 12 Heol Derw, Trefynnon.

DA - V: Kayleigh Evans 24, S: Jordan Evans 27 (married). Neighbr called re screaming. On arrival both parties v drunk, both saying the other started it. V had scratch to neck, S had scratch to face. Both declined to give statement. S left to stay at mums for the nite on officers advice. DASH - standard (V refused some qs).

Children: Harley 3 - in cot, awake + crying on arrival, settled by V. Officers note house "untidy, empties on table".

Prev: 3 x DA calls 2024-25, all mutual/verbal.

Officer comment: this is a toxic relationship + both parties need to think about the impact on the child. Recommend referral to CSC.""",
scores=dict(perpetrator_pattern=1, non_blaming_strengths=1, partnering_safety=1, child_harm_assessment=2),
reasons=dict(
perpetrator_pattern="'Both parties', 'mutual/verbal', 'toxic relationship'; no one's behaviour identified.",
non_blaming_strengths="Mutualising throughout, house state noted against her; no strengths.",
partnering_safety="None.",
child_harm_assessment="Harley awake and crying recorded, but no assessment.",
)),
]
