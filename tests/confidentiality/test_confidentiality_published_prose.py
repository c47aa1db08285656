"""Published prose (articles, reports, comment threads): brands, places and commenters.

Sentences written for these tests, in the style of social-care journalism and blogs;
none is taken from an evaluation set.
"""

import pytest

from forum.confidentiality.guard import scan


def flagged(text: str) -> list[tuple[str, str]]:
    """The (kind, words) pairs the guard reports for ``text``."""
    return [(f.kind, text[f.start : f.end]) for f in scan(text)]


@pytest.mark.parametrize(
    "text",
    [
        # Products, apps and display names run together from ordinary words.
        "The charity uses SharePoint for its case files and OneDrive for everything else.",
        "We ran the survey through SurveyMonkey and shared the link on Instagram and WhatsApp.",
        "MyLife and MindMate are both free for young people in the area.",
        "Young people can log their mood in the MyLife app, which the council funds.",
        "Practitioners complained that LiquidLogic crashed twice during the inspection week.",
        "Several managers now post vacancies on LinkedIn rather than in the trade press.",
        "CaringDad says: this is exactly what happened to us.",
        # A place after a preposition that opens the sentence, or after "in" and the like.
        "In Leeds, the number of children in care rose by 8% last year.",
        "In Bolton the service was rated good.",
        "Across Wales, local authorities are reducing their use of private providers.",
        "In Chelsea, the council cut its youth services.",
        "Across Jordan and Syria, families wait years for resettlement.",
        "The hearing in Abuja was adjourned until the spring.",
        # Places named in Welsh, Gaelic, Irish and other languages.
        "The report was launched simultaneously in Caerdydd and Abertawe.",
        "Delegates travelled from Glaschu and Dùn Èideann for the conference.",
        "Practitioners from Baile Átha Cliath and Corcaigh shared their experience.",
        "The study compared practice in München, Köln and Wien.",
        "The conference moved from Bruxelles to Lisboa this year.",
        "Families in Sevilla and València described the same barriers.",
        "Newport is Casnewydd in Welsh, and Swansea is Abertawe.",
        # A public figure's surname on its own is no one identified.
        "Professor Eileen Munro said reform was overdue. Munro added that compliance had crowded out practice.",
        # Lists of acronyms after thanks are not usernames.
        "Thanks to BASW and SWU for the guidance.",
    ],
)
def test_brands_places_and_public_figures_in_published_prose_are_not_flagged(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        # A private person's surname on its own, after their full name.
        (
            '"We are stretched to breaking point," said Dr Helen Marsh. Marsh added that '
            "waiting lists had doubled.",
            "person_name",
            "Marsh",
        ),
        (
            "Foster carer Jenny Bell said the fees had not risen in years. Bell, who has "
            "fostered for 20 years, said she may stop.",
            "person_name",
            "Bell",
        ),
        (
            "Kinship carer Paul Church said he had to give up work. Church said the allowance "
            "barely covers food.",
            "person_name",
            "Church",
        ),
        ("Mrs Marsh rang twice. I told Marsh we would call back.", "person_name", "Marsh"),
        # Commenters' usernames in a list of thanks or links.
        (
            "Thanks to jo_sw_manc, careleaverlife and FosterDadUK for their comments below.",
            "handle",
            "jo_sw_manc",
        ),
        (
            "Thanks to jo_sw_manc, careleaverlife and FosterDadUK for their comments below.",
            "handle",
            "careleaverlife",
        ),
        (
            "Thanks to jo_sw_manc, careleaverlife and FosterDadUK for their comments below.",
            "handle",
            "FosterDadUK",
        ),
        ("Hat tip to @careleaverlife and jo_sw_manc for sharing.", "handle", "jo_sw_manc"),
        ("Thanks to Wendy, MancSW and tired_sw for the links!", "handle", "MancSW"),
        # An underscore marks a username anywhere, not only near a platform's name.
        ("The comments from tired_sw_2019 were the most honest.", "handle", "tired_sw_2019"),
    ],
)
def test_quoted_surnames_and_commenters_usernames_are_flagged(
    text: str, kind: str, words: str
) -> None:
    assert (kind, words) in flagged(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # People are still people after "in" when a verb takes a person, or with a possessive.
        ("I confided in Tendai about it.", "Tendai"),
        ("She has faith in Kwame.", "Kwame"),
        ("I sat in Jordan's car while we waited.", "Jordan"),
        ("In Leeds, Hodan and her mum moved twice.", "Hodan"),
        # A name thanked is a person, not a username.
        ("Thanks to Wendy, MancSW and tired_sw for the links!", "Wendy"),
        # A surname with an inner capital after a particle is no product.
        ("We met Sandra MacLean at the panel.", "Sandra MacLean"),
        ("Dr VanDyke chaired the strategy meeting.", "Dr VanDyke"),
    ],
)
def test_people_near_these_cues_are_still_flagged(text: str, words: str) -> None:
    assert ("person_name", words) in flagged(text)


def test_a_hospital_is_flagged_even_where_its_name_is_also_a_pets() -> None:
    text = "Our cat Broadmoor is lovely. He was sent to Broadmoor in 2019."
    assert flagged(text).count(("institution", "Broadmoor")) == 2
