from common import sc, rs

NOTES = [
    dict(
        setting="duty / out-of-hours", note_type="routine",
        text="""Duty record, Harehills, Leeds. Contact from West Yorkshire Police: domestic incident between Sian Fraser
(27) and her partner Becca Lowry (30) at their flat on 6/5. Both women had been drinking and there was a physical
altercation; Sian had a scratch to her face and Becca a bite mark on her arm. Both declined to make statements. Sian's
son Ashton (4) was staying at his grandmother's at the time. Police risk: medium. Previous: one other report in
February, verbal only. Duty SW spoke to Sian by phone. Sian said things had got out of hand and they were both to
blame. Sian was advised that Ashton must not return home while Becca is there and that she needs to decide what is best
for him. Sian said she would keep Ashton at her mum's for now and asked whether someone could talk to her about "what's
normal" in a relationship; she was given the numbers for an LGBT+ domestic abuse service and the Leeds helpline.
Outcome: NFA to children's social care; information shared with Ashton's nursery.""",
        scores=sc(1, 1, 2, 1),
        reasons=rs("'physical altercation', injuries on both; no one identified as using abuse",
                   "'both had been drinking', 'both to blame' accepted; directive aimed at Sian",
                   "her request for support met only with numbers; arrangement for Ashton is hers",
                   "Ashton absent and only in logistics"),
    ),
    dict(
        setting="case closure summary", note_type="routine",
        text="""Case closure summary, Knowle West, Bristol. Children: Kian (8) and Lexi (5) Chard. The case was opened in
May following a referral from Avon and Somerset Police after a domestic abuse incident at the family home in which the
children's mother, Danielle Chard, was assaulted. The children were present. Danielle has since moved with the children
to a new address in Bedminster, obtained a non-molestation order, and moved the children to a school nearer their new
home, where both have settled. Danielle has attended all appointments and has completed the Freedom Programme. No further
incidents have been reported. The children were seen and appear happy. Their father is not known to have had contact
since June. Outcome: close to CSC, no further role. Letter to school.""",
        scores=sc(1, 4, 1, 1),
        reasons=rs("'incident', 'was assaulted' agentless; father only as not in contact",
                   "no blame; Danielle's move, order and school change recorded as her actions",
                   "no safety planning with Danielle at closure",
                   "'present' and 'appear happy' only"),
    ),
    dict(
        setting="Early Help review", note_type="trained",
        text="""Early Help review, Kenton, Newcastle. Present: Nadia Hussain, EH worker Tom Reay, and Nadia's sister
Aliya. Since the last review Nadia's husband Khalid has moved out under an occupation order that Nadia obtained with
help from the IDVA. Khalid has continued to try to control Nadia through money: he has stopped paying the mortgage,
tells relatives she has "stolen the house", has paid no child maintenance and refuses to return the children's
passports. This is a continuation of the financial control he used throughout the marriage. Nadia set the agenda for the
review: she wanted help with benefits, a plan for Eid when Khalid's family may visit, and advice about the passports.
Together we agreed: a referral to Citizens Advice for a benefits check (made today); Aliya will stay with Nadia over Eid
and Nadia will only open the door to people she has invited; the IDVA will ask the solicitor about a prohibited steps
order. The children, Yusuf (9) and Maryam (6), are "much calmer" according to Nadia.""",
        scores=sc(4, 4, 4, 2),
        reasons=rs("Khalid's post-separation financial control specific and linked to his pattern in the marriage",
                   "no blame; Nadia obtained the order and set the agenda",
                   "plan built on Nadia's agenda and knowledge of the Eid risk",
                   "children only 'much calmer' via Nadia"),
    ),
    dict(
        setting="CAMHS letter", note_type="trained",
        text="""CAMHS letter, Hessle Road, Hull. Re: Lola Whitfield (10). Dear Ms Patel, Lola attended with her mother,
Gemma Whitfield. Lola's stepfather, Carl Dawson, left the household in March. Lola described how Carl "made mum cry
every night" and would check what she and her mum had eaten and tell them they were fat. She said she still cannot eat
in front of other people and hides food in her room. In my assessment her eating difficulties are directly connected to
Carl's comments and his control over food in the home, and she is anxious that he will come back. Gemma has been very
protective of Lola: she ended the relationship when she saw how it was affecting her, has kept Lola's routines going and
has come to every appointment. Lola says she wants her mum to "not be sad any more". We recommend: Gemma to follow the
meal plan set by the dietitian; Gemma to attend the parent group; Lola to continue weekly sessions. We will review in 8
weeks.""",
        scores=sc(3, 4, 2, 4),
        reasons=rs("Carl's control over food and his comments named as the cause; wider pattern not described",
                   "no blame; Gemma's protective decision and consistency recorded",
                   "recommendations set for Gemma, not planned with her",
                   "Lola's eating difficulty assessed as a direct effect of Carl's behaviour"),
    ),
    dict(
        setting="probation / perpetrator-programme update", note_type="trained",
        text="""DRIVE case manager update, Exeter. Service user: Nathan Pearce. DRIVE has worked with Nathan since June.
Nathan's pattern includes tracking Hollie Bright's location through her phone, threatening suicide when she talks about
leaving, and throwing objects near the children. He used similar behaviour with a previous partner. In sessions he has
begun to acknowledge the suicide threats as "a way to keep her". The case manager has asked police to consider a
Domestic Abuse Protection Notice. Hollie has told the IDVA about the tracking, which allowed police to act, but she has
been difficult to engage and has allowed Nathan to stay over on several occasions, which increases the risk. The IDVA is
working with Hollie on a safety plan. The children are Tia (6) and Reggie (3); Tia's school report that she is anxious
at home time. Recommendation: continue DRIVE; share concerns with the allocated SW.""",
        scores=sc(4, 2, 2, 2),
        reasons=rs("tracking, suicide threats and throwing named as Nathan's pattern and disrupted",
                   "one strength (her disclosure) then 'difficult to engage', 'allowed Nathan to stay'",
                   "safety plan mentioned as IDVA work, nothing of Hollie's planning shown",
                   "Tia's anxiety at home time noted, not linked or explored"),
    ),
    dict(
        setting="police PPN relay", note_type="transition",
        text="""Police information relay, Hendon, Sunderland. Northumbria Police PPN 14/02. Offender: Darren Quinn (34).
Victim: Leah Scott (29). Darren attended Leah's address in breach of bail, forced entry through the back door and took
her phone and car keys. Police note this is the sixth reported incident since August; Darren has previously strangled
Leah (non-fatal strangulation charge pending) and has repeatedly turned up at her work. Officers describe a clear
pattern of stalking and controlling behaviour by Darren. Leah's children Frankie (7) and Ollie (4) were in the house;
Frankie told officers he "ran upstairs and hid Ollie in the wardrobe". CSC screening comment: Leah continues to have
contact with Darren and allowed him to stay on 10/02 according to a neighbour. Leah needs to demonstrate she can keep
the children safe. Refer to assessment team; consider whether the children should remain in Leah's care if contact
continues.""",
        scores=sc(3, 1, 1, 3),
        reasons=rs("police set out Darren's pattern, but the CSC comment drops him entirely",
                   "'allowed him to stay', 'needs to demonstrate', threat of removal; no strengths",
                   "no planning with Leah; removal considered",
                   "Frankie's hiding of Ollie recorded in his words; not assessed"),
    ),
    dict(
        setting="housing officer", note_type="transition",
        text="""Housing options interview, Castle Vale, Birmingham. Applicant: Ms Ioana Popescu with her daughter Sofia
(4). Ms Popescu is fleeing domestic abuse from her husband, who she says hit her and kept her documents. She is currently
sofa-surfing with a friend in Erdington. Ms Popescu explained that she needs to stay within reach of Sofia's nursery and
her job at the hospital, and that she does not want to go to a refuge out of area because her husband's family live in
Small Heath and she knows which areas to avoid. We looked at the map together and she marked the areas she considers
safe. She had kept copies of her documents at work, which helped her application. Temporary accommodation was offered in
Sutton Coldfield, which she accepted. We agreed she will not give the address to anyone except the nursery and that her
post will come to the housing office. Relationship breakdown recorded as the reason for homelessness on the system.""",
        scores=sc(2, 3, 4, 1),
        reasons=rs("husband's violence and document-keeping in her words; 'relationship breakdown' on the system",
                   "her foresight with documents noted; the system reason mutualises",
                   "accommodation and safety steps chosen using her own knowledge of risk areas",
                   "Sofia only as a reason for location"),
    ),
    dict(
        setting="duty / out-of-hours", note_type="messy",
        text="""Duty - call from M (Abbie Turner) 10:05 - Manor, Sheff. Says ex Reece Mellor has been outside her house 4x
this wk, sits in his car, followed her to Asda sat, msgs her from diff nos when she blocks him - "he knows my every
move". Reece has done this after every break up (3x) - last time ended w him strangling her Dec 24 (police record
confirms, NFA). Reece also msgs C1 (Kenzie 12) on snapchat asking where mum is + telling him mum is "mental". Kenzie
showed M the msgs + is refusing to go to school in case Reece turns up. M wants police to look at a stalking protection
order + school to know. M already reported to police, ref no given, + changed her route to work. Agreed SW will ring OIC
+ school today, M to send screenshots to me. C2 (Bonnie 7) not aware per M. Discuss w TM re S47 threshold given
strangulation hx.""",
        scores=sc(4, 4, 4, 3),
        reasons=rs("Reece's stalking, history across break-ups and use of Kenzie set out as his pattern",
                   "no blame; Abbie's reporting and route change recorded",
                   "actions follow what Abbie asked for",
                   "Kenzie's school refusal and the messages noted, not assessed"),
    ),
    dict(
        setting="school DSL log", note_type="messy",
        text="""CPOMS 3/3 Stonehouse, Plymouth. Dad (Gareth Moss) rang in - mum (Shelley Moss) "had a go at him" again
last nt + he has a scratch on his face, says she was drunk. Asked that Rhys (Y3) is not released to mum today. Checked -
no court order, both PR. Explained we cant refuse mum unless order / police advice. Dad v upset. Dad says this is "every
weekend". Rhys in school, fine today, nothing noted. Passed to DSL. Advised dad to call police / get advice re order.
Op E - none recd.""",
        scores=sc(2, 3, 2, 1),
        reasons=rs("mother's assault and frequency relayed by father; not taken further",
                   "roles reversed: no blame of Gareth, his protective request noted, no strengths drawn",
                   "school explains limits and gives advice; nothing worked out with him",
                   "Rhys 'fine', nothing noted"),
    ),
    dict(
        setting="Restart session", note_type="messy",
        text="""Restart s3 - Normanton, Wakefield 14/10. M (Tracey Booth) + C (Logan 8). Logan v quiet at start, warmed up
w/ sand tray - built a house w/ a fence "so the angry man cant get in". Asked who the angry man is, L said "Mark, mums
old boyfriend". Said Mark used to "shout in mums face + throw the remote". L said he feels safe now but "sometimes i
think hes outside". Tracey cried, said she didnt know L remembered. Talked about how L can tell mum when hes scared - L +
Tracey agreed a thumbs signal, Traceys idea to do it at bedtime. Tracey said shes proud hes talking. Homework: draw safe
places. Next s4 21/10.""",
        scores=sc(2, 3, 3, 4),
        reasons=rs("Mark's behaviour only through Logan's words",
                   "no blame; Tracey's support of Logan noted but few specific strengths",
                   "signal agreed with Tracey and Logan; no wider safety planning",
                   "Logan's fear and lingering hypervigilance about Mark explored directly"),
    ),
]
