# Batch 08 - written and scored by aw7, scored straight after writing, on the whole note.
NOTES = [
dict(
text="""Police PPN received 3 April, reviewed at MASH. Incident: 2 April, 21:50, Tallisford. Ms Vicky Roskilly called police stating that her partner Mr Dylan Hosking had thrown a glass at her during an argument. No injury. Mr Hosking had left before police arrived. Officers described Ms Roskilly as agitated and uncooperative and noted she had been drinking. This is the second PPN for the couple. Children: Sadie (10) and Finn (7). Officers recorded that the children were in the living room at the time and that Sadie was crying. DASH: standard. MASH outcome: information shared with school; letter to Ms Roskilly with details of local domestic abuse support and advising her to consider the impact of the relationship on the children.""",
setting="police PPN relay", note_type="routine",
scores=dict(perpetrator_pattern=2, non_blaming_strengths=2, partnering_safety=1, child_harm_assessment=2),
reasons=dict(perpetrator_pattern="One act attributed to Mr Hosking 'during an argument'; no pattern.",
 non_blaming_strengths="Her drinking and manner recorded, letter puts impact on her; 'the couple' mild mutualising.",
 partnering_safety="Letter only.",
 child_harm_assessment="Sadie crying noted; not assessed.")),
dict(
text="""Supervision record. Worker: Hayley Grant. Family: Nash, Kettleworth. Hayley discussed the Nash family, where there has been a pattern of domestic incidents between Ms Jodie Nash and Mr Ashley Nash over the last eighteen months. Ms Nash has declined the Freedom Programme twice and says the relationship is "fine now". Hayley feels Ms Nash is not being honest with her. Mr Nash works long hours and has not been available for visits. Ms Nash has asked for help with nursery funding for Eli (2) and Hayley has started this with her. Eli's nursery report that he bites other children and is very clingy at drop off. Agreed: Hayley to complete an unannounced visit; Ms Nash to be told that continued refusal to engage may lead to escalation; Hayley to ask nursery for a fuller report on Eli.""",
setting="supervision record", note_type="routine",
scores=dict(perpetrator_pattern=1, non_blaming_strengths=1, partnering_safety=2, child_harm_assessment=2),
reasons=dict(perpetrator_pattern="'Incidents between' them; Mr Nash's behaviour absent.",
 non_blaming_strengths="Mutualising, honesty doubted, escalation threat for non-engagement.",
 partnering_safety="Nursery funding help with her; otherwise imposed.",
 child_harm_assessment="Eli's behaviour noted, fuller report requested; not linked or assessed.")),
dict(
text="""Early Help review, Brindley Heath. Family: Farrell. Mr Owen Farrell's behaviour at home has been the focus of this plan. He has agreed to attend the Inner Strength programme after the worker set out with him, in writing, the pattern seen in the family: shouting at Ms Niamh Farrell in front of the children when she disagrees with him, deciding whether she can see her sister, and punishing Connor (9) for "taking her side". Owen accepted some of this. Niamh has told the worker that things have been quieter but she is "walking on eggshells". Connor told the worker he is "always listening" for his dad's voice and that he hides his school reports because his dad "goes mad" at bad marks; he has started biting his nails until they bleed. Molly (5) says she likes it when Daddy is at work. Plan: Owen to attend the programme and meet the worker monthly; Niamh to let the worker know if things change.""",
setting="Early Help review", note_type="trained",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=3, partnering_safety=2, child_harm_assessment=4),
reasons=dict(perpetrator_pattern="Pattern set out to him in writing, including treatment of Connor; accountability plan.",
 non_blaming_strengths="No blame; her strengths not recorded.",
 partnering_safety="Her only role is to report changes; nothing built with her.",
 child_harm_assessment="Both children's experience of their father's behaviour recorded with effects.")),
dict(
text="""Case closure summary, Tremarren. Family: Hicks. Ms Carys Hicks separated from Mr Paul Hicks in January after he repeatedly threatened her and damaged her car; he has not contacted her since his conviction in April. Carys has been clear and resourceful throughout: she gathered the evidence used in court, arranged for her parents to move in for three months, and found a new part-time job nearer home. At closure we reviewed her safety plan together and she decided which parts to keep: the doorbell camera, the school password, and her parents as first contacts. She asked for her IDVA to remain in place until the appeal period ends, and this has been agreed. The children, Nia (9) and Tomos (6), are described by school as doing well. Closed to children's social care.""",
setting="case closure summary", note_type="trained",
scores=dict(perpetrator_pattern=3, non_blaming_strengths=4, partnering_safety=4, child_harm_assessment=2),
reasons=dict(perpetrator_pattern="Threats and damage attributed to Paul, conviction noted; pattern not developed.",
 non_blaming_strengths="No blame; her resourcefulness detailed.",
 partnering_safety="Safety plan reviewed together, her choices kept.",
 child_harm_assessment="Only 'doing well' at school; no account of children's experience.")),
dict(
text="""Dear Ms Hargreaves (SW), re: Jayden Platt (10), Marlow Moss. Thank you for your referral. Jayden was seen with his mother and then alone. He described his mother's partner, Mr Wes Tolley, regularly calling his mother "thick" and "a slag" at the dinner table, locking the front door and keeping the key, and once throwing Jayden's dinner in the bin because his mother had cooked "the wrong thing". Jayden said he "does everything right" so that Wes has no reason to be angry, and he is now checking the door lock many times before bed. In my opinion Jayden's compulsive checking is a response to Wes's controlling behaviour, which he has been living with for two years. I am concerned, however, that his mother does not seem to appreciate how much this is affecting Jayden and continues to prioritise the relationship. I would recommend that she is supported to understand the impact on Jayden before any therapy begins.""",
setting="CAMHS letter", note_type="transition",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=1, partnering_safety=1, child_harm_assessment=4),
reasons=dict(perpetrator_pattern="Wes's degrading and controlling behaviour named specifically as the cause.",
 non_blaming_strengths="Mother said to 'prioritise the relationship' and not appreciate impact.",
 partnering_safety="No planning with mother; support 'to understand' imposed.",
 child_harm_assessment="Jayden's experience and symptoms assessed against Wes's behaviour.")),
dict(
text="""IDVA update to SW, Stoneford. Client: Ms Reena Kaur (27). Children: Aman (4) and Simran (1). Reena lives with her parents. She disclosed that her father has hit her with a belt twice since she refused an introduction to a man he had chosen, and takes her child benefit. There has been conflict in the family for some time. Reena wants to stay near her mother and sister but not in the house. We worked through her options together and she chose a referral to a specialist refuge in the next county that her sister can visit, and a plan for leaving on a weekday when her father is at the gurdwara. She asked us not to contact her family in any circumstances and this is recorded. Aman has told Reena that "Nana is scary". Forced marriage unit consulted.""",
setting="IDVA update", note_type="transition",
scores=dict(perpetrator_pattern=3, non_blaming_strengths=3, partnering_safety=4, child_harm_assessment=2),
reasons=dict(perpetrator_pattern="Father named as agent of violence and financial control tied to her refusal; 'conflict in the family' softens it.",
 non_blaming_strengths="No blame of Reena; strengths implicit, not recorded.",
 partnering_safety="Options worked through and exit plan chosen by her.",
 child_harm_assessment="One relayed comment from Aman.")),
dict(
text="""EDT, 22:15, Coombe Ferris. Call from Ms Lucy Trebilcock. Her ex-partner, Marc, is outside the house and has been ringing the doorbell for twenty minutes. She said it is a difficult relationship and they have both said things they regret. Police have been called and are on their way. Lucy has the children, Noah (8) and Freddie (6), upstairs. Noah has told her he is scared and wants to ring his nan. I stayed on the phone with Lucy until police arrived. We talked about what she wants to happen tonight and she asked for her mum to be allowed to come over. I arranged with the officers that her mum would be let through and that they would tell Marc to leave the area. Lucy said she wants to talk about an order in the morning and I have passed this to the day team with her number. Noah was able to speak to his nan on speakerphone and calmed down.""",
setting="duty / out-of-hours", note_type="transition",
scores=dict(perpetrator_pattern=2, non_blaming_strengths=2, partnering_safety=4, child_harm_assessment=3),
reasons=dict(perpetrator_pattern="Marc's doorbell ringing recorded; worker frames it as a 'difficult relationship'.",
 non_blaming_strengths="Mutualising ('both said things'); no strengths named.",
 partnering_safety="Immediate plan built with her requests and next steps on her terms.",
 child_harm_assessment="Noah's fear and his wish to ring nan heard and met.")),
dict(
text="""FGC prep - coordinator notes - Brennan fam, Scarth Moor.
- spoke to M (Tash) 2x, she wants her nan + aunt there, NOT her dad (he sides w Kieron).
- Kieron (F) - pattern from SW report: tracks her phone, turned up at her work 6x, told her if she goes to refuge he'll say she's on drugs. Threats to kids re "never seeing mummy". Coord explained to Kieron FGC will focus on his behaviour + he said it's "all lies".
- Ruby 7 told coord she "has to be good" so daddy doesnt shout + she keeps her school shoes on in the house "in case we need to go". Ollie 4 - nursery: hitting, new.
- Tash "too soft on him" per her aunt - aunt to be spoken to before FGC.
- Plan date tbc, venue Scarth Moor library, Tash wants early morning.""",
setting="family-group conference", note_type="messy",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=3, partnering_safety=3, child_harm_assessment=4),
reasons=dict(perpetrator_pattern="Pattern of tracking, stalking and threats using the children named; his denial recorded.",
 non_blaming_strengths="No blame by coordinator; aunt's 'too soft' quoted and to be addressed; strengths not recorded.",
 partnering_safety="Attendees and timing set by her; plan itself not yet made.",
 child_harm_assessment="Ruby's hypervigilance and Ollie's change recorded, linked to father.")),
dict(
text="""closure - Yelland case, Polvenna. M (Sophie) + F (Josh) separated since May. No further incidents reported. Sophie did a lot herself - moved to her nans, got the kids into new school herself, got CAO. Sat w Sophie last visit + went through what happens if Josh contacts: she knows to call police + her IDVA, kept the password w school, she wants to keep the doorbell cam. She asked if we'd tell the GP she's ok w closing, done. Kids (Ava 7, Mason 4) seem fine, Ava happier per school. Case closed.""",
setting="case closure summary", note_type="messy",
scores=dict(perpetrator_pattern=1, non_blaming_strengths=4, partnering_safety=4, child_harm_assessment=2),
reasons=dict(perpetrator_pattern="Josh's behaviour never described; 'incidents' only.",
 non_blaming_strengths="No blame; her own protective actions listed.",
 partnering_safety="Closure plan gone through with her and her choices kept.",
 child_harm_assessment="'Seem fine', 'happier per school'; no assessment.")),
dict(
text="""Draft C&F analysis (notes) - Begley, Kettleworth. F (Stuart): 3 yrs police hx - pushing, door damage, grabbing M's hair 12/6. M says he "sulks for days then explodes". Pattern of intimidation by him. M (Carla) has been warned x3 by prev SW to keep him away + has not, chose to stay after 12/6, needs to show she can put kids first. C1 Lily 9 - told me she puts her music on loud + "pretends its not happening", teacher says she cries if her dad collects. C2 Jack 6 - says "Daddy's voice hurts my ears". Both kids v anxious in school. Plan: CIN, M to do Freedom again, written agreement re Stuart not staying over, SW to speak to Stuart re programme.""",
setting="assessment analysis", note_type="messy",
scores=dict(perpetrator_pattern=3, non_blaming_strengths=1, partnering_safety=1, child_harm_assessment=4),
reasons=dict(perpetrator_pattern="Stuart's history and intimidation named as his pattern; not framed as parenting choice.",
 non_blaming_strengths="'Warned x3', 'chose to stay', 'needs to show she can put kids first'.",
 partnering_safety="Programme and agreement imposed on her.",
 child_harm_assessment="Both children's experience of his behaviour recorded and linked.")),
]
