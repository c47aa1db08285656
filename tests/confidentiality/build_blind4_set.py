#!/usr/bin/env python3
"""Build the blind4 evaluation set for the confidentiality guard.

Standalone: no project imports. Each post is written with inline markers
``[[kind:span]]`` around every identifying span. Running this script strips
the markers, computes Python string offsets (end exclusive), validates the
markup and writes ``blind4_set.jsonl`` next to this file, shuffled with a
fixed seed.
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

POSTS = []


def P(text):
    POSTS.append(text)


# ---------------------------------------------------------------------------
# Posts. Roughly half contain identifiers; the rest are clean but tricky.
# ---------------------------------------------------------------------------

P("""Long one, sorry, but I need to get this out of my head before the weekend.

Had supervision yesterday and we spent most of it on the sibling group I picked up in the summer. Three kids, placed separately since the emergency move. The eldest, [[person_name:Tia-Louise]], is at [[institution:Castlebrook High School]] and is doing better than anyone predicted, which is lovely, but the middle one ([[person_name:Reuben]]) has gone quiet in a way that worries me. His carer says he eats, sleeps, does his homework, says "fine" to everything. That's the bit that bothers me. Fine is a word kids use when they've decided the adults can't cope with the real answer.

My manager asked what my gut said and honestly my gut said he's waiting to see if this placement ends like the last three did. He asked me on the drive back whether the carers "get paid more if he's good". I didn't know what to say. I said the carers' job doesn't change depending on how he behaves and he just looked out of the window.

The youngest is the easy one to love, which I know is a terrible thing to write. She's four, she hugs everyone, she calls me by the wrong name and laughs. The contact notes from [[date:9 October 2023]] say mum cried the whole hour and the supervisor had to end it early. I keep rereading that note.

What I took away: I'm doing too much for the eldest because she's the one who talks back, and not enough for the quiet one because he doesn't ask. We agreed I'd do direct work with him on his own, somewhere that isn't the car or the carers' kitchen. Park, maybe. Chips. Something normal.

Anyone else the same?""")

P("""Can someone sanity-check this before I reply? Got this from the school this morning:

> From: [[person_name:Deborah Ashworth-Pryce]] <[[email:d.ashworth-pryce@fernleaprimary.sch.uk]]>
> Sent: [[date:12 March 2024]] 08:14
> Subject: RE: [[person_name:Kasey]] - attendance
>
> Hi, just to let you know [[person_name:Kasey]] was collected at 12:10 by a man who said he was her uncle. He gave his number as [[phone:07700 900417]]. We released her as he was on the list from last year. Please advise.

Was he on the list? No idea, the list is from before I had the case. Do I go straight to the DSL or to my manager first?""")

P("""omg does anyone remember [[person_name:shannon]] from the unit on [[address:Grange Road]]?? she used to do our hair before college lol 😭 i think her surname was [[person_name:mcbride]] or [[person_name:mcbryde]]. been tryna find her for agesss""")

P("""For the LAC health assessment the nurse needs her NHS number, it's [[nhs_number:679 574 2288]] - is it ok to just email that to the practice manager at [[institution:Brookfield Surgery]] or should it go through the secure portal?""")

P("""Diolch everyone for the advice last week. Update: [[person_name:Gethin]] moved to his nan's in the end, she's only up the road from [[institution:Ysgol Bryn Alun]] so he can stay in the same school. Cwtch to every one of you x""")

P("""Aye, the Hearing went ahead. Reporter was fine, panel were lovely tbh. Wee [[person_name:Ruaridh]] sat on my knee the whole time and was greetin' when his da walked in. Next review's set for [[date:14th May 2024]]. Cannae believe it's nearly a year.""")

P("""Pasting our notes from the strategy discussion so people can see the format we use (yes I know, I should have stripped the names first, just want feedback on the structure):

- Present: [[person_name:KW]] (SW), [[person_name:Amira Haddad]] (DSL), DC [[person_name:Pearson]], [[person_name:Lorraine]] from health
- Child: [[person_name:Mason Whitfield]], DOB [[date_of_birth:17/02/2013]]
- Home address: [[address:41 Cavendish Street]], [[postcode:LS6 2QR]]
- Concern: bruising to left forearm noticed by class teacher
- Outcome: s.47 to proceed, joint visit today 16:00
- Actions: [[person_name:KW]] to update Mosaic; DC [[person_name:Pearson]] to check PNC""")

P("""Looking for advice on a kinship assessment. Grandmother is [[person_name:Siobhán Ó Briain]], she's been caring for the boy informally since his father, [[person_name:Pádraig Mac Cárthaigh]], went into hospital. She's 71 and sharp as anything but panel are hung up on her age. Anyone had success with older SGO carers?""")

P("""Interpreter booking fail again. Dad ([[person_name:Yusuf bin Hamid]]) speaks Arabic but the agency sent someone for Kurdish Sorani. Mum, [[person_name:Layla al-Rashid]], was so patient about it. How do others check dialect before the visit?""")

P("""Our new foster daughter's name is written on the referral as [[person_name:CHEN Xiaoling]] (family name first, as it should be) and the school has enrolled her as [[person_name:Xiaoling Chen]], so now there are two records on the system and health can't find her. Has anyone got a neat way of getting agencies to agree on name order?""")

P("""UASC lad, [[person_name:Nguyen Van Minh]], arrived Tuesday. Everyone at the hotel just calls him [[person_name:Minh]] and he seems happy with that. Age assessment is being pushed for and I'm not comfortable. Thoughts?""")

P("""[[person_name:Zoë]] and [[person_name:Chloé]] (the twins) start at [[institution:Little Acorns Nursery]] on [[date:2 September]] and I'm more nervous than they are 😂 first time I've had under-fives since I was approved""")

P("""Heads up for anyone working with teens round here: one of ours is being messaged by an account called [[handle:@lil_dreamz_xo]] on Insta and separately by [[handle:bigmike_0161]] on Snapchat. Police have the screenshots. Just be aware.""")

P("""Carer noted a silver Astra, reg [[vehicle_reg:YX19 KTF]], parked outside the school three days running, same man each time. Passed to police. Is that enough to start a CSE screening or do we wait for more?""")

P("""Care leaver trying to claim UC and the DWP keep rejecting her NI number. It's [[ni_number:JK 34 56 78 B]] on her letter - she's been leaving the last letter off on the online form, would that do it?""")

P("""Court have listed it under case number [[reference:LS23C00418]], final hearing [[date:27/11/2023]]. Anyone been in front of HHJ [[person_name:Thornton]] before? Heard she's very hot on late filing.""")

P("""Does anyone remember [[institution:Heathfield House]] on [[address:Barlow Moor Road]]? I was there 1994-96. The night staff were [[person_name:Pat]] and [[person_name:Dennis]], and there was a cook called [[person_name:Vi]] who made the best rice pudding in Manchester. Would love to find any of them to say thank you.""")

P("""Hi all, I'm [[person_name:Kerry-Ann Blackwood]]. I was in care in Bristol from 8 to 17, I'm 34 now and qualified last year. Lurked for months, finally posting. Mostly here to learn and maybe help other care-experienced workers who feel like imposters.""")

P("""The [[person_name:Hendersons]] have withdrawn from assessment after stage one. Gutted, they were lovely. Anyone else seeing more couples pull out because of the cost of living?""")

P("""Our IRO (shout out to [[person_name:Malcolm]], legend) actually read the whole care plan before the review and asked the young person what SHE wanted first. Shouldn't be remarkable but it is.""")

P("""If any of the foster carers from the Tuesday group want to talk it through, ring me on [[phone:0113 496 0732]] after 6. - [[person_name:Jan]]""")

P("""Reply from the PA, copied in so you can see what I mean:

> Hi [[person_name:Destiny]], I can't do Thursday but I'm free on [[date:Friday 19th January]] at 2. If you need me before then text [[phone:+44 7700 900238]]. [[person_name:Craig]]

She's been "free Friday" for three weeks now. Is this normal for leaving care teams??""")

P("""Referral form field 'd.o.b.' - do I put [[date_of_birth:2011-06-14]] in that format or does the portal want dd/mm/yyyy? It keeps throwing an error.""")

P("""Moved into my own flat!!! [[address:Flat 2, 9 Mill Lane]] 🥳🥳 no more hostel. ok so i probably shouldnt of put the address lol but im too happy""")

P("""[[person_name:Kayla]], [[person_name:Demi]] and [[person_name:Tyrese]] all went to the same residential over the years and they still meet up every Sunday. Best outcome I've seen in 20 years in this job.""")

P("""Mum's partner is [[person_name:Łukasz Wiśniewski]], works nights at the distribution centre. Polish interpreter needed for him but mum speaks English. How do people handle a joint visit where only one parent needs an interpreter?""")

P("""Just want to say [[person_name:Grace]] got her GCSE results today and passed everything. Three years ago she wasn't going to school at all. Crying in the car park.""")

P("""Me n [[person_name:jordan]] got kicked out of the semi-indi for havin people round 🙄 like its literally our flat?? whos meant to tell u the rules when theres no rules in writing""")

P("""[[person_name:JB]] said at panel that she'd never approve a single carer with a dog that size. Is that even a thing they can say? Asking for a friend (the friend is me).""")

P("""Dr [[person_name:Okonkwo]] at the paediatric clinic wants a full skeletal survey. Mum is refusing consent. Dad hasn't been seen since [[date:3rd February]]. Do we need to go for an EPO or is there a middle route?""")

P("""Mrs [[person_name:Begum]] rang again today, she's struggling with the new respite arrangement. Her son goes to [[institution:Oakfield Special School]] and they've changed the bus pick-up time without telling her.""")

P("""does anyone remember auntie [[person_name:shaz]] who ran the youth club in the 2000s? she basically raised half of us 😂❤️""")

P("""Son's new school is [[institution:Kingsmead Academy]] and the head of year there, Mr [[person_name:Adebayo]], has been brilliant - met us at the gate on day one.""")

P("""Hope we can sort something. [[person_name:Hope]] and her brother have been apart for four months now and contact keeps being cancelled because the room's double-booked.""")

P("""[[person_name:Will]] said he doesn't want to go to the review again this time. I will try once more but I'm not going to drag him. Do other carers let young people skip reviews?""")

P("""Email from the LADO, pasting (with her permission):

> From: [[person_name:Fiona McAllister]]
> To: [[person_name:Sam Ridley]]
> Date: [[date:Mon 6 Nov 2023]]
> Re: Allegation - Ms [[person_name:Achterberg]]
>
> [[person_name:Sam]], we'll need the foster carer's supervision records from [[date:01/09/2023]] onwards. Please use our reference [[reference:LADO-2023-1187]] on anything you send.

Do we send ALL the records or just the ones that mention the child?""")

P("""Anyone know a good way to support a kid whose dad is [[person_name:Abdul-Rahman Siddiqui]]... sorry, I mean, whose dad is in prison for something everyone in the town knows about? The bullying at school is relentless.""")

P("""Sibling contact is at the family centre on [[date:Saturday 24 February]], 10-12. [[person_name:Mia]] is bringing her guinea pig Toffee, which is apparently non-negotiable.""")

P("""Quick q, the placement plan template asks for "previous placements" - does that mean listing the actual homes like [[institution:Larchwood Children's Home]] and [[institution:The Beeches]] or just "residential x2"?""")

P("""My son ([[person_name:Ashton]], 15) has been told he has to leave [[institution:Ravensworth Academy]] and go to the [[institution:Fernbank PRU]]. I'm his kinship carer not his mum so school won't talk to me properly. Who do I contact?""")

P("""For anyone supporting UASC in Cardiff - [[person_name:Mohammed Zia ud-Din]] from the refugee drop-in is amazing with paperwork. Ask for him by name.""")

P("""Sorry for the long post. I've been a foster carer for eleven years and I'm thinking about stopping, and I don't know who else to say it to.

It's not the kids. It's never been the kids. [[person_name:Declan]], who's been with us since he was nine, is now 16 and applying to college, and he still comes into the kitchen every night to tell me about his day while I'm doing the dishes. The little one we had last year, [[person_name:Aaliyah]], went home to her mum and sends us drawings. Those are the things that keep me going.

It's everything around them. We've had four supervising social workers in two years. The last one, [[person_name:Nadia]], was brilliant and then she left for agency work and I don't blame her one bit. The new one hasn't visited yet and it's been ten weeks. Our annual review was supposed to be in March. [[person_name:Declan]]'s PEP meeting at [[institution:Hollins Park High]] was rearranged three times because nobody from the virtual school could make it.

And money. Everyone knows about the money. The allowance hasn't kept up with food, let alone his school trip, his phone, his football boots. My husband does extra shifts. We never talk about it in front of [[person_name:Declan]] because I don't want him to think he's a cost.

I love him. I'd never ask him to move. But I can't take another child after him, and I feel guilty even typing that, because I know how short carers are.

If you've stepped back, how did you make the decision? How did you tell your service? Did you stay connected somehow? I just need to hear from someone who's been there.""")

P("""Update on my earlier thread: [[person_name:Precious]] has been offered a place at [[institution:Ashgrove College]] to do Level 3 Childcare!!! She wants to be a nursery nurse. Proud doesn't cover it.""")

P("""Hiya, trying to reach my cousin [[person_name:Ciara O'Donnell]], she was fostered in Derry in the late 90s and we lost touch. Her brother [[person_name:Eoin]] is desperate to find her. Anyone know how to go about it through the right channels?""")

P("""@[[handle:sarah_fosters_kids]] I saw your reel about the memory boxes, can I steal that idea for our group? (will credit u!)""")

P("""Anyone know why Mosaic won't accept a case ref like [[reference:CS/2022/004571]]? It keeps saying invalid format and my manager is blaming me.""")

P("""Our birth parent advocacy group meets at [[address:27 Victoria Street]] now, not the library. First Wednesday of the month. Message [[person_name:Lyndsey]] on [[phone:0161 496 0254]] if you want to come.""")

P("""Reflection for my ASYE portfolio, posting here because my assessor said to get peer views. All names changed except where I forgot, please tell me if I've missed any (I know, I know).

The visit was to a family I'd been allocated two weeks before. Mum, [[person_name:Charlene]], opened the door in her dressing gown at 2pm and the first thing she said was "you're the fourth one". I had read the chronology in the car, and what struck me was how every worker before me had started from scratch, asked the same questions, and written almost identical assessments.

So I tried something different. I said: I've read everything, I'm not going to make you tell it all again, can you tell me what the last three got wrong? She laughed, properly laughed, and then talked for forty minutes. Her main point was that nobody had ever asked about her own mum, who had been in care herself in the 1980s. There was a whole generation missing from the genogram.

Her son [[person_name:Rhys]], who is eleven, sat on the stairs the whole time listening. At the end he asked if I was going to leave too. I said I didn't plan to.

Theory-wise I've been thinking about this through a relational lens - Ruch, and a bit of Ferguson's work on home visits - and about how much of the repair work in a case like this is simply continuity. The plan hasn't changed much but the relationship has.

What I'm less sure about is whether I overstepped by criticising the previous workers, even indirectly. My practice educator, [[person_name:Ama Owusu-Bempah]], thinks it was OK because it was the mum's criticism, not mine. I'd welcome other views.""")

P("""Right, numbered list because my brain is fried:
1. Does the chronology need every school move? (He's been at [[institution:St Joseph's RC Primary]], [[institution:Woodlands Junior School]] and now [[institution:Priory Park Academy]].)
2. Do I put the date of the first referral ([[date:04/05/2019]]) or the date it was accepted?
3. Is it OK to use his initials ([[person_name:TM]]) in the summary or does the template want full names?
Thanks in advance""")

P("""Random but does anyone remember Mr [[person_name:Gallagher]] the PE teacher at [[institution:Thornhill Secondary]]? He used to keep cereal in his office for the kids who didn't get breakfast. Only adult who noticed.""")

P("""anyone know [[handle:@care.leaver.chronicles]] on tiktok? she posts about leaving care and the comments r so wholesome. recommend""")

P("""Ok so my brother [[person_name:Kieran]] (18 next month) is being moved out of his residential into a supported lodging with a lady called [[person_name:Bernadette]] and he's never met her. Is that normal?? i had 2 visits before mine""")

P("""Reminder for the kinship carers' coffee morning: this month we're at St Aidan's church hall, not the usual place.""")

P("""Quick one - the family court bundle has the child's details as [[person_name:Ellie-Mae Robson]], DOB [[date_of_birth:30.08.2015]], but the birth certificate says Ellie-Mai. Who corrects it? Us or the local authority solicitor?""")

P("""Working on a CP plan where dad's NI number was copied into the minutes ([[ni_number:NP 482719 D]]). Can I ask for the minutes to be reissued with it removed? It was shared with eight agencies.""")

P("""Our young person has been placed at [[institution:Kilbride Secure Unit]] in Scotland on a cross-border DoL order. Does anyone have experience of the paperwork when the child is English and the unit is regulated by the Care Inspectorate?""")

P("""So my mum's partner [[person_name:Gaz]] has been staying at ours again even tho he's not supposed to and i dont know if i should tell my SW or not. if i do mum will know it was me. what would yous do""")

P("""I'm carer for my granddaughter and we've been offered a meeting at [[institution:Parkview Medical Practice]] about her ADHD assessment on [[date:17 April]]. Do I need to bring the SGO paperwork?""")

P("""Can't believe it. Our lad's been accepted to Leeds Beckett to study youth work!! First in our family, first in his. I'm an emotional wreck.""")

P("""For the chronology: ambulance called to [[address:7 Hawthorn Close]] at 23:40, child taken to [[institution:Royal Manchester Children's Hospital]], discharged next morning.""")

P("""Does anyone have a contact for the leaving care team at Wrexham? My young person [[person_name:Cerys]] has moved there from Chester and her new PA hasn't been in touch.""")

P("""Moderators please remove if not allowed, but [[person_name:Dafydd Pritchard]], who used to be the manager at [[institution:Bryn Melyn House]] - if you're reading this, a lot of us owe you. Diolch o galon.""")

P("""Mum's email is [[email:tash.morgan92@gmail.com]] if anyone in the contact team needs it - she's changed numbers again.""")

P("""It's [[person_name:Amarachi]]'s 18th on [[date_of_birth:11th December]] and the home are planning a party. She wants her old carers there. Is there any reason we couldn't invite them?""")

P("""Anyone got experience of [[institution:Great Ormond Street]] and the gender service waiting list? Our YP has been waiting two years.""")

P("""The grandparents, Mr and Mrs [[person_name:Kowalczyk]], want to apply for an SGO but they're both over 70. Has anyone had a successful assessment with carers that age?""")

P("""Copying in my notes from the LAC review:

Young person: [[person_name:R.K.]]
Attendees: IRO ([[person_name:Sandra Mbeki]]), SW (me), carer ([[person_name:Diane]]), school DT (Mr [[person_name:Oyelaran]])
Placement: stable, 14 months
Education: attending [[institution:Hillside Academy]] 94%
Health: dental overdue; optician booked [[date:22/03/2024]]
YP views: wants more contact with nan, wants to go to cadets

Any feedback on the format welcome - is this too much detail for the record?""")

P("""Sibling found!!! After six years. [[person_name:Tyler Marsh]], if you're on here, your sister [[person_name:Kelsey]] is looking for you. She's safe and she'd love to hear from you 💛""")

P("""Bit of advice please - mum keeps turning up at [[institution:Meadowview Primary]] at pick-up even though the order says supervised contact only. The head teacher, Mrs [[person_name:Fairclough]], is really anxious. What can school actually do?""")

P("""My old key worker [[person_name:Rosalind "Roz" Achebe]] just retired after 30 years at [[institution:Westfield Nursery]]. If you were one of her kids, she'd love a card. I'm collecting them.""")

P("""We had a young person in our care whose NHS number I've just realised was written on the back of a photo I posted in the memory box thread, [[nhs_number:492 212 1676]]. Mods can you take that post down please??""")

P("""Can i just say [[person_name:kez]] and [[person_name:lils]] from my old house if ur reading this i miss u both soooo much and im sorry about everything 💔""")

P("""Birth dad [[person_name:Jerome Baptiste-Clarke]] has asked for letterbox contact. Adoption support say it's up to the adopters. The adopters say it's up to adoption support. Going round in circles.""")

P("""hi im [[person_name:nadia]], 19, care leaver from bradford, just started uni n looking for other care experienced students to chat to. anyone? 😊""")

P("""Carers' WhatsApp group admin here. Please stop sharing the kids' full names in the group - e.g. yesterday someone wrote "[[person_name:Jaxon Pilkington]] kicked off again". That group has 40 people in it.""")

P("""Hearing at Manchester Civil Justice Centre is on [[date:15/01/2024]], case no. [[reference:MA23P01562]]. Anyone know if they let carers sit in on private law?""")

P("""As requested by a few of you, here's the wording I use in my email signature when I'm off:

"I'm on leave until [[date:8 January]]. For urgent matters please contact the duty team. For anything about [[person_name:Harrison]]'s placement, please contact [[person_name:Becky Lam]] on [[phone:0121 496 0518]]."

Obviously change the names lol""")

P("""Moving on post. After 9 years at [[institution:Harrow Lodge]] I'm leaving residential for a fieldwork role. To the kids I've worked with - especially D and... no wait, I can't do initials either can I. To all of you. You know who you are.""")

# ------------------------------- clean posts --------------------------------

P("""The mum told me she'd "had enough of social workers" and shut the door. Came back an hour later and she made me a brew. That's the job, isn't it.""")

P("""Case study for our team development day (fully anonymised): Child A, aged 14, placed in residential after three foster breakdowns. Young person B, her half-brother, aged 9, remains at home with dad. How would you approach sibling contact when the adults don't speak to each other?""")

P("""I will never get used to the sound of the car door when you're dropping a child at a new placement. Twenty years in and it still gets me.""")

P("""Frank discussion in team meeting today about caseloads. Manager admitted we're at 28 average. Anyone else's team at that level? Genuinely asking, not moaning.""")

P("""Is there a grace period for submitting the Form F after panel date gets moved? Our assessing worker is off sick and nobody else can mark the form as complete.""")

P("""Hope is a strange thing in this work. You need enough of it to keep going but not so much that it blinds you to what's actually happening in the home.""")

P("""Re the Munro Review - does anyone else feel like we're still talking about the same things over a decade later? Less procedure, more relationship. We all agreed. Then came more procedure.""")

P("""Reading group this month is Lemn Sissay's memoir "My Name Is Why". If you're care-experienced and want to join, the first chapter is a lot, so go gently.""")

P("""For the students asking about theory: Bronfenbrenner for the ecological stuff, Bowlby and Ainsworth for attachment (with the usual critiques), and Featherstone, White and Morris on "re-imagining child protection" is a brilliant read for the family-minded approach.""")

P("""In 2019 we had nine foster families on our books in this patch. Now we have four. Last March two retired in the same week.""")

P("""Section 47 threshold question: if a child discloses to a friend, and the friend tells a teacher, and the child then denies it - where do people land? Strategy discussion or single agency?""")

P("""The strategy meeting is at 14:30 and I've got a home visit at 13:00 forty minutes away. Wish me luck with the M62.""")

P("""Year 9 is a nightmare year for looked after kids in my experience - options, hormones, and suddenly everyone's on about "your future". Anyone got good resources for carers?""")

P("""Kirklees Council have changed the fostering allowance bands again and nobody on the carers' forum can work out whether we're better or worse off. Anyone able to explain the new table?""")

P("""Our YP is obsessed with Marcus Rashford and asked if he could write to him about free school meals. Did it as a literacy project. Made his week when the school put it on the wall.""")

P("""If you're struggling tonight, Samaritans are on 116 123, Childline on 0800 1111 for under-19s, and you can text SHOUT to 85258. You don't have to be in crisis to use them.""")

P("""Does anyone have a good script for explaining to a 6-year-old why they can't see mum this week? Not "mummy's poorly" - something honest that doesn't put it on them.""")

P("""Tracy Beaker did more for public understanding of children's homes than any report ever did. Discuss 😂""")

P("""Coronation Street storyline on kinship care this week was actually not bad? They got the bit about the money right.""")

P("""Our dog Biscuit has become the unofficial therapy dog for every child we foster. First thing they ask about on the doorstep is the dog.""")

P("""He won't go anywhere without his teddy, Mr Snuggles, and I mean anywhere - contact, school, the dentist. His carer has bought a second identical one for emergencies. Genius.""")

P("""Hypothetical for my practice educator session: say a child called 'A' (made up) tells you she's been staying at her boyfriend's, who is 22. What are your first three steps? Not a real case, just for discussion.""")

P("""The form asks "Has Mr X been informed of the outcome?" - the template literally says Mr X. Do we fill in the dad's name or leave it? Confusing wording.""")

P("""Just been to Greggs for the whole duty team because it's been that kind of day. Sausage rolls for all. Self-care is real.""")

P("""Young person wants to go to Claire's to get her ears pierced. She's 13, mum's parental responsibility is shared with the LA under the care order. Who consents?""")

P("""the amount of times ive been asked "so what did u do to end up in care" 🙄 like babes i was 4""")

P("""honestly leaving care at 18 is mad. ur mates are still at home getting their washing done n u r budgeting for gas on £90 a week 😭 no one tells u how to do a meter reading""")

P("""ngl my PA is actually sound. she turned up with a kettle and a toaster when i moved in. small things innit""")

P("""Hiraeth is the word I always come back to for how care leavers describe home. Not homesickness exactly - a longing for a place that maybe never was. Our Welsh-speaking group talks about it a lot.""")

P("""My wee one has just started P1 and the school have asked for a "family tree" project. Bairns in kinship care are going to find that hard. Anyone got an alternative to suggest to the teacher?""")

P("""Is it just me or are kids' hearings outwith the local area a total logistics nightmare? Two hours on the train for a twenty-minute panel.""")

P("""Patience isn't a virtue in this job, it's a survival strategy. Faith groups have been amazing for some of our families, mind - the mosque and the Gurdwara both sent food after the flood.""")

P("""We read Matilda together at bedtime and she said "that's like me but without the magic". I had to leave the room for a minute.""")

P("""For anyone going to the judicial review training - they spent a whole session on Re B and Lady Hale's "nothing else will do". Worth brushing up before.""")

P("""Our agency is Foster Care Cumbria and they've just changed the respite policy. Anyone else with them know if it's 21 nights or 28 now?""")

P("""The local comp has been really good about our YP's EHCP, but the primary before that was a disaster. Schools vary so much even within the same town.""")

P("""Barnardo's, the NSPCC and Become all put out statements about the care review on the same day. Has anyone collated the recommendations in one place?""")

P("""Anyone read the national review into the murders of Arthur Labinjo-Hughes and Star Hobson recently? I'm using it for a training session on multi-agency information sharing.""")

P("""Robbing Peter to pay Paul is how our budget meetings feel. Every pot is borrowed from another pot.""")

P("""Murphy's law - the day I leave my laptop charger at home is the day the court wants an addendum statement by 4pm.""")

P("""I'm getting sick of being the Jack of all trades in this team. Duty, fostering assessments, court work AND the student. Something's got to give.""")

P("""Alexa keeps turning the lights on at 3am in our supported lodgings flat and the YP thinks it's haunted. Anyone know how to stop it? 😂""")

P("""Sky have cut off the carers' broadband again and the kids can't do homework. Ended up at the library. Anyone else with the same provider having problems?""")

P("""Amber warning for snow tonight, so the 9am contact at the family centre is probably off. Have told the carers. Stay safe everyone.""")

P("""In May we're running a care-experienced celebration day. Looking for ideas for activities that aren't just "a buffet and a speech from the director".""")

P("""A rose between two thorns, my manager said, as I sat between the two dads at the conference. Not helpful.""")

P("""Ordered new bedding for our next placement, order number 8307852598 - it's been "dispatched" for a fortnight. Anyone else given up on online orders for emergency placements?""")

P("""The example NI number on the DWP guidance is QQ 12 34 56 C, and our care leaver copied that into the form because she thought it was hers. Bless her. We sorted it.""")

P("""We cover the BD3 and BD4 area mostly. Anyone else working in that part of Bradford know a good youth club that's still open?""")

P("""Met the YP at the Tesco car park because she didn't want me at the house. Ate meal deals in the car and she talked more than she has in six months. Cars are magic.""")

P("""The Dumping Ground is on CBBC again and our two laugh at how unrealistic it is. "Where are all the forms?" they said. Fair.""")

P("""Sue the council? Honestly some days I want to. Our placement's been without a social worker for three months.""")

P("""Can someone explain what an s.20 actually means for parental responsibility to a parent who doesn't read well? I keep using jargon even when I try not to.""")

P("""To the kids who are in care right now and reading this: you are not a file. You are not a case number. You are not the worst thing that happened to you.""")

P("""Was at the hospital all night with a YP after an overdose. She's physically OK. I'm not sure I am. Going to bed.""")

P("""Josh MacAlister's review said the system was a "40-year-old" patch-up job. Four years later, what's actually changed in your area?""")

P("""Quoting the guidance because I always forget:

> A local authority must ensure that a personal adviser is appointed for each former relevant child.

So does anyone know why our care leavers over 21 keep being told they have to "opt back in"?""")

P("""UK-wide question: in Scotland the Promise, in Wales the radical reform programme, in England the Stable Homes, Built on Love strategy. Anyone working cross-border finding them compatible?""")

P("""Dad called me a "nosey parker" and to be honest he wasn't wrong, it's in the job description.""")

P("""I've just realised I've been signing my case notes as "SW" for three years and the new system needs a full signature block. Anyone know how to bulk-edit?""")

P("""Student here. Can someone explain the difference between a PA, an IRO and a social worker in plain English? I'm getting muddled in placement.""")

P("""Carers: how do you handle Eid, Diwali and Christmas when the child's heritage is different from yours? We try to mark all of them but worry we're getting it wrong.""")

P("""Our YP has a whole different persona in her online gaming life from the one she has at school. She says it helps her keep the two separate. Healthy coping or something to worry about?""")

P("""Watching the Ted Lasso episode about the dad in front of a foster kid was a mistake. Note to self: pre-watch everything.""")

P("""Bob's your uncle, said the IT person, after a 45-minute call. Bob was not my uncle. My laptop still doesn't connect to the VPN.""")



# ------------------------------- long posts ---------------------------------

P("""This is going to be a long one because I've been sitting on it for weeks and supervision isn't the right place.

I'm a team manager in a safeguarding team. Last month one of my workers made a decision at 5pm on a Friday that I would not have made. She decided that the concerns from the school didn't meet threshold for a strategy discussion, and she sent a letter to the family instead. Over the weekend nothing happened. On Monday the school rang again and this time it clearly did meet threshold.

Nothing bad happened to the child. But I keep going over it. Did I create a culture where people feel they can't ring me at 5pm? Did I make her feel that a strategy discussion on a Friday would be a nuisance? I think maybe I did, without ever saying it. The sighs when the phone goes. The "is this urgent?" said in a certain tone.

I've read a lot about psychological safety - Edmondson, and some of the stuff written for social work specifically after the big serious case reviews. The theme is always the same: people make worse decisions when they are frightened of the person they'd have to ask. I've been that frightened worker myself.

So I've made some changes. I've started telling the team, out loud, that I would rather be rung ten times unnecessarily than miss one. I've started doing the late duty slot myself once a week so I feel the pressure they feel. I've stopped saying "quickly" when I ask how a visit went.

I don't know if it's enough. I'd really welcome thoughts from other managers about how you build a team where people ask for help before, not after.""")

P("""Care leaver here, 27, now working as a peer mentor, and I want to write something for the new people on this forum because I remember how scared I was reading everything when I first joined.

Some things nobody told me when I left care:

1. You will probably feel lonely on your birthday and at Christmas for a few years. That's normal. It gets easier when you build your own traditions. Mine is a fry-up with my mates on Boxing Day.
2. The leaving care team are not your parents and they are not your enemy. They're people with too many cases. Be persistent, be polite, write everything down.
3. Ask about your entitlements in writing. Setting-up-home allowance, council tax, bursaries for college and uni, the lot. If you don't ask, they often won't tell you.
4. Your records are yours. You can ask to see your file. It's heavy reading, so have someone with you when you do. I read mine alone at 21 and I wouldn't recommend it.
5. Care-experienced groups are a lifeline. Become, Who Cares? Scotland, Voices From Care Cymru, your local children in care council - find your people.
6. You don't owe anyone your story. Not at job interviews, not at uni, not on first dates. Share it when and if you want to.
7. Therapy is not a sign you're broken. It's a sign you're taking yourself seriously.

I still struggle sometimes. I still get a lump in my throat when someone asks "are you going home for the holidays?" But I've got a job I love, a flat with my name on the tenancy, and a cat who thinks I'm the centre of the universe. You can get there too. Be kind to yourselves x""")

P("""Long reflective post, apologies in advance. Writing this for my own CPD as much as anything.

I've been qualified for nearly fifteen years and I have recently started to notice something in myself that I don't like: I've become very good at the language of risk and much less good at the language of love. I can write a threshold analysis in my sleep. I can explain to a parent exactly why we are issuing proceedings. But when a twelve-year-old asked me last week whether her mum still loved her, I froze and said something about "mum having a lot going on".

I went home and thought about why. Part of it, I think, is fear of saying the wrong thing and it ending up quoted in a court bundle. Part of it is that nobody teaches us how to talk about love professionally - we talk about attachment, about attunement, about secure bases, but we rarely say the word itself. And part of it is that I am tired, and tenderness takes energy I don't always have at 4pm on a Thursday.

What I'm trying now: I've started asking myself, before visits, "what would I want an adult to say to me if I were this child?" It sounds obvious. It isn't, when you've got eleven visits that week. I'm also reading some of the care-experienced writers again, because their words cut through the jargon in a way mine don't.

I don't have a neat conclusion. I suppose I'm asking: how do others keep the heart in the work without burning out? And do your organisations let you talk about love, or is it still a bit of a dirty word in your supervision? Genuinely interested, not looking for a pat on the back.""")

P("""Sharing the agenda template we've developed for our fostering household reviews, in case it's useful. We co-produced it with carers and with our children in care council. No names or real details below, it's just the structure.

Household review - agenda

1. Welcome and introductions (who's here, who's sent apologies, who's been asked for written views)
2. The child's voice first - what have the children in the household told us, directly or through their social workers? Quote them where possible.
3. What's gone well this year? At least three specific things.
4. What's been hard? Be honest. Include the things carers might worry will count against them.
5. Support - what did the service promise at the last review and did it happen? Supervision frequency, training, respite, out-of-hours.
6. Training record - mandatory and optional, and what the carers would like next.
7. Safer caring plan - is it still accurate? Any changes in the household (new pets, lodgers, adult children moving back)?
8. Health and wellbeing of the carers themselves.
9. Any complaints, allegations or concerns - outcome and learning.
10. Recommendation on approval and terms, with reasons.
11. Carers' comments on the review itself.

The big change for us was moving the child's voice to item two. It used to be item nine, and by then everyone was tired and it got rushed. Carers told us that made them feel the kids were an afterthought. Since we moved it, reviews have been shorter, which surprised us.

Happy to share the Word version if anyone wants to adapt it. Would also love to see other LAs' templates.""")

P("""hiya everyone, first post, bit nervous lol. im 19 and i left care last year and i wanted to write about what its actually like bc all the leaflets make it sound so organised and it just isnt 😅

so i moved into my flat in the summer. the flat is fine, its small but its mine. the first week i had no curtains and no kettle and i didnt know u had to set up the gas account urself, i thought it just... came on?? my PA sorted it in the end but i was sat in the dark with a torch for 2 nights eating cereal with cold milk 😂 its funny now. it wasnt funny then.

the hardest bit is the quiet. in the home there was always someone about, staff, the other kids, someone blasting music. now its just me and the fridge humming. i started leaving the telly on all night. my mate from college says thats normal but idk.

money is mad. the universal credit comes in and it just goes. rent top up, gas, electric, phone, food, bus pass. i learned to cook pasta 10 different ways. tesco meal deal is a treat now lmao.

good stuff tho: i can decorate how i want. i got fairy lights and plants (most are still alive 🌱). i can have my mates round without asking permission. nobody writes down what i ate for tea in a log book. thats a weird freedom u dont think about.

if ur about to leave care my advice is: ask for a kettle before u move, write down ur PA's number somewhere thats not ur phone, and dont be embarrassed to say u dont know how to do something. literally nobody is born knowing how a boiler works x""")

P("""Posting this on behalf of our kinship carers' support group, who asked me to write it up after last week's session. The group is made up of grandparents, aunts, older siblings and family friends, and almost none of them chose this - it landed on them, usually in the middle of the night.

The themes that came up, in their words as far as I can manage:

- "Nobody told us what we were entitled to." Several had been caring for over a year before anyone mentioned an allowance or a special guardianship support plan.
- "We feel judged for our own family." Grandparents in particular said assessments felt like being put on trial for how their adult child turned out.
- "We lost our retirement." Plans, savings, friendships. One nan said she'd sold her caravan to buy a double buggy.
- "The kids are grieving and so are we." Grieving the parent who's still alive but not available. Grieving the relationship they used to have with the grandchildren, when they were the fun ones.
- "We don't fit anywhere." Not foster carers, not adopters, not quite parents. Support groups for the first two don't quite fit, and the school forms don't have a box for them.

What helped: peer support, a named worker who rang back, being asked rather than told, practical stuff like help with school uniform, and training on trauma that didn't assume they'd chosen the role.

If you work in kinship, please read that list twice. And if you have a good local offer for kinship carers, share it below - the group would love ideas to take to the council.""")

P("""Bit of a rant and a bit of a question, so bear with me. I work in a supported accommodation service for 16 and 17 year olds, and since the new regulations came in we've had a lot of changes - registration, new quality standards, inspection. On paper I think most of it is right. Young people that age should not be in unregulated places with no oversight. We all know the stories.

But here's what's happening on the ground. The paperwork has roughly doubled. Every key work session needs a structured record. Every missing episode needs a return interview logged within a set time, which is fine, but the system we use for it doesn't talk to the council's system, so we type it twice. Staff who came into this job because they were good at sitting on the edge of a bed at 2am and listening are now spending their shifts at the office computer.

The young people notice. One of ours said last week, "you lot used to play pool with us, now you just type". That stuck with me.

So my question is: has anyone found a way to make the recording lighter without falling foul of the standards? We've tried voice-to-text, which helps a bit. We've tried recording jointly with the young person, which some love and some hate. We've talked about having one admin worker per house, but the budget isn't there.

I'm not anti-regulation. I'm anti-regulation that makes the adults less available. Would love to hear from managers in other services who've found a balance, or from inspectors who can tell us what they actually want to see versus what we think they want.""")

P("""Does anyone remember the old [[institution:Ashdene Children's Home]] on [[address:Moorside Lane]]? It closed in about 2003 I think. I was there from 1997 until I was 16, and I've started doing some life story work with a therapist and there are huge gaps.

What I remember: the big room with the orange sofas. A pool table with a rip in the cloth that we all pretended wasn't our fault. A staff member called [[person_name:Linda]] who used to sing Motown in the kitchen and a night worker called [[person_name:Everton]] who let us stay up for the football if we'd done our homework. The manager was a tall Scottish man, Mr [[person_name:Kinnaird]], who was strict but fair, and who drove me to my mum's funeral and sat at the back and didn't say anything, which was exactly right.

There were other kids too. [[person_name:Stacey]], who was my best friend, went to live with her aunt in Leeds around 1999. [[person_name:Dwayne]] and his little brother, I can't remember the brother's name. A girl called [[person_name:Marie-Claire]] who could do every accent on the telly.

I've asked the council for my records and they're slow, as everyone on here will know. My therapist says memories from other people might help fill in the picture while I wait. I'm not trying to track anyone down who doesn't want to be found - I just want to know if my memories are real, and maybe to say thank you to [[person_name:Linda]] and [[person_name:Everton]] if they're still around.

If this isn't allowed on here, mods, please move it somewhere it is. And if you were there, or worked there, even for a short time, please message me. It would mean the world.""")

P("""Copying in the minutes from yesterday's professionals meeting because I need advice on whether I'm reading the health bit right. I've left them as they are (I know they should be redacted, I'll edit once I've had replies, sorry mods):

PROFESSIONALS MEETING - [[date:Wednesday 13 March 2024]]
Chair: [[person_name:Gwen Llewellyn]] (Team Manager)
Present: [[person_name:Oluwaseun Adeyemi]] (SW), [[person_name:Paula Grieve]] (HV), [[person_name:Tomasz Nowak]] (school nurse), [[person_name:Rabia Chaudhry-Khan]] (Early Help)
Apologies: GP ([[institution:Riverside Medical Centre]])

Child: [[person_name:Leo Fitzgerald-Barnes]], DOB [[date_of_birth:09/07/2020]], NHS no. [[nhs_number:420 007 1088]]
Address: [[address:Flat 4B, 118 Hessle Road]], [[postcode:HU3 2AE]]

1. Health: [[person_name:Leo]] has missed two audiology appointments at [[institution:Hull Royal Infirmary]]. HV reports speech delay. [[person_name:Paula]] to re-refer.
2. Nursery: attendance at [[institution:Rainbow Tots Nursery]] down to 61%.
3. Home conditions: improved since last visit. Mum engaging with Early Help.
4. Dad: not seen, whereabouts unknown. Last known phone [[phone:07700 900862]].

Actions: [[person_name:Seun]] to visit within 5 working days; [[person_name:Rabia]] to offer parenting course; [[person_name:Tomasz]] to liaise with nursery.

So my question: if the audiology appointments keep being missed, is that neglect in itself, or do we need to show the impact first? Mum says she didn't get the letters, which is plausible because the address on the hospital system was wrong.""")

P("""Reflective piece for my team's "learning from practice" session. Names below are real (I'll anonymise before the session, just drafting here - moderators feel free to hold it).

The referral came in on [[date:21/06/2023]] from a neighbour. A six-year-old, [[person_name:Imogen]], seen on the doorstep at 10pm in pyjamas. I went out the next day with [[person_name:Hamza]], a newly qualified worker, which I'm glad about because he noticed things I didn't.

Mum, [[person_name:Joanne Prestwich]], was warm and a bit chaotic. The house was untidy but not neglected. [[person_name:Imogen]] was chatty and clearly attached to her. Where it got complicated was the grandparents. Nan, [[person_name:Margaret]], lived two doors down and was clearly doing most of the practical parenting. Grandad, [[person_name:Ken]], was mentioned a lot but never seen. When I asked [[person_name:Imogen]] who lived in her house she listed mum, nan, the cat (Pudding) and "Grandad [[person_name:Ken]] sometimes". [[person_name:Hamza]] picked up that she whispered the last bit.

I'd been about to close it as a one-off with advice. Instead we went back, and through [[person_name:Margaret]], we learned that [[person_name:Ken]] had a conviction the family hadn't mentioned. It turned into a much bigger piece of work.

What I learned: listen to the NQSW. Listen to the whisper. Don't let an untidy-but-loving home make you complacent in either direction. And ask children the "who lives here" question in a way that gives them permission to mention the people who come and go.""")

P("""Bit of a weird one. My partner and I adopted two boys in 2016 and the younger one, now 12, has started asking about his birth family. We've always been open and we do letterbox twice a year. But last week he found his birth mum on Facebook himself. Her profile is public, name [[person_name:Kirsty Ann Dobson]], and he also found his older half-sister on Instagram as [[handle:@kayleighdobbo_x]].

He hasn't messaged them. He showed me, which I'm taking as a good sign. But he's now fixated on the sister, who is 17 and posts a lot about parties. He wants to know if she remembers him. I don't know if she does - she was five when he was removed.

We spoke to the post-adoption support team and they were kind but, honestly, vague. "Keep the conversation open." We are. What I want to know is what other adopters have done when the child gets there first, before anyone's ready.

Things I'm considering:
- Asking the agency to make contact with birth mum via the letterbox to ask how she'd feel about something more direct.
- Getting him some therapeutic support first. There's a DDP therapist near us.
- Blocking the accounts on his phone. My partner wants this; I'm not sure it helps in the long run.

I keep thinking about what I'd have wanted at 12. Probably exactly what he's doing. But I also want to protect him from a 17-year-old who might be lovely or might be chaos, and from a birth mum whose last letter said she's "doing better" for the third year running.

Any experience welcome. Please be gentle, I'm a bit raw.""")

P("""Long thread of emails I need help untangling. Sorry for the length.

> From: [[person_name:Caoimhe Ní Dhomhnaill]] <[[email:caoimhe.nidhomhnaill@outlook.com]]>
> To: Leaving Care Duty
> Date: [[date:3 January 2024]]
> Subject: Setting up home allowance
>
> Hi, I'm a care leaver and moved into my flat at [[address:52 Brunswick Terrace]] in November. I was told I'd get the setting up home allowance but nothing has come through. My PA left and I don't know who my new one is. My number is [[phone:0131 496 0417]]. Thanks, [[person_name:Caoimhe]]

> From: Leaving Care Duty
> To: [[person_name:Caoimhe Ní Dhomhnaill]]
> Date: [[date:15 January 2024]]
>
> Hi [[person_name:Caoimhe]], thanks for your email. Your new PA is [[person_name:Struan MacLeod]]. He will be in touch.

> From: [[person_name:Caoimhe]]
> Date: [[date:2 February 2024]]
>
> Hi, still haven't heard from anyone. I'm sleeping on a mattress on the floor. Please can someone help.

That's where it ends. She's a member of the youth group I run, she showed me this on her phone and asked if I could help. I'm not her worker. Who do I escalate to? She's given me permission to act for her. Is a complaint quicker than going through the PA route? She's been in that flat three months with no bed.

I've told her to keep screenshots of everything, and to put the next request in writing with a date she needs a reply by. Anything else I should be telling her?""")

P("""Reflecting on a really difficult week, and partly posting because I want to celebrate someone.

On Monday we had an emergency placement for a 15-year-old girl, [[person_name:Noor al-Hashimi]], who had been found sleeping in a stairwell after leaving home. The duty worker, [[person_name:Bilal Chowdhury]], spent eleven hours finding her somewhere - ringing round every in-house carer, every IFA on the framework, the out-of-hours team, and finally a residential home two counties away. He did it with her sitting next to him in the office, and he kept checking she'd eaten, that her phone was charged, that she knew what was happening.

At about 9pm one of our own carers, [[person_name:Sunita]], who had said no earlier because she was full, rang back and said "bring her to me, we'll make up the sofa". [[person_name:Noor]] stayed with her for four nights until a proper bed came up.

On Tuesday I went to see [[person_name:Noor]] at [[institution:Greenhill School]] with her head of year and she said something that has stuck with me: "[[person_name:Bilal]] didn't make me feel like a problem." That's the whole job, isn't it?

Why I'm posting: our service is stretched to breaking point and sometimes I forget that the people holding it together are individuals making choices at 9pm when they could have gone home. I've nominated [[person_name:Bilal]] for the staff awards. I've sent [[person_name:Sunita]] flowers. And I'd like to hear about someone in your team who did something like that recently, because I think we need to tell these stories more.""")

# --------------------------- more short posts -------------------------------

P("""Foster carer of 3 yrs. Our lad [[person_name:Deon]]'s school, [[institution:Beaumont Park Primary]], want to exclude him for a day over a fight. He's 8. Is there anything the virtual school can do?""")

P("""[[person_name:Ahmed]], [[person_name:Bashir]] and [[person_name:Samir]] - three brothers, all UASC, all placed in different towns because "no capacity". Can anyone tell me how they're allowed to do this??""")

P("""For the parent advocacy project I'm looking for anyone who was at the meeting with [[person_name:Denise Hargreaves]] from the parents' group last Thursday. Please DM me.""")

P("""ok update: the lad in the black Golf [[vehicle_reg:BD67 ZHL]] was outside the unit again last night. staff called 101. im so done with this""")

P("""Mum's GP is Dr [[person_name:Sadiq]] at [[institution:Hillcrest Surgery]], and she's been amazing about the mental health side. Would recommend for anyone in that catchment.""")

P("""Can anyone advise: the adoption order for our daughter lists her birth name as [[person_name:Ruby-Rose Flanagan]] and the new birth certificate hasn't arrived. It's been 9 weeks. Who do we chase?""")

P("""If anyone's in Glasgow and knows [[person_name:Morag Sinclair]] from the throughcare team, she's retiring next month and we're collecting messages from her former young people. DM me x""")

P("""Dad's new address is [[address:16 Poplar Avenue]], [[postcode:B23 6TH]]. Do I put that in the court statement or does it go in a confidential annex?""")

P("""Had the best chat with Mr [[person_name:Tran]] today - sorry, [[person_name:Tran Thi Hoa]]'s dad, I mean. He told me about fleeing Vietnam as a boy in the 80s. Changed how I see the whole family.""")

P("""My daughter's (SGO) sister is living at [[address:Glenview Road]] with her boyfriend and keeps turning up at school. Should I tell the school office to call 999 or the social worker?""")

P("""Happy 18th [[person_name:Jasmine]]!! Born [[date_of_birth:5 March 2006]] and I was there the day you arrived at ours. So proud of you x""")

P("""Am I right that the LA can't share his NHS number ([[nhs_number:599 974 4784]]) with the new school without consent? Health said no, education said yes.""")

P("""The email to use for my youth group is [[email:jamie.c.youthwork@hotmail.co.uk]] - sorry, DMs on here don't seem to work for me.""")

P("""Question about NI numbers for care leavers: one of ours has [[ni_number:WR 63 01 85 A]] but HMRC have a different one on file. Can someone have two?""")

P("""The CP conference for [[person_name:Bailey]] was moved to [[date:Thursday 11th April]] and nobody told mum. She turned up on the old date. Complaint going in.""")

P("""Remember me? I'm the one who wrote last year about my little brother [[person_name:Oisín]]. He's now settled with our aunt [[person_name:Bríd]] and doing great at [[institution:Scoil Mhuire]]. Thank you all so much for the support.""")

P("""Anyone's YP been told they can't have a passport until their DOB on the care order matches the birth certificate? His says [[date_of_birth:12/12/2008]] and the cert says 2009. Mess.""")

P("""Our student social worker ([[person_name:Ines Carvalho-Santos]]) has been brilliant with the Portuguese-speaking families. Any tips for supporting students who are also informal interpreters?""")

P("""Carer's Snap is [[handle:mumof5_fosterlife]] and she's been posting photos of the kids' faces. Is that a breach of the safer caring plan? She says they're her family now.""")

P("""When I left [[institution:Rosewood House]] at 17 the staff gave me a box with all my school reports in it. I still have it. If you worked there 2010-2014, thank you.""")

P("""We've got the initial hearing for [[person_name:A.J.]] and [[person_name:K.J.]] on [[date:19/02/2024]]. Any tips for carers who've never been to court?""")

P("""His PA is [[person_name:Femi]], who is great, but [[person_name:Femi]]'s off on paternity leave. Who covers PAs on leave in your LAs?""")

P("""My old care home manager, Sister [[person_name:Bernadette O'Rourke]], died last week. She ran [[institution:St Anne's Children's Home]] for 30 years. Funeral details if anyone needs them, DM me.""")

P("""Family court staff said to quote [[reference:ZW22C00731]] when we ring. Is that the same as the LA's case number? Confused.""")

P("""My nephew [[person_name:Lochlan]] is with us on kinship. His mum says she's moving to [[address:12 Seaview Crescent]] next to the primary. What do we do?""")

P("""The foster carers asked if they could call our YP by a shorter name - she's [[person_name:Anastasia]] and they want to call her "Stacey". She said no. Good for her.""")

P("""Quick question re the supervision ledger: our ref for the placement is [[reference:PLC-00482916]] and the IFA's is different. Which one goes in the invoice?""")

P("""When [[person_name:Maryam]] (mentor, amazing) took me for my first proper meal out at 16 I didn't know what a starter was 😂 She's the reason I'm doing social work now.""")

P("""To [[person_name:Tobi]], [[person_name:Janelle]] and [[person_name:Shay]] from the Saturday club - I've got your photos from the residential trip. Where shall I send them?""")

P("""Brené Brown's stuff on shame gets quoted in every training I go to now. Useful, but I'd love a trainer to bring in some care-experienced writers instead of another TED talk.""")

P("""bell hooks, Paulo Freire and the Hull anti-oppressive lot were my uni reading list. Now it's mostly the Ofsted framework and the LA's own policies 😅""")

P("""Jacqueline Wilson deserves an honorary social work degree tbh. Half the care-experienced people I know say the Tracy Beaker books were the first time they saw themselves in a story.""")

P("""Our wean's just learned to say "I dinnae ken" in the broadest accent ever and the English foster carers don't know what's hit them 😂""")

P("""Fair play to the youth service round here, they've kept the Friday drop-in open through all the cuts. Tidy bunch. Iechyd da to them.""")

P("""cariad, if you're reading this and you've just been moved again - it's not your fault. it was never your fault. ❤️""")

P("""wagwan fam, first time posting. moved into semi-indie last week, its peak but also kinda nice?? bare quiet tho. no cap i miss the staff 😭""")

P("""fr tho why do they always move u on a friday afternoon when every office is shut?? happened to me 3 times""")

P("""She wants to be Elsa for World Book Day and her carer wants her to go as someone "more literary". Let the child be Elsa, I say.""")

P("""Peppa Pig, Bluey and the Gruffalo are on a loop in our house at the moment. Anything calmer you'd recommend for a toddler who's just had a placement move?""")

P("""Our YP has a plant called Gerald and a goldfish called Chips. Both are still alive after six months, which is more than I can say for my own houseplants.""")

P("""Grant funding for the care leavers' bursary is finally through. The penny dropped with the finance team when we showed them the NEET figures.""")

P("""Crystal clear message from the inspection: the leadership "did not know their children well enough". Painful but fair.""")

P("""Can someone chase the GP for me? Kidding. But seriously, how long do your GP reports for adoption medicals take? Ours are at 12 weeks.""")

P("""Mark my words, the new case management system will be late and over budget. Just like the last one.""")

P("""Art therapy was the only thing that worked for our lad. Six months of drawing and he finally started talking about what happened. Anyone know if it can be funded via the adoption support fund?""")

P("""Joy is a radical act in children's homes. I'll die on this hill. Birthday cakes, silly dancing, water fights in summer. Not just risk assessments.""")

P("""Since Baby P the whole culture shifted towards fear. Is it better now, or just a different kind of fear?""")

P("""Ramadan starts soon and our YP wants to fast for the first time. Carers are not Muslim and a bit nervous about it. Any guidance from carers who've supported this? Inshallah it goes well for her.""")

P("""Lunar New Year this weekend - our Vietnamese-heritage twins asked to celebrate Tết properly. Any suggestions for a local community group that welcomes foster families?""")

P("""Does anyone else do their genograms by hand? I drew one on a napkin in a café last week and the family loved it more than the printed version.""")

P("""On my birthday I always think about the kids who don't get a card. Our team started a birthday box scheme. Would recommend.""")

P("""Her 16th birthday is next month and she's asked for nothing but "a normal day". Breaks my heart a bit.""")

P("""Every other Friday we do "no laptops lunch" in the office. Sounds small. It's the only time the team actually talks to each other.""")

P("""We're based on the high street above a bookies, and the young people love that they can drop in without anyone seeing. Location matters for services.""")

P("""Went to A&E with a young person at 3am and the triage nurse was the kindest person I've met all year. Whoever you are - thank you.""")

P("""The local hospice has a bereavement group for teenagers. Anyone referred a care-experienced young person to one? Wondering if they'd feel out of place.""")

P("""Is it OK to put "Dad (F)" and "Mum (M)" on the genogram or is there a better convention? Our student asked and I realised I didn't actually know.""")

P("""The "Mr Men" books have been brilliant for emotions work with the younger ones. Mr Worry is a firm favourite.""")

P("""Paddington is my go-to film for a new placement night. A small bear, far from home, taken in by strangers who end up loving him. Every single time.""")

P("""Dame Rachel de Souza's latest report on children in unregulated settings makes for grim reading. Our LA is quoted in it.""")

P("""Holly and ivy up in the children's home, tree decorated, and the young people still asked if they'd get presents "this year". Every year. Breaks you.""")

P("""Someone on another forum posted "NHS no 8825107365" as an example of the format and it doesn't even pass the checksum. Good reminder that examples should be obviously fake!""")

P("""Calling all PAs: how do you handle it when a care leaver asks you to be a referee for a flat? Our policy says no, which feels wrong.""")

P("""Re the Children Act 1989 s.17 question earlier - yes, you can use it for a one-off payment to prevent a child coming into care. Our LA does rent arrears sometimes.""")

P("""Our team's away day is at a hotel near the M6 J16. Team-building involves a raft. I'm not a raft person.""")

P("""Stable Homes, Built on Love says a lot about family help. Has anyone seen the family help teams actually working in their area yet?""")




P("""my new flat is [[postcode:bd7 1ab]] if anyone from the group wants to come for a brew 🫖 3rd floor, buzzer doesnt work so text me""")

P("""Dad drives a white Transit, [[vehicle_reg:WU21 XPN]], and he's been seen outside the carers' house twice this week. Police informed. Do we move the kids or wait for the strategy meeting?""")

P("""Leaving care duty number in Cardiff changed apparently - my PA [[person_name:Rhiannon]] gave me [[phone:029 2018 0356]] and the old one just rings out. And the London team for my brother is [[phone:020 7946 0981]].""")

P("""The GP letter for our foster son has his NHS number as [[nhs_number:700-215-8228]] and his NI number came through as [[ni_number:HX119247C]], both went to the wrong address first. Can we ask the practice to update? Email me at [[email:fostermum.karen+school@yahoo.co.uk]] if easier.""")

# ---------------------------------------------------------------------------
# Building and validation
# ---------------------------------------------------------------------------

MARKER = re.compile(r"\[\[([a-z_]+):(.+?)\]\]", re.S)

# Words that are marked as names in some posts but legitimately appear
# unmarked as ordinary words in the same post.
ORDINARY_WORD_NAMES = {"Hope", "Will", "Grace"}

PHONE_RANGES = (
    r"(?:07700|\+44 ?7700) ?900 ?\d{3}",
    r"(?:0113|\+44 ?113) ?496 ?0\d{3}",
    r"(?:0121|\+44 ?121) ?496 ?0\d{3}",
    r"(?:020|\+44 ?20) ?7946 ?0\d{3}",
    r"(?:0161|\+44 ?161) ?496 ?0\d{3}",
    r"(?:0131|\+44 ?131) ?496 ?0\d{3}",
    r"(?:029|\+44 ?29) ?2018 ?0\d{3}",
)
PHONE_RE = re.compile(r"^(?:%s)$" % "|".join(PHONE_RANGES))
NI_RE = re.compile(
    r"^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r" ?\d{2} ?\d{2} ?\d{2} ?[A-D]$"
)
POSTCODE_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$", re.I)
VRM_RE = re.compile(r"^[A-Z]{2}\d{2} ?[A-Z]{3}$")
EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
TEN_DIGITS = re.compile(r"(?<![\d])(\d{3}[ -]?\d{3}[ -]?\d{4}|\d{10})(?![\d])")


def nhs_valid(digits):
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


class MarkupError(Exception):
    pass


def parse(raw, idx):
    out = []
    findings = []
    pos = 0
    for m in MARKER.finditer(raw):
        kind, span = m.group(1), m.group(2)
        where = "post #%d, span %r" % (idx, span)
        if kind not in KINDS:
            raise MarkupError("unknown kind %r in %s" % (kind, where))
        if "[[" in span or "]]" in span:
            raise MarkupError("nested marker in " + where)
        if span != span.strip():
            raise MarkupError("edge whitespace in " + where)
        out.append(raw[pos:m.start()])
        start = sum(len(x) for x in out)
        out.append(span)
        findings.append({"kind": kind, "start": start, "end": start + len(span)})
        pos = m.end()
        check_span(kind, span, where)
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise MarkupError("stray brackets in post #%d" % idx)
    return text, findings


def check_span(kind, span, where):
    if kind == "nhs_number":
        digits = re.sub(r"[ -]", "", span)
        if not nhs_valid(digits):
            raise MarkupError("invalid NHS number in " + where)
    elif kind == "ni_number" and not NI_RE.match(span):
        raise MarkupError("invalid NI number in " + where)
    elif kind == "postcode" and not POSTCODE_RE.match(span):
        raise MarkupError("invalid postcode in " + where)
    elif kind == "vehicle_reg" and not VRM_RE.match(span):
        raise MarkupError("invalid vehicle reg in " + where)
    elif kind == "phone" and not PHONE_RE.match(span):
        raise MarkupError("phone outside Ofcom drama ranges in " + where)
    elif kind == "email" and not EMAIL_RE.match(span):
        raise MarkupError("invalid email in " + where)
    elif kind == "handle" and " " in span:
        raise MarkupError("space in handle in " + where)


def covered(findings, start, end, kinds=None):
    return any(
        f["start"] <= start and end <= f["end"]
        and (kinds is None or f["kind"] in kinds)
        for f in findings
    )


def check_text(text, findings, idx):
    # Unmarked checksum-valid 10-digit numbers are not allowed.
    for m in TEN_DIGITS.finditer(text):
        digits = re.sub(r"[ -]", "", m.group(1))
        if nhs_valid(digits) and not covered(findings, m.start(1), m.end(1), {"nhs_number"}):
            raise MarkupError(
                "unmarked checksum-valid 10-digit number %r in post #%d" % (m.group(1), idx))
    # Names marked once must be marked everywhere in the same post.
    names = set()
    for f in findings:
        if f["kind"] != "person_name":
            continue
        for tok in re.findall(r"[^\W\d_][\w'’-]*", text[f["start"]:f["end"]]):
            if len(tok) >= 3 and tok not in ORDINARY_WORD_NAMES:
                names.add(tok)
    for tok in names:
        for m in re.finditer(r"(?<![\w-])%s(?![\w-])" % re.escape(tok), text):
            if not covered(findings, m.start(), m.end()):
                raise MarkupError(
                    "name %r marked elsewhere but unmarked at %d in post #%d: %r"
                    % (tok, m.start(), idx, text[max(0, m.start() - 30):m.end() + 30]))
    # Overlaps are not allowed.
    spans = sorted((f["start"], f["end"]) for f in findings)
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        if s2 < e1:
            raise MarkupError("overlapping spans in post #%d" % idx)


def build():
    records = []
    seen = set()
    for idx, raw in enumerate(POSTS, 1):
        text, findings = parse(raw, idx)
        check_text(text, findings, idx)
        if text in seen:
            raise MarkupError("duplicate post #%d" % idx)
        seen.add(text)
        records.append({"text": text, "findings": findings})
    random.Random(20240604).shuffle(records)
    for n, rec in enumerate(records, 1):
        rec["id"] = "blind4-%03d" % n
    return [{"id": r["id"], "text": r["text"], "findings": r["findings"]} for r in records]


def main():
    try:
        records = build()
    except MarkupError as exc:
        sys.exit("build_blind4_set: " + str(exc))
    out = Path(__file__).with_name("blind4_set.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with_ids = sum(1 for r in records if r["findings"])
    kinds = Counter(f["kind"] for r in records for f in r["findings"])
    long_posts = sum(1 for r in records if 1200 <= len(r["text"]) <= 1600)
    print("posts: %d (with identifiers %d, clean %d, long 1200-1600: %d)"
          % (len(records), with_ids, len(records) - with_ids, long_posts))
    for kind in sorted(KINDS):
        print("  %-14s %d" % (kind, kinds.get(kind, 0)))
    print("wrote", out)


if __name__ == "__main__":
    main()
