# Batch 05 - written and scored by aw9 (scores assigned on the whole note, straight after writing the batch)


def sc(p, n, s, c):
    return dict(perpetrator_pattern=p, non_blaming_strengths=n, partnering_safety=s, child_harm_assessment=c)


def rs(p, n, s, c):
    return dict(perpetrator_pattern=p, non_blaming_strengths=n, partnering_safety=s, child_harm_assessment=c)


NOTES = [
    dict(
        setting="school DSL log",
        note_type="routine",
        text="""DSL log, St Aidan's C of E Primary, 07/02. Mia (Y3) told her teacher this morning that "daddy threw the remote at mummy and it hit her head and there was blood". She said she and her brother hid under the duvet and she didn't sleep. Mia has been tired and tearful all morning and asked twice if she could ring her mum. Her teacher has noticed over the last half term that Mia has become clingy at drop-off and has stopped joining in at playtime. Mum (Ms Lauren Tate) was spoken to at lunchtime when she came in with Mia's PE kit. She said it was a one-off and that she and Mia's dad had both had a drink. She was advised that the school has a duty to report and that she needs to keep the children away from any arguments. Referral made to MASH at 13:10. Mia to have a check-in with the learning mentor this afternoon.""",
        scores=sc(2, 2, 1, 3),
        reasons=rs(
            "Only in Mia's words is dad the agent; writer records 'one-off' and 'arguments' without challenge.",
            "'One-off' and 'arguments' accepted; advice to mum; not heavily blaming; no strengths.",
            "Instruction to mum only.",
            "Mia's account, sleep, clinginess and withdrawal recorded and linked; no wider assessment.",
        ),
    ),
    dict(
        setting="Early Help review",
        note_type="routine",
        text="""Early Help review, 22 June, Robinson family, Fellside. Present: Ms Toni Robinson, EH practitioner, Health Visitor. Ms Robinson reported that there have been no further domestic incidents since the last review and that she and Mr Gill are "getting on better". She would like Mr Gill to be able to stay over at weekends again. It was explained that the concerns about domestic abuse have not gone away and that it is Ms Robinson's responsibility to make sure the children are not exposed to any further incidents. Ms Robinson agreed that if there is any further incident she will contact the police and inform the EH practitioner. She asked whether she could have some help with the children's bedtime routine, and the EH practitioner will bring the sleep pack next time. Housing issues discussed. Children Alfie (2) and Brooke (4) were present and playing. Next review in 6 weeks.""",
        scores=sc(1, 1, 2, 1),
        reasons=rs(
            "'Domestic incidents'; Mr Gill not named as acting.",
            "'Ms Robinson's responsibility to make sure the children are not exposed' - blaming; no strengths.",
            "Her request for bedtime help taken up; safety part imposed.",
            "Children present and playing only.",
        ),
    ),
    dict(
        setting="court statement summary",
        note_type="routine",
        text="""Position statement summary for the Family Court, Re: Harrison (7) and Lola (4). The local authority's concern relates to the volatile relationship between Mr Daniel Wright and Ms Stacey Wright. Mr Wright has reported that Ms Wright has on three occasions assaulted him, including an incident in August in which she scratched his face and broke his glasses while he was holding Lola. Ms Wright says that these were mutual arguments. Both parents have been drinking at the time of each incident. Mr Wright has continued to allow Ms Wright to attend the family home despite agreeing with the local authority that he would not, and has therefore not been able to demonstrate that he can prioritise the children's safety. The local authority seeks an interim supervision order. Mr Wright is required to sign a working agreement confirming that Ms Wright will not attend the home.""",
        scores=sc(2, 1, 1, 1),
        reasons=rs(
            "Assaults attributed to Ms Wright via Mr Wright's report, then mutualised by the writer.",
            "'Volatile relationship', 'both parents drinking', Mr Wright 'allowed'/'not able to demonstrate' - blaming the victim-survivor (roles reversed).",
            "Working agreement imposed on Mr Wright.",
            "Children named; Lola held during assault but no assessment.",
        ),
    ),
    dict(
        setting="health visitor",
        note_type="trained",
        text="""Health visitor, 1-year review, Ruby, mum Sam (Samantha) Clarke, Eastbury. Sam told me that her ex-partner Leanne is still sending messages saying that she will report Sam as an unfit mother and have Ruby taken. Leanne did this during the relationship too, alongside going through Sam's phone and deciding what she wore. These are Leanne's choices to keep control. Sam ended the relationship in the spring and has done a lot to make a safe home for Ruby: she has moved nearer her parents, joined a local parents' group and keeps the messages in a folder. I told Sam clearly that Ruby's care is good, which is what I saw today. Sam asked me to write down what I had observed so she has it if Leanne makes a report, and I agreed to share my notes with her SW. Ruby is walking with support, babbling, and was happy and curious throughout; Sam says she was very unsettled in the months when the abuse was at its worst and sleeps much better now.""",
        scores=sc(3, 4, 3, 3),
        reasons=rs(
            "Leanne's threats and control named as her choices, but only a few behaviours.",
            "Sam's actions and good care explicitly affirmed; no blame.",
            "Worker responds to Sam's request; no wider safety plan.",
            "Ruby's development and earlier unsettledness linked to the abuse, briefly.",
        ),
    ),
    dict(
        setting="CP conference summary",
        note_type="trained",
        text="""Initial child protection conference summary, 14 January, children Tyler (10) and Maddie (6), Hollinwood. The conference heard that Mr Dale Ward, the children's stepfather, has over 18 months: told Ms Emma Ward she cannot work, taken her car keys, made the children eat separately from him, locked Tyler in his room as punishment, and on 3 January hit Emma across the face while Maddie held onto her leg. Mr Ward said in his interview that Emma "knows how to wind him up"; the conference did not accept this and noted these are his choices as a parent. Tyler told his social worker he waits until Dale is asleep before going to the toilet. Maddie has stopped talking at school. Maddie's teacher described her freezing when a male teacher raised his voice. Emma has tried to shield the children by taking them out on weekends. However, the chair noted that Emma has let Dale back once before and must now make clear to the children that he will not return. The plan, discussed with Emma, includes her request for a sanctuary scheme and counselling for Tyler, and a referral of Mr Ward to a perpetrator programme.""",
        scores=sc(4, 2, 3, 4),
        reasons=rs(
            "Detailed, consistent pattern; excuse rejected; parenting choice.",
            "'Let Dale back' and 'must now make clear' are blaming, despite her shielding noted.",
            "Plan discussed with Emma and includes her requests; perpetrator also targeted.",
            "Tyler's and Maddie's experience specific and tied to Dale.",
        ),
    ),
    dict(
        setting="CAMHS letter",
        note_type="trained",
        text="""Dear Ms Carter (allocated SW), Re: Kieran Doyle, age 15. Kieran was seen with his mother, Mrs Joanne Doyle, on 19 April. Kieran describes his father, Mr Patrick Doyle, as someone who "decides how everyone feels in the house". He gave examples: his father refusing to speak to his mother for days, going through her handbag, and telling Kieran that his mother is "mental" and that he should not listen to her. Kieran said he started to believe this and was rude to his mother, and now feels guilty. He has panic attacks in crowded places and has missed 30% of school this year. In my assessment Kieran's anxiety is a response to his father's coercive behaviour, which included deliberately undermining Kieran's relationship with his mother. Mrs Doyle has worked hard to keep the relationship with Kieran going and brought him to every appointment. Together with Mrs Doyle and Kieran we agreed a plan: weekly CBT, a reduced timetable she will negotiate with school, and she will decide, with her IDVA, how to manage Mr Doyle's requests for contact. Yours sincerely, Dr A. Menon.""",
        scores=sc(3, 3, 4, 4),
        reasons=rs(
            "Father's coercive behaviour specified and named, though mainly via Kieran and not as choice.",
            "Mother's persistence noted; strengths brief.",
            "Plan agreed with mother and son; she leads on contact decisions.",
            "Kieran's experience of father's undermining assessed in depth.",
        ),
    ),
    dict(
        setting="probation / perpetrator-programme update",
        note_type="transition",
        text="""Probation update to Children's Services, 30 Sept, re: Chantelle Hobbs (22), subject to a community order for assault on her mother, Mrs Denise Hobbs. Chantelle lives with Denise and her younger brother Reuben (12). Chantelle has been attending supervision. She continues to present her behaviour as a reaction to her mother "nagging" her about her drug use. I have challenged this; the index offence involved Chantelle dragging Denise along the hallway by her hair, and Denise has also described Chantelle taking her bank card and threatening to smash up the house if she is refused money. This is an established pattern. Mrs Hobbs appears to struggle to set boundaries and has allowed Chantelle to return home against advice; she needs to be firmer for Reuben's sake. Reuben told his teacher he stays at his friend's house "when Chantelle kicks off". Recommend the Children's Services plan includes a requirement that Denise informs probation if Chantelle is using drugs in the home.""",
        scores=sc(4, 1, 2, 3),
        reasons=rs(
            "Chantelle's pattern specified, excuse challenged (adult child as abuser).",
            "'Struggle to set boundaries', 'allowed Chantelle to return', 'needs to be firmer' - blaming.",
            "Requirement imposed on Denise; probation supervision of Chantelle continues.",
            "Reuben's avoidance recorded and linked to Chantelle; brief.",
        ),
    ),
    dict(
        setting="Restart session",
        note_type="transition",
        text="""Restart session 6 with Amber (10). Amber's mum, Kirsty, brought her and waited outside. Amber wanted to draw her "before house" and her "now house". In the before house she drew herself in a cupboard with her headphones on and wrote "too loud" by the kitchen. She said she used to count the stairs when it got loud so she wouldn't hear. She said she misses her dog, which stayed at the old house. In the now house she drew her mum and her nan with her and a big bed. She told me she still has a bad dream about the shouting most weeks, and that she sometimes feels it was because she was naughty. We talked about how grown-ups' arguments are never a child's fault. Amber has started at a new school and has one friend, Ella. She says she likes her mum "being happy again". Kirsty said the move has been hard but Amber is sleeping better. We agreed Amber will keep a worry book and share it with her mum.""",
        scores=sc(1, 2, 2, 4),
        reasons=rs(
            "No one is named as responsible; 'shouting', 'grown-ups' arguments'.",
            "Worker's own 'grown-ups' arguments' mutualises; Kirsty's effort noted only lightly.",
            "Small plan with Amber and mum; no safety planning.",
            "Amber's experience, coping, self-blame and recovery explored in depth.",
        ),
    ),
    dict(
        setting="police PPN relay",
        note_type="messy",
        text="""PPN - Lancs police - inc 27/10 - relayed by MASH. Police called by C1 Jaden (12) from his bedroom, 999 call, heard on recording saying "he's strangling my mum please come". Ofcrs attended, Mr Craig Benson (mum's partner) detained at scene. Jaden told ofcrs he's "done this before, he puts his hands on her neck when he's drunk" + he takes mum's phone so she cant ring anyone which is why J used his own. J said he got his little sister (Nevaeh 5) into his room + put a chair against the door. Ofcrs note J was shaking + v calm at the same time, asked if he would be in trouble for ringing. M (Kelly) taken to A+E, declined statement at scene. Mum previously refused support x2. SW to see kids tomorrow. ?J needs support re what he's been dealing with - is he being a carer for N.""",
        scores=sc(3, 2, 1, 4),
        reasons=rs(
            "Strangling, repetition and phone-taking attributed to Craig, mainly through Jaden; pattern evident.",
            "'Mum previously refused support x2' recorded without context; no strengths.",
            "No planning with Kelly.",
            "Jaden's actions, fear and caring role recorded and questioned in detail.",
        ),
    ),
    dict(
        setting="housing officer",
        note_type="messy",
        text="""Housing - visit 2 Raven St, Otterby. complaint from nbrs re: noise + shouting, 4th this month. Tenant Miss Courtney Lane, 2 kids. Her partner Jake not on tenancy but seems to be living there. Courtney said they had a "bit of a fallout" + she's sorted it. front door panel cracked - she said it was an accident. Told her if the noise continues she could be in breach of tenancy + it's her responsibility who she has staying. she asked about being moved - told her she'd need to do a housing register app + she's low banding. gave her the forms. kids not seen, at school.""",
        scores=sc(1, 1, 2, 1),
        reasons=rs(
            "No agent; 'fallout', 'accident' accepted.",
            "Tenancy warning, 'her responsibility who she has staying' - blaming; no strengths.",
            "Her request for a move acknowledged with forms; otherwise imposed.",
            "Children not seen or considered.",
        ),
    ),
]
