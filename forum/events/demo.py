"""Demo events: a course, a meet-up and a scheduled chat, always in the coming days.

Times are set from today when the demo data is first made, on the organiser's
clock in Europe/London. Safe to run again: a topic that exists keeps its event.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from forum import markup
from forum.accounts.models import User
from forum.events import times
from forum.events.models import Event, EventRsvp, PlaceKind
from forum.extensions import db, utcnow
from forum.spaces.models import Space
from forum.threads.models import Post, Topic, TopicRead

SPACE = "courses-events"
ZONE = "Europe/London"


@dataclass(frozen=True)
class DemoEvent:
    title: str
    author: str
    body: str  # unused when the topic exists already (seed.py writes it)
    days_ahead: int
    starts: time
    hours: float
    place_kind: PlaceKind
    place: str = ""
    link: str = ""
    is_chat: bool = False
    going: tuple[str, ...] = field(default=())


EVENTS = [
    DemoEvent(
        "Free online course: trauma-informed practice basics",
        "ally@example.org",
        "",
        6,
        time(18, 30),
        1.5,
        PlaceKind.online,
        "https://meet.example.org/trauma-informed-basics",
        "https://courses.example.org/trauma-informed-basics",
        going=("student@example.org", "adviser@example.org"),
    ),
    DemoEvent(
        "Leaving care practitioners' meet-up in the North West",
        "adviser@example.org",
        "A morning to swap what works with pathway plans and staying put, with tea. "
        "Personal advisers, social workers and students welcome. No case details, please: "
        "bring the questions, not the people.",
        13,
        time(10, 0),
        3,
        PlaceKind.in_person,
        "Community room, Manchester Central Library",
        going=("practitioner@example.org",),
    ),
    DemoEvent(
        "Chat: the first weeks in a new placement, what helps?",
        "practitioner@example.org",
        "A one-hour chat for anyone who has started in, or supported someone through, a new "
        "placement. What made the first weeks easier? Replies open at the start time. "
        "Care leavers and practitioners both welcome; keep it anonymised as always.",
        1,
        time(19, 0),
        1,
        PlaceKind.online,
        "Here, in this topic",
        is_chat=True,
        going=("adviser@example.org", "student@example.org"),
    ),
]


def _at(days_ahead: int, starts: time) -> datetime:
    today = utcnow().astimezone(ZoneInfo(ZONE)).date()
    return times.to_utc(
        datetime.combine(today + timedelta(days=days_ahead), starts), ZONE, "starts"
    )


def _topic(space: Space, author: User, demo: DemoEvent) -> Topic:
    when = utcnow() - timedelta(days=1)
    topic = Topic(space=space, author=author, title=demo.title, created_at=when)
    topic.post_count, topic.last_post_at = 1, when
    db.session.add(topic)
    db.session.add(
        Post(
            topic=topic,
            author=author,
            number=1,
            body_source=demo.body,
            body_html=markup.render(demo.body),
            created_at=when,
        )
    )
    db.session.flush()
    db.session.add(TopicRead(user_id=author.id, topic_id=topic.id, last_read_number=1))
    return topic


def ensure_events(users: dict[str, User]) -> int:
    """Give the demo event topics their events; returns how many topics it had to add."""
    space = db.session.scalar(select(Space).where(Space.slug == SPACE))
    if space is None:
        return 0
    topics = {
        t.title: t
        for t in db.session.scalars(select(Topic).where(Topic.title.in_([e.title for e in EVENTS])))
    }
    added = 0
    for demo in EVENTS:
        topic = topics.get(demo.title)
        if topic is None:
            if not demo.body:
                continue
            topic, added = _topic(space, users[demo.author], demo), added + 1
        elif db.session.get(Event, topic.id) is not None:
            continue
        starts_at = _at(demo.days_ahead, demo.starts)
        db.session.add(
            Event(
                topic_id=topic.id,
                starts_at=starts_at,
                ends_at=starts_at + timedelta(hours=demo.hours),
                time_zone=ZONE,
                place_kind=demo.place_kind,
                place=demo.place,
                link=demo.link,
                is_chat=demo.is_chat,
            )
        )
        db.session.flush()
        for email in demo.going:
            db.session.add(EventRsvp(topic_id=topic.id, user_id=users[email].id, going=True))
    return added
