#!/usr/bin/env python3
"""Build the blind5 evaluation set for the confidentiality guard.

Standalone: no project imports. Each post is written with inline markers
``[[kind:span]]`` around every identifying span; the script strips the markers,
computes Python str offsets (end exclusive) and writes
``tests/confidentiality/blind5_set.jsonl`` (shuffled with a fixed seed).

It fails loudly on: unknown kinds, stray/unbalanced brackets, spans with edge
whitespace, marked NHS numbers with an invalid Modulus 11 checksum, unmarked
checksum-valid 10-digit numbers, unmarked Ofcom drama-range phone numbers,
unmarked emails / @handles, and marked values in the wrong shape.
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

SEED = 5_2024
OUT = Path(__file__).resolve().parent / "blind5_set.jsonl"

# ---------------------------------------------------------------------------
# Posts that contain identifying details (marked).
# ---------------------------------------------------------------------------
IDENTIFYING = [
    "Really worried about [[person_name:Jayden]]'s mum tonight, she rang the duty line three times before midnight. Anyone on tomorrow who knows the family?",
    "Case summary for supervision: [[person_name:Kayla Mensah]], DOB [[date_of_birth:14/02/2009]], NHS no. [[nhs_number:609 139 0996]], in foster care since [[date:3 March 2023]]. Concerns re missing episodes and an older boyfriend. What would you prioritise?",
    "Care leavers' coffee morning at the Hub every Thursday, 10 till 12, free toast and no forms. Text [[person_name:Sam]] on [[phone:07700 900417]] if you want someone to meet you at the door the first time.",
    "me n [[person_name:shaz]] went to the leaving care office AGAIN and they still havent sorted my setting up home grant lol. third time",
    "Mrs [[person_name:Okonkwo]] on the fostering panel was amazing today, so thorough but kind with it. Made the carers feel like people not a file.",
    "Does anyone cover the flats on [[address:Harehills Lane]]? Young person just moved in and doesn't know where the nearest GP or food bank is.",
    "Can someone from the legal team tell me if [[reference:LS23C00417]] is listed for next week? My diary says Tuesday, Cafcass says Wednesday, and the parents have been told both.",
    "Our YP has been excluded from [[institution:Brackenwood Academy]] again, third fixed-term this term. Virtual school say they can't step in until it's permanent. Is that right?",
    "he keeps messaging her from new accounts, latest one is [[handle:@dxnny_x09]], every time she blocks one another pops up. police say report each one. exhausting",
    "Helping a care leaver with her UC claim and she'd lost her NI letter. Found it on an old payslip, [[ni_number:JK 45 67 89 C]]. Is that all the DWP need or do they want the actual letter?",
    "Anyone know a decent youth club near [[postcode:BD7 1DP]]? New placement and he's bored out of his mind after school.",
    "For referrals to the kinship parenting group email [[email:j.farrell@kinshipsupport.org.uk]], [[person_name:Jo]] is lovely and usually replies the same day.",
    "Dad turned up outside the contact centre again today, silver Corsa, reg [[vehicle_reg:KX19 PLM]]. I've passed it to the police. Was that the right call or should I have gone through my manager first?",
    "Final hearing is [[date:12 June 2024]] and I haven't even started my final evidence statement. Someone talk me down.",
    "Baby was born at [[institution:St James's University Hospital]] last night and the ward want to know if the pre-birth plan is still current. Out of hours have no record of it.",
    "[[institution:Meadowbank Surgery]] have refused to register him because he has no proof of address. He's 17 and in supported lodgings. Surely that's not allowed?",
    "My nan's in [[institution:Rosewood Lodge Care Home]] and the staff are lovely but nobody ever picks up the phone after 4pm.",
    "Started as a residential worker at [[institution:Oakleigh House]] this week. Any tips for the first month from people who've done it?",
    "[[person_name:Amira]] has settled so well at [[institution:Little Acorns Nursery]], her key worker sends me a photo every afternoon. Small wins for a tiny girl who didn't smile for months.",
    "He's been on a part-time timetable at [[institution:Elmhurst PRU]] since before Christmas. Two hours a day. How is that lawful for this long?",
    "Visited a young person at [[institution:Hillcrest Secure Children's Home]] today. The staff were warm, the building less so. Long drive home thinking about it.",
    "SHE GOT IN!!! Place at [[institution:Shipley College]] on the childcare course. I have been her PA for three years and I am so proud I could burst.",
    "[[person_name:Zoë]] and [[person_name:Siobhán]] ran the life story work session at our team day and it was the best training I've had all year.",
    "Handover note: [[person_name:Callum MacLeod]] is now allocated to me, previous worker was [[person_name:Eilidh McAllister]] who has moved to the disabled children's team.",
    "Does anyone know [[person_name:Seán Ó Briain]] from the Travellers' advocacy project? He said to look him up on here about the site visits.",
    "Unaccompanied minor, [[person_name:Yusuf bin Hamid]], age disputed, says he's 16. Age assessment booked for [[date:21 November]]. Any advice on making it less of an interrogation?",
    "[[person_name:Omar al-Rashid]]'s uncle wants to be assessed as a kinship carer but lives in Germany. Has anyone done a viability assessment abroad?",
    "Interpreter booked for Mrs [[person_name:Nguyen Thi Lan]] for the ICPC, but the agency sent a Cantonese speaker. Second time this has happened.",
    "[[person_name:Ellie Hughes-Wright]] was so brave at her review today. She chaired the first ten minutes herself.",
    "ngl i miss [[person_name:dionne]] from the 16+ team, she was the only worker who actually texted back",
    "District Judge [[person_name:Hartley]] adjourned again because the expert report wasn't filed. Parents are at the end of their rope.",
    "Dr [[person_name:Rahman]] at CAMHS said the waiting list for an ADHD assessment is 18 months. 18 MONTHS. He'll have left school.",
    "Sibling group referral: [[person_name:Tyler]] (DOB [[date_of_birth:02.11.2012]]), [[person_name:Lacey]] (DOB [[date_of_birth:19.07.2015]]) and baby [[person_name:Reggie]]. Looking for a carer who can keep all three together, any ideas for where to start?",
    "Venue for tomorrow's training has changed. If you get lost ring reception on [[phone:0113 496 0382]] and they'll send someone down.",
    "Out of hours number for our fostering support line is [[phone:0161 496 0755]] if a placement wobbles at the weekend. Pin it somewhere.",
    "Places still left for the peer supervision evening, RSVP to [[email:events@northernpracticeforum.org]] with any access needs.",
    "The care leavers' drop-in has moved to [[address:27 Kirkgate]], above the charity shop, [[postcode:BD18 3QT]]. Same times, better biscuits.",
    "She's living at [[address:Flat 4, 81 Mill Street]] with a boyfriend we think is much older. She's 16. Where would you go with this, strategy discussion?",
    "Placement address for the carers, for the transport team: [[address:12 Cedar Grove]], [[postcode:S10 2HN]]. Pick up at 8.",
    "Court no. [[reference:MA22P01093]], is anyone else on here involved? The guardian wants a joint professionals' meeting and I can't find who holds the health side.",
    "Can business support merge duplicate records? Same child, two IDs, [[reference:1184532]] and [[reference:1184577]], and the chronology is split between them.",
    "Our case ref is [[reference:CP-2023-0881]] if anyone in the MASH can have a look before the strategy meeting.",
    "He was born [[date_of_birth:3 April 2009]] so he turns 16 just before his exams. The transition plan needs to start now, not in the summer.",
    "Happy birthday to my girl, born [[date_of_birth:17 August 2006]], first one away at uni. Came to me at 11 with a bin bag and look at her now.",
    "Regional practice day, [[date:Wednesday 9 October]], 9.30 to 3.30, free for members. Workshops on court skills, supervision and working with fathers.",
    "the ASYE portfolio deadline is [[date:31/05/2024]] and i am nowhere near. how did you all do it and have a life",
    "[[person_name:Priya]], thank you for the chronology template you shared last week. Saved me hours.",
    "our foster son [[person_name:Kwame]] passed his driving test today!!! first time!!! the examiner said he was very calm, which he gets from absolutely nobody in this house",
    "She goes by [[handle:lil.k.x]] on TikTok and posts everything about her placement, including the carers' street. How do others handle this with a 14 year old?",
    "his snap is [[handle:jdawg_2k9]] if anyone from the youth offending team needs it for the file, he's posting a lot",
    "[[person_name:Aoife Ní Bhriain]] from the family support team ran the session on neglect and it was superb. Practical, no jargon.",
    "[[person_name:Soph]] said she'd cover my duty shift so I can go to my daughter's nativity. Team mates are everything.",
    "The family live on [[address:Elm Road]] near the park, so the school run goes past dad's house every morning. Contact arrangements need thinking about.",
    "Awkward one: the young man's mum works as a TA at [[institution:Bramley Park Primary School]] where the DSL is making the referral. How do you keep that professional?",
    "Mum has been admitted to the [[institution:Royal Victoria Infirmary]] and the kids are with a neighbour. Emergency duty are on it but I'm sat here worrying.",
    "Health passport for the new placement lists NHS number [[nhs_number:9078666617]]. Can the carer register him with a GP using just that?",
    "Pasting from the health assessment request: NHS [[nhs_number:116-372-6516]], allergies none known, immunisations not up to date. Does the LAC nurse chase or do we?",
    "Mr and Mrs [[person_name:Kowalczyk]] have been approved as foster carers! Eighteen months of assessment and they never once gave up.",
    "Just in case anyone needs it, the young person's new worker is [[person_name:Gurpreet Kaur Sandhu]], she's covering the east patch now.",
    "Text from a care leaver I used to work with: 'miss this is [[person_name:Tayla]], i got the job!!!' Best start to a Monday.",
    "[[person_name:Marcus]] (not that one, my [[person_name:Marcus]], age 9) has decided he wants to be a social worker when he grows up. I tried to talk him out of it.",
    "Met the kids' granddad today, Mr [[person_name:Adeyemi-Brown]]. He drives a taxi nights and still wants them every weekend. Assessment has to find a way.",
    "Can anyone recommend a solicitor for a care leaver? [[person_name:Bartek]] has a tenancy issue and the landlord is threatening to change the locks.",
    "the new girl in my flat is called [[person_name:chantelle]] and she's also a care leaver, we're gonna do a takeaway night",
    "[[person_name:Sinéad]]'s foster carer rang to say she ran off from the bus stop on [[address:Wellington Road]] at about 4. Police aware. Anyone working late in the west team?",
    "Please can whoever took the pool car [[vehicle_reg:YD21 HTF]] put the keys back in the key safe, it's needed for a 9am visit.",
    "Moving on plan for [[person_name:Liam O'Donnell]]: supported accommodation from his 18th birthday, which is [[date_of_birth:25 September]]. Any recommendations for semi-independent providers in the north east?",
    "Reminder that the ethics forum is [[date:Tuesday 14 January]] at 6pm online. Bring a dilemma, we'll keep it anonymous.",
    "Honestly Mrs [[person_name:Begum]]'s patience with the twins is something else. Eight years fostering and she still laughs at their jokes.",
    "his girlfriend goes to [[institution:Thornton Grammar School]] and apparently the whole year group knows about the video. School have been told.",
    "Anyone know who the SENCO is at [[institution:Greenfield Community College]]? I've emailed the general inbox twice.",
    "My son's friend [[person_name:Hamza]] comes round most days and I think he's not being fed at home. I'm a social worker and I still don't know what to do as a parent here.",
    "Quick q for the fostering lot: [[person_name:Chen Jing]]'s carer wants to take her to Spain at Easter. Who signs off the passport when there's an interim care order?",
    "Missing from care again. Last seen on [[address:Station Road]] near the chip shop about 9pm. Description circulated. Praying she's just at a mate's.",
    "Can someone at [[institution:Ashfield Medical Practice]] tell me why the letter for the LAC health assessment went to the birth mum's address?",
    "Strategy meeting minutes came back with the child's full name, [[person_name:Ruby-Mae Thompson]], in the subject line to twelve people. Do I raise it with IG?",
    "If you're on the Manchester side and want to join the care leavers' football on Sundays, message [[person_name:Dwayne]] on [[phone:07700 900836]]. All abilities, no one cares if you're rubbish.",
    "Asked the carer to bring the medication list and she handed me a pharmacy label: '[[person_name:Kacper Nowak]], [[address:9 Larch Close]]'. So much for confidentiality on the bus.",
    "our leaving care worker [[person_name:Fatima]] is leaving next month and i actually cried. she came to my graduation",
    "Any tips for working with a dad who records everything? Mr [[person_name:Ferreira]] has posted clips of our visits on Facebook and tagged the council.",
    "I used to live at [[institution:Beechwood Children's Home]] in the 90s. Does anyone know where the records from there ended up? Trying to get my file.",
    "Thanks to [[person_name:Deborah]] and the team at the family centre for the welcome pack they put together for our new carers. Thoughtful stuff.",
    "Referral email came in from [[email:kerry.lomas@bramleyparkprimary.sch.uk]] with the child's name in the subject line. Again. How do other MASH teams push back?",
    "Sorry to post this here but I'm stuck: the care order for the baby, [[reference:SE24C00219]], has the wrong date of birth on it. Who do I contact at court to correct it?",
    "Granny's number for contact arrangements is [[phone:0121 496 0214]], she's asked that we call before 7pm as she's on early shifts.",
    "new worker today. her name is [[person_name:kelly]] and she already called me by the wrong name. great start lol",
    "We're doing a bake sale for the care leavers' Christmas fund at the office on [[date:Friday 6 December]]. Bring cake, bring cash, bring your manager.",
    "Incident on [[date:04/03/2024]]: young person absconded from school at lunchtime, returned 11pm. Writing it up now. Does a missing return interview need to be offered within 72 hours even if she refused the last two?",
    "Postcode for the new venue is [[postcode:M14 5RN]], parking round the back, step-free entrance on the left.",
    "Trainee here. Mentor is [[person_name:Rhys ap Gwilym]] and he's brilliant, explains the Welsh system to me like I'm five.",
    "Pre-birth assessment: mum [[person_name:Destiny Clarke]], 19, EDD early next month, was herself looked after. She deserves better than we gave her first time round.",
    "If anyone is visiting at [[institution:Pinfold Lane Medical Centre]], the car park is shut for resurfacing. Park at Lidl.",
    "NI number is [[ni_number:PR456789D]] according to his passport letter but the DWP have it as something else. Do they ever correct these?",
    "The bus from [[address:Kingsway]] to the college takes an hour and ten minutes. He's 16 and anxious. Travel training or taxi?",
    "Young person asked me to post this: she's looking for her old foster sister, [[person_name:Jodie]], they lived together in Hull around 2015. I said I'd ask, but I know we can't really do this here.",
    "Laptop stolen from a colleague's car on [[address:Victoria Street]] last night. IT say it's encrypted. Anyone else had to report a data breach and lived?",
    "Contact supervisor's report says dad called him '[[person_name:Alfie]]' all session even though he's asked to be called by his middle name now. How would you record that?",
    "Mum's new partner is on the Sex Offenders Register, a [[person_name:Darren Pickles]], and she has no idea. Disclosure scheme application going in today.",
    "Grandparents' email for the life story book photos is [[email:patandjim1954@gmail.com]], they've got loads from when she was a baby.",
    "Anyone have a contact at [[institution:Sunnybank Nursery]]? Need to check attendance for a child in need plan and the manager's off.",
    "[[person_name:Aarav]] chose his own bedroom paint today. Bright orange. The carer is being very brave about it.",
    "Hi all, I'm [[person_name:Nadia]], NQSW in a duty team. Long-time reader, first-time poster. Mostly here to learn and to stop feeling like the only one who's lost.",
    "Asked my worker for my file and it came with another kid's name in it, [[person_name:Kieran Walsh]], page 14. Who do I even tell?",
    "RSVP by [[date:28 February]] for the kinship carers' tea. Bring the kids, there's a soft play.",
]

# Long posts with identifying details (1,200 to 1,600 characters).
IDENTIFYING_LONG = [
    ("Bit of a long one, sorry. I'm an NQSW and I've been asked to present a case at group supervision "
     "and I'd really value this forum's thoughts first. [[person_name:Leah]] is 15 and lives with her nan on "
     "[[address:Beech Avenue]]. She's been open to us since last spring, after a section 47 for physical "
     "chastisement by mum's partner, and she's now on a child in need plan. School attendance has dropped "
     "to about 60%, she's been seen getting into cars after school, and last month she came home with a new "
     "phone and trainers that nan definitely didn't buy. When I raise it she shuts down, and nan gets "
     "defensive because she feels blamed. I've done one session on healthy relationships using the "
     "Brook materials and it went OK, she laughed at the videos at least. My manager wants me to think "
     "about contextual safeguarding and whether we need a strategy discussion, but I'm worried about "
     "losing the relationship I've built, which honestly is the only thing working at the moment. The "
     "school DSL thinks it's 'typical teenage stuff'. I don't. Questions I'm bringing: how do you balance "
     "escalation with keeping a young person talking to you? Has anyone used a peer group mapping exercise "
     "with a teenager directly, rather than just with professionals? And how do you get a grandparent "
     "carer on side when she hears every concern as a criticism of her? Any reading, tools or "
     "straightforward experience very welcome. I'll report back."),
    ("Event notice, please share with carers and care leavers in your patch. Our spring family fun day "
     "is back at the community centre on [[address:Harrogate Road]], [[postcode:LS7 4NQ]], on "
     "[[date:Saturday 12 April]] from 11 until 3. It's open to foster families, kinship carers, special "
     "guardians and any care-experienced young people up to 25, plus their little ones. There will be a "
     "bouncy castle, face painting, a bike repair stall run by volunteers, free hot food and a quiet room "
     "with beanbags for anyone who needs a break from the noise. Last year we had over two hundred people "
     "through the door and the feedback that stuck with me was a young dad saying it was the first time "
     "he'd been somewhere 'for care people' that didn't feel like a meeting. No social workers on duty, "
     "promise, just us in silly aprons. If you'd like to volunteer for an hour or run a stall, email "
     "[[email:funday@leedsfostercarers.org.uk]] or ring [[person_name:Bernadette]] on "
     "[[phone:0113 496 0917]] between 10 and 2 on weekdays. If you need help with transport, let us know "
     "by the Wednesday before and we'll try to sort a lift or a taxi. There is step-free access throughout "
     "and an accessible toilet. Please don't bring dogs other than assistance dogs, the hall has a "
     "no-pets rule after an incident with a very enthusiastic spaniel. Really hope to see lots of you there."),
    ("I left care six years ago and I've been lurking on here for a while, so here's my two pence on what "
     "made a difference. I was at [[institution:Fernlea Children's Home]] from 13 to 17 and honestly most "
     "of it is a blur of agency staff and fire drills. But there was one worker, [[person_name:Marlon]], who "
     "did the small stuff. He remembered I liked the crusts cut off even though I was way too old for that. "
     "He came to parents' evening when nobody else would and sat at the back pretending to read his phone "
     "so I didn't feel embarrassed. When I kicked off he never brought it up the next day like it was a "
     "big deal, he just asked if I wanted to go to the big Asda with him for the shopping. My social "
     "worker changed five times in four years. The one I remember, Ms [[person_name:Achterberg]], was the "
     "only one who read my file before meeting me so I didn't have to say everything again. That's it. "
     "That's the secret. Read the file, remember the crusts, turn up when you said you would. I'm doing an "
     "access course now and want to do social work myself, which my younger self would find hilarious. "
     "If any of you are wondering whether the little things matter when you're drowning in assessments, "
     "they do. They're what I remember. Not the plans. Nobody remembers the plans."),
    ("Foster carer here, at the end of my tether with school and hoping someone has been through this. Our "
     "lad, [[person_name:Tomasz]], is in Year 8 at [[institution:Highfield Academy]] and has an EHCP for "
     "SEMH needs. Since September he's had four fixed-term exclusions, mostly for 'defiance', which as far "
     "as I can tell means refusing to take his coat off because he's anxious about people seeing the "
     "marks on his arms. His head of year, Mr [[person_name:Pennington]], is well-meaning but keeps saying "
     "the school 'can't make exceptions'. The EHCP literally says he should have a safe space and a "
     "named adult. The named adult left in October and nobody replaced her. The virtual school have been "
     "helpful on paper but slow, and his social worker is new and hasn't met the school yet. I've asked "
     "for an emergency annual review and been told the SENCO is off sick. Meanwhile he's at home with me "
     "three days out of ten and starting to say he's 'the bad kid'. I know exclusion isn't the same as "
     "off-rolling but it feels like it's heading that way. What I want to know: can the PEP meeting be "
     "used to force the issue? Does anyone have experience of using the Pupil Premium Plus to fund a "
     "key worker directly? And is it worth getting an advocate from a charity, or will that put the "
     "school's back up? I'm not looking to fight anyone, I just want him in a classroom where he feels "
     "safe. Thanks for reading this far, I know it's a lot."),
    ("Court prep question and a bit of a wobble. I'm the allocated worker for a set of care proceedings, "
     "case number [[reference:BD23C00562]], and the IRH is listed for [[date:17 March 2025]] in front of "
     "HHJ [[person_name:Whitcombe]]. The parents' solicitors have just served a 40-page response to my "
     "SWET and an independent social work assessment that recommends a further twelve weeks of "
     "parenting work. My team manager thinks we should hold our line on a plan for adoption for the "
     "youngest and long-term fostering for the older two. I'm honestly less sure than I was three months "
     "ago. Mum has engaged with the drug service, her tests have been clear since the autumn and the "
     "contact notes are warm. But dad is still around, despite everything she says, and the pattern in "
     "the chronology is that things look better right before hearings. How do people handle it when "
     "their view shifts late in proceedings? I don't want to be the worker who digs in for the sake of "
     "it, but I also don't want to be swayed by a good month. I've read the Re B-S guidance again and "
     "the bit about holistic analysis of the realistic options. I think my statement does that but I "
     "keep seeing gaps. Is it acceptable to file an addendum that says, in effect, 'my view has "
     "changed on one option'? What did your legal teams say when you did? And any tips for "
     "cross-examination when your own manager's view isn't quite yours? I'd appreciate honesty."),
    ("Reflective log, shared with permission of my supervisor, names changed except where I forgot, "
     "sorry mods. Night shift in the unit. [[person_name:Kai]] came back at 2am after being reported "
     "missing at tea time, soaked through and laughing too loudly. Staff on shift were me "
     "and [[person_name:Janine]], with the on-call manager on the phone. I made toast, because toast is "
     "what you do at 2am, and sat on the stairs with him while he ate it. He wouldn't say where he'd been "
     "but showed me a new phone with a cracked screen and said a 'mate' gave it him. I didn't push. I "
     "asked if he was hurt and whether anyone had asked him to carry anything. He said no to both and "
     "then asked if I thought he was stupid. I said no, I thought he was cold. He laughed properly then. "
     "In the morning the police did the safe and well check and he was monosyllabic, which I understand. "
     "What I'm reflecting on: I followed the missing protocol, the return home interview is booked, the "
     "intelligence form has gone in. But the bit that mattered was the toast and the stairs. We don't "
     "have a box for that in the recording system. I'm also reflecting on my own anxiety, because my "
     "instinct was to ask fifty questions and I had to sit on my hands. The phone worries me. The "
     "laughing worries me. I've flagged both. I'm going to ask in supervision whether our team can do "
     "some learning on exploitation screening that isn't just a form."),
    ("UASC practice question from a newer worker in a port authority. I've been allocated a young man, "
     "[[person_name:Abdulrahman Yousef]], who arrived in a lorry three weeks ago and says he's 15. The "
     "Home Office have him down as 19 based on appearance, which is how it always goes. He was taken to "
     "[[institution:William Harvey Hospital]] on arrival with a foot injury and the hospital social worker "
     "did a brief welfare check. He's now in an emergency placement and the carers say he's polite, "
     "quiet, sleeps with the light on and prays five times a day. The Merton-compliant age assessment is "
     "booked with two workers and an interpreter in Tigrinya, and I've asked for a break every 40 minutes. "
     "What I'm unsure about: how much do you share with a young person about why the assessment is "
     "happening, when the honest answer is 'because the Home Office doesn't believe you'? How do you build "
     "trust when you're also the person who might decide he's an adult and take his placement away? I've "
     "read the ADCS guidance and the Helen Bamber Foundation material on trauma and memory, which was "
     "helpful. His cousin may be in Birmingham and he has a mobile number but no surname, so we're "
     "working with the Red Cross on that. Any practical advice from people who've done lots of these "
     "would be gratefully received. I want to do this properly, not quickly."),
    ("Kinship carer, long post, apologies. My granddaughter has been with me under an SGO for two years "
     "and I've hit a wall with health. She's registered at [[institution:Castlefields Surgery]] but the "
     "records still list her under her birth mum's surname and address, so every letter goes to my "
     "daughter's flat and I only hear about appointments when they've been missed. Her NHS number is "
     "[[nhs_number:931 417 0586]], I've quoted it in person, on the phone and in writing. The receptionist "
     "told me that because I'm 'not mum' she can't change anything without a court document, which I've "
     "brought in twice. The practice manager is apparently 'looking into it'. Meanwhile the paediatrician "
     "letter for her asthma review went missing and we had to wait another four months. I'm 67, I'm not "
     "great with computers, and I was told to 'just use the app', which needs a photo ID she doesn't have "
     "because she's nine. I rang the kinship advice line and they were kind but said it's a common "
     "problem. I've got a number for the practice manager, [[phone:0114 496 0663]], but it just rings out. "
     "Is there anyone else I can go to? The ICB? Healthwatch? I don't want to make a fuss, I just want "
     "my granddaughter's letters to come to the house she actually lives in, and I want someone to treat "
     "me like her carer instead of a nosy relative. Any advice from other grandparents on here welcome."),
]

# ---------------------------------------------------------------------------
# Clean posts: nothing a careful moderator would call identifying.
# ---------------------------------------------------------------------------
CLEAN = [
    "Does anyone have a decent template for a chronology? Ours is a copy-paste mess from the case management system and I spend more time fixing the formatting than analysing anything.",
    "Just signed off my ASYE and I could cry. Thank you to everyone on here who answered my 2am questions about section 47 thresholds this year.",
    "Quick one: when a young person is accommodated under s.20 and turns 16, do you revisit consent with them directly, or still rely on the parent? Getting different answers from different managers.",
    "Reading Lemn Sissay's My Name Is Why again for our team book club. If you haven't read it, please do. It changed how I write case records.",
    "my cat has decided the laptop is hers during every Teams call. Biscuit has now attended more strategy meetings than some of my colleagues",
    "Anyone going to the care leavers' reunion in Manchester this autumn? Thinking about it but nervous I won't know anyone.",
    "Tesco meal deal in the car between visits again. Is this what the Munro Review meant by a system that values relationships?",
    "Has anyone's authority actually started implementing the family help model from the MacAlister review? Ours talks about it in every all-staff and nothing has changed on the ground.",
    "Recommendations for supervision models? We're moving from case-management supervision to something more reflective and I've been pointed at Tony Morrison's 4x4x4 model. Experiences?",
    "Does anyone else struggle to switch off at night? I keep replaying home visits. My GP suggested talking therapy but the wait is months.",
    "got my first set of keys today!!! it's a one bed above a chippy but it's MINE. thank you to everyone who told me to keep on at the housing team",
    "Is it just me or has Hollyoaks done more to explain grooming to teenagers than any leaflet we hand out?",
    "Watching Ted Lasso for the third time. Genuinely a better model of supportive supervision than anything in my training.",
    "How do other IROs handle it when the young person doesn't want their social worker at the review? I offer to meet them separately first, but then the SW feels sidelined.",
    "Level 3 safeguarding refresher is due again. Any recommendations for one that isn't just clicking through slides?",
    "Murphy's law: the one day I leave my work phone charger at home is the day the out-of-hours rota changes.",
    "Marcus Rashford did more for free school meals in one summer than a decade of consultation responses.",
    "Tracy Beaker still comes up with nearly every kid I work with in foster care. Jacqueline Wilson knew exactly what she was doing.",
    "Bowlby gets quoted in a lot of court reports but I think attachment theory is often used lazily. Anyone read a good practice-focused critique?",
    "does anyone know if the council tax exemption for care leavers goes up to 25 everywhere now or is it still a postcode lottery",
    "Has anyone used the Signs of Safety three columns with a family who have very limited English? We had an interpreter but the danger statements just didn't translate.",
    "Hot-desking is here to stay, apparently. Where do you all keep your notebooks when you have no desk and no locker?",
    "Started volunteering at a food bank on Saturdays. Nice to see people at a different point in their week, and nobody asks me to write an assessment.",
    "Anyone working in Cornwall? Travel times between visits are brutal and the mileage rate hasn't changed in years.",
    "Does your LA allow WhatsApp with young people? Ours banned it, but every 17-year-old I work with only answers on Snapchat.",
    "Quick poll: in reflective logs do you write 'Child A, aged 14' or use initials? My uni tutor insists on the first, my practice educator says initials are fine.",
    "Year 9 options evening with my foster son tonight. He wants drama and construction. I love this kid.",
    "Grace under pressure is not a personality trait, it's a staffing level.",
    "Hope is a discipline, as Mariame Kaba says. Holding on to that this week.",
    "Any advice on writing a life story book for a six year old? I want it honest but gentle, and I'm scared of getting it wrong.",
    "Can I vent? Third agency worker in six months for the same family. The kids have stopped bothering to learn our names.",
    "Anyone had a focused visit under the new ILACS arrangements? What did Ofsted pull for audit?",
    "My dog Pickle came to the office for wellbeing day and a very serious team manager lay on the floor with him for twenty minutes. Recommend.",
    "Who's doing Frontline or Step Up this year? Mature student here and terrified about the academic side.",
    "Brilliant session today on contextual safeguarding. Carlene Firmin's work really shifts how you look at peer groups and places.",
    "Does anyone know if Staying Put payments are taxable for the carer? HMRC guidance is as clear as mud.",
    "Drop-in chat next Thursday at 14:30 on writing for court. Bring your worst examples of jargon, anonymised please!",
    "the bit no one tells you about leaving care is how quiet it gets. no more reviews, no more people checking in. i miss being annoying to someone lol",
    "Primark haul for a welcome box for a new placement: fluffy socks, hot water bottle, a decent dressing gown. What else do people put in?",
    "Thoughts on Working Together 2023? I like the multi-agency practice standards but I'm not sure anything changes without money.",
    "Reflective question: when did you last change your mind about a family? Trying to notice confirmation bias in my own assessments.",
    "For a 16 year old, is it the Mental Capacity Act or Gillick competence that applies to medical decisions? I keep getting muddled.",
    "Halifax had a lovely care leavers' cafe pop-up last year. Does anyone know if it's coming back?",
    "Kolb or Gibbs for the reflective essay? My tutor says either but I suspect she secretly hates Gibbs.",
    "We run an online peer support group for kinship carers, fortnightly evenings. Message me through the site if you'd like details. Cameras off is fine.",
    "Most useful thing I learned this year: 'I don't know yet, I'll find out and come back to you by Friday.'",
    "Anyone else's authority still doing section 7 reports on paper? I didn't think that was possible in this decade.",
    "The Paddington films should be compulsory for anyone supporting unaccompanied children. 'If we're kind and polite, the world will be right.'",
    "Career question: thinking of moving from child protection to fostering recruitment. Anyone made that switch? Do you miss the frontline?",
    "Anyone practising in Scotland who can explain the Children's Hearings system to an English social worker in simple words?",
    "Do care leavers get free prescriptions in England? My worker says yes, the pharmacy says no.",
    "Presenting on trauma-informed practice at team meeting. Any videos that actually land? I've seen the Bruce Perry talks.",
    "Which employers have actually been good through the Care Leaver Covenant? Looking for real experiences, not the website list.",
    "Can we talk about caseloads? 28 children and climbing. At what point do you formally put it in writing?",
    "The case recording system logged me out mid-sentence again. Lost a whole visit write-up. Save early, save often, friends.",
    "What do you say when a young person asks 'are you going to leave too?' and you know you're moving teams in three months?",
    "Saw a brilliant poster in a GP waiting room: 'Young carers, we see you.' Small things.",
    "In 2019 I qualified, in 2021 I nearly quit, and this year I became a practice educator. Hang in there, NQSWs.",
    "The Fostering Network advice line were so patient with me about allowances. Recommend if you're a carer who's stuck.",
    "Supervision tip: I now bring one thing I'm proud of, not just the list of fires.",
    "lol my sister said a care leaver on a forum for social workers is like a mouse joining a cat forum. but honestly yall are alright",
    "Reading group this month is The Body Keeps the Score. I have Thoughts about how it gets used in our field. Anyone else?",
    "Who else was at the BASW conference? The panel on anti-racist practice was the best hour of CPD I've had.",
    "How do you explain the difference between early help and a child in need plan to a parent in plain English? I keep slipping into jargon.",
    "Winter visits tip: keep a flask, a spare phone battery and a blanket in the boot. Learned the hard way on the moors.",
    "When a parent records a meeting on their phone without asking, what do you do? Our policy says nothing either way.",
    "Shout out to everyone on the out-of-hours team. You are heroes and nobody ever sends you cake.",
    "Anyone tried the Mockingbird model for fostering? Curious how the hub carer role works day to day.",
    "Jack of all trades, master of none: the job description of an NQSW in a duty team.",
    "Does a trip round Aldi count as a budgeting lesson? My care leavers' group learned more there than in any workshop.",
    "Question for care leavers: would you want your old social worker to be able to find you on here? Be honest, I'm curious.",
    "Stranger Things marathon with my 15 year old foster daughter. She explained the whole plot to me like I was a child. Best evening in ages.",
    "Is 'hard to reach families' an outdated phrase? I've started saying 'services that are hard to reach' instead.",
    "Does anyone have a good leaflet on Pupil Premium Plus for looked-after children? Our virtual school has gone quiet.",
    "Dry January update from a team of twelve who are all pretending.",
    "Best social work podcast? I'm enjoying the BASW one but open to others.",
    "Mark your diaries: the regional practice forum is back next month, online again, details to follow.",
    "If anyone needs it tonight: Samaritans on 116 123, Childline on 0800 1111. Please look after yourselves this week.",
    "Anyone read Goffman's Asylums on their course? Weirdly relevant to residential care, even now.",
    "Favourite icebreaker with teenagers? Mine is asking for their top three Greggs items. Nobody has ever refused to answer.",
    "Stuck on the A66 for two hours in the snow between visits. Home visits and weather do not mix.",
    "Is the Bright Spots survey worth doing in a small authority? Coram Voice make it sound great but I'd like real views.",
    "I've been asked to mentor a student from the University of Huddersfield. Tips for a first-time practice educator?",
    "Court today. The judge was kind to mum. It matters more than people think.",
    "Sunny day, no visits cancelled, all recording done by 4pm. Someone write this down.",
    "How often are you all doing statutory visits for stable long-term placements? Every six months after the first year, or more?",
    "Joy of the week: a young person I worked with years ago messaged to say she's starting nursing training. Crying in the car park.",
    "re the housing thread, the duty to refer under the Homelessness Reduction Act applies to care leavers too. Worth reminding housing colleagues.",
    "Does anyone else wince at 'failed to engage' in case notes? Who failed whom, exactly?",
    "Has anyone tried Lego therapy with a seven year old who won't talk in sessions?",
    "Strictly is back, which means my Saturday night recording gets done in the ad breaks.",
    "Our system won't record a young person's chosen name alongside their legal name. How are other authorities handling it for trans young people?",
    "Can anyone recommend a good book for foster carers on sibling contact?",
    "Imposter syndrome is real. Three years in and I still feel like someone's going to find me out.",
    "Our authority is piloting family group conferencing at the pre-proceedings stage. Early days but promising.",
    "Dear newbies: print the PLO flowchart and stick it on your fridge.",
    "any care leavers here gone to uni later in life? thinking about an access course at 24",
    "Anyone's team using Copilot to summarise meetings? I'm nervous about where the data goes.",
    "The Lancashire and Cumbria shared practice day was excellent. More of these please.",
    "Biscuit update for those who asked: she has now walked across the keyboard and sent half a sentence to my manager.",
    "Good resources on county lines for parents? Something informative but not terrifying.",
    "Is it normal to feel guilty taking annual leave? Booked a week in Whitby and I already feel bad about my caseload.",
    "Frank conversations about money are the hardest part of pathway planning. Any tools that help?",
    "Dad (Mr X in my notes) refused entry again. Do you keep trying the door or go straight to a letter?",
    "Will anyone from the fostering team be at the recruitment stall in town? I can cover an hour.",
    "Tried the NHS number on the form and it rejected 830 166 1318, turns out I'd swapped two digits. Glad the system checks.",
    "Anyone else binge The Repair Shop after a rough week? Watching people fix things gently is oddly healing.",
    "The Children Act 1989 is older than most of my team and still the best-written thing on my desk.",
    "i finally told my mates at work i grew up in care. nobody made it weird. why did i wait 4 years",
]

# Long clean posts (1,200 to 1,600 characters).
CLEAN_LONG = [
    ("I've been thinking a lot about why so many of us are nervous about being online as social workers, "
     "and I think it comes down to one fear: that we'll accidentally say something that identifies "
     "someone. That fear is healthy, but it also keeps us quiet in spaces where we could be learning from "
     "each other. When I started out, the only places to talk about practice were the office and the pub, "
     "and neither was great. The office was rushed and the pub was, well, the pub. A forum like this one "
     "could be different if we're disciplined about it. My own rules, for what they're worth: I never "
     "use names, even changed ones, because changed names still carry ages and places. I strip out "
     "anything that makes a story unique, like an unusual illness or a particular incident that was in "
     "the local paper. I write about the dilemma rather than the family. And I ask myself whether I'd be "
     "comfortable if the person I'm writing about read it over my shoulder. If the answer is no, I don't "
     "post it. None of this is rocket science, and it's all in the BASW guidance on social media, but "
     "it's easy to forget at 10pm after a bad day. I'd love to hear other people's rules. What do you "
     "check before you press post? And for the care-experienced members here, what would make you feel "
     "safe reading practitioners' posts? I suspect you'll have better instincts about this than we do."),
    ("Care leaver here, 23, and I wanted to answer the thread about what makes a good social worker "
     "because I've had a lot of them and I've thought about it. Number one is honesty. If you don't know "
     "something, say so. If the answer is no, say no and explain why, don't leave me waiting three weeks "
     "for a maybe. Number two is turning up. I know you're busy, I know there are forty other kids, but "
     "when you cancel I don't hear 'I'm busy', I hear 'you don't matter'. Even a two minute call to say "
     "you're running late makes a difference. Number three is not reading from the file at me. Ask me "
     "how I am like a human being would. Number four is remembering stuff. My best worker remembered I "
     "was doing a driving test and texted good luck the morning of it. That's it, one text, and I still "
     "think about it. Number five is letting me have a say in my own plan. Not a tick box at the end of "
     "a review, an actual say. Number six is treating my mates and my boyfriend with respect even if you "
     "don't like them, because if you slag them off I'll just stop telling you things. And number seven, "
     "and this is a big one, don't disappear. When workers leave, tell us, say goodbye properly, and if "
     "you can, introduce the new person. Handovers in a car park are not handovers. Thanks for listening, "
     "and thanks to the ones on here who actually do all this. You know who you are."),
    ("Bit of a policy rant, sorry in advance. We were promised a once-in-a-generation reset of children's "
     "social care after the Independent Review, and what I'm seeing on the ground is the same three "
     "things rebadged. Early help is now 'family help', our child in need team has been renamed, and the "
     "posters in the corridor are a nicer shade of green. Caseloads haven't moved. The agency spend "
     "hasn't moved. The number of children placed more than twenty miles from home has, if anything, gone "
     "up, because there's nowhere nearer and the private providers set the prices. I do think some of "
     "the direction is right. Multi-disciplinary teams with a social worker, a family support worker, "
     "someone from health and someone from housing in the same room is how it should always have been. "
     "Kinship care getting proper recognition is long overdue. The national children's social care "
     "framework is at least trying to say what good looks like. But none of that works if the money "
     "arrives in small pots with bidding rounds and twelve-month deadlines. Every pilot I've seen ends "
     "just as it starts working. And the workforce stuff, the early career framework and so on, lands on "
     "top of teams that are already drowning. I'd love to hear from anyone in an authority where it "
     "genuinely feels different. What changed? Was it the money, the leadership, or something else? I'm "
     "not asking to be cynical, I'm asking because I'd like to believe it."),
    ("Wellbeing post, because I think we need more of them. Last year I burned out. Not dramatically, "
     "no collapse in the office, just a slow fade where I stopped sleeping properly, stopped seeing "
     "friends, and started dreading the sound of my work phone. I thought it was normal because everyone "
     "around me seemed the same. It took my partner sitting me down and saying 'you're not here any more' "
     "for me to go to the GP. I was signed off for six weeks and I felt enormous guilt the entire time, "
     "which I now realise is part of the problem. What helped: a manager who didn't make me justify "
     "myself, an occupational health referral that was actually useful, and a phased return with a "
     "protected caseload. What didn't help: the wellbeing webinar I was sent on my first day back, with "
     "breathing exercises and a slide about resilience. I don't need to be more resilient. I needed "
     "fewer cases and a lunch break. What I do now: I leave the work phone in the car overnight. I've "
     "started swimming on Tuesday evenings and protect it like a court date. I say out loud in "
     "supervision when I'm not coping, which is terrifying but gets easier. And I talk to people "
     "outside the profession, who think what we do is extraordinary, which is a nice change from people "
     "inside it who think it's Tuesday. If you're in the slow fade right now, please talk to someone. You "
     "are not weak, you're a human doing a very hard job in a system that's short of everything."),
    ("Practice question on analysis in assessments, because I keep getting the same feedback and I want "
     "to understand it properly. My manager says my assessments are 'descriptive, not analytical'. I get "
     "the principle, but I'm struggling with what it looks like on the page. I can write a good account "
     "of what happened, what people said and what I saw. Where I fall down is the 'so what'. What I've "
     "tried so far: using the Assessment Framework triangle headings and adding a paragraph under each "
     "that starts 'This means that...'. Using a simple strengths and worries table before I start "
     "writing. Reading the Research in Practice briefing on analysis and critical thinking, which was "
     "good but quite abstract. What I think I'm missing is weighing things against each other. I list "
     "risks and protective factors side by side but never say which matters more and why. I also tend "
     "to hedge everything with 'it may be that' because I'm scared of being wrong in front of the "
     "family. Could people share how they structure the analysis section? Do you use hypotheses, like "
     "'my working hypothesis is X, the evidence for it is Y, the evidence against is Z'? Do you write the "
     "analysis first and then the description? How do you make sure the child's lived experience is at "
     "the centre rather than the adults' behaviour? Any anonymised examples of a paragraph you were "
     "proud of would be amazing. I promise to pay it forward when I'm less clueless."),
    ("Book club write-up for anyone who missed the session. This month we read The Body Keeps the Score "
     "by Bessel van der Kolk, and it was our liveliest discussion yet. Roughly half the group found it "
     "transformative, particularly the chapters on how trauma lives in the body and why talking therapy "
     "alone doesn't always reach it. A couple of the residential workers said it gave them language for "
     "things they'd seen for years, like young people who can't sit still in meetings or who flinch at "
     "loud voices. The other half were more sceptical. Some of the research has been challenged, and "
     "several people felt the book gets used in our field as a kind of shorthand, where 'trauma-informed' "
     "becomes a badge rather than a practice. One person made the point that it's written from a "
     "clinical perspective and says very little about poverty, racism or housing, which are the things "
     "our families are actually dealing with. We ended up comparing it with Lemn Sissay's memoir, which "
     "says a lot of the same things about the care system from the inside and with far more anger. "
     "General consensus: worth reading, but read it critically and alongside voices of people with lived "
     "experience. Next month we're doing Kit de Waal's My Name Is Leon, because someone pointed out we "
     "never read fiction and it might be nice to feel something other than professional guilt. Usual "
     "time, usual online room, bring a cup of tea and an opinion."),
    ("Advice for new students starting placement, from someone three years qualified who remembers "
     "exactly how it felt. First, you will not know what you're doing for a while, and that is fine. "
     "Nobody expects you to. Ask the stupid questions early, before it gets embarrassing. Second, find "
     "the business support team and be kind to them. They know where everything is and how every system "
     "works, and they will save you more times than your practice educator. Third, write things down "
     "straight after visits, even if it's just bullet points in the car. Your memory at 5pm is not your "
     "memory at 10am. Fourth, shadow as many people as you can, not just social workers. Sit in with the "
     "family support workers, the contact supervisors, the duty team, the IROs. You learn the whole "
     "system that way. Fifth, get used to being uncomfortable. The best learning happens when you're "
     "slightly out of your depth and someone is there to catch you. Sixth, look after your body. Eat "
     "lunch, drink water, go for a walk. I know it sounds like your mum talking. Seventh, the theory "
     "does matter. When you're writing your portfolio and linking visits to attachment or systems "
     "theory it feels like a hoop, but later you'll find yourself using it without thinking. And last, "
     "remember why you came into this. Write it down on day one and read it again when things are hard. "
     "Good luck to all of you, the profession needs you more than ever."),
    ("Quick recap of last night's online chat on digital practice, for those who couldn't make it. About "
     "thirty people joined, a mix of practitioners, managers, students and care-experienced members, "
     "which made for a much richer conversation than our usual echo chamber. Main themes: first, "
     "messaging. Almost everyone agreed young people want to text rather than call, and that our "
     "policies haven't caught up. A few authorities have approved apps with proper recording, and those "
     "workers were noticeably less anxious. Second, boundaries. Several people talked about the pull to "
     "reply late at night and how that sets expectations you can't keep. Care leavers in the chat were "
     "clear they'd rather have a reliable reply next morning than an exhausted one at midnight. Third, "
     "shared to-do lists. One care leaver described a shared list with her PA where either of them could "
     "add tasks and anything overdue flagged to the manager. She said it was the first time she felt "
     "like a partner in her pathway plan rather than the subject of it. Fourth, confidentiality. We "
     "talked about what's safe to post in spaces like this, and the consensus was: dilemmas yes, "
     "details no. Fifth, and a nice note to end on, people wanted more of these planned chats, shorter "
     "and more often. We'll run another next month on recording with young people, not about them. "
     "Thanks to everyone who came, and particularly to the care-experienced members who were so generous "
     "with their time."),
]

# ---------------------------------------------------------------------------
# Building and checking.
# ---------------------------------------------------------------------------
MARKER = re.compile(r"\[\[([^:\[\]]+):([^\[\]]+?)\]\]")
TITLES = ("mr ", "mrs ", "ms ", "miss ", "dr ", "judge ", "hhj ", "mx ")

NI_RE = re.compile(
    r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r" ?\d{2} ?\d{2} ?\d{2} ?[A-D]$", re.I)
POSTCODE_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$", re.I)
POSTCODE_IN_TEXT = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
VEHICLE_RE = re.compile(r"^[A-Z]{2}\d{2} ?[A-Z]{3}$")
VEHICLE_IN_TEXT = re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z]{3}\b")
EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
DRAMA_PREFIXES = ("07700900", "01134960", "01214960", "02079460",
                  "01614960", "01144960", "01914980")


def fail(msg):
    sys.exit("build_blind5_set: " + msg)


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
        fail(f"unknown kind {kind!r} in: {post[:60]}")
    if span != span.strip():
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
        if " " in span:
            fail(f"handle with a space {span!r}")
    elif kind in ("date", "date_of_birth"):
        if not re.search(r"\d", span):
            fail(f"date without a day/number {span!r}")
    elif kind == "person_name":
        if span.lower().startswith(TITLES):
            fail(f"name span includes a title {span!r}")
        if span.endswith(("'s", "\u2019s")):
            fail(f"name span includes a possessive {span!r}")


def parse(marked):
    out, findings, pos = [], [], 0
    length = 0
    for m in MARKER.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        kind, span = m.group(1), m.group(2)
        check_span(kind, span, marked)
        findings.append({"kind": kind, "start": length, "end": length + len(span)})
        out.append(span)
        length += len(span)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[" in text or "]" in text:
        fail(f"stray bracket in: {text[:80]!r}")
    for f in findings:
        if text[f["start"]:f["end"]] != text[f["start"]:f["end"]].strip():
            fail("offset error")
    return text, findings


def check_unmarked(text, findings):
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
        fail(f"unmarked postcode-like {m.group(0)!r}")
    m = VEHICLE_IN_TEXT.search(rest)
    if m:
        fail(f"unmarked reg-like {m.group(0)!r}")


def main():
    groups = [
        ("id", IDENTIFYING), ("id", IDENTIFYING_LONG),
        ("clean", CLEAN), ("clean", CLEAN_LONG),
    ]
    records, seen = [], set()
    for label, posts in groups:
        for marked in posts:
            text, findings = parse(marked)
            if text in seen:
                fail(f"duplicate post {text[:60]!r}")
            seen.add(text)
            if label == "id" and not findings:
                fail(f"identifying post without markers: {text[:60]!r}")
            if label == "clean" and findings:
                fail(f"clean post with markers: {text[:60]!r}")
            check_unmarked(text, findings)
            records.append((text, findings))
    for posts in (IDENTIFYING_LONG, CLEAN_LONG):
        for marked in posts:
            n = len(parse(marked)[0])
            if not 1200 <= n <= 1600:
                fail(f"long post has {n} characters: {marked[:50]!r}")
    long_count = sum(1 for t, _ in records if 1200 <= len(t) <= 1600)
    if long_count < 15:
        fail(f"only {long_count} long posts")

    random.Random(SEED).shuffle(records)
    with OUT.open("w", encoding="utf-8") as fh:
        for i, (text, findings) in enumerate(records, 1):
            row = {"id": f"blind5-{i:03d}", "text": text, "findings": findings}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    per_kind = {}
    for _, findings in records:
        for f in findings:
            per_kind[f["kind"]] = per_kind.get(f["kind"], 0) + 1
    with_ids = sum(1 for _, f in records if f)
    print(f"wrote {len(records)} posts to {OUT}")
    print(f"  with identifiers: {with_ids}, clean: {len(records) - with_ids}, "
          f"long (1200-1600 chars): {long_count}")
    print(f"  spans: {sum(per_kind.values())}")
    for kind in sorted(per_kind):
        print(f"    {kind}: {per_kind[kind]}")


if __name__ == "__main__":
    main()
