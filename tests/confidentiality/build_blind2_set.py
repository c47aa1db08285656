#!/usr/bin/env python3
"""Build the blind2 evaluation set for the confidentiality guard.

Standalone: no imports from the project.  Posts are written below with inline
markers ``[[kind:span text]]`` around every identifying span.  Running this
script strips the markers, computes Python str offsets (end exclusive) and
writes ``blind2_set.jsonl`` next to this file, one line per post:

    {"id": "blind2-001", "text": "...", "findings": [{"kind": ..., "start": ..., "end": ...}]}

The script fails loudly (non-zero exit) on: unknown kinds, stray or nested
brackets, empty spans or spans with leading/trailing whitespace, a marked NHS
number that is not 10 digits with a valid Modulus 11 checksum, an unmarked
10-digit number that passes the checksum, and a few malformed formats.
"""

import json
import os
import re
import sys

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

MARKER = re.compile(r"\[\[([A-Za-z_]*):(.*?)\]\]", re.S)
TEN_DIGITS = re.compile(r"(?<![\d])\d(?:[ -]?\d){9}(?![\d])")
POSTCODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$", re.I)
NI = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$", re.I)
NI_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
VRM = re.compile(r"^[A-Z]{2}\d{2} ?[A-Z]{3}$", re.I)


def nhs_valid(digits):
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


class SetError(Exception):
    pass


def parse(post_id, raw):
    out = []
    findings = []
    pos = 0
    for m in MARKER.finditer(raw):
        before = raw[pos : m.start()]
        if "[" in before or "]" in before:
            raise SetError(f"{post_id}: stray bracket before {m.group(0)!r}")
        out.append(before)
        kind, span = m.group(1), m.group(2)
        if kind not in KINDS:
            raise SetError(f"{post_id}: unknown kind {kind!r}")
        if not span or span != span.strip():
            raise SetError(f"{post_id}: empty span or leading/trailing space in {span!r}")
        if "[" in span or "]" in span:
            raise SetError(f"{post_id}: bracket inside span {span!r}")
        start = sum(len(s) for s in out)
        out.append(span)
        findings.append({"kind": kind, "start": start, "end": start + len(span)})
        check_format(post_id, kind, span)
        pos = m.end()
    tail = raw[pos:]
    if "[" in tail or "]" in tail:
        raise SetError(f"{post_id}: stray bracket near {tail[:40]!r}")
    out.append(tail)
    text = "".join(out)
    for f in findings:
        seg = text[f["start"] : f["end"]]
        if seg != seg.strip() or not seg:
            raise SetError(f"{post_id}: bad span {seg!r}")
    check_unmarked_repeats(post_id, text, findings)
    nhs_spans = [(f["start"], f["end"]) for f in findings if f["kind"] == "nhs_number"]
    for m in TEN_DIGITS.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        inside = any(s <= m.start() and m.end() <= e for s, e in nhs_spans)
        if nhs_valid(digits) and not inside:
            raise SetError(f"{post_id}: unmarked 10-digit number passing checksum: {m.group(0)!r}")
    return text, findings


TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Auntie", "Aunty", "Uncle", "Nan", "big"}


def check_unmarked_repeats(post_id, text, findings):
    """A name or institution marked once must be marked every time it recurs."""
    covered = [(f["start"], f["end"]) for f in findings]
    needles = set()
    for f in findings:
        span = text[f["start"] : f["end"]]
        if f["kind"] == "person_name":
            needles.add(span)
            for tok in span.split():
                if len(tok) >= 3 and tok[0].isupper() and tok not in TITLES:
                    needles.add(tok)
        elif f["kind"] == "institution":
            needles.add(span)
    for needle in needles:
        for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text):
            if not any(s <= m.start() and m.end() <= e for s, e in covered):
                raise SetError(f"{post_id}: {needle!r} marked once but unmarked at {m.start()}")


def check_format(post_id, kind, span):
    if kind == "nhs_number":
        digits = re.sub(r"[ -]", "", span)
        if not nhs_valid(digits):
            raise SetError(f"{post_id}: invalid NHS number marked: {span!r}")
    elif kind == "postcode":
        if not POSTCODE.match(span):
            raise SetError(f"{post_id}: malformed postcode {span!r}")
    elif kind == "ni_number":
        if not NI.match(span) or span[:2].upper() in NI_BAD_PREFIX:
            raise SetError(f"{post_id}: malformed NI number {span!r}")
    elif kind == "vehicle_reg":
        if not VRM.match(span):
            raise SetError(f"{post_id}: malformed registration {span!r}")
    elif kind == "email":
        if not re.match(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$", span):
            raise SetError(f"{post_id}: malformed email {span!r}")
    elif kind == "phone":
        digits = re.sub(r"\D", "", span)
        if digits.startswith("44"):
            digits = "0" + digits[2:]
        if not (digits.startswith("0") and len(digits) in (10, 11)):
            raise SetError(f"{post_id}: malformed phone {span!r}")


# ---------------------------------------------------------------------------
# Posts.  Separated by a line containing only "~~~".
# ---------------------------------------------------------------------------

POSTS = r"""
Anyone else had a nightmare getting through to EDT last night? Had a 15 year old, [[person_name:Kacper]], brought into custody at 2am and the line rang out for forty minutes. Raised it with my manager this morning but honestly it's not the first time.
~~~
Does anyone know if [[institution:Oakfield Lodge]] children's home is still taking emergency placements? The manager there used to be [[person_name:Siobhan Gallagher]] and she was brilliant with our lot.
~~~
omg just bumped into [[person_name:shanice]] in asda after like 6 yrs 😭😭 we were in the same foster placement back in the day, she's got a little boy now and everything
~~~
Looking for my old PA from 2015 – she was called [[person_name:Lorraine]], worked out of the leaving care office in Hulme, had curly red hair and always brought Jaffa Cakes to my pathway plan reviews. She basically got me through college. If anyone knows her, please tell her [[person_name:Danny]] says thank you, I qualified as a mental health nurse last month.
~~~
Mrs [[person_name:Okonkwo]]'s son has been asking for his family time to move to Saturdays because of football. Is that something I raise with the IRO or can I just agree it with the carers?
~~~
Referral came through with two different DOBs – the police form says [[date_of_birth:04/02/2010]] and the school says [[date_of_birth:02/04/2010]]. Classic day/month swap. Which one do I put on the system until we've seen a birth certificate?
~~~
Can someone on the health side check NHS no. [[nhs_number:204 838 6555]] for me? The GP reckons the record got merged with her brother's when they moved practice.
~~~
Helping a care leaver with a job application and HMRC have sent her a letter with [[ni_number:JK 45 67 89 A]] on it, but her payslips show something different. Who do we even ring about that?
~~~
New placement address is [[address:Flat 3, 27 Brookside Avenue]], [[postcode:M14 5RB]]. Can whoever is on duty Thursday pick up the statutory visit? I'm on leave from tomorrow.
~~~
if anyone wants adding to the care leavers group chat just text me on [[phone:07700 900417]] x no judgement we just chat rubbish and share food bank info lol
~~~
Please send the signed delegated authority forms straight to me at [[email:t.adeyemi@example.gov.uk]] rather than the generic inbox, it's a black hole.
~~~
Young person has been messaging an adult male on Instagram, the account is [[handle:@jaydz_07x]]. Police are aware. Do we still need a strategy discussion if it's already being investigated?
~~~
Case ref [[reference:2021/0453]] was closed on the system by mistake — does anyone know how to reopen a closed episode on Liquidlogic without starting a brand new referral?
~~~
Silver Astra seen parked outside the home three nights running, reg [[vehicle_reg:LK19 XPT]]. Logged with police and night staff have been briefed. Anything else we should be doing?
~~~
Fostering panel has been moved to [[date:14 March]] so the Form F needs to be with the panel adviser by [[date:Friday 7th]]. Not stressed at all 🙃
~~~
[[person_name:Yonas]] (16, arrived from Eritrea in the back of a lorry) has been told his age assessment is being looked at again. He's terrified of being moved into an adult hotel. Any tips on challenging a Merton-compliant assessment that clearly wasn't?
~~~
I'm supervising a student who is working with the [[person_name:Abdi]] family. Mum, [[person_name:Hodan]], speaks some English but is far more comfortable in Somali and the interpreter keeps getting cancelled on the day. How do other teams handle this?
~~~
Bit of a long one, sorry, but I need to get this out of my head and I'd value the group's view.

I've been allocated a 15-year-old Vietnamese lad, [[person_name:Nguyen Van Minh]], picked up in a police raid on a cannabis grow in a terraced house on [[address:Cranbrook Street]]. He was found locked in an upstairs room with a mattress and a camping stove. He says he is 15, the police think he's older, and immigration were in the room before I'd even got there. He has a phone he won't let go of and I'm fairly sure someone is still contacting him on it.

We've made the NRM referral and I've asked for an Independent Child Trafficking Guardian, but the placement is the problem. The only bed we could find was a semi-independent unit forty miles away and the last two Vietnamese boys placed there went missing within a week. I've asked the placement team for a foster carer who has done this before and was told "we'll see".

[[person_name:Minh]]'s English is limited but he lit up when the interpreter mentioned food, so tonight's plan is pho and a proper chat. What I really want to know: has anyone managed to get a Vietnamese-speaking carer or mentor through a local community group? And how do you handle the phone without him feeling punished? The last thing I want is for him to feel like this is just another room with a locked door.

Thanks all. This forum keeps me sane.
~~~
Does anyone have experience of placing siblings with a kinship carer who is only 21? Big sister [[person_name:Zofia Wiśniewska]] wants to take on her two little brothers and honestly she's the most together person in that family.
~~~
[[person_name:Rūta]] came into care last year speaking no English at all and she has just got a 7 in her English mock. Proudest foster mum moment ever, had to share somewhere!
~~~
Anyone know a Romanian-speaking advocate in the North West? Working with a dad, [[person_name:Ionuț Popescu]], who feels completely steamrollered by the child protection process and I don't blame him.
~~~
[[person_name:abena]] if ur reading this pls msg me, lost ur number when my phone got nicked. it's [[person_name:tash]] from the supported lodgings x
~~~
Adoption panel feedback today. Both adopters, [[person_name:Chidinma]] and [[person_name:Oluwaseun Adebayo]], were approved unanimously. Three years of waiting and they cried, I cried, the chair nearly cried.
~~~
Mr [[person_name:Iqbal]] is adamant that his daughter will not attend the residential trip and the school are threatening to treat it as a safeguarding issue. It feels disproportionate to me. Views?
~~~
Quick update on [[person_name:Rahima Begum]]'s housing appeal – the council have backed down and she's getting the one-bed. Thanks to everyone who suggested going to Shelter.
~~~
Student here, second placement. My practice educator [[person_name:Harpreet Kaur]] is amazing but keeps telling me my case notes are "too chatty". Anyone got examples of good concise recording?
~~~
Looking for [[person_name:Li Wei]], who was a residential worker at [[institution:Thornbury House]] around 2012–2014. She was the only person who ever taught me to cook. I'm 26 now and I'd love to tell her I run my own café.
~~~
Hi all, [[person_name:Siobhán]] here, newly qualified and just started in the Children with Disabilities team. Any reading recommendations for working with non-verbal young people?
~~~
[[person_name:Rhys]] and [[person_name:Cerys]] have been with us two years now and they've started calling the dog "our dog" rather than "your dog". Small things.
~~~
Anyone worked with [[person_name:Dafydd Llewellyn]] from the Welsh-medium advocacy service? I've got a young person who wants to do her review in Welsh and I want to get it right.
~~~
my foster carer [[person_name:Eilidh]] is moving back to Scotland and im gutted ngl. she said i can visit but its not the same is it
~~~
[[person_name:Delroy]] is 17 and has been excluded for the third time this year. Every incident report describes him as "intimidating". He is 6'2 and Black and I don't think those two things are unrelated. How do you challenge this with a school without making it worse for him?
~~~
Can anyone explain why [[person_name:Kayleigh]]'s pathway plan still says she's in education when she left college in October? I inherited this case and the records are a mess.
~~~
Working with a Traveller family on a roadside camp, grandmother [[person_name:Kathleen McDonagh]] is the main carer. Any guidance on doing assessments that don't assume a fixed address?
~~~
[[person_name:Mary Ward]] is the new Reg 44 visitor for our home and she's already picked up things the last one missed for years. Hospital ward staff could learn from her eye for detail, honestly.
~~~
[[person_name:Will]]'s mum turned up to contact drunk again today. I will be writing it up but I'm so tired of the same conversation with my manager about thresholds.
~~~
Our placement with [[person_name:Grace]] ended today after nine years. She's off to university in September. Empty nest, full heart.
~~~
[[person_name:Summer]] has settled well at her new school, teachers say she's "a joy", which is not a word anyone has used about her before.
~~~
lol [[person_name:tommo]] still owes me a tenner from when we were at the unit together 😂 if ur on here pay up
~~~
does anyone remember big [[person_name:Dee]] who did the night shifts at the hostel, the one who sang gospel at 3am? found out she passed away last month. rest easy queen 💔
~~~
Dr [[person_name:Adaeze Nwosu]] at the community paediatric clinic has been fantastic — she actually reads the social work reports before appointments.
~~~
Has anyone tried to get a child's records transferred from [[institution:Riverside Medical Practice]]? Three requests, nothing. The YP is 17 and needs them for a PIP assessment.
~~~
Little [[person_name:Aarav]] started at [[institution:Sunflowers Day Nursery]] this week and cried for the whole first hour, then refused to leave at pick-up. Typical.
~~~
Strategy discussion at [[institution:Leeds General Infirmary]] this afternoon re a 4-month-old with unexplained bruising. Any tips on working with the hospital safeguarding team?
~~~
Just had the call – [[person_name:Tyrone]] got his place at [[institution:Bishop Auckland College]] for the plumbing course! First one in his family to go to college.
~~~
Anyone know the DSL at [[institution:St Bede's Catholic Primary School]]? We've had three referrals from them this term with almost no detail and I'd like to offer some support rather than just bounce them back.
~~~
The parents are asking for the children to move from [[institution:Hillcrest Academy]] because of bullying but the school say there's no evidence. Has anyone had luck getting a managed move for siblings?
~~~
Is [[institution:Meadowbank Care Home]] any good? Looking at respite options for a young carer's grandad so she can actually go on her school trip.
~~~
Remember when Mr [[person_name:Singh]] at the hostel used to do curry night every Thursday? Best food I ever had in care lol
~~~
EPO granted at 4pm. Baby [[person_name:Oscar]] is with foster carers and mum is at [[institution:St James's University Hospital]] under the perinatal team. Long day.
~~~
Hi, I'm the new IRO for the east patch. If you have children coming up for review please email me on [[email:priya.sharma@example.gov.uk]] or call [[phone:0113 496 0721]]. Looking forward to meeting you all.
~~~
Regional foster carer coffee morning

[[date:Wednesday 18 June]], 10:00–12:00
The Hub, [[address:42 Market Street]], Rochdale [[postcode:OL16 1HE]]

Come and meet other carers, grab a brew and a bacon butty. Guest speaker: [[person_name:Femi Adeyinka]], an adult care leaver and foster carer himself. Please RSVP to [[email:fostering.events@example.org.uk]] or ring [[phone:0161 496 0139]] so we know how many bacon butties to order.
~~~
Our home had the Ofsted inspection on [[date:the 3rd of June]] and we got Good with Outstanding for leadership. The kids made the inspector a cup of tea, which I'm sure helped.
~~~
Does anyone know what happened to the Tuesday drop-in? The flyer said it starts on [[date:Tuesday 4th]] but nobody was there.
~~~
Court has listed the final hearing for [[date:March 14th]]. Six weeks to get the SGO assessment done. Is that even possible?
~~~
The care leaver's birthday is [[date_of_birth:4 Feb 2007]] and she's asked if we can do something to mark her 18th with the team. Ideas welcome that don't involve a cake in the office again.
~~~
born [[date_of_birth:12/11/2008]], referred by school for self-harm, waiting list for CAMHS is 14 months. Sorry, just venting on the case I'm typing up.
~~~
The transfer paperwork lists DOB [[date_of_birth:04.02.10]] and NHS number [[nhs_number:6642502604]] — is it OK to send this to the new authority by normal email or does it need to go secure?
~~~
Anyone else's system show NI numbers as blank for care leavers? I've had to type [[ni_number:NP123456B]] in by hand for one lad three times because it keeps wiping.
~~~
New placement: [[address:14 Elm Road]], Wakefield [[postcode:WF1 3PQ]]. Carer is lovely, dog is massive, child is thrilled about the dog.
~~~
Our YP has been seen hanging around with an older group on [[address:Abbey Road]] near the shops. Police say it's a known county lines spot. Thoughts on next steps?
~~~
she lives on [[address:Tennyson Street]] now if anyone from the old unit wants to send her a card, she's been really low since the baby was taken into care
~~~
Sorry to post this here but [[person_name:Olamide]] has gone missing from placement again. Last seen with a lad in a black car, reg [[vehicle_reg:YR68 HVN]]. Police informed, this is just in case anyone on the night team sees them.
~~~
Can someone tell me which form I use for a change of GP? Child is moving from [[institution:Parkside Surgery]] to the practice near her new school.
~~~
DM me on snap if u need a chat, im [[handle:kayla.xo_]] on there. been through the whole leaving care thing myself so i get it
~~~
Hey guys does anyone know [[person_name:Jamal]]'s tiktok? he used to post the care experienced stuff, think it was [[handle:@jamalspeaks]]? wanna share one of his videos
~~~
Referral number on the MASH record is [[reference:CP-20931]] if anyone from the Front Door can look at why it's not been screened after four days.
~~~
Does anyone know why Mosaic is throwing an error on [[reference:LAC-4471]]? It keeps saying the legal status is invalid.
~~~
Sorry for the long post. Thought I'd write up our Christmas-to-new-year experience as I know a few of you are new carers.

We had [[person_name:Jayden]] (13) and his sister [[person_name:Amelia]] (9) for their first Christmas in care. Their birth mum, [[person_name:Stacey]], had been told she could have a phone call on Christmas morning, and the kids were up at 5am waiting for it. It didn't come until half past two in the afternoon. [[person_name:Jayden]] spent the morning pretending he didn't care and then punched the bathroom door. [[person_name:Amelia]] asked me if Santa knew where she lived now.

The social worker was on leave (fair enough) and the EDT worker had no idea about the arrangement because it wasn't on the system. I'm not writing this to blame anyone, but if you are a new carer: get every family time arrangement for the holidays in writing, with a named person to ring if it falls through. Have a plan B for the morning. We ended up driving to the beach, which [[person_name:Jayden]] pretended to hate and then spent two hours throwing stones into the sea.

The phone call itself was lovely when it came. [[person_name:Stacey]] was sober and said all the right things. Afterwards [[person_name:Jayden]] said it was "alright" which from a 13-year-old boy is basically a five-star review.

I'd love to hear how other carers handle the first holidays. We're already dreading Easter a bit.
~~~
My son's social worker, Ms [[person_name:Osei-Bonsu]], has been off sick for two months and nobody has told us who's covering. Is there someone I should be asking, the team manager maybe?
~~~
Pics from the care leavers' awards are up on the council's Facebook! Well done to [[person_name:Amira]], [[person_name:Callum]], [[person_name:Deshawn]] and [[person_name:Roisin]] for winning, you lot are unreal 🏆
~~~
Just a heads up – the dad, [[person_name:Gary Whitfield]], has been turning up at the office and asking staff where his kids are placed. Please make sure reception know not to confirm anything.
~~~
Struggling with a case and need perspective. Sixteen-year-old lad, [[person_name:Ayaan]], has been sofa-surfing since his stepdad threw him out. Housing say he's a children's services matter under Southwark, we say he needs a proper assessment, and in the meantime he's sleeping at a mate's in [[address:Flat 9, 3 Hollybush Gardens]]. His mum won't answer the phone.

I've done the assessment and I think he should be accommodated, but my manager is pushing for a "support package" at home, which is never going to happen because there's nowhere to go home to. He doesn't want to come into care – he's worried about being sent to a children's home miles away – and to be fair, he's heard stories.

Has anyone managed to get a good outcome for a 16-year-old in this situation without it turning into a tug of war between housing and children's? I keep thinking about what happens if this drags on for another month. [[person_name:Ayaan]] is bright, he's still going to [[institution:Kingsmead College]] three days a week, and the tutor there has been the only consistent adult. I don't want to lose that.

Also – any guidance on explaining the difference between s.20 and s.17 to a young person in plain English? Every leaflet we have reads like a legal document and he just glazes over.

Grateful for any thoughts, even just "you're doing the right thing".
~~~
[[person_name:Precious]] has been with us four weeks and she's finally started eating at the table. She's 6 and she's never had a table before.
~~~
anyone know if [[person_name:Shaz]] still works at the youth club on [[address:Moss Lane]]? she helped me when i first left care and i want to say thanks
~~~
Support worker for a 17yo asked me to "just pop round" to [[address:22 Canal Street]] to check on her. Is that OK without a risk assessment? I'm a student on placement and I don't want to overstep.
~~~
Can I get a second opinion? Mum's new partner, [[person_name:Lee]], has a caution for assault from 2016. Mum says it's in the past. Do we need a full assessment before he can have unsupervised contact?
~~~
Has anyone else had trouble with the new school admissions form? [[person_name:Fatima]]'s got a place at [[institution:Oak Hill Primary School]] but they've put the wrong surname on everything.
~~~
Reference from the previous authority is [[reference:CIN/2023/118]], in case anyone on the Leaving Care team needs to chase the transfer.
~~~
The new young person coming tonight has NHS number [[nhs_number:784 776 6477]] on the placement plan, but the GP surgery says it doesn't match. Who's right?
~~~
I've had an email from someone claiming to be from the Home Office asking for a care leaver's details. Address they gave is [[email:h.office.enquiries@example-mail.com]], which doesn't look right to me. Phishing?
~~~
Our lad has a court date on [[date:2nd Feb]] for the shoplifting charge. Youth offending are supporting but I want to go with him. Do I need to tell the court in advance?
~~~
the lad in room 2, [[person_name:connor]], keeps asking for his mum's number, she's changed it again. what do you say to a 12 yr old about that
~~~
Just to flag: the carer's car registration is [[vehicle_reg:BD51 SMR]] and she's been told to park around the back, because the birth family know the car.
~~~
Please don't post this on Facebook but mum ([[person_name:Shelley Parkin]]) has been added to the electoral roll at [[address:8 Orchard Close]], [[postcode:S63 7RN]], which is a mile from the placement.
~~~
In case anyone needs it, my direct line is [[phone:020 7946 0384]] — I'm covering for the team manager until the end of the month.
~~~
leaving care meetup this saturday!! if ur coming msg [[handle:@careleaverzuk]] on insta for the address 🙌
~~~
Ring me on [[phone:0161 496 0872]] if your young person needs a bed tonight, we have one emergency place left.
~~~
Thank you to Aunty [[person_name:Blessing]] at the Tuesday lunch club for teaching two of my boys how to make jollof rice. Nobody is fighting about whose is better, yet.
~~~
Long-ish post about getting it right for a young person's identity, because I got it wrong and I want to own it.

I've been the social worker for [[person_name:Kiran]] (15) for just over a year. At the last review I referred to [[person_name:Kiran]] as "she" throughout, as it says on the system, and [[person_name:Kiran]] sat through the whole meeting without saying a word. Afterwards the residential key worker, [[person_name:Joe]], gently told me [[person_name:Kiran]] had asked to be called "they" three months earlier and it had been written on the whiteboard in the unit for weeks. I'd missed it because I hadn't read the daily logs properly.

I apologised to [[person_name:Kiran]] the next day. They shrugged and said "everyone gets it wrong", which honestly was worse than if they'd shouted at me. We've updated the records and I've asked the IRO to make sure the minutes are amended.

What I'm taking away: read the logs, ask directly and early, and don't rely on the case system, which was built for one thing and one thing only. Also that young people will often tell the person they trust, not the person with the statutory role – and that's fine, as long as the person with the statutory role listens.

If anyone has good resources on supporting trans and non-binary young people in care, particularly with school and health, please share. I'm going to ask for some team training too. I'd also love to hear from anyone care-experienced about what helped.
~~~
Did anyone go to [[institution:Fairfield High School]] in the 2000s? Trying to track down my old learning mentor, Mrs [[person_name:Akhtar]], who basically kept me in school when I was in care.
~~~
Reconnect request 🙏 Looking for [[person_name:Sandra Boyle]], foster carer in the Dundee area around 2008. I was 12 and she had a massive Alsatian. I'm [[person_name:Chloe]], I'd just like to let her know I'm OK.
~~~
The girls at the unit are obsessed with [[person_name:Magda]], our new waking night. She does their hair, she makes pierogi at 2am and she never raises her voice. Hire more people like her.
~~~
Advice please. Grandad, Mr [[person_name:O'Driscoll]], wants to apply for an SGO for his two grandsons but he's 74. Has anyone had a court approve an older kinship carer recently?
~~~
Any PAs in Birmingham know [[person_name:Ishaq]]? He was my PA 2016–2019 and he got me my first flat. Worked at the office by the Bull Ring.
~~~
Young person, [[person_name:Teodora]], arrived from Romania last month with an aunt. School are asking for her DOB for admissions but her documents say [[date_of_birth:3 June 2011]] and the aunt says she's a year younger. Who decides?
~~~
Is it normal to put the child's full postcode on the referral form? I've been writing [[postcode:B23 7HJ]] but my practice educator says we should use the area only in emails.
~~~
Anyone got a contact for the [[institution:Oakwood Pupil Referral Unit]]? One of our Year 10s is being moved there and I want to do a proper handover.
~~~
The NI number on her provisional licence application came back as [[ni_number:SE 98 76 54 D]] and she's never seen it before. Could it be an old number from when she was in care in Scotland?
~~~
Landline for the supported lodgings provider is [[phone:(0117) 496 0011]], the mobile never gets answered.
~~~
Anyone know if the email for the independent visitor scheme changed? I had [[email:iv.scheme@example.org]] but it's bouncing.
~~~
Sorry if this is the wrong place. My nan was in care as a child in the 1950s in a home called [[institution:St Joseph's Orphanage]] and she's trying to find her records before she dies. Where do we even start?
~~~
ok so i finally got my nhs number sorted, it's [[nhs_number:816 680 8862]] if the dentist asks again lol. also moved, new addy is [[address:Flat 12, 6 Headingley Lane]] [[postcode:ls6 2qt]] if anyone wants to send me a housewarming pot noodle
~~~
Mum's partner drives a white Transit, [[vehicle_reg:WX21 KLM]], and has been seen outside the school twice this week. There's also a black Golf, [[vehicle_reg:sk23wpo]], that the children say belongs to his brother. Police have both regs but can we share them with the school?
~~~
Transfer in from another LA. Their ref is [[reference:R-55812]], our Mosaic ID is [[reference:8834512]], NHS No: [[nhs_number:3852512026]], NI [[ni_number:TM 40 51 62 C]]. Oh no – I meant to paste that into the secure email, not here. Mods, can you pull this please?
~~~
Family court case number is [[reference:LS24C00317]] and the next hearing is [[date:21/10/23]]. Does the guardian have to file their analysis before the social worker's final evidence or after?
~~~
anyone know [[person_name:marek]]? he used to be on the leaving care youth panel with me, his twitter was [[handle:@Marek_PL]] but it's gone now. my snap is [[handle:lil_tee99]] if he wants to say hi
~~~
EHCP ref [[reference:EHC-2022-0917]] – the LA say the final plan was issued in the summer but the school never got it. The date of birth on the plan is wrong too, it says [[date_of_birth:19/07/2009]], and her NHS number [[nhs_number:460-763-4174]] has been typed into the UPN box. Who do I complain to?
~~~
Welsh colleagues – our team has moved to [[address:Unit 4, 12 Bute Terrace]], Cardiff [[postcode:CF10 2FE]]. New duty line is [[phone:029 2018 0456]] and the old number won't be answered after [[date:1st December]].
~~~
Covering for my manager while she's on leave. Urgent placement stuff only on [[phone:+44 7700 900789]], everything else to [[email:ngozi.eze@example.co.uk]] or the North East office on [[phone:0191 498 0123]].
~~~
her birthday's [[date_of_birth:the 14th of August]] and she wants a party at the unit. manager said yes as long as the fire exits aren't blocked by balloons again 🎈
~~~
Edinburgh colleague here – the family we discussed have moved to [[postcode:EH7 5JP]], round the corner from the school. Can someone on the cross-border protocol pick this up? Mum's mobile is [[phone:07700900236]].
~~~
She wrote her NI number as [[ni_number:wr112233c]], all in lower case with no spaces, and the college enrolment system rejected it three times. Is there a trick to it?
~~~
he's been getting threats off an account called [[handle:shxnnn.x]] on snap, screenshots saved. do we report to the platform first or the police?
"""

CLEAN = r"""
Does anyone have a good template for a PEP that actually captures the child's voice? Ours is 14 pages and nobody reads past page 3.
~~~
the mum was really hostile on the phone today. Managed to keep it calm but I'm shaking a bit after. Tea and biscuits time.
~~~
Child A, aged 14, has been reported missing three times since the start of Year 9. Each time he comes back within 24 hours. At what point do you escalate to a strategy meeting under section 47?
~~~
In 2019 we moved to a new case recording system and I still miss the old one. At least the old one didn't log you out every twenty minutes.
~~~
Young person B has asked for her Level 3 childcare course to be funded through the bursary. Is the £1,200 vulnerable student bursary separate from the care leaver bursary?
~~~
Meeting moved to 14:30 because the IRO is stuck on the M62 again.
~~~
Can anyone explain the difference between s.20 accommodation and a care order in a way I can use with a 12-year-old? The leaflets are useless.
~~~
Reminder that the Children Act 1989 doesn't say anything about "thresholds" in the way we use the word. Worth rereading section 17 every now and then.
~~~
Social Work England renewal is due by the end of November – don't leave your CPD to the last week like I did last year.
~~~
Ofsted report for our authority came out today. "Requires improvement to be good". Not a surprise but morale is low.
~~~
Barnardo's have put out a really good briefing on child criminal exploitation. Worth a read if you're working with YOT-involved young people.
~~~
Become's "Hear me" campaign is worth sharing with young people – their advice line is genuinely helpful.
~~~
CAFCASS report recommends the child stays with the paternal grandparents. Guardian was thorough, I'll give her that.
~~~
The Munro Review was 2011 and we're still having the same conversations about bureaucracy. Discuss.
~~~
Reminder to all young people on here: Childline is 0800 1111 and it's free from any phone. Samaritans are on 116 123, any time of day or night.
~~~
Home Office still haven't made a decision on the asylum claim – it's been 19 months. The young person is 17 and a half and dreading turning 18.
~~~
Leeds City Council have a decent kinship care offer now – has anyone seen the details on the allowance?
~~~
I moved from Manchester to Cardiff last year and the difference in how Wales does things under the Social Services and Well-being (Wales) Act 2014 is interesting.
~~~
My manager has asked me to "step up" and take on the duty rota. The IRO already copies me into everything. The GP won't return my calls. Classic Tuesday.
~~~
The school rang to say he'd left at lunch and not come back. A children's home isn't a prison but some schools seem to think staff can teleport.
~~~
I will never get used to the feeling of driving away from a removal. Seventeen years qualified and it still gets me.
~~~
Annual leave request for the week in May went in months ago and it's still not approved. Does anyone else's manager just ignore the HR system?
~~~
Foster carer brought me a rose from her garden today because I "looked like I needed it". I did.
~~~
There's a grace period of 28 days after the placement ends before the allowance stops, but nobody ever tells the carers that.
~~~
Hope this helps someone: the Staying Put guidance has a section on tax relief for carers that is really easy to miss.
~~~
Can someone mark the form as received? The system is showing it as outstanding and my manager keeps chasing me.
~~~
Care leaver got the bill for council tax even though she should be exempt until 25. Easy fix but why does it always happen?
~~~
A lot of our young people use Snapchat, TikTok and WhatsApp more than text. Are any authorities actually allowing social workers to message on WhatsApp?
~~~
Teams keeps crashing in the middle of review meetings. The young person thinks it's hilarious when I freeze mid-sentence.
~~~
Anyone else been watching Adolescence? Half of the young people in my unit have seen it and want to talk about it. Good conversation starter.
~~~
Marcus Rashford's free school meals campaign came up at the youth forum and the young people had a lot to say about food poverty.
~~~
Lemn Sissay's book "My Name Is Why" should be compulsory reading on every social work degree.
~~~
Mr X has refused to engage with any of the assessment. The mother (M) is keen but scared of him. How do you work with M safely when X controls the phone?
~~~
Sertraline 50mg was increased to 100mg by the psychiatrist and the young person's mood has improved a lot. Carers are asking if melatonin 3mg is OK alongside – I've said check with the GP.
~~~
Setting up home allowance here is £3,000. Some authorities are still on £2,000. Anyone know the national average?
~~~
Only 6% of care leavers go to university by 19 compared to about 45% of their peers. We have to do better.
~~~
A 16-year-old on our caseload has been offered a zero-hours job paying £6.40 an hour. Apprenticeship rate. Legally fine but feels wrong.
~~~
Does anyone have a good checklist for LAC review prep? Ours is basically a blank Word document.
~~~
EHCP annual review has been postponed three times. The SENCO says it's the LA, the LA say it's the school. Who actually owns this?
~~~
Special Guardianship Order made this morning. Grandparents were in tears. Good day at work.
~~~
ICO renewed again. Final hearing isn't until the new year. These kids have been in limbo for 14 months.
~~~
Duty & Assessment is down to three qualified workers this week. If anyone from CIN Team 2 can cover Thursday afternoon please shout.
~~~
Every Wednesday we run a drop-in from 2pm to 4pm for care leavers. Free food, no appointments, no forms.
~~~
Monday, Tuesday, Wednesday all in court. By Thursday I'll be a shell.
~~~
Tried entering 5942859575 into the NHS number field as a test and it rejected it – turns out the system validates the check digit. Good to know.
~~~
The invoice from the placement provider had a 10-digit number, 3795742288, but finance say they need the PO number instead. Does anyone know where that's kept?
~~~
Our training slides use a made-up 10-digit number, 3301595691, to show why you should never put identifiers in emails. Works well as a talking point.
~~~
Tracking number for the life story book parcel is 3179419893 and it's been "out for delivery" for three days.
~~~
Phone numbers every care leaver should have: NHS 111 for urgent health stuff, 999 for emergencies, 101 for non-urgent police. Shelter's helpline is on their website.
~~~
NSPCC helpline 0808 800 5000 is for adults worried about a child – worth putting in your foster carer handbook.
~~~
Does anyone know if the Care Act 2014 applies to a 17-year-old who is a young carer for their mum? Transition assessment or not?
~~~
Mental Capacity Act 2005 training is on the calendar for next month. Level 3 safeguarding refresher the week after.
~~~
Reg 44 visitor flagged our medication storage. The cabinet is fine, it's the recording that's patchy. Any good MAR sheet templates?
~~~
What do people think of the Independent Review of Children's Social Care recommendations now a few years have passed? Feels like not much has changed on the ground.
~~~
The Fostering Network's allowance guide says the minimum for a 16 year old is higher than what we pay. Anyone taken this up with their authority?
~~~
Grace period for the council tax exemption is something I only found out about this year. Tell your care leavers.
~~~
Will do. I'll put it on the agenda for the next team meeting.
~~~
Mark it as urgent and the duty manager will pick it up within 24 hours. That's the theory anyway.
~~~
Frank conversation with my supervisor today about workload. She was supportive, which helped.
~~~
Sterling work from the night team last weekend – three missing episodes and everyone back safe by morning.
~~~
Faith groups can be a massive support for families. Our local mosque and the Pentecostal church have both run holiday hunger schemes.
~~~
Patience is the one skill nobody teaches on the degree.
~~~
Every penny of the clothing allowance is spent by September because kids grow. Simple as that.
~~~
Just a thought about language: "contact" is now "family time" in our authority and young people say they like it better. "Placement" is next apparently.
~~~
hey does anyone else get weird when ppl ask about ur family at work? like i just say im "not close" to them lol
~~~
lol my PA just asked if i wanted to "touch base" i said im not a baseball player
~~~
cant believe im 21 today. no cake from the council haha but my mates took me to nandos so its all good
~~~
anyone else find the pathway plan pointless?? mine says the same thing every year "continue to engage with education" like yeah cheers
~~~
3 yrs in my own flat now and i finally bought a sofa that isnt from the british heart foundation shop 😂 big moves
~~~
does anyone know if u can get the care leaver bursary if u do an open uni course part time? asking for me lol
~~~
finally got my passport!! only took since march and 4 emails to the LA 🥲
~~~
if ur under 25 and care experienced u might be exempt from council tax, check ur council website. saved me like £90 a month
~~~
The GP surgery refused to register a care leaver because she had no proof of address. That's not how it works – NHS England guidance is clear you don't need one.
~~~
Bradford Youth Justice Service want to share information with us about a 15-year-old on a referral order. What legal basis do people usually cite for that?
~~~
Team building day at the local nursery's forest school site. Very muddy, surprisingly fun.
~~~
A rose by any other name – we've renamed "LAC" to "CLA" to "children in our care". Does it actually change anything for the kids?
~~~
Sessional worker shortfall means we're down to two staff on some nights. Is that compliant with the Children's Homes (England) Regulations 2015?
~~~
Student question: the practice framework keeps referring to "the Lundy model". Is that a specific method or just a general approach to participation?
~~~
Our authority is trialling Mosaic's new chronology feature. Anyone else using it? Worth the hype?
~~~
Amazon vouchers for the young people who came to the participation event went down really well. Better than Greggs vouchers, which surprised me.
~~~
The young person wants to go to the Leeds Festival and the carers are anxious. She's 17. Any advice on risk assessments for festivals?
~~~
Anyone watched Grange Hill as a kid and now works in a school? Asking for nostalgia reasons.
~~~
Happy Valley was on in the staffroom at lunch and a colleague pointed out that nobody on TV ever shows the paperwork.
~~~
Band 6 or Band 7 for an advanced practitioner post in the NHS? I'm moving from the council to the hospital social work team.
~~~
Year 11 mocks are coming up and two of my young people have no laptop. Virtual school head says there's a fund – has anyone accessed it?
~~~
Just back from the national conference in Birmingham. Key message: relationships, relationships, relationships.
~~~
Glasgow's approach to "The Promise" is really inspiring. Scotland seem miles ahead on language and care experience.
~~~
Anyone from What Works for Children's Social Care on here? Curious about the family group conferencing trial results.
~~~
CoramBAAF Form F training was useful, though the trainer told us the forms are due to change again next year.
~~~
Our youth offending team and the police are piloting a scheme to keep kids out of custody overnight. Early signs are positive.
~~~
Gentle reminder to all of us: don't put children's names in the subject line of emails. Use initials or the case number in the secure system.
~~~
Reminder: the online peer support group for kinship carers meets on Teams the second Thursday of every month, 7pm–8:30pm. No need to book, just click the link on the intranet.
~~~
Working with a Traveller family for the first time and I'm aware of my own assumptions. Any reading lists from people with lived experience?
~~~
Methylphenidate 36mg XL was stopped over the summer holidays and now school are saying his behaviour has "deteriorated". Maybe a review with the paediatrician before we blame the child?
~~~
Housing benefit for care leavers under 25 is exempt from the shared accommodation rate. Took me three calls to the DWP to get someone to agree.
~~~
National Insurance numbers: if a young person's never received one, they can ring HMRC. You don't need to go through the school.
~~~
The "postcode lottery" in kinship allowances is a scandal. Same child, different borough, half the money.
~~~
Does anyone have a DoLS application for a 16-year-old under the inherent jurisdiction? We've been told the Mental Capacity (Amendment) Act isn't in force for LPS yet.
~~~
s.31 threshold met according to the local authority. Our guardian disagrees. Hearing next week.
~~~
St John Ambulance are running a free paediatric first aid course for foster carers in June, 9am–1pm. Highly recommend, the trainer was brilliant.
~~~
The kids watched Paddington at the weekend and now everyone in the house wants marmalade sandwiches for packed lunch.
~~~
Father Christmas visited the unit last year (our deputy manager in a cotton-wool beard) and even the 17-year-olds queued up. Doing it again this year.
"""

LONG_MIXED = r"""
Long post incoming, apologies in advance – I've been an IRO for nine years and I want to share something about review meetings that has changed my practice.

For years I ran reviews the way I was trained: agenda, round the table, social worker updates, health, education, carers, and then at the end, "is there anything you want to say?" to the child. Most children said no. Of course they did. They'd just sat through forty minutes of adults talking about them.

About two years ago a care-experienced trainer challenged a room full of us on this, and it stuck. Now I meet the young person first, alone or with whoever they choose, and ask them what they want to talk about and who they want in the room. Some want a tiny meeting. Some want to chair it themselves. One lad asked that we hold it in a chicken shop. We did, and it was the best review I've ever had.

What's made the difference is being honest about the limits. I can't promise the council will agree to everything. I can promise I will write down exactly what they said, in their words, and chase it. I send the young person a short note afterwards, in plain English, with the three things we agreed and who is doing them. No acronyms.

I'm not saying this is revolutionary. Plenty of you already do it. But if you're new to the role and the review feels like a performance for the adults, try flipping it. Ask the child first. Ask them where. Ask them who.

I'd be really interested to hear what other IROs have tried – especially for younger children and for young people who don't use speech to communicate.
~~~
Reflection for anyone thinking about fostering teenagers, because I nearly didn't.

We were approved in 2018 for ages 0–10. We had a lovely toddler for eighteen months, then two primary-age sisters, and then the placement team rang on a Friday afternoon about a 15-year-old who needed somewhere for "just the weekend". She stayed four years.

What nobody told me about teenagers: they are much funnier than toddlers. They also test you in ways small children can't. In the first month she went missing twice, smashed a plate, and told me I was only doing it for the money. By month six she was asking me to drive her to her Saturday job and then pretending she didn't know me when I dropped her off.

The support made all the difference. Our supervising social worker answered her phone. The out-of-hours team knew us by name (sorry, I know that's not a brag). The virtual school were on it when college wobbled. And the support group – other carers on a Wednesday night with too much cake – got us through the worst of it.

If you're approved for young children and you're being asked about older ones: you don't have to say yes. But you might want to think about it. The thing I was most scared of, not knowing what to do, turned out to be fine. Nobody knows what to do with teenagers. You just keep turning up. That's the job.

She's 22 now, working in a nursery, and she still rings every Sunday to complain about her landlord.
~~~
Good practice question: how are other authorities managing the transition to adult services for young people with learning disabilities?

In our area the children with disabilities team holds cases until 18, and then there is supposed to be a transition assessment under the Care Act 2014 from about 14 onwards. In reality the adult team picks up the case somewhere between 17 and a half and never. Families describe it as falling off a cliff. The short breaks stop, the personal assistant hours are reassessed from scratch, and the new social worker has a caseload of sixty.

We've started a small pilot where a named adult worker shadows the children's worker from Year 10 onwards. They come to the EHCP annual review, they meet the family at home, and they're the one who writes the transition plan with the family. It's early days – three families so far – but the feedback is really positive. One mum said it was the first time someone from adults had actually known her son before making decisions about him.

The barriers are the usual ones: money, caseloads, and arguments about whose budget pays for what. We've had to get the two service managers to agree to protect the adult worker's time, which took months.

I'd love to hear from anyone doing something similar. Particularly interested in how you've handled the Mental Capacity Act 2005 side of things at 16, and whether you've found a good way to involve young people in the planning rather than just their parents. We've tried easy-read versions of the plan but I'm not convinced they're reaching everyone.

Links to any published evaluations would be gold.
~~~
Care leaver here, 24, posting in the lounge because I want to say something nice for once.

When I turned 18 I was terrified. I had a flat that smelt of damp, £57 a week, and a PA I'd met twice. The first winter was grim. I didn't know how to top up the gas, I ate cereal for tea most nights, and I ignored every letter with a brown envelope because I thought they'd all be bad news. (Most of them were council tax. I was exempt. I didn't know.)

What changed it wasn't a service. It was a person at the drop-in who asked if I wanted to help with the cooking. I said no. She asked again the next week. I said fine. Three years later I'm doing a Level 3 in hospitality and I run the Wednesday lunch at that same drop-in. I'm not saying it fixed everything. I still have bad weeks. I still don't open some letters straight away, but now I know who to call when I do.

So if you're a worker reading this: keep asking. Honestly, the young person who says no three times might say yes on the fourth. And if you're a care leaver reading this and it's your first winter, message someone. There's no shame in not knowing how a gas meter works. Nobody taught us.

Also – if your local council hasn't made care experience a protected characteristic yet, ask them why not. Loads of them have done it now. It's not magic but it means they have to think about us when they make decisions.

Right, soppy post over. Back to arguing about the best crisps.
~~~
Event announcement – Care Experienced Conference (online)

We're really pleased to confirm our annual online conference for care-experienced adults, practitioners and carers. It's free, it's on Teams, and it's run by and for people with lived experience.

What's on:
- 10:00 Welcome from our youth council
- 10:30 Panel: "What I wish my social worker had known"
- 11:30 Workshops (choose one): life story work; housing at 18; mental health and waiting lists; being a parent after care
- 13:00 Lunch (we'll post you a voucher if you register by the deadline)
- 14:00 Keynote on the journey to making care experience a protected characteristic
- 15:30 Close

Who it's for: anyone care experienced, any age; foster and kinship carers; residential staff; social workers, PAs, IROs and students. We ask practitioners to listen more than they talk. That's the whole point.

Access: live captions throughout, BSL interpretation for the keynote and panel, and a quiet "camera-off" room for anyone who needs a break. If you need anything else to take part, tell us when you register and we'll sort it.

Please don't share young people's details in the chat on the day – moderators will remove anything identifying, and breakout rooms aren't recorded.

Registration is through the link on the forum's events page. Places are capped at 300 so please book early, and if you can't come after all, cancel so someone else can have your place. Any questions, reply to this thread and one of the organising team will get back to you.
~~~
Does anyone else find the language in court bundles really hard to read as a parent? I'm a mum with a child in care and I'm posting in the family space. I got the final evidence last week and it took me three days to get through it with my advocate.

Some of it was fair. Some of it made me sound like a monster. There was a line that said I "failed to prioritise the needs of the child" because I missed two family time sessions in March. I missed them because I was in hospital. It's in the records. Nobody read it.

I know the social worker is busy. I know the guardian has loads of cases. But when you write these documents, please remember that the parent is going to read them, usually alone, usually late at night. It's our children you're writing about, and it's us.

What helped: my advocate going through it line by line. The solicitor explaining what each section was for. And, to be fair, the new social worker, who rang me before it was filed and said "there are things in here that will be hard to read, can we talk about them first?" That call meant more than she'll ever know.

If you're a worker reading this, that's all I'm asking. Tell us before. Use plain words. Don't write "mother" when you could write "mum". And if something in the report is wrong, please correct it, because once it's in a court bundle it follows us around forever.

Thank you to this forum for the support over the last year. Final hearing is next month. Whatever happens, I'm still her mum.
~~~
Long-standing residential worker here (sixteen years in the same home, which I know is rare). I want to talk about restraint, because there's been a lot on this forum lately and I think we talk about it in absolutes.

Our home went "restraint-reduction" four years ago. We moved to a relational model, trained everyone in de-escalation, and made the decision that the manager reviews every physical intervention within 24 hours with the staff involved and, separately, with the young person. Numbers dropped from roughly 40 a year to about 6. That's not zero and I don't think zero is honest for every home. Sometimes a 14-year-old is about to run into the road.

What made the difference wasn't the training (though it helped). It was staffing. When we had three agency staff on a shift who didn't know the kids, things escalated. When we had people who knew that one lad hates being spoken to from behind, or that another needs ten minutes alone after school before anyone asks her anything, things didn't get to that point.

So my plea to managers and commissioners: the best restraint-reduction tool is a stable, well-paid team. Pay people properly, give them decent rotas, don't rely on agency. And listen to the young people's debrief. Ours told us the thing they hated most was being talked about in front of others afterwards. So we stopped doing that.

Happy to share our debrief form if anyone wants it (anonymised, obviously). Would love to hear from other homes about what has worked.
~~~
Student social worker, final placement, feeling a bit lost and hoping someone can help me see the wood for the trees.

I'm in a child protection team and I love it, but I'm finding it really hard to balance the academic side with the practice side. My portfolio needs reflective pieces against the PCF domains, my practice educator wants me to be holding four cases by now, and my university tutor has told me my last essay was "descriptive rather than analytical".

I know it's normal to feel overwhelmed, but it's more specific than that. I don't know how to write about practice without it becoming a list of what I did. When I try to be analytical I end up quoting theory that doesn't really fit what happened. Last week I sat in on a section 47 visit where a dad broke down crying, and I came out thinking about attachment, about shame, about men and help-seeking, about power – and then I sat down to write and it all came out as "I observed the social worker explain the process."

Does anyone have tips for reflective writing that actually helps? I've read Gibbs and Kolb and Schön like everyone else. What I'm looking for is more about the habit: do you write straight after a visit? Do you talk it through first? Voice notes? I've seen someone suggest writing "what surprised me" as the first line every time.

Also, how many hours a week did you spend on portfolio in your final placement? I'm doing about eight on top of placement days and I feel like I'm drowning.

Thanks, and sorry for the essay. Ironically.
"""

LONG_IDENT = r"""
Reconnect request, and a bit of a story, so bear with me.

In 2009 I was 14 and living at [[institution:Greenacres Children's Home]] on the edge of Sheffield. I was angry at everyone and I'd been through something like eleven placements. The person who got through to me was a night worker called [[person_name:Winston Clarke]]. Everyone called him [[person_name:Winnie]], which he pretended to hate. He was from Jamaica originally, had a massive laugh, and he used to sit in the kitchen at 2am with whoever couldn't sleep, making fried dumplings and talking about cricket, which I had zero interest in.

One night I'd kicked off badly and the police had been called. After they left, [[person_name:Winnie]] didn't lecture me. He just put a plate in front of me and said, "You're not a bad kid, you're a kid in a bad situation. Those are different things." I've thought about that sentence probably once a week for fifteen years.

I left [[institution:Greenacres]] when I was 16 and lost touch with everyone. I'm 30 now, I've got two kids of my own, and I've just been accepted on a social work degree. I'd really like to tell him that before it's too late – he'd be in his sixties by now, I think.

If anyone worked with him, or knows where he ended up, please could you pass on a message that [[person_name:Jordan]] from the back bedroom says thank you, and that I'm going to try and be that person for someone else? I'm happy for a moderator to contact me privately rather than anyone posting details here.

Thanks for reading. This place is lovely.
~~~
Bit of a vent and also a genuine question about information sharing.

I'm the supervising social worker for a long-term carer, Mrs [[person_name:Danuta Kowalczyk]], who has had a 12-year-old with her for three years. Last week the birth mother turned up at the school gates. Nobody has ever given her the carer's address or the school, and we had a full risk assessment on keeping the placement confidential. Turns out an older sibling has been following the carer's teenage daughter on TikTok, and the daughter had posted a video in school uniform from outside [[institution:Sandringham Park Primary School]] with the house number visible in the background on the drive at [[address:41 Lindley Crescent]].

The carer is devastated and blaming herself. Her daughter is 15 and didn't know the full background – why would she? The child in placement is terrified mum will turn up at home.

We're now looking at whether the placement can continue. Mum has been reasonably settled recently and hasn't made any threats, but the history includes an attempted abduction when the child was four. My manager wants a strategy meeting. The police say there's no crime. The school have been great and have added her to the "do not release" list.

My questions: does anyone have a good leaflet or session for foster carers' own children about social media? Ours is from 2016 and mentions Facebook more than anything else. And has anyone managed to keep a placement going after the location was compromised, and what made it work?

Any practical ideas welcome. The carer, [[person_name:Danuta]], is one of our best and I don't want to lose her over this.
~~~
Hi all, I'm the coordinator for the regional kinship carers' network and we've got a few things coming up. Please share with any kinship carers you're working with – lots of them still don't know we exist.

1) Summer family fun day – [[date:Saturday 26 July]], 11am–3pm, at Ashfield Community Centre, [[address:7 Parson's Lane]], [[postcode:NG17 8AS]]. Bouncy castle, face painting, free food, and a quiet room with advice from the welfare rights team. Kids of all ages welcome, grandparents especially!

2) Legal clinic – solicitors from a local firm are giving free 20-minute slots on special guardianship, child arrangements orders and financial support. Second Tuesday of each month, 6pm–8pm, booking essential.

3) New support group for male kinship carers – grandads, uncles, older brothers. First session [[date:Thursday 10th July]] at 7pm, run by [[person_name:Tariq Mahmood]], who has been raising his two nephews since 2017 and knows exactly how isolating it can be.

To book anything, email me at [[email:kinship.network.coord@example.org.uk]] or ring or text [[phone:07700 900652]] (I'm part-time, so give me a day or two to come back to you). We can help with transport costs for anyone on a low income – just ask, no forms.

If you're a social worker, please don't send me the carers' details directly, just give them this post or our leaflet and let them get in touch when they're ready.

Thanks, [[person_name:Bernadette]]
~~~
Case discussion (anonymised as far as possible, but I want the moderators to check please).

I'm a personal adviser and I've been working with a 19-year-old care leaver for two years. She's studying at [[institution:Newcastle College]] and doing really well, but her housing situation is a disaster. She's in a privately rented flat at [[address:Flat 5, 118 Westgate Road]] and the landlord has ignored damp and a broken boiler since October. She's been using the oven to heat the kitchen. Environmental health came out and agreed the property has category 1 hazards, but three months later nothing has changed.

She's asked me to help her complain, but she's terrified of being evicted – she's on a periodic tenancy and the landlord has hinted that "tenants who cause trouble don't get renewed". She also has a cat, which makes finding anywhere else a nightmare.

What I've done so far: referral to Shelter, contacted the council's private sector housing team, helped her apply for a discretionary housing payment, and got her a temporary oil heater through the leaving care budget. What I'm stuck on: whether to push for enforcement action, knowing it could lead to a retaliatory eviction, or whether to just focus on finding her somewhere else.

Her own view is that she'd rather stay and fight because the flat is ten minutes from college and her part-time job. I want to respect that. But I also know that if she ends up homeless mid-course, it could derail everything she's worked for.

Has anyone used the Renters' Rights changes successfully yet? And does anyone know if the leaving care team can act as guarantor for a new tenancy in our area? Appreciate any advice.
~~~
Really long post about a really good day, because we don't share enough of these.

Today was the celebration event for our care leavers who've finished college or university this year. Eleven young people, their carers, PAs, a couple of old social workers, and one very emotional Director of Children's Services.

The highlight for me was [[person_name:Mariam Yusuf]], who came to the UK on her own at 15 from Sudan, spoke no English, and has just finished a nursing degree with a first. Her old foster carer, [[person_name:Pat Holloway]], drove three hours to be there and they both cried all the way through [[person_name:Mariam]]'s speech. She thanked the carer, her PA, and, for some reason, the woman in the college canteen who always gave her extra chips. That got the biggest cheer.

There was also [[person_name:Kyle]], who a lot of people wrote off at 14 after his exclusion from [[institution:Castle View Academy]]. He's now finished an electrical apprenticeship and has a job lined up. He did his speech in about eight seconds ("cheers everyone, free food is over there") and I've never seen a young person look happier.

We did a little memory wall with photos from when they were younger, with everyone's permission. One of the young people's first social workers had kept a drawing she'd done aged seven. I don't think there was a dry eye in the room.

It's so easy, when you're drowning in caseloads and court deadlines, to forget that this is what it's for. These young people had every reason not to make it and they did, with a lot of people cheering them on.

Right, off to eat the leftover cake.
~~~
Question about a tricky disclosure and the role of the school, from a newly qualified worker.

A 13-year-old girl, [[person_name:Keisha]], told her form tutor yesterday that her mum's boyfriend "gets angry" and that she sleeps with a chair against her door. The school rang it in at 3:30pm on a Friday (of course), and by the time it got to me on the duty desk it was nearly 5pm. I spoke to the DSL, a really experienced woman called Mrs [[person_name:Henderson]], who was clear that [[person_name:Keisha]] didn't want to go home but was also scared that "telling" would make things worse for her little brother, who is 4 and at [[institution:Little Stars Nursery]].

With my manager we decided on a same-day visit with police. Mum was angry but cooperative. The boyfriend wasn't there. [[person_name:Keisha]] and her brother went to their maternal aunt's for the weekend under a safety plan, with mum's agreement, and there's a strategy meeting first thing Monday.

What I'm reflecting on: I felt completely out of my depth. The police officer was brilliant and took the lead on a lot of the conversation, which was helpful but also made me worry I wasn't doing my job. Mum kept asking me "what happens now?" and I realised I didn't have a clear answer, because the honest answer is "it depends".

How do more experienced workers explain the process to a parent in the moment without either scaring them or over-promising? And is it normal to feel like you've been run over by a lorry after your first big Friday duty? I slept for about twelve hours.
"""


def build():
    blocks = []
    for name, blob in (
        ("POSTS", POSTS),
        ("LONG_IDENT", LONG_IDENT),
        ("CLEAN", CLEAN),
        ("LONG_MIXED", LONG_MIXED),
    ):
        for raw in blob.strip("\n").split("\n~~~\n"):
            raw = raw.strip("\n")
            if not raw.strip():
                raise SetError(f"empty post in {name}")
            blocks.append(raw)
    # Deterministic interleave so identifier and clean posts are mixed.
    import random

    rng = random.Random(20240611)
    rng.shuffle(blocks)
    rows = []
    for i, raw in enumerate(blocks, 1):
        post_id = f"blind2-{i:03d}"
        text, findings = parse(post_id, raw)
        rows.append({"id": post_id, "text": text, "findings": findings})
    return rows


def main():
    try:
        rows = build()
    except SetError as e:
        print(f"ERROR: {e}", file=sys.stderr)
        sys.exit(1)
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, "blind2_set.jsonl")
    with open(out_path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with_ids = sum(1 for r in rows if r["findings"])
    per_kind = {}
    for r in rows:
        for f in r["findings"]:
            per_kind[f["kind"]] = per_kind.get(f["kind"], 0) + 1
    long_posts = sum(1 for r in rows if 1200 <= len(r["text"]) <= 1600)
    print(f"wrote {len(rows)} posts to {out_path}")
    print(f"  with identifiers: {with_ids}; without: {len(rows) - with_ids}")
    print(f"  posts of 1200-1600 chars: {long_posts}")
    for k in sorted(KINDS):
        print(f"  {k}: {per_kind.get(k, 0)}")


if __name__ == "__main__":
    main()
