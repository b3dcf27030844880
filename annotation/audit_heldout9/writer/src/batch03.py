# Batch 03 - written by hand by aw11, scored straight after writing, on the whole note.
# Domain order: perpetrator_pattern, non_blaming_strengths, partnering_safety, child_harm_assessment

NOTES = [
    {
        "setting": "school DSL log",
        "note_type": "routine",
        "text": (
            "DSL record, Harlington Park Junior School, Hillingdon. 21/01. Class teacher reported that Zain Qureshi (Y5) "
            "told a friend that his dad 'threw the remote at mum's head' at the weekend. I spoke to Zain, who confirmed "
            "this and said his mum was crying. Zain said he was fine and wanted to go back to class. Zain's attendance "
            "is 91% and he has been a bit unsettled in lessons recently. Phoned mum (Mrs Qureshi) who said it was a "
            "one-off and her husband is under a lot of stress at work; she did not want school to make a fuss. I "
            "advised mum that school has a duty to share concerns and that she should make sure Zain is not around "
            "when there are arguments at home. Logged on CPOMS and referral made to MASH. Zain to be checked in with "
            "by class TA this week."
        ),
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Father named as thrower via the child's words, but 'one-off'/stress excuse accepted.",
            "non_blaming_strengths": "Mum told to keep Zain away from 'arguments'; mutualised, no strengths.",
            "partnering_safety": "Directive to mum.",
            "child_harm_assessment": "Zain's account and unsettledness noted, taken at 'fine'; not assessed.",
        },
    },
    {
        "setting": "CP conference summary",
        "note_type": "routine",
        "text": (
            "RCPC summary, Derby. Children: Kayden Marsh (6) and Lily-Mae Marsh (3). The children were made subject to "
            "CP plans in May under neglect and emotional harm following repeated DV incidents between the parents. "
            "Since the last conference there have been two further police call-outs. Mother, Tasha, has not "
            "consistently attended core groups and missed two appointments with the Freedom Programme. She has stated "
            "that she has ended the relationship with Mr Marsh, but agencies are not confident about this. The "
            "conference agreed that the children remain subject to CP plans. Mother must engage with all services, "
            "complete the Freedom Programme and ensure that Mr Marsh does not have contact with the children outside "
            "of agreed arrangements. It was made clear to Tasha that if this does not happen the local authority will "
            "seek legal advice. Next review in six months."
        ),
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "'DV incidents between the parents'; Mr Marsh no agent.",
            "non_blaming_strengths": "Tasha's non-attendance and credibility foregrounded; legal threat at her.",
            "partnering_safety": "Plan entirely imposed on Tasha.",
            "child_harm_assessment": "Children only as plan subjects.",
        },
    },
    {
        "setting": "Early Help review",
        "note_type": "routine",
        "text": (
            "Early Help Assessment review, Woking, Surrey. Family: Ms Gemma Price and Alfie (8). Background: Early Help "
            "became involved after a domestic incident in October at the family home. Since then Gemma has moved with "
            "Alfie into a new rented flat, arranged the transfer of Alfie to a school nearer, registered with a new GP "
            "and returned to part-time work at the garden centre. She attended all six Early Help sessions and used "
            "them to work out a budget. She told the worker she has blocked her ex-partner on social media. Alfie is "
            "attending well. The worker felt the family no longer require Early Help support and that the outcomes of "
            "the plan have been achieved. Closure agreed by the Early Help panel. Gemma knows how to contact services "
            "in future."
        ),
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 3, "partnering_safety": 1, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "'A domestic incident'; ex-partner's behaviour absent.",
            "non_blaming_strengths": "No blame and specific strengths (move, school, blocking), though not framed as protection.",
            "partnering_safety": "No safety planning with her at all.",
            "child_harm_assessment": "Alfie only 'attending well'.",
        },
    },
    {
        "setting": "home visit",
        "note_type": "trained",
        "text": (
            "Home visit, Duston, Northampton. Seen Mr Tomasz Zielinski and his daughters Ola (10) and Nina (7). Their "
            "mother, Karolina, left the home in April. Tomasz described how Karolina would control all the household "
            "money, lock him out of the house for hours when he came home late from shifts, and hit him with a hairbrush "
            "in front of the girls in March. He said he did not think anyone would believe a man. These were "
            "Karolina's choices, and she made them in front of the children. Tomasz has protected the girls by changing "
            "his shifts so he is home at bedtime, moving Ola into Nina's room when things were bad, and recording "
            "incidents in a notebook. Ola told me, with Tomasz's agreement, that she used to put her headphones on "
            "Nina so she wouldn't hear. The plan was agreed with Tomasz: he asked for contact to go through his sister, "
            "for support from the men's advice line, and for school to know who can collect. Karolina has been offered "
            "a meeting to talk about her behaviour and the girls."
        ),
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 4, "partnering_safety": 4, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Karolina's financial control, lock-outs and assault named as her choices made in front of the children; accountability step.",
            "non_blaming_strengths": "No blame of Tomasz; protective actions recorded.",
            "partnering_safety": "Plan built on Tomasz's requests.",
            "child_harm_assessment": "Ola's protective act towards Nina recorded; Nina's own experience thinner.",
        },
    },
    {
        "setting": "health visitor",
        "note_type": "trained",
        "text": (
            "HV new birth visit, Lewes (East Sussex). Seen Ms Abi Okafor and baby Zara (12 days) and Zara's brother "
            "Ethan (3). Abi disclosed when seen alone that her partner Jason shouts at her when the baby cries at night "
            "and once pulled the duvet off her while she was feeding. She said he 'isn't like that all the time'. "
            "Ethan was wary of me, hid behind the sofa when a door slammed upstairs, and Abi says he has started "
            "waking at night and asking 'is Daddy cross?'. Zara was feeding well, but Abi's feeding is being "
            "interrupted by Jason's behaviour at night. We talked through what Abi has already done: she has been "
            "sleeping in Ethan's room with the baby and has told her sister. We made a plan together at her pace: she "
            "wants a GP appointment for herself, the number for the local DA service saved as 'Dentist', and a visit "
            "when Jason is at work. She is not ready for social care; we agreed I will discuss with the safeguarding "
            "lead and tell her what I share."
        ),
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 3, "partnering_safety": 4, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Jason's shouting and duvet incident named as his; pattern limited, his minimising recorded as her quote.",
            "non_blaming_strengths": "No blame, some strengths (sleeping with children, telling sister); brief.",
            "partnering_safety": "Plan made with Abi at her pace, with transparency about sharing.",
            "child_harm_assessment": "Ethan's fear, night waking and question and effect on Zara's feeding tied to Jason's behaviour.",
        },
    },
    {
        "setting": "CAMHS letter",
        "note_type": "transition",
        "text": (
            "Dear colleague, re: Callum Briggs, DOB 04/08/2012, Preston. I saw Callum and his mother on 18 September. "
            "Callum describes his stepfather, Gary, coming home drunk and going through his mother's phone, calling her "
            "names and once punching the wall by Callum's head when Callum tried to step in. Callum lies awake listening "
            "for the car, cannot concentrate at school, and has been cutting his forearm since the spring; he says it "
            "'stops the noise in my head'. He feels responsible for protecting his mother and his sister. In my view "
            "his low mood and self-harm are closely linked to what he has lived with at home. I am however concerned "
            "that Mum has allowed Gary to remain in the home despite knowing the effect on Callum, and I would ask "
            "social care to address this with her. CAMHS will offer six sessions of CBT."
        ),
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 1, "partnering_safety": 2, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Gary's phone checking, name-calling and wall punch named; drink framing, not a full pattern.",
            "non_blaming_strengths": "'Mum has allowed Gary to remain' blames her; no strengths.",
            "partnering_safety": "Service offered to Callum but nothing with mother; CBT offer is a plan for the child only.",
            "child_harm_assessment": "Callum's hypervigilance, self-harm and sense of responsibility assessed as effects of Gary's behaviour.",
        },
    },
    {
        "setting": "housing officer",
        "note_type": "transition",
        "text": (
            "Housing management visit, Thornton Heath, Croydon. Ms Amira Haddad, tenant, with her children Yusuf (9) and "
            "Lina (6). Amira asked for the visit to discuss repairs to the front door, which was damaged last month. "
            "She said the damage happened during a domestic situation with her ex-husband. She told me she has kept the "
            "children's routine going, taken them to her sister's at weekends, and is working with an IDVA from Croydon "
            "FJC; she asked that repairs be prioritised as she wants a strong door and a door viewer. I explained that "
            "tenants are liable for damage to council property and that she will be recharged unless a police crime "
            "reference is provided. She was advised to keep her ex-husband away from the property to avoid breach of "
            "tenancy. The children seemed quiet. Repair raised as non-urgent."
        ),
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 2, "partnering_safety": 1, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Damage linked to the ex-husband's presence but agentless 'domestic situation'.",
            "non_blaming_strengths": "Her strengths recorded, but the recharge and 'keep him away' tenancy warning put the liability on her; whole note 2.",
            "partnering_safety": "Her safety requests (strong door, viewer) overridden; non-urgent.",
            "child_harm_assessment": "Children 'seemed quiet' and routine noted, no assessment.",
        },
    },
    {
        "setting": "court statement summary",
        "note_type": "transition",
        "text": (
            "Summary of social work evidence, Public Law Outline, Canterbury. Mr Ashley Rowe has a documented pattern "
            "of violence and control towards the mother, Ms Chloe Dean: four police call-outs in 18 months, a conviction "
            "for assault by beating in 2023, and messages in which he tells her where she has been that day and "
            "threatens to 'ruin her' if she leaves. He has refused all work on his behaviour. The children, Harper (5) "
            "and Jayden (2), have witnessed assaults; Harper has told the nursery that 'Daddy hurts Mummy's neck' and "
            "she copies this in play. However, the local authority's position is that Ms Dean has repeatedly failed to "
            "protect the children by resuming the relationship, and has not shown insight into the impact on them. "
            "The local authority has asked Ms Dean to attend a DA awareness course and submit to unannounced visits."
        ),
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 1, "partnering_safety": 2, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Specific pattern of violence, monitoring, threats and refusal attributed to Ashley.",
            "non_blaming_strengths": "'Failed to protect', 'no insight' - blaming; no strengths.",
            "partnering_safety": "Tasks asked of her only; course and visits not planned with her, though framed as a request.",
            "child_harm_assessment": "Harper's words and play linked to the assaults; Jayden general.",
        },
    },
    {
        "setting": "police PPN relay",
        "note_type": "messy",
        "text": (
            "PPN rec'd 07:15 Derbys Police ref 3301. call 02:10 neighbour - shouting/smashing @ 22 Alvaston Row. "
            "officers att - M (Kelly Shaw 31) + partner Liam Fox 33 both drunk, L had cut hand from glass, M said L "
            "punched the kitchen cupboard, L said M was 'kicking off'. both arguing in front of officers. DASH - "
            "standard, M didnt answer most Qs. no arrests. C1 Jaxon 7 C2 Maddie 5 in bed, officers didnt wake. "
            "prev PPNs x2 (jun, sep) - same couple. M says she doesnt want SS involvement. Q - is mum able to keep kids "
            "safe when shes drinking + lets L back? for screening - rec C&F assessment."
        ),
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Liam named punching cupboard, repeat PPNs noted; mutualised 'same couple'.",
            "non_blaming_strengths": "'Both drunk', 'lets L back', doubts about mum's capacity.",
            "partnering_safety": "No planning.",
            "child_harm_assessment": "Children only 'in bed'.",
        },
    },
    {
        "setting": "IDVA update",
        "note_type": "messy",
        "text": (
            "IDVA - Carlisle - update for SW. met Nicola (N) at the Hub 9/4. ex (Darren) still sending msgs via his mum, "
            "turned up at Nicola's work twice, told her boss she was 'on drugs' - she nearly lost job. Darren also "
            "drove past the house slowly 3x last wk, N has dashcam pics. this is same as before sep: tracking, turning "
            "up, trying to get her sacked, using his family to get at her. all his choices. N's done loads - "
            "reported to police (ref given), told her manager whats going on, changed route to work, kids' school has "
            "photo. N asked for: help w non-mol, a panic alarm, her mum to be added to school collection list. we did "
            "safety plan together round her shifts + the kids' after-school club. kids - N says they're 'ok', Ben 9 a "
            "bit clingy. SW to see kids."
        ),
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 4, "partnering_safety": 4, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Darren's stalking, workplace sabotage and use of family named as a continuing pattern of his choices.",
            "non_blaming_strengths": "No blame; several specific protective actions by Nicola recorded.",
            "partnering_safety": "Safety plan built with Nicola around her shifts and requests.",
            "child_harm_assessment": "Children 'ok', Ben clingy; general, deferred to SW.",
        },
    },
]
