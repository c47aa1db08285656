"""Build blind9_set.jsonl: an unseen yardstick for the confidentiality guard.

Written without sight of the guard's code, word lists, tests or earlier sets. Every post
is held inline below with markers ``[[kind:span]]`` around each identifying span; this
script strips the markers, computes Python string offsets (end exclusive) and writes one
JSON line per post, shuffled with a fixed seed. Run it directly:

    python tests/confidentiality/build_blind9_set.py

It stops with an error on an unknown kind, unbalanced markers, a span with whitespace at
its edge, a duplicated post, an NHS number that fails Modulus 11, or a clean share outside
40-60 %.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run directly, as the docstring says

from tests.confidentiality.marked_posts import build

SEED = 9
OUT = Path(__file__).with_name("blind9_set.jsonl")

# Forum posts: practitioners, foster carers, residential staff, students, care leavers.
CASE = r"""
Does anyone have a decent template for a pathway plan review? Ours is about 14 pages long and the young people glaze over by page two. Happy to share ours in return if it helps anyone.
§§
Quick one - is a s.20 placement still a "looked after child" for the purposes of the local offer? Manager says yes, IRO says it depends. Children Act 1989 seems clear to me but I'm second guessing myself now.
§§
had a horrible contact today. [[person_name:kayden]] kicked off in the car on the way back and we had to pull over on the hard shoulder. just needed to vent tbh, I'm ok
§§
Newly qualified and starting in a CIN team next month. Any tips for surviving the ASYE? Everyone keeps saying "protect your diary" but nobody tells you how.
§§
Foster carer here (8 years, mostly teens). Our lad has been offered a place at college but his PEP hasn't been updated since Year 11 and the virtual school won't release the bursary until it is. Who actually chases this - me, his SW or the designated teacher?
§§
Can someone sense check this for me before I send it to the panel? "Mrs [[person_name:Adeyemi]] has engaged with all sessions and demonstrated insight into the impact of her drinking on [[person_name:Tobi]]." Too much? Not enough?
§§
Really struggling with the new caseload. 27 kids, three in proceedings, two missing episodes this week alone. I love this job but I'm running on fumes. Anyone else in the North West feeling this?
§§
Update on the lad I posted about last week - [[person_name:Reece]] is back at [[institution:Fernhill Academy]] and they've agreed a reduced timetable until half term. Thank you all for the advice about asking for an EHC needs assessment, it made the difference.
§§
Will the new Working Together 2023 stuff change how strategy discussions are recorded? Our Mosaic forms still reference the 2018 version.
§§
Hope everyone's ok after the storms. Our office in Carlisle flooded again so we're hot-desking at the library for the foreseeable.
§§
Birthday cake dilemma! Our YP turns 18 on [[date_of_birth:14 March]] and wants a "leaving care party" at the home. Staff are split on whether it's appropriate. Thoughts?
§§
Reading list recommendation: "The Body Keeps the Score" by Bessel van der Kolk. Heavy going in places but it changed how I think about the teenagers I work with.
§§
does anyone know if the PA is allowed to give out their work mobile to care leavers? mine said she's not allowed, but the last one did
§§
Had a student placement at [[institution:Brookside Primary School]] and honestly it was the best learning I've had on the course. Practice educator was brilliant.
§§
Advice please. Birth mum has turned up at school twice this week asking for her daughter. School didn't let her in but [[person_name:Lily-Mae]] saw her through the gate and has been in bits since. The court order says supervised contact only. What should the school be doing?
§§
Not a question just a thank you. When I left care in 2016 I had nobody. Now I've got my own flat, a job at the Co-op and I'm doing an Open University course. To the PAs on here who keep going - it matters.
§§
Strategy meeting tomorrow at 10 for the sibling group. DS to bring the chronology. Reminder that we don't use first names in the room booking system, use the initials only.
§§
Mark my words, the new DfE funding for family hubs won't reach the front line. It never does.
§§
Has anyone used the Mind of My Own app with under-8s? Wondering if it's worth it or if the older kids get more out of it.
§§
Can anyone recommend a good solicitor for special guardianship in the Bristol area? Grandparents are self-funding and terrified of the cost. Family Rights Group have been great but they can't represent.
§§
Sorry if this is the wrong place. My son's social worker ([[person_name:Hannah]]) keeps cancelling visits and I don't know who to complain to. He's in foster care in [[address:Wellington Road]] area and I only get to see him once a month.
§§
On Friday I'm presenting the audit findings to the senior leadership team. Any advice on making the data less dry? It's mostly percentages of visits in timescale.
§§
Pls can someone explain NRPF to me like I'm 5. Family have come from Nigeria on a spouse visa, dad has left, mum has 3 kids and no recourse. Where do we even start with section 17?
§§
Our YP's ex keeps messaging her on insta from new accounts. Latest one is [[handle:@xx_dontblockme_xx]]. Police said to screenshot everything. Is there anything else we can do?
§§
Supervision tip that changed my practice: ask "what's worrying you that isn't on the form?" at the end of every session. Took it from Signs of Safety training years ago.
§§
Lovely news from our unit - one of our young women got her first class degree today from the University of Leeds! Whole staff team in tears. Grace under pressure doesn't even begin to cover it.
§§
Social Work England renewal - do CPD entries have to be linked to the professional standards now or is a reflective note enough? Deadline is the end of November and I've done nothing.
§§
Anyone else been asked to share a child's NHS number by email? School nurse wants [[person_name:Aaliyah]]'s NHS no. for the immunisation catch up, it's [[nhs_number:192 267 7779]] but I'm not comfortable emailing it over unencrypted.
§§
Family time went really well on Saturday. Grandad brought his dog and the twins were over the moon. Small wins!
§§
Re the thread about "unregulated placements" - Ofsted now registers supported accommodation for 16-17 year olds since October 2023. Anyone had an inspection yet?
§§
can u get the care leaver bursary if u did a foundation year first? uni says yes, council says no, im so confused
§§
Need some help with wording for a court statement. Dad says he has changed but he missed 4 of 6 drug tests. How do I say "not believed" without sounding judgmental?
§§
Looking for a foster carer recommendation for a 14 year old boy who loves football, is into Pokémon cards and is frankly hilarious. Anyone in Staffordshire with a space? DM me, don't post details here.
§§
Thanks [[person_name:Priya]], that was really useful. I'll raise it with my TM on Monday.
§§
Our manager [[person_name:Gail Hendry]] has said we can only claim mileage for the first visit each day. Is that even legal? Unison rep is on leave.
§§
Three weeks in and I still can't log into LiquidLogic from home. IT say it's a VPN issue. Anyone else? I'm writing everything on paper like it's 1995.
§§
Just watched "The Pact" on BBC. Wasn't expecting a storyline about kinship care. Anyone else seen it? Thought it was pretty realistic.
§§
Can a 16 year old refuse to go to an LAC review? Ours said he'll "go when pigs fly" and honestly I admire the commitment.
§§
Fostering allowance question: does the Christmas allowance come automatically or do we need to claim it? First year with our agency and we're in Wales so different rules?
§§
Really worried about a young person on my caseload. Mum's partner [[person_name:Dean]] has moved in and she's stopped coming to her youth club sessions. School say attendance dropped to 61%. I've booked a home visit for Thursday [[date:9th May]]. Does this reach threshold for a strategy discussion?
§§
Frank question: how many of you actually read the full psych report before panel? Be honest.
§§
Dear all, reminder that the team meeting on Wednesday is moved to the 2nd floor meeting room because of the fire door works. Bring your own mug.
§§
Carers in Kent - the county's training on therapeutic parenting has been rebooked. Dan Hughes is doing the keynote this year which is a big deal if you haven't heard him speak.
§§
Young person I support has got her first flat at [[address:Flat 4, 19 Beeston Road]] and is over the moon. Now trying to sort furniture via the leaving care grant. Any tips for getting stuff delivered quick?
§§
tbh the worst thing about being in care was never knowing who was coming through the door. 6 social workers in 3 years. nobody ever explained anything
§§
Urgent - anyone covering duty in the south team today? I need someone to do a welfare check at [[address:42 Cranbrook Avenue]], [[postcode:HU6 7RP]]. Mum isn't answering and the health visitor is worried. My mobile is [[phone:07700 900418]].
§§
So I've been fostering [[person_name:Jaylen]] for nearly two years and yesterday he called me mum for the first time. By accident, he was half asleep, but still. Had to go and sit in the car for a bit.
§§
Can anyone advise? Care leaver I work with has lost his NI number letter and the Jobcentre won't process his UC claim without it. He thinks it's [[ni_number:JK 48 29 17 B]] but isn't sure. Is there a quicker route than the HMRC form?
§§
Posting this anonymised as much as I can. 15yo girl, known to CAMHS, disclosed at school that a 19yo is picking her up most nights in a black Audi ([[vehicle_reg:KY19 XRT]]). We've done the CSE screening tool and it came back high. Police have the reg. What else should be in the safety plan?
§§
My YP's birthday is [[date_of_birth:22/08/2007]] so technically she's 18 already but the council are still treating her as a child for the purposes of the staying put arrangement. Is that right?
§§
Hi all, I'm a PA in Lancashire. Looking for advice on a tricky one. [[person_name:Tyler Bramwell]] (not his real name... actually it is, sorry mods please edit) has been evicted from his supported lodgings for the third time.
§§
reminder to self: ring mrs [[person_name:patel]] about the respite form before 3
§§
Anyone know [[person_name:Shaz]] from the Blackpool fostering team? She retired last year and I'd love to get a card to her. She placed our first child with us in 2009.
§§
The [[person_name:Kowalski]] family have asked if we can do the next review in Polish. Interpreter booked for [[date:17th June]] at 2pm. Any tips on working through interpreters in a review with 8 people in the room?
§§
Kid I mentor (let's call him J) has been excluded from [[institution:Oakwood Pupil Referral Unit]] now, which I didn't even know was possible. Where does he go from a PRU?
§§
The letter from the court says case number [[reference:LV23C01245]] and the hearing is on [[date:3 October]]. I'm the grandmother and I have no idea if I'm allowed to go in. Can anyone explain what a "party" is?
§§
Lost my work phone on the train and it had everything on it. Reported to IG straight away. Has anyone been through a data breach investigation? How bad is it going to be?
§§
DOB [[date_of_birth:04/11/2010]], NHS [[nhs_number:433 957 3361]] - sorry, wrong window!! Mods please delete
§§
Did the home visit with [[person_name:Becca]] today. Flat was spotless, fridge full, baby thriving. She's come so far since the pre-birth assessment. I wish the panel could see her the way I do.
§§
my foster sister [[person_name:lou]] has been moved again and no one will tell me where. were not allowed phones at the home so i cant even text her. is there anything i can do as her sibling??
§§
We've had a complaint from a neighbour at [[address:Rose Cottage]] that our young people are making noise late at night. Residential manager here - how do others handle neighbour relations without disclosing anything about the kids?
§§
Email me the referral form at [[email:k.obi.socialwork@gmail.com]] - our secure inbox is down again. I know, I know.
§§
Update: [[person_name:Mikey]]'s dad finally signed the s.20 consent. Placement starts Monday. Thanks for the advice on the other thread.
§§
Long post sorry.

I'm an adoptive parent. Our daughter came to us aged 3 and she's now 11. She has started asking about her birth family and she found her birth mum on Facebook - her profile is under [[person_name:Chelsea Marie Evans]] and she's posted pics of her new baby.

We've always been open about adoption but we weren't ready for this. Post-adoption support have a 12 week wait. Has anyone been through unplanned contact via social media? How did you handle it?
§§
Does anyone have contact details for the EDT in Calderdale? The one on the website goes to voicemail. I've got [[phone:01632 960 733]] but it just rings out.
§§
My nan is my kinship carer. She's 74 and got diagnosed with Parkinson's. Who decides if I can stay living with her?
§§
Our little one has her first day at [[institution:Little Acorns Nursery]] tomorrow and I'm more nervous than she is. Three years since she came to us with nothing but a carrier bag.
§§
Student SW here. My practice educator wants me to write up a case study of a family I worked with for my portfolio. Do I need consent or is anonymising enough? I was going to call them the Smith family but their actual surname is [[person_name:Smithson]] which feels too close lol
§§
Our house has been burgled and the kids' life story books were taken. We are devastated. We live off [[address:Derby Road]] in Lenton, so if anyone sees a blue holdall with photo albums please let the police know.
§§
Any advice on a 17yo who refuses to engage with his pathway plan? He told me to "get lost" (politer version) and said he'll sort his own life. His name is [[person_name:Connor]] and he's fiercely independent - I kind of respect it.
§§
I've been asked to complete the Form F for a couple, Mr and Mrs [[person_name:Achterberg]], who have three birth children and two dogs. Is it normal for panel to ask for a dog risk assessment? Never had to do one before.
§§
Posting for a friend: her son's been sectioned and is on [[institution:Ward 36]] at [[institution:Royal Preston Hospital]]. He's 16 and on an adult ward. Is that allowed?
§§
Hey all. Just a shout about my leaving care worker [[person_name:Darren Okafor]] who has gone above and beyond for me this year. He drove 90 miles on a Sunday when my flat flooded. Legend.
§§
Student loan sorted, bursary sorted, still waiting on my housing. Council have my reference as [[reference:HSG-2023-0889]] and say it's "in the queue". It's been 11 weeks.
§§
Stuck on a threshold question. Child ([[person_name:Amira]], 6) says she sleeps on the sofa because her bed is broken. Home conditions otherwise ok-ish. Mum is trying. Is this neglect or poverty? Honestly can't tell anymore.
§§
Practice educator here. I've got a student who keeps putting full names in her reflective logs. Today it was "[[person_name:Jordan Whitfield]], age 14, [[institution:St Aidan's C of E High School]]". How do you teach this without crushing them?
§§
If anyone's in Swansea on Saturday the care experienced choir is singing at the Grand Theatre. My daughter's in it and she'll kill me for posting but I'm proud!
§§
Found out today that [[person_name:big mike]] (the residential worker everyone loved) is leaving after 22 years. End of an era at our place.
§§
Panel date is [[date:21/09/2024]] and our assessing SW still hasn't sent us the report to read. Is that normal? We're first time adopters and really anxious.
§§
Writing up notes from last night. Staff called police at 23:40 when [[person_name:Ellie-Rose]] didn't return. She was found on [[address:Trinity Street]] near the bus station by BTP and returned at 02:15. RHI offered today. Anyone else struggle to get young people to take up return home interviews?
§§
Does anyone know if the carer's ID card needs the agency's Ofsted number on it? Ours says URN only and the school are querying it.
§§
Parent posting. I just want to say the way my case was handled was disgusting. The social worker (Ms [[person_name:Kaur]]) wrote things in the report I never said. I've got the recording of the meeting. Who do I complain to?
§§
Anyone else find the Ofsted ILACS framework changes confusing? Our DCS sent round a 40 slide deck and I'm none the wiser.
§§
omg just realised i left my lanyard at the childrens home. [[person_name:tash]] if ur reading this can u put it in my pigeonhole x
§§
Question for residential managers: what's your policy on young people having PlayStation headsets at night? We've had some worrying chats picked up on Fortnite and the team can't agree.
§§
Just got back from the Community Care Live event in London. The session on relational practice was brilliant. Slides are supposed to go up on their website next week.
§§
I'm a care leaver and I'm 23. My PA has just told me my support ends at 25 even though I'm still at uni. Is that right or should it carry on until I finish? I'm in Year 3 of a nursing degree.
§§
So proud of my foster son. He passed his driving test first time today! Car's a bit of a banger ([[vehicle_reg:LB07 HNM]]) but he bought it himself with his apprenticeship wages.
§§
Genuine question. Why do we still call it "contact" when the young people hate the word? Our children in care council voted to call it "family time" two years ago.
§§
Re: mileage. Will anyone be able to sign off claims this week? Payroll are all on leave and I'm owed £212. Brilliant.
§§
Can't stop thinking about a visit today. Dad answered the door holding the baby and there was a smell of cannabis so strong it made my eyes water. He told me I'd got the wrong house. I know I didn't. Mum is [[person_name:Shannon]], baby is [[person_name:Kai]], and I'm doing the strategy referral tonight. Sorry, I know I shouldn't use names. Just shaken.
§§
Hi everyone, I'm [[person_name:Oluwaseun]], a second year MA student at the University of Sussex. I'm doing my dissertation on care-experienced parents and looking for participants. Ethics approved. Message me if you'd like to know more.
§§
Is anyone else on the Frontline programme finding the academic workload brutal alongside the unit work? Just me then.
§§
Any recommendations for books for a 9 year old about going into care? We've got "Tom's Sunflower" but she's a bit old for it now.
§§
May I ask how others handle the "why can't I live with my mum" question at bedtime? Our girl is 7 and it comes up every single night.
§§
Young person's SIM has been blocked so she's using a new number - [[phone:07911 482 305]]. Can the team update the system pls? Also her new Snap is [[handle:amz.x.0508]].
§§
Lovely to meet so many of you at the BASW conference in Birmingham yesterday. Isabelle Trowler's speech on practice leadership got people talking!
§§
My SW says she's going to write a "chronology" about my family. What even is that and will I get to see it? I'm 16.
§§
Looking for honest reviews of fostering agencies in the South West. We're thinking of moving from the LA to an IFA. Don't want to name and shame here but PMs welcome.
§§
I work nights in a residential home. Last night [[person_name:Zainab]] from the sister home rang at 3am because one of their girls had taken an overdose. I just want to say the way that team handled it was incredible.
§§
Really useful article in the Guardian today about the Care Review one year on. Josh MacAlister doesn't pull his punches.
§§
Hiya, I used to be in care at [[institution:Highfield Lodge]] in the early 2000s. Does anyone know if the records from there went to the council or got destroyed when it closed? Trying to get my file.
§§
Good morning lovely people. Sun's shining in Cornwall and I've got no visits till 11. Small joys.
§§
Help! Young person has booked a holiday to Tenerife with her boyfriend for [[date:28 July]] and she's 17. We have parental responsibility shared with the LA. Can we stop her going?
§§
We took in an emergency placement over the weekend - a brother and sister, [[person_name:Archie]] (5) and [[person_name:Isla]] (3). They arrived at 11pm with no coats. Foster carers, what's in your emergency box?
§§
Neuro question: anyone had success getting an ADHD assessment via Right to Choose for a looked after child? GP said no because "he's under CAMHS" but CAMHS have a 2 year wait.
§§
Hope you all have a restful bank holiday. Remember to switch your out-of-office on!
§§
the new manager at our place is called [[person_name:jenna]] and shes actually sound. first one whos ever asked us what we want for the house
§§
Can I ask - when a baby is removed at birth, is the mum allowed to breastfeed during family time? We've got a mum at [[institution:St Mary's Hospital]] desperate to.
§§
Thread for sharing good news! I'll start: our adoption order was granted this morning. Judge was lovely, let our son bang the gavel.
§§
I'm coordinating a family group conference for the [[person_name:Khan]] family and trying to get the paternal side to engage. They live in Pakistan and the time difference is making it hard.
§§
In our LA the LADO threshold has changed. Anyone else noticed LADO referrals being bounced back more since the new guidance?
§§
Help with a reference: I'm writing one for a former foster child who's applying to the police. Is there a standard format? She's 22 now and she wants me to mention she lived with us.
§§
Any Welsh speakers? Young person wants his review done in Welsh and our IRO doesn't speak it. Cardiff council say they'll sort it but no date yet.
§§
My daughter is placed at [[institution:Meadowbank House]] and the staff won't let me ring her after 8pm. I'm her mum. I've got every right. Their number is [[phone:01632 960 271]] if anyone knows the manager.
§§
Think I've finally cracked recording in Mosaic without losing my mind: dictation software plus a template in OneNote. Happy to share the template.
§§
Parent here - the social worker turned up with a student and didn't ask if I minded. Then the student wrote in her notes that I "appeared dishevelled". I'd been on a night shift!! I'm [[person_name:Karen Mulholland]] and I want this on record somewhere.
§§
Our son's Life Story work has been done by someone who'd never met him. It's full of mistakes - it even says he was born at [[institution:Pinderfields]] when he was born at home. Who corrects this?
§§
CPD opportunity: free webinar on contextual safeguarding with the University of Bedfordshire. Tuesday evening, 7-8.30pm. Link in the events section.
§§
Anyone know how to handle a YP who keeps posting her location on TikTok? Her account is [[handle:@lacey_lou_x]] and she's tagged the home twice. We've spoken to her but she says it's her right.
§§
Grief question. One of our care leavers died last month. The funeral is on Friday [[date:12 April]] and staff want to go. Is there a policy on staff attending?
§§
Adopted in the 80s. Just found out through Ancestry that I have a half brother, [[person_name:Gareth]], who lives in Swindon. No idea if he knows I exist. How do people make first contact? Do I go through an intermediary?
§§
Right, rant incoming. Spent 3 hours on hold to the DWP today on behalf of a care leaver. 3 HOURS. Then they said they can't talk to me without him present. He was at work. Because he's trying to do the right thing.
§§
Does the Staying Put allowance count as income for Universal Credit purposes? Our carers in Derbyshire have been told conflicting things by the council and Citizens Advice.
§§
Bit of background first. I've been the kinship carer for my niece since she was 4. She's now 13 and in Year 8 at [[institution:Kingsmead School]]. Her mum (my sister) is in recovery and wants more contact.

Last week my niece came home from school and said her mum had been waiting outside. Nobody at school saw. I've asked for a meeting with the head but they keep saying Tuesday and then cancelling.

Do I have the right to insist on an SGO review? We've got an SGO from 2019.
§§
fyi the new duty number for our hub is [[phone:0113 496 0382]], the old one is being switched off friday. pls update your contacts
§§
Any Bengali speaking foster carers out there? We've got a lovely 10 year old who's struggling with English and really misses home food.
§§
Stop press: Become's care leaver covenant guidance has been updated. Worth a read if you're in a leaving care team.
§§
My foster daughter's new school want her full name, DOB and previous school for admission. That's fine, but they also want her birth parents' names for "safeguarding records". Is that standard? Her birth dad is a risk to her.
§§
Quick q - what's the postcode for the family court in Leeds? Need it for the satnav tomorrow and the letter doesn't have it.
§§
I'm 19 and I was in care. I want to see my files. My old social worker was Mrs [[person_name:Dolan-Price]], I think. Does it help to know who wrote them?
§§
Staff team night out booked for the [[date:6th December]]. Pub in the town centre, 7pm. Secret Santa limit £10. Don't get me another candle.
§§
I've got a young man on my caseload, [[person_name:Abdi]], 17, UASC, arrived from Sudan via Calais. The Home Office have disputed his age and want a Merton compliant age assessment. We've done two interviews. He's articulate, frightened, and everything about him says 16-17. How do you manage the power imbalance in these?
§§
Adoption support fund applications - is anyone still waiting months for approval? We applied in January.
§§
reaally struggling. my PA left and nobody has told me who my new one is. my flat is cold and the electric key has £2 on it. i dont know who to ring
§§
Reminder: Social Work Week is next month. Our branch is hosting a quiz. Teams of 6, £3 a head, proceeds to the Rees Foundation.
§§
Police have asked us to pass on that the car seen outside the home last night was a silver Corsa, reg [[vehicle_reg:FD66ZPA]]. If staff see it again call 999 and log it.
§§
Honestly EastEnders gets more right about social work than most dramas, and that's not saying much.
§§
My daughter was taken into care 6 weeks ago. I have a learning disability and I don't understand the papers. The social worker talks too fast. Is there anyone who can help me? I live in Wolverhampton.
§§
Our 12 yr old foster son has been invited to his birth brother's birthday party on Saturday. Brother is adopted and the adopters are lovely but we've been told it's "not in the plan". Who decides?
§§
Just had to tell a 6 year old she's not going home. That's all. Going to sit in the car for ten minutes.
§§
Hey - anyone who was at [[institution:Greenacres Children's Home]] in Rotherham between 1998 and 2003? Setting up a reunion group. Message me, don't post your details here.
§§
Any Newly Qualified SWs in the Midlands want to set up a peer support group? We could meet online once a month on Teams.
§§
The baby's NHS number on the discharge letter is [[nhs_number:8625265839]] but the GP has a different one. Which one do we use for the medical? Adoption medical is next week.
§§
Hi, I'm a school DSL. Can a social worker insist on interviewing a pupil at school without parents being told? Section 47 has been opened.
§§
Joy of joys, the printer is broken again and I've got a court bundle to do.
§§
For those asking, the training venue is [[address:27 Hebden Way]], [[postcode:WF17 6PL]]. Parking is tight so car share if you can.
§§
Leaving care grant is £2,000 here. What's it in your area? Ours hasn't gone up since 2018 and you can't furnish a flat for that.
§§
Young person's got a court date for the shoplifting charge, [[date:15/11]] at the youth court. She wants me there. I'm her PA - is that within my role? Manager is on leave.
§§
Anyone know a good therapist who does DDP in the West Midlands? Our adopted son (9) needs more than play therapy now.
§§
so my caseworker [[person_name:dave]] told me i can get a free railcard as a care leaver?? is that true? seems too good
§§
I've got a 15 year old who is being groomed online. We've gathered everything. His Discord username is [[handle:NightShade_2009]] and the adult he's talking to uses [[handle:blazer_uk77]]. CEOP referral done. What else?
§§
Really interesting discussion at our team day about "professional curiosity". Feels like a buzzword from every serious case review. Anyone got a good definition they actually use?
§§
Care leaver here, 21. Got a letter saying my council tax exemption ends but I thought it was until 25 in my area? I'm in Manchester.
§§
Our service user's mum keeps ringing the office asking for updates. She's not got PR. Do we have to tell her anything? Case ref [[reference:CIN-44720]] if anyone on my team is reading this.
§§
Foster carers: what do you do when your birth children and the foster child fall out badly? Ours are 14 and 15 and it's like World War Three at tea time.
§§
Agency worker question: day rate in London for a senior practitioner is sitting around £38-40 an hour at the moment. Is that what others are seeing?
§§
Mum has given consent for the assessment. Her NI number is [[ni_number:PR305781C]] and she's on ESA. Income maximisation referral done. Now we wait.
§§
My brother [[person_name:Josh]] and me were split up when we went into care. He's 12, I'm 18 now and I'm leaving care. Can I apply to be his kinship carer? I want him with me.
§§
Anyone had training on the new family help model? Our pathfinder started in April and it feels like nobody knows what it means yet.
§§
Lovely thing happened today. A young man I supported 10 years ago recognised me in Tesco and introduced me to his baby. He's doing brilliantly. That's why we do it.
§§
Long post, sorry. I'm a foster carer and we've had a little girl with us for 18 months. She's 8 and thriving. Now the LA want to move her to a family placement with an aunt she barely knows, in Scotland.

I have no standing in court. Our SW says we can "write a letter". The IRO has gone quiet.

Is there anything we can do? The Fostering Network helpline was kind but said it's very hard.
§§
Please can whoever took the blue lanyard from the hot desk return it to reception. No questions asked.
§§
Dad's new partner is [[person_name:Leanne Cartwright]], she's got previous for neglect in another authority. How do I check that without breaching data protection? Can I ring the other LA?
§§
Reading "Hidden" by Dr Karen Treisman at the moment. Anyone else found it useful for residential staff training?
§§
If your YP is stuck in a B&B, escalate, escalate, escalate. The Southwark judgment is clear. Don't accept "there's nothing else".
§§
PSA: the foster carer's hub at [[address:14 Harehills Lane]] is closed on Friday for a deep clean. Drop-in moved to the library.
§§
Cheers [[person_name:Rach]] for covering my visit on Tuesday. I owe you a brew.
§§
Anyone able to help with a transfer in? Family moved from Croydon to us last week. New address is [[address:Flat 12, Tennyson Court, 88 Mill Lane]], [[postcode:B23 7JH]]. Previous LA ref [[reference:CR/2022/18834]]. Their SW is on leave till the [[date:2nd of September]] and the file hasn't come over.
§§
hi im a care leaver and my birthday is [[date_of_birth:3rd june]] so i turn 21 soon. does my setting up home grant run out on my 21st??
§§
Could someone from the Wigan fostering team ring me back? I'm a carer and I've left two messages. [[person_name:Bernadette Quayle]], [[phone:07700 900 562]]. It's about the respite next weekend.
§§
His mum's email is [[email:sharon.w1982@hotmail.co.uk]] if the school need to send the permission slip direct. She doesn't have a printer.
§§
Sorry to ask again, it's [[ni_number:NX 62 14 93 A]] on the form but the bank says it doesn't match. Care leaver trying to open his first account. Any ideas?
§§
Not sure this is allowed but I'm desperate. My grandson [[person_name:Leo Marsh]], born [[date_of_birth:09/02/2013]], was moved from his foster placement yesterday and nobody will tell me where. I'm his nan. I've looked after him every weekend for 10 years.
§§
Just a heads up to colleagues: the family at [[address:Lowther Street]] have a dog that is NOT friendly. Do not go in without the owner putting it in the garden.
§§
cant believe it. got the keys to my first flat today!!! its only a studio in [[postcode:ls6 2qt]] but its MINE. thank u to my PA [[person_name:Nadia]] and everyone on here who answered my questions about council tax xx
§§
For the LAC medical tomorrow: child's NHS no. is [[nhs_number:117-846-8569]], GP is [[institution:Parkside Medical Centre]]. Foster carer will bring the red book. Can whoever's on duty confirm the interpreter?
§§
Right, so the dad's van was parked outside the school again today. White Vauxhall Vivaro, [[vehicle_reg:MA19 KLP]]. School have logged it and I've emailed the police liaison officer. He's not supposed to be within 500m.
§§
got a letter from the council with my tenancy ref on it ([[reference:TEN/55120/B]]) saying im in arrears but i pay every week by standing order?? anyone had this. im 19 and scared im going to lose the flat
§§
My supervising SW has asked me to send our weekly logs to her personal gmail ([[email:jo.marsden.sw@gmail.com]]) because the agency's portal keeps crashing. That can't be right, can it? We foster for an IFA in Essex.
§§
New starter induction pack says to send payroll your NI number and bank details by email. My NI is [[ni_number:WL735820D]] - joking, I haven't sent it anywhere, but seriously, is that normal practice? Feels like a phishing risk.
"""

# Published prose: news, press releases, inspection extracts, research, adverts and comments.
PROSE = r"""
The number of children looked after by local authorities in England rose again last year, according to figures published by the Department for Education. There were 83,840 children in care at the end of March, up 2% on the previous year, with the largest increases among 16 and 17 year olds and unaccompanied asylum-seeking children. The Local Government Association said councils were "at breaking point" and called on the Treasury to fund the reforms set out in Stable Homes, Built on Love.
§§
By Rachel Tibbs, social care correspondent. A foster carer from Barnsley who has looked after more than 60 children over three decades has been recognised in the King's Birthday Honours. [[person_name:Maureen Haigh]], 71, received an MBE for services to children and families. "I never set out to do anything special," [[person_name:Haigh]] said. "I just opened the door when the phone rang."
§§
Ofsted judged the council's children's services to be "good" overall, with "outstanding" leadership. Inspectors found that social workers knew their children well, that caseloads were manageable and that the local authority had made strong progress in reducing the use of unregistered placements since the last inspection in 2019.
§§
This study explores how care-experienced young adults in Scotland and Norway make sense of "home" after leaving care. Drawing on 42 narrative interviews conducted in Glasgow, Dundee, Bergen and Tromsø, we argue that home is experienced less as a place than as a set of relationships that must be actively maintained. Implications for aftercare policy are discussed with reference to the Promise and the Norwegian Child Welfare Act.
§§
Cllr Amanda Pearce, cabinet member for children and families at Stockport Council, said: "Every child deserves a loving home, and we are proud that more of our children in care now live with foster families in the borough. We want to thank our carers for everything they do and we are always looking for more people to join them."
§§
[[person_name:Nisha Chauhan]] wrote: This is exactly what happened to my brother. He was moved four times in a year and nobody ever asked him what he wanted. Glad someone is finally writing about it.
§§
Job advert: Senior Practitioner, Leaving Care Service. Salary £42,708 - £45,718 plus market supplement. We are looking for an experienced, registered social worker to join our friendly team in Telford. You will hold a small caseload of care leavers with complex needs and support newly qualified colleagues through the ASYE. Hybrid working, 27 days' leave and a laptop and phone provided. Closing date: end of the month.
§§
In her latest book, "The Child in Mind", the psychotherapist Dr Helen Marsh argues that the language of risk has crowded out the language of love in children's social care. It is a passionate, occasionally frustrating read, and it will not please everyone, but practitioners will recognise the families she describes and the system that too often fails them.
§§
The serious case review into the death of [[person_name:Lenny Sutcliffe]], aged 2, found that professionals "did not see the child" during 14 home visits in the months before he died. The review, commissioned by the Leeds Safeguarding Children Partnership, made 11 recommendations, including better information sharing between health visitors and the police.
§§
Barnardo's has launched a new campaign calling for every care leaver to have access to free mental health support until the age of 25. The charity's chief executive said young people leaving care were "too often left to navigate adult services alone at a time when they most need a trusted adult."
§§
Published: [[date:14 March 2023]]. The Children's Commissioner for England has published new data showing that hundreds of children in care are living more than 20 miles from home. Dame Rachel de Souza said the figures were "unacceptable" and called for a national strategy on placement sufficiency.
§§
[[handle:tired_sw_north]] replied: Two years in and I'm already burnt out. The only thing keeping me going is my team. Management have no idea.
§§
Social workers in Northern Ireland will receive a pay uplift backdated to April after the Department of Health confirmed funding for this year's award. Unison and BASW NI welcomed the decision but said it did not address the recruitment crisis in the sector.
§§
Contextual safeguarding, developed by Carlene Firmin at the University of Bedfordshire and now based at Durham University, recognises that young people can be harmed in settings beyond their families: schools, parks, shopping centres and online spaces. This guidance sets out how local partnerships can assess and intervene in those contexts.
§§
When [[person_name:Danielle]] first came to the project she was 17, pregnant and sofa-surfing. Today she has her own flat, a part-time job and her son is about to start nursery. "The staff never gave up on me," she says. "Even when I gave up on myself."
§§
Further reading: Working Together to Safeguard Children (2023); the Children's Social Care National Framework; Stable Homes, Built on Love; the Independent Review of Children's Social Care final report; and the Care Leaver Covenant annual report. All are available free on GOV.UK.
§§
Registered manager required for a new four-bed children's home in rural Shropshire. The home will support young people aged 11-17 with social, emotional and mental health needs. You will need a Level 5 Diploma in Leadership and Management for Residential Childcare (or be willing to work towards it) and at least two years' supervisory experience in a residential setting.
§§
The coroner recorded a narrative conclusion. She said there had been "missed opportunities" by the care home and the local authority, but could not say whether they would have changed the outcome. The family's solicitor said they would be considering the findings carefully.
§§
Staff at [[institution:Oakfield House]], a children's home in Kirklees, were praised by inspectors for "the warmth and consistency of their care". One young person told inspectors: "This is the first place that's felt like a home."
§§
In this episode of the Social Work Stories podcast, we talk to two practitioners from a family safeguarding team about motivational interviewing, burnout and why they still love the job. Available on Spotify, Apple Podcasts and YouTube.
§§
The conference closed with a keynote from Professor Eileen Munro, whose 2011 review of child protection reshaped the profession's thinking on bureaucracy and professional judgement. Munro told delegates that a decade on, the system had "relearned some of the wrong lessons".
§§
Posted by [[handle:FosterMumOf3]] on [[date:2 February 2022]]: We were told our allowance would go up in April. It didn't. When we asked, we were told it was "under review". Anyone else?
§§
A new app designed with care-experienced young people aims to make it easier to keep in touch with their personal advisers. MyCareApp, built by a Sheffield start-up with funding from the Nesta Innovation Fund, lets users book appointments, share documents and send quick check-ins. The company said it had worked with 30 young people over 18 months to co-design the features.
§§
The Government's response to the consultation confirmed that the ban on placing under-16s in unregulated accommodation will remain, and that new national standards for supported accommodation for 16 and 17 year olds will be enforced by Ofsted.
§§
Court reporters were allowed into the family court in Cardiff, Leeds and Carlisle as part of the transparency pilot. Sir Andrew McFarlane, President of the Family Division, said the pilot had shown that reporting could be done "responsibly and without identifying children".
§§
I have worked in child protection for twenty years and I have never seen morale this low. Colleagues are leaving for agencies, for schools, for anything. We talk a lot about "retention" as if it were a technical problem. It is not. It is about whether people feel the work is possible.
§§
Inspection report extract. Children's views are well represented in their plans. Most children see their social worker regularly and alone, and social workers are skilled in using direct work tools to understand children's wishes and feelings. However, the quality of management oversight is inconsistent, and in a small number of cases, decisions to step down to early help were made without a clear analysis of risk.
§§
"We weren't ready, but we were willing," says [[person_name:Tom Greaves]], who became a special guardian to his two grandchildren in 2020 after their mother died. [[person_name:Greaves]] and his wife [[person_name:Janet]] gave up their retirement plans in Spain to take on the children, now aged 9 and 11. "People talk about kinship care like it's a plan B. For us it was the only plan."
§§
The Fostering Network's annual State of the Nation survey found that two thirds of foster carers had considered leaving in the past year, with the cost of living, a lack of respite and poor communication with social workers the most commonly cited reasons.
§§
Social workers from Poland, Romania and Lithuania make up a growing share of the workforce in some English councils, according to research by the Centre for Social Work Practice. Many trained at universities in Kraków, Cluj-Napoca or Vilnius and came to the UK through international recruitment agencies. The report warns that overseas recruits are often placed in the hardest-to-fill teams with the least support.
§§
[[person_name:Kerry-Ann Doyle]] replied on [[date:3 May 2021]]: Thank you for writing this. I was a care leaver and my PA was the only consistent adult in my life. She still sends me a card every Christmas.
§§
Our Stepping Stones programme offers free, confidential support to parents who have had children removed from their care. Sessions run weekly in Hull, Grimsby and Scunthorpe. Parents can self-refer or be referred by a professional. For more information, visit our website or speak to your local family hub.
§§
The new pathfinder is being tested in Dorset, Lincolnshire and Wolverhampton, with a second wave of areas due to begin next year. Early findings from the evaluation, carried out by Ipsos and the Rees Centre at the University of Oxford, suggest families value having a single named practitioner.
§§
Book review. Karen Treisman's "A Treasure Box for Creating Trauma-Informed Organizations" is not a book you read cover to cover; it is a book you return to. Across two volumes she offers reflective questions, exercises and case vignettes for leaders who want to make their services kinder. It is not cheap, but for a team library it is worth every penny.
§§
Police are appealing for information after a 14-year-old girl went missing from a children's home in Telford. [[person_name:Skye Wetherall]] was last seen on Tuesday evening near the bus station. She is described as white, 5ft 4in, with long dark hair, and was wearing a grey North Face jacket.
§§
There is something uncomfortable about a profession that asks families to be honest with it while it struggles to be honest with itself. Social work has always had a complicated relationship with power. Until we talk about that openly, our talk of "partnership with parents" will ring hollow.
§§
The Department for Education has confirmed that the Staying Close programme will be rolled out nationally, giving young people leaving residential care access to support up to the age of 25. Ministers said the programme had helped care leavers to "build independence with a safety net".
§§
[[handle:sw_in_scotland]] commented: Interesting piece, but Scotland's been doing a lot of this since the Promise. Would be good to see more cross-border learning instead of reinventing the wheel.
§§
Abstract. Drawing on case file analysis (n = 312) and interviews with 28 social workers in three local authorities, this paper examines how pre-birth assessments are conducted in England. We find substantial variation in timing, with a third of assessments beginning after 30 weeks' gestation, and argue that late assessments undermine parents' capacity to demonstrate change.
§§
The charity Become has published a guide for care-experienced students applying to university, covering bursaries, year-round accommodation and how to tell a tutor about your background. It was written with the help of its Care Leaver Ambassadors, who said they wanted "the guide we never had."
§§
During the conference's afternoon session, delegates heard from [[person_name:Jade]], a 19-year-old care leaver from Middlesbrough, who described being moved 11 times before her sixteenth birthday. "Every time I moved I lost my school, my friends and my social worker," she said. "You stop unpacking."
§§
Applications are open for the Step Up to Social Work programme, a 14-month intensive route into the profession for graduates and career changers. Trainees receive a bursary and study towards a postgraduate diploma while gaining practice experience in a regional partnership of local authorities.
§§
Weekend reading: a moving long read in the Observer on the "lost generation" of care leavers from the 1970s; a sharp Twitter thread on the agency cap; and a new briefing from the Nuffield Family Justice Observatory on babies in care proceedings. #SocialWorkWeek #CareExperienced
§§
Mr Justice Hayden said the local authority had acted unlawfully in failing to seek the court's authorisation before depriving the 15-year-old of his liberty. The judge described the placement as "wholly inappropriate" and ordered a review of all similar arrangements in the authority.
§§
The council's press office confirmed that the former manager of [[institution:Ashdown Lodge]] children's home had been suspended pending an investigation. The home, which cares for up to five young people, was rated "requires improvement to be good" at its last Ofsted inspection.
§§
Rarely has a drama about the care system felt so true. "Ralph & Katie", the BBC spin-off from "The A Word", gives us a couple with Down's syndrome navigating marriage under the well-meaning gaze of social services. The performances are superb and the writing never condescends.
§§
Wales will become the first UK nation to end profit from the care of looked after children, after the Senedd passed the Health and Social Care (Wales) Act. Julie Morgan, who led the legislation as deputy minister for social services, said it was "a historic moment for children in care."
§§
Sponsored content. CareLinkPro is a cloud-based case management platform built for children's services. With integrated chronologies, automatic timescale alerts and seamless Microsoft 365 integration, CareLinkPro helps your teams spend less time on screens and more time with families. Book a demo today.
§§
[[person_name:Gary Osei]] wrote: As a foster carer for 15 years I can tell you the problem isn't recruitment, it's retention. Look after the carers you've got.
§§
Research summary. Children who experienced a change of school in Year 10 or Year 11 were significantly less likely to achieve grade 4 or above in English and maths, even after controlling for prior attainment and special educational needs. The effect was strongest for children in residential care.
§§
Our Family Group Conference service helps families come together to make a plan for their children. An independent coordinator will meet with everyone beforehand, help you invite the people who matter, and make sure the child's voice is heard. Conferences can take place in the evenings, at weekends and in your own language.
§§
For an informal conversation about the role, please call the team manager on [[phone:01632 960 847]] or email [[email:leavingcare.recruitment@northmoor.gov.uk]]. Interviews will be held in the week commencing [[date:18 November]].
§§
The Independent Review of Children's Social Care, led by Josh MacAlister, called for a "dramatic whole system reset" and estimated that £2.6 billion of new investment would be needed over four years. The review's recommendations included a new "Family Help" service, regional care cooperatives and a legal duty to provide lifelong loving relationships for children in care.
§§
Guidance note. Practitioners should record the child's own words wherever possible, using quotation marks, and should avoid jargon such as "LAC", "placement" and "contact" in documents the child may read. Where a child has chosen a preferred name or pronoun, this should be used consistently across the record.
§§
Care experienced poet [[person_name:Ashley Nwosu]] performed at the opening of the festival, reading from his debut collection "Files". [[person_name:Nwosu]], who grew up in foster care in Lambeth, said he wrote the poems after reading his own social care records for the first time at 21.
§§
The Nuffield Family Justice Observatory found that the number of newborn babies subject to care proceedings in England had more than doubled over a decade. Researchers at Lancaster University, led by Professor Karen Broadhurst, called for earlier, more consistent pre-birth support.
§§
From the Norwegian Barnevernet to the German Jugendamt, child protection systems across Europe have faced criticism from families and the international press. This seminar at the Université de Genève brings together scholars from Oslo, München and Bologna to compare how rights-based approaches are translated into everyday practice.
§§
Fundraising news: staff and young people from the Elm Tree Project walked the Yorkshire Three Peaks in June, raising more than £6,000 for the charity's hardship fund. The fund provides emergency grants for care leavers facing eviction, unexpected bills or the cost of a first week's food in a new home.
§§
[[person_name:Sam Reed]] wrote: My daughter was at [[institution:Hollins Grove Primary]] when all this happened and the school were amazing. The social workers, less so.
§§
Children in care are four times more likely to have a mental health difficulty than their peers, yet many wait months for an assessment. This briefing sets out what local areas can do now, including co-located CAMHS practitioners in social work teams and consultation models for carers.
§§
A father who was wrongly accused of abusing his baby son has won his appeal. The Court of Appeal ruled that the judge had placed too much weight on the evidence of a single expert. The father, who cannot be named for legal reasons, said he was "relieved beyond words".
§§
Register now for our free webinar on life story work with adopted teenagers. Our speakers include an adoptive parent, a therapist and a young adult who was adopted at the age of seven. The session will be recorded and shared with all registered attendees.
§§
Guest blog, first posted on [[date:10 September 2019]]. I left care four years ago and the thing I remember most is waiting: waiting in reception, waiting for call-backs, waiting for a form to be signed. If I can bank, shop and see a GP on my phone, why can't I send my leaving care worker a two-line update the same way?
§§
Community Care's annual survey of more than 1,000 social workers found that 85% had considered leaving their job in the past year. Respondents cited high caseloads, administrative burden and a lack of supervision. "I feel like a data entry clerk," one child protection social worker told the magazine.
§§
Local campaigner [[person_name:Bernie Flanagan]], whose foster son died in a supported housing unit, has called for an inquiry. "He was 17 and they left him in a room above a takeaway on [[address:Station Road]] with nobody checking on him," she said.
§§
The Welsh Government has introduced a basic income pilot for care leavers, giving every eligible young person £1,600 a month before tax for two years. An evaluation led by Cardiff University will report on the effects on wellbeing, education and employment.
§§
Ofsted's annual report noted a further fall in the number of children's homes rated good or outstanding, and raised concerns about the growth of large private providers. Yvette Stanley, then Ofsted's national director for social care, said sufficiency was "the biggest challenge facing the sector".
§§
Comments (3). [[handle:Mags_Fosters]]: Brilliant article. [[handle:DadOfFour]]: Where is the funding coming from though? [[handle:Harry_PA_Leeds]]: Shared with my whole team, thank you.
§§
Every year on the last Monday in October we celebrate National Care Leavers' Week. This year the theme is "belonging", and we want to hear from care-experienced people about the places, people and things that help them feel at home.
§§
The paper applies Bronfenbrenner's ecological systems theory to the experiences of kinship carers in South Africa, Kenya and the United Kingdom. It finds that informal kinship arrangements, while culturally valued, leave carers without the financial and legal recognition they need.
§§
Inspectors visited the home unannounced. At the time of the inspection, four young people were living at [[institution:Larkspur House]]. Staff had a good understanding of each young person's risks, and incidents of going missing had reduced significantly since the last inspection.
§§
In a statement, the Chief Social Worker for Children and Families said the new post-qualifying standards would "give every practitioner a clear line of sight to the knowledge and skills they need" and would be introduced alongside an early career framework.
§§
Family members paid tribute to [[person_name:Callum Bright]], 19, who died after being found unresponsive at his flat on [[address:Ripon Street]]. His former foster carer said he was "the funniest, kindest lad, who had just got his life together". An inquest has been opened and adjourned.
§§
LinkedIn, Instagram and TikTok are increasingly used by councils to recruit foster carers, with some authorities reporting that a majority of new enquiries now come through social media. The Local Government Association has published a short guide to running recruitment campaigns online.
§§
Letters. Sir, your article on agency social workers (Society, last week) misses the point. People leave permanent roles because the conditions are unbearable, not because agency rates are high. Fix the conditions and the rest will follow. Name and address supplied.
§§
The fostering service's statement of purpose sets out its aims and objectives, the services and facilities it provides, and its arrangements for complaints, supervision and the support of carers. It is reviewed annually and made available to carers, children and placing authorities.
§§
A mother whose three children were removed after she fled domestic abuse has spoken of her fight to get them back. [[person_name:Roxanne]], 29, from Sunderland, said she was told she had "failed to protect" the children from their father. "I left him. I did everything they asked," she said. The children returned home in the spring after a successful rehabilitation plan.
§§
Kinship, the charity formerly known as Grandparents Plus, has welcomed the Government's announcement of a kinship care strategy, but said the absence of a national allowance for kinship carers was "a glaring omission".
§§
About the author: Dr Priya Menon is a senior lecturer in social work at Manchester Metropolitan University. Her research focuses on the experiences of South Asian families in child protection, and her book "Between Two Worlds" was shortlisted for the BASW Book Prize.
§§
We are delighted to announce that [[person_name:Chantelle Moss]], one of the young people we have supported since she was 14, has been accepted onto a midwifery degree at the University of Nottingham. [[person_name:Chantelle]] said: "I want to be the person in the room that I needed."
§§
The Social Care Institute for Excellence has released a free e-learning module on the Mental Capacity Act for practitioners working with 16 and 17 year olds. It covers the presumption of capacity, best interests decisions and the interface with the Children Act.
§§
Letter to the editor, from [[person_name:Alan Pritchard]], [[address:7 Orchard Close]], Taunton: I was a foster carer for 25 years and I read your report on the shortage of carers with sadness but no surprise.
§§
Dr Ruth Gilbert and colleagues at UCL used linked education and health data to show that children who had been in care were more likely to have an emergency hospital admission for self-harm in adolescence. The study, published in the Lancet Public Health, calls for routine mental health screening at entry to care.
§§
Thread: I've been a residential support worker for six years and I want to talk about the night shift. Nobody sees it. The young person who can't sleep because it's the anniversary of the day they were removed. The one who knocks on the office door at 3am just to check you're still there. That's the job.
§§
Speaking at the National Children and Adult Services Conference in Bournemouth, the education secretary said the government would "put family help at the heart of a reformed system". The speech was welcomed by the Association of Directors of Children's Services.
§§
Posted [[date:17/01/2024]] by [[handle:residential_rach]]. Does anyone else find the new Ofsted SCCIF really unclear on restraint recording? We've had three different answers from three inspectors.
§§
The project, funded by the National Lottery Community Fund, pairs care-experienced young people with volunteer mentors for at least a year. An independent evaluation by the Centre for Evidence and Implementation found improvements in wellbeing and school attendance.
§§
On the second day of the trial, the court heard that [[person_name:Kieran Ashworth]], 34, of [[address:Beckett Street]], Wakefield, had contacted the girl through Snapchat using the username [[handle:k_ash_90]]. He denies all charges.
§§
Practice guidance on direct work recommends that practitioners see children in a range of settings, not only at home or school, and that they use play, drawing and activity-based methods to help younger children express their views. Children should be told what will happen with what they share.
§§
Sixteen young people from the Lincolnshire Children in Care Council presented their "Pledge" to the full council meeting. The pledge, written by the young people themselves, sets out ten promises the council makes to children in its care, from "we will knock before we come into your room" to "we will celebrate your birthday".
§§
What I wish I'd known as a newly qualified social worker: you will not be able to fix everything, and that is not the same as failing. Find the colleague who tells you the truth. Take your lunch break. Read the file, but then go and meet the family before you decide who they are.
§§
A Dutch study from Universiteit Utrecht and a Flemish team from KU Leuven compared family foster care in the Netherlands and Belgium, finding that placement breakdown was lower where carers had access to round-the-clock support. The authors recommend that services in 's-Hertogenbosch and Gent share their models more widely.
§§
Foster carers [[person_name:Paul]] and [[person_name:Hayley Jennings]] have cared for more than 40 children in their home in Ashby-de-la-Zouch. "We've had babies, teenagers and everything in between," said [[person_name:Hayley]]. "What keeps us going is seeing them grow."
§§
The Care Leavers' Association has published a guide to accessing your care records, including what to do when records are incomplete or heavily redacted. The guide explains the right of subject access under UK GDPR and how to make a complaint to the Information Commissioner's Office.
§§
This year's Social Worker of the Year awards ceremony took place at the Grand Connaught Rooms in London. Winners included teams from Hertfordshire, Camden and North Yorkshire. The awards are judged by a panel of practitioners, academics and people with lived experience.
§§
[[person_name:Mohammed Iqbal]] replied: I went through the same thing as a dad. Fathers get written out of the story so often. Thank you for including us.
§§
Guidance for foster carers on social media: do not post photos of children in your care, do not tag locations, and check your privacy settings regularly. Children may want to share their own stories online when they are older, and that should be their choice.
§§
Consultant social worker, Permanence Team. We are offering a £3,000 welcome payment and a protected caseload of no more than 12 children. You will lead on complex care planning, deliver training and act as a practice lead for our Signs of Safety implementation. Our offices are a short walk from Bradford Interchange.
§§
The reunion of former residents of [[institution:Nazareth House]] will take place on Saturday [[date:5 October]] at the parish hall. Former staff and residents are welcome. Organisers said they hoped to collect stories for an oral history archive.
§§
Researchers at the University of East Anglia have found that adopted children who have direct contact with birth siblings report a stronger sense of identity in adolescence. The study was carried out with families in Norfolk, Suffolk and Cambridgeshire over seven years.
§§
A Glasgow charity is offering free driving lessons to care-experienced young people. The scheme, run in partnership with the city council, covers up to 20 lessons and the cost of the theory and practical tests. Young people can apply through their throughcare worker.
§§
Police in Lancashire are appealing for witnesses after a 15-year-old boy was seen getting into a white Ford Transit, registration [[vehicle_reg:YX68 BRV]], near a retail park in Preston. Officers believe the boy may be at risk of criminal exploitation. Anyone with information should call 101.
§§
Obituary. [[person_name:Margaret Ellis]], who has died aged 82, fostered 112 children with her late husband [[person_name:Ron]] in their terraced house in Salford. She was born on [[date_of_birth:4 June 1941]] in Ordsall and left school at 14 to work in a mill.
§§
Case No: [[reference:ZC23C50087]]. IN THE FAMILY COURT SITTING AT EAST LONDON. Re X (A Child) (Deprivation of Liberty). This judgment was delivered in private. The judge has given leave for this version of the judgment to be published on condition that the anonymity of the child and members of the family must be strictly preserved.
§§
Venue: Friends Meeting House, Manchester [[postcode:M1 5QD]]. Registration from 9am, with the first session starting at 9.30. Lunch is provided. Please let us know about any access or dietary requirements when you book.
§§
The Rees Foundation supports care-experienced adults of any age, including those who left care decades ago. Its Care Experienced Conference brings together people who grew up in care in the 1950s, 60s and 70s with today's care leavers, and its helpline can help people trace their records and birth families.
§§
Podcast transcript, episode 12. HOST: So tell us how you got into fostering. GUEST: Honestly, it was an advert on the back of a bus. I rang the number the same night and my husband nearly fell off the sofa.
§§
Mental Health Awareness Week runs every May, and this year's theme is movement. We've put together a short list of free resources for foster carers, residential staff and young people, from walking groups to the NHS Couch to 5K app.
§§
The ombudsman found that the council had failed to assess a grandmother as a kinship carer for almost a year, leaving her to care for her two grandchildren without financial support. The council has agreed to apologise, pay her £4,500 and review its procedures.
§§
Pupils at [[institution:Westfield Community School]] raised £1,200 for a local fostering charity after being inspired by a classmate's story. The head teacher said the school was "incredibly proud".
§§
The All-Party Parliamentary Group for Looked After Children and Care Leavers heard evidence from young people about the impact of distance placements. MPs were told that children placed out of area were more likely to go missing and less likely to see their families.
§§
A review of the literature on relationship-based practice since Ruch, Turney and Ward's influential 2010 text suggests that the concept has become widely accepted in principle but remains difficult to sustain in organisations driven by performance indicators.
§§
Comment from [[handle:Mercian_SW]]: We stopped using the word "placement" two years ago and the young people noticed. Small changes matter.
§§
The care home, run by a private provider, was rated inadequate after inspectors found that a 16-year-old girl had been restrained 23 times in a month. Ofsted has issued a compliance notice and the provider has 28 days to make improvements.
§§
The book that changed my practice: "Reclaiming Social Work" by Goodman and Trowler. Ten years after it was published, its ideas about small units, systemic practice and shared risk still shape how many of us work, even where the model itself has been abandoned.
§§
Local social worker [[person_name:Stephanie Akhtar]] has been named Practice Educator of the Year. Colleagues described [[person_name:Akhtar]], who works in the council's fostering team, as "the person everyone goes to when it's hard".
§§
The Scottish Government has published The Promise Plan 2024-30, setting out the steps needed to ensure that every care-experienced child in Scotland grows up loved, safe and respected. The plan follows the Independent Care Review's 2020 report.
§§
Volunteers needed. Can you spare two hours a week to read with a child in care? Our Reading Buddies scheme matches volunteers with children aged 7 to 11 and sends a parcel of books to each child every month. Full training and DBS check provided.
§§
The Child Safeguarding Practice Review Panel's national review into the murders of two young children in Solihull and Bradford found that professionals lacked the "critical thinking and challenge" needed to identify risk, and recommended multi-agency child protection units in every area.
§§
Press release, [[date:28 February 2024]]. The council has today opened a new family hub in the town centre, bringing together health visiting, early help, housing advice and parenting support under one roof.
§§
A care leaver has described how she was left homeless on her 18th birthday. [[person_name:Tia]], now 20, said she was given a tent and a list of hostels. "I thought someone would come for me," she said. The council has since apologised.
§§
Our new fostering recruitment campaign, "Could You?", launches across Hampshire next week with adverts on buses, local radio and Facebook. The campaign features real foster carers from the county talking about why they chose to foster.
§§
Editorial. The children's social care workforce strategy has arrived, and it is not enough. An agency rule that caps pay without fixing workload simply moves the problem. What the profession needs is time: time to think, time to supervise, time to sit with a family without a deadline flashing on the screen.
§§
The training was delivered at [[institution:Brackenwood Secure Children's Home]] to a mixed group of residential staff, nurses and education staff. Feedback was overwhelmingly positive, particularly for the sessions on de-escalation.
§§
There are roughly 160,000 children living in kinship care in England, according to analysis of the 2021 census by Kinship and the University of Bristol. Most of these arrangements are informal, meaning carers receive no support from the local authority.
§§
In Canada, the Indigenous child welfare law known as Bill C-92 gives First Nations, Inuit and Métis communities jurisdiction over child and family services. Speakers at the Montréal symposium discussed lessons for the UK, including from practice with Gypsy, Roma and Traveller families.
§§
The Family Rights Group advice line offers free, confidential advice to parents, kinship carers and other family members whose children are involved with children's services. Advisers can explain what a child protection plan means, what happens at a family group conference and how to find a solicitor.
§§
"It felt like the walls had ears," says [[person_name:Marcus Bell]], 24, describing the supported accommodation where he lived at 17. [[person_name:Bell]], who now works as a peer mentor, says the building on [[address:Canal Street]] had CCTV in every corridor but no staff on site after 5pm.
§§
Job advert: Residential Support Worker (waking nights). £12.60 per hour plus enhancements. Full training including Team Teach, first aid and safeguarding. Progression to Level 3 Diploma funded. Apply online or call our recruitment line on [[phone:0161 496 0732]].
§§
The Association of Directors of Children's Services' latest Safeguarding Pressures report shows that referrals to children's social care have risen by a fifth over five years, while the number of child protection plans has remained broadly stable. The report's authors point to rising poverty and unmet mental health need.
§§
The research team interviewed 40 young people who had been in secure children's homes, many of whom described the experience as both frightening and, for the first time, safe. "It was the first place where the adults didn't leave," one participant said.
§§
Blog: Why I stopped writing "non-engagement". When a mother misses three appointments, we write that she is not engaging. We rarely write that the appointments were at 9am on the other side of the city, that she has no bus fare, or that the last time she met a social worker her children were removed. Language is practice.
§§
Comments are closed on this article. [[person_name:Liz Fairweather]] said: My granddaughter has lived with us since she was a baby and we've never had a penny. [[handle:kinship_gran_68]] said: Same here. It's a scandal.
§§
The Department for Education will publish updated statutory guidance on the use of restraint in children's homes later this year, following a consultation that received more than 600 responses. The guidance is expected to emphasise de-escalation and the recording of children's views after every incident.
§§
The author, a former Ofsted inspector, offers a brisk and practical guide to preparing for inspection. Readers hoping for a critique of the framework will be disappointed, but managers facing their first ILACS visit will find the checklists in chapter four invaluable.
§§
Fostering fortnight is the Fostering Network's annual awareness campaign. This year's theme is "Fostering Communities", celebrating the network of people, from teachers to neighbours to football coaches, who help children in foster care to thrive.
§§
A 16-year-old who was placed in a caravan park by a council has told a newspaper he felt "dumped". [[person_name:Jordan]], who cannot be fully named, said he was left there for six weeks with weekly visits from an agency worker. The council said the arrangement was "a short-term emergency measure".
§§
Members of the Children in Care Council took over the town hall for the day, with young people shadowing the chief executive, the director of children's services and the leader of the council. The event was part of a national Takeover Challenge run by the Children's Commissioner.
§§
An estimated 70,000 young people in England are "hidden" young carers, according to new analysis by Carers Trust. Many are not known to their school or local authority, and most have never had a young carer's assessment despite the duty in the Children and Families Act 2014.
§§
Useful links: GOV.UK - Children Act 1989 guidance and regulations, volume 2 (care planning); Coram BAAF - practice notes on adoption and permanence; Research in Practice - Evidence Scope on relationship-based practice; CoramVoice - the Bright Spots programme; Ofsted - social care common inspection framework (SCCIF).
§§
Case study. [[person_name:Ben]], aged 10, was referred to the service after his school noticed he was often hungry and tired. His mum, [[person_name:Kirsty]], was working two jobs and caring for her own mother. With a family support worker, she applied for free school meals and a carer's assessment, and [[person_name:Ben]] now attends a breakfast club.
§§
To book a place, email [[email:events@carefirsttraining.co.uk]] with your name, organisation and any access needs. Places are limited to 40 and are allocated on a first-come, first-served basis.
§§
The Welsh language standards mean that children and families in Wales have the right to receive social care services in Welsh. Practitioners should offer services in Welsh proactively, without waiting to be asked, as part of the "Active Offer" described in the More Than Just Words framework.
§§
In her column this week, the care-experienced writer Lemn Sissay reflects on the annual Christmas dinners he founded for care leavers, which now take place in towns and cities across the UK. "It is a simple thing," he writes, "a meal on the day that matters most, with people who chose to be there."
§§
The review found that the boy's school, [[institution:Parkview Academy]], had raised concerns about his weight on four occasions, but that these were not shared with the GP. His foster carer, referred to in the review as Carer A, told the panel she had not been given his full medical history.
§§
Applications for the Social Work England professional standards consultation close at the end of the month. The regulator is seeking views from social workers, employers, educators and people with lived experience.
§§
Workshop summary. Participants identified three barriers to using digital tools with young people: patchy Wi-Fi in children's homes, restrictive IT policies that block WhatsApp and Zoom, and a lack of training for staff. Several councils described workarounds using Microsoft Teams and the Mind of My Own app.
§§
Sponsored: Join the UK's biggest free online fostering information evening. Hear from experienced carers, ask questions anonymously, and find out about the support available in your area. No commitment, no pressure.
§§
[[person_name:Grace]] and [[person_name:Will Thornton]] started fostering after their own children left home. "We thought we'd have a quiet retirement," laughs [[person_name:Will]]. "Then we met our first teenager."
§§
Foster carers in Northern Ireland will receive an increase in their fostering allowances from April, the Health and Social Care Board confirmed. The increase follows a campaign by the Fostering Network in Northern Ireland and foster carers' union representatives.
§§
The Government has extended the Holiday Activities and Food programme, which provides free places at holiday clubs for children eligible for free school meals. The programme was expanded after the footballer Marcus Rashford's campaign during the pandemic.
§§
Sessional worker required to supervise family time at our centre in Huddersfield. Flexible hours including some evenings and weekends. Applicants must have a full driving licence and access to a car. To apply, send your CV to [[email:recruitment.fss@kirkdale-family.org.uk]] or ring [[phone:01632 960 519]].
"""


if __name__ == "__main__":
    build(CASE, PROSE, OUT, SEED)
