"""The guard on the many ways members write people's names and addresses, and on the look-alikes it must leave alone.

Each sentence is the kind a practitioner, a carer or a care leaver writes, or a
paragraph of a published article; none comes from a gold set.
"""

import pytest

from tests.confidentiality.findings import flagged, points_at


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Her social worker K Mensah is off sick.", "K Mensah"),
        ("The referral came from J. Hartley at the hospital.", "J. Hartley"),
        ("Letter signed by P Okonkwo, team manager.", "P Okonkwo"),
        ("The Okafor family have three children under five.", "Okafor"),
        ("I went round to the Hendersons and dad was drunk.", "Hendersons"),
        ("Bronwen and her partner are being assessed as kinship carers.", "Bronwen"),
        ("Caoimhe is doing brilliantly at college.", "Caoimhe"),
        ("Tendai started his apprenticeship this week.", "Tendai"),
        ("Ioana has asked for a female interpreter.", "Ioana"),
        ("Parminder is the aunt who rang the duty line.", "Parminder"),
        ("Hodan says her dad hits her mum.", "Hodan"),
        ("Padraig keeps running away from the placement.", "Padraig"),
        ("seen tia in town, she looked well", "tia"),
        ("rang kez back but no answer again", "kez"),
        ("lol ask kez she knows everything about the grant", "kez"),
    ],
)
def test_names_written_in_many_ways_are_detected(text: str, words: str) -> None:
    assert points_at(text, "person_name", words), flagged(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The flat at 27 Kirkgate is above a bookies.", "27 Kirkgate"),
        ("He's been sofa surfing at a mate's at 33 Kingsway.", "33 Kingsway"),
        ("Dad is at Apartment 4, 60 Deansgate.", "60 Deansgate"),
        ("The bus from Kingsway to the college is always late.", "Kingsway"),
        ("He lives in Kingfisher Way near the school.", "Kingfisher Way"),
        ("Dad says he's moved to Cromwell Court in Hulme.", "Cromwell Court"),
        ("He's staying at Flat 7 Riverside House for now.", "Flat 7 Riverside House"),
        ("She lives at 2 Church Cottages, just outside the village.", "2 Church Cottages"),
        ("I did the home visit at Rose Cottage, miles from anywhere.", "Rose Cottage"),
        ("She lives at The Old Vicarage in the village.", "Old Vicarage"),
        ("They rent 3 The Paddocks from a private landlord.", "3 The Paddocks"),
        ("lives at 7 orchard close with mum and 2 siblings", "7 orchard close"),
        ("They live on the Beechwood estate off Manor Road.", "Beechwood estate"),
        ("They live on the estate off Manor Road.", "Manor Road"),
        ("They live at Tŷ Gwyn, up the valley from the school.", "Tŷ Gwyn"),
        ("she lives down Beech Avenue with her nan", "Beech Avenue"),
        ("He lives on Cherry Tree Walk, the house with the blue door.", "Cherry Tree Walk"),
    ],
)
def test_addresses_in_many_shapes_are_detected(text: str, words: str) -> None:
    assert points_at(text, "address", words), flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "The case moved to Crown Court after the plea hearing.",
        "She lives near Hyde Park, which is handy for walks.",
        "The family moved from Norway three years ago.",
        "I've lived in 3 different flats this year and I'm exhausted.",
        "We walked 5 miles along the main road before the bus came.",
        "She grew up on a council estate and is proud of it.",
        "Lives in a two-bedroom flat on the third floor.",
        "Is there a Gateway Card for care leavers in Wales?",
        "The Pathway Plan needs updating before she turns 18.",
        "Plan B Meeting is at 2 in the big room.",
        "We went to S Wales for the weekend.",
        "She got a B in English and a C in Maths.",
        "Hepatitis B Vaccine was given at the clinic.",
        "The office is moving to Canary Wharf next spring, apparently.",
        "We went to Alton Towers for the day, her first time.",
        "Went up Snowdon with the lads from the unit, brilliant day.",
        "I used SurveyMonkey and then Padlet for the feedback.",
        "We sang Baby Shark for an hour in the car.",
    ],
)
def test_look_alikes_of_names_and_addresses_are_not_flagged(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "“We have to stop treating care leavers as a cost,” said Amina Rahman, chief executive"
        " of the charity. Rahman said the money would run out in March.",
        "Professor Nadia Qureshi, who evaluated the pilot, put it bluntly. Qureshi’s team is"
        " now looking at younger children.",
        "In a judgment published this week, Mrs Justice Okonjo-Hale criticised the council.",
        "Writing in her weekly column, the author and former foster carer Jenni Halloran-Price"
        " argues that resilience is overused. Halloran-Price is not wrong.",
        "Ruth Hewitt-Kerr’s book spends three hundred pages on it.",
        "Amina Rahman, who founded the network in 2015, said funding would end in March.",
    ],
)
def test_people_quoted_in_a_public_role_are_not_flagged(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Our panel chair, Professor Whitfield, is stepping down.", "Professor Whitfield"),
        ("Kayden said Jordan Reid, who runs the gym, gave him weed.", "Jordan Reid"),
        ("The carer said Jade Rowe, the girl next door, was a bad influence.", "Jade Rowe"),
        ("Update from Fiona, our kinship support lead: the line is open.", "Fiona"),
        ("“Turn up when you say,” said Kian, 16, who has been in care since nine.", "Kian"),
    ],
)
def test_private_people_in_the_same_shapes_are_still_detected(text: str, words: str) -> None:
    assert points_at(text, "person_name", words), flagged(text)
