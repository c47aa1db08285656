""" "Going" / "Not going", and who the panel says is taking part."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from forum.accounts.models import AccountStatus, MemberType
from forum.events.models import EventRsvp
from forum.extensions import db, utcnow
from tests.events.helpers import answer, make_event, reply
from tests.factories import make_topic, make_user, sign_in, space


def answers(topic_id: int) -> dict[int, bool]:
    db.session.expire_all()
    return {
        r.user_id: r.going
        for r in db.session.scalars(select(EventRsvp).where(EventRsvp.topic_id == topic_id))
    }


def test_a_member_says_going_then_changes_their_mind(client):
    topic = make_event(make_user())
    member = make_user(display_name="Jo Practitioner")
    sign_in(client, member)
    page = client.get(f"/t/{topic.id}").get_data(as_text=True)
    assert "Are you going?" in page
    assert ">Going</button>" in page
    assert ">Not going</button>" in page

    response = client.post(f"/t/{topic.id}/going", follow_redirects=True)
    page = response.get_data(as_text=True)
    assert "You said you are going." in page
    assert "Jo Practitioner" in page.split('id="event"')[1]
    assert answers(topic.id) == {member.id: True}

    page = client.post(f"/t/{topic.id}/not-going", follow_redirects=True).get_data(as_text=True)
    assert "You said you are not going." in page
    assert answers(topic.id) == {member.id: False}
    assert "Jo Practitioner" not in page.split('id="event"')[1]


def test_answering_is_a_post_only(client):
    topic = make_event(make_user())
    sign_in(client, make_user())
    assert client.get(f"/t/{topic.id}/going").status_code == 405
    assert answers(topic.id) == {}


def test_a_topic_without_an_event_takes_no_answers(client):
    topic = make_topic(make_user(), "courses-events")
    sign_in(client, make_user())
    assert client.post(f"/t/{topic.id}/going").status_code == 404


def test_an_event_that_has_ended_takes_no_answers(client):
    topic = make_event(make_user(), utcnow() - timedelta(hours=3))
    member = make_user()
    sign_in(client, member)
    page = client.get(f"/t/{topic.id}").get_data(as_text=True)
    assert ">Going</button>" not in page
    assert "Ended" in page
    page = client.post(f"/t/{topic.id}/going", follow_redirects=True).get_data(as_text=True)
    assert "This event has ended." in page
    assert answers(topic.id) == {}


def test_an_event_lists_who_is_going_by_name(client):
    topic = make_event(make_user())
    for name in ("Ama", "Ben", "Cal"):
        answer(topic, make_user(display_name=name))
    answer(topic, make_user(display_name="Dee"), going=False)
    answer(topic, make_user(display_name="Erased", status=AccountStatus.erased))
    sign_in(client, make_user())
    panel = client.get(f"/t/{topic.id}").get_data(as_text=True).split('id="event"')[1]
    assert "<h3>Going</h3>" in panel
    assert "Ama, Ben, Cal" in panel
    assert "Dee" not in panel
    assert "Erased" not in panel


def test_a_chat_lists_who_is_going_or_replied_and_never_names_anonymous_repliers(client):
    lounge = space("care-leavers-lounge")  # allows anonymous posting
    lounge.allows_events = True
    leaver = {"member_type": MemberType.care_leaver}
    topic = make_event(make_user(**leaver), slug="care-leavers-lounge", is_chat=True)
    answer(topic, make_user(display_name="Going Gail", **leaver))
    reply(topic, make_user(display_name="Replying Ray", **leaver))
    hidden = make_user(display_name="Secret Sam", **leaver)
    reply(topic, hidden, anonymous=True)
    reply(topic, hidden, anonymous=True)
    reply(topic, make_user(display_name="Hidden Hal", **leaver), anonymous=True)
    sign_in(client, make_user(**leaver))

    panel = client.get(f"/t/{topic.id}").get_data(as_text=True).split('id="event"')[1]

    assert "<h3>Taking part</h3>" in panel
    assert "Going Gail, Replying Ray" in panel
    assert "and 2 anonymous members" in panel
    assert "Secret Sam" not in panel
    assert "Hidden Hal" not in panel
    assert '1 said "Going"' in panel


def test_many_people_going_are_summed_up_after_the_first_thirty(client):
    topic = make_event(make_user())
    for n in range(35):
        answer(topic, make_user(display_name=f"Person {n:02d}"))
    sign_in(client, make_user())
    panel = client.get(f"/t/{topic.id}").get_data(as_text=True).split('id="event"')[1]
    assert "Person 29" in panel
    assert "Person 30" not in panel
    assert "and 5 more" in panel
