NOTES = [
dict(
setting="police PPN relay",
note_type="routine",
text="""Police Protection Notice received from Bedfordshire Police, 17 April, 21:50. Address: 31 Linnet Drive, Ampton Heath.

Officers attended following a 999 call from Ms Jodie Harper, who reported that her partner Mr Connor Lane had kicked the bedroom door in and taken the car keys. On arrival Mr Lane was calm and cooperative and stated that Ms Harper had been "screaming in his face" and that he had only kicked the door because she had locked him out. Both parties had been drinking. Ms Harper had a reddening to her upper arm which she said was from him grabbing her; Mr Lane said she had walked into the door frame. No arrest was made as officers could not establish a primary aggressor. DASH medium.

Children present: Alfie (5), asleep in his room during the incident according to both adults.

Police comment: both parties advised regarding their behaviour. This is a volatile relationship with drink a factor. Officers recommend partner agency support for the couple.

MASH decision: information shared with school and health visitor; no further action at this stage.""",
scores=dict(perpetrator_pattern=2, non_blaming_strengths=1, partnering_safety=1, child_harm_assessment=1),
reasons=dict(
perpetrator_pattern="Door kicked in, keys taken and grab are attributed to him in her call, but his excuse recorded and no primary aggressor found.",
non_blaming_strengths="'Volatile relationship', 'both parties', 'support for the couple' adopted without challenge.",
partnering_safety="None.",
child_harm_assessment="Child 'asleep' per the adults; not considered.",
)),
dict(
setting="health visitor",
note_type="routine",
text="""New birth visit, baby Freddie Nash (12 days), at 6 Cedar Walk, Holmbury, Hertfordshire. Mother Ms Lauren Nash; father Mr Scott Nash present for part of visit.

Baby feeding well, breastfed, good weight gain, cord separated. Mum tired but coping. Routine enquiry about domestic abuse not possible as father in the room. Previous records from the maternity unit indicate a domestic incident in pregnancy (police attended, verbal argument), no further action.

Mr Nash answered most questions on mum's behalf and said that Lauren "gets herself worked up". Mum appeared quiet and said little. Discussed safe sleep, crying and coping with a new baby. Parents given ICON leaflet.

Plan: will aim to see mum alone at the 6-8 week check for routine enquiry. Mum advised to contact the health visiting team if she has any worries. Universal Plus offered due to previous incident.""",
scores=dict(perpetrator_pattern=1, non_blaming_strengths=2, partnering_safety=1, child_harm_assessment=2),
reasons=dict(
perpetrator_pattern="His answering for her and 'gets herself worked up' noted but not identified as control; pregnancy incident as 'verbal argument'.",
non_blaming_strengths="No direct blame; his discrediting remark recorded without comment; no strengths.",
partnering_safety="Nothing with her; plan to see her alone later only.",
child_harm_assessment="Baby's physical care well recorded; no consideration of harm.",
)),
dict(
setting="CAMHS letter",
note_type="routine",
text="""Dear Dr Pugh,

Re: Nia Edwards, DOB 04/02/2013, 17 Heol y Nant, Cwmderi.

Thank you for referring Nia, whom I saw with her mother, Mrs Carys Edwards, on 9 October. Nia describes difficulty falling asleep, nightmares most nights, and a tight feeling in her chest before school. She told me that she worries "something will happen to Mum" while she is at school, and that she lies awake listening in case "it starts again downstairs". She has stopped going to Guides and has lost weight. Her scores on the RCADS are in the clinical range for separation anxiety and generalised anxiety.

Mrs Edwards explained that there has been a lot of conflict between her and Nia's father, Mr Huw Edwards, over the past year and that the relationship has now ended. It seems likely that exposure to parental conflict has contributed to Nia's anxiety.

I have offered Nia six sessions of CBT-informed work. I have advised Mrs Edwards to try to keep adult matters away from Nia and to reassure her. Please do not hesitate to contact me.

Yours sincerely,
Dr L. Ashworth, Clinical Psychologist, Cwm Taf CAMHS""",
scores=dict(perpetrator_pattern=1, non_blaming_strengths=2, partnering_safety=1, child_harm_assessment=3),
reasons=dict(
perpetrator_pattern="'Conflict between her and father', 'parental conflict'; no behaviour attributed.",
non_blaming_strengths="Mutualising; advice to mother to keep adult matters away; no strengths.",
partnering_safety="Advice only.",
child_harm_assessment="Nia's experience and symptoms assessed in detail, but harm attributed to 'parental conflict' not to his behaviour.",
)),
dict(
setting="CP conference summary",
note_type="trained",
text="""Review Child Protection Conference summary. Children: Mason (6) and Evie (3) Ward, Brackwell, Essex.

Mr Lewis Ward's behaviour remains the source of risk. Since the last conference he has sent Ms Kirsty Ward abusive messages about her weight and her parenting, reported her to the RSPCA and to the school in what she and professionals view as attempts to discredit her, and arrived unannounced at the family home twice in breach of the written expectations set for him. He declined the Change Up programme. His pattern of using the children's arrangements to maintain contact and control is consistent with what Ms Ward described at initial conference.

Ms Ward has kept a log of every message, gave it to police, and applied herself for a non-molestation order, which was granted. She asked for the plan to include a CCTV doorbell and for school to hold a photograph of Mr Ward; both are now in place. Ms Ward and the social worker reviewed the safety plan together and she added that the children's contact with their paternal grandmother should continue at the grandmother's home, which was agreed.

Mason's teacher reports he has become more settled since the household stabilised, though he still asks whether "Daddy is coming". Evie's nursery reports no concerns.

Decision: plans to continue; Mr Ward to be written to setting out the expectations the local authority has of him.""",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=3, partnering_safety=4, child_harm_assessment=2),
reasons=dict(
perpetrator_pattern="Specific, consistent pattern (messages, discrediting, breaches, using arrangements) linked to him; accountability letter.",
non_blaming_strengths="No blame and specific protective actions; little beyond actions on her wider strengths.",
partnering_safety="Her requests built into the plan, reviewed together.",
child_harm_assessment="Children's experience thin: Mason's question, nursery 'no concerns'; not an assessment of harm.",
)),
dict(
setting="case closure summary",
note_type="trained",
text="""Case closure summary. Family: Mr Alun Rees and children Gwen (10) and Dylan (7). Address: Maes yr Ysgol, Llanfrynach.

The case was opened after Mr Rees disclosed to his GP that his wife, Ms Sian Rees, had repeatedly hit him, taken his wages, and told him that if he left she would tell the police he had hurt the children. Over the assessment it became clear that Ms Rees had used these threats to keep him in the house for several years. Mr Rees was worried he would not be believed as a man, and it took courage for him to disclose.

Mr Rees has protected the children well. He moved with them to his parents' home, kept both children at their schools, and asked the school to let him know if Ms Rees attended. He and I built the safety plan around his knowledge of when she is most likely to turn up. He chose to seek a child arrangements order, which is now in place, with supervised contact at a contact centre.

Gwen told me she used to "stay awake until Mum went to bed" and that she hid Dylan's tablet so he would not hear. She now says home is "quiet". Dylan's teacher reports he no longer flinches when adults raise their voices. Both children say they feel safe with their dad.

Closed to universal services; Mr Rees knows how to re-refer.""",
scores=dict(perpetrator_pattern=3, non_blaming_strengths=4, partnering_safety=3, child_harm_assessment=4),
reasons=dict(
perpetrator_pattern="Mother's hitting, financial control and threats named as a pattern; accountability work with her absent.",
non_blaming_strengths="No blame; his disclosure and protective steps recorded (roles reversed).",
partnering_safety="Plan built on his knowledge, his choice of order; brief on ongoing plan.",
child_harm_assessment="Children's experience of her behaviour and change over time assessed.",
)),
dict(
setting="home visit",
note_type="transition",
text="""Home visit, 28 Glan Road, Aberhonddu Vale. Seen: Ms Megan Hughes and Ffion (9). Mr Jason Hughes was not present.

I spent time alone with Ffion in her bedroom using the three houses. In her "house of worries" she drew her dad shouting at her mum in the kitchen and wrote "I put my fingers in my ears and sing". She said that when Dad is "in a bad mood" he slams the cupboards and she is not allowed to have friends round, and that she checks his face when he comes home from work to know what the evening will be like. She said she misses her nan, who "Dad doesn't like". Ffion's "house of dreams" was "everyone being nice at tea".

Ms Hughes said that the relationship is up and down and that they both say things they regret. I explained that Ffion is being affected by the atmosphere at home and that Ms Hughes needs to think about whether the relationship is good for Ffion. Ms Hughes said she wants Ffion to see her nan more and we agreed I would ask the family support worker to help arrange this.

Mr Hughes has not responded to letters. I will write again inviting him to meet me.""",
scores=dict(perpetrator_pattern=2, non_blaming_strengths=1, partnering_safety=2, child_harm_assessment=4),
reasons=dict(
perpetrator_pattern="Through Ffion his shouting, slamming, isolation from nan emerge; worker does not name them as his and adopts 'atmosphere'.",
non_blaming_strengths="'Up and down', 'both', onus on her to judge the relationship; no strengths.",
partnering_safety="One of her wishes (nan) taken up; no safety planning with her.",
child_harm_assessment="Ffion's experience of his behaviour (monitoring his face, isolation, coping) well assessed.",
)),
dict(
setting="Early Help review",
note_type="transition",
text="""Early Help Team Around the Family review. Family: Ms Roisin Doyle and children Sean (11), Aoife (8) and Cara (1). Practitioner: J. Ambrose, Fenwick Family Hub.

Ms Doyle separated from her partner in May after what she described as years of domestic abuse, and has since done a great deal on her own initiative. She registered the children with a new GP, moved Sean to a school nearer her sister, and contacted the council about a transfer. She told me what has helped: her sister having the children on Thursday evenings so she can attend a women's group, and the school text alerts so she knows the children are in. We have built the plan around those: Thursday childcare to continue, school to keep a copy of the contact arrangements, and I will support her with the housing transfer forms next week.

The children were exposed to domestic abuse in the home. Sean is reported by school to be "doing fine". Cara is meeting her milestones.

Review in eight weeks.""",
scores=dict(perpetrator_pattern=1, non_blaming_strengths=4, partnering_safety=3, child_harm_assessment=1),
reasons=dict(
perpetrator_pattern="'Years of domestic abuse', 'children were exposed'; ex-partner never named or described.",
non_blaming_strengths="No blame; many specific protective actions credited.",
partnering_safety="Plan built on what she says helps, though thin on safety strategies around him.",
child_harm_assessment="'Exposed' and 'doing fine' only.",
)),
dict(
setting="IDVA update",
note_type="messy",
text="""IDVA upd8 - Chelmsworth IDVA svc - client Amy Fletcher. Re: ex Paul Stone. MARAC 12/6.

Amy rang 10.30 - P has been driving past her flat "3-4 times a day", left flowers + card on car saying "you'll regret this", messages via his sister. Amy screenshotted everything + reported to police (crime no. given), she's also told her work + they walk her to car. Amy has done amazing - she's been the one spotting the pattern, she said "its the same as last time before he broke my nose".

Safety plan reviewed TOGETHER - Amy wants: panic alarm (police fitting Thurs), to stay put not refuge, her mum to have spare key + know code word "pizza", to go ahead w/ NMO now - solicitor appt booked Mon (legal aid). She chose which of these she wanted first.

Amy feels P is escalating - DASH 16 -> high. Updating MARAC chair today.

(no kids in household)""",
scores=dict(perpetrator_pattern=3, non_blaming_strengths=4, partnering_safety=4, child_harm_assessment=1),
reasons=dict(
perpetrator_pattern="Stalking and threats attributed to Paul, escalation and history noted; pattern largely in her words.",
non_blaming_strengths="No blame; her evidence-gathering and insight credited.",
partnering_safety="Plan reviewed together on her choices and order.",
child_harm_assessment="No children in household; domain not evidenced.",
)),
dict(
setting="supervision record",
note_type="messy",
text="""supervision - SW Dan Kemp / TM - Miah fam (Tower Hamlets N)

- M (Rupa Miah) still seeing F (Shahid Ali) per neighbour, SW concerned she is lying to us again. M said at last visit he came to drop nappies only. SW feels M is prioritising relationship + not being honest w/ professionals.
- DV hx - police x4 since 2023, all "verbal" except Jan (M black eye, NFA as M wdnt give statement).
- kids C1 Aryan 4 C2 Zara 18m - nursery says Aryan ok, bit aggressive w/ other kids lately.
- TM: consider PLO if M cont. to have contact. SW to tell M clearly what is expected, written agreement again.
- SW to ask M what support she wants re housing, she has asked twice.
- actions: SW visit this wk, TM review 2 wks, check w/ police re any new callouts.""",
scores=dict(perpetrator_pattern=1, non_blaming_strengths=1, partnering_safety=2, child_harm_assessment=2),
reasons=dict(
perpetrator_pattern="Agentless 'DV hx', 'M black eye'; his behaviour never named.",
non_blaming_strengths="'Lying', 'prioritising relationship', PLO threat at her.",
partnering_safety="Written agreement imposed; one small step to ask her about housing.",
child_harm_assessment="Aryan's aggression noted but not linked or assessed.",
)),
dict(
setting="strategy-discussion minutes",
note_type="messy",
text="""strat disc 11/11 15:00 (Teams) - Chair TM Bose, DS Greaves (CAIT), SW Adeyemi, DSL St Luke's, HV.

Child: Tobi Adebayo 7, sibling Dami 2.
Info: Tobi told teacher "Daddy squeezed Mummy's neck" + "I called Nana to come". DS: F (Femi Adebayo) known - 2 prev partners reported strangulation + threats to kill (2017, 2020), 1 conviction. Pattern = non fatal strangulation across relationships, high risk indicator - agreed by all this is F's behaviour + F's risk, not a relationship issue.
M (Yetunde) spoke to SW by phone from work - confirmed, said F also took her passport. She asked that police not arrest at the house in front of kids. She wants to go to her mum's in Croydon.
HV - Dami fine, no concerns.
Tobi - school say hes been "very watchful" + asked to phone mum at lunch.
Outcome: s47 joint. Police to arrest F away from home. M + kids to MGM tonight, SW to meet M there tomorrow to plan.""",
scores=dict(perpetrator_pattern=4, non_blaming_strengths=3, partnering_safety=2, child_harm_assessment=3),
reasons=dict(
perpetrator_pattern="Strangulation pattern across partners explicitly attributed to father and framed as his risk.",
non_blaming_strengths="No blame; her wishes respected; strengths little elaborated.",
partnering_safety="Her requests followed for tonight; planning with her deferred.",
child_harm_assessment="Tobi's words, protective call and watchfulness recorded; Dami not considered.",
)),
]
