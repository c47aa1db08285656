"""The "Privacy" section of Settings: each member sees the choices that apply to them."""

from __future__ import annotations

import re

import pytest

from forum.accounts.models import MemberType, User
from forum.extensions import db
from forum.people.models import WhoCanFind
from tests.factories import make_user, sign_in


def privacy_section(client) -> str:
    page = client.get("/settings").get_data(as_text=True)
    found = re.search(r'<section[^>]*id="privacy".*?</section>', page, re.S)
    assert found is not None
    return found.group(0)


def checked(section: str, name: str, value: str | None = None) -> bool:
    for tag in re.findall(rf'<input[^>]*name="{name}"[^>]*>', section):
        if (value is None or f'value="{value}"' in tag) and "checked" in tag:
            return True
    return False


def save(client, **choices: str) -> None:
    response = client.post("/settings/privacy", data={**choices, "submit": "Save settings"})
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/settings#privacy")


def reload(member: User) -> User:
    db.session.expire_all()
    found = db.session.get(User, member.id)
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("kind", "worked_with", "listing"),
    [("practitioner", True, False), ("care_leaver", False, True), ("ally", False, False)],
)
def test_each_member_sees_the_choices_that_apply_to_them(client, kind, worked_with, listing):
    sign_in(client, make_user(member_type=MemberType(kind)))
    section = privacy_section(client)
    assert "Who can find me" in section
    for label in ("Nobody", "Practitioners", "All members", "Save settings"):
        assert label in section
    assert ("People I worked with may find me" in section) is worked_with
    assert ("List me in the member directory" in section) is listing
    assert ("Show that I am a care leaver" in section) is listing


def test_the_worked_with_choice_says_what_it_lets_a_care_leaver_do(client):
    sign_in(client, make_user(member_type=MemberType.practitioner))
    section = privacy_section(client)
    assert "A care leaver may then find you by your name and organisation" in section
    assert "even when &#34;Who can find me&#34; would not list you" in section or (
        'even when "Who can find me" would not list you' in section
    )


def test_a_care_leaver_starts_unfindable_and_unlisted(client):
    sign_in(client, make_user(member_type=MemberType.care_leaver))
    section = privacy_section(client)
    assert checked(section, "who_can_find", "nobody")
    assert not checked(section, "listed_in_directory")
    assert not checked(section, "show_member_type")


def test_a_practitioner_starts_findable_by_all_members(client):
    sign_in(client, make_user(member_type=MemberType.practitioner))
    section = privacy_section(client)
    assert checked(section, "who_can_find", "all_members")
    assert not checked(section, "worked_with_may_find")


def test_a_practitioner_saves_who_can_find_them_and_people_i_worked_with(client):
    member = make_user(member_type=MemberType.practitioner)
    sign_in(client, member)
    save(client, who_can_find="nobody", worked_with_may_find="y", listed_in_directory="")
    profile = reload(member).profile
    assert profile.who_can_find is WhoCanFind.nobody
    assert profile.worked_with_may_find is True
    assert profile.listed_in_directory is True  # not theirs to turn off: not offered
    assert "Your privacy settings are saved." in client.get("/settings").get_data(as_text=True)
    assert checked(privacy_section(client), "worked_with_may_find")


def test_a_care_leaver_opts_in_to_the_directory_and_to_showing_their_type(client):
    member = make_user(member_type=MemberType.care_leaver, display_name="Kit Marlowe")
    sign_in(client, member)
    save(
        client,
        who_can_find="all_members",
        listed_in_directory="y",
        show_member_type="y",
        worked_with_may_find="y",
    )
    profile = reload(member).profile
    assert profile.who_can_find is WhoCanFind.all_members
    assert profile.listed_in_directory is True
    assert profile.show_member_type is True
    assert profile.worked_with_may_find is False  # a practitioner's choice only

    sign_in(client, make_user(member_type=MemberType.ally))
    page = client.get(f"/members/{member.id}").get_data(as_text=True)
    assert "Kit Marlowe" in page
    assert "Care leaver" in page


def test_turning_findable_on_and_off_opens_and_closes_the_profile(client):
    member = make_user(member_type=MemberType.care_leaver)
    viewer = make_user(member_type=MemberType.practitioner)
    sign_in(client, viewer)
    assert client.get(f"/members/{member.id}").status_code == 404
    sign_in(client, member)
    save(client, who_can_find="practitioners")
    sign_in(client, viewer)
    assert client.get(f"/members/{member.id}").status_code == 200
    sign_in(client, member)
    save(client, who_can_find="nobody")
    sign_in(client, viewer)
    assert client.get(f"/members/{member.id}").status_code == 404


def test_a_choice_that_is_not_offered_changes_nothing(client):
    member = make_user(member_type=MemberType.care_leaver)
    sign_in(client, member)
    save(client, who_can_find="everyone-and-their-dog", listed_in_directory="y")
    assert reload(member).profile.who_can_find is WhoCanFind.nobody
    assert reload(member).profile.listed_in_directory is False
    assert "Choose who can find you" in client.get("/settings").get_data(as_text=True)
