"""Profile pages: who may open them, what they show, and editing your own."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from forum.accounts.models import AccountStatus, MemberType, User
from forum.extensions import db, utcnow
from forum.people.models import Connection, ConnectionState, WhoCanFind
from forum.people.relations import pair
from forum.threads.models import Post, PostState
from tests.factories import make_moderator, make_topic, make_user, sign_in

P, C, A, MOD = "practitioner", "care_leaver", "ally", "moderator"


def make_viewer(kind: str) -> User:
    if kind == MOD:
        return make_moderator(member_type=MemberType.ally)
    return make_user(member_type=MemberType(kind))


def make_member(kind: str = P, **settings: object) -> User:
    member = make_user(member_type=MemberType(kind), display_name="Robin Ashworth")
    for name, value in settings.items():
        setattr(member.profile, name, value)
    db.session.flush()
    return member


def connect(a: User, b: User, state: ConnectionState = ConnectionState.accepted) -> None:
    low, high = pair(a.id, b.id)
    db.session.add(
        Connection(requester_id=a.id, recipient_id=b.id, low_id=low, high_id=high, state=state)
    )
    db.session.flush()


def page_of(response) -> str:
    """The page as the visitor sees it, without the per-page CSRF token."""
    return re.sub(r'name="csrf_token" value="[^"]*"', "", response.get_data(as_text=True))


# Who may open the profile address, for each "Who can find me" and each kind of viewer.
FINDS = {
    WhoCanFind.all_members: {P, C, A, MOD},
    WhoCanFind.practitioners: {P, MOD},
    WhoCanFind.nobody: {MOD},
}


@pytest.mark.parametrize("member_kind", [P, C, A])
@pytest.mark.parametrize("who", list(WhoCanFind))
@pytest.mark.parametrize("viewer", [P, C, A, MOD])
def test_who_can_find_me_decides_who_opens_the_profile(client, member_kind, who, viewer):
    member = make_member(member_kind, who_can_find=who)
    sign_in(client, make_viewer(viewer))
    response = client.get(f"/members/{member.id}")
    if viewer in FINDS[who]:
        assert response.status_code == 200
        assert "Robin Ashworth" in response.get_data(as_text=True)
    else:
        assert response.status_code == 404
        assert "Robin Ashworth" not in response.get_data(as_text=True)


@pytest.mark.parametrize("who", list(WhoCanFind))
def test_members_always_open_their_own_profile(client, who):
    member = make_member(C, who_can_find=who)
    sign_in(client, member)
    assert client.get(f"/members/{member.id}").status_code == 200


def test_a_profile_you_may_not_find_looks_exactly_like_a_missing_one(client):
    member = make_member(C, who_can_find=WhoCanFind.nobody)
    sign_in(client, make_viewer(P))
    hidden = client.get(f"/members/{member.id}")
    missing = client.get("/members/999999999")
    assert hidden.status_code == missing.status_code == 404
    assert page_of(hidden) == page_of(missing)
    assert client.get(f"/members/{member.id}/avatar").status_code == 404


@pytest.mark.parametrize(("viewer", "finds"), [(C, True), (P, False), (A, False), (MOD, True)])
def test_a_care_leaver_finds_a_worker_who_said_people_i_worked_with_may_find_me(
    client, viewer, finds
):
    worker = make_member(P, who_can_find=WhoCanFind.nobody, worked_with_may_find=True)
    sign_in(client, make_viewer(viewer))
    assert client.get(f"/members/{worker.id}").status_code == (200 if finds else 404)


def test_without_people_i_worked_with_a_care_leaver_does_not_find_the_worker(client):
    worker = make_member(P, who_can_find=WhoCanFind.practitioners, worked_with_may_find=False)
    sign_in(client, make_viewer(C))
    assert client.get(f"/members/{worker.id}").status_code == 404


@pytest.mark.parametrize("who", [WhoCanFind.nobody, WhoCanFind.practitioners])
def test_connected_members_always_find_each_other(client, who):
    member = make_member(C, who_can_find=who)
    viewer = make_viewer(A)
    connect(viewer, member)
    sign_in(client, viewer)
    assert client.get(f"/members/{member.id}").status_code == 200


@pytest.mark.parametrize("state", [ConnectionState.pending, ConnectionState.declined])
def test_a_request_that_was_not_accepted_does_not_open_the_profile(client, state):
    member = make_member(C, who_can_find=WhoCanFind.nobody)
    viewer = make_viewer(C)
    connect(viewer, member, state)
    sign_in(client, viewer)
    assert client.get(f"/members/{member.id}").status_code == 404


@pytest.mark.parametrize(
    "status", [AccountStatus.pending, AccountStatus.banned, AccountStatus.erased]
)
def test_an_account_that_is_not_a_member_in_good_standing_has_no_profile(client, status):
    member = make_member(P, who_can_find=WhoCanFind.all_members)
    member.status = status
    db.session.flush()
    sign_in(client, make_viewer(P))
    assert client.get(f"/members/{member.id}").status_code == 404


def test_the_profile_shows_what_the_member_wrote_about_themselves(client):
    member = make_member(
        P,
        role_line="Personal adviser",
        organisation="Northshire Council",
        region="North West",
        country="England",
        interests="leaving care, housing",
    )
    sign_in(client, make_viewer(A))
    page = client.get(f"/members/{member.id}").get_data(as_text=True)
    for shown in ("Personal adviser", "Northshire Council", "North West, England", "housing"):
        assert shown in page
    assert "Practitioner" in page
    assert ">RA<" in page  # initials where there is no photo


@pytest.mark.parametrize(
    ("viewer", "shows_type", "shown"),
    [(P, False, False), (C, False, False), (MOD, False, True), (P, True, True)],
)
def test_a_care_leavers_member_type_shows_only_if_they_choose(client, viewer, shows_type, shown):
    member = make_member(C, who_can_find=WhoCanFind.all_members, show_member_type=shows_type)
    sign_in(client, make_viewer(viewer))
    page = client.get(f"/members/{member.id}").get_data(as_text=True)
    assert ("Care leaver" in page) is shown
    assert ("Member type" in page) is shown


def titles_in(page: str) -> list[str]:
    return re.findall(r'<a href="/p/\d+">([^<]+)</a>', page)


def test_activity_lists_only_what_the_viewer_could_read_and_never_anonymous_posts(client):
    member = make_member(P)
    make_topic(member, "welcome", title="Open to all")
    make_topic(member, "case-discussion", title="Practitioners only")
    make_topic(member, "welcome", title="Said anonymously", is_anonymous=True)
    anonymous_reply = make_topic(make_user(), "off-topic", title="Somebody else's topic", replies=1)
    reply = db.session.scalar(
        select(Post).where(Post.topic_id == anonymous_reply.id, Post.number == 2)
    )
    reply.author, reply.is_anonymous = member, True
    held = make_topic(member, "welcome", title="Waiting for review")
    held.state = PostState.held
    deleted = make_topic(member, "welcome", title="Taken down")
    deleted.deleted_at = utcnow()
    hidden = make_topic(member, "welcome", title="Hidden by a moderator")
    hidden.hidden_at = utcnow()
    db.session.flush()

    sign_in(client, make_viewer(A))
    seen_by_ally = titles_in(client.get(f"/members/{member.id}").get_data(as_text=True))
    sign_in(client, make_viewer(P))
    seen_by_practitioner = titles_in(client.get(f"/members/{member.id}").get_data(as_text=True))

    assert seen_by_ally == ["Open to all"]
    assert seen_by_practitioner == ["Practitioners only", "Open to all"]


def test_activity_never_points_back_at_an_anonymous_topic_through_a_signed_reply(client):
    member = make_member(C, who_can_find=WhoCanFind.all_members)
    topic = make_topic(
        member, "care-leavers-lounge", title="My story", replies=1, is_anonymous=True
    )
    opening = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 1))
    opening.is_anonymous = True
    db.session.flush()
    sign_in(client, make_viewer(C))
    page = client.get(f"/members/{member.id}").get_data(as_text=True)
    assert "My story" not in page


def test_activity_is_read_by_keys_in_a_fixed_number_of_queries(client, queries):
    member = make_member(P)
    viewer = make_viewer(P)
    sign_in(client, viewer)
    make_topic(member, "welcome", title="First words", replies=1)
    client.get(f"/members/{member.id}")  # the session's user is loaded once
    with queries() as few:
        client.get(f"/members/{member.id}")
    for n in range(12):
        make_topic(member, "good-practice" if n % 2 else "case-discussion", replies=1)
    with queries() as many:
        first = client.get(f"/members/{member.id}").get_data(as_text=True)
    assert many.count == few.count
    assert len(titles_in(first)) == 20
    older = re.search(r'href="(/members/\d+\?before=\d+)"[^>]*>Older activity', first)
    assert older is not None
    rest = client.get(older.group(1).replace("&amp;", "&")).get_data(as_text=True)
    assert len(titles_in(rest)) == 26 - 20
    assert "First words" in rest
    assert "Older activity" not in rest


def test_post_authors_link_to_their_profiles_where_the_reader_may_find_them(client):
    findable = make_member(P)
    hidden = make_user(member_type=MemberType.care_leaver, display_name="Sam Hidden")
    topic = make_topic(findable, "reconnect", title="Who remembers", replies=1)
    reply = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 2))
    reply.author = hidden
    anonymous = make_topic(findable, "reconnect", title="Quietly", is_anonymous=True)
    opening = db.session.scalar(select(Post).where(Post.topic_id == anonymous.id))
    opening.is_anonymous = True
    db.session.flush()
    sign_in(client, make_viewer(P))
    page = client.get(f"/t/{topic.id}").get_data(as_text=True)
    assert f'<a href="/members/{findable.id}">Robin Ashworth</a>' in page
    assert "Sam Hidden" in page
    assert f"/members/{hidden.id}" not in page
    sign_in(client, make_moderator())
    anonymous_page = client.get(f"/t/{anonymous.id}").get_data(as_text=True)
    assert "Anonymous member" in anonymous_page
    assert f"/members/{findable.id}" not in anonymous_page


def test_a_member_edits_their_profile_and_sees_it(client):
    member = make_member(P)
    sign_in(client, member)
    form = client.get("/settings/profile").get_data(as_text=True)
    assert 'value="Northshire Council"' in form  # filled from the application, not yet shown
    assert "Northshire Council" not in client.get(f"/members/{member.id}").get_data(as_text=True)
    response = client.post(
        "/settings/profile",
        data={
            "display_name": "Robin A.",
            "role_line": "Personal adviser",
            "organisation": "Northshire Council",
            "region": "North West",
            "country": "England",
            "interests": "housing",
            "about": "I help young people **find a home** after care.",
            "submit": "Save profile",
        },
    )
    assert response.status_code == 302
    assert response.headers["Location"] == f"/members/{member.id}"
    page = client.get(f"/members/{member.id}").get_data(as_text=True)
    assert "Robin A." in page
    assert "<strong>find a home</strong>" in page
    assert "Northshire Council" in page


def test_about_with_a_childs_full_name_is_marked_and_nothing_typed_is_lost(client):
    member = make_member(P)
    sign_in(client, member)
    about = "Last year I supported Jayden Smith, aged 14, through his move to a new placement."
    response = client.post(
        "/settings/profile",
        data={
            "display_name": "A new name",
            "role_line": "Youth worker",
            "organisation": "Westshire",
            "region": "Wales",
            "country": "Wales",
            "interests": "youth justice",
            "about": about,
            "submit": "Save profile",
        },
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "<mark" in page
    assert re.search(r"<mark[^>]*>Jayden Smith</mark>", page)
    assert "edit the highlighted parts out" in page
    assert "Why is this safe to share?" not in page  # no way round it for profile text
    for typed in ("A new name", "Youth worker", "Westshire", "youth justice", about):
        assert typed in page
    db.session.expire_all()
    saved = db.session.get(User, member.id)
    assert saved.display_name == "Robin Ashworth"
    assert saved.profile.about_source == ""


def test_a_display_name_is_needed(client):
    member = make_member(P)
    sign_in(client, member)
    response = client.post(
        "/settings/profile", data={"display_name": " ", "about": "Hello", "submit": "Save profile"}
    )
    assert response.status_code == 422
    assert "Display name" in response.get_data(as_text=True)
    assert "Hello" in response.get_data(as_text=True)
