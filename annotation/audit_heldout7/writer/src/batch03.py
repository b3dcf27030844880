# Batch 03 - written and scored by aw9 (scores assigned on the whole note, straight after writing the batch)


def sc(p, n, s, c):
    return dict(perpetrator_pattern=p, non_blaming_strengths=n, partnering_safety=s, child_harm_assessment=c)


def rs(p, n, s, c):
    return dict(perpetrator_pattern=p, non_blaming_strengths=n, partnering_safety=s, child_harm_assessment=c)


NOTES = [
    dict(
        setting="case closure summary",
        note_type="routine",
        text="""Case closure summary. The family were referred in May following a DV incident between Ms Carla Evans and Mr Jordan Hughes at the family home in Stallbridge. The couple have had an on-off relationship for six years with a history of domestic violence on both sides. A Child and Family Assessment was completed and the children, Kai (10) and Summer (5), were made subject to a Child in Need plan. Ms Evans signed a written agreement that she would not resume the relationship and would not allow Mr Hughes to have unsupervised contact. Ms Evans has informed the social worker that the relationship has ended and Mr Hughes has moved to Bristol. There have been no further police call-outs in the last three months. Ms Evans has been reminded that if the relationship resumes the children's safety will need to be reassessed. Risk is now assessed as reduced and the case is closed to Children's Social Care with no step-down.""",
        scores=sc(1, 1, 1, 1),
        reasons=rs(
            "'DV incident between', 'violence on both sides' - no agent, no pattern.",
            "Mutualising; written agreement and warning bind Ms Evans; no strengths.",
            "Agreement imposed; closure without any plan with her.",
            "Children named only; nothing on their experience.",
        ),
    ),
    dict(
        setting="police PPN relay",
        note_type="routine",
        text="""PPN received from Greater Manchester Police, incident 0412. Officers attended 31 Kestrel Way, Brockley Moss, at 22:15 on 11/06 following a 999 call from Ms Joanne Firth. Ms Firth reported that her partner Mr Shane Dolan had returned home intoxicated, accused her of seeing someone else, taken her phone and pushed her onto the sofa, then held her by the throat for a few seconds. He then punched the bedroom door. Officers observed redness to her neck. Mr Dolan was arrested for assault and criminal damage. This is the fifth call to this address since 2023; on previous occasions Ms Firth did not support a prosecution. DASH high risk, MARAC referral made. Child Ella (3) was asleep. Social care note: Ms Firth has repeatedly failed to engage with support and continues to let Mr Dolan back into the home despite previous advice. Ms Firth to be asked to agree that Mr Dolan will not return to the address. Case to be allocated for assessment.""",
        scores=sc(3, 1, 1, 2),
        reasons=rs(
            "Police account attributes specific acts (phone taken, throat, door) and repeat calls to Mr Dolan; not framed as a pattern by the worker.",
            "Social care note: 'failed to engage', 'continues to let Mr Dolan back' - blaming.",
            "Agreement aimed at Ms Firth.",
            "Ella asleep; high-risk strangulation not linked to her at all - but basic presence and risk implied.",
        ),
    ),
    dict(
        setting="supervision record",
        note_type="routine",
        text="""Supervision 15/01 - Family: Okoro. Discussed SW's concerns following the latest domestic incident on 2 January. Mrs Okoro has said she does not want to separate from her husband for religious and financial reasons. SW feels Mrs Okoro is minimising and is not being open about how often incidents happen. Discussed that Mrs Okoro does seem to be trying, she has attended one appointment with the outreach worker, but she needs to show she can put the children first. SW has offered Mrs Okoro a referral to the Freedom Programme and she has accepted. Mr Okoro has declined to meet with SW. Action: SW to complete a home visit within two weeks and review the written agreement with Mrs Okoro. SW to check school attendance for the three children. Manager to review at next supervision.""",
        scores=sc(1, 2, 2, 1),
        reasons=rs(
            "'Domestic incident'; Mr Okoro only as declining to meet.",
            "'Minimising', 'needs to show she can put the children first', softened by 'trying' and outreach attended.",
            "Referral accepted by her, but written agreement reviewed with her only; her reasons not planned around.",
            "Children only in attendance logistics.",
        ),
    ),
    dict(
        setting="home visit",
        note_type="trained",
        text="""Home visit, 9 March, Danielle Hurst and her son Reece (12), Moorfield, following Danielle's disclosure about her former partner, Kim Ashworth. Danielle described how, over two years, Kim checked her bank account daily, decided which friends could visit, and told Danielle that no one would believe her because "women don't do this to women". In December Kim slapped Danielle and locked her out of the flat overnight. These were Kim's choices and Kim used the idea that same-sex abuse would not be taken seriously as part of her control. Danielle ended the relationship in January, went to the LGBT+ domestic abuse service, and changed her phone number. Reece spoke to me in his room. He said he "hated how Kim talked to mum" and that he stopped having friends round because he never knew what mood Kim would be in. He has lost contact with his football team because Kim would not take him. Danielle and I discussed what she would need if Kim contacts her again; she wants to apply for a non-molestation order and wants Reece back at football. I will check with Danielle before I contact the school.""",
        scores=sc(4, 4, 3, 4),
        reasons=rs(
            "Kim's specific controlling behaviours and her use of homophobic myth named as her choices.",
            "Danielle's protective steps recorded; no blame.",
            "Discussed with Danielle and her goals noted, but no concrete safety plan made yet.",
            "Reece's own words on isolation and loss of football linked directly to Kim's behaviour.",
        ),
    ),
    dict(
        setting="school DSL log",
        note_type="trained",
        text="""DSL record, Greystone Academy, 23/04. Harvey (Y6) stayed behind after PE and told Mr Ellis that his stepdad, Paul, "makes us all sit in silence at tea and if mum says something wrong he goes mad". Harvey said on Sunday Paul threw his mum's dinner in the bin and made her eat standing up. Harvey has stopped bringing friends home and asked if he can do breakfast club every day "so I'm out before he wakes up". His class teacher says Harvey's work has dropped since January and he is very careful not to make mistakes. I rang Harvey's mum, Claire, who confirmed this and said she has been trying to keep the children's routine calm around Paul. I told Claire the school's concerns are about Paul's behaviour and not about her parenting. I have told Claire she must let the school know if Paul is going to collect the children, and referred to MASH. Harvey will have a weekly check-in with Mrs Khan.""",
        scores=sc(3, 3, 2, 4),
        reasons=rs(
            "Paul's controlling behaviour attributed via Harvey and clearly framed by DSL, but limited in detail.",
            "Explicitly not blaming; Claire's calming efforts noted briefly.",
            "Instruction to Claire; no planning with her.",
            "Harvey's words, avoidance and schoolwork linked to Paul's control.",
        ),
    ),
    dict(
        setting="IDVA update",
        note_type="trained",
        text="""IDVA update, 17/12. Shannon Kelly, referred after MARAC. Connor O'Neill has continued to breach his restraining order: he has sent flowers to her workplace, posted a card through the letterbox signed from the children, and on 12/12 he waited in the car park of her GP surgery. Each of these is a deliberate choice to show Shannon he still knows where she is. Shannon has handled this with great care: she reported every breach, she has arranged with her manager that she leaves by the rear entrance, and she keeps a log on her phone with dates and photos. I asked Shannon what she would like from the next MARAC; she wants police to act on the car-park breach and she wants the children's contact with Connor to stay supervised. We updated her safety plan together, including a route plan for school drop-off that she designed with her neighbour. Shannon said the children are fine. I have asked the allocated SW to update on the children.""",
        scores=sc(4, 4, 4, 2),
        reasons=rs(
            "Connor's breaches named, linked, framed as deliberate choice.",
            "Shannon's careful protective actions recorded without blame.",
            "Safety plan and MARAC asks built with Shannon.",
            "Children only 'fine' per mum; experience not considered.",
        ),
    ),
    dict(
        setting="health visitor",
        note_type="transition",
        text="""HV visit 4 Oct, baby Theo (5 months), mum Jess, Hebden Rise. Jess said the relationship with Theo's father, Marc, has ended after he "went through everything on my phone" and made her stay in while he was out. She said there was no physical violence. Jess has been brilliant with Theo: he is meeting his milestones, she has kept up with every immunisation and she has joined the baby group on Thursdays to make friends. She has started to see her sister again, which Marc had discouraged. Jess asked about what would happen if Marc applied to see Theo; we talked through her options and she said she would want it to be somewhere public at first. I have given her the number for the family court advice line and we agreed I would contact her SW with her permission. Theo was alert, smiley and responsive throughout. Next contact 8 weeks.""",
        scores=sc(1, 3, 3, 2),
        reasons=rs(
            "Marc's behaviour only in Jess's quoted words; writer does not identify a pattern.",
            "Jess's strengths recorded specifically; nothing blaming.",
            "Her options discussed and her preference noted; modest joint plan.",
            "Theo's development and presentation noted but not linked to Marc's behaviour.",
        ),
    ),
    dict(
        setting="strategy-discussion minutes",
        note_type="transition",
        text="""Strategy discussion, 27 Feb, children Kacper (12) and Zofia (8), Brockhurst. Police: Mr Tomasz Nowak was arrested on 25/02 after holding a knife to his partner Ms Agnieszka Nowak's face and threatening to kill her if she left. He has prior cautions for common assault on her (2022) and for threatening her sister. The chair noted this is a pattern of escalating threats designed to stop Agnieszka leaving. School reported that Kacper has been late most days and Zofia has been tearful. Ms Nowak is now at her sister's address with the children and has said she wants to stay there. Ms Nowak was described by the police officer as "reluctant", but the chair noted she has moved herself and the children to safety. Agreed: S47 enquiries to proceed; Ms Nowak to be told she must not return to the family home or allow the children to have contact with Mr Nowak pending enquiries.""",
        scores=sc(3, 3, 1, 2),
        reasons=rs(
            "His acts, history and escalating threats named as a pattern by the chair, but not tied to parenting.",
            "Chair counters 'reluctant' and records her protective move; no blaming by minute-writer.",
            "Decision imposed on her ('must not return / allow').",
            "School observations noted but not linked to the children's experience of his threats.",
        ),
    ),
    dict(
        setting="IDVA update",
        note_type="messy",
        text="""IDVA - f2f w/ Becca @ the Hub 20/7. Becca says Jordan still texting via his mum's phone, saying he'll "take the kids off her" + she'll "end up on the street". hes done this before every time she's tried to leave (2022, 2024) - uses the kids + money. Becca has been amazing - she's got the kids' school to put the password on, she's kept every text, rang 101 twice, she's doing the Freedom course Weds. we did the safety plan together - her ideas: spare phone at her mums, kids know to go to next door (Mrs Ahmed), code word w/ her sister. she wants the non-mol + to get her name off the joint tenancy. will chase housing. kids - Ruby (7) asked Becca "is daddy going to take us" - Becca upset about this. will let SW know.""",
        scores=sc(3, 4, 4, 2),
        reasons=rs(
            "Jordan's threats and repeated use of kids and money when she leaves named, briefly.",
            "Becca's protective actions recorded in detail; no blame.",
            "Safety plan built on her ideas and priorities.",
            "Ruby's question recorded but not explored.",
        ),
    ),
    dict(
        setting="Early Help review",
        note_type="messy",
        text="""EH review - Ashdown fam - 3/3. mum (Tracey) + dad (Lee) both present, plus Nursery manager. Mum says things better at home, less arguments since dad started new job. dad said there was "one bad night" before xmas, he accepts he shouted. Mum didnt want to talk about it in front of dad. Both parents have agreed to keep arguments away from the kids. Nursery - Lacey (3) hitting other children + biting, says "daddy shouts at mummy" during role play, often tired on Mondays after weekends. Discussed w/ parents that Lacey is picking up on the arguments at home + needs a calm environment, mum to make sure Lacey in bed before any discussions. Parenting course offered to both. review 6wks""",
        scores=sc(2, 1, 2, 3),
        reasons=rs(
            "Dad's shouting only in his minimising admission and Lacey's words; worker adopts 'arguments'.",
            "'Arguments', 'both parents agreed', instruction to mum - mutualising and blaming.",
            "Plan agreed jointly with both parents (not with her safely), mum-directed action.",
            "Lacey's play, aggression and words recorded and linked to home, though agentless.",
        ),
    ),
]
