"""Build the BLIND confidentiality evaluation set (tests/confidentiality/blind_set.jsonl).

This set was written without looking at the guard's implementation or at the other
evaluation sets.  Every post below is written as a member might write it, with inline
markers of the form ``[[kind:span text]]`` around each span a careful human moderator
would call identifying.  The script strips the markers and computes Python ``str``
offsets (end exclusive) for each finding, so offsets are never written by hand.

Annotation conventions (applied consistently throughout):

* ``person_name`` covers the name only: titles are left outside the span
  ("Mrs [[person_name:Okonkwo]]"), as is a possessive "'s" ("[[person_name:Kacper]]'s dad").
  A full name is one span ("[[person_name:Zofia Nowak]]").  Nicknames and lower-case
  names in casual posts are names.  Well-known public figures mentioned as such are
  not findings.
* ``date`` covers the calendar date only, not a leading weekday or "the"/"on"
  ("on Monday [[date:4th November]]", "the [[date:3rd of June]]").  Public event dates
  are still specific calendar dates and are marked as ``date``.
* ``date_of_birth`` is a specific date with a birth cue (born / DOB / birthday / turns 18
  on); only the date itself is the span.
* ``reference`` covers the reference itself, not the cue words ("case ref [[reference:2021/0453]]").
* ``address`` covers house number (and flat) plus street; a street named without a
  number ("lives on [[address:Elm Road]]") is still an address.  Town names alone,
  council names and regions are not findings.
* ``institution`` is a NAMED school / home / hospital / practice / nursery / PRU;
  generic places ("the school", "a children's home") are not.
* ``phone``: a personal or service-specific UK number.  Well-known national helplines
  (Childline 0800 1111, Samaritans 116 123, 999/111/101) are not identifying.
* 10-digit numbers that fail the NHS Modulus 11 check are not findings (asserted below).

Run:  python tests/confidentiality/build_blind_set.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

KINDS = {
    "person_name",
    "date_of_birth",
    "nhs_number",
    "ni_number",
    "postcode",
    "phone",
    "email",
    "address",
    "institution",
    "handle",
    "reference",
    "vehicle_reg",
    "date",
}

MARKER = re.compile(r"\[\[([a-z_]+):(.+?)\]\]", re.S)

OUT = Path(__file__).with_name("blind_set.jsonl")


def nhs_valid(digits: str) -> bool:
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def parse(marked: str) -> tuple[str, list[dict]]:
    out: list[str] = []
    findings: list[dict] = []
    pos = 0
    length = 0
    for m in MARKER.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        kind, span = m.group(1), m.group(2)
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r} in {marked[:60]!r}")
        if "[[" in span:
            raise ValueError(f"nested marker in {marked[:60]!r}")
        if kind == "nhs_number":
            digits = re.sub(r"\D", "", span)
            if not nhs_valid(digits):
                raise ValueError(f"NHS number {span!r} fails the checksum")
        findings.append({"kind": kind, "start": length, "end": length + len(span)})
        out.append(span)
        length += len(span)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError(f"stray marker in {marked[:60]!r}")
    for f in findings:
        seg = text[f["start"] : f["end"]]
        if seg != seg.strip():
            raise ValueError(f"span with surrounding whitespace: {seg!r}")
    # Any bare 10-digit run that is not inside a finding must fail the NHS checksum.
    for m in re.finditer(r"(?<!\d)\d{10}(?!\d)", text):
        inside = any(f["start"] <= m.start() and m.end() <= f["end"] for f in findings)
        if not inside and nhs_valid(m.group()):
            raise ValueError(f"unmarked checksum-valid 10-digit number {m.group()}")
    return text, findings


POSTS: list[str] = [
    # 001
    "Duty today and had a call from [[person_name:Kacper]]'s dad again, third time this week. "
    "He's adamant the school are lying about the bruise. Anyone had any luck getting a dad "
    "like this to engage with a s47 without it turning into a shouting match?",
    # 002
    "Quick one - does anyone know if the Leaving Care Team can backdate the setting up home "
    "allowance? Our YP moved in last March and was told the £2,000 had to be claimed within "
    "six months. Seems harsh when nobody told her.",
    # 003
    "anyone elses PA just ghost them?? mine is [[person_name:shannon]] and she hasnt replied "
    "since the [[date:3rd of june]] lol. i need my pathway plan signed before uni starts",
    # 004
    "We've had [[person_name:Amara]] (7) with us since the spring and she's just started at "
    "[[institution:St Bede's Catholic Primary School]]. Her IRO, Mrs [[person_name:Adeyemi]], "
    "wants a PEP meeting but school keep cancelling. How hard do I push before I go over "
    "their heads?",
    # 005
    "I will be honest, I nearly left in May. Caseload of 28, two ICPCs in one week and no "
    "supervision for six weeks. Things are better now we have a new team manager but I "
    "still think about it.",
    # 006
    "Night handover note that got pasted in the wrong place by a colleague, please remove "
    "mods: YP [[person_name:Tyler Brennan]] missing from 22:10, reported to police, log "
    "[[reference:WY-24-118392]]. Returned 03:40, RHI offered.",
    # 007
    "Child A, aged 14, disclosed to a teacher that mum's partner hits her. Strategy meeting "
    "held same day, section 47 agreed. Young person B (her brother, 11) was seen at school. "
    "Do you routinely do a joint visit with police in this situation or single agency first?",
    # 008
    "Can someone tell me if it's OK to put the NHS number on the CAMHS referral? The "
    "portal keeps rejecting [[nhs_number:186 091 3903]] even though it's what's on the "
    "GP letter.",
    # 009
    "Reflecting on the Munro Review ten-plus years on. Eileen Munro was clear that "
    "compliance culture was squeezing out direct work, and honestly I'm not sure much has "
    "changed. Has anyone read the MacAlister review and compared?",
    # 010
    "On placement at [[institution:Highfield Academy]] and the DSL asked me to sit in on a call "
    "about a Year 10 lad, [[person_name:Mohammed]]. I wasn't sure if I should be writing notes "
    "as a student or just observing. What did your practice educators expect?",
    # 011
    "Mark the form as 'not known' if the parent won't give consent, don't leave it blank - "
    "our audit team bounce anything with empty fields. Learnt that the hard way.",
    # 012
    "If anyone on the fostering panel still needs the revised Form F template, email me at "
    "[[email:tracy.holt78@outlook.com]] and I'll send it across.",
    # 013
    "Worried about one of our girls. Her insta is [[handle:@lilzee.x]] and she's posting "
    "pics from a flat we don't know, with older lads in the background. Police are aware. "
    "What else would you do tonight?",
    # 014
    "A rose by any other name... we've been renamed from 'Children in Care Team' to "
    "'Children We Care For Service'. New lanyards, same caseloads.",
    # 015
    "Helping a care leaver apply for UC and the DWP want his NI number. It's "
    "[[ni_number:JG 10 37 75 A]] but the online form says it's invalid. Is there a known "
    "problem with the journal?",
    # 016
    "Same silver Astra, [[vehicle_reg:YK19 HNB]], outside the home again picking up two of "
    "our girls. I've logged it with the CSE coordinator. Does anyone have a template for "
    "the information-sharing form the police want?",
    # 017
    "The grace period on the council tax exemption for care leavers is worth knowing about - "
    "ours runs to 25. Check your local offer, a lot of young people don't know.",
    # 018
    "if anyone from the group wants to chat just ring me on [[phone:07700 900418]] im usually "
    "up late. no judgement x",
    # 019
    "Referral came through the front door with the child's details in the subject line: "
    "[[person_name:Zofia Nowak]], DOB [[date_of_birth:04.02.10]]. Is it just us or does "
    "everyone get this from schools? We've asked them a hundred times to use the secure form.",
    # 020
    "Hope everyone had a good weekend. Reminder that the supervision policy consultation "
    "closes Friday. Frank comments welcome, it'll only get better if people say what "
    "actually happens.",
    # 021
    "Can anyone tell me what 'case ref [[reference:2021/0453]]' means on a court bundle? "
    "Is that the LA's number or the court's? First time doing a C110A.",
    # 022
    "Our S20 young people are now mostly 16 and 17 year olds. We've had Section 31 "
    "applications go up by about 20% since last year. Is that the same everywhere in the "
    "North West?",
    # 023
    "[[person_name:Niamh]] has been with us three weeks and she's finally eating at the "
    "table. Small wins. Her mam phoned last night and it set her back a bit but we got "
    "through it.",
    # 024
    "Medication question for residential colleagues: YP prescribed melatonin 2mg at 21:00 "
    "and sertraline 50mg in the morning. Night staff asking if they can give the melatonin "
    "at 22:30 if the YP is out. Who signs that off in your homes - the registered manager "
    "or the GP?",
    # 025
    "Bill for the contact centre was £340 for a six-week block. Is that normal? We're "
    "kinship carers and the local authority says we have to pay half.",
    # 026
    "Mr [[person_name:Okonkwo]] rang the duty line four times this morning about his son. "
    "I've put it on the system but I'm not sure it's meeting threshold. He says the "
    "mother's new partner is [[person_name:Delroy]] and he 'isn't safe'.",
    # 027
    "Does anyone know if the NSPCC still run the 'Speak out. Stay safe.' programme in "
    "primary schools? We want something for Year 5 and 6.",
    # 028
    "Sharing for anyone in Leeds: care leavers' drop-in with free food every Wednesday 4-6pm "
    "at the youth centre. Bring a mate. Ask the Leaving Care Team for the address.",
    # 029
    "[[person_name:Andrei]]'s mum only speaks Romanian and the interpreter didn't turn up "
    "for the core group. We rescheduled, but it's the second time. Mrs [[person_name:Popescu]] "
    "was really upset and I don't blame her.",
    # 030
    "Training: Life story work for foster carers, online, 10:00-12:30. Free for members. "
    "Book through the events tab. Places limited to 30.",
    # 031
    "Sunny day, the kids wanted the beach, we went to the park. Still counts as an outing "
    "for the Reg 44 report doesn't it? 😂",
    # 032
    "My manager wants me to write the chronology for a CP case going to conference next "
    "week. Any tips on keeping it to the significant events? Mine is currently 14 pages.",
    # 033
    "Placement breakdown on Friday. [[person_name:Kemar]] (15) is now at [[institution:Birchwood "
    "Children's Home]] which is 40 miles away from his school. Who pays for the taxi - "
    "education or us?",
    # 034
    "The CQC rating for the care home my nan is in has dropped to 'requires improvement' "
    "and I don't know who to talk to. Is the Care Act 2014 the right place to start or "
    "is that just councils?",
    # 035
    "Anyone else find the Mental Capacity Act 2005 training really abstract? I need case "
    "studies, not flowcharts.",
    # 036
    "Student here (second year, Step Up). On my statutory placement, my PE said I can't "
    "use first names in my reflective log even if I change them. Is that standard? We "
    "were told Child A / Child B at uni.",
    # 037
    "Request for advice: mother (M) has a learning disability, father (F) is in prison, "
    "paternal grandmother wants to be assessed for an SGO. Anyone done a viability "
    "assessment where the grandparent also has health issues?",
    # 038
    "YP moved to [[address:Flat 2, 9 Mill Lane]] yesterday, keys picked up at 14:30. Landlord "
    "says the boiler works but it doesn't. Who do I chase, housing or the PA budget?",
    # 039
    "my little brother [[person_name:ollie]] keeps going live on tiktok as "
    "[[handle:@olliee_x09]] and his foster carers dont know. should i tell them or his sw",
    # 040
    "Heads up - a parent has been posting about our team on Facebook with our names. The "
    "page is [[handle:@JusticeFor_Lacey2019]]. Legal are aware but if you work in our area "
    "please don't engage.",
    # 041
    "Can we talk about EHCPs? Three of my kids are waiting over 40 weeks. The statutory "
    "limit is 20. Nobody seems to care.",
    # 042
    "Supervision question: my supervisor [[person_name:Gethin]] keeps cancelling and then "
    "says I didn't ask for it. I've started emailing the dates. Is that passive aggressive "
    "or just sensible?",
    # 043
    "The pharmacy gave us 0.5ml instead of 5ml in the syringe. Caught it, no harm done, "
    "reported as a near miss. Double checking is worth it, people.",
    # 044
    "His birthday is [[date_of_birth:9 August 2007]] so he's 18 before the pathway review. "
    "We need the staying put agreement signed before then or the carers lose the allowance.",
    # 045
    "PSA from a care leaver: please stop calling us 'LAC' in front of us. We know what it "
    "stands for. 'Looked after' is fine, 'care experienced' is better.",
    # 046
    "Our Reg 44 visitor wrote that the home was 'clean and homely' and then recommended we "
    "take down the kids' drawings because of infection control. Make it make sense.",
    # 047
    "Dad [[person_name:Ciarán Doyle]] turned up at contact drunk again. Supervisor ended it "
    "after 10 minutes. The children were at the window. I've written it up but I'm "
    "struggling to keep it factual.",
    # 048
    "Anyone know if the Home Office still take 8 months+ to decide UASC asylum claims? I "
    "have a 16-year-old who's been waiting since 2022 and his age assessment is being "
    "challenged.",
    # 049
    "Would anyone recommend Coram's adoption support training? Or Barnardo's? My team "
    "has budget left this year and I'd like to spend it on something good.",
    # 050
    "Struggling with my caseload this week. 24 kids, 3 in proceedings, 1 in a secure "
    "placement out of area. I love the job but I'm tired.",
    # 051
    "Poor [[person_name:Hodan]]. She got to the end of the ICPC and then the mum's solicitor "
    "asked for an adjournment. [[person_name:Abdirahman]] (the eldest) was waiting outside "
    "for two hours.",
    # 052
    "Her GP is at [[institution:Parkside Surgery]] and they keep refusing to see her without "
    "her mum present even though she's 16. Gillick? Fraser? What's the right line to quote "
    "to them?",
    # 053
    "We did a 'what makes a good social worker' session with our Children in Care Council. "
    "Top answers: turns up when they say, remembers my birthday, doesn't read off a laptop, "
    "actually laughs.",
    # 054
    "Sharing our event: Care Leavers' Week celebration on [[date:28 October]], 5pm onwards, "
    "at the civic centre. Food, music, a few speeches (short ones, promise).",
    # 055
    "my old foster carer [[person_name:jackie]] still texts me every christmas. 10 years "
    "later. people like her are the reason i'm doing my degree now",
    # 056
    "Just a reminder that Childline is 0800 1111 and Samaritans is 116 123 - worth having "
    "in every young person's phone. If anyone's in immediate danger it's 999.",
    # 057
    "Assessment came back from the hospital. Baby [[person_name:Chidi]] was born on "
    "[[date_of_birth:14 March]] at [[institution:St Anne's Hospital]], and the pre-birth plan "
    "wasn't shared with the ward. How do we make sure this doesn't happen again?",
    # 058
    "Is the Children Act 1989 s.17 the right route for funding a laptop for a child in "
    "need? Finance say it has to be s.20 or nothing.",
    # 059
    "[[person_name:Ionuț]]'s age assessment was dated [[date:2023-05-14]] but the social "
    "worker who signed it had left by then. Is it still valid?",
    # 060
    "Family court case number [[reference:LS23C00117]] was put on a letter that got sent to "
    "the wrong address. Who reports to the ICO, us or the court?",
    # 061
    "Kinship carers: Family Rights Group have a really good advice line and guides on SGO "
    "support. Worth a look before you sign anything.",
    # 062
    "Lovely visit today. [[person_name:Callum]] showed me his football medals and his wee "
    "sister [[person_name:Eilidh]] made me a cup of tea (mostly milk). Gran is doing an "
    "amazing job.",
    # 063
    "Question about recording: do you write 'the mum', 'mother' or the person's name in "
    "case notes? Our practice standards say name, but on here obviously not.",
    # 064
    "Our children's home has been told by Ofsted we need to show 'impact' not just "
    "'activity'. Any examples of good evidence of impact from your last inspection?",
    # 065
    "The YP I work with wants a tattoo at 17 and mum has agreed. We're under a care order. "
    "Who has PR for this? I said it's shared but my manager disagrees.",
    # 066
    "Hello all! New PA in the Leaving Care Team, previously 8 years in residential. If "
    "anyone has tips on pathway plans that young people actually read, I'm all ears.",
    # 067
    "I work nights in a home for 4 young people. On Saturday we had [[person_name:Big Mo]] "
    "and [[person_name:Kez]] kicking off from 2am until 5am. Police called twice. I'm "
    "shattered and I'm on again tonight.",
    # 068
    "Section 47 threshold debate in our team: is one unexplained bruise on a non-mobile "
    "baby automatically s47? Our policy says yes, a senior says 'use judgement'.",
    # 069
    "Could a moderator please remove my earlier post? I put the postcode [[postcode:LS6 2QT]] "
    "by mistake when asking about the housing offer.",
    # 070
    "Can someone from our authority check Mosaic ID [[reference:774512]]? The child's record "
    "has been merged with her cousin's and the wrong plan is showing.",
    # 071
    "Looking for advice: [[person_name:Ayesha Iqbal]]'s school ([[institution:Oakfield Primary "
    "School]]) has excluded her for 5 days. She's on a CP plan. They didn't tell us until "
    "the day after. Surely that breaches the protocol?",
    # 072
    "How do you all manage duty when half the team is on annual leave in August? We end "
    "up with 2 people covering 40 contacts a day.",
    # 073
    "The Will and Grace thing in the staff room quiz had me in stitches. Also I won the "
    "raffle (a tin of biscuits). Best Friday in months.",
    # 074
    "[[person_name:Siobhan]] from the fostering team told us we'd get the respite weekend "
    "and now it's been cancelled. Anyone else find respite impossible to get?",
    # 075
    "Interesting webinar from Research in Practice about relational practice. Slides are "
    "on their site. Well worth an hour.",
    # 076
    "We've got a YP whose number is [[phone:0113 496 0427]] on the school system, which is "
    "actually his dad's number - and dad isn't allowed contact. How do we get schools to "
    "update records fast?",
    # 077
    "CSE concern: [[person_name:Ayaan Warsame]] (16) seen getting into a black Golf, reg "
    "[[vehicle_reg:LB21 ZRT]], outside the chippy. Shared with police. What's the threshold "
    "for a disruption notice?",
    # 078
    "Any advice? Mrs [[person_name:McAllister]] (foster carer) has been accused by a child of "
    "pushing him. LADO referral made. She's devastated. What support did you get as a "
    "carer in that situation?",
    # 079
    "[[person_name:Marcia]] from the kinship support group asked me to share: new carers' "
    "coffee morning, ring her on [[phone:0113 496 0881]] to book. It's lovely, honestly.",
    # 080
    "YP is asking for a copy of her file. Subject access request - how long do we have? "
    "One month under the Data Protection Act 2018? And can we redact the other siblings?",
    # 081
    "[[person_name:Rhys]] turned 16 and wants to move in with his girlfriend's family in "
    "[[address:Heol y Coed]]. Do we need a private fostering assessment or is it a "
    "connected persons thing?",
    # 082
    "Sorry for the rant but: the 'Level 3' residential qualification is not a magic shield. "
    "I've worked with people with Level 5 who couldn't de-escalate a toddler.",
    # 083
    "Legal planning meeting minutes went out with the child's reference in them - "
    "[[reference:LAC-4471]]. Is that a breach? It's internal but it went to the "
    "school too.",
    # 084
    "After 12 years in child protection, I'm moving to adults. Any tips for getting my "
    "head around DoLS, LPS and the Care Act 2014 quickly?",
    # 085
    "In 2019 I was the kid in care posting here asking how to get a bank account. Now I'm "
    "a PA. Whoever told me about the Junior ISA - thank you. And Marcus Rashford, if you "
    "ever read this, the free school meals campaign kept my sister fed.",
    # 086
    "Mum (Ms [[person_name:Kowalczyk]]) keeps asking for the assessment in Polish. Is it "
    "reasonable to ask the LA to translate the whole document, not just the summary?",
    # 087
    "Reg 45 review due and I need to evidence the kids' voice. [[person_name:Hamza]] said the "
    "best bit of the month was the climbing wall, [[person_name:Lils]] said 'nothing'. Honest "
    "at least.",
    # 088
    "Our home has a child arriving tonight, 14, from out of area, no information except "
    "'history of absconding'. What do you ask the placing authority for at 5pm?",
    # 089
    "For anyone who's been asked for a reference by a former care leaver: I wrote one for "
    "[[person_name:Shanice Campbell]] last month and she got the job! Proud isn't the word.",
    # 090
    "the 'local offer' in my area is a joke. £57.90 a week and they want receipts for "
    "everything. who else is dealing with this",
    # 091
    "Sharing a post from a carer's group: 'Looking for [[person_name:Wiktoria]], aged 13, last "
    "seen near [[address:42 Cranbrook Avenue]], wearing a grey hoodie'. Please don't "
    "share these on public groups, it puts kids at risk.",
    # 092
    "Is it normal for the IRO to want a LAC review on Tuesday at 14:30 when the care plan "
    "was only changed on Friday? Feels rushed.",
    # 093
    "Drove to a home visit and the family's car is [[vehicle_reg:MA68 TXP]] - it's the same "
    "one flagged in the MARAC notes for the perpetrator. I didn't go in. Did I do the right "
    "thing?",
    # 094
    "Quick poll: how many of you got a pay rise this year? Ours was 3.5% which after "
    "inflation is basically a cut.",
    # 095
    "Our new starter asked what 'PLO' means and I realised I've never explained it properly. "
    "Public Law Outline: a pre-proceedings process with a letter before proceedings. Please "
    "correct me if I'm wrong!",
    # 096
    "[[person_name:Fraser]] is doing well at college, got a merit in his first assignment. "
    "He wants his dad to know but dad's in HMP. Can we pass a letter through probation?",
    # 097
    "Email from a YP's school: 'please call Mrs [[person_name:Thompson]] on [[phone:020 7946 "
    "0319]] regarding [[person_name:Jayden]]'. She's the head of year. Phoned and it's sorted, "
    "just sharing because the email went to our whole team inbox.",
    # 098
    "Sometimes I think the hardest part of this job isn't the families, it's the IT. Mosaic "
    "froze 4 times today and I lost an assessment.",
    # 099
    "Care leaver lounge, be nice please: does anyone know a good budgeting app? I get paid "
    "monthly and by week 3 I'm skint.",
    # 100
    "Parent's solicitor emailed from [[email:k.ogunleye@ogunleye-law.co.uk]] asking for the "
    "full file. Is it me or should that go through legal first?",
    # 101
    "[[person_name:Hope]]'s mum has agreed to a family group conference. Finally. Six months "
    "of trying.",
    # 102
    "There's always hope. Seven years ago I was sofa surfing. Last month I got the keys to "
    "my own flat. Keep going.",
    # 103
    "Kinship assessment for the gran in Glasgow - she lives at [[address:58 Hyndland Road]], "
    "[[postcode:G12 9UX]]. Do we need the Scottish LA to do the assessment or can we travel?",
    # 104
    "NI numbers: is it true care leavers get theirs automatically at 16? One of mine never "
    "received his. The letter went to the children's home he left in 2021.",
    # 105
    "Event: Practice Educator forum, online, 13:00-15:00 on [[date:12/09/2024]]. Topic: "
    "assessing students who are struggling. All welcome.",
    # 106
    "Duty log for today (anonymised properly this time!): 3 contacts re DV, 2 re neglect, "
    "1 re a 15-year-old missing overnight. All NFA or passed to Early Help except one.",
    # 107
    "Placement request: sibling group of three, aged 4, 6 and 9, needs to stay together. "
    "Any IFAs with capacity in the Midlands? We've tried everything in-house.",
    # 108
    "I met [[person_name:Tunde]] at the care leavers' conference and he told me about his "
    "apprenticeship. If you're reading this - well done mate!",
    # 109
    "The number on the leaflet we were given was 9935181904 and it doesn't seem to be a "
    "valid anything. Is it the council's ticket number?",
    # 110
    "Can a care leaver sue the local authority over a pathway plan that was never done? "
    "Asking for a friend (me).",
    # 111
    "What are people's views on the grace-and-favour arrangements some carers have with "
    "ex-foster children (staying over at Christmas etc.)? Our service says it's a "
    "safeguarding risk.",
    # 112
    "I'm the registered manager at [[institution:Meadowbank Care Home]] and we've had three "
    "DoLS authorisations expire with no reassessment. The supervisory body isn't answering. "
    "What's the escalation route?",
    # 113
    "Kids in care and phones: do you allow phones in bedrooms overnight? Our policy says "
    "handed in at 22:00 for under-16s, and Year 9 upwards can keep them until 22:30 at "
    "weekends.",
    # 114
    "The court ordered contact three times a week. The children's guardian from CAFCASS "
    "thinks it's too much and I agree. How do we go back to court?",
    # 115
    "She lives on [[address:Elm Road]] near the big Tesco - I saw her walking home and she "
    "looked really thin. I'm her old foster carer. Who do I tell?",
    # 116
    "Advice please, I'm a care leaver at uni and student finance keep saying I'm not "
    "'estranged' enough. Does Become help with this? Or the Who Cares? Trust?",
    # 117
    "We've had a complaint from a parent that we used her son's name in the school's "
    "safeguarding newsletter. We didn't, the school did. How do I word the response?",
    # 118
    "Update on [[person_name:Wiktoria]]: she's home safe. Thanks to everyone who messaged "
    "privately.",
    # 119
    "Child protection conference on [[date:3/5/2022]] was the first time the family had "
    "seen the report. That's the thing I'd change if I could change one thing.",
    # 120
    "Mr [[person_name:Rashid]] has asked for the assessment to be postponed until after "
    "[[date:12th Jan]] because of his surgery. Is that reasonable given the timescales?",
    # 121
    "the staff at the home were class tbh. [[person_name:dee]] used to do my hair before "
    "school every day. i think about that a lot",
    # 122
    "Does anyone know what 'Form CP1' is? The court has asked for it with the application "
    "and our legal team are all off.",
    # 123
    "Our supervisor told us to record 'YP' not names in group chats. Sensible. But the "
    "shift handover app still shows full names to agency staff. Data protection nightmare.",
    # 124
    "Reminder: Social Work England CPD recording deadline is coming up. You need at least "
    "2 pieces, 1 reflected on with a peer.",
    # 125
    "Mrs [[person_name:Farah]] is the interpreter the family asked for, but she's also "
    "their neighbour. Conflict of interest? I think so.",
    # 126
    "The GP surgery refused to register a YP because she had no proof of address. Is that "
    "even allowed? I thought anyone could register.",
    # 127
    "Vitamin B12 injections every 12 weeks for one of our YP and the practice nurse keeps "
    "missing them. Any tips for keeping on top of health appointments in a busy home?",
    # 128
    "He was born [[date_of_birth:12/11/2007]] and the Home Office age assessment says he's "
    "19. The Merton-compliant assessment is being challenged. Any recommended solicitors?",
    # 129
    "Big thanks to the bloke on the M62 who helped me change a tyre on the way to a home "
    "visit. Restored faith in humanity.",
    # 130
    "A carer told me [[person_name:Zainab]] has been going to [[institution:Little Acorns "
    "Nursery]] on the days she's supposed to be at home with her dad. Nursery didn't "
    "flag it.",
    # 131
    "What do people think of the Independent Review of Children's Social Care "
    "recommendations two years on? I don't see much change on the ground.",
    # 132
    "The YP's old key worker [[person_name:Dafydd Evans]] still sends a card every "
    "birthday. He left the home years ago. Should we be passing those on?",
    # 133
    "Can anyone explain 3/4 of our caseload being CIN? Is that normal? Our neighbouring "
    "authority is about 50/50.",
    # 134
    "Does anyone else feel weird about carers posting foster kids' pictures on Facebook "
    "with the face covered by an emoji? The uniform's still visible.",
    # 135
    "Found this on a public Facebook group - someone shared a 'missing' poster with the "
    "child's school [[institution:St Joseph's RC High School]] and her full name [[person_name:"
    "Eilidh McGregor]]. Reported it. Please be careful out there.",
    # 136
    "Conference minutes for [[reference:CP-20931]] list Mrs [[person_name:O'Sullivan]] as "
    "attending when she wasn't even invited. How do I get the minutes corrected?",
    # 137
    "Contact arrangements after an SGO - is it usual to put it in the support plan or in "
    "the order? Our legal team says the order but the grandparents want it flexible.",
    # 138
    "dob [[date_of_birth:30/06/2008]], postcode [[postcode:B15 2TT]] - that's what the "
    "portal auto-filled in the public search box. Please, IT, fix this.",
    # 139
    "Question about the Staying Put allowance - is it taxed? One of our carers got a "
    "letter from HMRC.",
    # 140
    "Sad day. [[person_name:Kayleigh]] has asked to end her placement with us. She's 17 and "
    "wants to try supported lodgings. We'll miss her so much.",
    # 141
    "Anyone know if there's a bank holiday rule for statutory visits? Our 6-weekly visit "
    "falls on Easter Monday.",
    # 142
    "Just been told that my PA's replacement will be [[person_name:Ionela]] from the "
    "[[address:Clarendon Road]] office. Anyone know if she's any good? lol",
    # 143
    "Our Children in Care Council are presenting to the corporate parenting board next "
    "month. They want to talk about phones, pocket money and being moved without notice.",
    # 144
    "Jack of all trades, master of none - that's how I feel as a social worker in a "
    "generic team. Anyone else?",
    # 145
    "Follow-up from the strategy meeting: father's address is [[address:17 Bridge Street]], "
    "[[postcode:CF10 3AT]], and he's been seen there with the children despite the "
    "agreement. Is a written agreement enforceable at all?",
    # 146
    "The 28-day visit for a new placement - does it count from the day of the move or the "
    "next day? Our IRO and team manager disagree.",
    # 147
    "Care leaver here, 23. I still have a PA until 25 under the Children and Social Work "
    "Act 2017. Most people my age have no idea that's a thing.",
    # 148
    "Lads in our home have been adding each other on snap. One of them, [[handle:tee_mula07]], "
    "is being added by adults we don't know. What's the best way to report it?",
    # 149
    "PA question: benefits office say his national insurance number [[ni_number:PN482219B]] "
    "belongs to someone else. Has anyone had a mix-up like this for a UASC young person?",
    # 150
    "Tried ringing [[institution:Pinderfields]] for the discharge plan and got passed around "
    "5 departments. Eventually spoke to the ward sister. The YP is [[person_name:Jojo]], 15, "
    "admitted after an overdose.",
    # 151
    "Health assessment form came back with a query. NHS no. [[nhs_number:9960308243]], DOB "
    "[[date_of_birth:17/01/2012]] - the paediatrician says these don't match their records. "
    "Who fixes it, us or the health team?",
    # 152
    "Has anyone had a positive experience with an advocate from NYAS? The YP I work with "
    "wants one for her review.",
    # 153
    "Can I just say the Fostering Network helpline is brilliant. Talked me through an "
    "allegation at 9pm. Thank you.",
    # 154
    "Agency worker here, 6 months in. The case notes say 'Mr X' and 'Ms Y' for the parents "
    "but the chronology uses names. Which is our standard?",
    # 155
    "[[person_name:Chelsea]] rang at 2am asking for her social worker. EDT said they can't "
    "do anything until morning. She's 16 and in a B&B. Is that even legal now?",
    # 156
    "Bereavement support for staff: one of our young people died last month. How do homes "
    "support staff after a death? We had one debrief and that was it.",
    # 157
    "Does the IRO have to be told about a change of school? We moved a child mid-term and "
    "the IRO found out at the review. The PEP hadn't even been updated.",
    # 158
    "The LAC nurse is [[person_name:Grace Mensah]] ([[email:grace.mensah@nhs.net]]) if anyone "
    "in the team needs her for initial health assessments. She's ace.",
    # 159
    "Fostering panel on [[date:14 March]] approved us for two children aged 0-8. Seven months "
    "from the first phone call. Worth every minute.",
    # 160
    "Dad's partner (who isn't supposed to be there) answered the door at the visit on "
    "Thursday. I said nothing and recorded it. Manager said I should have challenged. What "
    "would you have done?",
    # 161
    "[[person_name:Cerys]] has settled into [[institution:Ysgol Gymraeg Bro Taf]] really well - "
    "her Welsh is better than mine already. Thanks to everyone who suggested a Welsh-medium "
    "school.",
    # 162
    "Quick update for the night team - [[person_name:Brennan]] is back from [[institution:Leeds "
    "General Infirmary]], stitches in his hand, no other injuries. Paperwork's on the shared "
    "drive.",
]


# Longer posts, blind-163 to blind-168 (several paragraphs, roughly 1,000-1,600 characters).
LONG_POSTS: list[str] = [
    # 163 - duty worker case consultation with several identifiers
    """Long post, sorry. I'm on duty this week and I'd really value a sense check before I take this to my manager in the morning.

Referral came in from the school nurse about [[person_name:Oluwaseun]] (Year 8) and his younger sister. The school nurse says the house at [[address:23 Victoria Terrace]] has no gas, the kids are coming in hungry most mornings, and mum's phone ([[phone:07700 900527]]) goes straight to voicemail. There was a previous CIN plan that closed last summer. The attendance officer at [[institution:Hollins Park Academy]] has been doing home visits and says she's seen a man there who isn't on our system.

What I've done so far: checked our records, spoken to the GP (who had nothing recent), rung the health visitor for the younger one, and done a police check which came back with a historic DV incident from 2019 involving mum and a previous partner. I haven't been able to reach mum or dad.

My gut is this is a strategy discussion rather than another CIN assessment. My worry is that we've closed this family twice and each time things slide back within six months. My manager is very keen on 'proportionate' responses and I'm worried I'm being dramatic.

Has anyone been in a similar position where you felt the chronology told you more than any single referral? How did you make the argument? And does anyone have a good way of presenting cumulative neglect so it doesn't look like I'm just listing small things? Thanks in advance, this forum keeps me sane.""",
    # 164 - care leaver story, clean
    """I've been lurking in the lounge for a while and thought I'd share something because I know a lot of you are where I was a few years ago.

I left care at 18 with a bin bag and a pathway plan that nobody had read, including me. The first year was rough. I moved four times, I had my electric cut off twice, and I honestly thought about giving up on college. What turned it around wasn't one big thing. It was my PA turning up when she said she would. It was someone from the Leaving Care Team showing me how to read a tenancy agreement. It was a tutor who let me hand in an assignment late without making me explain everything.

Some things I wish I'd known: you're entitled to a PA until 25 if you want one. You can ask for your file, and they have to give it to you (with some bits blacked out). Council tax exemptions exist in loads of areas. The bursary for care leavers at college and uni is real and you should ask about it on day one. And it's okay to not want to talk about your childhood with every new professional who asks.

I'm 24 now. I work in a call centre, I'm doing an Open University course in the evenings, and I've got a cat called Biscuit who hates everyone except me. It's not a fairytale, but it's mine.

If you're struggling, reach out. Samaritans is 116 123 any time, or message someone here. We get it. x""",
    # 165 - residential reflection, clean
    """Some reflections after my first year as a senior residential worker, for anyone thinking about stepping up.

The biggest change is that you stop being the person the young people go to first and start being the person the staff go to first. That was a shock. I went from doing bedtime routines and playing pool to writing rotas, chasing Reg 45 evidence and sitting in strategy meetings until 7pm. I miss the direct work. I try to do at least one evening a week on the floor.

Things that helped: a manager who actually does supervision every four weeks; a clear handover template (what happened, what's the risk, what's the plan, who needs to know); and a rule that nobody writes a physical intervention report alone after a hard shift. We do it in pairs, with a brew, after a break.

Things that didn't help: the endless agency staff changes in the spring, the fact that our local authority placed three children with very different needs within a fortnight, and an inspection that focused far more on paperwork than on whether the kids felt safe.

If I had one piece of advice: learn the Children's Homes Regulations 2015 and the Quality Standards properly. Not to quote them at people, but so you can say 'no' to things with confidence. Oh, and buy good shoes. Twelve-hour shifts on a hard floor are no joke.

Happy to answer questions if anyone's thinking about applying for a senior post.""",
    # 166 - foster carer long with identifiers
    """Bit of a vent and a question. We've been fostering for six years and this is the first time I've felt genuinely let down by the system.

Our foster son [[person_name:Delroy]] is 13. He was placed with us on [[date:2 February]] as an emergency and was meant to be with us for a weekend. He's still here, which we're happy about, but we still don't have a care plan, his PEP hasn't happened, and he's been out of school since half term because [[institution:Greenbank Pupil Referral Unit]] say they haven't had the paperwork from the local authority.

His social worker has changed three times. The latest one, Ms [[person_name:Achterberg]], seems lovely but she's agency and told us she's only on a twelve-week contract. Every time a new worker comes we have to tell his story again, in front of him, and I can see it wearing him down.

Our supervising social worker has been brilliant and has escalated it to the IRO. But the IRO is off sick. So now nobody seems to be in charge. [[person_name:Delroy]] asked me last night whether he'd 'still be here at Christmas' and I didn't know what to say.

My questions: who actually has the power to force a PEP to happen? Is it the virtual school head? And is there an advocacy service we can point him to directly, or does that have to come through the social worker? I'm happy to make a fuss, I just want to make it in the right direction.

Thanks for reading this far. It helps to write it down.""",
    # 167 - manager / policy, clean
    """I manage a front door team in a large metropolitan authority and I've been asked to write our guidance on what staff can and can't share on professional forums like this one. I thought I'd share the draft principles and ask for views.

1. Never share names, nicknames, initials combined with ages, dates of birth, addresses, schools, case numbers or anything that would let someone who knows the family recognise them.
2. Change or remove details that aren't essential to your question: age bands rather than exact ages, 'a primary school' rather than its name, 'the local hospital' rather than its name.
3. Be careful with combinations. 'A 14-year-old in a small town who was in the news last week' can identify a child as surely as a name.
4. Don't post in the heat of the moment. Write it, leave it, reread it.
5. If in doubt, ask your supervisor or use the anonymous option on the forum.

We'd also remind staff that the Data Protection Act 2018 and UK GDPR apply to what they post, that Social Work England's professional standards cover conduct online, and that our own social media policy applies even in a 'closed' group.

Does anyone have anything to add? In particular I'm interested in guidance for residential staff and personal advisers, who tend to be working with older young people who are often on social media themselves. And has anyone's organisation handled a breach well, in a way that was supportive rather than punitive?""",
    # 168 - student long with identifiers
    """Reflective piece from my final placement (shared with my PE's permission, details changed... mostly. Mods, please check before it goes live).

My placement was with an adult social care team and my first allocated case was an older man, Mr [[person_name:Gallagher]], who lives alone at [[address:Flat 7, Sycamore Court]] and was referred after a fall. His daughter rang the duty line worried he wasn't coping. When I first visited, he told me in no uncertain terms that he didn't want 'the social' in his house.

I spent the first two visits just listening. He was a welder for forty years, he's proud, and he sees accepting help as a kind of defeat. By the third visit we'd agreed on a key safe and a pendant alarm, and by the fifth a short package of care in the mornings.

The learning for me was about the Care Act 2014 wellbeing principle in practice. It's easy to write 'person-centred' in an assessment. It's harder to sit with someone's refusal and respect it while still being honest about risk. My practice educator challenged me on whether I'd actually assessed capacity or just assumed it, which was fair. I went back and did it properly under the Mental Capacity Act 2005.

I also learned that the GP practice (the [[institution:Willows Medical Centre]]) had information about his medication that nobody had shared with us. Joint working isn't automatic; you have to make it happen.

Any feedback on how I could write this up for my portfolio would be welcome.""",
]


def main() -> None:
    posts = POSTS + LONG_POSTS
    records = []
    seen = set()
    for i, marked in enumerate(posts, start=1):
        text, findings = parse(marked)
        if text in seen:
            raise ValueError(f"duplicate post {i}")
        seen.add(text)
        records.append({"id": f"blind-{i:03d}", "text": text, "findings": findings})
    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with_ids = sum(1 for r in records if r["findings"])
    kinds: dict[str, int] = {}
    for r in records:
        for f in r["findings"]:
            kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    print(
        f"wrote {len(records)} posts to {OUT} "
        f"({with_ids} with identifiers, {len(records) - with_ids} clean)"
    )
    for k in sorted(kinds):
        print(f"  {k}: {kinds[k]}")


if __name__ == "__main__":
    main()
