#!/usr/bin/env python3
"""Build the blind3 evaluation set for the confidentiality guard.

Standalone: no project imports. Each post below carries inline markers
``[[kind:span]]`` around every identifying span. Running this script strips
the markers, computes Python-str offsets (end exclusive) and writes
``blind3_set.jsonl`` next to this file, shuffled with a fixed seed.

The script fails loudly on: unknown kinds, stray/unbalanced brackets, spans
with leading/trailing whitespace, empty spans, marked NHS numbers that fail
the Modulus 11 check, and unmarked 10-digit numbers that pass it.
"""

import json
import random
import re
import sys
from collections import Counter
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

POSTS = []


def P(text):
    POSTS.append(text.strip("\n"))


# ---------------------------------------------------------------------------
# Posts WITH identifiers
# ---------------------------------------------------------------------------

P(
    """Quick one for the fostering lot. [[person_name:Kacper]] (12) has been with us since the summer and his school, [[institution:Holy Family Catholic Primary]], keep ringing me rather than his social worker. Is that normal or should I be pushing back?"""
)

P(
    """Looking for my older sister [[person_name:Andreea Popescu]]. We were split up when I was 6 and she was 9, she went to carers in Hull and I stayed in Leeds. She'd be 27 now. If anyone knows her or knew the family, message me on here please, nothing else matters."""
)

P(
    """Consultation request (anonymised as far as I can). I hold a 15-year-old, referred to here as YP, placed in an unregulated setting since the placement at [[institution:Ashdene Lodge]] broke down. The provider has given me a contact of [[person_name:Mr Gebremedhin]] as "house lead" but there is no registered manager. Our IRO, [[person_name:Dawn Ellery]], has escalated twice. Has anyone used the new Ofsted registration route for supported accommodation to force the issue? Views welcome, especially from anyone who has sat on a resource panel recently.""".replace(
        "[[person_name:Mr Gebremedhin]]", "Mr [[person_name:Gebremedhin]]"
    )
)

P(
    """hiya!! does anyone remember [[person_name:kez]] from the leaving care drop in on a thursday?? she had pink hair and a staffie. lost her number when my phone got nicked 😭 her insta used to be [[handle:@kezzaa.xo]] but its gone"""
)

P(
    """Shift handover, posted for the residential practice thread as an example of what NOT to write in a public space (details changed but still): "18:40 [[person_name:Rojda]] returned to unit, refused tea, said she'd been at her cousin's on [[address:Ladybarn Lane]]. Police informed, ref [[reference:MMP-230914-0817]]. Staff member [[person_name:Dilan Aziz]] on lone shift until 22:00." You can see how much of that would identify a young person if it got out."""
)

P(
    """Placement question. My practice educator wants me to present a case at group supervision next [[date:Tuesday 4th]]. The family I'm allocated live at [[address:Flat 2, 9 Mill Lane]] and the kids go to [[institution:Springwell Nursery]]. Obviously I'll anonymise for the presentation, but is it OK to keep the real details on my own laptop notes? Uni says no but my team seem relaxed about it."""
)

P(
    """[[person_name:Precious]] is 15 and came into care under s.20 last year. She's bright, funny and absolutely furious with everyone. Her mum keeps turning up at the gates of [[institution:Bishop Challoner Academy]] and the school have asked whether they can stop her. Anyone dealt with something similar and got a sensible contact plan through?"""
)

P(
    """Can a mod delete my last post please, I put my mobile number in by accident (07700 900418). Sorry!""".replace(
        "07700 900418", "[[phone:07700 900418]]"
    )
)

P(
    """Reconnect: I'm trying to find the foster carers I had between about 2001 and 2004. [[person_name:Pat]] and [[person_name:Dennis Whitfield]], they lived on [[address:Ashgrove Road]] in Hull and had a caravan at Withernsea every summer. [[person_name:Pat]] worked at the [[institution:Hull Royal Infirmary]] canteen. I just want to say thank you. I'm 31 now and doing alright."""
)

P(
    """Just to say thanks to [[person_name:Hope]] and the team at the drop-in for Friday. Genuinely the first Christmas thing I've been to in years that didn't feel like charity."""
)

P(
    """Is anyone else's authority still using paper Form Fs? I've got an assessment for a couple in Cardiff, [[person_name:Mr]] and [[person_name:Mrs Pritchard]]""".replace(
        "[[person_name:Mr]] and [[person_name:Mrs Pritchard]]",
        "Mr and Mrs [[person_name:Pritchard]]",
    )
    + """, and the agency want everything typed up by [[date:14 March]]. Their referee [[person_name:Gwenllian Rhys]] won't answer emails, only letters. I'm losing my mind slowly."""
)

P(
    """Safeguarding lead hat on. We had a call this week from a parent asking why their child's NHS number ([[nhs_number:609 139 0996]]) had been included in a referral sent to the wrong school. It turned out a colleague had copy-pasted from a template. Please check your templates, folks. A genuinely awful conversation to have."""
)

P(
    """ok so i finally got my passport sorted!!! took 8 months because my birth cert was with the LA and nobody could find it. shoutout to [[person_name:Tahmina]] my PA who literally drove to the archive office 🙌🙌"""
)

P(
    """Does anyone know whether [[institution:Meadowbank Care Home]] still takes young adults with learning disabilities? A young man I work with, [[person_name:Rafiq Uddin]], is 19 and his residential college placement finishes in July. His dad is keen on somewhere near Oldham."""
)

P(
    """Writing this after a hard supervision. I've been carrying a family for 14 months, and today my manager [[person_name:Lorraine]] asked me, kindly, whether I'd stopped seeing the children because I was so focused on the mother. She was right. The youngest, [[person_name:Summer]], is 4 and I realised I couldn't tell you her favourite toy. I had pages about mum's drinking and nothing about Summer's days.

I don't really have a question. I think I'm posting because I want other newly-qualified workers to know this happens, and that a good supervisor names it without making you feel like rubbish. I'm going to do a direct work session with her next week, just me, some crayons and the floor.""".replace(
        "nothing about Summer's days", "nothing about [[person_name:Summer]]'s days"
    )
)

P(
    """Urgent-ish: young person missing since last night, 16, known to be with an older male driving a black Audi, reg [[vehicle_reg:YH19 KXT]]. I know this isn't the place, police and EDT are informed, I'm just shaking and needed to type it somewhere. Sorry."""
)

P(
    """For those asking about the care leavers' bursary at my college: you need your NI number on the form. Mine is [[ni_number:JK 48 22 91 C]] and it got rejected twice because I typed it without spaces, so maybe the form is fussy? Anyway put it how it's printed on your letter."""
)

P(
    """Event: Kinship carers' coffee morning, [[date:Thursday 12th October]], 10:00–12:00, in the community room behind the church. No booking needed. Questions to [[person_name:Bernadette Keane]] on [[phone:0161 496 0925]] or [[email:bernie.keane.kinship@gmail.com]]."""
)

P(
    """anyone got [[person_name:tyler]]s new number? he changed it after he moved into the flat and i owe him £20 lol"""
)

P(
    """Court prep question. Final hearing for a PLO case is set for [[date:3/5/2022]]""".replace(
        "[[date:3/5/2022]]", "[[date:3 May]]"
    )
    + """ and the guardian has just asked for an addendum parenting assessment. The case number is [[reference:LS22C00417]] if anyone in the Leeds DFJ area knows whether this judge usually grants extensions. I'm worried the children (8 and 10) will end up in limbo over the summer."""
)

P(
    """We are foster carers for a little lad, [[person_name:Oluwaseun]] (we call him Seun, he chose it). His birth mum, [[person_name:Mrs Adeyemi]]""".replace(
        "[[person_name:Mrs Adeyemi]]", "Mrs [[person_name:Adeyemi]]"
    ).replace("(we call him Seun, he chose it)", "(we call him [[person_name:Seun]], he chose it)")
    + """, has asked for his hair to be cared for in a particular way and honestly we have no idea what we are doing. We're a white couple in rural Shropshire. Any recommendations for resources, or even a salon, would be hugely welcome. We want to get it right for him."""
)

P(
    """My birthday is [[date_of_birth:4 Feb]] and every year my old social worker sent a card, even after I left care. Found out this week she died. [[person_name:Marcia Campbell]], if anyone here worked with her in Lambeth, she was one of the good ones."""
)

P(
    """I'm a second year on my 70-day placement in a CAFCASS-adjacent service and my PE keeps writing things like "[[person_name:Zofia]] needs to show more critical reflection" in my portfolio feedback. Which, fine. But what does critical reflection actually look like on paper? Is there a model you all use?"""
)

P(
    """Residential staff, how do you manage late-night calls from ex-residents? We had one from [[person_name:Big Mo]] last week at 2am, he's 20 now, lives on his own, and the night staff didn't know whether they were allowed to talk to him. Policy says no. Everyone's heart says yes."""
)

P(
    """Reconnect request. My brother [[person_name:Ciarán Byrne]] was adopted in around 2006 from Dublin originally but he was in care in Liverpool. Date of birth [[date_of_birth:17/11/2003]]. I've done the intermediary route with the adoption agency and it's stalled. I'm not asking anyone to break rules, just whether anyone knows how long these take."""
)

P(
    """Our LA has a new "single point of contact" email and it keeps bouncing. I've been sending documents to [[email:j.okonkwo@gmail.com]] instead because that's the worker's personal one and she said it was fine. I have a feeling it isn't fine."""
)

P(
    """Hi all, I'm the new coordinator for the care leavers' forum in Swansea. Our next meet-up is [[date:Wednesday 8 November]] at the usual spot. If you need a lift, text [[person_name:Ceri]] on [[phone:07700 900233]].""".replace(
        "07700 900233", "07700900233"
    )
)

P(
    """Does anyone have experience of the Staying Close pilot? [[person_name:Will]] turned 18 last month and wants to stay near [[institution:Oakfield Children's Home]] where he's been since he was 13. The house team love him. He's applied for a flat on [[address:Dewsbury Road]] which is a ten minute walk."""
)

P(
    """Student question, hope this is the right place. On placement at a GP-attached social prescribing team. The lead GP at [[institution:Parkside Surgery]] wants me to sit in on consultations and write notes in the patient record. I'm a first year. Is that within my role? The patient today was a [[person_name:Mr Chaudhry]]""".replace(
        "[[person_name:Mr Chaudhry]]", "Mr [[person_name:Chaudhry]]"
    )
    + """ and I felt really out of my depth."""
)

P(
    """Posting on behalf of a young woman I support who doesn't have an account. She's looking for her half-brother [[person_name:Abdirahman]], who she thinks was placed with a Somali family in Bristol around 2012. His surname would be [[person_name:Warsame]]. She knows the family lived near [[postcode:BS5 9JE]] at one point. Any advice on the proper route?"""
)

P(
    """Tired. Had a strategy discussion that went on for 2 hours and then I realised I'd been sent the wrong child's chronology. Mosaic ID [[reference:3381904]], not the one I had open. Triple check everything, kids."""
)

P(
    """if anyone went to [[institution:Thornbury House]] in like 2014-2016 pls say hi, i was the one who always nicked the good remote 😂 i'm [[person_name:jade]] btw"""
)

P(
    """I've been asked to write a reference for a former foster child applying to nursing. [[person_name:Ayaan]] lived with us for four years and is the most conscientious person I know. Can anyone who sits on admissions at a college tell me what they actually look for?"""
)

P(
    """Supervision reflection, posted with permission from my supervisor. This year I moved from a children-in-need team into adults, and the hardest bit has not been the law (the Care Act 2014 is in some ways kinder to read than the Children Act) but the shift in whose voice leads. In children's I was trained to centre the child. In adults I have an 83-year-old, [[person_name:Mrs Fraser]]""".replace(
        "[[person_name:Mrs Fraser]]", "Mrs [[person_name:Fraser]]"
    )
    + """, who has capacity and is making what her son calls "unwise" decisions about living alone on [[address:Drummond Street]]. Everything in me wants to protect her. Everything in the law says her choice is hers.

My supervisor, [[person_name:Callum MacLeod]], asked me to write down the three things I feared most. They were: she falls and isn't found; her son complains; I am blamed. Only one of those is about her. We talked about positive risk-taking, about the difference between my anxiety and her risk, and about how defensible decision-making isn't the same as defensive practice.

So I went back, sat with her, and we agreed a plan she actually wanted: a key safe, a daily call from her neighbour [[person_name:Eilidh]], and a pendant she'll wear if it is "not the ugly one". Her son is still unhappy. I've recorded my reasoning properly this time, with the Mental Capacity Act principles spelled out, rather than writing "risks discussed" and hoping.

If anyone else has made the jump from children's to adults, I'd love to hear what tripped you up. I suspect it's the same thing for many of us: unlearning the reflex that keeping someone safe is always the goal."""
)

P(
    """Has anyone had a DBS come back with someone else's details on it? Mine had an address I've never lived at ([[address:27 Chapeltown Road]], [[postcode:LS7 3QB]]). The agency are telling me to just wait."""
)

P(
    """To everyone who came to the conference on [[date:21.06.23]], thanks. Slides from [[person_name:Dr Harjit Kaur]]""".replace(
        "[[person_name:Dr Harjit Kaur]]", "Dr [[person_name:Harjit Kaur]]"
    )
    + """'s session are on the shared drive; email me if you can't get in. [[email:h.wallace.events@outlook.com]]"""
)

P(
    """Foster carer here, feeling a bit lost. Our placement, a 9-year-old girl, has been with us 5 weeks. Today at school pick-up a man I didn't recognise called her by her full name, [[person_name:Lily-Mae Thompson]], and asked if she was still at [[institution:Rowan Tree Primary]]. She froze. I've told the SW and the school. What else should I be doing? Should I be changing our route?"""
)

P(
    """Does anyone have a contact in the CHC team at [[institution:St James's University Hospital]]? A care leaver I work with was discharged with no plan at all and his ward say the discharge coordinator was [[person_name:Nguyen]]""".replace(
        "[[person_name:Nguyen]]", "a [[person_name:Linh Nguyen]]"
    )
    + """ but nobody can find her."""
)

P(
    """I'm a care leaver, 23, and I got a letter from HMRC addressed to me but with the wrong NI number on it ([[ni_number:SN301278B]]). Mine ends in a different letter. Do I ring them or ignore it? I'm scared it'll mess up my universal credit."""
)

P(
    """My son's school ([[institution:Crossley Heath School]]) has told us he's being "informally excluded" for the afternoons. He's adopted, has an EHCP and attachment difficulties. I thought informal exclusions were illegal? The head, [[person_name:Mr Oyelaran]]""".replace(
        "[[person_name:Mr Oyelaran]]", "Mr [[person_name:Oyelaran]]"
    )
    + """, says it's a "reduced timetable" and that makes it fine."""
)

P(
    """Bless. [[person_name:Rose]] (our 3 year old foster daughter) has just announced to the whole café that her "real mummy lives in a caravan and eats chips." The look on people's faces. 😅"""
)

P(
    """Team manager consultation. I'd value views from anyone with experience of the Public Law Outline when the family are Irish Travellers. We have a family, the [[person_name:McDonagh]]s, who have moved between three local authorities in 18 months. The children, [[person_name:Bridget]] (7) and [[person_name:Patrick]] (11), have had patchy school attendance but are clearly loved. Our legal team are pushing for an ICO. My worry is that we are treating mobility itself as neglect. Has anyone found good practice guidance, or a Traveller liaison worker who can advise?"""
)

P(
    """hi does anyone know if the leaving care team in Brum still has the office on [[address:Broad Street]]? need to drop my tenancy forms off and no one answers the phone"""
)

P(
    """I was born [[date_of_birth:02/08/2006]] so I'm 18 now and apparently that means my foster placement "ends". My foster mum [[person_name:Akosua]] says I can stay under Staying Put but the council haven't done the paperwork. Anyone know how long it takes?"""
)

P(
    """Sharing as a learning point. A student in our team printed a genogram and left it on the bus. It had the children's names, [[person_name:Kwame]] and [[person_name:Efua Mensah]], and their school. Thankfully a kind member of the public handed it in. We've now banned printing at home entirely."""
)

P(
    """Can someone with Welsh-language experience help? I'm writing a life story book for a child whose birth family are Welsh speakers. His nain, [[person_name:Mrs Gwyneth Evans]]""".replace(
        "[[person_name:Mrs Gwyneth Evans]]", "Mrs [[person_name:Gwyneth Evans]]"
    )
    + """, wants a section in Welsh. I don't want to rely on Google Translate for something this important."""
)

P(
    """lol my PA literally texted me "can u send ur NI" so i sent it on whatsapp, [[ni_number:WP 66 14 03 A]]. is that bad? feels bad now"""
)

P(
    """Care leavers' football is back! Every Sunday from [[date:5th November]] at the 3G pitches. Bring boots, we have bibs. Ask for [[person_name:Delroy]]."""
)

P(
    """Asking for advice as an agency social worker just started in a new authority. The team's whiteboard in the office, visible from the corridor that parents walk down, has children's initials AND full case numbers on it, like [[reference:CP-20931]] and [[reference:LAC-4471]]. I raised it and was told "it's always been like that". What would you do?"""
)

P(
    """Trying to track down a former keyworker from [[institution:Moorside Children's Home]] in Bradford. Her name was [[person_name:Saima]], she was Pakistani, about 30 at the time (2009), and she taught me how to cook daal. I'd love to just tell her I've got my own kitchen now."""
)

P(
    """Quick legal question: if a parent with PR posts a child's photo and school name on Facebook while the child is in care under an ICO, can we actually do anything? Mum has posted pics of her son outside [[institution:Whitefield Academy]] with "miss you baby" and tagged her mate [[handle:@tasha_b_1989]]."""
)

P(
    """I'm [[person_name:Dafydd]], I'm 19, I grew up in care in the Valleys and I've just been offered a place on a social work degree. Mostly posting because I'm terrified and excited and I don't know anyone else who's done this."""
)

P(
    """Placement question — my practice educator asked me to ring the family to rearrange a visit. Is it OK to use my own phone? I didn't withhold the number and now the dad ([[person_name:Ionuț]]) keeps messaging me on WhatsApp at night. I've told my PE but I feel stupid."""
)

P(
    """Carers, anyone else had this? Our 14 yo foster son, [[person_name:Hamza]], came home with a bag of new trainers and a phone. He says his "uncle" bought them. There's a car that waits at the end of our road most evenings, a grey Golf, [[vehicle_reg:LN68 OWE]]. We've reported it. The SW said to "keep an eye". I'm not sleeping."""
)

P(
    """Happy heavenly birthday to my nan who took me in when nobody else would. [[person_name:Delia Grant]], born [[date_of_birth:12 April 1946]], kinship carer before anyone used the word. Miss you every day."""
)

P(
    """We are recruiting! Family support worker, 30 hrs, Lewisham. Informal chats with [[person_name:Temi Adebayo]], [[phone:020 7946 0384]]. Closing date [[date:Friday 17 November 2023]]."""
)

P(
    """anyone else get moved to a new SW literally every 6 months?? ive had [[person_name:sarah]], then [[person_name:gemma]], then someone called [[person_name:Oksana]] who i never even met, now it's a guy called [[person_name:Rich]] lol. like what is the point"""
)

P(
    """I know this is a long shot. Does anyone know a foster carer called [[person_name:Auntie Joy]] who fostered in Luton in the 90s? She was Jamaican, very tall, lived near the [[institution:Luton and Dunstable Hospital]]. She looked after me and my twin for a year. We're 30 now and we'd love to find her.""".replace(
        "[[person_name:Auntie Joy]]", "Auntie [[person_name:Joy]]"
    )
)

P(
    """My daughter's hospital passport says her NHS number is [[nhs_number:9078666617]] but the GP letter has a different one. Which one do I trust? She's on the autism pathway and I'm terrified of her records getting merged with someone else's."""
)

P(
    """Hey all, I'm organising a reunion of the old youth council (2015–2018 lot). If you were there, email me at [[email:minh.tran.yc@gmail.com]] or DM me. [[person_name:Minh]]"""
)

P(
    """Adopter here. Our adopted daughter's birth dad has found her on TikTok. His account is [[handle:@bigdazza_83]] and he's been commenting on her videos. The post-adoption support team are "looking into it". She's 13 and thinks it's amazing. I feel sick."""
)

P("""Reflection from a first-year NQSW in an assessment team.

The thing nobody told me is how much of the job is driving. I've done 4,000 miles since April. Yesterday I visited a family at [[address:14 Elm Road]] at 9am, then drove across the county for a strategy meeting, then back for a school meeting at [[institution:Greenfields Community College]] at 3:15, and then wrote it all up until 8pm. I'm not complaining exactly, the job is the job, but I'd love to hear how others keep their recording timely when they're in the car half the day.

Some practical things I've tried: voice notes in the car (parked!) straight after a visit, which I then type up; a template for home visits with the headings already there; and blocking Friday mornings as "recording only". The Friday thing worked for three weeks until duty swallowed it.

My manager [[person_name:Kerry]] says I'll get faster. I'm sure that's true. But I also notice the experienced workers around me just... write less. Their notes are shorter and better. Is that skill, or have they given up on detail? Genuinely asking, not being snarky. Do you write in the car park, at home, or do you just accept the backlog as part of the job? I want to learn how to write a good, concise visit record that a child could read in 15 years' time and recognise themselves in.""")

P(
    """kinda random but shoutout to [[person_name:Mr Boateng]]""".replace(
        "[[person_name:Mr Boateng]]", "Mr [[person_name:Boateng]]"
    )
    + """ the maths teacher at [[institution:Harris Academy Peckham]] who let me do my homework in his room every lunch when things were bad at home. i passed my GCSEs because of u sir"""
)

P(
    """Our foster son's social worker emailed his full Child Looked After review minutes, with his date of birth ([[date_of_birth:14.09.2011]]) and home address ([[address:Flat 6, 41 Victoria Parade]]), to our personal email with 12 other people in CC. Is that a data breach I should report?"""
)

P(
    """Hi, student SW here. I'm on placement at [[institution:Little Acorns Day Nursery]] as part of my first-year shadowing. One of the staff keeps asking me what I "know" about one of the children, [[person_name:Destiny]], because she's on a CP plan. What do I say?"""
)

P(
    """Announcement: we're running a free workshop on life story work for kinship carers, [[date:Saturday 2nd March]], 10–1. Venue is the family hub, full details when you book. Contact [[person_name:Siobhán Ó Briain]] on [[phone:+44 7700 900871]] to book a place."""
)

P(
    """I used to live at [[address:3 Cedar Close]] with my foster family and drove past it yesterday for the first time in 15 years. They've painted the door. I sat outside for 20 minutes crying like an idiot."""
)

P(
    """Legal planning meeting question. Our copy of the child's birth certificate has the wrong surname on it ([[person_name:Iqbal]] instead of [[person_name:Ahmed]]). Who is responsible for getting it corrected before the placement order hearing, the LA or the parent? Case ref [[reference:2021/0453]] on our system if any colleagues from the Sheffield legal team are reading."""
)

P(
    """hi all, i'm [[person_name:Bex]], 20, care leaver from stoke. just joined. mostly here because my PA said there's people who get it. my snap is [[handle:bex.marie02]] if anyone wants to chat, no weirdos pls"""
)

P(
    """Help needed with immigration. Young person, unaccompanied, from Eritrea, name [[person_name:Yonas Tesfay]], age disputed. Home Office ref [[reference:T1128874]]. His solicitor has gone on maternity leave and the firm hasn't reallocated. His appeal hearing is [[date:28 February]]. I'm panicking on his behalf. Any recommended immigration advisers in the North East who take legal aid?"""
)

P(
    """I keep thinking about [[person_name:Farid]]. He arrived at 15, from Afghanistan, walked half of it. I was his key worker for two years. He texted me last night from his new flat to say he'd passed his driving theory test and I cried in Tesco."""
)

P(
    """Does anyone know the referral email for the therapeutic service at [[institution:The Tavistock]]? Hmm actually scrap that, I know they closed GIDS, I mean the fostering and adoption clinic.""".replace(
        "[[institution:The Tavistock]]", "the [[institution:Tavistock Clinic]]"
    )
)

P(
    """Hello everyone, I'm a support worker in a supported accommodation service in Glasgow and we're trying to set up a peer mentoring scheme. One of our young people, [[person_name:Eilidh Morrison]], has offered to lead it. She's 19 and amazing. Does anyone have a job description or training materials they'd share? Reply here or ring the office, [[phone:0141 496 0712]]""".replace(
        "[[phone:0141 496 0712]]", "0141 496 0712 (reception)"
    ).replace(
        "Reply here or ring the office, 0141 496 0712 (reception)",
        "Reply here, or message me on [[phone:07700 900612]]",
    )
)

P(
    """tbh the best thing about my last placement was [[person_name:Auntie Precious]]. she made jollof every sunday and let me have friends round. miss her loads""".replace(
        "[[person_name:Auntie Precious]]", "auntie [[person_name:Precious]]"
    )
)

P(
    """Residential managers: an Ofsted inspector recently picked up that our missing-from-care log used full names in the subject line of emails to police ("[[person_name:Daniel Okoro]] missing 21:15"). We've since changed to initials + our internal ref e.g. [[reference:RC-0093]]. Is that what others do?"""
)

P(
    """New to the forum, hi! I'm a newly approved foster carer in Norwich. We had our first placement this week: a sibling group, [[person_name:Amelia]] (6) and [[person_name:Alfie]] (4). Nobody told us they'd arrive at 9pm with a bin bag each. Any tips for the first week?"""
)

P(
    """Please don't post this sort of thing but I'm desperate. My ex-partner has my son and I don't know where they are. Last known address [[address:Flat 12, Regent Court]], [[postcode:M8 0TW]]. He drives a red Fiesta [[vehicle_reg:MA21 ZRT]]. If anyone is a worker in Manchester and can tell me how to get help, please."""
)

P(
    """Adult social care question, Mental Capacity Act. We have an older gentleman, [[person_name:Mr Ahmadzai]]""".replace(
        "[[person_name:Mr Ahmadzai]]", "Mr [[person_name:Ahmadzai]]"
    )
    + """, whose daughter holds LPA for health and welfare. She wants to move him from [[institution:Rosewood Lodge Nursing Home]] to live with her, and the home are resisting. He lacks capacity on this decision. Who actually decides here?"""
)

P(
    """so i went to my first pathway plan review yesterday and they had my DOB wrong on everything. i was born on the [[date_of_birth:3rd of June 2005]] not the 5th of March. how does that even happen lol""".replace(
        "not the 5th of March", "not 2004 like they put"
    )
)

P(
    """Shout out to the admin team who found a child's missing health records this week. NHS number came through as [[nhs_number:116-372-6516]] on the CAMHS referral and it didn't match anything. Turned out the original referral had two digits swapped. Admins are the real heroes."""
)

P(
    """My supervisor is [[person_name:Ms Dumitrescu]]""".replace(
        "[[person_name:Ms Dumitrescu]]", "Ms [[person_name:Dumitrescu]]"
    )
    + """ and she's genuinely the best I've had. She does supervision walking round the park when it's nice. Recommend trying it if your manager is open to it."""
)

P(
    """Hi everyone, could I get some advice? I'm 17, in care, and my college ([[institution:Bradford College]]) want me to do my placement year somewhere with a DBS. My social worker says because I've got a caution from when I was 14 I'll fail it. Is that true?"""
)

P(
    """Looking for [[person_name:Semhar]]. We were in the same foster home in Coventry in 2017, she was from Eritrea like me, she went to live in Birmingham after. Her Facebook was [[handle:Semhar Tesfaye Habesha]] but it's deactivated. Please, if anyone knows her.""".replace(
        "[[handle:Semhar Tesfaye Habesha]]", "under [[handle:semhar.habesha]]"
    )
)

P(
    """Complaint about the hospital discharge team at [[institution:Queen Elizabeth Hospital Birmingham]]: they sent a 16-year-old care leaver home in a taxi at 11pm to a flat with no electricity. I've raised it via PALS. His PA is [[person_name:Gurpreet]] and she's as livid as I am."""
)

P(
    """Practice question from a kinship assessor. Grandparents, [[person_name:Mr]] and [[person_name:Mrs O'Sullivan]]""".replace(
        "[[person_name:Mr]] and [[person_name:Mrs O'Sullivan]]",
        "Mr and Mrs [[person_name:O'Sullivan]]",
    )
    + """, are being assessed as special guardians for their grandson. Grandad has an old conviction from 1987. Local authority panel want it "explored" but nobody can tell me how. Anyone written one of these recently?"""
)

P(
    """i'm sooo nervous, moving into my first flat on [[date:Monday 2nd October]]!! [[address:Flat 4, 88 Harehills Avenue]] if any of u lot live round there lol (mods feel free to delete the address i'm just excited)"""
)

P(
    """Urgent help please. Our 15-year-old foster daughter has been groomed online by someone using the Instagram name [[handle:@drilla.t_official]]. Police have the phone. CSE team involved. We have a strategy meeting [[date:Monday 12th February]] and I want to know what we can ask for."""
)

P(
    """Does anyone know the contact for the virtual school at Kirklees? I've been emailing [[email:paul.hennessy@kirklees.gov.uk]] for three weeks about PEP funding and nothing."""
)

P(
    """Mental health act assessment yesterday. Approved mental health professional lead was [[person_name:Wei Chen]], and he was absolutely brilliant with the family, explained everything in Mandarin and English. Love to see it."""
)

P(
    """anyone from the [[institution:Cherry Tree House]] unit in the late 2000s? i was there with [[person_name:danny]] and [[person_name:lauren]] and the staff member we called [[person_name:Stretch]] 😂 would love to know how everyone's getting on"""
)

P(
    """Fostering panel member here. Yesterday a file came to panel where the applicant's NI number ([[ni_number:YE920815D]]) and full DOB were in the body of the assessment, which then got circulated to panel by email unencrypted. How common is this? Ours is a small IFA.""".replace(
        "and full DOB", "and full date of birth"
    )
)

P(
    """A really lovely moment at contact today. [[person_name:Grace]] (7) and her big brother [[person_name:Jermaine]] (12) met for the first time in a year. She just held onto him. I had to go out and stand in the car park for a minute."""
)

P(
    """If you're in Belfast, the care experienced choir meets [[date:Tuesday 14 May]] in the Duncairn. Message [[person_name:Orla]] on [[phone:07700 900 115]].""".replace(
        "07700 900 115", "07700 900115"
    ).replace("in the Duncairn", "in the usual hall")
)

P(
    """Honest question for other black social workers: how do you handle colleagues who say "I don't see colour" in case discussions? A white colleague said it today about a Nigerian family (the [[person_name:Okafor]]s) and I just froze. I should have said something."""
)

P(
    """We've been asked by a young person's solicitor to provide her full care file, and her Mosaic number is [[reference:4471902]]. Does anyone know whether redaction of third-party names is the LA's job or the solicitor's?"""
)

P(
    """hey so i got my NHS number off the app, is this the one i give the dentist? [[nhs_number:931 417 0586]] sorry if thats a dumb question, nobody ever told me this stuff"""
)

P(
    """Event reminder: Care Leavers' Ball 2024 tickets on sale now, event on [[date:August 22nd]] at the Town Hall. Free for care experienced 18–25s. Dietary needs to [[person_name:Rhiannon]] at [[email:rhiannon.events.cl@gmail.com]]."""
)

P(
    """Foster carers, please check your car seats and your kids' school bags for anything with their name on. Our little one had her full name sewn into her coat, "[[person_name:Summer Nowak]]", and her birth dad recognised her at the park from across the field. Bad day."""
)

P(
    """Can anyone recommend a good immigration solicitor in Birmingham? I'm working with an unaccompanied young person from Iraqi Kurdistan, [[person_name:Rebwar]], whose age assessment was done badly. His postcode is [[postcode:B11 4RT]] if that matters for legal aid."""
)

P(
    """Does anyone know if [[institution:Ysgol Gyfun Glantaf]] still has a designated teacher for looked after children? I'm placing a 12-year-old there and the form asks for a name."""
)

P(
    """Reconnect post. My old foster mum was [[person_name:Pauline Hargreaves]], she lived at [[address:22 Westbourne Grove]], Blackpool, in the 90s. Phone was [[phone:0161 496 0733]]""".replace(
        "[[phone:0161 496 0733]]", "something like 0161 but I can't remember the rest"
    )
    + """. If anyone knew her, I'd love to get in touch. I was the little girl with the big glasses."""
)

P(
    """Formal consultation sought: Young person B (16, male, of Bangladeshi heritage) is subject to a CP plan and has recently disclosed that his uncle, [[person_name:Mr Miah]]""".replace(
        "[[person_name:Mr Miah]]", "Mr [[person_name:Miah]]"
    )
    + """, has arranged for him to travel to Sylhet in the summer "to get married". We are considering an FMPO. Has anyone applied for one in respect of a male child and, if so, what was the court's approach to evidence?"""
)

P(
    """I'm the designated safeguarding lead at [[institution:St Aidan's CE Primary]] and I want to improve how we talk to foster carers. What do you actually want from schools? Be honest, I can take it."""
)

P(
    """tell me why my social worker called me [[person_name:Chantelle]] for a whole meeting when my name is [[person_name:Chanelle]] 😂 like we've met 4 times"""
)

P(
    """Mods, please remove the postcode from my previous post, I didn't realise it would be visible ([[postcode:HU3 2PA]]). Ta."""
)

P(
    """fun fact my middle name is [[person_name:Hope]] because my birth mum said i was the only good thing that happened to her that year 🥲 found that out from my life story book last week"""
)

P(
    """PhD researcher here (ally member). I'm recruiting care-experienced adults for interviews about education. The study has ethics approval from my university. If you'd like to take part please contact me, [[person_name:Dr Aisling Byrne]]""".replace(
        "[[person_name:Dr Aisling Byrne]]", "Dr [[person_name:Aisling Byrne]]"
    )
    + """, at [[email:a.byrne.research@protonmail.com]] or on [[phone:0117 496 0066]]."""
)

P(
    """Adopters, did anyone else get a "letterbox" contact letter from birth family that includes their full address? Ours came from [[address:9 Gorse Hill Road]], [[postcode:SA1 6EF]]. The post-adoption team are supposed to redact both ways. I'm worried the birth family got ours too."""
)

P(
    """anyone know the number for the leaving care duty line in Bristol? mine is in my old phone. i've tried [[phone:0117 496 0881]] and it just rings out"""
)

P(
    """Reflection for my portfolio, shared for feedback from experienced colleagues.

This week I attended my first child protection conference. The chair, [[person_name:Mrs Ahmed]]""".replace(
        "[[person_name:Mrs Ahmed]]", "Mrs [[person_name:Ahmed]]"
    )
    + """, opened by asking the mother how she'd like to be addressed and whether she wanted a break at any point. It was such a small thing but the mother visibly relaxed. Later, when the police representative read out the history, the chair stopped him and asked him to use plain English rather than "DA incident, Grade 2". I wrote that down.

What unsettled me was the conversation afterwards in the corridor. A colleague said the father, [[person_name:Mr Kowalski]]""".replace(
        "[[person_name:Mr Kowalski]]", "Mr [[person_name:Kowalski]]"
    )
    + """, was "obviously lying because he wouldn't make eye contact". I said, quietly, that in some cultures avoiding eye contact with authority is respect, and that he'd told us his English was limited and no interpreter was booked. She laughed it off. I don't think I said it well.

My questions for anyone kind enough to reply: how do you challenge assumptions in the moment without sounding like you're lecturing a more experienced colleague? And how do you make sure interpreters are booked, when the referral says "English: yes" because a child translated at the front door?

I know the answers are partly in the PCF and the anti-oppressive practice readings. I'm more interested in what you'd actually say in that corridor. Thank you."""
)

P(
    """Hi all, looking for placement advice. My university has offered me a final placement at [[institution:Hollybank School]], a residential special school, but I wanted statutory. Will it hold me back?"""
)

P(
    """[[person_name:Hodan]], if you're on here, it's me from the hostel in Leicester. Your mum is looking for you, she's OK, she just wants to know you're safe. Message me."""
)

P(
    """Kinship carer here. My grandson's DOB is [[date_of_birth:23/01/2015]] and the council keep putting 2016 on his special guardianship support plan. It matters because it affects which funding pot he's in. Anyone had this?"""
)

P(
    """Pupil referral unit staff, I'm after some advice. We've had a run of Year 10 girls coming to us from [[institution:Northgate PRU]] after it closed, and the records transfer has been a mess. One student's file, [[person_name:Tiana Morgan-Reid]], came to us with another student's medical history in it. How do you handle transfers when the sending PRU has effectively ceased to exist?"""
)

P(
    """Has anyone used the Lifelong Links approach with a young person whose family are in Poland? I'm working with [[person_name:Bartłomiej]] (he goes by [[person_name:Bartek]]), 15, who came into care after his mum died. He has an aunt in Gdańsk he remembers. The family finder found a Facebook profile for her, [[handle:Ewa.Wisniewska.77]], but we're not sure about making first contact on social media."""
)

P(
    """Does anyone have experience of getting a child's records from a private fostering agency that's been bought out? We're trying to get the file for a young person who was placed through them in 2012. Their old ref was [[reference:IFA/2012/3347]]."""
)

P(
    """i'm gonna be honest i didn't think i'd make it to 21 and today i'm 21 🎉 thank u to [[person_name:kaz]] and [[person_name:nia]] from the drop in and to my PA [[person_name:Mohammed]] who never gave up on me even when i gave up on me"""
)

P(
    """We had a family court hearing [[date:2023-09-14]] where the judge criticised our authority for drift. In a rare move, she named the social worker in the judgment. The worker ([[person_name:Jennifer Salter]]) had 34 cases at the time. Do we think naming individuals in published judgments helps or harms practice?"""
)

P(
    """Small win: after 8 months of chasing, [[person_name:Nikolai]] finally has his EHCP finalised and a place at [[institution:Beaumont Hill Academy]] from September. Persistence pays."""
)

P("""Long one, sorry, but I need a sense check from experienced fostering social workers before our next review.

We have had [[person_name:Leon]] (14) since he was 11. His plan has always been long-term fostering with us. Last month his mum, [[person_name:Kayleigh Smith]], came out of rehab and has been doing really well; she has a flat now at [[address:31 Halton Moor Avenue]] and contact has moved from supervised at the family centre to unsupervised Saturday afternoons. [[person_name:Leon]] loves it. He comes back buzzing.

The problem is the school. He's at [[institution:Temple Moor High School]] and his attendance has dropped from 96% to 81% since contact increased. He says he's "tired". His mum has been texting him late into the night (we've seen the phone, she's not doing anything wrong, she just misses him). The school have called a meeting for [[date:3/5/2022]] and they want me to bring "evidence", which feels like I'm being asked to build a case against his mum.

His social worker, [[person_name:Natalia]], is brand new to the case and has asked me to email her a summary. I'm happy to, but I also feel I need to protect the relationship between [[person_name:Leon]] and his mum, which is the best thing that's happened to him in years.

How do other carers handle this? Do I just describe what I've seen and let the professionals decide? Do I talk to his mum directly first? My supervising social worker is on leave until the end of the month and the duty line is [[phone:0113 496 0572]], which nobody ever picks up.

Any advice gratefully received. I genuinely want this to work for both of them.""")

P(
    """hiya, long post incoming, sorry!! 

so basically i'm trying to find my little brother [[person_name:jayden]]. we got split up when i was 12 and he was 5, he went for adoption and i went to a childrens home ([[institution:Lindfield House]] in Birmingham if anyone remembers it, it closed in like 2015). 

his birthday is the [[date_of_birth:19th of October]] and he'd be 17 now. his adopted name might be different, i don't know. last thing i heard he was living somewhere near [[postcode:b23 6nd]] but that was years ago and i only know because i saw a letter on my old SW's desk lol (i know, i know).

i've asked the council and they said i have to go through the adoption agency and they'll pass a letter on but only if his parents agree. i wrote the letter in march. nothing.

my old keyworker [[person_name:Mrs Begum]] said i should wait til he's 18 and then he can look for me himself. but what if he doesn't know i exist?? what if they never told him?

i'm not gonna do anything stupid like turn up at his school. i just wanna know he's ok. if anyone has been through this from either side, like as an adopter or as the sibling, please tell me how it went. my number is [[phone:(0121) 496 0139]] or just reply on here. 

sorry for the essay, i've never actually written all this down before 💔""".replace(
        "[[person_name:Mrs Begum]]", "Mrs [[person_name:Begum]]"
    )
)

P("""Case consultation, posted in the practitioners' space. I've tried to strip this back, but I'm aware some detail remains; mods, please edit if needed.

I'm the allocated worker for a 16-year-old unaccompanied asylum-seeking child, [[person_name:Abdullah Noori]], DOB recorded by the Home Office as [[date_of_birth:01.01.08]] (the classic default date, which he disputes). He's placed in supported accommodation at [[address:Flat 3, 17 Stanley Road]], [[postcode:L8 1TH]], and attends ESOL at [[institution:City of Liverpool College]].

The difficulty: last week he was stopped by police in a car registered [[vehicle_reg:BD17XPL]] with two older males. No charges, but the police intelligence suggests county lines involvement. The provider now wants to serve notice, and the only alternative offered is a placement 120 miles away. He has a GP he trusts at [[institution:Princes Park Health Centre]], a mosque community, a part-time job and, for the first time since arriving, friends.

I'm preparing for a NRM referral and a contextual safeguarding meeting. My manager's view is that moving him "removes him from risk". My view is that moving him removes everything protective in his life and leaves the exploiters with a phone number. His NHS number ([[nhs_number:7407188181]]) has already been sent to the new area's health team without his consent, which I've raised.

Questions: has anyone successfully argued against a move on contextual safeguarding grounds? And how did you record the reasoning so it stood up at the resource panel? Any links to the Contextual Safeguarding Network's guidance on relocation would also be appreciated.""")

P(
    """Reflection after my first year as a foster carer, posted because our agency asked us to write something for new applicants and I thought I'd share a draft here first.

When we were approved, the panel chair asked what we'd find hardest. I said "saying goodbye". I was wrong. The hardest thing has been the paperwork, the meetings, and the constant feeling that the professionals around our little girl know less about her than we do.

She arrived on the [[date:9th of January]] with a carrier bag and a teddy called Mr Buttons. Her name is [[person_name:Zainab]], she's 5, and she has the loudest laugh I've ever heard. In her first week, she was registered at [[institution:Brudenell Primary School]], seen by a paediatrician, and had two contact sessions with her mum and one with her dad. Nobody asked her what she wanted for breakfast.

We've had four social workers in a year. The current one, [[person_name:Mr Kaur]], is kind but overstretched. The IRO has changed twice. Her health assessment was three months late. None of that is anyone's individual fault.

What I'd tell new carers: keep a diary, a real one, of the small things. Her first swimming lesson. The day she stopped hiding food. When she called our dog by name. These are the things that will go into her life story book, and if we don't write them down, nobody will.

And when someone in a meeting says something about your child that doesn't sound right, say so. Politely, but say so. You are part of the team around the child, not the audience.""".replace(
        "[[person_name:Mr Kaur]]", "Mr [[person_name:Sandhu]]"
    )
)

P("""Posting as a care leavers' PA (personal adviser), about something that keeps happening and I'd welcome thoughts from other PAs and from care leavers themselves.

One of my young people, [[person_name:Tomasz]], is 20, works nights at a distribution centre and is studying part-time. Every time he applies for anything (a bank account, a phone contract, a tenancy), he is asked for documents he's never had. His birth certificate is Polish. His passport expired. His NI number card ([[ni_number:ce 55 71 09 a]]) was lost in a placement move in 2019, and HMRC will only post a letter to the address they have on record, which is a foster home on [[address:Beechwood Crescent]] that he left four years ago.

I rang HMRC with him on speaker. It took 54 minutes. We were told to write. We wrote. That was seven weeks ago.

This is not a one-off. I'd estimate half my caseload have some form of document chaos. The system moves young people between placements and then expects them to have the paper trail of someone who has lived in one house their whole life.

What I'm trying to do now: at every pathway plan review from 16, a document checklist with copies stored securely (with consent) by the leaving care team. Our team manager, [[person_name:Siân Pritchard]], is supportive and we're piloting it. But it should be national practice, not something dependent on which PA you get.

Does anyone's authority already do this properly? And has anyone found a faster route through HMRC for care leavers? I'd take any trick at this point.""")

# ---------------------------------------------------------------------------
# Posts WITHOUT identifiers (clean but tricky)
# ---------------------------------------------------------------------------

P(
    """Hope this helps someone: if you're a care leaver in England you can ask for your care records under a subject access request, and the council has one month to respond (extendable). It's free."""
)

P("""Will do. Thanks all.""")

P(
    """May I ask how other authorities are approaching the new Working Together 2023 guidance on multi-agency child protection practitioners? Ours hasn't said a word."""
)

P(
    """Summer is always the hardest time in our house. No school routine, contact arrangements change, and the holiday club costs more than the allowance covers. Anyone found anything that actually works for a 10 year old who struggles with change?"""
)

P(
    """Child A, aged 14, has been placed in a residential setting 80 miles from home. Mother (M) is requesting weekly contact. Father (F) is in prison. The IRO feels the distance is unjustifiable but there are no closer placements. Has anyone successfully argued for a funded transport plan at panel? Legal basis is s.20 at present, moving to s.31."""
)

P(
    """lol the amount of times ive had to explain to a new worker what "staying put" means 🙄 like u work here babe"""
)

P(
    """Grace period for the rent on care leavers' first tenancies, does anyone's authority have one? Ours is apparently "discretionary" which means no."""
)

P(
    """Just finished reading The Body Keeps the Score (Bessel van der Kolk) for my dissertation and honestly I have mixed feelings. Some of it is brilliant on trauma and the body; some of it feels overstated. What do other practitioners think?"""
)

P(
    """Level 3 Diploma in Residential Childcare, is it worth doing through work or going to college? My manager says either, the timescale is two years from start date."""
)

P(
    """Has anyone read the Independent Review of Children's Social Care (the MacAlister review) recommendations on family network plans? I'm trying to work out what's actually being implemented versus what's still just talk."""
)

P(
    """Frank question: does anyone genuinely enjoy writing court statements? I find it the most satisfying part of my job and my team think I'm weird."""
)

P(
    """Mark the form as "received" on the system before you scan it, otherwise the duty manager can't see it. Learned that the hard way this week."""
)

P(
    """Reminder from the mod team: please don't post names, addresses, dates of birth, schools, or case numbers, even of people you think no one will recognise. If in doubt, use "the young person", "Child A" or "my foster daughter". Thanks for keeping this space safe."""
)

P(
    """Rose to the challenge today. I chaired my first strategy meeting. Police, health, education, all there. I didn't say "um" more than 40 times. Progress."""
)

P(
    """anyone else get proper sad around christmas? like everyone posting family stuff and ur just sat there with a microwave dinner. not looking for sympathy just wondering if its just me"""
)

P(
    """For students asking about the PCF and Social Work England's professional standards: they overlap but aren't the same. The PCF is BASW's framework; the professional standards are the regulator's. Your portfolio probably needs to evidence both."""
)

P(
    """I will never get used to the 14:30 school run into a 15:00 strategy meeting into a 16:00 home visit. Who designed this day?"""
)

P(
    """In 2019 our authority was rated inadequate by Ofsted. Last March we were rated good. The difference, honestly, was stable leadership and a caseload cap of 18. Nothing fancy."""
)

P(
    """Does anyone have a good resource for explaining Section 47 enquiries to parents with learning disabilities? The leaflet we have is written at about degree level."""
)

P(
    """Year 9 options evening for our foster son next week. He wants to do drama, music and art and his social worker is pushing for "proper" subjects. He's 13. Let him pick what he loves, surely?"""
)

P(
    """Brilliant session from Coram BAAF this morning on matching considerations for sibling groups. If your agency can fund it, go."""
)

P(
    """Anyone else watching the new series of Hollyoaks with the care storyline? I'm curious how care leavers feel about it. Some of it made me cringe, some of it was spot on."""
)

P(
    """My dog Biscuit is the only reason I get out of the house some days tbh. recommend a dog to every care leaver who can have one lol"""
)

P(
    """If you're a young person and you need to talk to someone right now, Childline is 0800 1111, Samaritans are 116 123, and the NSPCC helpline for adults worried about a child is 0808 800 5000. You don't have to be in crisis to ring."""
)

P(
    """Really interesting discussion at our team meeting about whether a foster carer should be allowed to post on Facebook that they are a foster carer at all. Some said no (risk of identifying children by association), some said it's their life. Where do you land?"""
)

P(
    """The bill for my first month in my own flat came to more than I get in universal credit. I'm not exaggerating. Council tax exemption helps but the energy is killing me."""
)

P(
    """Mr X was described in the referral as "known to police". That's it. No detail, no offence, no date. How are we supposed to risk assess on that? Rant over."""
)

P(
    """For anyone in Wales: the Social Services and Well-being (Wales) Act 2014 is the framework, not the Children Act 1989 for most of it. I see English colleagues mixing them up a lot on here."""
)

P(
    """I have hope, for the first time in ages. New manager, smaller caseload, and a team that actually talks to each other. Long may it last."""
)

P(
    """Does anyone use Mind of My Own with younger children? We're thinking of rolling it out for under-8s in our CIN team."""
)

P(
    """Young person B is 17, in a semi-independent placement, and wants to stop all contact with her birth family once she turns 18. Her Pathway Plan still lists family contact as a goal. How do people handle that transition respectfully?"""
)

P(
    """We moved from Bradford to Leicester last year and the difference in how the two authorities support kinship carers is night and day. Postcode lottery is real."""
)

P(
    """Question on the Care Leaver Covenant: has anyone's local employer actually signed up and delivered? I see logos on websites but I've never met a care leaver who got a job out of it."""
)

P(
    """Just watched the documentary about Jacqueline Wilson and the Tracy Beaker books with my foster daughter. She said "that's basically me" and then asked to read them all. Win."""
)

P(
    """Hey all 👋 new here. care leaver, 24, living in Cornwall. just wanted to say hi and that i'm glad this place exists"""
)

P(
    """For those preparing for ASYE: your final assessment panel is not scary. They want to see you reflect, not be perfect. Bring examples, link them to the KSS, and be honest about what you'd do differently."""
)

P(
    """Can someone explain to me like I'm five what a Regulation 24 placement is? Got a kinship carer asking and I don't want to get it wrong."""
)

P(
    """The grief for birth parents when a child is adopted is so rarely talked about. I'd recommend anyone read the Family Rights Group work on this, and the Pause programme's research."""
)

P(
    """Thank you everyone who replied to my earlier thread. I've decided to stay in frontline practice for another year before thinking about management. You've all been so generous."""
)

P(
    """Joy is such an underrated thing to record. We write pages about risk and almost nothing about what makes a child laugh. I'm trying to add one line to every visit note about something that brought the child joy."""
)

P(
    """The local authority has decided to close both its in-house children's homes and commission everything externally. Staff were told by email. I'm gutted for the young people."""
)

P(
    """Who else is on the Frontline programme this year? Cohort chat is a bit quiet and I'd love to connect with others in the North West."""
)

P(
    """Anyone had luck getting a young person's GCSE certificates reissued? The exam boards want a fee and ID, and my lad has neither."""
)

P(
    """tbh the best social worker i ever had didn't do anything special, she just turned up when she said she would and remembered stuff i told her. thats it. thats the bar"""
)

P(
    """Does anyone have experience of the Lifelong Links model? Our authority is considering it and I'd like to hear from people who've used it in practice, not just the evaluation report."""
)

P(
    """Faith in the system: currently at zero. Referral went in 3 weeks ago, marked urgent, still unallocated. The family have given up answering the phone."""
)

P(
    """Sunny day, first proper one of the year, and my foster son asked if we could have a picnic "like a normal family". Made my week."""
)

P(
    """Amber warning for snow tonight across the North. Please check your lone working arrangements and don't do late visits on country roads."""
)

P(
    """Research question for the group. I've seen a lot of claims that "1 in 4 care leavers" end up in prison or homeless. Does anyone know the actual source? The statistic gets repeated but I can never find it properly cited."""
)

P(
    """We all know the Munro Review told us to reduce bureaucracy in 2011. Here we are, over a decade later, with more forms than ever. What happened?"""
)

P(
    """Listening to Lemn Sissay talk about his records was one of the most powerful things I've heard as a social worker. If you've never seen it, find it."""
)

P(
    """Can we talk about the 24/7 on-call expectation in some fostering agencies? We were told we could "always ring" but in practice nobody picks up after 5."""
)

P(
    """Is it just me or has Mosaic got even slower since the last update? Takes me 10 minutes to open a case note some mornings."""
)

P(
    """When you're a student on placement, how do you handle it when your practice educator is off sick for three weeks and nobody tells you who's covering? Asking for me."""
)

P(
    """Honestly the most useful book I read in my first year was not a textbook. It was A Child Called It. Hard reading but it made me understand the kind of secrecy we're up against."""
)

P(
    """Pat on the back to everyone who stayed late for the duty rota this week. We were down three workers and nobody dropped a single visit."""
)

P(
    """Is it ever appropriate to give a young person your personal phone number after they leave your care? My gut says no. My heart says yes. My policy says absolutely not."""
)

P(
    """For anyone confused by the difference between an SGO, a CAO and an adoption order, the Kinship charity has a really clear factsheet. Don't rely on the council's version."""
)

P(
    """My foster daughter (15) wants to go to Reading Festival with friends. Delegated authority says I can decide. Her social worker is "not sure". The festival is in August. What would you do?"""
)

P(
    """Big shout out to the Become helpline, they sorted my council tax exemption query in one phone call when the council had been ignoring me for months."""
)

P(
    """Student here, my practice educator says my writing is "too descriptive and not analytical enough". I've read all the guidance. Has anyone got an example of a paragraph that goes from description to analysis? Even a made-up one would help."""
)

P(
    """Children Act 1989, section 17: the child in need duty. Section 20: accommodation. Section 31: care orders. Section 47: enquiries. If you're new and drowning in numbers, stick that on a post-it."""
)

P(
    """Our team tried "no email after 6pm" for a month. Result: stress down, recording up, and not a single complaint from families. Recommend."""
)

P(
    """I've been qualified 20 years and I still get nervous before court. Anyone else? It never fully goes away."""
)

P(
    """We had a training session on professional curiosity today, delivered by someone who had clearly never done a home visit. Lots of "just ask more questions". Thanks."""
)

P(
    """Question for residential workers: how do you balance the right to privacy in their rooms with safety checks at night? Our new manager wants 15-minute checks for everyone regardless of risk."""
)

P(
    """Bowlby, Ainsworth, Winnicott... does anyone actually use attachment theory in day-to-day practice, or is it just something we quote in assessments? Genuinely curious."""
)

P(
    """anyone else been told they're "too old" for the youth service at 21? like i'm still care experienced babe it doesn't expire"""
)

P(
    """Does anyone know if the Staying Put allowance is taxable for foster carers? Our IFA says no, HMRC's guidance is as clear as mud."""
)

P(
    """The care system isn't broken, it was built like this. That's the uncomfortable thing. Discuss."""
)

P(
    """We're seeing a rise in referrals where the only concern is "poverty". How are other teams distinguishing neglect from simply not having enough money?"""
)

P(
    """My foster son has started calling us mum and dad. He's 6. His social worker says we should "gently correct" him. I don't want to. Thoughts?"""
)

P(
    """Fun fact for students: the "Looked After Child" label changed to "child looked after" in a lot of authorities because young people said they didn't want to be a "LAC". Language matters."""
)

P(
    """Thank you to whoever recommended the Dan Hughes PACE approach (playfulness, acceptance, curiosity, empathy). Tried it with our 11 year old this weekend and it's the first time he's let me sit with him when he was upset."""
)

P(
    """Does anyone know whether the bursary for care leavers at university is usually paid in one lump or termly? Mine is £2,000 and I'm trying to budget."""
)

P(
    """The number 3468535606 keeps appearing on letters from the council; I think it's an internal batch ID, nothing to do with me personally. Does anyone know what it refers to?"""
)

P(
    """I keep getting calls from a withheld number at 9am claiming to be from "the council". Turns out it was a debt collector. If you're a care leaver, check with your PA before you give anyone any details."""
)

P(
    """3/4 of our foster carers are over 55. In ten years we'll have a crisis. What's your agency doing about recruitment?"""
)

P(
    """The government announced another consultation on kinship care. That's the third since 2019. Kinship carers deserve action, not another survey."""
)

P(
    """hi hi, anyone wanna do a care leavers' book club? i'm thinking one book a month, online, low pressure. first pick could be something easy like a Marian Keyes"""
)

P(
    """Can anyone recommend a good life story work training course? Ideally online, ideally under £200. Our agency won't fund it."""
)

P(
    """Jack of all trades, master of none: that's what generic social work in a small authority feels like. Adults on Monday, children on Tuesday, mental health on Wednesday."""
)

P(
    """Does anyone else feel uncomfortable with "bespoke" placements costing £10,000+ a week when foster carers are told there's no money for a bunk bed?"""
)

P(
    """My mentor told me to "sue the council" when they refused my setting-up home allowance. Is that even a thing? It was only £1,800 and they said they'd already paid it (they hadn't)."""
)

P(
    """Reading Ofsted's annual report this morning and the line about children being placed "out of area" without their social workers visiting is just damning."""
)

P("""Hope everyone's OK after this week. Lots of heavy posts. Look after yourselves.""")

P("""Long post, sorry. I want to start a proper discussion about social media use by practitioners, because I think we've swung from "never" to "anything goes" without anyone stopping to think.

When I qualified, the guidance was basically: don't have a profile, and if you do, lock it down. Now half my team are on LinkedIn posting about their "amazing week on duty", and a few are on TikTok doing day-in-the-life videos. Some of it is genuinely good: it demystifies the job, it might bring people into the profession, and it pushes back on the tabloid image of social workers as child snatchers.

But I keep seeing posts that make me wince. A photo of a desk with a case file in the background. A "funny" story about a home visit that's anonymised but so specific that the family would recognise themselves. A reel filmed in a car park outside a family court. None of these people mean harm. They just haven't thought about who else might be looking.

Social Work England's standards say we must not share confidential information inappropriately and should uphold public trust. BASW have their own policy. Our employer has a two-page social media policy that was last updated in 2016 and still mentions MySpace, I kid you not.

So my questions: does your employer give useful guidance? Have you ever had to have a word with a colleague about something they posted? And for the care leavers on here, how does it feel to see workers talking about "cases" online? I'd really value hearing from you most of all.""")

P("""Supervision reflection: on saying no.

I've been a foster carer for six years, and for most of that time I've said yes to everything. Emergency placement at 11pm on a Friday? Yes. A sibling group of three when we'd been approved for two? Yes, after a quick exemption. An extra week of respite for a carer down the road whose own placement was breaking down? Of course.

This month I said no for the first time. The placing team rang with a 16-year-old boy who'd been excluded from his last two placements for violence, and I have a 7-year-old already with us who startles at raised voices. I asked for the referral paperwork and read it twice, and I knew it was the wrong match. I said so. There was a long silence on the phone, and then the worker said, "OK, thank you for being honest," and that was it.

I felt awful for about two days. I kept thinking about where he'd go instead. My supervising social worker reminded me, in our session, that a placement that breaks down in three weeks does more harm to a young person than a placement that never starts, and that my responsibility to the child already living with us is real too.

I'm sharing because I know a lot of carers on here feel the same pull. The system relies on our goodwill, and sometimes it exploits it. Saying no, thoughtfully and with reasons, is part of being a professional carer, not a failure of love. I'd love to hear how others have learned to make that call, and whether your agency supports you when you do.""")

P("""okay so i need to rant and this seemed like the place lol

so i turned 21 last month and apparently that means my leaving care support just... stops?? like i know you can ask to keep a PA til 25 but nobody actually told me that, i found out from a tiktok. a TIKTOK. 

anyway i rang the leaving care team and they were like oh you'd have to request it and we'd assess if you need it. and i'm like babe i literally just told you i don't know how to do my council tax, i think i need it 😭😭

and the thing is i'm doing ok?? like i have a job in a warehouse, i have my flat, i pay my bills mostly. but there's stuff no one teaches you. like how to ring the gas people without panicking. or what to do when your boiler breaks on a sunday. or how to fill in a form that asks for your "previous addresses for 5 years" when you've had like 11. normal people ask their mum. i ask google and cry.

so yeah. if ur a care leaver and ur under 25, you CAN ask to keep your PA. it's in the law (children and social work act 2017 i think?). don't let them fob you off.

also if anyone has tips on the boiler thing pls, it's making a noise like a dying whale 🐋

love u all, this forum is the only place i don't feel weird""")

P(
    """Policy debate: should the care system stop using the word "placement"?

I've been reading the young people's responses to the national review, and one theme keeps coming up: they don't want to be "placed", they want to live somewhere. They don't want "contact", they want to see their family. They don't want a "respite carer", they want a sleepover. Young people have been saying this for years through groups like Article 39, Who Cares? Scotland and the Children in Care Councils, and many authorities have now published language guides.

The counter-argument, which I hear a lot from colleagues, is that legal and professional language exists for a reason. "Placement" has a meaning in regulations; "contact" is a legal term in court orders. If we swap them for softer words, we risk confusion, especially in court where precision matters. Some also worry it's cosmetic: changing the words while nothing else changes.

My view is that both things can be true. We can use precise language in legal documents and human language when we speak and write to children. A child's own records, which they might read at 25, should sound like they were written by someone who cared about them. "Sophie-style" examples of bad recording ("child presented as dishevelled") have become a genre, and it's not funny when it's your file.

What does your authority do? Has anyone got a language guide that actually changed practice rather than sitting on the intranet? And care leavers, which words bothered you most when you were growing up?""".replace(
        '"Sophie-style" examples', "The collected examples"
    )
)

P("""A question about supervision for newly qualified social workers, written partly for my own reflection and partly because I'd like to hear from more experienced practitioners.

My ASYE programme promises fortnightly supervision for the first six months, then monthly. In practice, I've had five sessions in four months, two of which were cancelled halfway through because my manager was pulled into a strategy meeting. When supervision does happen, it is almost entirely case management: what's the plan, what's overdue, what's going to panel. We rarely get to the reflective part, and when we do, I'm too tired to think.

I'm not writing this to criticise my manager, who is clearly overloaded herself. I'm writing because I think the model is broken. We expect one person to be line manager, case decision-maker, professional supervisor and emotional support, with a caseload of their own team's 20 workers sitting behind them. That's not a person, that's a department.

Some ideas I've seen elsewhere: group reflective supervision with an external facilitator once a month; separating case management meetings from reflective supervision entirely; peer supervision between ASYE workers with a structured model like the 4x4x4; or a practice educator-style mentor for the first year who isn't in your line management.

Has anyone worked somewhere that did this well? What did it look like, and did it survive the first budget cut? I'd love some concrete examples I could take to our principal social worker, who has said she's open to ideas.""")

P("""Residential practice question, written in the style of a shift debrief because that's how my brain works now.

Night shift. Three young people in, one on a later curfew. Handover at 22:00 noted one young person was "low" after a phone call with family. At 23:10 she came down for toast and said she didn't want to go back to her room. Two staff on. The other young people were settled. We sat at the kitchen table with toast and the radio for an hour and forty minutes. She talked about everything except the phone call. At about 00:50 she said "thanks" and went to bed. No incident. Nothing to log except "YP up late, staff supported".

And that's my question. How do you record nights like that? Our system has fields for incidents, restraints, missing episodes, sanctions and rewards. There is no field for "sat with someone until they felt safe enough to sleep". So it goes down as a one-liner, and a year later, when someone reviews the file, it looks like nothing happened.

I've started adding a short paragraph to the daily log in her own words as best I can, with her permission, about what helped. My manager is supportive but says it's "a lot of writing for a quiet night". I think those are the nights that matter most. 

How do other homes capture the ordinary, relational stuff? Is there a template, or a culture, that makes it normal to write about care rather than just about risk? Open to being told I'm overthinking it.""")

P("""For the students and newly qualifieds asking about court, here is my honest guide after 12 years of giving evidence, mostly in care proceedings.

1. Read your own statement the night before. Out loud if you can. You will be asked about things you wrote eight months ago and forgot.
2. Know your chronology. Not every date, but the key turning points and why you made the decisions you did.
3. Answer the question you are asked, then stop. Silence is not your enemy. Barristers are trained to let you fill it.
4. It's fine to say "I don't know" or "I'd need to check my records". It's not fine to guess.
5. Address the judge, not the barrister asking the questions. Turn your body if you need to. It helps you stay calm and stops it feeling like an argument.
6. If you made a mistake, own it. Judges respect honesty far more than defensiveness. A worker who says "with hindsight, I should have visited sooner" is more credible than one who insists everything was perfect.
7. Remember the parents are in the room. Be accurate, be fair, and be kind in how you say hard things. They will remember your words for years.
8. Look after yourself afterwards. Debrief with someone. Eat something. Don't drive straight to a home visit.

The Family Justice Council and CAFCASS both have good material on giving evidence. Your legal team should do a pre-hearing conference with you; if they don't, ask. And if you're in a Welsh court, check whether you'd like to give evidence in Welsh, it's your right. Good luck, you'll be fine.""")

P("""I've been thinking a lot about birthdays in care and I want to hear what other carers do.

Our last foster son had never had a birthday party. At 11. He didn't know what to do with the attention and spent most of it under the table. The year before that, with another carer, he'd had a cake from the supermarket and a card signed by "staff". I'm not criticising, people do their best, but it stuck with me.

This year our current foster daughter turns 9 and we're trying to plan something that's hers, not ours. We asked what she'd like and she said, after a long think, "a day where nobody asks me about my feelings". Which is fair enough!

Some things we've learned from other carers: let the child invite who they want, even if it's just one person; keep it short; have a quiet room; don't make a big deal of birth family if they haven't been in touch, but have a plan if they are; and keep a photo and the card in their memory box, because years later it'll matter.

The thing I'm unsure about is whether to let her social worker come. Her worker is lovely and wants to, but I worry it makes the day feel like a review. And what about contact, do you allow birth family to send a present on the day, or arrange it for after?

Would love to hear your ideas, especially from care leavers, what would you have wanted on your birthday growing up?""")

P("""Careful-with-words post for the moderators and anyone writing case studies.

When I write a case study for training, I change the name, the age, the gender, the ethnicity and the town, and then I ask someone who doesn't know the family to read it and tell me if anything still stands out. It's amazing what slips through: a distinctive job, an unusual illness, the number of siblings, a pet, a holiday. Any one of these might be harmless, but together they can point straight at a family, especially in a small community or a rural area where everyone knows everyone.

A few rules I follow. I never use a real school, GP, hospital or care home name, even if it's "only" the local one. I never use real dates; I say "in the spring" or "a few months later". I never include the case reference, even as a joke. I use "Child A" or a name that isn't common in the area. I keep ages as ranges ("early teens"). And if a detail doesn't matter to the learning point, it comes out.

I know this can make case studies feel flat. But it's not our story to tell. The families didn't consent to being a training exercise, and some of them will one day be practitioners, or forum members, themselves.

What do others do? Is there a checklist your organisation uses? I'd especially like to hear from anyone who has had a case study recognised by the family, and what happened next.""")

P(
    """Coronation Street has done a better job of showing kinship care than most training courses I've been on."""
)

P("""Downing Street keeps promising a care leavers' guarantee. I'll believe it when I see it.""")

P(
    """The M62 was shut again so I missed my visit. Rang the family, rearranged for Friday, they were fine. Traffic is a safeguarding issue, someone write the paper."""
)

P(
    """GP told me my B12 was low and that's why I've been so knackered. Not everything is burnout, turns out 😂"""
)

P(
    """Our reference number for the forum's Freedom of Information request hasn't come back yet, has anyone else requested the national data on placement moves?"""
)

P(
    """Student placement question: I'm 19 and most of the families I work with are older than me. How do I build credibility without pretending to be something I'm not?"""
)

P(
    """We fostered for the first time in the 1990s and the paperwork was a single sheet. Now it's 80 pages. Not saying either was right."""
)

P(
    """Our agency calls the carers' WhatsApp group "the village". It's honestly the best support we have. Can't recommend it enough, just keep the kids' details out of it."""
)

P("""i got 2:1 in my degree!!!! first in my family. first from my children's home. crying 😭💜""")

P(
    """Anyone know if Greggs still do the care leavers' work experience scheme? My PA mentioned it ages ago."""
)

P(
    """Working Together says "child-centred". Our IT system says "case". Our budget says "unit cost". Guess which one wins."""
)

P(
    """The old CAFCASS practice pack is gone from the website. Does anyone have a copy saved? Asking for a student."""
)

P(
    """ask me anything, I've been in 14 placements, two secure units and I'm now a youth worker. i'm 26. honestly ask anything"""
)

P(
    """Does anyone have a policy on foster carers taking children abroad? Spain for a week. Delegated authority is silent on it."""
)

P(
    """Our invoice reference from the IFA came through as 8831067924 and finance say it doesn't match anything. Has anyone else had trouble with their billing system?"""
)

P(
    """Brene Brown's work on shame has been on every CPD slide deck I've seen this year. I like her, but I'd love some UK social work research on shame for a change."""
)

P(
    """Marcus Rashford's free school meals campaign did more for our families in one summer than three years of anti-poverty strategy."""
)

P(
    """Just to add to the thread on age assessments: the Merton principles still apply, and the new national age assessment board hasn't changed the basic fairness requirements."""
)


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------

MARK = re.compile(r"\[\[([a-z_]+):(.*?)\]\]", re.S)
TEN_DIGITS = re.compile(r"(?<![\d])(\d(?:[ -]?\d){9})(?![\d])")


def nhs_valid(digits):
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def parse(marked, idx):
    out = []
    findings = []
    pos = 0
    for m in MARK.finditer(marked):
        kind, span = m.group(1), m.group(2)
        where = "post %d: %r" % (idx, span)
        if kind not in KINDS:
            raise SystemExit("unknown kind %r in %s" % (kind, where))
        if not span or span != span.strip():
            raise SystemExit("empty span or edge whitespace in %s" % where)
        if "[" in span or "]" in span:
            raise SystemExit("nested bracket in %s" % where)
        if kind == "nhs_number":
            digits = re.sub(r"[ -]", "", span)
            if not nhs_valid(digits):
                raise SystemExit("invalid NHS number marked in %s" % where)
        out.append(marked[pos : m.start()])
        start = sum(len(x) for x in out)
        out.append(span)
        findings.append({"kind": kind, "start": start, "end": start + len(span)})
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "[" in text or "]" in text:
        raise SystemExit("stray bracket in post %d: %r" % (idx, text[:80]))
    # Every checksum-valid 10-digit number must be marked as nhs_number.
    nhs_spans = {(f["start"], f["end"]) for f in findings if f["kind"] == "nhs_number"}
    for m in TEN_DIGITS.finditer(text):
        digits = re.sub(r"[ -]", "", m.group(1))
        if nhs_valid(digits) and (m.start(1), m.end(1)) not in nhs_spans:
            raise SystemExit("unmarked checksum-valid number %r in post %d" % (m.group(1), idx))
    # Emails must always be marked.
    email_spans = {(f["start"], f["end"]) for f in findings if f["kind"] == "email"}
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        if (m.start(), m.end()) not in email_spans:
            raise SystemExit("unmarked email %r in post %d" % (m.group(0), idx))
    for f in findings:
        assert text[f["start"] : f["end"]] == text[f["start"] : f["end"]].strip()
    return text, findings


def main():
    records = []
    seen = set()
    for i, marked in enumerate(POSTS):
        text, findings = parse(marked, i)
        if text in seen:
            raise SystemExit("duplicate post %d" % i)
        seen.add(text)
        records.append((text, findings))
    rng = random.Random(20240603)
    rng.shuffle(records)
    out_path = Path(__file__).with_name("blind3_set.jsonl")
    kinds = Counter()
    with_ids = 0
    long_posts = 0
    with out_path.open("w", encoding="utf-8") as fh:
        for n, (text, findings) in enumerate(records, 1):
            rec = {"id": "blind3-%03d" % n, "text": text, "findings": findings}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            kinds.update(f["kind"] for f in findings)
            with_ids += bool(findings)
            long_posts += 1200 <= len(text) <= 1600
    print(
        "posts: %d  with identifiers: %d  without: %d  long (1200-1600 chars): %d"
        % (len(records), with_ids, len(records) - with_ids, long_posts)
    )
    print("spans: %d" % sum(kinds.values()))
    for k in sorted(KINDS):
        print("  %-14s %d" % (k, kinds[k]))
    print("wrote", out_path)


if __name__ == "__main__":
    main()
