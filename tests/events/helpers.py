"""Event topics for the events tests: plain functions that flush, never commit."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from forum import markup
from forum.accounts.models import User
from forum.events.models import Event, EventRsvp, PlaceKind
from forum.extensions import db, utcnow
from forum.threads.models import Post, Topic
from tests.factories import make_topic

SPACE = "courses-events"


def make_event(
    author: User,
    starts_at: datetime | None = None,
    *,
    hours: float = 1,
    slug: str = SPACE,
    title: str | None = None,
    **values: Any,
) -> Topic:
    """An event topic (starting tomorrow unless told) in the events space."""
    topic = make_topic(author, slug, title=title)
    starts_at = starts_at or utcnow().replace(microsecond=0) + timedelta(days=1)
    values.setdefault("time_zone", "Europe/London")
    values.setdefault("place_kind", PlaceKind.online)
    db.session.add(
        Event(
            topic_id=topic.id,
            starts_at=starts_at,
            ends_at=starts_at + timedelta(hours=hours),
            **values,
        )
    )
    db.session.flush()
    return topic


def answer(topic: Topic, member: User, going: bool = True) -> None:
    db.session.add(EventRsvp(topic_id=topic.id, user_id=member.id, going=going))
    db.session.flush()


def reply(topic: Topic, author: User, *, anonymous: bool = False, body: str = "A reply.") -> Post:
    topic.post_count += 1
    post = Post(
        topic=topic,
        author=author,
        number=topic.post_count,
        body_source=body,
        body_html=markup.render(body),
        is_anonymous=anonymous,
    )
    db.session.add(post)
    db.session.flush()
    return post


def event_form(**overrides: str) -> dict[str, str]:
    """The event page's fields as a browser sends them."""
    data = {
        "starts": "2026-10-24T10:00",
        "ends": "2026-10-24T11:30",
        "time_zone": "Europe/London",
        "place_kind": "online",
        "place": "https://meet.example.org/practice",
        "link": "",
    }
    data.update(overrides)
    return data
