# Batch 02 - written by hand by aw14, scored straight after writing, on the whole note.

NOTES = [
    {
        "setting": "Early Help review",
        "note_type": "routine",
        "text": """Early Help review meeting held at Wyberton Lane Family Hub, Boston. Present: Mum (Laura Fenn), Family
Support Worker, school nursing, Jake's class teacher. Dad (Aaron Fenn) did not attend. Since the last review there
has been one further police call-out for a domestic between the parents, on 3 August, no further action. Laura
said things have been calmer since Aaron started working nights. Laura has attended all sessions with the Family
Support Worker, has completed the parenting course and the home is now well organised with good routines for Jake
(5) and Poppy (2) at bedtime. School report Jake's attendance has improved to 96%. Laura was reminded that she
needs to ensure the children are not exposed to any further arguments and that if there are further incidents the
case may need to be stepped up to social care. Laura agreed. Actions: FSW to continue weekly sessions; Laura to
attend Freedom Programme; review in 8 weeks.""",
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 2, "partnering_safety": 1, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "'A domestic between the parents'; Aaron named only as not attending and working nights.",
            "non_blaming_strengths": "Mutualising and a warning aimed at Laura, but her parenting strengths are recorded.",
            "partnering_safety": "Actions set for Laura; nothing planned on her knowledge of the risk.",
            "child_harm_assessment": "Attendance and bedtime routines only; no account of the children's experience.",
        },
    },
    {
        "setting": "housing officer",
        "note_type": "routine",
        "text": """Tenancy file note - 17 Gull Row, Winthorpe estate, Skegness. Tenant Mr Shaun Birch contacted the
office requesting an urgent transfer. He reports ongoing arguments with his partner Kerry Lowe, who is a joint
occupant but not on the tenancy, and said she threw a mug at him on Sunday which cut his head. Neighbours at no. 15
have complained about noise and shouting from the property on several occasions in the past two months and one
complaint refers to a child crying. The household includes Shaun's son Callum (4). Explained to Mr Birch that
transfers are not given for relationship breakdown and that antisocial behaviour at the property could put the
tenancy at risk. Advised him that if Ms Lowe is not on the tenancy he may ask her to leave. Gave Housing Options
leaflet. Noise log sheets provided to neighbours.""",
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Roles reversed: Kerry's assault is his report only; officer frames it as 'arguments' and 'relationship breakdown'.",
            "non_blaming_strengths": "Victim-survivor (father) warned his tenancy is at risk for ASB; no strengths.",
            "partnering_safety": "Leaflet and advice to evict her himself; no safety planning.",
            "child_harm_assessment": "Callum only listed; the crying child in a complaint is not followed up.",
        },
    },
    {
        "setting": "court statement summary",
        "note_type": "trained",
        "text": """Summary of local authority statement, private law s.7 report, Haringey. The father, Mr Tomasz
Nowak, has subjected Ms Aleksandra Wojcik to a sustained pattern of coercive and controlling behaviour both during
the relationship and since separation in 2023. This has included monitoring her through a tracker placed on her
car, withholding child maintenance to force contact, and using handovers to question the children about her new
address. Mr Nowak's decision to involve the children in his monitoring of their mother is a parenting choice that
has caused them harm. Zofia (9) told me she "has to remember not to say where we live" and that she feels sick
before Friday contact; Kuba (6) has begun wetting at night before contact weekends. Ms Wojcik has protected the
children by moving, changing schools through the proper process and keeping a careful record which she has shared
with the court. Her request for supervised contact at a centre is informed by her knowledge of his behaviour and I
support it. Recommendation: contact to be supervised; Mr Nowak to complete a perpetrator programme before any
review.""",
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 4, "partnering_safety": 3, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Specific pattern across time attributed to Mr Nowak, framed as parenting choice, accountability recommended.",
            "non_blaming_strengths": "No blame; Ms Wojcik's protective actions and record-keeping recorded.",
            "partnering_safety": "Recommendation draws on her request and knowledge, but it is the worker's court recommendation rather than a plan built together.",
            "child_harm_assessment": "Both children's experiences of his monitoring and their symptoms assessed and linked to his conduct.",
        },
    },
    {
        "setting": "probation / perpetrator-programme update",
        "note_type": "trained",
        "text": """Perpetrator programme update to allocated social worker - participant Dale Hewitt, Lancaster group,
week 9 of 24. Dale has attended 8 of 9 sessions. In group this week he described the night in February when he
blocked the front door and took Sarah's phone so she could not call anyone. He initially said she had "pushed his
buttons", was challenged by facilitators and by another group member, and later accepted that he chose to block
the door and that Sarah was frightened. He continues to minimise the impact of his shouting and says the children
"sleep through it". We are concerned that his messages to Sarah about contact arrangements remain frequent and
critical of her parenting, which we see as an extension of the same controlling behaviour. The partner support
worker has spoken to Sarah, who reports fewer messages but says he still turns up early at handovers. The
children are reported by Sarah to be unsettled after contact.""",
        "scores": {"perpetrator_pattern": 4, "non_blaming_strengths": 3, "partnering_safety": 2, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Dale's specific behaviour, his excuse challenged, continued control via messages identified; accountability work recorded.",
            "non_blaming_strengths": "No blame; Sarah's account valued but her strengths not recorded.",
            "partnering_safety": "Partner support contact reported, but no planning with Sarah.",
            "child_harm_assessment": "His minimising noted and children 'unsettled after contact' reported second-hand; not assessed.",
        },
    },
    {
        "setting": "CAMHS letter",
        "note_type": "trained",
        "text": """Dear Dr Okafor, re: Kian Mensah (13), Thornton Heath, Croydon. I saw Kian with his mother, Ms Abena
Mensah, on 11 October. Kian was referred for low mood and self-harm (superficial cutting to his forearm). Kian
described his stepfather, Mr Paul Grady, who left the home in June, as "always watching", and told me that Mr Grady
would make his mother ask permission to go out and would call Kian "soft" in front of his friends. Kian said he
started cutting in the spring, when Mr Grady's shouting at his mother was worst, and that he felt it was his job
to stay downstairs until Mr Grady went to bed. My formulation is that Kian's low mood and self-harm are closely
connected to living with Mr Grady's controlling and belittling behaviour, towards both his mother and himself. Ms
Mensah ended the relationship and has kept Kian's school informed. She is very attuned to Kian's moods and we have
agreed together how she will respond if he self-harms. I will see Kian fortnightly for CBT-informed work.""",
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 4, "partnering_safety": 3, "child_harm_assessment": 4},
        "reasons": {
            "perpetrator_pattern": "Step-father's controlling and belittling behaviours named and attributed; not framed as choice or followed with accountability.",
            "non_blaming_strengths": "No blame; Ms Mensah's ending the relationship, informing school and attunement recorded.",
            "partnering_safety": "Response to self-harm agreed with her; wider safety not the letter's focus.",
            "child_harm_assessment": "Kian's experience, caretaking role and self-harm formulated as effect of step-father's behaviour.",
        },
    },
    {
        "setting": "strategy-discussion minutes",
        "note_type": "transition",
        "text": """Strategy discussion minutes, Barrow-in-Furness. Attendees: CSC team manager (chair), social worker,
DS Harper (Cumbria Police), school nurse. Subject children: Brooke (11) and Tia (8) Quayle. Reason: on 22/04 the
children's uncle, Wayne Quayle (mother's brother, living at the address), assaulted their mother, Gemma, in the
hallway, and Brooke ran to a neighbour to call police. Police: Wayne arrested, bailed with conditions not to
attend the address. Three previous calls since he moved in last autumn, all involving drink. SW: Gemma has a
history of poor choices in the people she lets stay, and the family dynamic has been chaotic. School nurse:
Brooke has been seeing her about headaches and said she "has to look after Tia when Uncle Wayne kicks off".
Outcome: threshold met for s.47 joint enquiry. Actions: SW to visit today and complete a safety agreement with
Gemma that Wayne will not return; police to check bail compliance.""",
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Wayne named as assaulting and arrested, previous calls linked to him, but excused by drink; no pattern analysis.",
            "non_blaming_strengths": "'Poor choices in the people she lets stay', 'chaotic dynamic'; no strengths.",
            "partnering_safety": "Safety agreement to be imposed on Gemma.",
            "child_harm_assessment": "Brooke's headaches, caring role and words recorded and linked to Wayne's behaviour, not assessed in full.",
        },
    },
    {
        "setting": "family-group conference",
        "note_type": "transition",
        "text": """Family Group Conference record, Burnley (Rosegrove). Family present: Leah Ashworth (mum), maternal
grandparents, maternal aunt, Leah's friend Shona. Tyrone Marsh (father of Ellie-May, 3) was not invited, at Leah's
request, as the referral relates to his abuse of her, including threats to take Ellie-May to Jamaica. Information
giving: SW described the concerns as an ongoing volatile relationship with incidents on both sides, and said the
family needs to show it can keep Ellie-May safe. Private family time. Family plan (written by the family): Leah
and Ellie-May to stay with grandparents until the injunction hearing; aunt to do nursery drop-offs; Shona to be the
person Leah texts if Tyrone turns up; grandparents to change the locks. Leah said she wanted it recorded that she
had already informed the nursery and the passport office. Plan accepted by the coordinator and SW. Review in 6
weeks.""",
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 2, "partnering_safety": 3, "child_harm_assessment": 1},
        "reasons": {
            "perpetrator_pattern": "Tyrone's abuse and abduction threats named in the referral, but the SW then frames it as mutual 'incidents on both sides'.",
            "non_blaming_strengths": "Worker mutualises; Leah's protective steps recorded at her insistence.",
            "partnering_safety": "Family-written plan built around Leah's network; onus still on the family, not on Tyrone.",
            "child_harm_assessment": "Ellie-May only in logistics; no assessment of her experience.",
        },
    },
    {
        "setting": "home visit",
        "note_type": "messy",
        "text": """HV - Broadfield, Crawley. M (Demi) + C1 Skye (7). Partner Becca not there - at work. Demi v anxious,
kept checking phone, said B rings on her breaks to "check in" + gets funny if Demi doesnt answer straight away.
Last wk B locked D out on the balcony for abt an hr after row about money, Skye let her back in when B went in the
shower. D says its not all the time, B is good w/ Skye. D has started putting some money aside at her mums. Skye
showed me her room, chatty, said she doesnt like it when they shout + she has her "quiet corner" w/ her headphones.
Skye also said "Becca says mummy is stupid". Talked w/ D re options, D not ready to end rel, wants support to
"sort things". Gave Rise leaflet + number. To discuss in supervision re next steps.""",
        "scores": {"perpetrator_pattern": 2, "non_blaming_strengths": 3, "partnering_safety": 2, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Becca's checking and locking Demi out recorded, but 'after row about money'; not named as a pattern.",
            "non_blaming_strengths": "No blame on Demi; her saving money recorded; 'they shout' is Skye's phrase.",
            "partnering_safety": "Options discussed and her wish noted, but only a leaflet; no plan.",
            "child_harm_assessment": "Skye's voice, coping corner, letting her mum in and Becca's words about mum recorded; not analysed.",
        },
    },
    {
        "setting": "school DSL log",
        "note_type": "messy",
        "text": """DSL log Yr8 - Ollie Barker, Scunthorpe. Ollie came to pastoral @ break, upset, said his big sister
Chantelle (19) had a go at mum again last night + grabbed mum by the hair when mum said she couldnt borrow money.
Ollie said C "always does this when shes been on it" + he stays in his room. Ollie asked if he could stay late at
school on Tues/Weds "when Chantelle's home". Said he didnt sleep. Rang mum (Mrs Barker) - she said it was just a
family falling out and C has had a hard time, shes dealing with it. Mum didnt want SC involved. Reminded mum of
our duty to share. Told mum she needs to think about whether C living there is good for Ollie. Referral to MASH
done 14:10. Ollie to have ELSA slot Weds.""",
        "scores": {"perpetrator_pattern": 1, "non_blaming_strengths": 1, "partnering_safety": 1, "child_harm_assessment": 3},
        "reasons": {
            "perpetrator_pattern": "Adult daughter's assault appears only in Ollie's words; DSL records no pattern and lets 'family falling out' stand.",
            "non_blaming_strengths": "Roles reversed: mother (victim) told to think whether Chantelle living there is good for Ollie; no strengths.",
            "partnering_safety": "Nothing planned with mum.",
            "child_harm_assessment": "Ollie's fear, sleep and wish to stay late recorded and acted on, not assessed.",
        },
    },
    {
        "setting": "duty / out-of-hours",
        "note_type": "messy",
        "text": """Duty - call from Ms Farah Ali, Lewisham (Hither Green). F says ex Imran has been outside the flat 3
nights this wk, sits in his car, texted "I can see the light on in Zayn's room". He also sent her pic of her new
car. Pattern since Jan - follows her to the mosque, rang her work pretending to be police. Imran has bail
conditions from Mar (police ref given) - F thinks hes breaching. Told F to ring 999 if he's there again + she must
keep Zayn (4) inside + not open door. F said she already does this + has told nursery. F upset, said "I feel like
I'm the one being punished". Pol informed of poss breach. Zayn - F says he's started asking if daddy is outside.
Tfr to allocated SW am.""",
        "scores": {"perpetrator_pattern": 3, "non_blaming_strengths": 2, "partnering_safety": 1, "child_harm_assessment": 2},
        "reasons": {
            "perpetrator_pattern": "Stalking behaviours since January attributed to Imran as a pattern and breach passed to police.",
            "non_blaming_strengths": "Her own steps recorded, but instructions aimed at her ('she must keep Zayn inside').",
            "partnering_safety": "Directions given although she already does them; nothing built with her.",
            "child_harm_assessment": "Zayn's question relayed briefly; no assessment.",
        },
    },
]
