"""Behaviour of the confidentiality guard: what it flags, what it leaves alone, how fast."""

import itertools

import pytest

from forum.confidentiality.guard import REASONS, Finding, highlight, scan
from forum.confidentiality.identifiers import nhs_checksum_ok
from tools.guard.bench import scan_against_word_split


def flagged(text: str) -> list[tuple[str, str]]:
    """The (kind, words) pairs the guard reports for ``text``."""
    return [(f.kind, text[f.start : f.end]) for f in scan(text)]


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("My client Jayden has gone missing again.", "person_name", "Jayden"),
        ("Jayden's mum rang the duty line.", "person_name", "Jayden"),
        ("A boy called Tyler disclosed at school.", "person_name", "Tyler"),
        ("The youngest, named Kayleigh, is two.", "person_name", "Kayleigh"),
        ("I met Mrs Patel at the panel.", "person_name", "Mrs Patel"),
        ("Thanks to Mr. O'Brien for his help.", "person_name", "Mr. O'Brien"),
        ("We saw Dr Okafor at CAMHS.", "person_name", "Dr Okafor"),
        ("The mum's partner Darren Walsh has previous.", "person_name", "Darren Walsh"),
        ("A girl called Grace is settling in.", "person_name", "Grace"),
        ("Grace Thompson from the virtual school rang.", "person_name", "Grace Thompson"),
        ("He was born 03/04/2009 in Leeds.", "date_of_birth", "03/04/2009"),
        ("DOB: 3.4.09, in residential care.", "date_of_birth", "3.4.09"),
        ("Her date of birth 3 April 2009 is wrong on the form.", "date_of_birth", "3 April 2009"),
        ("The hearing is on 12 March 2021.", "date", "12 March 2021"),
        ("The hearing is on 12/03/2021.", "date", "12/03/2021"),
        ("See you on the 3rd of May", "date", "3rd of May"),
        ("NHS number 943 476 5919 on the referral.", "nhs_number", "943 476 5919"),
        ("NHS number 9434765919 on the referral.", "nhs_number", "9434765919"),
        ("Her NI number is JT 48 21 93 C.", "ni_number", "JT 48 21 93 C"),
        ("They moved to LS6 2AB last week.", "postcode", "LS6 2AB"),
        ("She lives in B23 with her nan.", "postcode", "B23"),
        ("Ring me on 07912 345678 after six.", "phone", "07912 345678"),
        ("Landline is 0113 496 0000.", "phone", "0113 496 0000"),
        ("Email sarah.okafor@leeds.gov.uk for the form.", "email", "sarah.okafor@leeds.gov.uk"),
        ("Home visit at 14 Elm Road this morning.", "address", "14 Elm Road"),
        ("Nan lives at Flat 3, 22 Queen Street now.", "address", "Flat 3, 22 Queen Street"),
        ("He goes to St Mary's Primary School.", "institution", "St Mary's Primary School"),
        ("Placed at Oakwood Children's Home.", "institution", "Oakwood Children's Home"),
        (
            "The GP at Riverside Medical Practice refused.",
            "institution",
            "Riverside Medical Practice",
        ),
        ("A managed move to Hillcrest Academy.", "institution", "Hillcrest Academy"),
        ("Her insta is @kayz_x09 and it's public.", "handle", "@kayz_x09"),
        ("His snapchat is tyler.b_2009 now.", "handle", "tyler.b_2009"),
        ("Case ref 2019/04512 was closed.", "reference", "2019/04512"),
        ("See CR-33421 in the log.", "reference", "CR-33421"),
        ("We number them like LAC-2231 here.", "reference", "LAC-2231"),
        ("The car was AB12 CDE, a silver Corsa.", "vehicle_reg", "AB12 CDE"),
    ],
)
def test_each_kind_is_detected(text: str, kind: str, words: str) -> None:
    assert (kind, words) in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "I spoke to the mum this morning.",
        "Child A, aged 14, was seen at home.",
        "Young person B has asked for a different worker.",
        "There was a referral in 2019.",
        "It went to a section 47 enquiry.",
        "She was accommodated under s.20 for a while.",
        "Everyone needs Level 3 safeguarding training.",
        "The meeting is at 14:30.",
        "He is in Year 9.",
        "The Children Act 1989 is clear on this.",
        "The Care Act 2014 changed adult social care.",
        "Social Work England sets the standards.",
        "The NSPCC, Ofsted, Barnardo's and CAFCASS were all mentioned.",
        "The Munro Review said it all.",
        "Become and Coram both do good work with care leavers.",
        "The local authority has a duty here.",
        "Read Working Together to Safeguard Children 2023.",
        "The panel meets on Monday, not in August.",
        "My manager and the IRO agreed with the GP.",
        "He went to the school, then a children's home, and his primary school before that.",
        "Today was hard. Honestly, I nearly cried. Mum was there. Nan came later.",
        "I will try. The training is in May. She gave me a rose. There is hope.",
        "Mark the form as urgent. Is there a grace period?",
        "Faith matters to this family. Will the plan respect it?",
        "Theresa May and Boris Johnson both promised reform.",
        "The number on the referral was 123 456 7890.",
    ],
)
def test_ordinary_social_work_writing_is_not_flagged(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        # An unknown capitalised word mid-sentence is a person unless it is a place or brand.
        ("Sad news about Tendai today.", "person_name", "Tendai"),
        ("The new support worker is Ileana and she starts Monday.", "person_name", "Ileana"),
        ("Spoke to Oyelaran from the office.", "person_name", "Oyelaran"),
        # At a sentence start it needs a verb, an age, a possessive or a surname.
        ("Kwesi is back at home.", "person_name", "Kwesi"),
        ("Tendai (14) moved placements.", "person_name", "Tendai"),
        ("Callaghan was excluded again.", "person_name", "Callaghan"),
        ("Iolo Pritchard rang twice.", "person_name", "Iolo Pritchard"),
        ("Our YP is Zizi, 13, and settled.", "person_name", "Zizi"),
        ("Mirela's assessment is overdue.", "person_name", "Mirela"),
        # Accented letters belong to the name.
        ("Florin and Ștefan were both seen.", "person_name", "Ștefan"),
        ("We met Seán Ó Briain's aunt.", "person_name", "Seán"),
        ("I spoke to Siân Gruffydd.", "person_name", "Siân Gruffydd"),
        # Lower-case names after a cue, in casual posts.
        ("honestly my sw is kirsty and she never rings back", "person_name", "kirsty"),
        ("me and connor got moved the same day", "person_name", "connor"),
        ("i was with tegan all weekend", "person_name", "tegan"),
        # Lower-case months, family court numbers, usernames near a platform.
        ("the review got moved to the 9th of july", "date", "9th of july"),
        ("The order under case number MA24P00321 was sealed.", "reference", "MA24P00321"),
        ("She is always on insta. Her main one is lil.k_2011 apparently.", "handle", "lil.k_2011"),
        # Welsh names of schools, hospitals and streets; span edges.
        ("He started at Ysgol Gyfun Cwm Rhondda.", "institution", "Ysgol Gyfun Cwm Rhondda"),
        ("She was taken to Ysbyty Glan Clwyd.", "institution", "Ysbyty Glan Clwyd"),
        ("They live on Ffordd Newydd now.", "address", "Ffordd Newydd"),
        ("She goes to Little Owls Nursery.", "institution", "Little Owls Nursery"),
        ("He is at Holy Cross RC Primary School.", "institution", "Holy Cross RC Primary School"),
        ("Dad is in Flat 12, Beech Court.", "address", "Flat 12, Beech Court"),
    ],
)
def test_names_and_identifiers_without_strong_cues_are_detected(
    text: str, kind: str, words: str
) -> None:
    assert (kind, words) in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "They moved from Huddersfield to Rotherham last spring.",
        "The family fled from Kandahar and speak Pashto and Dari.",
        "She is Eritrean and speaks Tigrinya at home.",
        "Is Cafcass involved? Ofsted said no.",
        "We did a Teams call, then a Zoom, then WhatsApp.",
        "He is always on Snapchat and TikTok.",
        "The Liquidlogic system crashed again.",
        "Our Reg 44 visitor came on Thursday.",
        "Contact is at the family centre on Tuesdays.",
        "Care Leavers' Week starts soon.",
        "We apply the Fraser guidelines and Gillick competence.",
        "Victoria line was closed so I was late.",
        "Robin Hood Energy went bust years ago.",
        "Jordan is a long way to travel for contact.",
        "You can't rob Peter to pay Paul with placement budgets.",
        "I used Canva to make the life story book.",
        "the review got moved, we may meet 2 may instead",
        "i use snapchat for covid19 updates from school",
        "Ysgol is the Welsh word for school.",
    ],
)
def test_places_brands_and_things_are_not_flagged(text: str) -> None:
    assert flagged(text) == []


def test_nhs_checksum_separates_valid_from_invalid() -> None:
    assert nhs_checksum_ok("9434765919")
    assert not nhs_checksum_ok("9434765918")
    assert not nhs_checksum_ok("1234567890")  # check digit would be 10: never issued
    assert ("nhs_number", "740 718 8181") in flagged("NHS 740 718 8181")
    assert not any(kind == "nhs_number" for kind, _ in flagged("NHS 740 718 8182"))


def test_birth_cue_turns_a_date_into_a_date_of_birth() -> None:
    assert flagged("born 03/04/2009") == [("date_of_birth", "03/04/2009")]
    assert flagged("seen 03/04/2009") == [("date", "03/04/2009")]
    assert flagged("born in 2009") == []


def test_findings_are_sorted_non_overlapping_and_explained() -> None:
    text = "Jayden (DOB 3.4.09) at St Mary's Primary School, 14 Elm Road, LS6 2AB, 07912 345678."
    findings = scan(text)
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    assert all(a.end <= b.start for a, b in itertools.pairwise(findings))
    assert all(f.reason == REASONS[f.kind] and f.reason.endswith(".") for f in findings)
    assert "institution" in {f.kind for f in findings}  # not the saint's name inside it


def test_highlight_covers_the_text_exactly_once() -> None:
    text = "Ask Mrs Patel about 14 Elm Road."
    segments = highlight(text, scan(text))
    assert "".join(words for words, _ in segments) == text
    assert [words for words, finding in segments if isinstance(finding, Finding)] == [
        "Mrs Patel",
        "14 Elm Road",
    ]


def test_a_typical_long_post_scans_in_under_40_word_splitting_passes() -> None:
    """A ratio to a baseline timed alongside, not a rate: the machine may be busy."""
    post = (
        "Looking for advice on a case. The young person, I'll call him Child A, is 15 and in Year 10. "
        "He has been missing from his placement several times since Easter and the police are involved. "
        "His mum has a history with the local authority and the Children Act 1989 section 47 threshold was met in 2019. "
        "The IRO and my manager both think a move to a residential placement is the answer, but I'm not sure. "
        "He's doing well at school and has a good relationship with his form tutor. Working Together 2023 says "
        "we should be listening to him. The strategy meeting is at 14:30 on Thursday and I want to go in with a plan. "
    ) * 3
    assert 1_400 <= len(post) <= 2_000
    timing = scan_against_word_split([post] * 60)
    assert timing.ratio <= 40, f"{timing.ratio:.1f}x one \\w+ pass"


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        # A given name that is also a word, with a personal predicate and a pronoun.
        ("Liberty has settled in well and she loves her new room.", "person_name", "Liberty"),
        ("Sonny keeps asking when he can see his dad.", "person_name", "Sonny"),
        # After a word that takes a person, or before "and her"/"and his".
        ("We had a lovely session with Joy yesterday.", "person_name", "Joy"),
        ("I visited Mercy and her baby on Tuesday.", "person_name", "Mercy"),
        # A first name and a surname that is also a word of place.
        ("Tom Church is the new advocate and he starts Monday.", "person_name", "Tom Church"),
        # Lower-case names anywhere in casual posts; nicknames with a cue.
        ("cant believe i saw natalia at the leisure centre", "person_name", "natalia"),
        ("the boy upstairs, kacper, has been so kind to me", "person_name", "kacper"),
        ("it's jaz from the hostel, message me x", "person_name", "jaz"),
        ("dazza still hasnt paid me back for the pizza lol", "person_name", "dazza"),
        ("kemi if ur reading this i miss u", "person_name", "kemi"),
        # Handles shaped with dots or a trailing underscore, near a platform word.
        ("someone on snap called mia.lou keeps messaging her", "handle", "mia.lou"),
        ("add me on insta im dee.jay_ on there", "handle", "dee.jay_"),
        # Solid lower-case NI numbers and registrations.
        ("ni is ab445566d if that helps", "ni_number", "ab445566d"),
        ("the van was yk21abc again", "vehicle_reg", "yk21abc"),
        # An age in brackets with more words after it.
        ("Abdirizak (17, in semi-independent) wants to study.", "person_name", "Abdirizak"),
        # A birth word earlier in the same sentence.
        ("Her DOB is wrong on the letter, it says 2 May 2013.", "date_of_birth", "2 May 2013"),
        ("his birthday's the 3rd of march and he wants a cake", "date_of_birth", "3rd of march"),
        # A one-word home, named again alone; a home's name after a placing word.
        ("She was placed at Ashfield House. Ashfield is lovely.", "institution", "Ashfield"),
        ("He lived at Thornbrook for two years.", "institution", "Thornbrook"),
    ],
)
def test_word_names_casual_names_and_lower_case_codes_are_detected(
    text: str, kind: str, words: str
) -> None:
    assert (kind, words) in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hope is what keeps this team going.",
        "Faith has been a big part of the family's life.",
        "Summer is a hard time for contact arrangements.",
        "Grace periods are worth asking about.",
        "Will the review go ahead on Friday?",
        "Mark has been a reliable volunteer driver for the service.",
        "We went to Huddersfield and then to Wakefield.",
        "Santa came to the unit party and the kids loved it.",
        "Pics from the awards are on the website.",
        "Lemn Sissay's poems are on the reading list.",
        "Ring the NSPCC on 0808 800 5000 if you are worried.",
        "lol tbh still not sure what to do",
        "my new addy is sorted now thanks everyone",
        "wk12 was a long week",
        "see gov.uk for the forms on insta.",
        "snap.he said it was fine",
        "the ward is closed. Holly Ward is being refurbished.",
    ],
)
def test_word_names_helplines_and_chat_are_not_flagged(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        # A word of kinship or address before a name, even a word-name.
        ("the best part of that placement was aunty Patience", "person_name", "Patience"),
        ("We still visit Grandad Wisdom every Easter.", "person_name", "Wisdom"),
        # Brackets: a name after a person noun, a person described after a name.
        ("Her stepdad (Wojciech) rang the office twice.", "person_name", "Wojciech"),
        ("Clover (our 7 year old foster daughter) lost a tooth today.", "person_name", "Clover"),
        # Thanks and shout-outs, and a vocative opening a post.
        ("Massive thanks to Blossom and the team at the hub.", "person_name", "Blossom"),
        ("Temitope, if you're on here, your sister is looking for you.", "person_name", "Temitope"),
        ("thank u to kez and rio for sticking by me", "person_name", "kez"),
        ("thank u to kez and rio for sticking by me", "person_name", "rio"),
        # A family by its surname in the plural.
        ("We have a family, the Nowickis, who moved here in May.", "person_name", "Nowickis"),
        # Casual possessives without an apostrophe; "i'm ... btw".
        ("has anyone got kieras new number", "person_name", "kiera"),
        ("if anyone remembers the unit i'm amber btw", "person_name", "amber"),
        # Nicknames after "Big"/"Little" and after "we called".
        ("We had a call from Big Al last night at 2am.", "person_name", "Big Al"),
        ("the night worker we called Spud was the best", "person_name", "Spud"),
        # Schools named by their phase alone.
        ("She is at Oak Tree Primary now.", "institution", "Oak Tree Primary"),
        (
            "He goes to St Anne's Catholic Primary, near us.",
            "institution",
            "St Anne's Catholic Primary",
        ),
        # A word-name between commas after a person noun, then again alone.
        ("The eldest, Harmony, is 9. Harmony's school are lovely.", "person_name", "Harmony"),
        # A word-name paired with a plain first name.
        ("Pat and Derek were my foster carers for six years.", "person_name", "Pat"),
    ],
)
def test_kinship_brackets_thanks_families_and_nicknames_are_detected(
    text: str, kind: str, words: str
) -> None:
    assert (kind, words) in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Has anyone seen the new series of Hollyoaks or EastEnders?",
        "Bowlby, Ainsworth and Winnicott all come up in my essays.",
        "I loved Marian Keyes and Jacqueline Wilson growing up.",
        "Does anyone remember MySpace and Bebo?",
        "Uni says no. Ta.",
        "Moving to Brum next year, innit.",
        "We support Irish Traveller and Roma families across the county.",
        "So if you're a worker reading this, keep asking.",
        "Thanks to the council for finally fixing the boiler.",
        "Thanks to Covid the drop-in closed for a year.",
        "Bill and Ben would do a better job than our IT system.",
        "The move from Primary to Secondary is hard for our kids.",
        "She said the Primary Care Trust had closed years ago.",
        "The Simpsons was on in the lounge all afternoon.",
        "We had a cat called Biscuit at the unit.",
        "Hope this helps. Will do. Rose to the challenge.",
    ],
)
def test_public_figures_programmes_slang_and_peoples_are_not_flagged(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Idioms and set phrases with names in them; the name again later is no person.
        "Tick the box, sign here and Bob's your uncle.",
        "Bob's your uncle, said the trainer. Bob was nobody's uncle in that room.",
        "Murphy's law: the printer jams on the morning of panel.",
        "He's a Jack of all trades and a master of paperwork.",
        "That ramp is pure Heath Robinson.",
        "Some Smart Alec moved the key safe.",
        "Stop being such a Nosy Parker about the new neighbours.",
        "Don't be a Doubting Thomas, the plan might work.",
        "We're Even Stevens now on the tea round.",
        "Any Tom, Dick and Harry can walk into reception.",
        "It should be clear to Joe Bloggs reading the report.",
        # Shops, brands and devices with people's names.
        "She wants to go to Claire's to get her ears pierced.",
        "Alexa keeps playing the wrong radio station.",
        "Grabbed a meal deal from Greggs and a coffee from Sainsbury's.",
        # Fiction, films and television.
        "He wants to be Gandalf for World Book Day.",
        "We read Matilda together over half term.",
        "She went as Elsa to the Halloween disco.",
        "Watching the Ted Lasso episode about therapy made me cry.",
        "Is Tracy Beaker still on iPlayer?",
        # Pets, plants and toys.
        "Our YP has a cactus called Trevor.",
        "The puppy, Milo, chewed the review paperwork.",
        "We have a tortoise named Gerald who is older than me.",
        # Citations and author lists.
        "Featherstone, White and Morris on family-minded practice is worth a read.",
        "Attachment theory (Bowlby, 1969) still shapes the assessment form.",
        "Ainsworth et al. found four patterns.",
        "Ferguson's research on home visits changed how I plan mine.",
        # Universities, venues and roads.
        "He starts at Leeds Beckett in September.",
        "The parents' group meets in St Aidan's church hall.",
        "Our away day is at a hotel near the M6 J16.",
        "There's a crash at junction 16 of the M6 again.",
        # Welsh and other non-English words and festivals.
        "cariad, if you're reading this, it was never your fault.",
        "Hiraeth is the word I use for that feeling.",
        "The twins asked to celebrate Tết properly this year.",
    ],
)
def test_idioms_brands_fiction_pets_citations_venues_and_foreign_words_are_not_flagged(
    text: str,
) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("JB said at panel that she'd never approve it.", "person_name", "JB"),
        ("Present: KW (SW), Lorraine from health.", "person_name", "KW"),
        ("Is it OK to use his initials (TM) in the summary?", "person_name", "TM"),
        ("The hearing for A.J. is next week.", "person_name", "A.J."),
        ("Grace got her GCSE results today.", "person_name", "Grace"),
        (
            "Precious has been offered a place at college and she's thrilled.",
            "person_name",
            "Precious",
        ),
        ("does anyone remember auntie shaz from the youth club", "person_name", "shaz"),
        ("Me n jordan got kicked out of the flat lol", "person_name", "jordan"),
        ("kez and lils from my old house if ur reading this i miss u", "person_name", "kez"),
        ("i think her surname was mcbride or summat", "person_name", "mcbride"),
        ("The Hendersons have withdrawn from assessment.", "person_name", "Hendersons"),
        ("Has anyone been in front of HHJ Thornton?", "person_name", "HHJ Thornton"),
        ("> Hi Destiny, I can't do Thursday.", "person_name", "Destiny"),
        ("Ring me after 6. - Jan", "person_name", "Jan"),
        ("Actions: Seun to visit within 5 working days.", "person_name", "Seun"),
        ("Zoë and her sister start nursery on Monday.", "person_name", "Zoë"),
        ("He has been placed at Kilbride Secure Unit.", "institution", "Kilbride Secure Unit"),
        ("He's doing great at Scoil Mhuire.", "institution", "Scoil Mhuire"),
        ("Anyone got experience of Great Ormond Street?", "institution", "Great Ormond Street"),
        ("She lived at The Beeches before this.", "institution", "The Beeches"),
        ("It's Amarachi's 18th on 11th December.", "date_of_birth", "11th December"),
    ],
)
def test_round_five_identifiers_are_flagged(text: str, kind: str, words: str) -> None:
    assert (kind, words) in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "The IRO said the PEP was fine and the GP agreed.",
        "SW to update the plan; DSL to check with CAMHS.",
        "The U.K. rules differ from the U.S. ones.",
        "Kyle's mum rang about the dog.",
        "Hope we can sort this out before Friday.",
    ],
)
def test_acronyms_and_ordinary_words_are_not_initials_or_names(text: str) -> None:
    assert [f for f in flagged(text) if f[0] == "person_name" and f[1] != "Kyle"] == []
