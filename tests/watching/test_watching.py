"""Watch and mute, for a topic and for a space: who hears about what."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from forum.accounts.models import MemberType
from forum.extensions import db
from forum.notifications.models import DigestSetting, Notification, NotificationPreference
from forum.privacy.erasure import erase_member
from forum.privacy.export import collect
from forum.threads.models import Topic
from forum.watching.models import SpaceWatch, TopicWatch, WatchLevel
from tests.factories import make_topic, make_user, space
from tests.notifications.support import browser, notes_of, reply, text


def choose(app, member, url: str, level: str) -> str:
    response = browser(app, member).post(url, data={"level": level}, follow_redirects=True)
    assert response.status_code == 200
    return text(response)


def watch_topic(app, member, topic, level: str = "watching") -> str:
    return choose(app, member, f"/t/{topic.id}/watching", level)


def watch_space(app, member, slug: str, level: str = "watching") -> str:
    return choose(app, member, f"/s/{slug}/watching", level)


def new_topic(app, author, slug: str = "good-practice", title: str = "Life story books") -> Topic:
    response = browser(app, author).post(
        f"/s/{slug}/new", data={"title": title, "body": "How do you start one?"}
    )
    assert response.status_code == 302, text(response)
    found = db.session.scalar(select(Topic).where(Topic.title == title))
    assert found is not None
    return found


def kinds_of(member) -> list[str]:
    return [n.kind for n in notes_of(member)]


def test_watching_a_topic_tells_you_about_every_reply(app):
    topic = make_topic(make_user(), "welcome", title="Hello all")
    watcher = make_user()
    page = watch_topic(app, watcher, topic)
    assert "You are watching this topic: you will hear about every reply." in page
    assert ">Stop watching</button>" in page
    reply(app, make_user(display_name="Tom"), topic)
    reply(app, make_user(display_name="Jo"), topic)
    assert [n.text for n in notes_of(watcher)] == [
        "Tom replied to “Hello all”",
        "Jo replied to “Hello all”",
    ]
    assert kinds_of(watcher) == ["watched", "watched"]

    page = watch_topic(app, watcher, topic, "normal")
    assert "This topic is back to normal notifications." in page
    assert ">Watch</button>" in page
    reply(app, make_user(), topic)
    assert len(notes_of(watcher)) == 2


def test_the_author_hears_replies_without_watching_until_they_mute(app):
    author = make_user()
    topic = make_topic(author, "welcome")
    page = text(browser(app, author).get(f"/t/{topic.id}"))
    assert "You started this topic, so you hear about every reply." in page
    assert ">Watch</button>" not in page  # nothing to add: they hear it all already
    reply(app, make_user(), topic)
    assert kinds_of(author) == ["reply"]

    page = watch_topic(app, author, topic, "muted")
    assert "You muted this topic: you will hear nothing more from it, except mentions." in page
    assert ">Unmute</button>" in page
    reply(app, make_user(), topic)
    assert kinds_of(author) == ["reply"]

    watch_topic(app, author, topic, "normal")
    reply(app, make_user(), topic)
    assert kinds_of(author) == ["reply", "reply"]


def test_a_muted_topic_still_lets_a_mention_through(app):
    author = make_user(display_name="Priya Sharma")
    topic = make_topic(author, "welcome")
    watch_topic(app, author, topic, "muted")
    reply(app, make_user(), topic, "@Priya Sharma what do you think?")
    assert kinds_of(author) == ["mention"]


def test_watching_a_space_tells_you_about_new_topics_not_their_replies(app):
    watcher = make_user()
    page = watch_space(app, watcher, "good-practice")
    assert "You are watching this space: you will hear about every new topic in it." in page
    started = new_topic(app, make_user(display_name="Tom"))
    assert [n.text for n in notes_of(watcher)] == [
        "Tom started “Life story books” in Good practice"
    ]
    reply(app, make_user(), started)
    assert len(notes_of(watcher)) == 1  # replies are for the topic's own watchers
    new_topic(app, make_user(), "welcome", "Elsewhere")
    assert len(notes_of(watcher)) == 1


def test_a_topics_own_choice_wins_over_its_spaces(app):
    member = make_user()
    watch_space(app, member, "good-practice", "muted")
    started = new_topic(app, make_user())
    assert notes_of(member) == []  # the space is muted: no new topic news
    watch_topic(app, member, started)  # but this one topic matters
    reply(app, make_user(), started)
    assert kinds_of(member) == ["watched"]

    watch_space(app, member, "good-practice")
    watch_topic(app, member, started, "muted")
    reply(app, make_user(), started)
    new_topic(app, make_user(), title="Another one")
    assert kinds_of(member) == ["watched", "watched"]  # the new topic; not the muted topic


def test_muting_a_space_does_not_silence_replies_to_your_own_topic_there(app):
    author = make_user()
    watch_space(app, author, "good-practice", "muted")
    mine = new_topic(app, author)
    reply(app, make_user(), mine)
    assert kinds_of(author) == ["reply"]


def test_a_member_never_hears_of_a_new_topic_in_a_space_they_may_not_read(app):
    """Moved out of reach: a watch on a space that no longer admits them tells them nothing."""
    practitioner = make_user(member_type=MemberType.practitioner)
    db.session.add(
        SpaceWatch(
            user_id=practitioner.id,
            space_id=space("care-leavers-lounge").id,
            level=WatchLevel.watching,
        )
    )
    db.session.flush()
    new_topic(
        app, make_user(member_type=MemberType.care_leaver), "care-leavers-lounge", "Council tax"
    )
    assert notes_of(practitioner) == []


@pytest.mark.parametrize("url", ["/t/{topic}/watching", "/s/care-leavers-lounge/watching"])
def test_what_a_member_may_not_read_cannot_be_watched(app, url):
    hidden = make_topic(make_user(member_type=MemberType.care_leaver), "care-leavers-lounge")
    practitioner = make_user(member_type=MemberType.practitioner)
    response = browser(app, practitioner).post(
        url.format(topic=hidden.id), data={"level": "watching"}
    )
    assert response.status_code == 404
    assert db.session.scalar(select(TopicWatch)) is None
    assert db.session.scalar(select(SpaceWatch)) is None


def test_the_space_page_shows_the_buttons_for_the_members_choice(app):
    member = make_user()
    client = browser(app, member)
    page = text(client.get("/s/good-practice"))
    assert ">Watch</button>" in page
    assert ">Mute</button>" in page
    page = watch_space(app, member, "good-practice", "muted")
    assert "You muted this space" in page
    assert ">Unmute</button>" in page
    assert ">Watch</button>" not in page


def test_a_nonsense_level_changes_nothing(app):
    topic = make_topic(make_user(), "welcome")
    member = make_user()
    watch_topic(app, member, topic, "shouting")
    assert db.session.scalar(select(TopicWatch)) is None


def test_watches_and_settings_are_in_the_export_and_gone_after_erasure(app):
    member = make_user()
    topic = make_topic(make_user(), "welcome", title="Reflective practice")
    watch_topic(app, member, topic)
    watch_space(app, member, "good-practice", "muted")
    browser(app, member).post(
        "/settings/notifications",
        data={
            **{f"kind_{k}": "in_app" for k in ("mention", "quote", "reply", "watched")},
            **{
                f"kind_{k}": "off"
                for k in (
                    "message",
                    "connection_request",
                    "connection_accepted",
                    "event",
                    "checkin",
                )
            },
            "digest": "weekly",
        },
    )
    db.session.expire_all()
    [part] = [p for p in collect(member) if p.name == "notification_settings"]
    assert isinstance(part.data, dict)
    assert part.data["topics"] == [
        {"topic": "Reflective practice", "id": topic.id, "choice": "watching"}
    ]
    assert part.data["spaces"] == [{"space": "Good practice", "choice": "muted"}]
    assert part.data["email_digest"] == "Weekly"
    assert part.data["notifications"]["Private messages"] == "Off"
    assert part.data["notifications"]["When someone mentions you"] == "In app"

    erase_member(member)
    db.session.commit()
    for model in (TopicWatch, SpaceWatch):
        assert db.session.scalar(select(model)) is None
    assert db.session.scalar(select(NotificationPreference)) is None
    assert db.session.scalar(select(DigestSetting)) is None
    assert db.session.scalar(select(Notification).where(Notification.user_id == member.id)) is None
