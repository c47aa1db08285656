"""GET /mentions/suggest: names the author may mention, for the composer's list."""

from __future__ import annotations

from forum.accounts.models import AccountStatus, MemberType
from forum.extensions import db
from forum.people.models import WhoCanFind
from tests.mentions.helpers import block, connect, member

C, P, A = MemberType.care_leaver, MemberType.practitioner, MemberType.ally


def names(client, q: str) -> list[str]:
    response = client.get("/mentions/suggest", query_string={"q": q})
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    return [m["name"] for m in response.get_json()["members"]]


def test_names_starting_with_what_was_typed_any_word(as_member):
    member("Rosa Diaz")
    member("Ann Rowe")
    member("Caro Smith")  # "ro" inside a word is not a start
    assert names(as_member(member("Author")), "ro") == ["Ann Rowe", "Rosa Diaz"]


def test_each_name_comes_with_its_id_and_what_tells_two_apart(as_member):
    first = member("Sam Lee", role_line="Social worker", organisation="Northshire")
    second = member("Sam Lee", role_line="Youth worker")
    response = as_member(member("Author")).get("/mentions/suggest?q=sam%20l")
    assert response.get_json() == {
        "members": [
            {"id": first.id, "name": "Sam Lee", "hint": "Social worker, Northshire"},
            {"id": second.id, "name": "Sam Lee", "hint": "Youth worker"},
        ]
    }


def test_at_most_eight_and_never_the_author(as_member):
    author = member("Robin Author")
    for n in range(10):
        member(f"Robin {n}")
    found = names(as_member(author), "rob")
    assert len(found) == 8
    assert "Robin Author" not in found


def test_only_members_the_author_may_find(as_member):
    member("Rosa Hidden", C)  # care leavers start findable by nobody
    member("Rosa Practice", who_can_find=WhoCanFind.practitioners)
    member("Rosa Open")
    gone = member("Rosa Gone")
    gone.status = AccountStatus.banned
    db.session.flush()
    assert names(as_member(member("An Ally", A)), "rosa") == ["Rosa Open"]
    assert names(as_member(member("A Practitioner", P)), "rosa") == ["Rosa Open", "Rosa Practice"]


def test_a_care_leaver_not_listed_in_the_directory_is_offered_only_to_connections(as_member):
    kim = member("Kim Walsh", C, who_can_find=WhoCanFind.all_members)  # still unlisted
    stranger, friend = member("Stranger"), member("Friend")
    connect(friend, kim)
    assert names(as_member(stranger), "kim") == []
    assert names(as_member(friend), "kim") == ["Kim Walsh"]


def test_a_blocker_looks_exactly_like_nobody(as_member):
    author = member("Author")
    rosa = member("Rosa Diaz")
    client = as_member(author)
    before = client.get("/mentions/suggest?q=zz").get_data()
    block(rosa, author)
    assert client.get("/mentions/suggest?q=rosa").get_data() == before


def test_members_only(client, as_member):
    member("Rosa Diaz")
    signed_out = client.get("/mentions/suggest?q=ro")
    assert signed_out.status_code in {302, 401}
    assert b"Rosa" not in signed_out.get_data()
    applicant = member("Applicant")
    applicant.status = AccountStatus.pending
    db.session.flush()
    waiting = as_member(applicant).get("/mentions/suggest?q=ro")
    assert waiting.status_code == 302
    assert b"Rosa" not in waiting.get_data()


def test_an_empty_query_offers_nobody(as_member):
    member("Rosa Diaz")
    assert names(as_member(member("Author")), "   ") == []


def test_wildcards_are_typed_letters(as_member):
    member("Rosa Diaz")
    assert names(as_member(member("Author")), "%") == []
    assert names(as_member(member("Author 2")), "_o") == []


def test_one_query_for_the_names_however_many_members(app, as_member, queries):
    client = as_member(member("Author"))
    for n in range(3):
        member(f"Rosa {n}")
    db.session.commit()
    with app.app_context(), queries() as few:
        client.get("/mentions/suggest?q=rosa")
    for n in range(3, 30):
        member(f"Rosa {n}")
    db.session.commit()
    with app.app_context(), queries() as many:
        client.get("/mentions/suggest?q=rosa")
    assert few.count == many.count == 2  # the signed-in member, then the names


def test_rate_limited(as_member, limits_on):
    client = as_member(member("Author"))
    statuses = [client.get("/mentions/suggest?q=ro").status_code for _ in range(121)]
    assert statuses[:120] == [200] * 120
    assert statuses[120] == 429
