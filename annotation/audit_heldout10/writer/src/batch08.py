from common import sc, rs

NOTES = [
    dict(
        setting="health visitor", note_type="routine",
        text="""Health visitor one-year review, Ernesettle, Plymouth. Seen Rebecca Tozer and baby Arlo (12 months).
Rebecca disclosed at the last contact that her partner, Dan Cole, had pushed her during an argument. Today Rebecca said
things are better and that Dan has "calmed down" since he started a new job. Rebecca was reminded that domestic abuse is
harmful to babies and that she should contact the HV or the police if there are any further arguments. Arlo is walking
with support, babbling and making good eye contact. Rebecca appears to be a caring mother. Rebecca's mother lives nearby
and helps with childcare. Plan: universal HV service; GP aware.""",
        scores=sc(2, 2, 1, 2),
        reasons=rs("one push attributed to Dan, framed as 'during an argument'; 'calmed down' accepted",
                   "generic 'caring mother' with a reminder aimed at Rebecca about 'arguments'",
                   "reminder to report; no planning",
                   "generic 'harmful to babies'; Arlo's development only"),
    ),
    dict(
        setting="court statement summary", note_type="routine",
        text="""Summary of social worker's statement, Newcastle Family Court, re: Brooke (9) and Dexter (5) Milburn. The
children have experienced domestic abuse between their parents, Sharon Milburn and Robbie Milburn. The relationship has
been characterised by frequent arguments, separations and reconciliations, and both parents have misused alcohol. Ms
Milburn has repeatedly resumed the relationship despite agreements with the local authority and has not been consistent
in her engagement. Brooke has told her social worker that she hates it when "mam and dad fight" and that she hides in her
wardrobe with Dexter and a torch; she said she is "always listening". Brooke's school report she has fallen behind in
reading and is often tired. The local authority is concerned that the parents have not been able to put the children's
needs first. The local authority seeks an interim care order.""",
        scores=sc(1, 1, 1, 3),
        reasons=rs("'domestic abuse between their parents', 'arguments'; nothing attributed to Robbie",
                   "'resumed the relationship despite agreements', 'not consistent', both misusing alcohol",
                   "no planning with Sharon; proceedings sought",
                   "Brooke's hiding, listening and tiredness recorded, framed as parental fighting"),
    ),
    dict(
        setting="housing officer", note_type="trained",
        text="""Housing officer note (DA lead), Eastmoor, Wakefield. Tenant: Ms Abigail Denton, with children Reuben (8)
and Tilly (5). Ms Denton's ex-partner, Neil Forster, has no right to the property but has kept keys and has let himself in
twice since she ended the relationship, moving furniture and taking the children's tablets. He has also reported her to
us for "running a business from the house", which we have found to be untrue. We recognise these as part of his
controlling behaviour, not a tenancy matter. Ms Denton has kept a record of every entry, photographed the changes and
reported both to police. She asked for a lock change today, a letter confirming he is not a joint tenant for her
solicitor, and for the housing file to be flagged so no information is given to anyone calling on her behalf. All three
have been done. She does not want to move; we agreed a sanctuary assessment on Thursday at a time she chose, when the
children are at school.""",
        scores=sc(4, 4, 4, 1),
        reasons=rs("Neil's entries, interference and false report named as his controlling behaviour",
                   "no blame; Abigail's record-keeping and reporting recorded",
                   "every action is one she asked for; timing chosen by her",
                   "children only through their tablets and school hours"),
    ),
    dict(
        setting="assessment analysis", note_type="trained",
        text="""Assessment analysis, Ladywood, Birmingham. Children: Hamza (11), Safiya (8) and Idris (4) Khan. The
children's mother, Shabana Khan, has cared for them on her own since January, when she left the family home with them
after years of abuse by her husband. Shabana described the abuse in general terms and said she does not want to go over
it again; I have respected this. She has done a great deal to protect the children: she planned the move with her GP and
the IDVA, enrolled the children in new schools within a week and has kept their routines going, including Quran class.
Together we have agreed a plan: the schools will release the children only to Shabana and her brother; Shabana will tell
me if her husband's family make contact; and the children will be offered play therapy, which Shabana asked for. Hamza
has told me he misses his friends and his dad, and gets angry with his mum because "she made us leave". Safiya is quiet
and has asked her teacher whether they will have to move again. Idris is settled at nursery. The children are
experiencing loss as well as relief, and Hamza needs help to understand why they left.""",
        scores=sc(2, 4, 4, 3),
        reasons=rs("husband named as abuser but no behaviour described or analysed",
                   "Shabana's planning and protection recorded in detail; no blame",
                   "plan agreed together, including her request for therapy",
                   "children's loss, anger and worry explored; not linked to what their father did"),
    ),
    dict(
        setting="Restart session", note_type="trained",
        text="""Restart session 6 of 8, Burslem, Stoke-on-Trent. Attended: Carly Jenkins and her daughter Phoebe (9). We
revisited the "what happened" timeline. Phoebe was able to say that her dad, Ian Jenkins, "used to lock mum out and take
her phone" and "made us all walk on eggshells", and that when he shouted at her mum she would go to her room and sing to
herself. Phoebe said she still sings when she is scared. We talked about how Ian's behaviour was his choice and was not
caused by Phoebe or by Carly. Carly found this session hard; she said she still feels she should have left sooner, and I
noted that she will need to keep working on this so she can support Phoebe. Carly and Phoebe designed their own calm plan
for bad days: sing together, call Auntie Jo, go to the park. Next session: looking forward.""",
        scores=sc(3, 3, 4, 4),
        reasons=rs("Ian's behaviour in Phoebe's words, named by the worker as his choice; no fuller pattern",
                   "no blame, but Carly's strengths are not recorded and a task is placed on her",
                   "calm plan designed by Carly and Phoebe",
                   "Phoebe's coping (singing) traced to her father's shouting and still present"),
    ),
    dict(
        setting="case closure summary", note_type="transition",
        text="""Case closure summary, Gipsyville, Hull. Children: Demi (13) and Elliot (10) Cartwright. Mother: Nikki
Cartwright. The case was opened under CIN after Nikki's ex-partner Ross Garside assaulted Nikki in front of the children
in June and later sent threatening messages to Demi. Ross was convicted in October and is subject to a restraining
order. He has not engaged with any service. Nikki has been supported by the IDVA. Nikki has at times struggled with
routines and Demi has taken on a caring role for Elliot. Nikki was advised that Demi should not be relied on for
childcare and that she needs to ensure the children attend school. Demi says she is "glad it's over" and is doing better
at school; Elliot still has nightmares. Nikki has been advised that if Ross makes contact she must call the police. Case
closed: restraining order in place and no further incidents.""",
        scores=sc(3, 2, 1, 3),
        reasons=rs("Ross's assault, threats to Demi and conviction attributed; non-engagement noted",
                   "'struggled with routines' and advice about relying on Demi; no strengths",
                   "closure advice to Nikki; no plan with her",
                   "Demi's caring role and relief, Elliot's nightmares noted, not assessed"),
    ),
    dict(
        setting="CAMHS letter", note_type="transition",
        text="""CAMHS letter, St Pauls, Bristol. Re: Malachi Grant (13). Dear Dr Osei, Malachi attended with his father,
Desmond Grant. Malachi lives with his father and his stepmother, Sharon Grant, and was referred with low mood and school
refusal. He told me that Sharon "goes off" at his dad, throws his things out, and tells Malachi he is the reason his dad
is "weak". He said his dad "just takes it" and that he wishes his dad would stand up for himself. Malachi stays in his
room with headphones on and feels he is "in the way". His low mood appears closely linked to how Sharon speaks to him and
to his father. Desmond has moved Malachi into the attic room so he has his own space and has started looking at flats.
It is my impression that there is a lot of tension in the household and that both adults would benefit from support to
improve their communication. Desmond was advised to make sure Malachi is not drawn into adult disagreements. We have
offered Malachi six sessions and will liaise with his school about attendance.""",
        scores=sc(2, 2, 1, 4),
        reasons=rs("Sharon's behaviour in Malachi's words; clinician reframes as 'tension' and 'communication'",
                   "roles reversed: Desmond's steps noted, but mutualised and advised",
                   "advice to Desmond; no plan with him",
                   "Malachi's low mood linked to Sharon's behaviour towards him and his father"),
    ),
    dict(
        setting="health visitor", note_type="messy",
        text="""HV contact Walcot, Swindon 2/4. Seen M (Keeley Porter) + baby Ivy 3 mths. Keeleys partner (Sam Reid, female)
present at start - Sam v hostile, said HV "not needed", then went out. K quiet, tearful, EPDS 17. K said Sam "gets in
moods" + checks her phone, wont let her see her mum without her, took her bank card "to help with money". K said Sam
grabbed her wrist last wk, small bruise seen. K worried about saying anything as "people think women cant do that". K
feeding Ivy well, Ivy gaining, good interaction seen - K singing to Ivy. K agreed HV can refer to IDVA - K chose to be
contacted at her mums. K says Ivy startles + cries when Sam raises her voice. Plan: GP re mood, IDVA ref, HV contact at
clinic / mums, inform safeguarding lead.""",
        scores=sc(3, 4, 3, 3),
        reasons=rs("Sam's monitoring, isolation, financial control and assault recorded, relayed not analysed",
                   "no blame; Keeley's care of Ivy recorded and her fear acknowledged",
                   "IDVA referral with consent and contact route she chose; rest is HV plan",
                   "Ivy's startle response to Sam's shouting noted, not assessed"),
    ),
    dict(
        setting="case closure summary", note_type="messy",
        text="""Closure notes (draft) - Shildon, Co Durham. Fam: Pattison. M (Laura Pattison), C1 Owen 6. Opened 3/25 after
P (Rob Tait) assaulted M - broken wrist. CIN 9 mths. Rob moved to Bishop Auckland, NMO in place till Dec, no breaches. Rob
not engaged w anything - refused Respect x2. M did Freedom, v positive. M + SW did safety plan together 8/25 - M updated
it herself 11/25 (new car, new no.). M says Owen "back to himself". Owen seen x3 alone - last visit said "im not scared
at home now". M happy for closure. Close - step down to universal, school + GP told.""",
        scores=sc(2, 3, 4, 3),
        reasons=rs("one assault attributed to Rob and his refusals noted; no pattern",
                   "no blame; strengths limited to Freedom 'v positive' and updating the plan",
                   "safety plan made together and now updated by Laura herself",
                   "Owen seen alone and his sense of safety recorded; harm not assessed in detail"),
    ),
    dict(
        setting="police PPN relay", note_type="messy",
        text="""Duty - PPN 17/8 - Grangetown, Mbro. V = Peter Lynch (67), S = son Adam Lynch (35). Adam moved back 2 mths
ago after prison. Pushed Peter down the stairs 16/8, Peter in hosp - hip #. Neighbour says Adam "always screaming at the
old fella". Peters grandson Tommy (11) lives w Peter (SGO) - Tommy called 999, told police "Adam hurts grandad when hes
had money off him". Adam arrested, remanded. Peter in JCUH - says he wont let Adam back + wants Tommy to stay w his aunt
(Peters dtr Claire) while hes in hosp. Claire agreed - Tommy at hers. Action: SW to see Tommy at Claires tmrw, check
Claire ok to care, support Peter re DAPO / adult social care ref as he wants. SGO support team to be told.""",
        scores=sc(3, 4, 4, 3),
        reasons=rs("Adam's assault, screaming and financial abuse recorded via police and neighbour",
                   "parent abused by adult son: no blame, Peter's protective decisions recorded",
                   "care of Tommy arranged as Peter wants; support offered on his terms",
                   "Tommy's account of Adam hurting grandad recorded; to be seen, not yet assessed"),
    ),
]
