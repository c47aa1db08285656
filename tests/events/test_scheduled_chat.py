"""A scheduled chat takes no replies until `flask jobs run` opens it; "Going" members hear once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from forum.accounts.models import MemberType
from forum.events import jobs
from forum.events.models import Event
from forum.extensions import db
from forum.notifications.models import Notification
from forum.threads.models import Post
from tests.events.helpers import answer, make_event
from tests.factories import make_moderator, make_user, sign_in, space

STARTS = datetime(2030, 3, 4, 19, 0, tzinfo=UTC)


def event_notes(member_id: int) -> list[Notification]:
    return list(
        db.session.scalars(
            select(Notification)
            .where(Notification.user_id == member_id, Notification.kind == "event")
            .order_by(Notification.id)
        )
    )


def chat(title: str = "Chat: staying put arrangements", **values):
    return make_event(make_user(), STARTS, title=title, is_chat=True, **values)


def test_a_chat_is_closed_for_replies_before_it_opens(client):
    topic = chat()
    member = make_user()
    sign_in(client, member)
    page = client.get(f"/t/{topic.id}").get_data(as_text=True)
    assert "Replies open at the start time." in page
    assert "Post reply" not in page

    refused = client.post(f"/t/{topic.id}/reply", data={"body": "Am I early?"})
    assert refused.status_code == 403
    assert "This chat is not open yet" in refused.get_data(as_text=True)
    assert db.session.scalar(select(Post).where(Post.body_source == "Am I early?")) is None


def test_a_moderator_may_post_in_a_chat_before_it_opens(client):
    topic = chat()
    sign_in(client, make_moderator())
    response = client.post(f"/t/{topic.id}/reply", data={"body": "Welcome, we start at seven."})
    assert response.status_code == 302


def test_jobs_run_as_of_the_start_opens_the_chat_and_tells_going_members_once(app, runner, client):
    topic = chat(title="Chat: first weeks in placement")
    going, not_going, silent = make_user(), make_user(), make_user()
    answer(topic, going)
    answer(topic, not_going, going=False)
    db.session.commit()

    early = runner.invoke(args=["jobs", "run", "--only", "events", "--as-of", "2030-03-04T17:00"])
    assert early.exit_code == 0, early.output
    assert "events: 0 chats opened" in early.output
    assert event_notes(going.id) == []

    for _ in range(2):  # safe to run twice
        result = runner.invoke(
            args=["jobs", "run", "--only", "events", "--as-of", "2030-03-04T19:00"]
        )
        assert result.exit_code == 0, result.output
    db.session.expire_all()

    (note,) = event_notes(going.id)
    assert note.text == "“Chat: first weeks in placement” is open: join the chat"
    assert note.link == f"/t/{topic.id}"
    assert event_notes(not_going.id) == event_notes(silent.id) == []
    event = db.session.get(Event, topic.id)
    assert event is not None
    assert event.opened_at == STARTS

    sign_in(client, going)
    page = client.get(f"/t/{topic.id}").get_data(as_text=True)
    assert "The chat is open" in page
    assert "Open now" in page
    assert "Post reply" in page
    assert client.post(f"/t/{topic.id}/reply", data={"body": "Hello all"}).status_code == 302
    notes = client.get("/notifications").get_data(as_text=True)
    assert "is open: join the chat" in notes


def test_a_member_who_can_no_longer_read_the_chat_is_not_told(app):
    practitioners = space("good-practice")
    practitioners.allows_events = True
    topic = make_event(make_user(), STARTS, slug="good-practice", is_chat=True)
    leaver = make_user(member_type=MemberType.care_leaver)  # said going, then the space changed
    answer(topic, leaver)
    db.session.commit()
    jobs.run_due(STARTS)
    assert event_notes(leaver.id) == []


def test_a_chat_caught_up_after_it_ended_opens_without_telling_anyone(app):
    topic = chat()
    going = make_user()
    answer(topic, going)
    db.session.commit()
    assert jobs.run_due(STARTS + timedelta(hours=5)).startswith("1 chat opened")
    assert event_notes(going.id) == []


def test_going_members_are_reminded_an_hour_before_once(app):
    topic = make_event(make_user(), STARTS, title="Direct work course")
    going = make_user(time_zone="Europe/London")
    answer(topic, going)
    db.session.commit()

    jobs.run_due(STARTS - timedelta(hours=2))
    assert event_notes(going.id) == []
    jobs.run_due(STARTS - timedelta(minutes=59))
    jobs.run_due(STARTS - timedelta(minutes=30))
    (note,) = event_notes(going.id)
    assert note.text == "“Direct work course” starts at Mon 4 Mar 2030, 19:00 GMT"
    assert note.link == f"/t/{topic.id}#event"


def test_a_member_reminded_before_the_start_still_hears_once_that_it_opened(app):
    topic = chat(title="Chat: contact after adoption")
    going = make_user()
    answer(topic, going)
    db.session.commit()
    for minutes in (-50, -10, 0, 0, 1):
        jobs.run_due(STARTS + timedelta(minutes=minutes))
    texts = [note.text for note in event_notes(going.id)]
    assert texts == [
        "“Chat: contact after adoption” starts at Mon 4 Mar 2030, 19:00 GMT",
        "“Chat: contact after adoption” is open: join the chat",
    ]


def test_jobs_list_names_the_events_job(runner):
    result = runner.invoke(args=["jobs", "list"])
    assert "events: Open scheduled chats; remind who is going." in result.output


def test_a_chat_moved_out_of_the_events_space_is_a_plain_topic(client):
    topic = chat()
    topic.space = space("off-topic")
    db.session.flush()
    sign_in(client, make_user())
    page = client.get(f"/t/{topic.id}").get_data(as_text=True)
    assert 'id="event"' not in page
    assert "Post reply" in page
