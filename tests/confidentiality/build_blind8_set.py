"""Build blind8_set.jsonl: an unseen yardstick for the confidentiality guard (issue 18).

Written without sight of the guard's code, word lists, tests or earlier sets. Every post
is held inline below with markers ``[[kind:span]]`` around each identifying span; this
script strips the markers, computes Python string offsets (end exclusive) and writes one
JSON line per post, shuffled with a fixed seed. Run it directly:

    python tests/confidentiality/build_blind8_set.py

It stops with an error on an unknown kind, unbalanced markers, a span with whitespace at
its edge, a duplicated post, an NHS number that fails Modulus 11, or a clean share outside
40-60 %.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run directly, as the docstring says

from tests.confidentiality.marked_posts import build

SEED = 8
OUT = Path(__file__).with_name("blind8_set.jsonl")

# Forum posts: practitioners, foster carers, residential staff, students, care leavers.
CASE = r"""
Has anyone got experience of a 14 year old refusing all contact with mum after a supervised session went badly? We've paused for now but the IRO wants a plan by the next review. [[person_name:Tyrese]] says mum "made it all about her" again. Any ideas for rebuilding slowly?
§§
Quick one - does anyone know if the staying put allowance changed in April? Our fostering service still quotes last year's rates and I don't want to give my young person the wrong figure.
§§
Bit of advice needed. [[person_name:Kayden]] (8) has started hiding food in his room again since the move. His last carers said it stopped for a while. I know it's common but I'm worried school will pick up on it before we've got a plan.
§§
just wanted to say thank you to everyone who replied on my last thread. had the panel on [[date:tues 4th march]] and we were approved!! feel like i can breathe again x
§§
Student on final placement in a Child in Need team in Lancashire. My practice educator says my assessments are "too descriptive, not enough analysis". Any tips or frameworks people actually use day to day, not just the ones from uni?
§§
Looking for my old leaving care worker. She was called [[person_name:Bernie Walsh]] and worked out of the Openshaw office around 2011-2014. She helped me get my first flat and I never said thank you properly. Any Manchester workers remember her?
§§
Does anyone else find Mosaic completely unusable on a Friday afternoon? Three attempts to save a single case note. IT says it's "known".
§§
We had a 16 year old placed with us last night as an emergency, arrived at 11pm with a bin bag. Police brought her. The social worker on duty, [[person_name:Priya]], was lovely but there's literally nothing on the referral. How long does it usually take before you get the placement plan?
§§
My SW [[person_name:Nadia]] is leaving next month and I'm gutted tbh. She's been my worker since I was 15. Is it weird to ask if I can stay in touch on a personal number once she's gone?
§§
Training day reminder for anyone in the North East: the trauma-informed practice session with the regional adoption agency is on [[date:Thursday 6 March]], 9.30 to 3.30, at the Durham County Hall. Free for council staff, lunch provided.
§§
Has anyone used the Signs of Safety three houses tool with a child who is non-verbal? I'm thinking about adapting it with photos and symbols but would love to hear what worked for others.
§§
Need to vent. Strategy meeting today and the school DSL (Mrs [[person_name:Khan]]) didn't turn up, didn't send anyone, didn't send a report. Child has been absent 40% this term. I'm so tired of chasing.
§§
Urgent-ish: anyone know a good solicitor for special guardianship in the Bristol area? Nan ([[person_name:Pauline]]) is going for SGO and legal aid has been a nightmare.
§§
Looking for anyone who was at [[institution:Thornbury House]] in Rotherham 2006 to 2009, I was there with my brother. Staff were [[person_name:Gaz]], [[person_name:Michelle]] and a night worker called [[person_name:Eddie]] who used to make us cheese toasties. Would love to know what happened to them.
§§
Re the question about life story books earlier - we use a mix of photos, drawings and short sentences written in the child's own words. Avoid long narratives. And always, always check with the child what they want in it before the final version.
§§
Our lad's birthday is coming up ([[date_of_birth:23rd July]]) and his birth dad has asked to send a present through the post. Contact is letterbox only. Do we accept? Social worker not answering.
§§
Reflective supervision - how often do you actually get it? Mine is meant to be monthly but I've had two since September.
§§
Hi all, newly approved foster carer in Gwynedd. Our first placement is a sibling group of three (ages 4, 6 and 9). Any advice on bedtime when they all want different things? [[person_name:Elis]], the little one, still wants the light on.
§§
Does anyone have a contact number for the Children's Services out of hours team in Stoke? The one on the card is [[phone:01782 235 100]] and it just rings out.
§§
please can someone help me understand what a section 20 is. my daughter's social worker [[person_name:lorraine]] keeps saying it and i don't want to sign anything i don't get
§§
Feeling really low today. It's the anniversary of when I went into care. Every year I think it'll be easier. It never is.
§§
Sending hugs. I always plan something for that day now, even just a walk and a Greggs. You're not on your own.
§§
I've been asked to do a viability assessment on a paternal aunt, Mrs [[person_name:Oyelaran]], who lives in Peckham with her four kids. Dad is in prison. What are people's experiences of the timeframe for these?
§§
Hi everyone, I'm [[person_name:Siobhan]], I'm a personal adviser in Belfast and I've just joined. Looking forward to learning from you all.
§§
Welcome [[person_name:Siobhan]]! Lots of good stuff in the Good Practice space, start with the pinned thread on pathway plans.
§§
Case for advice (anonymised): Child A, 11, disclosed at school that an older cousin has been touching her. Police have been informed, section 47 started. Mum is supportive but wants to go back to family for Christmas where the cousin will be. How would you approach the safety plan conversation?
§§
Posting for a friend. Her foster son ([[person_name:Marcus]], 15) has been going missing overnight and coming back with new trainers and a phone. The police call it "exploitation concerns" but nobody's actually doing anything. She's in Croydon. What can she push for?
§§
Reminder that the Foster Carer Fortnight coffee morning is at the Guildhall in Northampton on [[date:Saturday 17 May]] from 10. Bring the kids, there'll be a bouncy castle.
§§
can anyone help me find my old key worker. her name was [[person_name:Yasmin]] and she worked at the semi independent place on [[address:Moss Lane]] in Sale. she had a nose ring and a laugh you could hear from the car park. i was there 2015
§§
Have any of you used the Brighter Futures workbooks with care leavers? We've got funding to buy some but the manager wants "evidence" first.
§§
Reflection from today's home visit: we talk about "engagement" as if it's something parents either do or don't do. But Mum today had three appointments at the same time in three different places, and no bus fare. That's not disengagement.
§§
We're looking at the court bundle for [[person_name:Ellie-Mae]] and her brother, final hearing next month. The guardian is [[person_name:Rob Kaminski]], really sound. Has anyone else found guardians more willing to push for sibling placements lately?
§§
Morning all. My son's contact with his dad is at the [[institution:Harbour Family Centre]] on a Tuesday and the staff keep cancelling. Who do I complain to, the centre or the LA?
§§
Question for residential staff: do you do a "handover brew" at the start of shift? Our new RM [[person_name:Darren]] wants to stop it to save time and I think it's the only 10 minutes we actually talk.
§§
My placement in year 2 is in an adult safeguarding team. Is it ok to post anonymised reflections here or is this space only for children's? Don't want to get it wrong.
§§
Adult stuff is fine in the general spaces, just keep it anonymised. Welcome!
§§
Has anyone got a template for a "getting to know me" one-pager that young people actually like filling in? Ours looks like a benefits form.
§§
tbh the best thing my foster carer ever did was let me cook tea once a week. made me feel like i lived there not stayed there
§§
New to the team and my manager has given me 28 cases. Is that normal for a long-term team in the Midlands? I feel like I'm failing already.
§§
It's high but sadly not unusual. Ask for a caseload review in supervision and write it down. And look after yourself.
§§
Safeguarding question. A 17yo I'm working with has an 'older boyfriend' of 24 who picks her up from college every day in a black Golf, reg [[vehicle_reg:FN68 WZK]]. She says he's lovely. I've passed it on to the MASH. What else should I be doing?
§§
Recommendations for books for teenagers in care? My lad is 13 and likes football and gaming. Not into "issue" books. Thinking Alex Rider maybe?
§§
Try Tom Palmer's football books, and Boy 87 by Ele Fountain is brilliant if he's ok with something harder.
§§
Anybody else's local authority moving to a "family help" model after the reforms? How's it going on the ground? Ours feels like the same teams with new lanyards.
§§
Dad has asked me to pass this on to the school: his new number is [[phone:07700 914 382]] and he wants it on the contact sheet. Mum can't know it. Is it safe to give to [[institution:Greenfield Academy]] when mum is also on their system?
§§
Can someone sense-check this before I send it to the panel? "[[person_name:Amara Nwosu]] (DOB [[date_of_birth:14/02/2012]]) has lived with her maternal grandmother since the age of three." I'm worried it's too much identifying info for a panel paper that goes to the whole fostering team.
§§
Had a lovely moment today. A young man I worked with years ago stopped me in the Asda on [[address:Princes Road]] to tell me he's a dad now and doing his level 3 in plumbing. These are the days.
§§
Looking for advice on a referral form. The health visitor gave me the baby's NHS number as [[nhs_number:945 807 3022]] but the hospital record has a different one. Which one do I put on the CP plan?
§§
Please don't post NHS numbers here, even in a question! Just say "two different numbers on the records" and ask the health visitor to reconcile them.
§§
omg just seen [[person_name:dionne]] from the unit on tiktok, shes a nurse now!! we used to get in so much trouble together lol. proud of her
§§
Any recommendations for a therapeutic parenting course in Scotland? We're in Fife. The PACE training came highly recommended but there's a long waiting list.
§§
Has anyone else had the new "What Matters To Me" forms from CAMHS? They're much better than the old ones.
§§
My manager wants us to write case notes "as if the child will read them one day". I actually love that. Anyone else work that way?
§§
Yes! I write everything to the child now. "You were upset today because..." It changes how you write about parents too.
§§
Anyone know how to get a copy of my care records? I was in care in Cardiff (Caerdydd, for the Welsh speakers!) from 1998 to 2004. Who do I write to? My name then was [[person_name:Rhiannon Price]].
§§
You can make a subject access request to the council. Ask for the full file, not just a summary, and ask for the redactions to be explained.
§§
I'm a foster carer and our young person's passport application keeps getting rejected. The birth certificate says [[person_name:Mohammed Tariq Hussain]] but the school has him as [[person_name:Tariq Hussain]]. How do we get this sorted?
§§
Frustrated. The LADO referral we made about a staff member in September still hasn't been allocated. Our RI [[person_name:Graham]] says keep chasing. Anyone know typical timescales?
§§
Right, I'll say it: the new lanyards are awful. That's my whole post. Happy Friday.
§§
Is it normal for contact to be cancelled by text at 8am on the day? [[person_name:Oskar]] was in his coat. This is the third time this month.
§§
Asking for advice about a young person who has disclosed to me that she's pregnant. She's 16, in semi-independent, and doesn't want her SW told yet. She's asked me not to say anything. What's my duty here?
§§
Our little one starts reception at [[institution:Holy Trinity C of E Primary]] in September and the school wants a copy of the full care plan. Surely that's too much? We've offered the PEP and a one-page profile.
§§
Hello! Would anyone be up for a study group for the AYSE portfolio? I'm in the Birmingham area but happy to do it online. Text me on [[phone:07456 220 917]].
§§
hey is anyone else from the 2013 group at [[institution:Maple Lodge]]? it was me, [[person_name:kez]], [[person_name:big mo]] and [[person_name:jordan p]]. found out [[institution:maple lodge]] closed down last year and it made me well sad
§§
I've just had to explain to a seven year old why he can't see his sister [[person_name:Aisha]] this weekend, and I don't think I did it well. How do you explain "the social worker hasn't confirmed" to a child who has been looking forward to it all week?
§§
Sharing because it helped me: "Children don't need perfect carers. They need carers who repair." Read that in a Kim Golding book and it's stuck with me through this whole placement.
§§
Case discussion: we're supporting a family where dad ([[person_name:Wiktor]]) speaks limited English and the interpreter keeps being booked in Russian instead of Polish. Mum says he's too proud to complain. Any tips for raising this without making him feel worse?
§§
The Welsh government's basic income pilot for care leavers - has anyone worked with a young person on it? How has it gone for them?
§§
I'm in my second week of a new job in a children's home and the shift pattern is 3 sleep-ins a week. Is that normal or am I being taken advantage of?
§§
Any adoptive parents here who have used the Adoption Support Fund for EMDR? We've been told it's "not recognised" by our local agency.
§§
Quick data protection check: we've got a 15 year old whose social worker emails her personal stuff to her school email address. Is that ok or should we raise it?
§§
My foster daughter's school has given her a detention for being late. She was late because contact overran. The head of year, Mr [[person_name:Fenwick]], said "she needs to learn it's not an excuse". I'm so angry.
§§
Seconding everything above about allowances. Ours went up by 4% but our expenses went up about 20%.
§§
I'm starting a PhD on care-experienced people's experiences of university. If anyone would like to take part, message me here. Everything will be anonymised and it's been through ethics at my university.
§§
I was the duty worker when a lad turned up at the office saying he'd slept in the park. [[person_name:Dean]] was 17 and a half. Housing said he wasn't their responsibility, we said he wasn't ours yet. Sat with him till 7pm ringing round. I think about him a lot.
§§
Does anyone have experience of placement with a family where the parents are deaf and the child is hearing? The ISW report from Dr [[person_name:Sandhu]] was brilliant but the LA want their own assessment.
§§
Asking for my niece (care leaver, 19). She's been told her leaving care grant doesn't cover a washing machine. Is that right?? Her PA is [[person_name:Jo Ferreira]] at the Bexley team if anyone knows her.
§§
Does anyone know a foster carer support group in Kent? Maidstone or Tunbridge Wells ideally. I need people who understand.
§§
Thank you to whoever recommended "The Body Keeps the Score" last week. Read half of it already. Heavy going but so much makes sense now.
§§
ffs. 2 hours on hold to the DWP today for a care leaver's UC claim. no bursary either till [[institution:Burnley College]] sorts his attendance
§§
We're running an open evening for prospective foster carers at the Civic Centre in Swindon on [[date:Wed 2 April]], 6.30pm. Tea, cake, and honest answers from carers who've been doing it for 20 years.
§§
Birth mum has turned up at the house twice now. She found us through a photo [[person_name:Lily]] posted on Instagram with her school uniform in it. The school's name was on the jumper. What should we be doing to stop this happening again?
§§
Sorry you're going through this. Ask for an urgent review of the contact plan and a risk assessment. And speak to [[person_name:Lily]] about it gently, without blame - she won't have meant any harm.
§§
Our young person is 17 and has been referred for a PIP assessment. The letter has his NI number on it as [[ni_number:JR 48 22 91 B]] but it's spelled wrong. Does anyone know who we ring?
§§
Anyone going to the NAFP conference this year? Would be nice to put some faces to names.
§§
Can I ask what people do when a child calls you "mum" for the first time? Our foster daughter [[person_name:Grace]] did it today and I froze. I didn't know whether to correct her.
§§
Honestly don't correct her. Say something warm and let her lead. Speak to the SW about it at the next visit so the plan reflects it.
§§
Hiya, looking to get back in touch with [[person_name:Sharon]] who was a foster carer in Anglesey, she had a farm near Llangefni and a collie called Bryn. She looked after me for about a year when I was little.
§§
For anyone who needs it: the council's leaving care team has moved. New address is [[address:Unit 4, Kingsway House, 21 Bridge Street]], Warrington [[postcode:WA1 2QJ]]. Drop-in is Tuesdays and Thursdays.
§§
Question about the Local Offer for care leavers. Ours says council tax exemption until 25 but I've heard some councils do it for any care leaver living in the county. Does anyone know which ones?
§§
My foster son [[person_name:Jun]] has been really struggling with Mandarin lessons at Saturday school. His birth family want him to keep it up, he wants to quit. We're caught in the middle. Anyone with experience of keeping culture and language going without making it a battle?
§§
Have you tried finding a mentor through the local Chinese community centre? Sometimes it lands better from someone who isn't a teacher or a carer.
§§
Really useful webinar from Research in Practice yesterday on contextual safeguarding. Slides are on their site if your LA subscribes.
§§
I'm a care leaver and I've just got my first job in a children's home!! Nervous but also think I get it in a way some staff don't. Any advice from people with lived experience working in resi?
§§
congrats!! best advice: look after yourself on the hard shifts and find one person at work you can be honest with. you'll be amazing x
§§
Is there anyone who knew Father [[person_name:Declan]] who used to do the youth club at [[institution:St Brigid's College]] in Derry? He was a big part of my childhood when I was in the home and I heard he passed away. Would love to know where he's buried.
§§
Anyone else think the new Ofsted framework is going to make things worse for small homes? Two-bed homes getting graded on the same things as twelve-bed homes.
§§
Case for advice: dad has learning disabilities and wants to parent his newborn. Mum is not in the picture. We've got a PAMS assessment starting but the baby is currently in hospital at [[institution:Queen Charlotte's]]. Anyone used parent and baby fostering for a dad on his own?
§§
Not me moving to a new authority and realising they use LiquidLogic instead of Mosaic. Send help.
§§
If anyone's in the Glasgow area, Who Cares? Scotland are running a drop-in for care-experienced young people every Wednesday. It's brilliant.
§§
i was in care in birmingham n my worker was called [[person_name:precious]] she was from zimbabwe i think. she was the only one who ever came to my school play. if u know her pls tell her [[person_name:tia]] said thank u
§§
I'm the designated teacher at a secondary school and we've had a request from a social worker to share a young person's attendance data by email with no encryption. Is it just me or is that a no?
§§
Is it just me or is Virtual School support wildly different from one LA to the next? We've got a boy placed out of area and the home authority's virtual school won't fund anything.
§§
For the carers asking about the holiday allowance: ours is paid in two instalments, before Easter and before the summer holidays. Ask your supervising social worker what your authority does.
§§
Can anyone recommend a good solicitor in Leeds for a care leaver who's been refused asylum? [[person_name:Yonas]] is 19 and came here at 15 from Eritrea. He's terrified.
§§
Young person I support has asked me to write a reference for a flat. Her name is [[person_name:Faith Mensah]], she's 18 and has been with us since 13. Is it ok for me as her foster carer to write it or does it have to come from the SW?
§§
Thank you all for the support this week. It's been a hard one. We had an allegation made against us by a young person who has since taken it back. We're still suspended from taking placements while it's investigated.
§§
That's so hard. Please make sure you've got independent support - the Fostering Network have an advice line and FosterTalk too.
§§
Feedback on my direct work: used a shoebox today with a 9 year old, she filled it with things that reminded her of home. We ended up talking about Nanna [[person_name:Bet]]'s kitchen for 40 minutes. Low-tech is underrated.
§§
Does anyone have the email for the Court Liaison Officer in Chelmsford? The one I had was [[email:j.templeton@essex-court-liaison.org.uk]] and it bounced.
§§
I'm a student social worker and I've been asked to do my first home visit on my own next week. Scared stiff. Tips?
§§
Go in curious, not with a checklist. Introduce yourself properly, say what you're there for and how long you'll be. And take your lanyard off if it makes people uneasy.
§§
Does anyone else find that the most useful thing in court is the chronology? If it's done well it wins half the argument.
§§
Been asked to write a chronology for the [[person_name:Kowalczyk]] family where the eldest is 17. Start from birth or from first referral? Our team does it different every time.
§§
Trying to reconnect with my younger sister who was adopted in 2008. Her name was [[person_name:Chantelle]] and she'd be 19 now. I know adoption records are closed but is there any way I can leave a message somewhere for her?
§§
There's the Adoption Contact Register run by the General Register Office. You can add yourself and if she does the same they'll put you in touch. PAC-UK might help too.
§§
Shift was rough. One of our young people smashed the kitchen up and [[person_name:Will]] barricaded himself in [[address:room 4]]. Everyone safe now. Going home to sleep for a week.
§§
A strange one. The police have given us a crime reference of [[reference:CRN 45/118732/23]] for a missing episode but told the young person's school a different one. Which do we use for the return home interview?
§§
Has anyone used the Barnardo's "Real Love Rocks" resources? Looking at them for a group of 13 year olds.
§§
anyone else find it weird when people ask "where are you from" and you've lived in 11 different places before 16. i just say yorkshire now
§§
me too, I just say "all over" and change the subject. or "Huddersfield" because that's where I was longest
§§
Hello. I'm a newly qualified social worker in Swansea (Abertawe). Wondering if anyone has tips on doing direct work bilingually - some of my families speak Welsh at home and I'm still learning.
§§
My brother [[person_name:Callum]] died last year. He was in care with me in Kilmarnock. I don't know if his old key worker even knows. Her name was [[person_name:Morag Baillie]]. If anyone knows her please ask her to get in touch.
§§
I'm so sorry about your brother. Try contacting East Ayrshire council's care leavers' service, they may be able to pass on a message.
§§
New rules for contact sessions at our centre: no phones at all in the room, including parents'. Some parents are saying it's unfair, they want photos. What do other centres do?
§§
Just did my first LAC review as chair, for a lad called [[person_name:Brandon]]. I let the young person run the agenda. Nobody died. Recommend.
§§
Query about the Care Leaver Covenant - does anyone know which employers actually offer guaranteed interviews? The list on the website is long but I can't tell who's active.
§§
Urgent: a 15 year old has turned up at our children's home saying her friend is being kept at a flat at [[address:flat 9, Ashdown Court]]. Police are aware. Do we let her stay tonight? She's not one of ours.
§§
Call your out of hours team now and let them decide. Keep her safe and log everything.
§§
Long post sorry.

I've been fostering for 12 years and I've never felt as unsupported as I do now. Our supervising social worker, [[person_name:Helen Oduya]], left in January and we've had three agency workers since. Nobody knows the children. Nobody knows us.

Last week our eldest had a crisis at 2am and the out of hours worker asked me to spell his surname three times. I know it's not their fault. I know the system is on its knees. But I'm starting to wonder if I can keep going.

Has anyone else got through a patch like this? What helped?
§§
I could have written this. What helped us was joining the local carers' association - having other carers to ring at 2am made more difference than anything the LA did. Also, put it in writing to the fostering manager. Keep it factual.
§§
Reconnect request: I'm looking for [[person_name:Hope]], we were fostered together by the [[person_name:Adeyemi]] family in Lewisham in about 2010. She had the most amazing braids and taught me to dance to Beyoncé in the kitchen. She'd be about 28 now.
§§
Our authority has just announced it is closing two of its three family centres. Anyone else seeing this? Where are families meant to go for parenting support now?
§§
To the person asking about therapeutic life story work: the book by Richard Rose is the one everyone recommends. Worth it.
§§
[[handle:@tasha_b_91]] did you ever find your old carer? I saw your post last year and wondered.
§§
Has anyone had a young person placed who follows Ramadan? We want to support him properly. [[person_name:Ibrahim]] is 14 and it's his first time fasting the full month. Any tips for school and for sleep?
§§
Our mosque does an iftar every Friday and welcomes families - ask at yours. And talk to school early about PE and lunch.
§§
Hi all, I'm a practice educator and I'm looking for placement offers for two students in the South West from January. Adult or children's, statutory or voluntary. Drop me a message or email [[email:r.osei@placements-sw.ac.uk]].
§§
Reference request for HCPC/SWE people - my registration is [[reference:SW118402]] and the renewal portal won't accept my CPD. Anyone else had this?
§§
Please don't post your registration number here! The SWE helpdesk sorted mine in a couple of days.
§§
I'm in Year 12 and in foster care. I want to do Medicine. My teachers don't think I can. Has anyone in care made it to medical school? Real talk only pls
§§
Yes. Not me but a lad I worked with is now in his 4th year at Newcastle. Look at the widening participation schemes - they exist for exactly this.
§§
Need advice about a care leaver who is being financially exploited by a "friend" who moved into his flat. He's 20, has autism, and won't ask the friend to leave. The friend's name is [[person_name:Lewis]] and he's on the tenancy now somehow.
§§
New starter in a Youth Offending Service here. What do you wish someone had told you in your first year? I've read all the guidance and still feel lost.
§§
Write things down the same day. Learn the court staff's names. Eat lunch. And the young people will test you, don't take it personally.
§§
Our daughter's adoption was finalised on [[date:14th November]] last year and it was the happiest day of our lives. Just wanted to share that with people who understand what it took. Thank you to everyone who supported us.
§§
We had the ADHD diagnosis confirmed for our boy (12) today at [[institution:Alder Hey]]. Relief and grief in equal measure. Anyone else foster a young person with ADHD and have tips for homework battles?
§§
Is anyone else being asked to take a 17 year old into a "supported accommodation" bed that is basically a room in a shared house with adults? Ofsted registration came in but I'm not sure it has changed much where I am.
§§
Anyone knows [[person_name:Ahmed Al-Rashid]]? He was a support worker at a 16+ service in Sheffield about 2016. He helped me with my asylum claim and my English. I finished my degree last summer and I want him to know.
§§
Update on [[person_name:Roisin]], the girl I posted about last month - she's now in a stable placement and going to school every day. Thank you for the advice about the contact plan.
§§
Quick Q. When you write a pathway plan, do you use the young person's own words for the "my views" section even if the spelling is off? Our team manager says correct it, I say leave it.
§§
Leave it! It's their plan. Just check with them that they're happy for it to be read by others as it is.
§§
Can anyone tell me the phone number for the Fostering Network advice line? I can only find the general switchboard.
§§
hey [[person_name:sammy]] if ur on here it's [[person_name:reece]] from the estate lol, your nan gave me this website. message me
§§
Has anyone had success getting a young person's care records transferred when they move from Wales to England? The Welsh authority says it's up to the English one and vice versa.
§§
Reflection. Nobody told me on my course how much of the job is driving. I spent 4 hours in the car today for two visits in Cumbria. Listened to the whole of a true crime podcast.
§§
Anyone got a good script for explaining to a 5 year old that she's going to live with a new family forever? Adoption matching panel went through. We want to get the words right.
§§
I've been asked by my team to set up a group for dads in the child protection system. Has anyone done one? What made dads come back after the first session?
§§
Food. And not calling it a "parenting group". We called ours "Tuesday club" and did five-a-side first.
§§
Sharing for those in London: there's a free legal clinic for care leavers at the Mary Ward Centre every first Monday of the month. No appointment needed.
§§
Child B (9) has been in a residential placement since March. His allocated social worker has changed five times. He now refuses to meet new workers and says "you'll leave anyway". How do other teams manage continuity when turnover is this high?
§§
Hi, I'm looking for my foster mum from when I was a baby. Her name is [[person_name:Winsome Clarke]] and she lived in Handsworth. She fostered lots of babies in the 90s. My birth certificate says I was born on [[date_of_birth:9 October 1994]] and I was with her till I was two. I'd love to thank her.
§§
Our young person's PA has asked us to sign a form giving consent for him to have his photo in the council's newsletter. He's 17 and he wants to do it. Do we need consent from his birth mum, [[person_name:Kerry-Ann]], too?
§§
Has anyone had to deal with a foster child receiving messages from birth family on Snapchat? They've got around every block we've put in place.
§§
Report them on the app, screenshot everything, and let the social worker know the same day. It's really common, unfortunately.
§§
Does anyone know if the residential home on [[address:Carr Road]] in Nelson is still open? I was there when I was 13 and I'd like to go and look at it.
§§
Hi all, small request: does anyone have an easy-read version of the complaints procedure for children? Ours is eight pages long.
§§
My client ID on the system is showing as [[reference:LCS-3319027]] for two different young people. Has anyone seen a duplicate like that before? Which team fixes it?
§§
Off topic: what are people watching this week? I need something that isn't about social work. Finished Slow Horses and loved it.
§§
Try Derry Girls if you haven't. Nothing makes me laugh more after a long shift.
§§
Strongly recommend Taskmaster for the same reason. Greg Davies is a national treasure.
§§
I'm trying to organise a small reunion for people who were at [[institution:Ashgrove Children's Home]] in Wrexham before it closed in 2012. If you were there or worked there, message me. [[person_name:Gwen]], the cook, has already said yes!
§§
Any advice on how to speak to a 10 year old about his dad going to prison? He found out from a boy at [[institution:Kingsmead Academy]] before we could tell him. Dad's name was in the local paper.
§§
The Barnardo's "i-HOP" service has lots of resources for children of prisoners. Start there.
§§
Is it ok to give a young person my work mobile number for WhatsApp? My manager says yes, my team says no.
§§
does any1 know if [[person_name:shanice]] from the leaving care team in wolves still works there? she sorted my bond for me in 2019 and i never said ta
§§
Our young person's DOB on the school system is wrong - it says [[date_of_birth:03/11/2010]] but he was born on [[date_of_birth:11 March 2010]]. American format I'm guessing? Who do we ask to fix it, the school or the SW?
§§
Car seat question! Our SSW [[person_name:Anita]] says we can't transport the baby to contact without an approved seat. Has anyone got one going spare in the Reading area?
§§
Reminder for the Aberdeen kinship carers group: next meet is [[date:Monday 10th June]] at [[address:12 Rosemount Place]]. Bairns welcome.
§§
Trying to find my old social worker, Mr [[person_name:Leslie Gordon]], who worked in Dundee in the late 90s. I've got his old leaving card and wanted to send him a photo of my graduation.
§§
anyone know a good dentist that takes NHS patients near [[address:Stretford Road]]? our foster son [[person_name:Kofi]] has toothache and the 111 line said try local
§§
Has anyone arranged contact with a grandparent who only speaks Cantonese? Our foster daughter [[person_name:Mei Ling]] adores her grandad, Mr [[person_name:Wong]], but the contact centre can't find an interpreter for Saturdays.
§§
Can someone check I've got the right idea with the health form? It asks for the child's NHS number and I've put [[nhs_number:036-426-2125]] from the red book, but the GP letter has it with spaces. Does that matter?
§§
Handover note (will anonymise before it goes anywhere else): YP [[person_name:Connor]] returned 02:40 in a grey Audi, reg [[vehicle_reg:LB07 HWX]], driver not known. Police informed and log number given.
§§
anyone else had a letter from hmrc for their foster kid? its got his NI on it [[ni_number:NP482731C]] and his name spelt wrong. do we just bin it or tell the sw
§§
moved into my first flat today!! [[address:flat 2]], tiny but mine. postcode is [[postcode:m14 5rt]] if anyone from the lounge wants to send a card lol
§§
Edinburgh foster carers' Christmas lunch: [[date:Saturday 14 December]], 12.30, at the [[institution:Leith Community Family Centre]], [[postcode:EH6 7BQ]]. Let [[person_name:Moira]] know numbers by the end of November.
§§
Does anyone know the Cardiff contact centre address? I've got [[address:Unit 7, Ocean Way]], [[postcode:CF24 5PE]] but the sat nav takes us to a car wash.
§§
Passport form for our foster daughter asks for her date of birth in full. Her placement plan has it as [[date_of_birth:2.6.09]] and her birth certificate as [[date_of_birth:2 June 2009]]. Can we sign as foster carers or does the SW have to?
§§
spotted our 15yo getting into a white van outside the chippy again tonight. got the reg this time, [[vehicle_reg:yx21 kfo]]. rang 101 and the EDT. anything else we should do?
"""

# Published social-care prose: blogs, news, opinion, inspection reports, comment threads,
# lists of links. One paragraph a post.
PROSE = r"""
In Tameside, the number of children in care has fallen for the third year running, but the council's own figures show that more teenagers than ever are being placed more than twenty miles from home.
§§
By Priya Raman, Social Affairs Correspondent. Published [[date:12 March 2024]].
§§
Foster carer [[person_name:Janet Moorcroft]], 61, who has looked after more than 80 children in Hull over three decades, said the allowance had "not kept pace with anything". "I'm not in it for the money," [[person_name:Moorcroft]] said. "But I can't afford to feed a growing teenager on what we get."
§§
The Independent Review of Children's Social Care, led by Josh MacAlister, recommended a new category of "family help" that would bring early help and child in need work together. Two years on, the picture across England is mixed.
§§
Speaking at the conference, the chief social worker for children and families, Isabelle Trowler, said practice was "at its best when it is relational, not procedural".
§§
Children living in this home benefit from warm, nurturing relationships with staff. They told inspectors that staff "actually listen". One child said the best thing about living here was "Sunday dinners and the dog".
§§
Leaders and managers have not ensured that all staff receive regular supervision. Records show that two members of staff have not had supervision for more than four months. This is a breach of regulation 33.
§§
Unique reference number: [[reference:SC492817]]. Registered provider: a private organisation. Inspection dates: [[date:9 January 2024]] to [[date:10 January 2024]]. Overall experiences and progress of children and young people: requires improvement to be good.
§§
I still remember my first home visit as a newly qualified social worker in Stockport. I was so nervous I left my notebook in the car. The mum made me a cup of tea and told me to calm down. She was right.
§§
Comments (14)
§§
[[person_name:Maureen Gallagher]] says: This is exactly what happened to us in Lanarkshire. We were told our kinship allowance would be "reviewed" and that was eighteen months ago.
§§
Anonymous says: As a social worker I'm not allowed to say much but I agree with every word of this article.
§§
[[handle:fostermum_tracey78]] on [[date:3 May 2023]] at 9:14 pm: Thank you for writing this. Sharing with my support group.
§§
Foster carer, Devon: Our fostering service is brilliant, for what it's worth. Not every authority is like this.
§§
Further reading from the community this month: "What I wish I'd known before fostering teenagers" by [[handle:@teenfostering_uk]]; "Care leavers and the cost of living" thread by [[handle:@CareLeaverVoice]]; and the excellent YouTube series from youtube.com/[[handle:@lifeafterthecaresystem]].
§§
At Wakefield's annual awards evening, care-experienced young people were recognised for achievements in education, sport and volunteering. The evening was hosted by the council's Children in Care Council.
§§
In Caernarfon, a new bilingual drop-in for care leavers opened this week. The service, run with Gwynedd Council, will offer advice in Welsh and English.
§§
The Children and Social Work Act 2017 introduced corporate parenting principles that every local authority in England must have regard to. Seven years on, how many councillors could name them?
§§
Guest post by [[handle:SocialWorkSal]]: I've been a child protection social worker for eleven years and I've never written about what it costs to do this job. Here goes.
§§
When I started, my supervisor, [[person_name:Denise]], told me the most important thing was to "never go into a house you can't get out of". I didn't understand what she meant until my third year.
§§
The new national kinship care strategy promises a financial allowance pilot in several local authorities. Kinship carers have waited a long time for this.
§§
Research from the University of Bristol suggests that care-experienced students are more likely to withdraw from university in their first year, often for financial reasons rather than academic ones.
§§
Dr Helen Ashworth, a senior lecturer in social work at Manchester Metropolitan University, said the findings were "a wake-up call for the sector".
§§
PlayStation, Xbox and Nintendo Switch consoles are among the most common items bought with the setting-up-home allowance, according to a freedom of information request, prompting questions about how the grant is explained to young people.
§§
It was a Tuesday night in November and I was the only social worker left in the building. The phone rang at 6.45pm. It was [[person_name:Kelly]]'s foster carer.
§§
Every child in care has the right to an independent visitor. But in 2023, fewer than 4,000 children in England had one, according to figures from the National Independent Visitor Network.
§§
"You can't build relationships on a caseload of thirty," one team manager in the Midlands told us. She asked not to be named.
§§
The care leaver, who asked to be identified only as J, said she had moved eleven times before her sixteenth birthday.
§§
[[person_name:Kwame Asante]], 23, left care in Leicester at 18. Now a youth worker, he wants councils to listen to young people before redesigning services. "I know what it feels like to be a file," [[person_name:Asante]] says.
§§
Posted in: Fostering, Reflective practice. Tags: allegations, supervision, resilience.
§§
Reply from [[handle:NQSW_Liam]] · [[date:22 Feb 2024]]: Really helpful, especially the bit about chronologies. Saving for my ASYE portfolio.
§§
Yng Nghaerdydd, mae'r cyngor wedi lansio gwasanaeth newydd i bobl ifanc sy'n gadael gofal. The council in Cardiff has launched a new service for young people leaving care, with advisers working from the city's central library.
§§
The Fostering Network's State of the Nation survey found that more than half of foster carers had considered leaving fostering in the past year.
§§
What makes a good personal adviser? We asked twenty care leavers. The answers were simple: someone who turns up, remembers your birthday and doesn't make you tell your story again.
§§
In an open letter, the Children's Commissioner for England, Dame Rachel de Souza, called on ministers to end the use of unregistered placements for children under 16.
§§
Sunday's episode of EastEnders featured a storyline about a teenager going into foster care, and the reaction online from care-experienced viewers was mixed.
§§
Many of the care-experienced people we spoke to grew up watching The Story of Tracy Beaker, Jacqueline Wilson's character who lived in a children's home she called "the Dumping Ground".
§§
Local foster carer [[person_name:Gareth Pritchard]] and his wife [[person_name:Eirlys]] were presented with a long-service award for twenty-five years of caring for children in Ceredigion.
§§
Our fostering team is recruiting! Come along to our information evening at [[address:14 Queen Street]], Lincoln on [[date:Thursday 19 September]] at 7pm, or call the team on [[phone:01522 554 900]].
§§
Children's homes in the North West are operating at close to full occupancy, according to the regional commissioning group, with many homes reporting that they turn down more referrals than they accept.
§§
A spokesperson for the council said: "We are committed to providing the very best care for our children and young people and we will study the report carefully."
§§
Staff at the home have worked hard to improve the children's attendance at school. One child who had not attended school for more than a year is now attending [[institution:Broadmeadow Pupil Referral Unit]] four days a week.
§§
When I was in care, nobody explained what a review was. I just knew that once every six months a lot of adults came into the living room and talked about me. Even my social worker, Mr [[person_name:Quinlan]], never asked what I wanted to talk about.
§§
Links from this week's Twitter chat (#SWvoices): thread by [[handle:@kinshipnan]]; the guidance everyone kept asking for; and a brilliant blog post by [[handle:@ResiRachel]] on restraint reduction.
§§
Dùn Èideann (Edinburgh) was the first Scottish council to sign up to The Promise's new workforce pledge, committing to keep brothers and sisters together wherever it is safe to do so.
§§
The Promise Scotland was set up after the Independent Care Review, chaired by Fiona Duncan, reported in 2020. Its message was simple: Scotland must "grow up loving" its children.
§§
"My daughter was taken into care in 2019 and I've fought every day since," said [[person_name:Roxanne Elliott]], 34, from Gateshead. She now volunteers with a parent advocacy group.
§§
The Family Rights Group advice line (0808 801 0366) is free and confidential, and parents can also use the charity's online forum.
§§
If you are worried about a child, contact the NSPCC helpline on 0808 800 5000. Children can call Childline on 0800 1111 at any time.
§§
Our local authority switched from Mosaic to a new case management system in the spring. Here's what we learned about migrating twenty years of records, and why you should never trust a vendor's timeline.
§§
Posted by [[handle:kinship_grandad]] · [[date:14 June 2023]]: When my grandson came to live with us, nobody told us we could ask for a kinship assessment. We found out by accident from another grandparent at the school gate.
§§
In the summer of 2022, the home was rated inadequate. Since then, a new registered manager has been appointed and the home has improved in every area.
§§
The child's social worker visits regularly and the child says she likes her. However, the child's care plan has not been updated since March and does not reflect her current needs.
§§
[[person_name:Nisha Chauhan]] wrote: I trained as a social worker in my forties after years as a teaching assistant. Best thing I ever did, but I wish someone had warned me about the paperwork.
§§
Thanks for all the comments on my post of [[date:6 February]]. A few people asked for the reading list, so here it is.
§§
Social Work England has published its updated professional standards guidance, with a new emphasis on the use of social media and on professional boundaries with people who have used services.
§§
In Kirklees, a pilot that gives families a named lead practitioner from the first contact has cut repeat referrals by a fifth, the council says.
§§
A young person's view: "I don't want to be called a 'case'. I'm a person who happens to have a social worker."
§§
An inquest into the death of a 17-year-old care leaver, [[person_name:Tyler Brennan]], heard that he had been living in a hostel in Middlesbrough for three months before he died. The coroner said there had been "missed opportunities".
§§
The coroner, Mr Andrew Tweddle, said he would write a prevention of future deaths report to the Department for Education.
§§
At the heart of good corporate parenting is a simple question, borrowed from Sir Alan Wood's review: would this be good enough for my child?
§§
Reading list: Dan Hughes, Building the Bonds of Attachment; Kim Golding, Nurturing Attachments; Bessel van der Kolk, The Body Keeps the Score; Lemn Sissay, My Name Is Why.
§§
Lemn Sissay's memoir My Name Is Why, which draws on his own care files, should be required reading for anyone who writes case notes.
§§
Our monthly carers' coffee morning is moving! From next month we'll be meeting at the [[institution:Brambles Family Centre]] on [[address:Oakfield Road]] instead of the church hall. Same time, same biscuits.
§§
Opinion: The care system doesn't need another review. It needs the money the last three reviews asked for.
§§
When children in care are moved far from home, they lose more than a bedroom. They lose their school, their friends, their football team, the corner shop where somebody knew their name.
§§
Comment from [[person_name:Dafydd Hughes]], [[date:2 October 2023]]: Diolch am hyn. As a foster carer in Powys I see this every week.
§§
Comment from Concerned Grandparent, [[date:2 October 2023]]: Please could someone explain what a special guardianship support plan should include? Ours is one paragraph long.
§§
The council's cabinet member for children's services, Cllr Joanne Blake, said the authority was "proud of the progress made" but accepted there was "more to do".
§§
Sheffield City Council has been judged "good" by Ofsted following a full inspection of its children's services, up from "requires improvement" at the last inspection in 2019.
§§
The inspectors noted that children's voices are clearly heard in assessments and plans. Social workers know their children well and visit them regularly, including children who live outside the local area.
§§
Some children who go missing from home or care are not offered a return home interview within 72 hours. When interviews are held, the information is not always used to reduce risk.
§§
Children living at [[institution:Willowbank House]] told inspectors they feel safe. The home's manager has introduced a new key-working system that children say has helped them.
§§
Tributes have been paid to a much-loved foster carer from Tower Hamlets who cared for more than 150 children. Mrs [[person_name:Begum]] died on [[date:4 April]] at the age of 78. Her daughter [[person_name:Rokeya]] said: "Mum never turned a child away."
§§
In Rochdale, where the grooming scandal prompted national reforms, youth workers say the lessons are still being learned.
§§
The TikTok trend of teenagers filming their "room tours" in children's homes has alarmed some providers, who worry that images can show where a home is.
§§
The story behind the viral LinkedIn post by a social worker, [[person_name:Marianne Holt]], who resigned live on a Teams call is more complicated than it first appeared.
§§
We asked care leavers what they'd put in a starter pack for a new flat. Top of the list: a tin opener, a kettle, a shower curtain and "someone to ring when the boiler breaks".
§§
Thread by [[handle:@fostercarerfiona]]: my top tips for new foster carers (from a carer of 15 years)
1. Get to know your supervising social worker.
2. Keep a daily log, however boring.
3. Never promise a child something you can't control.
§§
Replying to [[handle:@jess_fosters]]: this is so true about the daily log. It saved us during an allegation.
§§
The Lincolnshire family hubs model brings health visitors, early help and the voluntary sector under one roof. Early feedback from families is positive.
§§
On [[date:Saturday 28 October]], care leavers from across Merseyside will gather at Liverpool's St George's Hall for the first regional Care Day celebration.
§§
Care Day is celebrated every year in February across the UK and Ireland. This year's theme is "Our Stories, Our Voices".
§§
A Freedom of Information request by this newspaper found that six councils in the East of England spent more than £10,000 a week on individual placements for some children.
§§
"[[person_name:Kieran]] was a lovely boy who loved his Xbox and his little sister," his former carer said. "He just needed someone to stick with him."
§§
When the Local Government Association published its annual survey, one figure stood out: more than 80 per cent of councils overspent on children's social care last year.
§§
Dr Ruth Adeyemi, who leads the social work programme at the University of Salford, said practitioners needed "time and space to think, not just to record".
§§
[[handle:ResiWorker_Jay]] commented: Our home had three different managers in 2022. The kids notice, even if head office doesn't.
§§
Re: the article on unregulated placements — I worked in one of these in Essex in 2019 and it was the worst job of my life. The young people deserved so much better. — [[handle:ex_support_worker_essex]]
§§
I have worked in residential childcare for nineteen years, and I have never once been asked by a policymaker what a good shift looks like. So here is one. It starts at 7am with a handover where the night staff tell you who slept and who didn't. It includes a school run where nobody swears. It includes a fight about a PlayStation controller that ends in a joke. It ends with a young person, who a year ago wouldn't look at you, saying "night, see you tomorrow". That's a good shift.
§§
Baile Átha Cliath: Tusla, the Child and Family Agency, says it needs hundreds more foster carers in Dublin alone. The agency has launched a national recruitment campaign with the slogan "Could you?"
§§
In Gaillimh (Galway), a peer mentoring scheme pairs young people leaving care with care-experienced mentors in their twenties.
§§
A mother from Northern Ireland, [[person_name:Caoimhe Doherty]], described the moment social workers arrived at her door as "the worst day of my life and, looking back, the day things started getting better".
§§
Twenty-three years ago, a social worker called Mrs [[person_name:Patel]] drove me to my new foster home in a red Fiesta. I don't remember what she said, but I remember that she held my hand at the door. I became a social worker because of her.
§§
Further resources: the Coram Voice "Bright Spots" surveys; the Rees Centre's research briefings; CoramBAAF's practice notes on life story work; and the NYAS advocacy helpline.
§§
Instagram accounts worth following for care-experienced creatives: [[handle:@careexperiencedart]], [[handle:@poems.from.care]] and instagram.com/[[handle:nomorebinbags_project]].
§§
The number of unaccompanied asylum-seeking children arriving in Kent has put pressure on local services. The national transfer scheme was meant to share responsibility fairly between councils.
§§
Kent County Council said it had "reached safe capacity" and would no longer be able to accept new arrivals into its care without support from other authorities.
§§
From the archive: This article was first published on [[date:18 August 2015]] and has been updated to reflect changes to the law.
§§
Last updated: April 2024. Next review due: April 2025.
§§
My name is [[person_name:Aaliyah]] and I'm 19. I was in care from the age of 12 in Wolverhampton. This is my story.
§§
When [[person_name:Stefan Nowak]] arrived in Peterborough from Poland aged six, he spoke no English. By fourteen he was in foster care and by eighteen he was homeless. Today, at 26, he manages a housing project for young people in the city.
§§
"We weren't trying to be heroes," said [[person_name:Precious Okonkwo]], who has fostered with her husband [[person_name:Emeka]] in Dagenham for twelve years. "We just had a spare room and we'd been there ourselves."
§§
[[person_name:Emeka Okonkwo]] added that the hardest part was "saying goodbye, every single time".
§§
Good Morning Britain featured a segment on kinship carers this week, with the presenters asking why grandparents receive less support than foster carers.
§§
Amazon, Currys and Argos vouchers are among the incentives some councils are offering to families who sign up for foster carer training, a survey has found.
§§
Children and young people are supported to maintain relationships with family. For example, staff travel with one child to see her siblings in another part of the country every month.
§§
The manager is suitably qualified and experienced. She has a clear vision for the home, and staff say she is approachable and supportive.
§§
Report published: [[date:21 November 2023]]. This inspection was carried out under the Social Care Common Inspection Framework.
§§
The Care Inspectorate Wales report on the service, based in Sir Gâr (Carmarthenshire), found that people receive warm and consistent support from a stable staff team.
§§
Comment by [[handle:MumOf3_Bolton]] · [[date:11 January 2024]] 8:02am: Our adoption support plan promised therapy. Two years later we're still on the waiting list.
§§
Comment by [[person_name:Claire]] (adopter): We had the same experience. Keep pushing, and ask your MP to write to the agency.
§§
Bob Geldof, Bono and Ed Sheeran have all spoken publicly about difficult childhoods, but care-experienced celebrities are still rare. Footballer Ian Wright has talked movingly about the teacher who changed his life.
§§
Our thanks to everyone who contributed to this year's report, especially the young people of the Children in Care Council, who chose the title, and to [[person_name:Leon]], 15, who designed the cover.
§§
Pictured: Care leaver [[person_name:Jade Atkinson]] (left) with her personal adviser [[person_name:Tom Reilly]] at the opening of the new hub on [[address:Castle Street]].
§§
[[institution:Eden Vale House]], a twelve-bed children's home on the outskirts of Carlisle, has been closed after Ofsted found that staff were using restraint "routinely and inappropriately".
§§
The Welsh Government aims to eliminate private profit from the care of looked-after children. Providers in Wales will need to become not-for-profit organisations by 2027.
§§
The Chinese Information and Advice Centre has launched a Cantonese-language guide to fostering, the first of its kind in the UK, after a survey found many families did not know that they could foster.
§§
The Arabic-speaking community in Manchester has been encouraged to come forward as foster carers after a rise in the number of unaccompanied children from Sudan.
§§
Scroll down to read comments or leave your own. Please keep comments respectful and do not include any information that could identify a child.
§§
[[person_name:Abdi Warsame]] · 3 hours ago: As a Somali dad who went through the system I can say the interpreters make a huge difference. When they're good, you feel heard.
§§
Reply · Like · Report
§§
Guardian Weekend reader's letter: "My father was a social worker in the 1970s. He said the job then was all about knowing the neighbourhood. I wonder what he'd make of it now." — name and address supplied
§§
Newsletter from the Virtual School, spring term: Congratulations to all our Year 11 students on their mock results, and a special mention to [[person_name:Maisie]] at [[institution:Hollins Park High School]] for her art prize. Our Pupil Premium Plus guidance has been updated, and we've added new training on emotion coaching.
§§
A special thank you to Mrs [[person_name:Halliwell]] and the staff at [[institution:Oakridge Primary School]], who have gone above and beyond to support one of our children through a difficult year.
§§
The Government's Children's Wellbeing and Schools Bill includes a duty on councils to offer staying close support to care leavers up to 25.
§§
You can follow the campaign on X at [[handle:@Care_Leavers_Unite]] or sign the petition on change.org.
§§
Child A has had four placements in the past year. Each move has disrupted his education and his relationships. Leaders have recognised this and are taking action, but it is too early to see the impact.
§§
Join us on [[date:Friday 14 June]] for our summer picnic in Roundhay Park, Leeds! All care-experienced young people and their carers welcome. RSVP to [[email:fosteringevents@leedscarers.org]] or text [[phone:07911 426 583]].
§§
We're proud that 92 per cent of our young people are in education, employment or training at 19. We know that behind every number is a young person with a story.
§§
Under the Children Act 1989, a child is "looked after" if they are in the care of the local authority or provided with accommodation for more than 24 hours.
§§
The serious case review, now known as a child safeguarding practice review, found that agencies did not share information about the father's history of violence.
§§
Comment from [[person_name:Bernadette O'Neill]], [[date:5 March 2024]]: I fostered in Limerick for twenty years and nothing about this surprises me.
§§
Posted by [[handle:careleaver_kai]] on [[date:30 January 2024]]: Honestly the staying put bit made me cry. I had to leave my carers the week after my 18th.
§§
Blogroll: [[handle:thesocialworkmum]].wordpress.com, reflections from a mum of three in a CP team; [[handle:@FosteringFolk]] on Threads; and medium.com/[[handle:@rania.writes]] for brilliant essays on care and identity.
§§
A Bradford grandmother, [[person_name:Shabana Akhtar]], 58, who is raising her three grandchildren under a special guardianship order, has been told her allowance will be cut from April.
§§
[[person_name:Akhtar]] said she had "given up everything" to keep the children out of care. "The council calls it a review. I call it a betrayal."
§§
The home's registered manager, [[person_name:Mark Duffy]], has been in post since 2021 and is completing a level 5 diploma in leadership.
§§
Kinship carers' support group, every second Wednesday at the [[institution:Meadowside Family Centre]], [[address:42 Tennyson Avenue]], Mansfield [[postcode:NG18 2LQ]]. Call [[person_name:Beverley]] on [[phone:01623 488 210]] for details.
§§
I'll never forget [[person_name:Tomasz]], the first boy I ever placed in foster care. He was seven and he asked me if the new family had a trampoline.
§§
[[handle:Brummie_SW_Dave]] replied on [[date:7 August 2022]]: This is spot on. Sharing with my team.
§§
Police are appealing for information about 15-year-old [[person_name:Leah Whitmore]], who has been missing from her placement in Telford since [[date:Sunday 3 March]].
§§
Anyone with information is asked to call West Mercia Police on 101, quoting crime reference [[reference:22/58113/24]].
§§
When our daughter [[person_name:Evie]] was placed with us at eighteen months, her social worker told us she had "no significant needs". She was diagnosed with FASD at six.
§§
RIP Auntie [[person_name:Pat]], the cook at our children's home in Barnsley for thirty years, who died peacefully on [[date:2 December]]. Every child who passed through remembers her apple crumble.
§§
[[person_name:Chinedu Eze]] · 2 days ago: My social worker in the 2000s was the reason I went to uni. Shout out to Ms [[person_name:Palmer]] wherever you are.
§§
For media enquiries contact [[person_name:Hannah Lister]] on [[phone:0113 378 4412]] or [[email:hannah.lister@yorkshirefostering.org.uk]].
§§
Setting name: [[institution:Tŷ Gwyn Children's Home]]. Setting reference number: [[reference:W00047852]]. Type of inspection: full, announced.
"""


if __name__ == "__main__":
    build(CASE, PROSE, OUT, SEED)
