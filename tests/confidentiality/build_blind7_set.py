#!/usr/bin/env python3
"""Build the blind7 evaluation set for the confidentiality guard.

Standalone: no project imports. Written blind (without reading the guard's
code, word lists, tests or earlier evaluation data). Every post below was
written fresh for this set. Each post carries inline markers ``[[kind:span]]``
around every identifying span; this script strips the markers, computes
Python str offsets (end exclusive) and writes
``tests/confidentiality/blind7_set.jsonl`` with lines
``{"id", "text", "findings": [{"kind", "start", "end"}]}``, shuffled with a
fixed seed. Ids are ``blind7-case-NNN`` (forum posts by practitioners, carers
and care leavers: case discussion anonymised and not, questions, practice
tips, peer support, events) and ``blind7-prose-NNN`` (published social-care
prose: blog posts, news, opinion, comment threads with display names, lists
of links with usernames), numbered after the shuffle.

Marking rules: the same kinds and rules as the blind6 set (see the docstring
of build_blind6_set.py). In short: every private individual's name
(first name alone, lower case, nicknames, initial + surname, names that are
also words, surname alone in a quote; titles, kinship words and possessive
's outside the span), professionals in a specific case included, commenters
with real-name display names included; public figures, authors, academics
and officials quoted in a public capacity and real-name bylines are not
marked, nor initials alone or anonymising letters. ``handle`` = @handles and
username-shaped account names (also inside a profile URL); ``date_of_birth``
= a birth date with a day; ``date`` = any other specific day (event dates,
publication dates, comment timestamps), not month+year, years or weekdays;
``postcode`` = full postcodes only; ``phone`` = any number except national
helplines; ``address`` = street-level locations (partial ones too), flat
and room numbers; ``institution`` = named schools, nurseries, PRUs, colleges,
homes, hospitals, surgeries, family/contact centres; ``reference`` = case,
crime, client and registration numbers; plus ``email``, ``nhs_number``
(Modulus 11 valid), ``ni_number``, ``vehicle_reg``.

Fails loudly on unknown kinds, unbalanced markers, edge whitespace,
wrongly-shaped values, unmarked emails/@handles/full postcodes/plates/
drama-range phones/day-level dates/checksum-valid 10-digit numbers, a marked
span repeated unmarked in the same post, a title before an unmarked
capitalised word in a forum post, marked public figures, duplicates, and a
clean share outside 40-60 %.
"""

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

KINDS = {
    "person_name", "date_of_birth", "nhs_number", "ni_number", "postcode",
    "phone", "email", "address", "institution", "handle", "reference",
    "vehicle_reg", "date",
}

SEED = 7_2024
OUT = Path(__file__).resolve().parent / "blind7_set.jsonl"

# Public figures / authors / bylines cited in the posts: must never be marked.
PUBLIC = [
    "Munro", "Kim Golding", "Dan Hughes", "MacAlister", "Lemn Sissay",
    "Jacqueline Wilson", "Tracy Beaker", "van der Kolk", "Winnicott",
    "Ray Jones", "Narey", "Amadi", "Claire Ashworth", "Kerry Fenwick",
]

# ---------------------------------------------------------------------------
# Forum posts (practitioners, carers, care leavers)
# ---------------------------------------------------------------------------
CASE = [
    "Does anyone have a decent template for a s.47 strategy discussion record? Ours dates from 2016 and it shows.",
    "Sorry to vent. [[person_name:Tyler]] kicked off again at contact and his mum just sat there on her phone. Third week running.",
    "In Rochdale we've moved to a hub model for early help and honestly the first six months were chaos. Happy to share what we learned if anyone's about to do the same.",
    "Anyone know the out of hours duty number for our area? The one on the leaflet ([[phone:01632 960418]]) just rings out and I've tried three times tonight.",
    "Top tip for new carers: keep a daily log, even if it's three lines. When the review comes round you'll be glad. We use the notes bit of the MyFosterDiary app but a paper notebook works just as well.",
    "Our lad turned 18 on [[date_of_birth:9 October]] and the pathway plan still isn't signed off. Who do I chase, the PA or the team manager?",
    "At Hartlepool the staying put allowance was uprated in April. Has anyone else's LA done the same or are we still an outlier?",
    "Mrs [[person_name:Okonkwo]] from the school rang again about attendance. She's lovely but I can't keep explaining that the placement move wasn't our choice.",
    "Reading Kim Golding's stuff on PACE has completely changed how I talk to my two. Recommend to anyone struggling with a teenager who shuts down.",
    "Posting anonymously for obvious reasons. Child is [[person_name:Ellie-Mae]], 7, placed with her nan at [[address:14 Harcourt Street]], [[postcode:BB11 3QL]]. Nan is struggling with the stairs and I don't think the kinship assessment covered it at all.",
    "Quick one: is the Staying Close pilot still running anywhere in the North East or did it all fold into the new funding?",
    "thanks [[person_name:gemma]] that's really helpful x",
    "Does CareCubed actually produce sensible residential costings or is it just a negotiating stick? Our commissioners swear by it.",
    "Can someone sense-check this? Mum ([[person_name:Lorraine Pickup]]) says she wasn't told about the ICPC, but the invite went to [[email:lpickup72@hotmail.co.uk]] on [[date:12 March]] and she replied the same day.",
    "Peer support group tonight on Teams, 7pm, for kinship carers. Same link as last month. No need to register, just turn up with a brew.",
    "Our eldest, [[person_name:Hope]], has just got a place at [[institution:Kingsmead Academy]] sixth form. First in the family to stay on. I'm not crying, you are.",
    "Anyone else find the Working Together 2023 chapter on multi-agency expectations clearer than the old one? I actually read it cover to cover.",
    "Care leaver here. My PA [[person_name:Dev]] has been brilliant but he's leaving and no one will tell me who I'm getting next.",
    "Tip for court statements: put the chronology in an appendix and keep the analysis short. Judges read the analysis; they skim the chronology.",
    "Foster carer in Wigan. The boy in my care (DOB [[date_of_birth:03/06/2011]]) has an appointment at [[institution:Royal Albert Edward Infirmary]] next week and the LA still hasn't sent the consent form. What do other carers do?",
    "In Cardiff the corporate parenting board now has two care-experienced members with a proper vote. Took years. Worth it.",
    "If anyone from Leeds duty reads this, I've left four messages for [[person_name:Sharon]] about the section 20 paperwork. Please just ring me back on [[phone:07700 900214]].",
    "Burnout check-in. How is everyone doing this week? I've had two home visits cancelled and a panel moved. Feeling a bit flat.",
    "Update: the judge (HHJ [[person_name:Ramsbottom]]) adjourned to [[date:4 November]]. Case number [[reference:MA24C00912]] if anyone from our team needs it for the diary.",
    "Does anyone know whether the Family Rights Group advice line covers Wales or is it England only?",
    "Looked after child, 15, goes by [[person_name:Kez]]. Keeps going missing to an address on [[address:Bright Street]] in Oldham. Police have a crime ref [[reference:06/118734/24]] but nothing seems to happen.",
    "Not a social worker, just a dad. The family support worker was the first person in three years who actually listened. Whoever trains them, keep doing it.",
    "We had a LADO referral about a colleague, [[person_name:Mark]], and I'm worried about how it's being handled. Can't say more here.",
    "Anyone using Signs of Safety mapping with under-fives? Looking for ways to do the three houses with pre-verbal kids.",
    "Hi all, I'm [[person_name:Bernadette]] and I've been a carer for my brother for 11 years. Just found this forum. Hello!",
    "At Ofsted last week the inspector asked how we know our supervision is reflective. Good question honestly. How would you answer it?",
    "The SGO assessment for Auntie [[person_name:Pam]] was approved at panel. [[person_name:Ruby]] gets to stay put. Massive thanks to everyone on here who kept me going.",
    "Has anybody had success getting Disabled Facilities Grant money for a kinship placement? The OT says yes, the council says the forms are wrong.",
    "new van outside the house again, reg [[vehicle_reg:KX19 TFN]], same bloke who was hanging round last month. have told police and the SW. am i overreacting?",
    "In Swansea (Abertawe for the Welsh speakers) there's a brilliant drop-in for young carers on Saturdays. Ask your school's wellbeing lead.",
    "Our supervising social worker [[person_name:Natasha Greaves]] is the best we've had in nine years of fostering. Wish I could clone her.",
    "Question on the Care Act 2014: if someone has eligible needs but refuses the assessment, what's your practice? Do you close or keep the door open?",
    "He's on a CP plan under neglect. School is [[institution:St Wilfrid's RC Primary]]. The DSL there, Mr [[person_name:Costa]], is the only professional he trusts.",
    "Does anyone else's authority still use Liquidlogic for EHCP stuff or have you moved to something else?",
    "Posting for a friend: her 16yo [[person_name:jaxon]] was placed out of area in an unregulated flat at [[address:Flat 6, 21 Vicarage Road]], [[postcode:ST4 2PL]]. No staff overnight. Who does she complain to?",
    "Thank you to whoever recommended the Fostering Network's allowance guidance. Showed it to our IRO and the allowance got backdated.",
    "Supervision tomorrow with [[person_name:Ayesha]] and I'm dreading it. Three cases out of timescale. Any tips for owning it without falling apart?",
    "Reminder that the regional practice week conference is in June. Early-bird tickets end Friday.",
    "DOB [[date_of_birth:21/11/2008]], NHS [[nhs_number:453 331 4783]] - sorry, wrong window, mods please delete!",
    "What do people put in life story books when there are genuinely no baby photos? Our little one keeps asking.",
    "[[person_name:Grace]] has settled so well. She calls the dog her brother. Three months ago she wouldn't get out of the car.",
    "I'm a care leaver doing a degree at Manchester Met. The bursary came through late again. Is it like this everywhere?",
    "Anyone know [[person_name:Mo Rahman]] from the Bradford fostering team? He said he'd put us in touch with a carer who's done a sibling group of four.",
    "Practice tip: ask the child what they want their file to say about them. Then read it back to them. It changes how you write.",
    "Contact is at [[institution:Orchard House Family Centre]] every Tuesday at 4. Dad turns up about half the time. The little one waits at the window.",
    "In Glasgow (Glaschu, for the Gaelic speakers on here) the kinship allowance is paid at the fostering rate. Why not in England?",
    "I'm the appointee for the young man's benefits appeal. His NI number is [[ni_number:JT 48 27 19 C]] and the DWP still says they have no record. Help?",
    "Anybody else on the Step Up to Social Work cohort feel totally out of their depth on placement? Just me?",
    "Message from [[person_name:Kath]] (our group organiser): the support group is moving to the [[address:Grove Community Hub, Park Lane]] from next month.",
    "Care leavers: the council tax exemption until 25 is worth chasing. Ours wasn't applied automatically.",
    "Sent the referral to [[email:mash.referrals@northmoor.gov.uk]] as advised. Auto-reply says 72 hours. Is that normal?",
    "Does anyone run a men's group for kinship grandads? My husband says the women's groups are lovely but he feels like a spare part.",
    "It was [[person_name:Whitcombe]] who signed off the plan, not me. ‘[[person_name:Whitcombe]] knows the family,’ my manager said at the time. Now I'm the one being asked why.",
    "Genuinely, what's the difference between a PA and a leaving care worker? Asking because I'm 17 and no one's explained it.",
    "Our foster son [[person_name:Bilal]] and his sister [[person_name:Sumaya]] have contact with their mum at the library. Someone recognised them from the school gate and now mum's ex knows which area they live in.",
    "At the start of every visit I now ask ‘what's been good this week?’ before anything else. Small thing. Parents notice.",
    "Anyone from [[institution:Larkfield Nursery]] on here? The manager there was fab with my granddaughter and I want to thank her properly.",
    "Is a Mental Capacity Act assessment supposed to be decision-specific even for finances? Our GP seems to think it's a blanket thing.",
    "my sw is [[person_name:jo]] and she's alright but she never texts back. her number is [[phone:07700 900871]] if anyone else has her and knows a better way",
    "Practice question: how are people recording cultural identity for mixed-heritage children in care plans? Ours tend to stop at the ethnicity tick box.",
    "Mum's been moved to [[institution:Brackenfield Lodge]], [[address:room 14]], after the hospital discharge. Nobody told me until the day after. Is that even allowed?",
    "Book recommendation for new foster carers: anything by Dan Hughes, and a decent life story work guide. Skip the ones promising quick fixes.",
    "Congrats to [[person_name:Summer]] who passed her driving test today! Her support worker's been taking her out in the Fiesta ([[vehicle_reg:LV14 WZP]]) every Sunday.",
    "Anyone know if the BASW conference has a care-experienced speakers' bursary this year?",
    "Question about disclosure. A parent, Mr [[person_name:Zieliński]], asked for the full file including third-party info. How do people handle the redaction?",
    "In Bristol the family hubs are finally open at weekends. Was sceptical but the Saturday stay-and-play has been heaving.",
    "[[person_name:Liam]]'s birthday is [[date_of_birth:2 May]] and mum wants to do a cake at contact. Carer is worried about sugar and meltdowns. Any ideas for a compromise?",
    "It's fine to say no to a placement. Took me four years of fostering to learn that. You're no use to anyone burnt out.",
    "A kinship carer, Mrs [[person_name:D. Harrington]], wants to know if the SGO allowance stops if she moves to Scotland. Anyone dealt with that?",
    "Question for AMHPs: does anyone else find the s.136 suites closing overnight makes the whole thing unworkable?",
    "I left care in 2019. Still get letters sent to my old placement at [[address:47 Juniper Close]]. How do I get the council to update it?",
    "PSA: Kinship (the charity) has a new guide to special guardianship support plans. Plain English and free.",
    "Hi [[person_name:Rosie]], I'm in the same boat, two under five and a teenager. DM me if you want to chat.",
    "Is there a limit to how long a s.20 placement can run before the LA has to go to court? We've been told ‘it's been too long’ but not what the threshold is.",
    "A.B. (14) disclosed to her form teacher, Ms [[person_name:Farah Iqbal]], at [[institution:Moorside High School]]. I'm the allocated SW. Strategy discussion booked for [[date:Friday 17 May]].",
    "Early help tip: a genogram drawn with the family on a big sheet of paper does more than any assessment form.",
    "the ex is [[person_name:darren]] and he keeps turning up. we've got a non-mol now but he knows the road. [[address:Elm Grove]], near the Co-op. i'm scared for the kids",
    "Why do we still send 11-page letters to parents who've told us they struggle to read? Genuine question. Easy read versions aren't hard.",
    "For anyone asking, our placement support worker is [[person_name:Carol Beattie]], [[phone:0161 496 0732]], and she does ring back.",
    "At the end of the day, the child's voice should be the loudest thing in the report. Not the loudest person in the meeting.",
    "Signing off for the night. Night [[person_name:Pat]], night [[person_name:Bev]], thanks for the chat x",
    "The Families First reforms: has anyone's LA actually explained what changes on the ground? We've had two briefings and I still couldn't tell you.",
    "Care leaver, 19. My old school, [[institution:Hollins Park Academy]], won't release my records. Do I need a subject access request?",
    "Any recommendations for an interpreter service that does Tigrinya at short notice? Our usual one only does Arabic and Dari.",
    "Granddaughter's NHS number [[nhs_number:9328804078]] keeps getting rejected by the GP's online system. Is the SGO name change the reason?",
    "Reflective practice question: when did you last change your mind about a family? What changed it?",
    "Just to say [[person_name:Will]] from the Sunday carers' group is doing the Great North Run for Home-Start. Sponsor him if you can!",
    "Does anyone have a good script for explaining a Child Arrangements Order to a 9-year-old?",
    "Registration issue: my SWE number [[reference:SW118042]] shows as lapsed even though I renewed. Anyone else?",
    "In Wrexham (Wrecsam) our team's started doing visits in pairs after dark. Feels safer, costs more. Worth it.",
    "[[person_name:Nadia]], [[person_name:Kofi]] and I are trying to start a care leavers' football team in Luton. Anyone interested?",
    "Not sure where else to put this. My mum has dementia and I'm her carer. Today was a good day. That's all.",
    "She was born on the [[date_of_birth:14th of February 2010]] so yes she's a Valentine's baby, which she hates. Anyway, she's 14 and refusing school.",
    "Are supervising social workers allowed to do unannounced visits at the weekend? New carer, just checking what's normal.",
    "Need help: my son's phone was taken and someone is messaging him from an account called [[handle:@tazz_07_ldn]]. Police say report it to the platform.",
    "Hot tip: the Citizens Advice budgeting tool is brilliant for care leavers setting up their first flat.",
    "Emailed the IRO, [[person_name:Andrea Kowalczyk]] ([[email:a.kowalczyk@northmoor.gov.uk]]), twice. Review is overdue by six weeks.",
    "Teams fatigue is real. Who else has gone back to in-person supervision and found it better?",
    "I'm a student SW on placement at [[institution:Beechwood Children's Home]]. Is it normal for staff to swear at the kids? I don't know who to tell.",
    "In Norwich the young carers' festival went brilliantly. If your service hasn't booked for next year, do. The kids loved it.",
    "Family are at [[address:62 Tennyson Road]], [[postcode:LE2 1RS]]. Nobody answered at either visit. Dog barking, lights on. Strategy discussion or welfare check first?",
    "Can someone explain special guardianship vs kinship foster care in plain words? The solicitor went too fast.",
    "Ugh. The family's key worker, [[person_name:Becca]], has left and the new one, [[person_name:Tomasz]], doesn't know the history. Back to square one.",
    "Has anyone used the Mind Of My Own app with children who don't read yet? The symbols version looks good.",
    "Is there a carers' group anywhere near [[institution:Fairfield Medical Centre]]? My GP there, Dr [[person_name:Osei]], suggested asking on here.",
    "Bit of good news: our team got through the Ofsted focused visit without any priority actions. Months of hard work.",
    "Update on my lad: he's at [[institution:Ashgrove PRU]] part-time now and actually going. His teacher there, Miss [[person_name:Lund]], is a saint.",
    "What do we think about the proposed register of children not in school? Good for safeguarding or a new surveillance layer for home-educating families?",
    "Our contact supervisor said the dad's car ([[vehicle_reg:YP67 KHD]]) was parked outside the carers' home yesterday. Is that a breach of the order?",
    "Anyone in Northern Ireland able to explain how the Trust structure works for fostering? Moving over from England and baffled.",
    "[[person_name:Iris]] and [[person_name:Dot]] at my mum's care home have become her best friends. At 89! Never too late.",
    "Practice tip for chronologies: one line per event, date in the first column, source in the last. Analysis goes somewhere else.",
    "Scam alert: someone is ringing carers pretending to be from the fostering allowance team. Number shows as [[phone:020 7946 0583]]. Our team never calls from a London number.",
    "Did anyone watch the Panorama on children's homes? Hard watch but fair, I thought.",
    "On [[date:23 April]] the children's guardian, Ms [[person_name:Eze]], recommended a phased return. LA opposed. Final hearing next month.",
    "Starting my ASYE in September. What's the one thing you wish you'd known?",
    "Just had a lovely thank-you card from a family I closed last year. Signed by all four kids: [[person_name:Ava]], [[person_name:Jake]], [[person_name:Lily]] and baby [[person_name:Noah]]. Made my week.",
    "In Stoke the foster carer recruitment campaign used actual carers on the bus adverts. Enquiries up by a third, apparently.",
    "Mum says she'll only talk to [[person_name:Faith]], the previous SW, and refuses to engage with anyone else. How do you handle a transfer like that?",
    "Does anybody know the current position on kids in care opening their own bank account at 16? Which banks accept a social worker's letter as ID?",
    "The young person's mobile is [[phone:07700 900563]] if you need it for the pathway meeting. He prefers texts.",
    "Advice for a new adoptive parent: don't read the CPR at 2am. Read it in daylight with a cup of tea and someone nearby.",
    "[[person_name:Sunny]] (yes, really) moved in yesterday with a bin bag and a PlayStation. We're going shopping for a proper bag this weekend.",
    "At panel today the chair asked us to stop using ‘challenging behaviour’ as a catch-all. Fair point. What do you use instead?",
    "Old address was [[address:Flat 2, Sedgwick House, Canal Street]], [[postcode:NG1 7EH]]. Council keeps sending letters there and the new tenant opens them.",
    "Any experience of Lifelong Links? Thinking of referring a 15-year-old whose family network is huge but scattered.",
    "Shout-out to Mr [[person_name:Benjamin]], the caretaker at [[institution:Greenacres Primary]], who stayed late to help my son find his lost inhaler.",
    "Is it normal for a kinship assessment to take nine months? The child's been with us since last spring.",
    "Emergency placement last night. Little one only knows his name as [[person_name:Bubba]]. No surname, no DOB on the police protection paperwork. Anyone had that?",
    "What's everyone's view on body-worn cameras for social workers? Our union rep is against, management are keen.",
    "Born [[date_of_birth:30.08.2007]], so he's 17. Why is he still being treated as a child in need rather than a care leaver?",
    "Practice idea: we've started inviting grandparents to the first family group conference by video if they're abroad. One joined from Lagos at 6am their time.",
    "[[person_name:Adebayo]] says hi to everyone from the Thursday group. He's out of hospital and home with his daughter.",
    "How do people manage caseload weighting when half your cases are in proceedings? Our tool counts a PLO case the same as a CIN.",
    "Need help urgently. A worker at our supported lodgings gave my daughter his personal number, [[phone:07700 900945]], and has been messaging her at night. Who do I report to?",
    "She's 16 today and wants a tattoo for her birthday. She was born in 2008 so in her head she's basically an adult. Help.",
    "Need to update his records: date of birth [[date_of_birth:1st March 2006]], NI [[ni_number:pn503817a]], postcode [[postcode:OL8 4BX]]. Is it the Jobcentre or HMRC who fix a wrong NI number?",
    "Has anyone tried the KinKeeper app for logging contact? Or is it just another thing to fill in? We're on ClearCare at work and that's enough screens for me.",
    "Our agency has switched to FosterHub for carer records. The training was two hours on a Friday afternoon. Wish me luck.",
    "Anyone watched Tracy Beaker Returns with their foster kids? Mine loved it and then asked loads of questions about their own file.",
    "Housing officer is Ms [[person_name:Adeyemi]], direct line [[phone:0121 496 0618]]. She sorted my care leaver's bidding band in a day.",
    "Top tip from a kinship grandma: get the school to put you as first contact in writing. Took us a term to sort after the SGO.",
    "Re the group chat: [[person_name:ash]] said she'll add anyone who DMs her. Her insta is [[handle:@ash.kinshipmum]].",
    "Just back from a week in Tirana visiting my partner's family. Came home to 47 emails and a strategy meeting. Holidays are a lie.",
    "All we have for dad is ‘one of the flats behind Morrisons on [[address:Kirkgate]]’. Police won't do a welfare check on that.",
    "Question for anyone in adult social care: how long are your waits for a Care Act assessment? Ours is 14 weeks, which feels shameful.",
    "Any good parent-and-toddler groups in the LS9 area that are welcoming to dads? Not looking for anything formal.",
    "If you're struggling tonight, Samaritans are on 116 123 and for young people Childline is 0800 1111. You don't have to be in crisis to call.",
    "If anyone wants our risk assessment template for overnight stays, email [[email:kinshipcarers.wakefield@gmail.com]], it's the shared inbox the group uses.",
    "Placement with nana [[person_name:rose]] broke down after eight months. I'm gutted for her and for the boys. She tried so hard.",
    "Practice wobble: is it ever OK to give a family your work mobile? Our policy says no but the duty line is a nightmare for them.",
    "[[person_name:Storm]] started reception today and came out saying she has a best friend called [[person_name:Maisie]]. Her first ever friend. I had to sit in the car for ten minutes.",
    "Client ID [[reference:4471926]] on the system is showing the wrong placement. Who do I ask to fix it, business support or the team manager?",
    "Ten years qualified this month. Still love it most days. Still hate the recording. Still learning.",
    "For the newbies: the regional kinship support group meets the second Wednesday of every month, 10 till 12. Crèche available.",
    "Thanks so much [[person_name:Oliwia]] for the tips about the Polish consulate, we've finally got the birth certificate translated.",
    "Kinship carers' summer picnic is on [[date:Saturday 19 July]] at [[address:Hartley Park, Station Road]]. Bring a blanket and a dish to share.",
    "At Christmas the home does a secret Santa for staff and kids. Any ideas under a tenner for a 15-year-old who likes football and nothing else?",
    "Court portal shows the case as [[reference:CR-2024-00817]] but contact is still listed at [[institution:Moss Lane Contact Centre]] even though the order moved it. Who updates that?",
]

# ---------------------------------------------------------------------------
# Published social-care prose (blogs, news, opinion, comments, link lists)
# ---------------------------------------------------------------------------
PROSE = [
    "Leaving care is not a cliff edge for every young person, but for too many it still is. The Children (Leaving Care) Act 2000 promised support to 21; the Children and Social Work Act 2017 stretched that to 25. What young people actually get still depends on where they happen to have been in care.",
    "[[person_name:Sandra Hollis]] says:\nBrilliant piece. As a kinship carer of eleven years this is exactly what we've been saying to anyone who will listen.",
    "Eileen Munro argued more than a decade ago that the system had become preoccupied with compliance at the expense of learning. Reading the latest batch of practice reviews, it is hard to disagree with her.",
    "For [[person_name:Jordan]], 19, the hardest part of leaving care was the silence. ‘Nobody rang,’ he says. ‘Not once in the first month. I kept checking my phone in case it was broken.’",
    "Councils in England spent a record sum on children's residential placements last year, according to analysis by the County Councils Network, with the average cost of a single placement now well over £300,000 a year.",
    "This week's reads: ‘Why I quit agency work’ by [[handle:swlocum_dan]]; a thread on supervision from [[handle:@ReflectiveRach]]; and the BASW statement on caseloads.",
    "In Scotland, The Promise set out to change the language of care as much as its structures. Words like ‘placement’ and ‘respite’ are being quietly retired. England has been slower to follow.",
    "Reply to [[person_name:Marguerite]]:\nI think you're being a bit unfair on IROs here. Most of us are carrying eighty-plus children and chairing reviews back to back.",
    "Successive Chief Social Workers have returned to the theme of practice leadership in their annual reports. The sections on supervision deserve more attention than they usually get.",
    "Huge thanks to everyone who came to the carers' picnic, and especially to [[person_name:Linda]] and [[person_name:Gary Wainwright]] for running the barbecue in the rain.",
    "The Independent Review of Children's Social Care, led by Josh MacAlister, recommended a decisive shift of resources towards family help. The question now is whether the money has followed the rhetoric.",
    "Police were called to a children's home on [[address:Cranbrook Avenue]] in the early hours of Sunday after reports of a disturbance. Three teenagers were later returned safely.",
    "Anonymous says:\nEvery word of this. Twenty years in and it has never been harder to do the job properly.",
    "[[person_name:Harjit Sandhu]] | [[date:14 June 2024]] at 9:12 am\nWe had the same problem with our panel. It took a complaint to the ombudsman to shift it.",
    "At Barnardo's, the new care leavers' advisory board controls a budget of its own. That is rarer in the sector than it should be.",
    "[[person_name:Precious]] was placed with her aunt at the age of six. Now 24 and training as a nurse at [[institution:Royal Derby Hospital]], she says kinship care ‘saved my life, but nearly broke my auntie’.",
    "Ofsted has rated a Midlands county council's children's services inadequate, citing drift in pre-proceedings and high staff turnover. The council said it accepted the findings in full.",
    "Posted by [[handle:mags_kinshipcarer]] · 4 min read\nThe letter arrived on a Saturday, which felt deliberate. Nobody is in the office on a Saturday to answer your questions.",
    "Nobody goes into social work to fill in forms. Yet every new case management system promises to free up time for direct work, and every one seems to take more of it.",
    "Comments (3)\n[[person_name:Terry Oduya]]: Shared with our team, thanks.\nA foster carer: Could you do one on allowances next?\n[[handle:sw_north_kelly]]: Brilliant, as always.",
    "Lemn Sissay's memoir ‘My Name Is Why’ remains one of the most powerful accounts of growing up in care. Every newly qualified social worker should read it in their first year.",
    "Pupils at [[institution:Brookfield Community School]] raised more than £2,000 for a local young carers' project after a sponsored silence organised by Year 9.",
    "The Social Services and Well-being (Wales) Act 2014 put well-being, rather than need, at the centre of assessment. Whether practice in Wales has shifted accordingly is a live debate.",
    "Thanks to our guest bloggers this month: [[person_name:Roisin Kearney]], a kinship carer from Derry, and [[handle:careleaver_tj]], who writes about university life on a bursary.",
    "In Kraków this spring, a delegation of UK social workers visited a family support centre run entirely by former service users. The model would be hard to copy here, but the principle travels.",
    "The court heard that [[person_name:Shannon Pryce]], 27, of [[address:Mill Lane]], Burnley, had left the children alone for two days while she stayed with a friend in Blackburn.",
    "Our next webinar, on trauma-informed supervision, runs on the third Thursday of March. Slides will be shared with everyone who registers.",
    "Kinship carers' coffee morning, [[date:Saturday 8 February]], 10am to 12pm, at [[address:St Mark's Church Hall, Ferry Road]]. RSVP to [[email:coffee@kinshipcircle.org.uk]].",
    "Team manager, Ceredigion says:\nRural sufficiency needs a funding formula of its own. The distances here are nothing like the distances in a city.",
    "I'll call him K. At eleven, K had lived in eleven different homes. He knew the names of his social workers better than the names of his cousins.",
    "Good threads this week:\n- ‘What I wish my IRO knew’, started by [[handle:u/careexp_leeds]]\n- A long, kind discussion on respite for kinship grandparents from [[handle:nanna_bev62]]\n- The Research in Practice briefing on neglect",
    "The Munro Review called for a move from a compliance culture to a learning culture. Munro's point was never that procedures don't matter, only that they cannot substitute for professional judgment.",
    "A foster carer from Rotherham has been honoured at a national fostering awards ceremony. [[person_name:Maureen Tidswell]], 71, has cared for more than 140 children over 38 years.",
    "At Coram, adoption support now includes a dedicated service for families where the child has foetal alcohol spectrum disorder.",
    "[[handle:@TheCareLeaverPod]] replied: We'd love to have you on the show to talk about this!\n[[person_name:Ellen Birtwistle]] replied: Yes please, I'd listen to that.",
    "Policy in brief: the Children's Wellbeing and Schools Bill would place a duty on local authorities to offer family group decision-making before issuing proceedings.",
    "Posted [[date:3 October 2023]] by Claire Ashworth\nWhat nobody tells you about your first year as a team manager is how lonely it is.",
    "Tracy Beaker did more for public understanding of children's homes than a decade of government campaigns. Jacqueline Wilson gave a generation of children in care a heroine who talked back.",
    "‘I didn't know what a PA was,’ says [[person_name:Aaliyah]], who left care in Sandwell last year. ‘I thought it was someone who worked for the King.’",
    "In Mogadishu and Hargeisa, families separated by conflict often rely on informal kinship arrangements that UK courts struggle to recognise. Assessments of relatives abroad remain painfully slow.",
    "Staff at [[institution:Pinderfields Hospital]] raised safeguarding concerns after the baby was brought in with unexplained bruising, the review found.",
    "Opinion: we should stop calling it ‘contact’. Children see their mum. Grown-ups have contact.",
    "[[person_name:Ruth]] says:\nI was a child in care in the 80s and this is the first article that's made me feel seen. Thank you.",
    "Guest says:\nI agree with most of this, but the comparison with Finland ignores the difference in child poverty rates.",
    "Our Tuesday carers' circle is small but mighty. [[person_name:Joy]] brings the biscuits, [[person_name:Sky]] brings her baby, and [[person_name:Patience]] keeps us all in order.",
    "Evaluations of family group conferences have generally found fewer children entering care where conferences are offered early. The effects are modest, but they are consistent across sites.",
    "The rapid review into the death of [[person_name:Kacper]], aged four, found that professionals missed several opportunities to intervene in the months before he died.",
    "Dr Helen Amadi, senior lecturer in social work at the University of Salford, said the findings pointed to ‘a workforce stretched beyond safe limits’. Amadi's team surveyed 1,200 practitioners.",
    "Thank you to [[person_name:Gwen Parry]], who has volunteered at the Llandudno drop-in every week for six years. Diolch o galon, [[person_name:Gwen]]!",
    "Announcement: our annual general meeting will be held in November. Members will receive the papers by email in October.",
    "Related posts:\n• Adopting an older child: year one, by [[handle:adoptivemumof3]]\n• Why I stopped fostering, by [[handle:exfostercarer_pete]]\n• Life story work in a hurry, by the editorial team",
    "The Public Law Outline sets a 26-week timescale for care proceedings. In practice the national average has drifted well beyond that since the pandemic.",
    "If you're a care-experienced writer and would like to contribute, email [[email:editor@carevoices.co.uk]] with a short pitch. We pay for every piece we publish.",
    "At Frontline's summer institute, participants spent a day with parents who had been through child protection. Several said it changed how they would write assessments.",
    "Comment from [[person_name:Nkechi A.]]: My daughter's IRO changed four times in two years. How is that independent?",
    "Coronation Street's storyline about a young carer was handled with real care. Credit to the writers for talking to carers' organisations first.",
    "Anyone with information about the missing 15-year-old, [[person_name:Leah]], last seen near [[address:Albion Street]] in Hull on [[date:Tuesday 11 March]], is asked to call police on 101.",
    "Downing Street said the government remained committed to the reforms, but declined to give a date for the promised legislation.",
    "[[handle:FosteringFran]] says:\n[[date:12/09/2024]] at 21:40\nHas anyone got the link to the allowances table?\nReply",
    "Book review: ‘The Body Keeps the Score’ is often recommended to foster carers. Bessel van der Kolk's work is compelling, but it is not a parenting manual, and some of its claims remain contested.",
    "When [[person_name:Declan]] turned 18, his carers [[person_name:Sue]] and [[person_name:Ian Whitley]] asked the council if he could stay. Staying put meant he could finish his A-levels at [[institution:Harewood Vale School]].",
    "The Care Inspectorate Wales report praised the authority's approach to reunification, but warned about its continued use of unregistered placements.",
    "Kerry Fenwick is a senior practitioner in the North West. She posts as [[handle:@kfenwick_sw]] and co-hosts a monthly practice podcast.",
    "In Lisboa, the municipal foster care programme has grown fivefold in ten years. Portugal still places most children in residential care, but the tide is turning.",
    "The panel heard that [[person_name:Adrian Moss]], registration number [[reference:SW91273]], had falsified records of visits to three families over eight months. He did not attend the hearing.",
    "Data: 83,630 children were looked after in England at the end of March 2024. The number of new placement orders fell for the third year running.",
    "Nan [[person_name:Ivy]] raised me from the age of nine until she died, and nobody from the council ever once asked her how she was coping.",
    "Comment policy: please don't name children, families or colleagues in the comments. We will remove anything that might identify someone.",
    "Photo caption: care leavers [[person_name:Amir]] and [[person_name:Destiny]] at the launch of the new hub in Peckham.",
    "Winnicott's ‘good enough’ parent is quoted so often it has become a cliché. But read in full, the idea is far more demanding than it sounds.",
    "[[person_name:jen]] from barnsley says:\nthis made me cry on the bus. thank you",
    "Research in Practice has published a new evidence review on working with fathers. The headline finding: services still routinely fail to engage them.",
    "Parents at [[institution:Little Acorns Day Nursery]] in Stockport were told on Friday that the setting would close with immediate effect.",
    "The debate over profit in children's residential care is not going away. The Competition and Markets Authority found the largest providers were making materially higher profits than it would expect in a well-functioning market.",
    "With thanks to everyone who shared our survey: [[handle:@KinshipCarersNW]], [[handle:@fosterdad_gareth]], [[handle:@SWUnionDerby]] and many more.",
    "Care Day will be marked across all four nations again this year. Events are listed on the Who Cares? Scotland website.",
    "The Foyer on [[address:Wellington Road]] houses 40 young people. [[person_name:Kyle]], 20, has lived there for 18 months and is about to move into his own flat.",
    "Opinion | Frontline, Step Up and Think Ahead have changed who enters the profession. Whether they have changed who stays is another question.",
    "Reply\n[[person_name:Grainne]], you're right, the forms are ridiculous. But the allowance is worth the hassle in the end.",
    "The judgment, published on BAILII, concerns a child referred to as X. The judge was critical of the local authority's delay in issuing proceedings.",
    "[[person_name:Rukhsana Begum]], whose son [[person_name:Zain]] spent six years in care, now works as a parent advocate in the same borough.",
    "In Gdańsk, our partner project runs parenting classes in Polish and English for families who have moved between the two countries.",
    "Our summer fun day is on [[date:26 July]] at [[institution:Oakfield Primary School]]. Free for kinship families; bring a picnic.",
    "Sir Martin Narey's review of children's residential care, published in 2016, argued against a wholesale move away from children's homes. Narey's conclusions still divide the sector.",
    "[[handle:tired_sw_93]] commented:\nHonestly just glad someone said it.",
    "Opinion: the word ‘resilience’ is doing too much work in social care. Workers don't need to be more resilient; they need smaller caseloads.",
    "The safeguarding adults review found that Mr [[person_name:Hughes]]'s care package had been cut twice without a reassessment. His daughter, [[person_name:Carys]], raised concerns repeatedly.",
    "Carers Week comes round every June. Carers UK has resources for employers who want to do more than post on social media about it.",
    "Police are appealing for help to find [[person_name:Tia-Rose Maddox]], born [[date_of_birth:5 January 2009]], who went missing from a supported accommodation placement in Wakefield.",
    "Our podcast this month: two adopters and an adoption social worker talk about letterbox contact, and why it so often breaks down.",
    "Follow the campaign at instagram.com/[[handle:carexpvoices]] and on TikTok as [[handle:@carexpvoices]].",
    "The Scottish Government's Promise Partnership fund has backed dozens of local projects. An independent evaluation is due in the autumn.",
    "[[person_name:Margaret Oyelaran]]\nAs a retired IRO, I'd say the problem is the slow conversion of the role into a box-ticking exercise.\n\n[[person_name:Phil T]]\n[[person_name:Margaret]], I'm not sure that's fair on the IROs still doing it.",
    "Anonymous\nDeleted my account after a service user found it. Be careful what you post out there.",
    "Guest post by [[handle:kinship_grandad_67]]\nWhen our granddaughter came to live with us, I had just retired and thought the hard work was behind me.",
    "The Children and Social Work Act 2017 introduced the corporate parenting principles. Few councils can show how they apply them in decisions about housing.",
    "Inspectors found that staff at [[institution:Ravenscroft House]], a children's home in Cumbria, had restrained children more than 60 times in six months.",
    "We asked our readers what they'd change about supervision. Top answer: protected time that isn't cancelled the moment duty gets busy.",
    "Welcome to our new family support workers, [[person_name:Hannah]] and [[person_name:Olu]], who join the Stockton team this month.",
    "In Leicester, a partnership between the council and the football club's community trust offers free coaching sessions for children in care.",
    "[[person_name:shaz]] · [[date:2 Jan]]\nno one ever tells u about the paperwork lol",
    "Ray Jones's ‘The Story of Baby P’ is an essential account of how media coverage reshaped child protection for a decade.",
    "For more information, contact the communications team on [[phone:0113 496 0274]] or [[email:press@northmoorcare.org.uk]].",
    "Mental Health Awareness Week falls in May. Our resources for supporting staff wellbeing are free to download.",
    "I met [[person_name:Frankie]] on my first day in the job. She was fourteen, furious and funny. She's thirty now and just sent me a photo of her son.",
    "Cafcass has published new guidance on the voice of the child in private law cases. The focus on younger children's views is welcome.",
    "On Reddit, a user called [[handle:fosterkidnomore]] described ageing out like this: ‘One day you're a case, the next you're a tenant.’",
    "Looking back over 2023, the biggest change in our sector was the turn towards family help. Looking ahead, the biggest risk is that it stays a label.",
    "At the family court in Leeds, the mother, [[person_name:Chelsea Ward]], told the judge she had been clean for a year and asked for the children to come home.",
    "Research by Shelter on young people leaving care found that many had sofa-surfed at some point in their first two years of independence.",
    "Farewell to [[person_name:Mags]], our admin for 22 years, who knew every family's birthday and every manager's coffee order.",
    "In Northern Ireland, the Health and Social Care Board was dissolved in 2022, with its functions moving to the Department of Health.",
    "[[person_name:J. Pemberton]] writes: I worked in the home described in the article in the 1990s. It was worse than you've said.",
    "Events: the regional kinship conference returns in spring. Speakers include carers, young people and a director of children's services.",
    "[[person_name:Farida]], 16, arrived in Kent alone after an eight-month journey from Afghanistan. She now lives with foster carers in Maidstone and studies at [[institution:Medway Valley College]].",
    "The Bank of Mum and Dad doesn't exist for most care leavers. A national guarantee of a rent deposit would cost little and change a lot.",
    "[[handle:carer_in_cumbria]], sending love. The first month is the hardest. [[person_name:Marion]] x",
    "Guest says:\nThe article mentions Ofsted but not the CQC. Adult social care faces exactly the same problem with inspections.",
    "Police want to speak to the driver of a silver Vauxhall Astra, registration [[vehicle_reg:MF62 ZLO]], in connection with the incident outside the contact centre.",
    "At first glance the figures look encouraging. At second glance, most of the reduction comes from a handful of authorities.",
    "When the GP at [[institution:Hillside Surgery]] told my brother he'd have to wait eight months for an autism assessment, I started keeping a diary.",
    "Mencap and Scope have called for a national strategy for disabled children's social care, arguing that parents are routinely pushed into crisis before help arrives.",
    "Top commenters this month: [[handle:lou_fosters]], [[person_name:Ade Salami]], [[handle:practice_ed_kat]] and [[person_name:Bryony]]. Thank you all!",
    "Pictured: members of Social Work England's board at the launch of the professional standards consultation in London.",
    "[[person_name:Eamon Fitzgerald]], who ran the youth project in Ballymun for thirty years, has died aged 71. Colleagues remember a man who never closed a case in his head.",
    "Social workers in Doire and Dún na nGall now share a cross-border protocol for children missing from care. It took six years to agree.",
    "My son was born on [[date_of_birth:19 December]], six days before Christmas, and went into care when he was two. This is the first birthday I've been allowed to send a card.",
    "Opinion: stop treating kinship carers as a cheap alternative to fostering. They are the backbone of the system, and they know it.",
    "One of the patients, whose NHS number ([[nhs_number:238 625 5115]]) was printed on a letter sent to the wrong address, said she only found out from a neighbour.",
    "The Deprivation of Liberty Safeguards were meant to be replaced by the Liberty Protection Safeguards. Implementation has been put off indefinitely.",
    "Reply from [[person_name:Ceri]]: Diolch am hwn. As a Welsh-speaking carer, it matters that the forms are available in Welsh.",
    "In Oldham, the council's new edge-of-care team has a small respite house of its own. Managers say it has prevented a dozen admissions this year.",
    "Updated [[date:21 May 2024]]: this post has been corrected to reflect the new allowance rates for 2024 to 2025.",
    "The new guidance comes into force in April. Local authorities have been told to review their local offers for care leavers by the end of the financial year.",
    "Bessel, Bowlby, Winnicott: the reading list on most fostering courses hasn't changed in twenty years. It's time it did, and time it included writers with lived experience.",
    "Links from tonight's chat: the allowances calculator, the Kinship helpline page, and the template letter [[handle:gran_on_duty]] mentioned.",
]

# ---------------------------------------------------------------------------
# Processing and checks
# ---------------------------------------------------------------------------
MARK = re.compile(r"\[\[([a-z_]+):(.+?)\]\]", re.S)

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|"
         r"July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|"
         r"Dec(?:ember)?)")
DAY_DATE = [
    re.compile(r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?(?: of)? " + MONTH + r"\b"),
    re.compile(r"\b" + MONTH + r" \d{1,2}(?:st|nd|rd|th)?(?![\d])"),
    re.compile(r"(?<![\d/.])\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?![\d/])"),
    re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])"),
    re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),
]
DRAMA_PHONE = re.compile(
    r"(?:\+44 ?|0)(?:7700 ?900 ?\d{3}|1632 ?960 ?\d{3}|20 ?7946 ?0\d{3}|"
    r"1(?:1[3-8]|21|31|41|51|61) ?496 ?0\d{3}|191 ?498 ?0\d{3}|"
    r"29 ?2018 ?0\d{3}|28 ?9649 ?6\d{3}|808 ?157 ?0\d{3}|3069 ?990 ?\d{3})"
    r"(?!\d)")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
AT_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_][\w.]*")
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b", re.I)
POSTCODE_STRICT = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
PLATE = re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z]{3}\b")
NI = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
                r" ?\d{2} ?\d{2} ?\d{2} ?[A-D]$", re.I)
TEN_DIGITS = re.compile(r"(?<![\d ])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d])|(?<!\d)\d{10}(?!\d)")
TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? (\S)")
MASK = "\u2588"


def mod11_ok(digits):
    if len(digits) != 10:
        return False
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def fail(msg, raw):
    sys.exit(f"ERROR: {msg}\n  in: {raw[:160]!r}")


def parse(raw, group):
    text, findings, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(raw):
        chunk = raw[pos:m.start()]
        text.append(chunk)
        out_len += len(chunk)
        kind, span = m.group(1), m.group(2)
        if kind not in KINDS:
            fail(f"unknown kind {kind}", raw)
        if span != span.strip() or not span:
            fail(f"edge whitespace in {span!r}", raw)
        findings.append({"kind": kind, "start": out_len, "end": out_len + len(span)})
        text.append(span)
        out_len += len(span)
        pos = m.end()
    text.append(raw[pos:])
    text = "".join(text)
    if "[[" in text or "]]" in text:
        fail("stray or unbalanced marker", raw)
    check(text, findings, raw, group)
    return text, findings


def check(text, findings, raw, group):
    masked = list(text)
    for f in findings:
        for i in range(f["start"], f["end"]):
            masked[i] = MASK
    masked = "".join(masked)
    for f in findings:
        v = text[f["start"]:f["end"]]
        k = f["kind"]
        digits = re.sub(r"\D", "", v)
        ok = True
        if k == "nhs_number":
            ok = mod11_ok(digits) and re.fullmatch(r"\d{3} ?\d{3} ?\d{4}", v)
        elif k == "phone":
            ok = bool(DRAMA_PHONE.fullmatch(v))
        elif k == "email":
            ok = bool(EMAIL.fullmatch(v))
        elif k == "postcode":
            ok = bool(POSTCODE.fullmatch(v))
        elif k == "ni_number":
            ok = bool(NI.match(v))
        elif k == "vehicle_reg":
            ok = bool(PLATE.fullmatch(v))
        elif k in ("date", "date_of_birth"):
            ok = any(p.search(v) for p in DAY_DATE)
        elif k == "handle":
            ok = " " not in v and (v.startswith("@") or v.startswith("u/")
                                   or re.search(r"[_\d.]", v) or v.islower()
                                   or re.search(r"[a-z][A-Z]", v))
        elif k == "person_name":
            ok = not re.match(r"(?:Mr|Mrs|Ms|Miss|Dr|Auntie|Nan|Nana)\b", v) \
                and not v.endswith("'s") and not v.endswith("\u2019s")
            if any(p in v for p in PUBLIC):
                fail(f"public figure marked: {v}", raw)
        if not ok:
            fail(f"{k} value in wrong shape: {v!r}", raw)
        # the same text must not occur unmarked elsewhere in the post
        if re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", masked):
            fail(f"marked {v!r} also occurs unmarked", raw)
    for name, rx in [("email", EMAIL), ("@handle", AT_HANDLE),
                     ("postcode", POSTCODE_STRICT), ("plate", PLATE),
                     ("drama phone", DRAMA_PHONE)] + [("date", r) for r in DAY_DATE]:
        m = rx.search(masked)
        if m:
            fail(f"unmarked {name}: {m.group(0)!r}", raw)
    for m in TEN_DIGITS.finditer(masked):
        if mod11_ok(re.sub(r"\D", "", m.group(0))):
            fail(f"unmarked checksum-valid number {m.group(0)!r}", raw)
    if group == "case":
        for m in TITLE.finditer(masked):
            if m.group(1)[0].isupper():
                fail(f"title before unmarked capitalised word: {m.group(0)!r}", raw)


def main():
    seen = set()
    rows = []
    for group, posts in (("case", CASE), ("prose", PROSE)):
        for raw in posts:
            if raw in seen:
                fail("duplicate post", raw)
            seen.add(raw)
            text, findings = parse(raw, group)
            rows.append((group, text, findings))
    clean = sum(1 for _, _, f in rows if not f)
    share = clean / len(rows)
    if len(rows) < 260 or not 0.40 <= share <= 0.60:
        sys.exit(f"ERROR: {len(rows)} posts, clean share {share:.2f}")
    for group in ("case", "prose"):
        g = [r for r in rows if r[0] == group]
        gc = sum(1 for r in g if not r[2])
        if not 0.35 <= gc / len(g) <= 0.65:
            sys.exit(f"ERROR: {group} clean share {gc}/{len(g)}")
    rng = random.Random(SEED)
    rng.shuffle(rows)
    counters = Counter()
    kinds = Counter()
    with OUT.open("w", encoding="utf-8") as fh:
        for group, text, findings in rows:
            counters[group] += 1
            pid = f"blind7-{group}-{counters[group]:03d}"
            kinds.update(f["kind"] for f in findings)
            fh.write(json.dumps({"id": pid, "text": text, "findings": findings},
                                ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} posts to {OUT}")
    for group in ("case", "prose"):
        g = [r for r in rows if r[0] == group]
        print(f"  {group}: {len(g)} posts, {sum(1 for r in g if not r[2])} clean")
    print(f"  clean: {clean} ({share:.0%}); findings: {sum(kinds.values())}")
    for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"    {k:14s} {n}")


if __name__ == "__main__":
    main()
