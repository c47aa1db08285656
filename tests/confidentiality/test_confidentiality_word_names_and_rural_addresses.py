"""The guard on names that are also ordinary words, rural and uncued addresses, and comment bylines.

Each sentence is the kind a practitioner, a carer or a care leaver writes, or a line of
a published article's comment thread; none comes from a gold set. The look-alikes
beside them are what the same words mean when no one is named.
"""

import pytest

from tests.confidentiality.findings import flagged, points_at


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Destiny kicked off again at tea and threw a plate at staff.", "Destiny"),
        ("Hope has been self-harming again and won't talk to me.", "Hope"),
        ("Summer is really struggling since her brother left.", "Summer"),
        ("Chance got excluded again for fighting.", "Chance"),
        ("Precious is doing well at nursery.", "Precious"),
        ("Mo has been smoking weed in his room again.", "Mo"),
        ("I picked Mo up from college and he was in a state.", "Mo"),
        ("Our foster son Mo turned 14 last week.", "Mo"),
        ("The lad, Mo, is 15 and was trafficked.", "Mo"),
        ("Huge thanks to Joanne and Mo in business support.", "Mo"),
        ("Taught Joy how to use the washing machine today.", "Joy"),
        ("Went to see Destiny in hospital tonight.", "Destiny"),
        ("We collected Hope from contact and she cried all the way home.", "Hope"),
        ("Sibling time plan: Aleksander and Zofia see each other monthly.", "Aleksander"),
    ],
)
def test_names_that_are_also_words_are_detected_in_context(text: str, words: str) -> None:
    assert points_at(text, "person_name", words), flagged(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Okonkwo replied:\nNot in my authority, we pay for it.", "Okonkwo"),
        ("Harriet Lowe replied:\nThis is so true, I felt the same when I left care.", "Lowe"),
        ("Tremaine Boateng replied:\nwho is paying for this?", "Boateng"),
        ("Michelle O'Connor commented:\nWhat about the kids with no pathway plan?", "O'Connor"),
        ("In reply to Dariusz Nowak:\nI think you're wrong about that.", "Dariusz Nowak"),
    ],
)
def test_a_commenters_real_name_is_detected(text: str, words: str) -> None:
    assert points_at(text, "person_name", words), flagged(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The boys were found at Coombe Farm, two miles from the placement.", "Coombe Farm"),
        ("He lives out at Brook Farm.", "Brook Farm"),
        ("I did a visit out to Greenacres Farm, the dogs went mental.", "Greenacres Farm"),
        ("She's been hiding out at Pen-y-Bryn Farm with her boyfriend.", "Pen-y-Bryn Farm"),
        ("Grandparents farm at Lower Trewen Farm near Bodmin.", "Lower Trewen Farm"),
        ("Her address: Higher Barton Farm, Chulmleigh.", "Higher Barton Farm"),
        ("Police were called to 14 Elm Road twice last week.", "14 Elm Road"),
        ("The house on Bramley Crescent has been boarded up.", "Bramley Crescent"),
        ("we went round 12 oak street to see her", "12 oak street"),
    ],
)
def test_rural_and_uncued_addresses_are_detected(text: str, words: str) -> None:
    assert points_at(text, "address", words), flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "The announcement came from Downing Street on Tuesday.",
        "Protesters marched from Trafalgar Square to Downing Street.",
        "Journalists on Fleet Street ignored the story.",
        "Harley Street clinics are out of reach for most families.",
        "We had a lovely day out at Cannon Hall Farm with the kids.",
        "Care farms like Hill Farm Project take referrals from CAMHS.",
        "They live in a farmhouse miles from anywhere.",
        "Hope you are all keeping well.",
        "There is hope for the sector if funding is restored.",
        "Summer is coming and the kids want days out.",
        "Summer holidays are the hardest for our young people.",
        "Destiny is a strong word but it felt like it.",
        "Faith groups run a lot of the food banks round here.",
        "Grace period for the rent ends Friday.",
        "Chance would be a fine thing.",
        "Precious little support from CAMHS as usual.",
        "Hope Street Project runs a women's service in Liverpool.",
        "Mo Farah visited the school and the kids were starstruck.",
        "Going to see Summer Holiday at the theatre with the girls.",
        "Hope rang true for a lot of us in the room.",
        "We read extracts from Animal Farm in the group.",
        "Westminster Abbey was packed for the service.",
        "Ofsted and Cafcass are both involved now.",
        "Author replied:\nThanks, glad it helped.",
        "Anonymous replied:\nI was in care too.",
        "Foster Carer commented:\nSpot on.",
    ],
)
def test_the_same_words_naming_no_one_are_not_flagged(text: str) -> None:
    assert flagged(text) == []
