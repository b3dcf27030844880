# Batch 05 - written and scored by aw7, scored straight after writing, on the whole note.
NOTES = [
dict(
text="""Home visit, Tregarrow. Seen Ms Hannah Polglase and baby Isla (5 months). Visit following the police notification of a domestic incident on 2 June. Hannah said things have been bad between her and Isla's father, Josh, for a while and they argue a lot, mainly about money. The relationship appears to be on and off. Hannah told me she does not want Josh back and has been thinking about what she would need to stay safe. She said the main things are a new lock, her mum having a key, and Josh not knowing her new shift pattern at the supermarket. We talked about each one and she has agreed to ring the housing association about the lock today; I will check the Sanctuary scheme criteria and let her know. She wants to think about whether to apply for an order. Isla was asleep for most of the visit. Will visit again next week.""",
setting="home visit", note_type="routine",
scores=dict(perpetrator_pattern=1, non_blaming_strengths=2, partnering_safety=3, child_harm_assessment=1),
reasons=dict(perpetrator_pattern="'Argue a lot', 'on and off' relationship; nothing attributed to Josh.",
 non_blaming_strengths="Mutualising language, but her own safety thinking recorded.",
 partnering_safety="Safety steps taken from her own list and followed up with her.",
 child_harm_assessment="Baby asleep; nothing about her.")),
dict(
text="""DSL log, Kettleworth Primary. Child: Harley Simms, Year 2. Harley told his teacher during circle time that "Daddy threw the Xbox and Mummy cried and I hid in my bed with my ears covered". He said he was scared "the bad noise will come back tonight". He has seemed tired all week and has been sucking his sleeve, which is new. He did not want to go out at lunch and asked to stay with the TA. Harley's mother was spoken to at pick-up and said there had been "a bit of a domestic" but it was sorted. She was told that school have a duty to share concerns and that she needs to make sure Harley is not exposed to this kind of thing at home. Referral sent to MASH. Harley's teacher will keep a daily note of his presentation.""",
setting="school DSL log", note_type="routine",
scores=dict(perpetrator_pattern=1, non_blaming_strengths=1, partnering_safety=1, child_harm_assessment=3),
reasons=dict(perpetrator_pattern="Father's act appears only in Harley's words; school records 'a bit of a domestic'.",
 non_blaming_strengths="Mother told she must make sure Harley is not exposed.",
 partnering_safety="Nothing planned with her.",
 child_harm_assessment="Harley's voice and changed presentation recorded, though not assessed against his father's behaviour.")),
dict(
text="""IDVA update to SW, Brindley Heath. Client: Mr Adam Curtis. Children: Sophie (11) and Ben (8). Adam's wife, Claire Curtis, has over the last two years controlled his contact with his parents, taken his wages into her sole account and, since he asked for a separation, repeatedly told him he will "never see the kids again" and that no one will believe a man. On 14 May she hit him with a saucepan in front of Ben. These are deliberate choices by Claire that also shape the children's lives. Adam has been protective throughout: he has kept the children's routines steady, has arranged to work from home so he is there after school, and has been honest with Sophie in an age-appropriate way. He told me he was worried being seen as "the victim" would count against him in court; we talked about that and he chose to go ahead with a non-molestation application. We made his safety plan together around handovers at school and his parents' house. Sophie has told her dad she is "fine", but he says she has stopped eating lunch.""",
setting="IDVA update", note_type="trained",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=4, partnering_safety=4, child_harm_assessment=2),
reasons=dict(perpetrator_pattern="Claire's pattern of control, threats and violence named as her choices (roles reversed).",
 non_blaming_strengths="No blame; Adam's protective actions recorded specifically.",
 partnering_safety="Safety plan made together and his decision about the order respected.",
 child_harm_assessment="Children's experience touched on second-hand only.")),
dict(
text="""Child and family assessment, analysis. Family: Mistry, Hollinbrook. Mrs Priti Mistry has been the main carer for Anaya (6) and Dev (3) throughout a difficult period. She has kept both children in their nursery and school places despite the family moving twice, has taken Dev to all his speech therapy appointments and has recently asked for help to leave the relationship with Mr Raj Mistry. Priti described the things she has done to keep the children calm: taking them to the park when tension builds, and bedtime stories in the car. Anaya told me she feels "safe with Mummy" but that she gets "butterflies" when she hears her dad come home, and that she sometimes puts Dev's headphones on him. Dev's nursery note he has started to flinch at loud noises. Priti and I agreed a plan for the next eight weeks around the move to her aunt's house, and the steps she wants us to take with Raj's workplace being nearby. Raj has been invited to meet me.""",
setting="assessment analysis", note_type="trained",
scores=dict(perpetrator_pattern=2, non_blaming_strengths=4, partnering_safety=3, child_harm_assessment=3),
reasons=dict(perpetrator_pattern="Raj named only as the person she is leaving; none of his behaviour described.",
 non_blaming_strengths="No blame; her protective efforts recorded in detail.",
 partnering_safety="Plan agreed with her for the move; specifics thin.",
 child_harm_assessment="Children's experience recorded and linked to father's return, but his behaviour unstated.")),
dict(
text="""Review child protection conference summary, Coombe Ferris. Children: Mackenzie (9) and Ruby (7) Hoskin. Since the last conference Mr Lee Hoskin has been charged with assaulting Ms Zoe Hoskin in March and is on bail not to contact her. Police report he has twice sent cards via the children's school. Conference discussed that his behaviour over the past two years has included controlling her phone and money. Ms Hoskin has engaged well with the plan. However, conference was concerned that she allowed Mr Hoskin to attend Mackenzie's birthday party, and she was reminded that this must not happen again. Ms Hoskin said he had turned up uninvited and she had rung her brother to ask him to leave; she would like help to make sure the school and her family know what to do if he comes. This will be added to the plan. Mackenzie has told the SW he "doesn't want to talk about Dad".""",
setting="CP conference summary", note_type="transition",
scores=dict(perpetrator_pattern=3, non_blaming_strengths=2, partnering_safety=3, child_harm_assessment=2),
reasons=dict(perpetrator_pattern="His charge, bail contact via school and controlling behaviour named; not developed.",
 non_blaming_strengths="'Allowed' and reminder aimed at her, though her account and action are recorded.",
 partnering_safety="Her request added to the plan.",
 child_harm_assessment="Mackenzie's one comment noted, not explored.")),
dict(
text="""Housing officer note, Hollinbrook. Tenant: Ms Jasmine Clarke, one daughter (Kiera, 6). Jasmine came in to report that her ex-partner, Nathan Riley, has been coming to the flat late at night, banging on the windows and shouting that she is keeping Kiera from him. He has also left notes on her car. Jasmine brought photographs and the police reference numbers for the last three visits. She said she wants to stay in the area because her mum is two streets away. I explained our options and we agreed together: the Sanctuary team will fit window locks and a door viewer this week, we will log Nathan's visits as antisocial behaviour by a non-resident so that any action is against him and not her tenancy, and she will keep a copy of the log. Jasmine has been anxious about a tenancy warning because of the noise; I have confirmed she will not receive one as she is not responsible for his behaviour.""",
setting="housing officer", note_type="transition",
scores=dict(perpetrator_pattern=3, non_blaming_strengths=4, partnering_safety=4, child_harm_assessment=1),
reasons=dict(perpetrator_pattern="Nathan's repeated harassment named with action directed at him; pattern partly drawn.",
 non_blaming_strengths="Explicitly not held responsible; her evidence gathering recorded.",
 partnering_safety="Measures agreed together around her wish to stay.",
 child_harm_assessment="Kiera only named.")),
dict(
text="""Early Help review, Ashby Fold. Family: Hart. Present: Ms Michelle Hart (mother), Family Support Worker. Ms Hart's brother, Carl, has been staying at the house since his release from prison. Ms Hart reports that Carl has been shouting at her and the children and took £200 from her purse. The family has a long history of conflict. Ms Hart has been warned previously about having Carl to stay, and this is the second time she has let him move in. Jayden (12) told the worker that he stays in his room all evening because Carl "picks on him" and calls him names, and he says he cannot sleep until Carl is in bed. Lola (8) has started refusing to go home from her friend's house. Ms Hart said she would like Carl to leave but does not know how to tell him. We agreed to meet again on Friday so that she and the worker can plan how to ask him to go, with the police non-emergency number and her neighbour as back-up.""",
setting="Early Help review", note_type="transition",
scores=dict(perpetrator_pattern=2, non_blaming_strengths=1, partnering_safety=3, child_harm_assessment=3),
reasons=dict(perpetrator_pattern="Carl's shouting and theft reported by her; 'history of conflict' mutualises; no pattern.",
 non_blaming_strengths="Warnings and 'let him move in' held against her; no strengths.",
 partnering_safety="Plan to ask Carl to leave made with her.",
 child_harm_assessment="Both children's experience of Carl's behaviour recorded.")),
dict(
text="""HV contact, Tallisford clinic. M (Becky) + baby Alfie 8wks. Weight ok, feeding ok. Asked routine DA q - M said "its not like that, we just clash", partner Sam is "stressed w work". M says they have rows most nights + he shouts. M tearful. M says she would like to do the baby group on Weds so she gets out of the house, Sam doesnt like her going but she wants to go. agreed HV will pass her details to group leader + she can use group as check in, if she wants to talk she'll say she wants to "weigh Alfie again". Gave number for local DA service - she put it in phone as "HV". Alfie alert, good eye contact.""",
setting="health visitor", note_type="messy",
scores=dict(perpetrator_pattern=1, non_blaming_strengths=2, partnering_safety=3, child_harm_assessment=2),
reasons=dict(perpetrator_pattern="'Rows', 'clash', stress excuse recorded; his restriction only hinted.",
 non_blaming_strengths="No explicit blame but mutual framing and stress excuse left standing; her wish to go out noted.",
 partnering_safety="Check-in route and code phrase agreed with her.",
 child_harm_assessment="Growth and alertness only; no consideration of baby hearing shouting nightly.")),
dict(
text="""Supervision notes (SW Ryan Blake / TM Jo Ince) - Kershaw family, Pendlebrook.
- Mr Gary Kershaw: pattern now clear from chronology - isolation from family (stopped her seeing mum 2023), money control (wages to his acc), threats to kill the dog, and Feb 24 strangulation. Not "relationship problems" - his choices. Also how he parents: tells kids mum is "lazy + useless", makes them clean up after him.
- Ms Amy Kershaw: has kept kids in school throughout, got herself to GP + disclosed, saved £ at her mums, contacted WA herself in Nov. Recorded as protective.
- Kids: Noah 10 Lucy 7 - not yet seen alone, need to do this.
- Plan: Ryan to meet Amy to agree safety plan on her terms (she has said she wants to leave after Xmas). TM to write to Gary re meeting about his parenting.""",
setting="supervision record", note_type="messy",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=4, partnering_safety=3, child_harm_assessment=2),
reasons=dict(perpetrator_pattern="Pattern from chronology, named as his choices, including his parenting; accountability planned.",
 non_blaming_strengths="No blame; her protective actions listed.",
 partnering_safety="Plan to agree safety plan on her terms; not yet done.",
 child_harm_assessment="Children not yet seen; only his denigration in front of them noted.")),
dict(
text="""PPN 17/8 rec'd. Incident 16/8 23:15 Wexcombe. Caller Ms Rachel Ford reports partner Ms Dana Sheldon (not bio parent) grabbed her hair + dragged her across living room after argument re Rachel going out w work friends. Police note 3 prev calls same couple, 2 where Dana reported Rachel for "shouting". Both had been drinking. Child Millie (5) in house, asleep per Rachel. DASH med. Dana arrested, released NFA as Rachel didnt want to give statement. Note Rachel has previously withdrawn statements x2. Officers gave Rachel a DA leaflet. Refer to EH, share w school.""",
setting="police PPN relay", note_type="messy",
scores=dict(perpetrator_pattern=3, non_blaming_strengths=1, partnering_safety=1, child_harm_assessment=1),
reasons=dict(perpetrator_pattern="Dana named as agent of a controlling assault linked to Rachel going out; earlier calls left as mutual.",
 non_blaming_strengths="'Both drinking', counter-reports, and withdrawn statements held against Rachel.",
 partnering_safety="No planning with her.",
 child_harm_assessment="Asleep per mother; nothing more.")),
]
