"""Adding and editing event details: who may, what is checked, and how times read."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from forum.events.models import Event, PlaceKind
from forum.extensions import db
from forum.threads.models import Topic
from tests.events.helpers import event_form, make_event
from tests.factories import make_moderator, make_topic, make_user, sign_in


def saved_event(topic_id: int) -> Event | None:
    db.session.expire_all()
    return db.session.get(Event, topic_id)


def test_the_author_adds_event_details_from_the_topic_page(client):
    author = make_user()
    topic = make_topic(author, "courses-events", title="Direct work with teenagers")
    sign_in(client, author)
    page = client.get(f"/t/{topic.id}").get_data(as_text=True)
    assert "Add event details" in page

    form = client.get(f"/t/{topic.id}/event").get_data(as_text=True)
    for label in ("Starts", "Ends", "Time zone", "Where", "Place or joining link", "Link"):
        assert f">{label}</" in form
    assert "This is a scheduled chat: replies open at the start time" in form
    response = client.post(
        f"/t/{topic.id}/event",
        data=event_form(place_kind="in_person", place="Room 2, the training centre"),
    )
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/t/{topic.id}#event")

    event = saved_event(topic.id)
    assert event is not None
    assert event.starts_at == datetime(2026, 10, 24, 9, 0, tzinfo=UTC)
    assert event.place_kind is PlaceKind.in_person
    page = client.get(f"/t/{topic.id}").get_data(as_text=True)
    assert "Edit event details" in page
    assert "Sat 24 Oct 2026, 10:00 to 11:30 BST" in page
    assert "In person" in page
    assert "Room 2, the training centre" in page


def test_the_form_opens_in_the_members_time_zone_and_again_with_what_was_saved(client):
    author = make_user(time_zone="America/New_York")
    topic = make_topic(author, "courses-events")
    sign_in(client, author)
    blank = client.get(f"/t/{topic.id}/event").get_data(as_text=True)
    assert '<option selected value="America/New_York">' in blank

    client.post(f"/t/{topic.id}/event", data=event_form(time_zone="Asia/Tokyo"))
    again = client.get(f"/t/{topic.id}/event").get_data(as_text=True)
    assert 'value="2026-10-24T10:00"' in again
    assert '<option selected value="Asia/Tokyo">' in again


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"ends": "2026-10-24T09:00"}, "ends", "The end must be after the start."),
        ({"ends": "2026-10-24T10:00"}, "ends", "The end must be after the start."),
        ({"starts": ""}, "starts", "Enter when it starts."),
        ({"starts": "next Tuesday"}, "starts", "Enter a date and time, like 2026-10-24 10:00."),
        ({"time_zone": "Mars/Olympus_Mons"}, "time_zone", "Choose a time zone from the list."),
        ({"link": "javascript:alert(1)"}, "link", "starting with https:// or http://"),
        ({"link": "ftp://files.example.org/x"}, "link", "starting with https:// or http://"),
        (
            {"starts": "2026-03-29T01:30", "ends": "2026-03-29T03:00"},
            "starts",
            "does not exist in Europe/London: the clocks go forward then",
        ),
    ],
)
def test_details_that_do_not_make_sense_are_refused_with_what_was_typed(
    client, fields, field, message
):
    author = make_user()
    topic = make_topic(author, "courses-events")
    sign_in(client, author)
    data = event_form(place="Kept as typed", **fields)
    response = client.post(f"/t/{topic.id}/event", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert message in page
    assert f'id="{field}-error"' in page or f'id="{field}"' in page
    assert "Kept as typed" in page
    assert saved_event(topic.id) is None


def test_a_time_that_happens_twice_when_the_clocks_go_back_means_the_first(client):
    author = make_user()
    topic = make_topic(author, "courses-events")
    sign_in(client, author)
    client.post(
        f"/t/{topic.id}/event",
        data=event_form(starts="2026-10-25T01:30", ends="2026-10-25T03:00"),
    )
    event = saved_event(topic.id)
    assert event is not None
    assert event.starts_at == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 01:30 BST
    assert event.ends_at == datetime(2026, 10, 25, 3, 0, tzinfo=UTC)  # 03:00 GMT


def test_only_the_author_or_a_moderator_may_edit_the_details(client):
    author = make_user()
    topic = make_event(author)
    sign_in(client, make_user())
    assert "Edit event details" not in client.get(f"/t/{topic.id}").get_data(as_text=True)
    assert client.get(f"/t/{topic.id}/event").status_code == 403
    assert client.post(f"/t/{topic.id}/event", data=event_form()).status_code == 403

    sign_in(client, make_moderator())
    assert client.post(f"/t/{topic.id}/event", data=event_form()).status_code == 302


def test_a_space_without_events_offers_no_event_details(client):
    author = make_user()
    topic = make_topic(author, "good-practice")
    sign_in(client, author)
    assert "Add event details" not in client.get(f"/t/{topic.id}").get_data(as_text=True)
    assert client.get(f"/t/{topic.id}/event").status_code == 403


def test_times_show_in_the_readers_zone_with_the_organisers_zone_named(client):
    topic = make_event(
        make_user(),
        datetime(2026, 10, 24, 9, 0, tzinfo=UTC),
        hours=1.5,
        time_zone="Europe/London",
    )
    sign_in(client, make_user(time_zone="America/New_York"))
    page = client.get(f"/t/{topic.id}").get_data(as_text=True)
    assert "Sat 24 Oct 2026, 05:00 to 06:30 EDT" in page
    assert "In the organiser's, Europe/London: Sat 24 Oct 2026, 10:00 to 11:30 BST" in page
    assert 'title="Sat 24 Oct 2026, 05:00 EDT"' in page  # the exact time on hover

    sign_in(client, make_user(time_zone="Europe/London"))
    page = client.get(f"/t/{topic.id}").get_data(as_text=True)
    assert "Sat 24 Oct 2026, 10:00 to 11:30 BST" in page
    assert "Time zone: Europe/London (yours and the organiser's)" in page


def test_a_course_link_and_an_online_joining_link_are_links(client):
    topic = make_event(
        make_user(),
        place="https://meet.example.org/room",
        link="https://courses.example.org/book",
    )
    sign_in(client, make_user())
    page = client.get(f"/t/{topic.id}").get_data(as_text=True)
    assert '<a href="https://courses.example.org/book" rel="nofollow noopener noreferrer">' in page
    assert '<a href="https://meet.example.org/room" rel="nofollow noopener noreferrer">' in page


def test_a_new_topic_in_the_events_space_can_be_an_event_at_once(client):
    author = make_user()
    sign_in(client, author)
    form = client.get("/s/courses-events/new").get_data(as_text=True)
    assert "Event details" in form
    assert 'name="event-starts"' in form
    assert "Event details" not in client.get("/s/off-topic/new").get_data(as_text=True)

    response = client.post(
        "/s/courses-events/new",
        data={
            "title": "Chat: supervision that helps",
            "body": "An hour to talk about what good supervision looks like.",
            **{f"event-{name}": value for name, value in event_form().items()},
            "event-is_chat": "y",
        },
    )
    assert response.status_code == 302
    topic = db.session.scalar(select(Topic).where(Topic.title == "Chat: supervision that helps"))
    assert topic is not None
    event = saved_event(topic.id)
    assert event is not None
    assert event.is_chat
    assert event.starts_at == datetime(2026, 10, 24, 9, 0, tzinfo=UTC)


def test_a_new_topic_with_wrong_event_details_is_not_saved(client):
    sign_in(client, make_user())
    response = client.post(
        "/s/courses-events/new",
        data={
            "title": "A course with its times backwards",
            "body": "Details below.",
            **{f"event-{k}": v for k, v in event_form(ends="2026-10-24T08:00").items()},
        },
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "The end must be after the start." in page
    assert "A course with its times backwards" in page  # what was typed stays
    assert db.session.scalar(select(Topic).where(Topic.title.like("A course with%"))) is None


def test_a_new_topic_without_event_details_is_a_plain_topic(client):
    sign_in(client, make_user())
    response = client.post(
        "/s/courses-events/new",
        data={
            "title": "Which courses are worth it?",
            "body": "Asking for recommendations.",
            "event-time_zone": "Europe/London",
            "event-place_kind": "online",
        },
    )
    assert response.status_code == 302
    topic = db.session.scalar(select(Topic).where(Topic.title == "Which courses are worth it?"))
    assert topic is not None
    assert saved_event(topic.id) is None


@pytest.mark.parametrize(
    "value", ["0001-01-01T00:00", "9999-12-31T23:59", "2026-02-30T10:00", "\x00", "x" * 5000]
)
def test_a_start_nobody_could_mean_is_refused_not_a_crash(client, value):
    author = make_user()
    topic = make_topic(author, "courses-events")
    sign_in(client, author)
    data = event_form(starts=value, ends="9999-12-31T23:59", time_zone="Asia/Tokyo")
    response = client.post(f"/t/{topic.id}/event", data=data)
    assert response.status_code == 422
    assert saved_event(topic.id) is None


@pytest.mark.parametrize(
    "cursor", ["20261024T100000.000000_99999999999999999999", "_", "x_y", "2026_-1", "\x00"]
)
def test_a_hostile_events_cursor_starts_from_the_beginning(client, cursor):
    sign_in(client, make_user())
    assert client.get("/events", query_string={"after": cursor}).status_code == 200
