"""Upcoming events on the home page and the "Events" page; both cost the same however many."""

from __future__ import annotations

import re
from datetime import timedelta

from forum.accounts.models import MemberType
from forum.extensions import db, utcnow
from forum.threads.models import PostState
from tests.events.helpers import answer, make_event
from tests.factories import make_user, sign_in, space


def soon(hours: float):
    return utcnow().replace(microsecond=0) + timedelta(hours=hours)


def titles(page: str) -> list[str]:
    return re.findall(r'class="topic-title"><a href="/t/\d+">([^<]+)</a>', page)


def test_the_home_page_shows_the_next_five_events_the_member_can_see(client):
    organiser = make_user()
    for n in range(7):
        make_event(organiser, soon(10 + n), title=f"Course {n}")
    make_event(organiser, soon(-3), hours=1, title="Already over")
    make_event(organiser, soon(-0.5), hours=2, title="Happening right now")
    hidden = make_event(organiser, soon(1), title="Hidden by a moderator")
    hidden.hidden_at = utcnow()
    held = make_event(organiser, soon(1), title="Held for review")
    held.state = PostState.held
    practitioners = space("good-practice")
    practitioners.allows_events = True
    make_event(organiser, soon(2), slug="good-practice", title="Practitioners only")
    answer(make_event(organiser, soon(3), title="Popular"), make_user())
    db.session.flush()

    sign_in(client, make_user(member_type=MemberType.care_leaver))
    page = client.get("/").get_data(as_text=True)

    assert "Upcoming events" in page
    assert titles(page) == ["Happening right now", "Popular", "Course 0", "Course 1", "Course 2"]
    assert "1 going" in page
    assert 'href="/events"' in page


def test_the_home_page_has_no_events_section_when_nothing_is_planned(client):
    sign_in(client, make_user())
    assert "Upcoming events" not in client.get("/").get_data(as_text=True)


def test_the_events_page_lists_every_upcoming_event_a_page_at_a_time(app, client, monkeypatch):
    monkeypatch.setitem(app.config, "TOPICS_PER_PAGE", 7)
    organiser = make_user()
    starts = soon(24)
    for n in range(30):  # several at the same time: the page keys on (start, topic id)
        make_event(organiser, starts + timedelta(hours=n // 3), title=f"Session {n:02d}")
    sign_in(client, make_user())

    seen: list[str] = []
    pages = 0
    url = "/events"
    while url:
        page = client.get(url).get_data(as_text=True)
        seen += titles(page)
        pages += 1
        found = re.search(r'<a rel="next" href="([^"]+)">Later events</a>', page)
        url = found.group(1).replace("&amp;", "&") if found else ""
    assert seen == [f"Session {n:02d}" for n in range(30)]
    assert pages == 5


def test_the_events_page_says_when_nothing_is_planned(client):
    sign_in(client, make_user())
    assert "Nothing is planned yet." in client.get("/events").get_data(as_text=True)


def test_a_bad_cursor_starts_from_the_beginning(client):
    make_event(make_user(), soon(5), title="The only event")
    sign_in(client, make_user())
    assert titles(client.get("/events?after=nonsense").get_data(as_text=True)) == ["The only event"]
