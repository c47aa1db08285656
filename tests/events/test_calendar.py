"""'Add to calendar': an .ics file that calendar apps read at the right moment, clocks changing or not."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlsplit

import icalendar
import pytest

from forum.accounts.models import MemberType
from forum.extensions import db
from forum.threads.models import PostState
from tests.events.helpers import event_form, make_event
from tests.factories import make_moderator, make_topic, make_user, sign_in, space


def ics(client, topic_id: int) -> icalendar.Event:
    response = client.get(f"/t/{topic_id}/event.ics")
    assert response.status_code == 200
    assert response.mimetype == "text/calendar"
    assert response.headers["Content-Disposition"] == (
        f'attachment; filename="event-{topic_id}.ics"'
    )
    calendar = icalendar.Calendar.from_ical(response.data)
    (event,) = calendar.events
    return event


@pytest.mark.parametrize(
    ("day", "utc_hour"),
    [
        ("2026-10-24", 9),  # British Summer Time: 10:00 is 09:00 UTC
        ("2026-10-31", 10),  # the clocks went back on 25 October: 10:00 is 10:00 UTC
    ],
)
def test_ten_oclock_in_london_is_the_right_utc_time_either_side_of_the_clock_change(
    client, day, utc_hour
):
    organiser = make_user()
    topic = make_topic(organiser, "courses-events", title="Supervision skills workshop")
    sign_in(client, organiser)
    saved = client.post(
        f"/t/{topic.id}/event",
        data=event_form(starts=f"{day}T10:00", ends=f"{day}T11:30", time_zone="Europe/London"),
    )
    assert saved.status_code == 302

    event = ics(client, topic.id)

    year, month, date = (int(part) for part in day.split("-"))
    assert event.start.astimezone(UTC) == datetime(year, month, date, utc_hour, 0, tzinfo=UTC)
    assert event.end.astimezone(UTC) == datetime(year, month, date, utc_hour + 1, 30, tzinfo=UTC)
    # In the organiser's zone, with that zone's rules in the file for the calendar app.
    assert str(event.start.tzinfo) == "Europe/London"
    assert (event.start.hour, event.start.minute) == (10, 0)


def test_the_file_carries_title_link_place_and_a_stable_uid(app, client):
    organiser = make_user()
    topic = make_event(
        organiser,
        title="Life story work: an evening course",
        place="https://meet.example.org/life-story",
        link="https://courses.example.org/life-story",
    )
    reader = make_user()
    sign_in(client, reader)

    first = ics(client, topic.id)
    again = ics(client, topic.id)

    assert str(first["SUMMARY"]) == "Life story work: an evening course"
    assert str(first["LOCATION"]) == "https://meet.example.org/life-story"
    assert f"{app.config['BASE_URL']}/t/{topic.id}" in str(first["DESCRIPTION"])
    assert "https://courses.example.org/life-story" in str(first["DESCRIPTION"])
    host = urlsplit(app.config["BASE_URL"]).hostname
    assert str(first["UID"]) == str(again["UID"]) == f"event-{topic.id}@{host}"
    calendar = icalendar.Calendar.from_ical(client.get(f"/t/{topic.id}/event.ics").data)
    assert [tz.tz_name for tz in calendar.timezones] == ["Europe/London"]


def test_a_member_who_may_not_read_the_topic_gets_404(client):
    practitioners_only = space("good-practice")
    practitioners_only.allows_events = True
    topic = make_event(make_user(), slug="good-practice")
    care_leaver = make_user(member_type=MemberType.care_leaver)
    sign_in(client, care_leaver)

    assert client.get(f"/t/{topic.id}/event.ics").status_code == 404
    assert client.get(f"/t/{topic.id}/event").status_code == 404
    assert client.post(f"/t/{topic.id}/going").status_code == 404
    assert client.get(f"/t/{topic.id + 999}/event.ics").status_code == 404


def test_a_topic_without_an_event_has_no_calendar_file(client):
    topic = make_topic(make_user(), "courses-events")
    sign_in(client, make_user())
    assert client.get(f"/t/{topic.id}/event.ics").status_code == 404


def test_a_held_event_topic_is_404_for_others_but_not_for_moderators(client):
    topic = make_event(make_user())
    topic.state = PostState.held
    db.session.flush()
    sign_in(client, make_user())
    assert client.get(f"/t/{topic.id}/event.ics").status_code == 404
    sign_in(client, make_moderator())
    assert client.get(f"/t/{topic.id}/event.ics").status_code == 200
