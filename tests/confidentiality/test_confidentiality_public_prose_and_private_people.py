"""Published prose beside the private people it quotes: what the guard leaves alone, what it finds.

News reports, press releases, inspection extracts, blogs, comment threads, abstracts and
job adverts, with some case posts; every sentence was written for these tests and none
comes from a gold set. The clean ones name only places (in English and in their own
languages), products, organisations, campaigns, titles and people quoted in a public
role; the others name carers, parents, children, commenters and where they live.
"""

import pytest

from tests.confidentiality.findings import flagged, points_at

CLEAN = [
    # News reports and press releases: councils, places, officials and researchers in role.
    "Wrexham council's cabinet approved the new fostering allowance on Tuesday, with "
    "councillors praising the work of the fostering team.",
    "Speaking at the launch, Dr Sarah Okonkwo, the chief social worker for adults, said the "
    "framework would be reviewed in 2026.",
    "In Aberystwyth, volunteers from Home-Start run a weekly group for parents of babies.",
    "The pilot ran in Llanelli, Pontypridd and Merthyr Tydfil before being rolled out across Gwent.",
    "Families in Stornoway and on Barra said the nearest contact centre was a ferry ride away.",
    "Practitioners from Tromsø and Bergen described how the Norwegian model works in practice.",
    "Researchers at Cardiff University's CASCADE centre interviewed 40 care leavers for the study.",
    "Professor Donald Forrester, who led the evaluation, said the findings were encouraging.",
    "Children's minister Janet Daby visited the family hub in Lewisham on Friday.",
    "Secretary of State Bridget Phillipson announced the reforms in the Commons.",
    "Josh MacAlister, who chaired the review, said the system was under strain.",
    "Writing in the Guardian, columnist Polly Toynbee argued that cuts had hollowed out early help.",
    "Isabelle Trowler, the chief social worker for children, launched the knowledge and skills "
    "statement.",
    "Anne Longfield, the former children's commissioner, called for a national care leavers' "
    "guarantee.",
    "Dame Rachel de Souza said children's voices must be heard.",
    "Councillor Aled Roberts, cabinet member for education, said the school would stay open.",
    "Chief Inspector Martyn Oliver said the figures were deeply worrying.",
    "Detective Inspector Sian Howells of Dyfed-Powys Police urged anyone with information to "
    "come forward.",
    "Dr Ravi Menon, the trust's medical director, told the inquiry that staffing had improved.",
    "Report author Dr Emily Keddell, of the University of Otago, said the study was the first "
    "of its kind.",
    "A spokesperson for Kent County Council said it could not comment on individual cases.",
    "A neighbour, who asked not to be named, said the children were often seen outside late.",
    "By Harriet Coombes, social affairs correspondent",
    "Interview by Femi Adeyemi. Edited by Rosa Lindqvist.",
    "Photo: Nathan Brightwell/PA",
    "Our guest blogger this week is Jadwiga Leigh, senior lecturer at the University of Sheffield.",
    "Journalist Louise Tickle has reported extensively on the family courts.",
    # A place after a preposition or a comparison that opens the sentence.
    "By Tuesday, the team in Blaenau Ffestiniog had found a foster placement.",
    "Outside Inverness, provision is patchy.",
    "From Enniskillen, families travel two hours to the regional centre.",
    "Between Penrith and Carlisle there is no family hub at all.",
    "Like Tameside, Stockport has cut its use of agency staff.",
    "Unlike Hackney, Camden has kept its youth centres open.",
    "For Kirklees, the challenge is recruitment.",
    "From Dundee to Dumfries, Scottish councils report the same shortage of foster carers.",
    "We've fostered for eleven years now, first in Swindon and then in Chippenham.",
    "Last week we took the kids to Conwy Castle and then for chips in Llandudno.",
    # Places and organisations named in Welsh, Gaelic, Irish and other languages.
    "Ar draws Cymru, mae gofalwyr maeth yn gofyn am fwy o gefnogaeth.",
    "Tha an t-seirbheis ùr a' toirt taic do theaghlaichean ann an Steòrnabhagh.",
    "Delegates came from Gdańsk, Kraków and Wrocław to share their approach.",
    "The Irish agency Tusla runs services from Dún Laoghaire to Dún na nGall.",
    "The Danish town of Næstved piloted the model in 2019.",
    "Social workers in Kraków earn a fraction of what their colleagues in Oslo do.",
    "Cymdeithas Tai Clwyd and Grŵp Cynefin have both signed the pledge.",
    "The scheme is run by Comhairle nan Eilean Siar.",
    # Organisations, laws and events that open a sentence after a preposition.
    "At Barnardo's, we believe every child deserves a safe home.",
    "With Kinship, the national charity, the council has set up a peer support group.",
    "For Action for Children, the priority is early help.",
    "Under Labour's plans, every council would have to run a family help service.",
    "Since Covid, referrals to CAMHS have risen sharply.",
    "After Brexit, many European social workers left the UK.",
    # Products, apps and software, run together or ordinary words.
    "The app, called MindSpace, lets young people rate their day with emojis.",
    "Staff now record visits on Mosaic and share plans through Microsoft Teams.",
    "Foster carers can claim mileage through the Fostering Hub app or by emailing the finance team.",
    "Download the Kooth app or visit the Childline website for support.",
    "Apply via Indeed or through the Guardian Jobs website.",
    "We switched from ClearCare to Charms last spring and haven't looked back.",
    "Our carers use FosterTalk for independent advice and Ofsted's Parent View for feedback.",
    "Tools such as Signs of Safety, Brighter Futures and Safe and Together are widely used.",
    "The ReachOut programme pairs young people with a volunteer mentor.",
    "Book onto our next Skills to Foster course via Eventbrite.",
    "During lockdown, contact moved online via Zoom and FaceTime.",
    "Families on Universal Credit are eligible for the Holiday Activities and Food programme.",
    "Hestia, Refuge and Women's Aid have all reported a rise in calls.",
    "Data were analysed using NVivo 14 following Braun and Clarke's reflexive thematic analysis.",
    # Services, campaigns, events and titles of books, reports and programmes.
    "Stepping Stones, the council's edge-of-care service, supported 212 families last year.",
    "The campaign, Care Day, asked people to wear orange in solidarity with care-experienced people.",
    "Tickets for the Fostering Network's Fostering Excellence Awards go on sale next week.",
    "The report, Hidden in Plain Sight, found that kinship carers were routinely overlooked.",
    "Her memoir, The Girl Who Was Moved Twelve Times, is out in paperback this month.",
    "Listen to the latest episode of The Social Work Podcast, where we talk to a newly qualified "
    "practitioner.",
    "The Caring Together campaign was launched at Pride Cymru in Cardiff.",
    "Events this month include Kinship Care Week, Care Leavers' Month and Anti-Bullying Week.",
    "Join us for Walk for Wellbeing on Sunday, starting from Roath Park.",
    "The exhibition, Voices from Care, opens at the Senedd next month.",
    "Her book, Finding Nana, tells the story of growing up in kinship care.",
    "We read Wonder and The Boy at the Back of the Class in our reading group.",
    "Thousands joined the March for Care Leavers through Manchester on Saturday.",
    "Red Nose Day and Children in Need both fund projects in the area.",
    "This year's Pride of Britain award went to a Sunderland foster carer.",
    # Academic abstracts and citations.
    "Drawing on interviews with 32 kinship carers in Scotland, this article examines how informal "
    "arrangements become formal.",
    "Findings suggest that Bronfenbrenner's ecological model remains useful for understanding "
    "placement stability (Sebba et al., 2015).",
    "Participants were recruited through Become, Coram Voice and the Who Cares? Trust.",
    "A 2022 study by Hood, Goldacre and colleagues found that deprivation explains much of the "
    "variation.",
    "As Featherstone and colleagues have argued, a social model of protection is needed.",
    # Job adverts and inspection extracts.
    "Requirements: full UK driving licence, Level 3 Diploma in Residential Childcare, and an "
    "enhanced DBS check.",
    "Benefits include 28 days' annual leave, a Blue Light Card and access to Employee Assist.",
    "For an informal discussion, please contact the team manager on the number below.",
    "Children told inspectors they felt safe and that staff, including the manager, listen to them.",
    "The provider, Horizon Care Ltd, has responded to the requirements.",
    "Staff at the home have completed training in Team Teach.",
    # Case posts that name no one.
    "Does anyone have a good template for a chronology? Ours is a mess.",
    "Had my first panel today and survived. The chair was lovely.",
    "Any tips for direct work with a 7 year old who won't talk about home?",
    "Mum said she would come to the LAC review but didn't show up.",
    "Does anyone know whether the Staying Put allowance is taxable?",
    "We used the Three Houses tool and the Fairy and Wizard version with the younger two.",
    "Any recommendations for training on Theraplay or DDP in the Midlands?",
    "Carers in Rhondda Cynon Taf get a better rate than we do in Caerphilly.",
    "After Easter we start the Solihull Approach course.",
    "Went to the Fostering Network conference in Harrogate, really worth it.",
    "Working Together 2023 says the lead practitioner can be from any agency.",
    # More of each kind: bylines, credits, offices before a name, bodies in Welsh and Gaelic.
    "Speaking on Radio Wales, Dr Mererid Hughes, director of the Children's Commissioner's office, warned of a two-tier system.",
    "In Dunfermline and Kirkcaldy the pilot reduced the number of children entering care.",
    "Across Northern Ireland, trusts are struggling to recruit residential staff.",
    "The Scottish Promise, championed by Fiona Duncan, chair of The Promise Scotland, sets a 2030 deadline.",
    "Families from Brno and Ostrava now make up a growing share of referrals in Peterborough.",
    "Cyngor Gwynedd has launched a recruitment drive for Welsh-speaking foster carers.",
    "Mudiad Meithrin runs more than 500 cylchoedd across Wales.",
    "The app, KinConnect, was designed with kinship carers in Leicestershire.",
    "Volunteers from HomeStart and Buttle UK delivered hampers before Christmas.",
    "Our trainers use TalkTime and the MyVoice toolkit in every session.",
    "A report by Action for Children and the Children's Society called for more early help.",
    "Research by Bywaters and colleagues has shown the link between poverty and intervention.",
    "As Ferguson noted in his study of home visits, practitioners often feel unsafe.",
    "Police Scotland's Detective Superintendent Graham Lindsay said the operation had safeguarded 14 children.",
    "Shadow education secretary Laura Trott responded to the announcement.",
    "Children's commissioner for Wales Rocio Cifuentes said the law change was overdue.",
    "Her novel, The Weight of Small Things, follows a girl through three foster homes.",
    "The documentary, Growing Up in Care, airs on BBC Three next Tuesday.",
    "Tickets are available for the Care Leavers' Ball, held at the Titanic Hotel in Liverpool.",
    "The Big Lunch and the Great Get Together both take place in June.",
    "Illustration by Maya Osei-Bonsu",
    "Words: Daniel Kerrigan. Pictures: Aoife Brennan.",
    "Posted in Adoption, Kinship care, Practice",
    "Tags: fostering, allowances, Wales",
    "Trainee social workers at Bangor University spend their first placement in a family support team.",
    "Staff in Ynys Môn and Gwynedd share a single out-of-hours service.",
    "From Leeds, the route to the secure unit takes three hours.",
    "With Ofsted's new framework, inspections will look more closely at leadership.",
    "The service in Wrexham was rated good, while Flintshire's required improvement.",
    "We often hear about the Finnish approach, but less about what happens in Estonia.",
    "Has anyone used the Brook traffic light tool with a 12 year old?",
    "The new SGO support policy comes in from April, according to our manager.",
    "Our fostering panel now meets on Teams, which works surprisingly well.",
    "Anyone done the Mockingbird training? Is it worth it?",
    "Lots of LAC reviews this week and a strategy meeting on Friday.",
    "In Ceredigion, the council has closed two of its three residential homes.",
    "Around Lerwick, families rely on a single health visitor.",
    "Near Llandrindod Wells, a new respite centre will open next year.",
    "Delegates from Łódź and Poznań visited Rotherham to learn about family group conferences.",
    "Staff were trained in Dyadic Developmental Psychotherapy and Theraplay-informed practice.",
    "The charity's helpline, Parentline Plus, now runs a webchat.",
    "We use Clicky, a safeguarding app, to log concerns.",
    "Download the free MyFamilyHub app from the App Store or Google Play.",
    "Minister for Children and Social Care Janet Daby announced the funding.",
    "Superintendent Priya Shah of Greater Manchester Police said officers would be visiting schools.",
    "Director of children's services Matt Dunkley said the authority was proud of its foster carers.",
    "Professor Harriet Ward's research on infants and neglect remains influential.",
    "According to Munro, compliance had crowded out professional judgement.",
    "A review led by Sir Martin Narey made 34 recommendations.",
    "Writing for Community Care, Ray Jones argued that the market had failed.",
    "The Independent Review of Children's Social Care was published in May 2022.",
    "Anti-Bullying Week and Odd Socks Day both fall in November.",
    "Our Summer Fun Day will take place in Victoria Park.",
    "The Bright Spots programme, developed by Coram Voice and the University of Oxford, measures wellbeing.",
    "The study used the Strengths and Difficulties Questionnaire (Goodman, 1997).",
    "Following Bowlby and Ainsworth, attachment theory has shaped training for decades.",
    "Qualitative data were coded in NVivo, drawing on Charmaz's constructivist grounded theory.",
    "Photograph: Jonny Weeks for the Guardian",
    "Additional reporting by Sioned Parry.",
    "Job title: Independent Reviewing Officer. Location: Dolgellau. Contract: permanent, 37 hours.",
    "Apply by 5pm on Friday via the Cyngor Gwynedd jobs portal.",
    "Is anyone else's LA moving to Signs of Safety from Restorative Practice?",
    "So relieved, panel said yes to our match!",
    # A council's children's services, and bodies whose names end in what they are.
    "Ofsted rated Stockport's children's services outstanding in its latest inspection.",
    "Wigan's children's social care was praised for its work with care leavers.",
    "Cafcass and the Family Justice Board have agreed a joint protocol on delay.",
    "Islington's Family Group Conferencing service has won a national award.",
    "Hertfordshire's Family Safeguarding model has been adopted by 12 councils.",
    "Tameside's Family Hubs opened in March.",
    "The Care Quality Commission and the Youth Justice Board published a joint report.",
]

FLAGGED = [
    # A family's children, beside the councils' children's services above.
    ("Kayla's children were placed with her sister in the end.", "person_name", "Kayla"),
    ("Jayden's children's centre worker has been brilliant.", "person_name", "Jayden"),
    ("Okonkwo's family support worker visited on Monday.", "person_name", "Okonkwo"),
    ("Okonkwo's family have asked for more contact.", "person_name", "Okonkwo"),
    # Private people quoted in news reports, and their surnames on later mention.
    (
        "Ruth Abernethy, 34, from Bridgend, told the court she had not seen her son since March. "
        "Abernethy said she felt let down by every agency involved.",
        "person_name",
        "Ruth Abernethy",
    ),
    (
        "Ruth Abernethy, 34, from Bridgend, told the court she had not seen her son since March. "
        "Abernethy said she felt let down by every agency involved.",
        "person_name",
        "Abernethy said",
    ),
    (
        "The inquiry heard that Kieran Dunmore, then aged 15, had been reported missing 11 times.",
        "person_name",
        "Kieran Dunmore",
    ),
    (
        "Tom, 19, a care leaver from Bradford, said he was given two weeks' notice to leave his flat.",
        "person_name",
        "Tom",
    ),
    (
        "Ellie Marchbank, whose daughter was placed 200 miles away, said she felt powerless. "
        "Marchbank added that she had only seen her daughter twice.",
        "person_name",
        "Marchbank added",
    ),
    (
        "Grandmother Pauline Sneddon, 67, has cared for her three grandchildren since 2021. "
        "Sneddon said the kinship allowance barely covers school uniforms.",
        "person_name",
        "Pauline Sneddon",
    ),
    (
        "Grandmother Pauline Sneddon, 67, has cared for her three grandchildren since 2021. "
        "Sneddon said the kinship allowance barely covers school uniforms.",
        "person_name",
        "Sneddon said",
    ),
    (
        "Care leaver Amara Nwosu, now 22, is studying nursing at the University of Salford.",
        "person_name",
        "Amara Nwosu",
    ),
    (
        "The Winterbottom family, who adopted three brothers, spoke to us about the first year.",
        "person_name",
        "Winterbottom",
    ),
    (
        "Foster dad Callum Reid said: 'We just want to be listened to.' Reid, a former police "
        "officer, has fostered more than 40 children.",
        "person_name",
        "Callum Reid",
    ),
    (
        "Foster dad Callum Reid said: 'We just want to be listened to.' Reid, a former police "
        "officer, has fostered more than 40 children.",
        "person_name",
        "Reid, a former",
    ),
    (
        "Adoptive mum Kerry Lomax told us the support stopped the day the order was made. "
        "Lomax now runs a peer group in Rochdale.",
        "person_name",
        "Lomax now",
    ),
    # Comment threads: commenters' names and usernames.
    (
        "Nisha Chauhan wrote: I adopted two siblings in 2019 and this is spot on.",
        "person_name",
        "Nisha Chauhan",
    ),
    (
        "Reply from fosterdad_kev: couldn't agree more, the allowance hasn't moved in years.",
        "handle",
        "fosterdad_kev",
    ),
    ("Posted by tinyteacups88 on 3 May 2024 at 21:14", "handle", "tinyteacups88"),
    ("Posted by tinyteacups88 on 3 May 2024 at 21:14", "date", "3 May 2024"),
    ("@SWnorthwest thanks for sharing, will pass this on to our team.", "handle", "@SWnorthwest"),
    (
        "Replying to Gemma_B: yes, we were told the same by our supervising social worker.",
        "handle",
        "Gemma_B",
    ),
    ("Thanks Marcus, really helpful to read.", "person_name", "Marcus"),
    (
        "Useful threads: 'Contact after adoption' by adoptivemumof2 and 'Fees explained' by "
        "kinshipnana.",
        "handle",
        "adoptivemumof2",
    ),
    (
        "Useful threads: 'Contact after adoption' by adoptivemumof2 and 'Fees explained' by "
        "kinshipnana.",
        "handle",
        "kinshipnana",
    ),
    (
        "Comment by BrightSparkSW: this is exactly what happened in our authority.",
        "handle",
        "BrightSparkSW",
    ),
    (
        "Top comment from user northernfosterer: 'Pay carers properly.'",
        "handle",
        "northernfosterer",
    ),
    (
        "See also the thread started by CareLeaverCathy last year.",
        "handle",
        "CareLeaverCathy",
    ),
    # Blogs by carers and care leavers.
    ("Our youngest, Tegan, starts reception in September.", "person_name", "Tegan"),
    ("My husband Gareth does the school run while I do the night shifts.", "person_name", "Gareth"),
    (
        "When I started at the Beeches I had no idea what a PACE approach was.",
        "institution",
        "Beeches",
    ),
    # Inspection extracts and adverts naming a home or a school.
    (
        "Ofsted inspectors found that leaders at Brackenwood Children's Home had not acted on "
        "concerns.",
        "institution",
        "Brackenwood Children's Home",
    ),
    (
        "The home, on Larkspur Avenue in Oldham, was rated inadequate in March.",
        "address",
        "Larkspur Avenue",
    ),
    (
        "Leaders at Hillcrest Primary School work well with the virtual school.",
        "institution",
        "Hillcrest Primary School",
    ),
    (
        "Young people at Thornbury Lodge are supported to maintain links with family.",
        "institution",
        "Thornbury Lodge",
    ),
    (
        "A pupil at St Teilo's Church in Wales High School said staff helped her.",
        "institution",
        "St Teilo's",
    ),
    (
        "Referrals come via Ysbyty Gwynedd and the midwives across Anglesey.",
        "institution",
        "Ysbyty Gwynedd",
    ),
    (
        "One child said: 'Bev is the best, she always makes time for me.'",
        "person_name",
        "Bev",
    ),
    # Case posts: names, including first names the lists may not hold.
    (
        "Ms Eckersley (birth mum) has asked for contact to move to Saturdays.",
        "person_name",
        "Eckersley",
    ),
    ("Aunt Mairead has agreed to have the children over Easter.", "person_name", "Mairead"),
    ("Zainab's school have raised concerns about her attendance.", "person_name", "Zainab"),
    (
        "Met with dad (Tomasz Wierzbicki) at the contact centre.",
        "person_name",
        "Tomasz Wierzbicki",
    ),
    ("Kacper told his teacher that he had not eaten since Sunday.", "person_name", "Kacper"),
    (
        "I'm the SW for a 14 year old lad, Rhodri, who keeps going missing.",
        "person_name",
        "Rhodri",
    ),
    (
        "Sorry to post again. Lacey's contact with her dad has been cancelled for the third time.",
        "person_name",
        "Lacey",
    ),
    (
        "Thank you to Oluwaseun and the team at the contact centre.",
        "person_name",
        "Oluwaseun",
    ),
    (
        "Yesterday Ifeoluwa told me she wants to go back to her mum's.",
        "person_name",
        "Ifeoluwa",
    ),
    ("Nkechi has settled really well with her carers.", "person_name", "Nkechi"),
    ("The IRO, Bronagh, wasn't happy with the plan.", "person_name", "Bronagh"),
    (
        "Went to see Eilidh and her little brother at the new placement.",
        "person_name",
        "Eilidh",
    ),
    ("Dad (Radu) did not attend.", "person_name", "Radu"),
    ("Saoirse's foster carer rang to say she'd been sick.", "person_name", "Saoirse"),
    (
        "Worried about Tafadzwa, who hasn't been at college for two weeks.",
        "person_name",
        "Tafadzwa",
    ),
    (
        "Our supervising social worker Ffion came out yesterday.",
        "person_name",
        "Ffion",
    ),
    ("Keeley-Ann's nan is applying for an SGO.", "person_name", "Keeley-Ann"),
    ("Visited Anwen at school; she was quiet but engaged.", "person_name", "Anwen"),
    (
        "I told Marchetti's solicitor we would not agree to unsupervised contact.",
        "person_name",
        "Marchetti",
    ),
    ("We're going to court on 12th March for the final hearing.", "date", "12th March"),
    # Case posts: addresses with and without a number.
    ("Visited the family at 23 Brook Lane, Stockport. Dad was out.", "address", "23 Brook Lane"),
    (
        "The boys are staying with their nan on Hollins Street for now.",
        "address",
        "Hollins Street",
    ),
    (
        "Young person now living on Fernhill Drive in a supported flat.",
        "address",
        "Fernhill Drive",
    ),
    ("Placement is at Willowbrook Farm just outside Hexham.", "address", "Willowbrook Farm"),
    ("Mum has moved to Cromwell Terrace, off the main road.", "address", "Cromwell Terrace"),
    ("His gran lives at number 9, Ash Grove.", "address", "Ash Grove"),
    ("Dad is now living above the chip shop on Mill Street.", "address", "Mill Street"),
    (
        "The family were evicted from their flat on Tudor Road last month.",
        "address",
        "Tudor Road",
    ),
    (
        "She's been sofa surfing at a mate's on Gorse Hill Crescent.",
        "address",
        "Gorse Hill Crescent",
    ),
    ("Mum has been rehoused to Ladysmith Avenue.", "address", "Ladysmith Avenue"),
    (
        "Grandparents' house is on Marlowe Close, two minutes from school.",
        "address",
        "Marlowe Close",
    ),
    (
        "Lives with maternal grandmother Agnieszka at 4 Heol Tawe, Ystalyfera.",
        "person_name",
        "Agnieszka",
    ),
    (
        "Lives with maternal grandmother Agnieszka at 4 Heol Tawe, Ystalyfera.",
        "address",
        "4 Heol Tawe",
    ),
    # More of each kind: reports, comment threads, case posts.
    (
        "Kinship carer Maureen Tighe, 71, says she has had no support since taking on her grandson. Tighe said the council stopped answering her calls.",
        "person_name",
        "Maureen Tighe",
    ),
    (
        "Kinship carer Maureen Tighe, 71, says she has had no support since taking on her grandson. Tighe said the council stopped answering her calls.",
        "person_name",
        "Tighe said",
    ),
    (
        "Care leaver Jamal Osei, 20, was placed in a hostel with adults on his 18th birthday.",
        "person_name",
        "Jamal Osei",
    ),
    ("Posted by kinshipgran62 on 14 February 2024", "handle", "kinshipgran62"),
    ("Reply by SWstudentLiv: we learnt about this in our second year.", "handle", "SWstudentLiv"),
    (
        "Comment from user dadof3boys: how do I find out what we're entitled to?",
        "handle",
        "dadof3boys",
    ),
    (
        "Sanjay Mistry wrote: the same thing happened with our son's EHCP.",
        "person_name",
        "Sanjay Mistry",
    ),
    ("Thanks for this, Rhiannon. I'll share it with our team.", "person_name", "Rhiannon"),
    ("Our eldest, Keziah, has just got her first job.", "person_name", "Keziah"),
    ("Visited Dumisani at his new supported lodgings.", "person_name", "Dumisani"),
    ("Mum's partner, Wojciech, has moved back in.", "person_name", "Wojciech"),
    ("Grandad has moved into a flat on Gladstone Street.", "address", "Gladstone Street"),
    (
        "The children are currently staying at their aunt's on Birchfield Road.",
        "address",
        "Birchfield Road",
    ),
    ("He was rehoused in Chapel Row after the fire.", "address", "Chapel Row"),
    ("We went to see Saffron at the unit; she was asleep.", "person_name", "Saffron"),
    ("Older sibling Dionne (16) is staying with friends.", "person_name", "Dionne"),
    ("'Kez is my best mate,' she told me.", "person_name", "Kez"),
    (
        "The manager at Meadowbank Children's Home didn't return my calls.",
        "institution",
        "Meadowbank Children's Home",
    ),
    (
        "Inspectors said children at Fernlea House were not always safe.",
        "institution",
        "Fernlea House",
    ),
    (
        "Harrison's mum, Stacey Broadbent, told the hearing she wanted him home.",
        "person_name",
        "Stacey Broadbent",
    ),
    ("Broadbent told the court she had stopped drinking.", "person_name", "Broadbent"),
    (
        "Foster carers Neil and Joanne Sutcliffe have looked after 60 children in 25 years.",
        "person_name",
        "Joanne Sutcliffe",
    ),
    ("Dad turned up at 6 Meadow View without warning.", "address", "6 Meadow View"),
    ("My client Blessing is due to give birth on 3rd October.", "person_name", "Blessing"),
    ("Update from Tanisha: she's passed her driving test!", "person_name", "Tanisha"),
    (
        "Kinship carer Debbie Hesketh, 58, said she had used her savings. Hesketh added that the council never rang back.",
        "person_name",
        "Hesketh added",
    ),
    (
        "Father of three Gavin Thwaites told the hearing he had not been told about the meeting.",
        "person_name",
        "Gavin Thwaites",
    ),
    ("Posted by mumof4fostering on 2 March 2023", "handle", "mumof4fostering"),
    (
        "Comment by CaringNanaJo: we waited two years for a kinship assessment.",
        "handle",
        "CaringNanaJo",
    ),
    ("Reply to adoptiondad1978: totally agree with you.", "handle", "adoptiondad1978"),
    ("Emeka's social worker has changed three times this year.", "person_name", "Emeka"),
    (
        "We've got a sibling group of three, Tiegan, Kaydon and Mya, placed together.",
        "person_name",
        "Kaydon",
    ),
    ("Dad (Mihai Popescu) has requested contact at the centre.", "person_name", "Mihai Popescu"),
    ("The baby, Alesha, was born on 4 January.", "person_name", "Alesha"),
    ("The baby, Alesha, was born on 4 January.", "date_of_birth", "4 January"),
    ("She is living with her boyfriend on Kirkstall Road.", "address", "Kirkstall Road"),
    ("Mum has a tenancy on Wellington Street in Batley.", "address", "Wellington Street"),
    ("Dad has been housed at Ravenscroft Court.", "address", "Ravenscroft Court"),
    ("Young person was found sleeping at 12 Moor Lane.", "address", "12 Moor Lane"),
    ("Our foster daughter Nevaeh has started Year 7.", "person_name", "Nevaeh"),
    ("'Tyrese never listens,' his teacher told me.", "person_name", "Tyrese"),
    ("Grandma Folasade is coming to the review.", "person_name", "Folasade"),
    ("Catching up with Ciaran at the drop-in on Thursday.", "person_name", "Ciaran"),
    ("The children attend Greenfield Primary School.", "institution", "Greenfield Primary School"),
    (
        "Admitted to Ward 9 at Pinderfields Hospital overnight.",
        "institution",
        "Pinderfields Hospital",
    ),
]


@pytest.mark.parametrize("text", CLEAN)
def test_published_prose_and_case_posts_naming_no_one_are_clean(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(("text", "kind", "words"), FLAGGED)
def test_private_people_and_their_addresses_are_flagged(text: str, kind: str, words: str) -> None:
    assert points_at(text, kind, words), flagged(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # A title kept before a surname: a local person, whatever the role before it.
        ("The school secretary Mrs Jones rang me about attendance.", "Mrs Jones"),
        # A commenter's own name is no username.
        ("Comment by Sandra Okafor: thank you for writing this.", "Sandra Okafor"),
        # A local role before or after the name is no public office.
        ("Our panel chair Sandra Jones was lovely to us.", "Sandra Jones"),
        ("Mum is with Gareth Evans, director of a building firm.", "Gareth Evans"),
        ("Mum is Joanne Sutcliffe, a foster carer for Kirklees.", "Joanne Sutcliffe"),
        # An opening word of a sentence is no title of a thing.
        ("Thinking of Tafadzwa today, it would have been her 18th.", "Tafadzwa"),
        # Someone saying something is no scholar noting it.
        ("As Oyelaran said at the meeting, nobody told her.", "Oyelaran"),
        # A person listed beside places is still a person.
        ("Went to see Nkechi in Leeds and Bradford with her carer.", "Nkechi"),
    ],
)
def test_private_people_beside_the_public_shapes_are_still_flagged(text: str, words: str) -> None:
    assert ("person_name", words) in flagged(text)
