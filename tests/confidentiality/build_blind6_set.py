#!/usr/bin/env python3
"""Build the blind6 evaluation set for the confidentiality guard.

Standalone: no project imports. Written blind (without reading the guard's code,
word lists or tests). Each post is written with inline markers ``[[kind:span]]``
around every identifying span; the script strips the markers, computes Python
str offsets (end exclusive) and writes ``tests/confidentiality/blind6_set.jsonl``
(lines ``{"id", "text", "findings": [{"kind", "start", "end"}]}``), shuffled
with a fixed seed. Ids are ``blind6-case-NNN`` (forum posts by practitioners,
carers and care leavers) and ``blind6-prose-NNN`` (paragraphs and comments in
the style of published social-care blogs, news, opinion pieces and their
comment threads), numbered after the shuffle.

MARKING RULES APPLIED (what a careful moderator would mark)
-----------------------------------------------------------
person_name
  * Every private individual named anywhere: children, parents, relatives,
    carers, workers, colleagues, forum members addressed by name (vocatives:
    "Thanks Gemma"), first names alone, surnames after a title, nicknames
    ("Big Mike", "Shaun"), lower-case names ("bex", "ricky"), initial +
    surname ("K. Whitworth"), non-Anglo names, names that are also words
    ("Grace", "Hope") when used as a name.
  * The span is the name only: titles (Mr, Mrs, Ms, Miss, Dr, Sister) and
    kinship words (Auntie, Nan) stay outside; a possessive ('s / ’s) stays
    outside, so "Jayden's mum" marks "Jayden". Every occurrence is marked.
  * Professionals in a specific case (a named IRO, DSL, judge hearing a live
    case, GP, supervising social worker) are private individuals: marked.
  * In published prose, private people are marked too: young people, parents
    and carers quoted by name in a feature (even first name only), people
    thanked by name, and COMMENTERS whose display name looks like a real name
    ("Debbie Marsh says:", "Reply to Barbara").
  * NOT marked: public figures and people cited or quoted in a public,
    professional capacity in published material -- authors and their books,
    academics quoted in articles, ministers, commissioners, council officials
    and charity chiefs quoted as such, judges named in published judgments,
    celebrities, TV/fiction characters -- whether cited by full name or later
    by surname alone ("Professor Nadia Qureshi ... Qureshi said"). An
    article's BYLINE in real-name form is a published author: not marked.
  * NOT marked: initials alone ("T.R."), letters used to anonymise ("known in
    the judgment as Y"), generic roles ("the mum", "my SW", "her nan"), and
    generic comment labels ("Anonymous", "Guest", "A foster carer",
    "Social worker, Powys").
handle
  * Every @handle, whoever runs it (person or organisation), and every
    username-shaped account name (no spaces, underscores/dots/digits, or
    u/...) naming an account: commenters' usernames, "Posted by jo_sw_manc",
    lists of thanks, a byline given as a handle. Hashtags (#SWchatNW) are not.
date_of_birth
  * A person's birth date when a day is given (with or without year:
    "born 3 April", "DOB 14/02/2009", "turned 18 on 2 May"). A birth year or
    an age alone ("born in 2009", "16 today") is NOT marked.
date
  * Any other specific calendar day: day + month (with or without year or
    weekday), or a numeric date; includes article publication/update dates
    and comment timestamps that carry a day. NOT marked: years alone,
    month + year ("March 2024"), months, weekdays, seasons, "last March",
    "the third Friday of February", relative days, times of day, decades.
nhs_number
  * 10-digit NHS numbers, any spacing; every marked one passes Modulus 11, and
    no unmarked checksum-valid 10-digit number is allowed anywhere.
ni_number
  * National Insurance numbers in any case/spacing.
postcode
  * Full UK postcodes only. An outward code alone ("the LS9 area") is area
    level, like a town: NOT marked.
phone
  * Every phone number of a person, team, office, service or venue (all in
    Ofcom drama ranges). NOT marked: national helplines of national
    organisations that identify nobody (Childline 0800 1111, Samaritans
    116 123, 999, 111).
email
  * Every email address, personal or organisational.
address
  * Street-level locations: a street or road name with or without a house
    number, flat/room numbers, a named building used as an address. NOT
    marked: towns, cities, boroughs, districts, counties, regions, countries,
    islands, in any language (Caerdydd, Glaschu, Baile Átha Cliath, Kraków),
    nor streets used as metonyms or titles (Downing Street, Coronation
    Street).
institution
  * A specific named establishment where a person can be found: schools,
    academies, PRUs, FE colleges, nurseries, children's homes and residential
    units, care homes, hospitals, GP surgeries/medical centres, secure
    centres, named family/contact centres. Marked wherever it appears,
    including in published prose.
  * NOT marked: organisations and bodies -- councils, trusts, CAMHS,
    charities (Barnardo's, Become, Kinship), regulators (Ofsted, Social Work
    England, Care Inspectorate), Cafcass, government departments, the NHS,
    universities (treated as organisations), companies, products and apps
    (CamelCase or not: PathwayPal, LiquidLogic, Mosaic, WhatsApp), media,
    football clubs, museums; generic establishment words ("a Foyer",
    "the family centre", "the hostel").
reference
  * Identifiers of a case, person or proceeding: court/case numbers, client
    IDs, crime reference numbers, a practitioner's registration number.
    NOT marked: laws and sections (Children Act 1989, s.20), reports
    (the Munro Review), hashtags, statistics.
vehicle_reg
  * Any UK registration plate.

Fails loudly on: unknown kinds, stray/unbalanced brackets, spans with edge
whitespace, marked values in the wrong shape, marked NHS numbers failing
Modulus 11, unmarked checksum-valid 10-digit numbers, unmarked drama-range
phone numbers, unmarked emails / @handles / full postcodes / registration
plates / day-level dates, a marked span whose text occurs elsewhere in the same
post unmarked, a title (Mr/Mrs/Ms/Miss/Dr) before an unmarked capitalised word
in a forum case post, marked public figures, duplicates, and group sizes or
identifying/clean shares outside the brief.
"""

import json
import random
import re
import sys
from pathlib import Path

KINDS = {
    "person_name", "date_of_birth", "nhs_number", "ni_number", "postcode",
    "phone", "email", "address", "institution", "handle", "reference",
    "vehicle_reg", "date",
}

SEED = 6_2025
OUT = Path(__file__).resolve().parent / "blind6_set.jsonl"

# ---------------------------------------------------------------------------
# Forum case posts that contain identifying details (marked).
# ---------------------------------------------------------------------------
CASE_ID = [
    "Can anyone advise? [[person_name:Tiegan]]'s nan wants contact to go from fortnightly to weekly, but the carers say [[person_name:Tiegan]] comes back unsettled every single time. How do you weigh a grandparent's wish against that?",
    "omg [[person_name:bex]] from my old placement just messaged me after like 4 years. shes got a baby now and shes doing so good",
    "Transfer summary. Child: [[person_name:Mihail Popescu]], DOB [[date_of_birth:09/06/2014]], NHS [[nhs_number:446 374 4814]]. Subject to a child protection plan under the category of neglect since [[date:22 January 2024]]. Family moved out of our area into yours last week without telling anyone. Who do I send the transfer-in conference request to?",
    "Sorry, urgent-ish. Carer has found a note in the YP's bag with an address on it, [[address:14 Ashgrove Terrace]], and a time. Not an address we know. Police non-emergency first or a strategy discussion?",
    "Thanks so much [[person_name:Gemma]] for covering the LAC review this morning, I owe you a brew and probably a biscuit.",
    "Dad is refusing to engage and has started sending abusive messages from [[phone:07700 900562]]. I've blocked it on my work phone but he just borrows his brother's. What do others do?",
    "Foster carer here. Our youngest, [[person_name:Oluwaseun]] (we call him [[person_name:Shaun]] because he asked us to), has his first sleepover at a friend's this weekend. Do the friend's parents need a DBS? Fostering team are being vague.",
    "new PA is called [[person_name:ricky]] and he actually got me a bus pass on the first day. the bar was on the floor but still",
    "Mrs [[person_name:Adebayo-Scott]], the IRO, wants the updated care plan by [[date:Friday 7 March]]. I haven't even had the health assessment back. How strict are IROs on that in your areas?",
    "The LADO referral is about a teacher at [[institution:St Aidan's Catholic Primary School]]. Do I name the teacher on the form or wait to be asked? First one I've done.",
    "Still waiting on the expert's report for [[reference:LE24C00911]]. Final hearing is in four weeks. Is it normal for the guardian not to chase this?",
    "Does anyone know what bus goes from [[postcode:NE4 6SS]] to the college? YP starts next month and I don't drive.",
    "His NI number came through: [[ni_number:SP 78 23 45 B]]. Do I just give him the letter or scan it to the file too? He's 16 and losing things is his main hobby.",
    "Email came in from [[email:safeguarding@oakfieldhigh.sch.uk]] asking for an update on the plan. OK to reply with the child's initials, or does it have to go through Egress?",
    "Saw mum's car parked outside the foster carers' house again, blue Fiesta, [[vehicle_reg:FG68 TYU]]. Third time this month. Carers are frightened.",
    "Parenting assessment for Ms [[person_name:Kowalski]] starts [[date:Monday 3 February]]. She's asked if she can bring her sister for support. Any reason not to?",
    "[[person_name:jamal]] is doing better than anyone thought. off the tag, back at college, even made his own tea tonight. proud foster mum moment",
    "Tried ringing [[institution:Parkside Medical Centre]] about the LAC health assessment letter and was on hold for 48 minutes. Forty eight.",
    "Quick one: grandad's number for the contingency plan is [[phone:0114 496 0731]], can whoever's on duty make sure it's on the system? I'm on leave from tomorrow.",
    "Auntie [[person_name:Pat]] has been amazing, she's had the three of them every weekend since their mum went into hospital. Kinship assessment starts next week and I'm hoping it's a formality.",
    "Hey [[person_name:Dani]], saw your post about direct payments last week, did you ever get an answer from the brokerage team?",
    "Young man I support turned 18 on [[date_of_birth:2 May]] and housing say he's not a priority because he's 'not vulnerable'. He's been in care since he was four.",
    "Referral from [[institution:Northgate Nursery]]: bruising to a 2-year-old's ear, mum says he fell off the sofa. I'm new to duty. Talk me through what you'd do in the first hour.",
    "hi im [[person_name:Kasia]], 19, care leaver from Poland originally, just joined. is anyone else here who came to the UK as a kid in care and had to sort settled status?",
    "Got the paperwork for the SGO, case number [[reference:ZW25P00143]]. How long does the court usually take to seal the order after the hearing?",
    "Can I just say Mr [[person_name:Hussain]] at [[institution:Westfield Academy]] is the best DSL I've ever worked with. Rings back within the hour, every time.",
    "Baby [[person_name:Nova]] was discharged from [[institution:Bradford Royal Infirmary]] to the mother and baby placement today. Mum cried when the carer held the door open for her. Fingers crossed.",
    "She says her boyfriend goes by [[handle:@trapkingbilly]] on Insta and she's been meeting him in the park after school. Police say they can't act yet. CE screening tool done.",
    "Family group conference venue: [[address:The Old Library, 4 Church Lane]], [[postcode:HG1 2RT]]. Parking is awful, get the bus if you can.",
    "EDT note says '[[person_name:Marcia]] located at 02:10 at boyfriend's home on [[address:Belgrave Road]]'. So now we know where he lives. Do we share that with school?",
    "Want to say thank you to Sister [[person_name:Bernadette]] at the drop-in, she's fed our care leavers every Tuesday for twenty years and never once asked anyone to fill in a form.",
    "Anyone else got young people at [[institution:Larchwood House]]? Three missing episodes this week and the manager insists staffing is fine.",
    "nhs number for the referral form is [[nhs_number:7278215269]], nurse said put it in without spaces",
    "Sorry if this is the wrong place. My daughter [[person_name:Shania]] was born [[date_of_birth:11 November 2008]] and was adopted in 2011. She's asking about her birth family and I don't know where to start.",
    "Sibling time plan: [[person_name:Aleksander]] and [[person_name:Zofia]] see each other at the family centre on the first Saturday of the month. [[person_name:Zofia]]'s carers want to move it to Sundays. Any reason that wouldn't work?",
    "Practice educator for my final placement is [[person_name:Declan]] and he's brilliant at making me say what I actually think rather than what I think he wants to hear.",
    "Car the YP got into outside school: black Audi, reg [[vehicle_reg:LB19 XWK]], driver in his twenties. Passed to police and our CE lead. Anything else I should be doing today?",
    "Kinship viability booked with the children's grandmother, Mrs [[person_name:Akua Boateng]], on [[date:Thursday 16 October]]. She's asked for an interpreter who speaks Twi. Where have people found one?",
    "PEP at [[institution:Kings Norton Girls' School]] ran for two hours and we agreed precisely one action. Virtual school head was brilliant though.",
    "[[person_name:Faisal]] wants everyone to know he got a B in English. He asked me to post it. So here it is. A B in English!!!",
    "Ask: the email for the kinship support group is [[email:kinshipcircle.north@gmail.com]], is it OK to give it to carers directly or should it go through their SW?",
    "my little sister [[person_name:Amelia-Rose]] is in foster care in a different town and i only see her once a month. is there anything i can do to get more? im 20",
    "Missing person crime ref is [[reference:13/118204/24]]. Police want a recent photo from the carers but mum has said no photos are to be shared. Surely that doesn't apply here?",
    "Has anyone got a contact at [[institution:The Priory Hospital Cheadle Royal]]? Young person admitted last night and the ward won't confirm anything to me.",
    "Foster carers Mr and Mrs [[person_name:Okafor]] asked me to pass on their thanks to whoever organised the Christmas gifts. They were overwhelmed.",
    "i'm living at [[address:Flat 2, 33 Stanley Road]] now and the damp is so bad my clothes go mouldy. council say its my fault for drying washing inside. where else am i meant to dry it",
    "Team, the new duty mobile is [[phone:07700 900283]]. The old one is in a drawer somewhere with a cracked screen and three weeks of voicemails.",
    "Anyone know [[person_name:Tadhg]] from fostering recruitment? He said to message him on here about the open evening.",
    "Bundle deadline for [[reference:NE25C00078]] is [[date:12/02/2025]]. Legal want my statement by [[date:5 February]]. Which means this weekend is gone.",
    "Happy birthday to our [[person_name:Keisha]], 18 today!!! came to us at 9, now off to do nursing. the house is going to be so quiet",
    "DOB on the referral is [[date_of_birth:29.02.2009]], which isn't a real date. How do other teams resolve that, ask the parent or wait for the birth certificate?",
    "Hi all, [[person_name:Rhiannon]] here, student SW on placement in a looked-after children team in Swansea. Is there a Welsh-language pathway plan template anyone can point me to?",
    "YP's number has changed again, now [[phone:+44 7700 900918]]. Please don't give it to mum, she's been turning up wherever he goes.",
    "Sorry to moan but [[institution:Hollybank Care Home]] say nan can't have the grandkids visit on weekdays. It's the only time their foster carer can drive them.",
    "Someone took a photo of the kids at the school gate and posted it in a local Facebook group, tagging [[handle:@Ravensthorpe_Mums_Chat]]. Can we get it taken down?",
    "Is anyone else working with the [[person_name:Brennan]] family? Don't want to say more on here, just need to know if someone in the east team has them so we can talk offline.",
    "Huge thanks to [[person_name:Joanne]] and [[person_name:Mo]] in business support who found the missing court order at 4:55 on a Friday. Heroes.",
    "PEP target for [[person_name:Lucas]]: read for 10 minutes every night. Carer says he'll only do it if it's football magazines. I say a win is a win.",
    "Dad says he's moved to [[address:Cromwell Court]] in Hulme but the housing officer has no record of him. Do I still do the home visit there?",
    "Post for the leaving care team: [[person_name:Ionut]]'s pathway plan review is two months overdue and he's asking me, his foster carer, why. I don't know what to tell him.",
    "Ward sister at [[institution:Alder Hey Children's Hospital]] rang to say the baby is medically fit for discharge but there's no placement. What are other authorities doing when this happens?",
    "Cross-posting. DOB [[date_of_birth:7 January 2010]], initials T.R., missing since last night, last seen in a grey tracksuit near the retail park. If the neighbouring MASH recognises her please ring our EDT.",
    "Call from Mrs [[person_name:O'Sullivan]]'s GP at [[institution:Riverside Surgery]] saying she hasn't collected her prescription in three weeks. She's a kinship carer for two under-fives.",
    "we moved [[person_name:Danny]] to a new placement on [[date:19 August]] and he's already run back to the old one twice. carers there still love him and want him back. why cant he just go back",
    "If you need to send us documents securely, our team inbox is [[email:sixteenplus@northshire.gov.uk]], and please put the YP's initials, not their name, in the subject line.",
    "My social worker [[person_name:Hannah]] is leaving and I only found out from the receptionist. I've had her three years.",
    "Can anyone at [[institution:Greenbank Pupil Referral Unit]] help? Trying to find out whether a Year 10 boy is on roll. School say he is, mum says he's never been.",
    "Mum's solicitor says she's now living at [[address:72 Wilmslow Avenue]], [[postcode:SK8 3BN]], with a new partner we know nothing about. Where do we start with checks?",
    "Hiya, does anyone know [[person_name:Siân]] who used to run the care leavers' choir? She was my key worker and I'd love to thank her.",
    "Note for whoever's on duty: police have the car as [[vehicle_reg:WR70 BZD]], registered to a [[person_name:Craig Sutcliffe]] at an address in Halifax. Strategy at 2.",
    "Placement plan says bedtime 9pm but [[person_name:Kofi]] is 15 and his mates are out till 11. Carer and I disagree. Who's right?",
    "Just had a text from [[person_name:Naz]]'s mum saying thank you for the birthday card. Eight years after I closed the case. Going to be thinking about that all day.",
    "[[person_name:Grace]] is doing her GCSE retakes and needs a laptop. Anyone know a charity that gives care leavers laptops? Her PA says the grant can't stretch to it.",
    "Pre-proceedings letter went out on [[date:3 October 2024]] and the PLO meeting was [[date:24 October]]. Review is now overdue. How long do others let pre-proceedings run?",
    "Home visit on [[address:Moor View Road]] and the dog got out and chased my car down the street. I'm fine. My dignity isn't.",
    "cant believe [[person_name:tyrone]] remembered my birthday. the kid i spent two years trying to get into school. hes 22 now, works at a garage, sent me a voice note",
    "Police want to ABE [[person_name:Leila]] on [[date:Wednesday 26 March]] at the suite in the station. She's terrified of police stations. Can we ask for a different venue?",
    "Is it OK to give school the foster carers' number, [[phone:0161 496 0488]]? It's a landline, they don't own a mobile, and school keep asking.",
    "Anyone know the SENCO at [[institution:Cedar Park Academy]]? His EHCP review is four months overdue.",
    "Manager asked me to check the locum's registration, [[reference:SW108442]], on the Social Work England register. It says registered with conditions. Who do I escalate to?",
    "her tiktok is [[handle:kayy.leighh_]] and shes posting videos from the roof of the unit. can someone from resi please check tonight",
    "Our lad [[person_name:Ravi]] has been offered an apprenticeship at a garage! Starts [[date:1 September]]. Any tips for keeping Staying Put going once he's earning?",
    "To whoever posted about [[person_name:Ellis]] yesterday: you used his full name in the title. I've reported it so the mods can edit. Please be careful, everyone.",
    "New baby in the family, [[person_name:Ayaan]], born [[date_of_birth:18/03/2025]] at [[institution:Leicester Royal Infirmary]]. Mum's asked if the older two can meet him before discharge. Contact centre can't do it till next week.",
    "YP's UC claim was closed because DWP say the NI number [[ni_number:TK 51 93 07 A]] doesn't match. He's had the same one since he was 16. Anyone dealt with this?",
    "Mum's email is [[email:shelby.r.1996@hotmail.co.uk]] if school need it, but she's asked that letters go by post as well because she doesn't always check it.",
    "Everyone at the hostel calls him [[person_name:Big Mike]] and he hates it. He's five foot four. He's asked me to start calling him [[person_name:Michael]].",
    "Asked for my file and my SW said email the data protection team, [[email:dpo@northshire.gov.uk]]. I did. Nothing in 8 weeks. Are they allowed to just ignore me?",
    "Kinship carers [[person_name:Jim]] and [[person_name:Maureen]] are in their seventies and have just got an SGO for their great-granddaughter. The support plan is one page. Thoughts?",
    "Hearing moved to [[date:14 May]] at 9.30 in front of the same judge. Parents' barrister has changed for the third time.",
    "Meet [[person_name:Ngozi]], our new fostering panel chair. Care leaver, then social worker, now chairing the panel. Full circle.",
    "Visiting a lad at [[institution:Aycliffe Secure Centre]] tomorrow, three hours each way. Podcast recommendations please.",
    "Copying from the initial health assessment request so someone can check my format: NHS number [[nhs_number:780 816 2507]], GP [[institution:Heaton Moor Medical Group]], no known allergies.",
    "Subject line on the email from health said 'Re: [[person_name:K. Whitworth]], NHS [[nhs_number:9532054049]]' and it went to an all-staff list. Do I report it as a breach even though I didn't send it?",
    "my ni number is [[ni_number:jn452301c]] and hmrc still say they cant find me on the system. been on hold an hour",
    "For the chronology: [[date:15/07/2023]] fixed-term exclusion, [[date:02/08/2023]] police called to the home, [[date:20/08/2023]] missing overnight. Is a chronology supposed to include the things that went well too?",
    "Found this forum through [[handle:u/fosterdebs_uk]] on Reddit, who said it was the kindest corner of the internet for carers. So far so good.",
    "He keeps getting messages from an account called [[handle:bigbro_wolves07]] on Snapchat offering him 'work'. County lines. NRM referral done. What next?",
    "[[person_name:Mohammed]] and [[person_name:Muhammad]] are in the same placement and the carers keep mixing up their post. We're laughing about it, but also, is that a data breach?",
    "Supported lodgings address for the form: [[address:Room 6, 118 Albert Road]], [[postcode:PR1 8HL]]. Landlady is lovely but the heating's on a coin meter.",
    "Can't get hold of anyone at [[institution:Hilltop Family Centre]] to confirm Saturday's family time. Dad will go mad if it doesn't happen.",
    "lol ask [[person_name:kez]] she knows everything about the grant, she got hers in like a week",
    "[[person_name:Chelsea]] has finally got her own flat in Salford and she sent me a photo of her kettle. Just the kettle. Best photo I've had all year.",
    "Social worker for the family last year was a [[person_name:Jordan Achebe]], now left. Does anyone know if he's still in the region? Chronology has gaps only he can fill.",
    "Mum's ex still drives past the school in an old Vauxhall, [[vehicle_reg:R385 TNB]]. Dinner ladies have started noting the times. Is that enough for a non-molestation order?",
    "[[person_name:Jaylen]]'s dad has asked for phone calls on top of face to face. [[person_name:Jaylen]] is 6 and says he doesn't want to talk on the phone. Thoughts on how to record his view?",
    "Thank you [[person_name:Wojciech]] for translating at the review, the mum said it was the first meeting she'd understood from start to finish.",
]

# ---------------------------------------------------------------------------
# Forum case posts that are clean but tricky (no markers).
# ---------------------------------------------------------------------------
CASE_CLEAN = [
    "Does anyone find Working Together 2023 clearer on education as a safeguarding partner, or is it just me?",
    "the mum turned up drunk to contact again. cancelled it and sat with the kids in the car park eating crisps till the carer came. some days man",
    "Born in 2009 and already on his fourteenth placement. The system didn't fail him, it never held him in the first place.",
    "Reading Ofsted's annual report on my lunch break. More children's homes, but mostly in the north west. Not news to anyone up here.",
    "My SW said she'd ring Monday. It's Thursday. Should I just turn up at the office?",
    "Anyone got a good explainer for young people on what Section 20 actually means? The Children Act 1989 isn't exactly bedtime reading.",
    "Our Cafcass guardian is brilliant but the family court adviser on my other case is impossible to reach. Is that normal?",
    "Barnardo's ran a session on trauma-informed practice at our team day and it was genuinely useful, not just slides.",
    "Moving from Leeds to Bristol for a new job in the spring. What are Bristol children's services like to work for?",
    "May is always my worst month. Reviews, PEPs, exams, and the summer holidays coming with nobody free to supervise family time.",
    "Will anyone be at the BASW conference in June? First time going and I don't know a soul.",
    "Read the Munro Review for my dissertation and honestly it's still spot on. We measure the wrong things.",
    "Grace period on the council tax exemption for care leavers, does it run to 25 everywhere or just in our area?",
    "Hope everyone's OK after last week. The news coverage of that case was brutal for everyone working in child protection.",
    "Twelve-year-old asked me today if I was 'like the social worker in Tracy Beaker'. Not sure whether to be flattered.",
    "16 today, nobody remembered except the staff on shift. they got me a cake from Morrisons. it was actually nice",
    "Tips for explaining a care order to a six-year-old? I've drawn the house-with-rooms picture but he just wants to know when he's going home.",
    "Social Work England CPD deadline is coming up and I've logged exactly one piece. How many do you all do?",
    "the foster carer's husband is lovely but talks over the kids constantly. how do you raise that without it becoming a whole thing",
    "My nan raised me under an SGO and nobody told us about the allowance until I was 15. Tell your kinship carers what they're entitled to.",
    "Watched Heartstopper and Sort Of back to back this weekend to escape work. Recommend. Nobody in either has a review.",
    "Rainbow Trust and Home-Start both do amazing work round here but their waiting lists are months long now.",
    "Anyone know if Staying Close is being extended outside England? Asking from Wales.",
    "Care leaver, 24, looking for other care-experienced people doing a master's. Anyone? Feeling like the only one in my cohort.",
    "8am to 9pm today. Two visits, one strategy, one ambulance, zero lunch. Going to bed.",
    "Lemn Sissay spoke at our conference last year and there wasn't a dry eye in the room. He's been saying the same thing for twenty years and we're still not listening.",
    "the judge was actually kind today. asked the young person if she wanted to say anything and then actually listened. rare",
    "Three years on from the Independent Review of Children's Social Care, how much of it has your authority actually done?",
    "Our regional adoption agency moved to a new system and all the matching profiles vanished. Anyone else's RAA having the same problem?",
    "Working in the Highlands means a home visit can be a three-hour round trip. Anyone else rural? How do you manage caseloads?",
    "In Manchester they've started a care leavers' covenant with local employers. Has anyone seen any results?",
    "my brothers dad has been in prison since 2016. he gets out in the spring and my mum wants him back home. im 17 and i dont know who to tell",
    "What's everyone's view on 'service users'? The young people I work with hate it, and so do I.",
    "Our home's manager is leaving at Christmas. Third in two years. Ofsted will be back in the new year. Staff are exhausted.",
    "Reminder: a subject access request has to be answered within a month, and care leavers can ask for their whole file. Don't let anyone fob you off.",
    "Anyone had experience of the Family Drug and Alcohol Court? Ours is starting one and I'm cautiously excited.",
    "The dad in my case is a lovely bloke until you say the word 'assessment'. Then it's a different man entirely.",
    "First-year student here, just finished my first shadowing week with a child protection team. I cried in the car twice. Is that normal?",
    "Does anyone's authority still pay for driving lessons for care leavers? Ours stopped in 2022.",
    "Christmas Day on shift in a children's home is the best and worst day of the year. Who else is in this year?",
    "Mark my words, the agency pay cap is going to empty half the teams in the south east by summer.",
    "Scotland has The Promise. England has a consultation. Can we borrow theirs?",
    "Anyone on here from Northern Ireland? The Children (Northern Ireland) Order 1995 is different enough that I'm lost on a cross-border case.",
    "Just finished a Doctor Who marathon with my foster son. Favourite Doctor debate got heated. He's team Jodie Whittaker, I'm team Tennant.",
    "A parent told me at conference today that I'd 'ruined her life'. I sat in the stairwell for ten minutes. Then I did the next visit.",
    "Fostering allowances went up in April. Did yours? Ours went up less than the national minimum and the agency carers got more.",
    "anyone else's leaving care team only contactable between 10 and 12 on a wednesday? feels like a joke",
    "The Care Leavers' Association and Become both have really good guides on getting your records. Start there before you go to the council.",
    "The baby is six weeks old and has never been seen by a health visitor. How does that happen in 2025?",
    "Summer holidays are six weeks of no school, no structure and a lot of 'where are you'. How do you plan for them with teenagers in resi?",
    "Read The Body Keeps the Score on a colleague's recommendation. Interesting, but I'm wary of it being treated as gospel in training.",
    "Has anyone used Mind of My Own with younger children? Trying to get their voice into reviews without me writing it for them.",
    "Gran is 82 and the main carer. Uncle lives in Spain. Dad's whereabouts unknown. The genogram looks like a spider's web.",
    "Is it me or has Hackney's systemic model been copied by every authority in the country by now?",
    "Fostering panel approved three new households yesterday. All three said a documentary on Channel 4 got them thinking about it. TV works.",
    "Our pathway plan template is 47 pages. Forty seven. Young people read page one and then look at you like you've betrayed them.",
    "UC for 18-year-olds in supported accommodation: where does the housing element actually go? Asking for about eleven of my young people.",
    "the girl in the room next to me at the hostel cries every night and i dont know if i should tell staff or if thats snitching",
    "Question for IROs: how many reviews do you chair a week, and how many do you actually get time to prepare for?",
    "Monday again. Laptop updating, phone on 4%, duty rota changed overnight. Solidarity to everyone starting the week on fumes.",
    "The Children and Social Work Act 2017 gave care leavers a PA up to 25. Most of mine didn't know. Spread the word.",
    "Any care leavers here who went to uni? How did you find the bursaries? I'm getting different answers from every university I ask.",
    "Is there any decent research on outcomes for kids placed out of area? Our head of service quotes figures I can't find anywhere.",
    "Why is it always Friday at 4pm when the referrals land? It's like the universe saves them up.",
    "we went to Blackpool with the carers for the day and it rained the entire time and it was still the best day ive had all year",
    "The foster carer's birth daughter is 14 and struggling with sharing her mum. Any resources for the birth children of foster carers?",
    "The Child Safeguarding Practice Review Panel published another national review this week. Same themes. Information sharing, professional curiosity, the voice of the child.",
    "Started a reading group for care leavers at the library. First book was Noughts & Crosses by Malorie Blackman. Three people came. Three!",
    "Do you have to be 21 to foster? My cousin is 22 and wants to start the process.",
    "Eleven years in residential and a young person asked me today if I get paid to care about him. I said yes, and that I'd do it anyway. Right answer?",
    "Parent asked to record the child protection conference on her phone. Chair said no. Is that the norm or is there a policy somewhere?",
    "What do you do when a family's faith says one thing about a treatment and the doctors say another? Looking for general principles, not a case.",
    "The Guardian ran a piece about children's homes profits this week. Good to see, but why is the photo always a kid crying on some stairs?",
    "Ofsted rated us 'good' after three years of 'requires improvement'. The team went to the pub at 3pm. No regrets.",
    "Foster carers are self-employed for tax. Is that the same in Wales? Doing my first self-assessment and I'm lost.",
    "Can a 17-year-old in care get married in England now? I thought the law changed in 2023.",
    "ASYE done. Two years in. Still love it. Still tired. Still here.",
    "Advice for a mum who says her son's school are 'always picking on him'? She's not known to us, she's my neighbour, I'm asking as a human.",
    "Care leaver here, just passed my probation at work. Six months ago I couldn't get out of bed. Keep going people.",
    "a girl from my old childrens home is a social worker now and i saw her on the news. so proud of her even though shed never remember me",
    "Tip: Citizens Advice were better than our own welfare rights team for a care leaver's PIP appeal. Don't be too proud to refer out.",
    "Our out-of-hours service covers four authorities and about a million people. One social worker on at night. One.",
    "Weekend in the Lake District with my own kids. Phone off. First time in two years.",
    "Frank conversation with my manager today about caseloads. She agreed with every word. Nothing will change. But she agreed.",
    "Anyone know a food bank in the LS9 area that doesn't need a voucher? Young person has 40p until Tuesday.",
    "Before the holidays, put Childline (0800 1111) and Samaritans (116 123) into the young person's phone. Both free, both there at 3am when we aren't.",
    "At 17 I was living in a B&B on my own. In 2024 that's supposed to be banned for under-18s. Is it actually?",
    "Team night out: half of us went to watch Chelsea v Arsenal in a pub in Croydon, the other half went home to sleep. Both valid.",
    "The family fled from Syria to Jordan before coming to the UK. Kids have been in four schools in two countries. Where do you even start with a PEP?",
    "Is Coronation Street still doing that storyline about the foster kid? My carers keep asking me whether it's realistic.",
    "Did anyone watch the minister on the news from Downing Street? Lots of talk about 'family help' and not one word about pay.",
    "Our DSL is off, the deputy is on a course, and the head thinks a referral is a phone call. Tuesday, basically.",
    "I've been a foster carer since the 90s and the paperwork has tripled. The kids haven't changed. They still want chips and someone to listen.",
    "Just got back from the Welsh Government's event in Cardiff on eliminating profit from care. Lots of optimism, not much detail.",
    "What's the etiquette when you bump into a family you work with in the big Tesco? I always let them decide whether to say hello.",
    "Any kinship carers here also looking after a grandchild with FASD? The support groups I've found are all for adopters.",
    "Tuesday night peer supervision on Teams is the only reason I'm still in this job. Shout out to the group, you know who you are.",
    "The YP's mum and dad split up in March and both want him at Christmas. He wants to be at his mate's. Honestly, fair.",
]

# ---------------------------------------------------------------------------
# Prose (blog / news / opinion / comment threads) with identifying details.
# ---------------------------------------------------------------------------
PROSE_ID = [
    "By Harriet Lowe, head of leaving care services | [[date:14 March 2024]]",
    "One of our apprentices, [[person_name:Tia]], 20, told me the biggest change was tone. “When you know the young person is going to read it, you stop writing ‘refuses to engage’ and start writing what actually happened.”",
    "If you’d like to see a demo, the PathwayPal team are happy to show other authorities what we’ve learned. Drop them a line at [[email:hello@pathwaypal.app]].",
    "[[person_name:Debbie Marsh]] says:\nWe tried something similar with MyPlanMyWay and the biggest issue was young people screenshotting their plans onto Snapchat. How did you handle that?",
    "Harriet Lowe replied:\nGood question, [[person_name:Debbie]]. We talked it through with young people at the start and most said the screenshots were the point: they wanted their mates to see they had a plan. We only block sharing on the section about family time.",
    "[[handle:sw_in_sheffield]] says:\nLove this. Our PAs are still printing plans on a printer that jams every third page.",
    "One care leaver in Bangor, [[person_name:Osian]], 19, said the change had made the difference between keeping and losing his flat. “I messaged my PA at half eleven at night when the electric went,” he said. “She answered in the morning, but just knowing it had gone somewhere helped.”",
    "Published [[date:3 November 2023]] · Updated [[date:6 November 2023]]",
    "[[person_name:Carys Pritchard]] · 2 days ago\nMae hyn yn wych. Finally. I’ve used my own phone for years because the council one has no signal in half of Ceredigion.",
    "[[handle:PA_Gareth_84]] · 2 days ago\nThe boundaries bit worries me. Who is on call when a young person messages at 2am and the worker is asleep? That needs writing down somewhere.",
    "Posted by [[handle:resi_worker_rach]]\nWe did this in our home two years ago. The kids noticed within a week. One lad said ‘so you’ve stopped calling my bedroom a bed’.",
    "Posted by [[person_name:Martin O’Hare]]\nI agree with Guest. My granddaughter has lived in six ‘homes’ in three years. The word didn’t help her.",
    "[[handle:@NQSW_Leigh]] wrote:\nWe’ve got ScribeCare and I love it. I actually look at the family during visits now instead of at my notepad.",
    "[[person_name:Priya Nandakumar]] wrote:\nSerious question: who owns the recording? If a parent makes a subject access request, do they get the audio?",
    "[[person_name:Tom]] (student) wrote:\nOur course hasn’t mentioned any of this. We’re still being taught process recording by hand, with a biro.",
    "One participant from Wrocław, [[person_name:Kuba]], 21, said he had never met another care leaver from outside Poland. “I thought our problems were Polish problems,” he said. “They are not.”",
    "Written by [[handle:@thePAdiaries]], a personal adviser in the North West who blogs anonymously about leaving care.",
    "[[handle:careleaver_jade]]: MoneyMate saved me last winter. The pots thing sounds simple but it stopped me spending the rent on Deliveroo.",
    "[[handle:kinshipnanna]]: Do any of these work for grandparents? Asking as a 68-year-old who has just learned what a QR code is.",
    "[[handle:@thePAdiaries]] replied: [[handle:@kinshipnanna]] yes! KeysReady has a large-text mode and you can turn the music off.",
    "Foster carer [[person_name:Mòrag]], who lives near Tairbeart, has looked after eleven children since 2015. “You can’t take a child off the island and expect them to come back the same,” she said.",
    "“Turn up when you say,” said [[person_name:Kian]], 16. “If you can’t, text me before, not after.”",
    "[[person_name:Ebony]], 14, and her younger brother [[person_name:Tayo]] made a poster called ‘Things my SW should know’. Number one was ‘I hate being picked up from school in a council car’.",
    "The full findings will go to the corporate parenting board on [[date:21 September]], and young people will present them themselves.",
    "Thank you to everyone who took part, and to our young advisers [[handle:@lilz_speaks]] and [[handle:@jordy.voice]] for designing the questions.",
    "[[handle:@dutyteamdiaries]] 12:04 · Great piece. Sharing with my students.",
    "[[person_name:Sandra Okeke]] 13:15 · The staff kitchen is where most breaches happen, honestly.",
    "[[handle:@careleaverhub]] 14:40 · Thanks for linking our guide to using social media safely!",
    "In Dover, [[person_name:Abdirahman]], who arrived in 2022 aged 15, said he was placed with adults for six weeks before a social worker believed his age. He is now at college and wants to be an interpreter.",
    "Our supervising social worker, [[person_name:Lorraine]], came round every fortnight with the same question: ‘What’s made you laugh this week?’ It sounds twee. It saved us.",
    "Posted on [[date:2 June 2022]] by the Fostering Families blog team",
    "A children’s home in Lancashire has closed after inspectors found staff had repeatedly failed to report young people missing. [[institution:Fellside View]], a four-bed home run by a private provider, was rated inadequate at its latest inspection.",
    "[[person_name:Barbara Heseltine]] commented:\nI’ve been a kinship carer for my grandson for six years and never had an allowance. Nobody told me I could ask.",
    "Reply to [[person_name:Barbara]]: please contact Kinship, the charity. They have an advice line and they helped us get a backdated payment.",
    "[[handle:grandad_kev_62]] commented:\nSame here. Special guardianship order in 2019, support plan said ‘to be reviewed’. Never reviewed.",
    "[[person_name:Lindsey Atherton]] commented:\nIt’s the same in Northern Ireland. Our trust calls it a ‘discretionary payment’. Discretionary means no.",
    "Our own event is on [[date:Friday 21 February]] in the community hall behind the library. Young people, carers and workers are all welcome, and there will be food, music and a photo booth that prints for free.",
    "For accessibility questions, contact our participation worker [[person_name:Amrit]] on [[phone:0116 496 0352]].",
    "This month’s #CareLeaverChat was our biggest yet, with more than 300 people joining over the hour. Thanks to [[handle:@careleavervoice]], [[handle:@PA_Hannah_B]] and [[handle:@fosteringfuturesUK]] for co-hosting, and to everyone who shared a tip.",
    "Next month’s topic is housing. If you’d like to suggest a question, reply to the pinned post or DM [[handle:@CLChatHost]].",
    "The case number, [[reference:FD24P00312]], is one of a growing number of deprivation of liberty applications for children heard in the High Court.",
    "If you want to find me I’m [[handle:@notjustafile_]], and if you’re a social worker who wants to know what a looked-after review feels like from the other side of the table, start with the video from last March.",
    "Thanks to everyone who replied to last week’s thread, especially [[handle:jo_sw_manc]], [[handle:fosterdad_glasgow]] and [[handle:Brummie_PA]], whose tips have gone straight into our team handbook.",
    "When [[person_name:Dave]] and [[person_name:Lisa Thornbury]] began fostering in 1998, the training was a single evening in a church hall. Twenty-six years and more than ninety children later, they are retiring, and their local authority in Staffordshire has thrown them a party.",
    "“[[person_name:Lisa]] does the feelings, I do the lifts,” [[person_name:Dave]] said. Their first foster son, now 41 and a dad of three, gave a speech that left the room in bits.",
    "At [[institution:Ysgol Glan Eithin]], a secondary school in Gwynedd, care-experienced pupils now have a named ‘trusted adult’ who meets them every Monday before registration.",
    "[[person_name:Julie Farnworth]] · [[date:12 January 2024]] at 7:42 pm\nMy son’s EHCP took 51 weeks. The legal limit is 20. Nobody was ever held to account.",
    "[[handle:SENDmum_Bolton]] · [[date:13 January 2024]] at 8:10 am\nReply to [[person_name:Julie]]: ours took 38 and we had to go to tribunal. Keep every email.",
    "Staff at [[institution:St Columba’s Hospital]] and the local children’s services department have launched a joint ‘front door’ for babies with unexplained bruising, after a review found that information sat in two separate systems for three weeks.",
    "Media enquiries: communications team, [[phone:0113 496 0641]] or [[email:press@northernfostering.org.uk]].",
    "[[handle:@fosterdad_glasgow]] replying to [[handle:@careleavervoice]]: this thread should be required reading for every new PA.",
    "The Friday club meets at [[address:St Mark’s Hall, 9 Vicarage Road]], [[postcode:B17 0SN]], from 6 to 8. It’s for care-experienced young people aged 13 to 18, and there’s no referral form: just turn up.",
    "Firstly, thanks to [[person_name:Mel]] for asking me to write this, and for putting up with three missed deadlines. I’m a practising social worker, not a writer, so bear with me.",
    "Comment from [[person_name:Rukhsana]]:\nThis is exactly what happened to my brother. He was told he was an adult in a twenty-minute interview at Croydon.",
    "Featured article · [[date:8 October 2024]]\nBy Daniel Oyelowo-Hart, care-experienced trainee, Northshire Children’s Trust",
    "[[person_name:Shanice Adu]], 23, who grew up in foster care in Croydon, has opened a café that employs only care-experienced staff. “I wanted a first job for people who don’t have a dad’s mate to ring,” she said.",
    "The reunion will be held at the old [[institution:Moorside Children’s Home]], now a community centre, on [[date:Saturday 5 July]]. Former residents and staff from any decade are welcome.",
    "Places are free but limited, so please email [[email:reunion@moorsideformer.org.uk]] with the years you lived or worked there.",
    "[[person_name:Gwen Llewellyn]] · [[date:4 March 2025]]\nDiolch am hyn. My daughter’s PA in Aberystwyth already uses WhatsApp and it’s been brilliant for her.",
    "Congratulations to [[person_name:Aisha]] and [[person_name:Reece]], this year’s winners of the care leaver achievement awards, presented at the town hall on [[date:30 November]].",
    "Posted by [[handle:kinship_carer_lancs]] in Kinship carers’ corner\nDoes anyone else dread the annual SGO review letter? Ours arrives every January like a tax bill.",
    "A reader, [[person_name:Paul]] from Doncaster, emailed to ask whether his stepson can stay in Staying Put if he starts an apprenticeship. The short answer is yes, though the allowance may change.",
    "Inspectors found four 16-year-olds living in a rented terrace on [[address:Quarry Lane]] with staff visiting once a day and no working smoke alarm.",
    "The appeal (case no. [[reference:CA-2024-001187]]) turned on whether a local authority can rely on a parent’s consent when the parent lacks capacity. The court said it cannot.",
    "Update from [[person_name:Fiona]], our kinship support lead: the advice line now opens on Saturday mornings too. Call [[phone:0161 496 0917]] between 9 and 12.",
]

# ---------------------------------------------------------------------------
# Prose that is clean but tricky (no markers).
# ---------------------------------------------------------------------------
PROSE_CLEAN = [
    "In Rotherham, we used to hand every young person a printed pathway plan at their review. Forty pages, stapled in the corner, with their name on every header. Most went straight in the bin on the walk to the bus stop, and a few ended up on the floor of a shared house where anyone could read them.",
    "So last year we tried something different. With a small team of care-experienced apprentices, we moved the plan into an app called PathwayPal. Each goal sits on a card the young person can open on their phone. They tick it off, their personal adviser sees it, and if a goal stalls for more than a fortnight it turns amber on the team manager’s dashboard.",
    "The results have been modest but real. Across the first six months, 71% of young people opened their plan at least once a week, compared with the 12% who told us they had ever reread the paper version. Reviews got shorter. Complaints about ‘not knowing what my PA is doing’ fell by half.",
    "It hasn’t all been smooth. Our case-management system, LiquidLogic, doesn’t talk to PathwayPal, so PAs were typing everything twice for the first three months. Young people without data were left out until we agreed a deal with a local network for free SIMs.",
    "Professor Nadia Qureshi, who evaluated the pilot for the University of Huddersfield, put it bluntly: “The technology was the easy part. The hard part was persuading adults to let young people see what was written about them in real time.” Qureshi’s team is now looking at whether the same approach could work for younger children in care.",
    "Anonymous says:\nAs a care leaver I’d have loved this. I never saw my pathway plan until I asked for my file at 23, and half of it was about somebody else.",
    "A foster carer says:\nIs there a version for carers? We’re always the last to hear what was agreed at the review.",
    "Across Wales, councils are quietly rewriting the rules on how social workers can message the young people they support. Caerdydd, Abertawe and Ynys Môn have all updated their digital communication policies in the past year to allow instant messaging, after years of insisting on email or a council-issued phone.",
    "At Gwynedd, where most teenagers in care speak Welsh as their first language, the council has gone further and commissioned a bilingual chatbot, Sgwrsio, to answer out-of-hours questions about money, housing and family time.",
    "“Our young people live on their phones,” said Eleri Prys-Williams, the council’s head of children’s services. “Asking them to log into a portal to talk to their worker was like asking them to send a fax.” Prys-Williams said the policy had been drawn up with care-experienced young people.",
    "Not everyone is convinced. BASW Cymru warned in its consultation response that workers were being left to manage their own boundaries without clear guidance, and that personal phones were being used when council devices ran out.",
    "Social Care Wales said it would publish updated guidance on digital practice in the spring. Figures gathered for this article suggest that more than half of Welsh local authorities now allow some form of instant messaging with young people aged 16 and over.",
    "Social worker, Powys · 1 day ago\nIt’s not the app, it’s the caseload. Give me fifteen young people instead of thirty and I’ll reply by carrier pigeon.",
    "I have spent twenty-two years in children’s social care, and I still flinch every time a colleague says a child is ‘in placement’. Nobody else lives in a placement. They live at home, with people, in a house.",
    "This isn’t a new argument. The Independent Review of Children’s Social Care, led by Josh MacAlister, called for the language of the care system to change, and TACT’s guide Language That Cares lists dozens of terms young people want us to drop.",
    "Yet in most case-management systems the drop-down menus still say ‘placement’, ‘contact’ and ‘respite’. If you work in Mosaic or Eclipse, try changing the label on a form. You will need a change request, a steering group and roughly eighteen months.",
    "Words shape what we do. When a child is ‘a placement’, moving them is an administrative act. When a child is living with a family who love them, moving them is an upheaval. Both descriptions can be true of the same Tuesday afternoon.",
    "In Edinburgh, Glasgow and across the rest of Scotland, The Promise has made changing the language of care a formal commitment. In England, we have left it to the goodwill of individual teams.",
    "So here is my modest request. For one month, in your own notes, replace ‘contact’ with ‘family time’ and ‘placement’ with ‘home’. See whether anything changes in how you write, or in how the young person reads it.",
    "Posted by Guest\nGood piece, but words are cheap. I’d rather keep the word placement and have fewer moves.",
    "More than half of the councils that answered our survey are now piloting AI tools that listen to social work visits and draft the case note afterwards.",
    "The most common are NoteWise and ScribeCare, which record a conversation on a work phone, transcribe it and suggest a summary in the council’s own recording format.",
    "In Barnsley, managers say the tools have cut the time spent writing up a visit from ninety minutes to around twenty. At Kirklees, the pilot was extended after staff asked for it to cover reviews as well.",
    "Dr Samuel Ofori-Atta, who researches digital ethics at Cardiff University, said the time savings were real but the risks poorly understood. “A transcript is not a neutral record. It decides whose words get kept.” Ofori-Atta wants every AI-drafted note to carry a label saying so.",
    "Parents’ groups have raised concerns about consent. One mother from Wigan, who asked not to be named, said she only found out her visit had been recorded when she read the notes and saw her own swearing quoted back at her.",
    "A spokesperson for the Department for Education said councils were responsible for making sure any tool complied with data protection law.",
    "Frontline practitioner wrote:\nCounterpoint: I spend longer correcting the AI’s notes than I used to spend writing them.",
    "From Kraków to København, care-experienced young people gathered last month for a three-day summit on what happens when support ends. Delegates from twelve countries compared notes on housing, money and the age at which the state lets go.",
    "In Den Haag, delegates heard how the Dutch extension of foster care to 21 came about after young people campaigned for it. In Göteborg, they were told about a city-funded scheme pairing every young person leaving residential care with a peer mentor.",
    "The Irish delegation, who travelled from Baile Átha Cliath and Gaillimh, described Tusla’s aftercare support for young people who stay in education after eighteen.",
    "For the young people from Scotland, the talk of the summit was language. Two delegates from Steòrnabhagh on Leòdhas ran a workshop on keeping your first language when the care system speaks another.",
    "“We kept hearing the same story in different accents,” said Marta Wiśniewska, who chairs the network of care leavers’ organisations behind the event. Wiśniewska said the next summit would be held in Lisboa.",
    "The summit’s closing statement is available in nine languages, including Welsh and Scottish Gaelic.",
    "1. MoneyMate. A budgeting app built with care leavers that splits a Universal Credit payment into pots for rent, bills and food on the day it lands.",
    "2. Mind of My Own. Already used by many councils, it lets children and young people tell their worker how they feel before a review, in their own words.",
    "3. KeysReady. A tenancy-readiness course in bite-sized videos, with a certificate that a growing number of housing associations accept.",
    "4. WhatsApp Communities. Not an app in itself, but several leaving care teams now run a one-way channel for job adverts, food bank times and free events. Keep it one-way and it stays manageable.",
    "5. OpenUp. A peer-support platform moderated by trained care-experienced volunteers, open from 6pm to midnight, when most offices are shut and most crises happen.",
    "Honourable mentions go to Canva for CVs, Google Maps’ offline mode for young people without data, and the humble notes app, still the most reliable place any of us keep a list of phone numbers.",
    "In the Western Isles, where fewer than 27,000 people live, the council has been trying to recruit foster carers for years. Comhairle nan Eilean Siar says it has fewer than a dozen approved fostering households.",
    "Children who cannot stay with their families are often moved to the mainland, to Inbhir Nis or even Glaschu, hours away by ferry and road from school, friends and the Gàidhlig they grew up speaking.",
    "The Care Inspectorate said recruitment was a priority across rural Scotland and pointed to inspections that have repeatedly flagged a shortage of carers outside the central belt.",
    "Who Cares? Scotland said island children deserved the same chance to stay near home as children in Dùn Èideann.",
    "Over the summer we asked forty young people in care and leaving care across Yorkshire one question: what makes a good social worker? The answers were shorter than we expected, and more precise.",
    "Several young people talked about being asked the same questions again and again. “Read my file first,” one 17-year-old wrote on a sticky note. “I’m tired of saying it.”",
    "For practitioners reading this, none of it is new. Eileen Munro said much the same in her 2011 review, and Ruth Hewitt-Kerr’s book The Relational Social Worker spends three hundred pages on it. Hewitt-Kerr would be the first to say it lands differently when a 12-year-old writes it in felt tip.",
    "Every time I run a training session on professional social media use, someone asks the same thing: how can you possibly talk about practice online without breaching confidentiality? It’s a fair question, and the answer is less exciting than people hope.",
    "You talk about the practice, not the person. ‘How do I support a teenager who won’t come to reviews?’ is a practice question. ‘How do I support the girl from Tuesday’s strategy meeting who lives with her aunt…’ is not.",
    "At Liverpool, our team has run a monthly chat on X under #SWchatNW for four years. In that time the moderators have removed exactly three posts, all for sharing too much about a case.",
    "Social Work England’s professional standards don’t forbid online discussion. They ask you to maintain the trust and confidence of the public. Most of us can manage that on LinkedIn as well as we do in the staff kitchen.",
    "If you want a starting point, the BASW policy on social media is short and readable, and Community Care’s CareSpace forum was running moderated discussions before most of us owned a smartphone.",
    "Harry Ferguson’s research on home visits, in which researchers went into family homes alongside social workers, found that some of the most important conversations happened on the move: in cars, on walks, at the kitchen sink. Ferguson argues that practice is something done with bodies as well as minds.",
    "The number of unaccompanied asylum-seeking children arriving in Kent rose again last year, putting renewed pressure on the National Transfer Scheme, which is meant to share responsibility across local authorities.",
    "Kent County Council has said repeatedly that its services are at capacity. Under the scheme, children should move to another authority within days, but campaigners say many wait much longer in hotels or reception centres.",
    "The Refugee Council said age assessments were still being carried out too quickly and by workers without enough training. “A child wrongly assessed as an adult loses everything in an afternoon,” a spokesperson said.",
    "The Home Office did not respond to a request for comment by the time of publication.",
    "When we signed up to foster with our local council in 2021, I thought the hardest part would be the assessment. It wasn’t. The hardest part was the Sunday night before the first school run.",
    "Our first children were a brother and sister, aged seven and nine. I won’t use their names here. What I will say is that the nine-year-old packed her school bag every night for a month, just in case.",
    "If you’re thinking about fostering, go to an information evening. Ours was in a function room above a pub in Wakefield, with a cheese plate that had seen better days, and it changed our lives.",
    "Ofsted’s report said managers had ‘normalised’ young people staying out overnight and that records were incomplete. The provider said it accepted the findings and had decided to close the home.",
    "The Children’s Commissioner for England, Dame Rachel de Souza, has warned before that the residential care market is not working for children, with too many homes opening where property is cheap rather than where children need them.",
    "Department for Education figures show that more than 80% of children’s homes in England are now run by private providers.",
    "Beyond the big cities, the digital divide for care leavers is stark. In parts of Cumbria and North Yorkshire, a young person might get one bar of signal at home and have a phone contract they can’t afford past the first month.",
    "Data poverty is rarely mentioned in pathway plans. Yet without data a young person can’t claim Universal Credit, can’t check their journal, can’t reply to the jobcentre and can’t message their PA.",
    "Some councils now give every care leaver a laptop and a year of broadband. Others hand over a refurbished tablet and a SIM from the National Databank, run by the Good Things Foundation.",
    "It’s a start. But a tablet is no use if the young person has never been shown how to fill in an online form, and digital skills training is too often a single session at 16.",
    "Anonymous commented:\nSocial worker here. Please put the request for an assessment in writing. Verbal requests disappear.",
    "Care Day falls on the third Friday of February, and this year more than 200 events are planned across the UK and Ireland, from a ceilidh in Inverness to a bake-off in Belfast.",
    "In Belfast, VOYPIC is hosting a takeover at the Ulster Museum, with care-experienced artists showing work alongside the permanent collection.",
    "My first manager had a rule: never write anything in a case record you wouldn’t be happy to read aloud to the family. I thought it was old-fashioned. Fifteen years later, I think it’s the only rule that matters.",
    "Records are read. Care leavers ask for them at 18, at 30, at 60. They read them alone, often at a kitchen table, often with nobody to explain the abbreviations.",
    "The Care Leavers’ Association has collected accounts of people reading their files for the first time. The common thread isn’t the shock of what happened. It’s the coldness of how it was written down.",
    "So write for the reader who will come later. Write ‘Mum was upset and left the meeting early’ rather than ‘Mum was volatile’. Write what the child said, in the child’s words. And never write ‘nothing of note’ about a day in a child’s life.",
    "Lemn Sissay’s memoir My Name Is Why is built around the records he fought for years to see. Sissay reproduces the documents on the page, and the effect is to show how completely a child can disappear inside paperwork.",
    "A few of you asked for the links we shared: Become’s guide to setting up home, Shelter’s advice on tenancy deposits, and the government’s directory of councils’ local offers for care leavers. All free, all worth bookmarking.",
    "Across the island of Ireland, aftercare looks very different depending on which side of the border you grew up on. In Derry, a care leaver is supported by a health and social care trust; forty minutes away in Leitir Ceanainn, it’s Tusla.",
    "Cross-border cases are increasingly common, particularly for teenagers whose families move between Strabane and Lifford for work. Practitioners say there is no shared protocol for who follows up when a young person crosses.",
    "“We end up ringing each other’s mobiles and hoping,” said one social worker based in Enniskillen.",
    "In a judgment published this week, Mrs Justice Okonjo-Hale criticised a local authority for leaving a 15-year-old in an unregistered caravan for eleven weeks. The judge called it ‘a placement in name only’. Okonjo-Hale said the authority had run out of options long before it ran out of time.",
    "The girl, known in the judgment as Y, had moved nine times in two years. The court heard that her social worker had changed six times over the same period.",
    "I’ve been posting about my time in care on TikTok for two years. I’m not an influencer. I have about 4,000 followers, most of them other care-experienced people and a surprising number of social work students.",
    "People ask if I worry about my privacy. I do, a bit. I never show my foster carers’ faces or say the name of my old school. But I decided hiding felt worse than being seen.",
    "Most children’s services departments run on one of a handful of systems: Liquidlogic’s LCS, Mosaic or OLM’s Eclipse. Each promises a single view of the child. Each, in practice, needs someone who knows which tab hides the chronology.",
    "Health colleagues use SystmOne or EMIS Web, and the two worlds rarely meet. A GP can know about a child’s injuries weeks before children’s services do, simply because nobody picked up the phone.",
    "New entrants are trying to break in. Start-ups such as CaseBridge and KinTrack pitch themselves as ‘built with social workers’, with mobile-first design and plain-English forms. Whether councils locked into ten-year contracts can switch is another matter.",
    "Under the new framework, every council in England will have to publish a kinship local offer. Campaigners at Kinship say the duty is welcome but toothless without money attached.",
    "At Manchester Metropolitan University, social work students now spend a week shadowing care-experienced mentors before their first placement. Course leaders say it has changed how students talk about young people in seminars.",
    "Outside London, agency social workers are harder to find and cost less, but the turnover problem looks much the same. Councils in the North East report vacancy rates above one in five.",
    "Research in Practice has published a short guide to writing case records that children can read. It is free to members and worth an hour of anyone’s supervision.",
    "For many care leavers, the first Christmas in their own flat is the loneliest day of the year. Charities such as the Christmas Dinner run meals across the country on the day itself, staffed by volunteers and care-experienced hosts.",
    "The Fostering Network estimates that thousands more foster families are needed across the UK. Recruitment campaigns now lean heavily on Facebook and Instagram adverts, targeted at people in their forties whose own children have left home.",
    "A foster carer commented:\nThe Facebook adverts worked on me. I clicked on one at 2am when I couldn’t sleep. Three years and four children later, here I am.",
    "Guest commented:\nWhy does every article about fostering use a stock photo of a smiling family on a beach? Show the 3am bit.",
    "A kinship carer writes:\nTwo years into caring for my grandchildren, I still don’t know who my social worker is. Every letter comes from a different name.",
    "Across England, the number of children in care has risen for more than a decade. Councils say they are spending more on fewer children, with a small number of very expensive placements driving overspends.",
    "At Brighton, the council runs a ‘staying close’ scheme that lets young people leaving residential care keep a link with the home they left. Managers say the key is letting young people drop in without an appointment.",
    "Writing in her weekly column, the author and former foster carer Jenni Halloran-Price argues that the word ‘resilience’ has become a way of telling children to put up with things adults should have fixed. Halloran-Price is not wrong.",
    "In München and Köln, youth welfare offices have experimented with text-based counselling for teenagers for more than a decade. Practitioners who visited from England last spring said the biggest difference was how little anyone worried about it.",
    "Posted by Admin\nA reminder to everyone commenting: please don’t include details of individual cases. We moderate comments before they appear, so anything identifying will be removed.",
    "The guidance, Keeping Children Safe in Education, is updated every September. Schools are expected to read the changes before term starts, which in practice means the last week of August.",
    "Ministers have promised to end the use of unregistered children’s homes. Campaigners say the promise is hollow without more places, and that children are still being moved hundreds of miles from home.",
    "What do you think? Join the debate on our forum, or sign up to the weekly newsletter to keep up with the latest in social care.",
]

# ---------------------------------------------------------------------------
# Building and checking.
# ---------------------------------------------------------------------------
MARKER = re.compile(r"\[\[([^:\[\]]+):([^\[\]]+?)\]\]")
TITLES = ("mr ", "mrs ", "ms ", "miss ", "dr ", "judge ", "hhj ", "mx ",
          "sister ", "auntie ", "nan ")
# Public figures / published authors / quoted officials used in the set:
# they must never be marked (rule: not identifying).
PUBLIC_FIGURES = {
    "Harriet Lowe", "Nadia Qureshi", "Qureshi", "Eleri Prys-Williams",
    "Prys-Williams", "Josh MacAlister", "Samuel Ofori-Atta", "Ofori-Atta",
    "Marta Wiśniewska", "Wiśniewska", "Eileen Munro", "Munro",
    "Ruth Hewitt-Kerr", "Hewitt-Kerr", "Harry Ferguson", "Ferguson",
    "Okonjo-Hale", "Rachel de Souza", "Lemn Sissay", "Sissay",
    "Jenni Halloran-Price", "Halloran-Price", "Daniel Oyelowo-Hart",
    "Malorie Blackman", "Jodie Whittaker", "Tennant",
}

NI_RE = re.compile(
    r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r" ?\d{2} ?\d{2} ?\d{2} ?[A-D]$", re.I)
POSTCODE_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$", re.I)
POSTCODE_IN_TEXT = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
VEHICLE_RE = re.compile(r"^(?:[A-Z]{2}\d{2} ?[A-Z]{3}|[A-Z]\d{1,3} ?[A-Z]{3})$")
VEHICLE_IN_TEXT = re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z]{3}\b")
EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
# Ofcom numbers reserved for drama: every marked phone number is one of these.
DRAMA_PREFIXES = (
    "07700900", "01134960", "01144960", "01154960", "01164960", "01174960",
    "01184960", "01214960", "01314960", "01414960", "01514960", "01614960",
    "02079460", "01914980", "02890180", "02920180", "01632960",
)
MONTHS = ("January|February|March|April|May|June|July|August|September|"
          "October|November|December")
DAY_DATE_IN_TEXT = re.compile(
    r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)? (?:" + MONTHS + r")\b"
    r"|\b(?:" + MONTHS + r") \d{1,2}(?:st|nd|rd|th)?\b(?!\d)")
TITLE_BEFORE_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? (?=[A-Z])")


def fail(msg):
    sys.exit("build_blind6_set: " + msg)


def nhs_valid(digits):
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def phone_digits(s):
    d = re.sub(r"\D", "", s)
    if s.strip().startswith("+44"):
        d = "0" + d[2:]
    return d


def check_span(kind, span, post):
    if kind not in KINDS:
        fail(f"unknown kind {kind!r} in: {post[:60]!r}")
    if not span or span != span.strip():
        fail(f"span with edge whitespace {span!r}")
    if kind == "nhs_number":
        if not nhs_valid(re.sub(r"[ -]", "", span)):
            fail(f"marked NHS number fails Modulus 11: {span!r}")
    elif kind == "ni_number":
        if not NI_RE.match(span):
            fail(f"bad NI number {span!r}")
    elif kind == "postcode":
        if not POSTCODE_RE.match(span):
            fail(f"bad postcode {span!r}")
    elif kind == "phone":
        if not phone_digits(span).startswith(DRAMA_PREFIXES):
            fail(f"phone outside Ofcom drama ranges {span!r}")
    elif kind == "email":
        if not EMAIL_RE.match(span):
            fail(f"bad email {span!r}")
    elif kind == "vehicle_reg":
        if not VEHICLE_RE.match(span):
            fail(f"bad vehicle reg {span!r}")
    elif kind == "handle":
        if " " in span or "\n" in span:
            fail(f"handle with a space {span!r}")
    elif kind == "reference":
        if not re.search(r"\d", span):
            fail(f"reference without a digit {span!r}")
    elif kind in ("date", "date_of_birth"):
        if not re.search(r"\d", span):
            fail(f"date without a day number {span!r}")
    elif kind == "person_name":
        if span.lower().startswith(TITLES):
            fail(f"name span includes a title {span!r}")
        if span.endswith(("'s", "\u2019s")):
            fail(f"name span includes a possessive {span!r}")
        if span in PUBLIC_FIGURES:
            fail(f"public figure marked as a name {span!r}")
    elif kind == "address" and not re.search(r"[A-Za-z]", span):
        fail(f"address without letters {span!r}")


def parse(marked):
    out, findings, pos, length = [], [], 0, 0
    for m in MARKER.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        kind, span = m.group(1), m.group(2)
        check_span(kind, span, marked)
        findings.append({"kind": kind, "start": length,
                         "end": length + len(span)})
        out.append(span)
        length += len(span)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[" in text or "]" in text:
        fail(f"stray or unbalanced bracket in: {text[:80]!r}")
    for f in findings:
        piece = text[f["start"]:f["end"]]
        if not piece or piece != piece.strip():
            fail("offset error")
    return text, findings


def covered(findings, start, end):
    return any(f["start"] <= start and end <= f["end"] for f in findings)


def check_unmarked(text, findings, is_case):
    blanked = list(text)
    for f in findings:
        for i in range(f["start"], f["end"]):
            blanked[i] = "#"
    rest = "".join(blanked)
    for m in re.finditer(r"(?<![\d#])(\d{10}|\d{3}[ -]\d{3}[ -]\d{4})(?![\d#])", rest):
        if nhs_valid(re.sub(r"[ -]", "", m.group(1))):
            fail(f"unmarked checksum-valid 10-digit number {m.group(1)!r}")
    for m in re.finditer(r"(?:\+44|0)[\d ()-]{8,16}\d", rest):
        if phone_digits(m.group(0)).startswith(DRAMA_PREFIXES):
            fail(f"unmarked drama-range phone {m.group(0)!r}")
    if re.search(r"[\w.]@[\w-]+\.", rest):
        fail(f"unmarked email in: {text[:80]!r}")
    if re.search(r"(?<![\w#])@\w", rest):
        fail(f"unmarked @handle in: {text[:80]!r}")
    m = POSTCODE_IN_TEXT.search(rest)
    if m:
        fail(f"unmarked postcode-like {m.group(0)!r} in: {text[:60]!r}")
    m = VEHICLE_IN_TEXT.search(rest)
    if m:
        fail(f"unmarked reg-like {m.group(0)!r} in: {text[:60]!r}")
    m = DAY_DATE_IN_TEXT.search(rest)
    if m:
        fail(f"unmarked day-level date {m.group(0)!r} in: {text[:60]!r}")
    if is_case:
        for m in TITLE_BEFORE_NAME.finditer(text):
            if not any(f["start"] == m.end() and f.get("kind") == "person_name"
                       for f in findings):
                fail(f"title before an unmarked name in: {text[:60]!r}")
    # Consistency: a marked span's text must not also occur unmarked.
    for f in findings:
        span = text[f["start"]:f["end"]]
        for m in re.finditer(r"(?<!\w)" + re.escape(span) + r"(?!\w)", text):
            if not covered(findings, m.start(), m.end()):
                fail(f"{span!r} marked once but also unmarked in: {text[:60]!r}")


def main():
    groups = [
        ("case", True, CASE_ID), ("case", False, CASE_CLEAN),
        ("prose", True, PROSE_ID), ("prose", False, PROSE_CLEAN),
    ]
    records, seen = [], set()
    for prefix, identifying, posts in groups:
        for marked in posts:
            text, findings = parse(marked)
            if text in seen:
                fail(f"duplicate post {text[:60]!r}")
            seen.add(text)
            if identifying and not findings:
                fail(f"identifying post without markers: {text[:60]!r}")
            if not identifying and findings:
                fail(f"clean post with markers: {text[:60]!r}")
            check_unmarked(text, findings, prefix == "case")
            findings.sort(key=lambda f: (f["start"], f["end"]))
            records.append((prefix, text, findings))

    n_case = len(CASE_ID) + len(CASE_CLEAN)
    n_prose = len(PROSE_ID) + len(PROSE_CLEAN)
    if n_case < 160 or n_prose < 120 or n_case + n_prose < 300:
        fail(f"too few posts: case {n_case}, prose {n_prose}")
    case_share = len(CASE_ID) / n_case
    prose_share = len(PROSE_ID) / n_prose
    if not 0.40 <= case_share <= 0.60:
        fail(f"case identifying share {case_share:.2f} outside 0.40-0.60")
    if not 0.35 <= prose_share <= 0.45:
        fail(f"prose identifying share {prose_share:.2f} outside 0.35-0.45")

    random.Random(SEED).shuffle(records)
    counters, rows = {"case": 0, "prose": 0}, []
    for prefix, text, findings in records:
        counters[prefix] += 1
        rows.append({"id": f"blind6-{prefix}-{counters[prefix]:03d}",
                     "text": text, "findings": findings})
    if len({r["id"] for r in rows}) != len(rows):
        fail("duplicate ids")
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    # Re-read and verify offsets round-trip.
    with OUT.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            for f in row["findings"]:
                piece = row["text"][f["start"]:f["end"]]
                if not piece or piece != piece.strip() or f["kind"] not in KINDS:
                    fail(f"round-trip error in {row['id']}")

    print(f"wrote {len(rows)} posts to {OUT}")
    for prefix in ("case", "prose"):
        sub = [r for r in rows if r["id"].startswith(f"blind6-{prefix}-")]
        ided = sum(1 for r in sub if r["findings"])
        spans = sum(len(r["findings"]) for r in sub)
        print(f"  {prefix}: {len(sub)} posts, identifying {ided}, "
              f"clean {len(sub) - ided} ({ided / len(sub):.0%} identifying), "
              f"spans {spans}")
    per_kind = {}
    for r in rows:
        for f in r["findings"]:
            per_kind.setdefault(f["kind"], {"case": 0, "prose": 0})
            per_kind[f["kind"]]["case" if "-case-" in r["id"] else "prose"] += 1
    total = sum(v["case"] + v["prose"] for v in per_kind.values())
    ided = sum(1 for r in rows if r["findings"])
    print(f"  all: identifying {ided}, clean {len(rows) - ided}, spans {total}")
    print(f"  {'kind':<14}{'case':>6}{'prose':>7}{'total':>7}")
    for kind in sorted(KINDS):
        v = per_kind.get(kind, {"case": 0, "prose": 0})
        print(f"  {kind:<14}{v['case']:>6}{v['prose']:>7}{v['case'] + v['prose']:>7}")


if __name__ == "__main__":
    main()
