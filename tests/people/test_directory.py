"""The member directory ("Members"), as a member sees it: who is listed, searching, pages.

Whether the SQL agrees with policy.can_find for every combination of settings
is pinned in test_directory_matrix.py; these tests show each rule's effect on
the page. A profile someone may not find answering 404 is the profile's own test.
"""

from __future__ import annotations

import html
import random
import re
from datetime import timedelta
from typing import Any

import pytest

from forum.accounts.models import AccountStatus, MemberType
from forum.extensions import db, utcnow
from forum.people.models import Connection, ConnectionState, WhoCanFind
from forum.people.relations import pair
from tests.factories import make_moderator, make_user, sign_in

P, C, A = MemberType.practitioner, MemberType.care_leaver, MemberType.ally
_NAME = re.compile(r'<h3 class="member-name"><a href="([^"]+)">([^<]+)</a>')


def member(name: str, member_type: MemberType = P, **settings: Any) -> Any:
    """A member with these profile fields and privacy settings (the rest as a new account)."""
    user_fields = {k: settings.pop(k) for k in ("status", "suspended_until") if k in settings}
    user = make_user(display_name=name, member_type=member_type, **user_fields)
    for key, value in settings.items():
        setattr(user.profile, key, value)
    db.session.flush()
    return user


def viewer(client: Any, member_type: MemberType = P) -> Any:
    user = make_user(display_name=f"Viewer {member_type.value}", member_type=member_type)
    sign_in(client, user)
    return user


def listed(client: Any, **args: str) -> list[str]:
    """The names the directory lists, in order, for this query string."""
    response = client.get("/members", query_string=args)
    assert response.status_code == 200
    return [name for _, name in _NAME.findall(response.get_data(as_text=True))]


def connect(a: Any, b: Any, state: ConnectionState = ConnectionState.accepted) -> None:
    low, high = pair(a.id, b.id)
    db.session.add(
        Connection(requester_id=a.id, recipient_id=b.id, low_id=low, high_id=high, state=state)
    )
    db.session.flush()


def test_members_are_in_the_header_and_the_page_offers_the_search(client):
    viewer(client)
    page = client.get("/members").get_data(as_text=True)
    assert '<a href="/members">Members</a>' in page
    assert "<h1>Members</h1>" in page
    for label in ("Search members", "Member type", "Region", "Interests"):
        assert f">{label}</label>" in page
    assert '<button type="submit" class="primary">Search</button>' in page


def test_a_signed_out_visitor_is_sent_to_sign_in(client):
    response = client.get("/members")
    assert response.status_code == 302
    assert "/sign-in" in response.headers["Location"]


def test_each_member_links_to_their_profile_with_their_work_and_place(client):
    viewer(client)
    found = member(
        "Dana Okafor",
        role_line="Personal adviser",
        organisation="Leeds City Council",
        region="Yorkshire",
        country="England",
    )
    page = client.get("/members").get_data(as_text=True)
    assert f'<a href="/members/{found.id}">Dana Okafor</a>' in page
    assert "Personal adviser · Leeds City Council" in page
    assert "Yorkshire, England" in page
    assert re.search(r'<span class="avatar initials *" aria-hidden="true">DO</span>', page)


# Who can find me x who is looking: whether a listed practitioner appears.
SEEN_BY = {
    WhoCanFind.all_members: {P, C, A},
    WhoCanFind.practitioners: {P},
    WhoCanFind.nobody: set(),
}


@pytest.mark.parametrize("who", list(WhoCanFind))
@pytest.mark.parametrize("looking", [P, C, A])
def test_who_can_find_me_decides_who_sees_a_member_listed(client, who, looking):
    viewer(client, looking)
    member("Sam Private", who_can_find=who)
    assert ("Sam Private" in listed(client)) is (looking in SEEN_BY[who])


@pytest.mark.parametrize("who", list(WhoCanFind))
def test_a_moderator_sees_every_listed_member_whatever_they_chose(client, who):
    sign_in(client, make_moderator())
    member("Sam Private", who_can_find=who)
    assert "Sam Private" in listed(client)


def test_care_leavers_are_neither_findable_nor_listed_until_they_opt_in(client):
    looking = viewer(client, C)
    quiet = member("Robin Newcomer", C)
    assert quiet.profile.who_can_find is WhoCanFind.nobody
    assert quiet.profile.listed_in_directory is False
    assert "Robin Newcomer" not in listed(client)

    quiet.profile.who_can_find = WhoCanFind.all_members
    db.session.flush()
    assert "Robin Newcomer" not in listed(client)  # findable, but not listed

    quiet.profile.listed_in_directory = True
    db.session.flush()
    assert "Robin Newcomer" in listed(client)
    # The care leaver looking is unlisted too, by default: not even they see themselves.
    assert looking.display_name not in listed(client)
    looking.profile.listed_in_directory = True
    db.session.flush()
    assert looking.display_name in listed(client)


def test_an_unlisted_member_stays_out_of_the_directory_even_for_moderators(client):
    sign_in(client, make_moderator())
    member("Robin Unlisted", C, who_can_find=WhoCanFind.all_members, listed_in_directory=False)
    assert "Robin Unlisted" not in listed(client)


def worked_with_practitioner(who: WhoCanFind = WhoCanFind.nobody) -> Any:
    return member(
        "Morgan Ashby",
        who_can_find=who,
        worked_with_may_find=True,
        organisation="Leeds City Council",
        role_line="Social worker",
        region="Yorkshire",
    )


@pytest.mark.parametrize("who", [WhoCanFind.nobody, WhoCanFind.practitioners])
def test_a_care_leaver_finds_a_worker_from_their_past_by_name_or_organisation_only(client, who):
    viewer(client, C)
    worked_with_practitioner(who)
    assert "Morgan Ashby" not in listed(client)  # browsing: not listed
    assert "Morgan Ashby" in listed(client, q="ashby")
    assert "Morgan Ashby" in listed(client, q="morgan leeds")
    assert "Morgan Ashby" in listed(client, q="City Council")
    assert "Morgan Ashby" not in listed(client, q="Yorkshire")  # a region is not a name
    assert "Morgan Ashby" not in listed(client, q="social worker")
    assert "Morgan Ashby" not in listed(client, q="ashby yorkshire")
    assert "Morgan Ashby" not in listed(client, region="Yorkshire")


@pytest.mark.parametrize("looking", [A, P])
def test_people_i_worked_with_may_find_me_opens_nothing_to_anyone_else(client, looking):
    viewer(client, looking)
    worked_with_practitioner(WhoCanFind.nobody)
    assert "Morgan Ashby" not in listed(client, q="Morgan Ashby")


def test_connected_members_find_each_other_whatever_they_chose(client):
    looking = viewer(client, A)
    friend = member("Jo Connected", C, listed_in_directory=True)
    asked = member("Kit Asked", C, listed_in_directory=True)
    connect(friend, looking)
    connect(looking, asked, ConnectionState.pending)
    names = listed(client)
    assert "Jo Connected" in names
    assert "Kit Asked" not in names


def test_the_type_filter_finds_care_leavers_only_if_they_show_their_type(client):
    viewer(client, C)
    everyone = {"who_can_find": WhoCanFind.all_members, "listed_in_directory": True}
    member("Alex Shown", C, show_member_type=True, **everyone)
    member("Bea Hidden", C, show_member_type=False, **everyone)
    member("Cal Worker", P)
    page = client.get("/members").get_data(as_text=True)
    assert {"Alex Shown", "Bea Hidden", "Cal Worker"} <= set(listed(client))
    assert re.search(r"Alex Shown</a>\s*<span class=\"badge\">Care leaver</span>", page)
    assert not re.search(r"Bea Hidden</a>\s*<span class=\"badge\">", page)
    assert re.search(r"Cal Worker</a>\s*<span class=\"badge\">Practitioner</span>", page)

    leavers = listed(client, type="care_leaver")
    assert "Alex Shown" in leavers
    assert "Bea Hidden" not in leavers
    assert "Cal Worker" not in leavers
    assert listed(client, type="practitioner") == ["Cal Worker"]
    assert "Bea Hidden" not in listed(client, type="ally")


def test_a_moderator_can_filter_by_a_type_the_member_keeps_hidden(client):
    sign_in(client, make_moderator(display_name="Mod"))
    member("Bea Hidden", C, who_can_find=WhoCanFind.all_members, listed_in_directory=True)
    assert listed(client, type="care_leaver") == ["Bea Hidden"]


@pytest.mark.parametrize(
    ("field", "value", "search"),
    [
        ("display_name", "Priya Lakhani", "lakhani"),
        ("organisation", "Cardiff Council", "CARDIFF"),
        ("role_line", "Independent reviewing officer", "reviewing"),
        ("region", "West Midlands", "midlands"),
        ("country", "Wales", "wales"),
        ("interests", "restorative practice, fostering", "Restorative"),
    ],
)
def test_search_matches_each_profile_field_whatever_the_case(client, field, value, search):
    viewer(client)
    values = {"display_name": "Target Member", field: value}
    name = values.pop("display_name")
    member(name, **values)
    member("Other Member", organisation="Elsewhere Trust")
    assert listed(client, q=search) == [name]


def test_every_word_searched_for_must_match_somewhere(client):
    viewer(client)
    member("Nia Local", role_line="Social worker", region="Leeds")
    member("Ola Distant", role_line="Social worker", region="Bristol")
    assert listed(client, q="social worker leeds") == ["Nia Local"]


def test_percent_and_underscore_are_searched_for_literally(client):
    viewer(client)
    member("Pat Percent", organisation="100% Care")
    member("Uma Under_score")
    member("Vic Plain", organisation="Care Ltd")
    assert listed(client, q="%") == ["Pat Percent"]
    assert listed(client, q="_") == ["Uma Under_score"]


def test_the_region_filter_offers_and_matches_the_regions_of_members_one_may_find(client):
    viewer(client, A)
    member("Ruth North", region="North West")
    member("Saul South", region="South East")
    member("Tess Hidden", region="Secret Valley", who_can_find=WhoCanFind.practitioners)
    page = client.get("/members").get_data(as_text=True)
    assert '<option value="North West">North West</option>' in page
    assert '<option value="South East">South East</option>' in page
    assert "Secret Valley" not in page
    assert listed(client, region="North West") == ["Ruth North"]
    assert listed(client, region="Nowhere") == []


def test_the_interests_filter_matches_part_of_a_members_interests(client):
    viewer(client)
    member("Ivy Fostering", interests="Fostering, life story work")
    member("Jay Youth", interests="Youth justice")
    assert listed(client, interests="life story") == ["Ivy Fostering"]


def _more_link(page: str) -> str | None:
    more = re.search(r'<a rel="next" href="([^"]+)">More members</a>', page)
    return html.unescape(more.group(1)) if more else None


def test_pages_follow_the_keys_by_name_then_id(client):
    viewer(client)
    names = [f"Paged {n:02d}" for n in range(1, 44)] + ["Paged 44", "Paged 44"]
    random.Random(19).shuffle(names)
    made = [member(name) for name in names]
    member("Outside The Search")

    seen, sizes = [], []
    path: str | None = "/members?q=paged"
    while path:
        page = client.get(path).get_data(as_text=True)
        rows = _NAME.findall(page)
        sizes.append(len(rows))
        seen += rows
        assert ("First page" in page) is (len(sizes) > 1)
        path = _more_link(page)
        assert path is None or "q=paged" in path  # the search is kept
    assert sizes == [20, 20, 5]
    assert [name for _, name in seen] == sorted(names)
    ids = [int(href.rsplit("/", 1)[1]) for href, _ in seen]
    assert len(set(ids)) == 45
    twins = [i for (_, name), i in zip(seen, ids, strict=True) if name == "Paged 44"]
    assert twins == sorted(m.id for m in made if m.display_name == "Paged 44")


def test_a_member_joining_meanwhile_does_not_shift_the_next_page(client):
    viewer(client)
    for n in range(1, 23):
        member(f"Keyed {n:02d}")
    more = _more_link(client.get("/members?q=keyed").get_data(as_text=True))
    assert more is not None
    member("Keyed 00")  # sorts before everything already shown
    page = client.get(more).get_data(as_text=True)
    assert [name for _, name in _NAME.findall(page)] == ["Keyed 21", "Keyed 22"]


def test_a_page_costs_the_same_queries_for_2_members_or_40(client, queries):
    viewer(client)

    def count() -> int:
        with queries() as counted:
            assert client.get("/members").status_code == 200
        return counted.count

    for n in range(2):
        member(f"Few {n}", region=f"Region {n}")
    few = count()
    for n in range(38):
        member(f"Many {n}", region=f"Region {n}", organisation="Some Council")
    assert count() == few


@pytest.mark.parametrize(
    "standing",
    [
        {"status": AccountStatus.unverified},
        {"status": AccountStatus.pending},
        {"status": AccountStatus.info_requested},
        {"status": AccountStatus.rejected},
        {"status": AccountStatus.withdrawn},
        {"status": AccountStatus.banned},
        {"status": AccountStatus.erased},
        {"status": AccountStatus.suspended, "suspended_until": utcnow() + timedelta(days=7)},
    ],
    ids=lambda s: s["status"].value,
)
def test_applicants_and_members_not_in_good_standing_are_never_listed(client, standing):
    sign_in(client, make_moderator())
    member("Gone Member", **standing)
    assert "Gone Member" not in listed(client)
    assert "Gone Member" not in listed(client, q="Gone")


def test_a_member_whose_suspension_has_run_out_is_listed_again(client):
    viewer(client)
    member(
        "Back Again",
        status=AccountStatus.suspended,
        suspended_until=utcnow() - timedelta(minutes=5),
    )
    assert "Back Again" in listed(client)


@pytest.mark.parametrize("args", [{"type": "wizard"}, {"q": "x" * 101}, {"interests": "y" * 101}])
def test_a_search_the_form_cannot_take_is_refused_with_the_problem_named(client, args):
    viewer(client)
    response = client.get("/members", query_string=args)
    assert response.status_code == 422
    assert "There is a problem" in response.get_data(as_text=True)


@pytest.mark.parametrize("after", ["nonsense", "-Zed", "99999999999-Zed", "12"])
def test_an_unreadable_page_key_starts_from_the_first_page(client, after):
    viewer(client)
    member("Aaron First")
    assert listed(client, after=after)[0] == "Aaron First"
