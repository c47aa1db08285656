"""Build heldout_set.jsonl: posts written after tuning finished, never used to tune.

Same marker format as build_eval_set.py; different names, places and phrasings.
Run: ``python tests/confidentiality/build_heldout_set.py``.
"""

import sys
from pathlib import Path

from build_eval_set import write

IDENTIFYING = [
    "Advice please. [[n:Demi]] is 13 and keeps going missing overnight, her mum thinks she's staying with an older boyfriend.",
    "I've been working with a dad called [[n:Wayne]] who has just got his first tenancy after years in hostels. Such a good day.",
    "My foster daughter [[n:Esme]] has her first overnight contact with her birth grandparents this weekend and I'm a nervous wreck.",
    "The strategy meeting on [[d:7th November]] agreed a section 47 but nobody has told the school.",
    "[[n:Mrs Fitzgerald]] rang the office in tears because her grandson's placement is ending.",
    "Our young person was seen at [[inst:Pinderfields Hospital]] after taking an overdose.",
    "He's at [[inst:Kingsmead Primary School]] and the head is brilliant with him.",
    "Anyone know [[inst:Larchwood Children's Home]]? We're thinking of it for a 14-year-old girl.",
    "Born [[dob:22/10/2010]], he's now 14 and in his fifth placement.",
    "She's registered with [[inst:Park View Surgery]] but the practice nurse says she's never attended.",
    "The family moved into [[ad:12 Wentworth Drive]] in the summer and the neighbours have already complained.",
    "Mum's new address is [[ad:Flat 7, 90 Harrow Road]], [[pc:W9 3RE]].",
    "Her mobile is [[ph:07831 246810]], she doesn't pick up withheld numbers.",
    "Please send the minutes to [[em:k.osei@bradford.gov.uk]] by the end of the week.",
    "NHS no. [[nhs:452 984 1537]] is on the discharge summary.",
    "National insurance number: [[ni:PR 55 61 72 A]]. Is it okay to put it in the pathway plan?",
    "Dad drives a white Transit, [[vr:BN21 WFT]], and has been waiting outside the school gates.",
    "Referral number [[ref:2023/118734]] relates to the earlier concerns.",
    "We still get emails quoting [[ref:CIN-40918]] even though the case closed last year.",
    "Her instagram is [[h:@lilmiss.tia06]] and she's got thousands of followers she doesn't know.",
    "My son [[n:Olly]] has just got a place on an apprenticeship. Three years ago he was in a secure unit.",
    "Really grateful to [[n:Bernadette]] in the leaving care team who sorted my council tax exemption.",
    "[[n:Tomasz]] arrived from Poland aged 12 with no English; he's now doing A levels.",
    "Does anyone have experience of [[inst:Fairfield House]]? It's a semi-independent placement for 16 and 17 year olds.",
    "I went to see [[n:Aunt Maureen]] who has offered to be a connected carer for the twins.",
    "The social worker before me, [[n:Gareth]], had a great relationship with the family.",
    "Contact centre is on [[ad:Bridge Street]] and the parking is a nightmare.",
    "He was born on [[dob:the 14th of July 2011]] according to his passport but the Home Office says otherwise.",
    "The two girls, [[n:Nevaeh]] and [[n:Lexi]], are being placed separately and it's heartbreaking.",
    "Can someone from the [[pc:CF24]] area recommend a family support group?",
    "After the review on [[d:19 September]], the plan changed to long-term fostering.",
    "Phone the duty desk on [[ph:0161 496 0752]] and say it's about a young person in police custody.",
    "[[n:Mr Nowak]], the landlord, is refusing to do the repairs.",
    "The school nurse, [[n:Joanne]], noticed the weight loss first.",
    "Hi, I'm [[n:Toby]], a second-year student on placement in adult services. Any reading recommendations?",
    "The baby's father, [[n:Shane Doherty]], has not been assessed.",
    "I'm worried about [[n:Kelsey]]. She told me her stepdad hits her but then took it back.",
    "The GP practice is [[inst:Oak Tree Medical Centre]] and they're happy to do the health assessment.",
    "Her YouTube channel is [[h:nia_vlogs_22]] and she talks about her placement in every video.",
    "Police ref [[ref:PN-558201]] for the missing episode on Saturday.",
    "We had [[n:Harrison]] for respite last weekend and he was an absolute delight.",
    "Dad was born [[dob:October 1986]] and has learning difficulties.",
    "The young person's keyworker, [[n:Marcia]], is off sick and there's no cover.",
    "Advocate from the charity, [[n:Sunita Rao]], has been amazing at the reviews.",
    "[[n:Declan]]'s mum has been sober for six months now.",
    "Transfer-in conference is on [[d:Monday 3rd]] at 11.",
    "Does [[inst:Ravenscroft Academy]] have a good inclusion unit? Thinking of a managed move.",
    "The car was registered to the uncle: [[vr:MX17 HDL]].",
    "Her DOB is [[dob:04-06-2012]] and she's in Year 7.",
    "Grandma's email is [[em:pauline.hargreaves@btinternet.com]] if the kinship team need it.",
]

CLEAN = [
    "Child D, 11, has been on a child protection plan since 2022 under the category of neglect.",
    "Young person C is 17 and wants to stay put with their foster carers after 18.",
    "Has anyone done the Level 5 practice educator course? Worth it?",
    "Core group is at 10:15 tomorrow, and the health visitor can't make it.",
    "He's Year 8 and being excluded every other week.",
    "The Adoption and Children Act 2002 is relevant here, not just the Children Act.",
    "Section 37 directions from the court are becoming more common in our area.",
    "The Mental Capacity Act 2005 code of practice is worth rereading for this.",
    "Ofsted's ILACS framework focuses on the experiences of children.",
    "The NSPCC helpline referred it to us.",
    "CAFCASS Cymru work slightly differently in Wales.",
    "The local authority did not seek an interim care order.",
    "The dad is trying, but he needs more support around routines.",
    "My supervisor says I should take the time off in lieu.",
    "The IRO and the virtual school head both chaired parts of the meeting.",
    "A children's home isn't always the worst option, whatever people think.",
    "The school were slow to share the attendance data.",
    "Her secondary school has a brilliant pastoral team.",
    "Today I had my first solo home visit. Nervous but it went fine.",
    "Honestly the best advice I got was to write up notes the same day.",
    "Mum was tearful throughout and dad didn't say much.",
    "Nan has offered to help with the school run twice a week.",
    "I will send the chronology over once it's finished.",
    "We'll have the training in May once the new cohort starts.",
    "The rose garden at the hospice was a lovely place for the family to meet.",
    "I hope the new manager listens more than the last one.",
    "Please mark the form as confidential before sending.",
    "There's a grace period of 30 days for the renewal.",
    "Will anyone be at the regional forum next week?",
    "Faith groups can be a real source of support for some families.",
    "Joy is not a word I'd use about the last inspection.",
    "In 2021 we moved to a hybrid working model.",
    "The Munro Review's emphasis on learning is still right.",
    "Barnardo's and Action for Children both run family hubs nearby.",
    "Become's advice line helped one of our care leavers with a housing issue.",
    "Social Work England's fitness to practise process takes far too long.",
    "What does everyone think of the new Working Together guidance?",
    "We use the Signs of Safety framework with a bit of systemic practice.",
    "The Independent Care Review in Scotland led to The Promise.",
    "The ICO has guidance on sharing information for safeguarding.",
    "Christmas Day on duty is actually quite calm, usually.",
    "Summer is when placements break down most in my experience.",
    "Autumn term PEPs need to be done within the first six weeks.",
    "Bill the hours to the correct cost code or finance will chase you.",
    "Frank feedback from young people is the best feedback.",
    "Dawn was breaking by the time the police left.",
    "Max caseload in our team is supposed to be 18.",
    "Grant funding for the project ends in March.",
    "Pat on the back to everyone who covered duty this week.",
    "Sterling work from the whole team during the inspection.",
]


def main() -> None:
    """Write heldout_set.jsonl beside this script."""
    write(IDENTIFYING + CLEAN, "heldout", Path(__file__).parent / "heldout_set.jsonl")
    print(f"wrote {len(IDENTIFYING)} identifying + {len(CLEAN)} clean posts", file=sys.stderr)


if __name__ == "__main__":
    main()
