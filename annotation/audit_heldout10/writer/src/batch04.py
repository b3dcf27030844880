from common import sc, rs

NOTES = [
    dict(
        setting="supervision record", note_type="routine",
        text="""Supervision, SW Gareth Pye / TM Lorraine Ash, Sunderland. Case: Reilly family, Southwick. Discussed
the police notification of 28/9: DV incident at the home address, mother (Toni Reilly) had a black eye, partner (Craig
Bell) had left before police arrived. Toni is saying she walked into a door. This is the fourth notification in 18
months. TM is concerned that Toni is minimising and is not being open with the service. Gareth reports that Toni has
said she will end the relationship but she has said this before. Children Lucas (5) and Maisie (3) appear well cared
for and home conditions are good. Gareth has asked Toni what support she would find useful and she has asked for help
with nursery funding for Maisie so that she can return to work; Gareth will look into this. Actions: Gareth to complete
a written agreement with Toni that Craig will not be at the home; legal gateway to be considered; DASH to be completed
with Toni.""",
        scores=sc(1, 1, 2, 1),
        reasons=rs("Craig appears only as having left; injury and incident agentless",
                   "Toni 'minimising', 'not open', 'said this before'; no strengths",
                   "one request of Toni's taken up, but the plan is a written agreement on her",
                   "children 'well cared for'; no consideration of their experience"),
    ),
    dict(
        setting="housing officer", note_type="routine",
        text="""Tenancy visit, Gipton, Leeds. Tenant: Ms Chloe Ward, 3-bed house, with children Lily-Mae (9), Bobby (6)
and Maddison (2). Visit arranged following complaints from neighbours about noise and a police attendance on 14/6
relating to a domestic incident. Ms Ward was reminded of the conditions of her tenancy regarding nuisance and that she
is responsible for the behaviour of her visitors. Ms Ward said the noise was caused by her ex-partner. Damage to the
front door was noted and a repair has been raised as rechargeable to the tenant. Ms Ward was advised that if there are
further incidents a Notice of Seeking Possession may be served. Ms Ward asked whether the locks could be changed and
whether she could have a door camera; we agreed to raise an urgent lock change and a sanctuary referral, and she will
tell us which days her mum is at the house so the contractor can attend then. Signposted to Leeds Domestic Violence
Service. Children were at school.""",
        scores=sc(1, 1, 3, 1),
        reasons=rs("ex-partner mentioned once in her words; nothing attributed to him by the officer",
                   "tenancy warnings, rechargeable damage and 'responsible for visitors' aimed at her",
                   "lock change, camera and timing agreed on her request and knowledge",
                   "children only noted as at school"),
    ),
    dict(
        setting="IDVA update", note_type="trained",
        text="""IDVA update to CSC, Bloxwich, Walsall. Spoke to Jasmine Reynolds by phone on 3/10. Jasmine's partner
Connor Boyle was released from custody on 29/9 and has been sending messages through his sister asking Jasmine to drop
the charges. Jasmine has not responded and has forwarded the messages to me and to the OIC. Jasmine has done a lot to
keep herself and the girls safe: she has kept her job, moved the girls' school run to her dad, and has a bag packed at
her dad's in case she needs to leave quickly. MARAC on 1/10 agreed the following actions for Jasmine: she is to call
999 if Connor attends, not to respond to any contact and to attend the Freedom Programme. Jasmine told me she feels
"told what to do again" and that she has already done Freedom; I have fed this back to the MARAC chair. The older girl,
Kayla (8), has been asking Jasmine whether daddy is coming home and has started wetting the bed again since his
release. Jasmine is worried that Connor will use Kayla to get to her.""",
        scores=sc(3, 4, 2, 3),
        reasons=rs("Connor's intimidation via his sister specific, but no wider pattern set out",
                   "no blame; Jasmine's specific protective steps listed",
                   "MARAC actions imposed on her; IDVA only relays her objection",
                   "Kayla's questions and bed-wetting linked to his release, briefly"),
    ),
    dict(
        setting="case closure summary", note_type="trained",
        text="""Case closure summary, Firth Park, Sheffield. Children: Rosie (8) and Alfie (5) Kowalski. Mother: Magda
Kowalski. The case opened in January after Rosie told her teacher that her dad, Piotr, had "thrown mummy's phone in the
bath and wouldn't let her go to work". The assessment found domestic abuse by Piotr over several years. Piotr left the
family home in February under a non-molestation order that Magda applied for with IDVA support. He has not taken up the
offer of a perpetrator programme. Magda has rebuilt the children's routines, taken a job at the hospital with shifts she
chose around school, and worked with me on a safety plan that she now updates herself. Rosie says she now "sleeps in her
own bed and no one wakes me up"; Alfie's speech has come on since nursery were told what he had lived through and gave
him extra help. Contact with Piotr is supervised at the contact centre at Magda's request. The case is closed with
Magda's agreement; she knows how to contact the IDVA service and the duty team.""",
        scores=sc(3, 4, 4, 4),
        reasons=rs("abuse attributed to Piotr and his refusal noted, but his pattern is summarised not described",
                   "Magda's rebuilding, order and work choices recorded; no blame",
                   "safety plan made with and now held by Magda; contact arranged at her request",
                   "Rosie's sleep and Alfie's speech assessed as recovery from what they lived through"),
    ),
    dict(
        setting="Restart session", note_type="trained",
        text="""Restart session 2 of 8 with Kerry-Ann Lewis, Lawrence Weston, Bristol. We mapped the tactics
Kerry-Ann's ex-husband Andre used over their eleven years together: stopping her from driving, calling her workplace to
check she was there, telling the children she was "crazy" and deciding which relatives could visit. Kerry-Ann said that
naming these as his tactics, rather than "our problems", was a relief. She identified that Andre still uses the
children's phones to find out where she is. We talked about what she has done to resist him over the years: keeping a
secret bank account, teaching the children a safe word and finishing her college course. The boys (Marcus 12, Elijah 9)
were not part of today's session; Kerry-Ann says they are "doing OK". Homework: Kerry-Ann to think about what she would
like the remaining six sessions to focus on.""",
        scores=sc(4, 4, 3, 2),
        reasons=rs("Andre's tactics named and attributed to him, including use of the children's phones",
                   "her resistance and strengths recorded specifically; no blame",
                   "sessions shaped by her priorities, but the live phone-tracking risk is not planned for",
                   "boys 'doing OK' only; his use of them noted without their experience"),
    ),
    dict(
        setting="CAMHS letter", note_type="transition",
        text="""CAMHS letter, Beeston, Leeds. Re: Ethan Mallory (11). Dear Dr Shah, Ethan was seen for his third
appointment with his mother, Louise Mallory. He was referred for angry outbursts at school. In the sessions Ethan has
talked about his mum's ex-partner, Debbie Sykes, who lived with them for two years. He described Debbie "screaming in
mum's face" and locking his mum out of the house in her pyjamas, and said that he tried to get between them. He told me
he gets angry at school when teachers shout because "it feels like Debbie". Ethan's difficulties appear consistent with
trauma following exposure to domestic abuse in the home. Louise has separated from Debbie and we discussed how both
adults' behaviour in the relationship would have affected Ethan. Louise was advised to avoid discussing the
relationship in front of Ethan. Louise says she has told school about his triggers, and school have agreed he can go to
a quiet room. We will offer Ethan trauma-focused CBT.""",
        scores=sc(2, 2, 2, 4),
        reasons=rs("Debbie's behaviour only in Ethan's words; clinician mutualises 'both adults' behaviour'",
                   "'both adults' and advice aimed at Louise, with her school work acknowledged",
                   "advice given to Louise; the school arrangement is hers but not planned with her here",
                   "Ethan's experience of Debbie's abuse tied to his triggers and outbursts"),
    ),
    dict(
        setting="strategy-discussion minutes", note_type="transition",
        text="""Strategy discussion minutes, Longhill, Hull. Children: Cody (10) and Layla (6) Fenwick. Referral: their
father Gavin Fenwick attended A&E with a stab wound to his hand and told staff his wife Jodie did it with a kitchen knife
during an argument. Police: Jodie arrested, released under investigation. Previous: two calls from Gavin in 2025
reporting Jodie smashing his phone and locking him out. Jodie has told police that Gavin was "winding her up" and that
she was defending herself. Discussion: the parents' relationship appears to be mutually volatile, with both parents
drinking. School report that Cody has said "mum goes mental at dad" and that he takes Layla to the park when it starts.
Gavin has moved to his mother's with the children. Decision: single-agency s47; SW to see the children; written
agreement with Gavin that the children will not be left in Jodie's care unsupervised.""",
        scores=sc(2, 2, 1, 3),
        reasons=rs("Jodie's stabbing and earlier acts recorded, then folded into 'mutually volatile'",
                   "roles reversed: mutualising and 'both drinking'; his move with the children noted",
                   "written agreement imposed on Gavin",
                   "Cody's words and his caring for Layla recorded; to be seen"),
    ),
    dict(
        setting="police PPN relay", note_type="messy",
        text="""PPN - 22/1 - Byker, Ncl. Domestic @ home addr. M (Amber Tait) + P (Nathan Heslop). "Verbal argument" per
officer, both intox. M has hx of MH, officer says M "hysterical", P calm. No injuries seen. C1 (Jaxon 3) asleep in cot.
Risk std. Prev x3 PPN 2025 all verbal. M declined DASH. Officer advised M re leaving child w/ P when shes like this??
unclear. NFA police. HV record - Jaxon waking screaming most nights per last HV contact Dec. CSC screening: letter to M
re impact of DA on children, notify HV.""",
        scores=sc(1, 1, 1, 2),
        reasons=rs("'verbal argument', no behaviour attributed to Nathan",
                   "both intoxicated, M 'hysterical', her MH history foregrounded; no strengths",
                   "letter to M only",
                   "Jaxon's night waking noted from HV record, not linked or assessed"),
    ),
    dict(
        setting="IDVA update", note_type="messy",
        text="""IDVA case note 14/3 Peterlee, Co Durham. Client = Margaret (Maggie) Dunn 64, lives w/ daughter Kelly 38 +
Kellys son Jamie 10 (CIN open - SW Beth). Maggie says Kelly "has always had a temper" but since Kellys bf left its got
worse - pushed Maggie over in kitchen 2 wks ago, bruised hip, takes her bank card, screams at her in front of Jamie.
Kelly tells Jamie nana is "useless" + "a burden". Maggie wants Kelly to get help not be arrested. Talked through options
- Maggie chose: 1) change PIN + bank to send card to her sister, 2) keep phone on her at all times, 3) Jamie can go to
neighbour Sue's if Kelly kicks off - Maggie already sorted this w/ Sue. Maggie wants me to talk to SW Beth about Jamie -
says hes "gone right quiet" + stopped going to football. Adult safeguarding ref discussed - M consented. DASH 11.""",
        scores=sc(3, 4, 4, 2),
        reasons=rs("Kelly's push, financial abuse and denigration listed, relayed not analysed",
                   "roles reversed (parent abused by adult child): no blame, Maggie's own arrangements recorded",
                   "options chosen by Maggie, incl. arrangement she made with neighbour",
                   "Jamie 'gone quiet' second-hand; not assessed"),
    ),
    dict(
        setting="probation / perpetrator-programme update", note_type="messy",
        text="""OM contact notes 09/05 - Erdington, Birmingham. Subj: Jerome Clarke, licence. Attended 10 mins late.
Says "shes been stopping me seeing my kids" re ex (Tanya Morris). Challenged - reminded him NMO in place bc of his
behaviour not hers - he sent 60+ msgs in March + turned up at her work twice. J says he "just wants to see the kids".
Discussed how kids (Reece 7, Kiara 4) would feel seeing him shout at their mum - J went quiet, said Reece "used to hide
behind the sofa". J asked if he can go on a course - refd to BBR wait list. Liaised w CSC SW (Amir) - Tanyas view is
shes not ready for contact, SW supporting her. Next appt 23/05.""",
        scores=sc(4, 3, 2, 3),
        reasons=rs("Jerome's messaging and workplace visits named and his blaming of Tanya challenged",
                   "no blame on Tanya and her view respected, but no strengths recorded",
                   "'SW supporting her' only; no plan with Tanya described",
                   "Reece hiding behind the sofa raised with Jerome as the children's experience of him"),
    ),
]
