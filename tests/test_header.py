"""The header: site name, "Search", "Notifications" and one menu holding everything else."""

from __future__ import annotations

import re

from forum.accounts.models import AccountStatus, MemberType
from forum.extensions import db
from forum.notifications.models import Notification
from tests.factories import make_moderator, make_user, sign_in


def header(client, path: str = "/") -> str:
    response = client.get(path)
    assert response.status_code == 200
    return response.get_data(as_text=True).split("</header>")[0]


def menu(page: str) -> str:
    found = re.search(r'<details class="account-menu">(.*?)</details>', page, re.S)
    assert found, "the header has no menu"
    return found.group(1)


def outside_menu(page: str) -> str:
    return re.sub(r'<details class="account-menu">.*?</details>', "", page, flags=re.S)


def test_a_member_gets_search_notifications_and_a_menu_of_their_links(client):
    member = make_user(display_name="River", member_type=MemberType.care_leaver)
    sign_in(client, member)

    page = header(client)

    row = outside_menu(page)
    assert 'class="brand" href="/"' in row
    assert '<nav class="header-nav" aria-label="Main">' in row
    assert '<label for="header-q" class="visually-hidden">Search</label>' in row
    assert '<button type="submit">Search</button>' in row
    assert 'href="/search"' in row  # the narrow-screen "Search" link
    assert ">Notifications</a>" in row
    inside = menu(page)
    assert "<summary>Menu</summary>" in inside
    assert "Signed in as River" in inside
    for link in (
        f'<a href="/members/{member.id}">Your profile</a>',
        '<a href="/settings">Settings</a>',
        '<a href="/bookmarks">Bookmarks</a>',
        '<a href="/spaces">Spaces</a>',
        '<a href="/events">Events</a>',
        '<a href="/members">Members</a>',
        '<a href="/connections">Connections</a>',
        '<a href="/messages">Messages</a>',
        '<a href="/checkins">Check-ins</a>',
    ):
        assert link in inside, link
    assert re.search(r'<form method="post" action="/sign-out">.*?Sign out</button>', inside, re.S)
    assert "Moderation" not in page


def test_the_notification_count_shows_in_the_row_and_the_menu_says_something_is_new(client):
    member = make_user()
    db.session.add_all(
        Notification(user_id=member.id, kind="reply", text="A reply", link="/") for _ in range(2)
    )
    db.session.flush()
    sign_in(client, member)

    page = header(client)

    assert 'Notifications <span class="count">(2 new)</span></a>' in outside_menu(page)
    assert "(something new inside)" not in page  # notifications are not inside the menu


def test_the_search_page_leaves_out_the_header_search(client):
    sign_in(client, make_user())

    page = header(client, "/search?q=placement")

    assert 'id="header-q"' not in page
    assert 'href="/search"' not in page


def test_a_moderator_gets_one_moderation_entry_in_the_menu_with_what_waits(client):
    make_user(status=AccountStatus.pending)
    sign_in(client, make_moderator())

    page = header(client)

    inside = menu(page)
    assert '<a href="/moderation">Moderation <span class="count">(1)</span></a>' in inside
    assert page.count("Moderation") == 1
    assert "(something new inside)" in page  # the summary says the menu holds news


def test_members_who_cannot_have_check_ins_are_not_offered_them(client):
    sign_in(client, make_user(member_type=MemberType.ally))

    assert "Check-ins" not in header(client)


def test_signed_out_visitors_get_sign_in_and_apply_only(client):
    page = header(client, "/sign-in")

    assert '<a class="header-link" href="/sign-in">Sign in</a>' in page
    assert '<a class="header-link" href="/apply">Apply to join</a>' in page
    assert "account-menu" not in page
    assert "Search" not in page
    assert "Notifications" not in page
    assert 'href="#main">Skip to content</a>' in page


def test_an_applicant_gets_only_who_they_are_and_sign_out(client):
    sign_in(client, make_user(status=AccountStatus.pending, display_name="Alex B."))

    page = header(client, "/status")

    inside = menu(page)
    assert "Signed in as Alex B." in inside
    assert "Sign out</button>" in inside
    assert "Settings" not in page
    assert "Search" not in page
