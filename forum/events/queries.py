"""What the event pages, the topic page and the home page show of events.

The topic page's panel costs nothing outside spaces for events, one query for
a topic in one (the event, the reader's own answer and the counts) and a second
for an event topic (the names of the people taking part). Lists cost one query
for the events, whatever their number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import aliased, attributes, contains_eager

from forum import cursors, policy
from forum.accounts.models import AccountStatus, User
from forum.events import times
from forum.events.models import Event, EventRsvp
from forum.extensions import db, utcnow
from forum.spaces.models import Space
from forum.threads.models import Post, PostState, Topic

# Names listed on the panel; beyond that the panel says how many more.
NAMES_SHOWN = 30


@dataclass(frozen=True)
class EventPanel:
    event: Event
    shown: times.Shown
    answer: bool | None  # the reader's: True "Going", False "Not going", None not answered
    going: int
    names: list[str]  # "Going" (or, for a chat, going or replied), by display name
    more: int  # people taking part beyond the names listed
    anonymous: int  # distinct anonymous repliers: counted, never named
    has_ended: bool


def _going_count(topic_id: int) -> ColumnElement[int]:
    return (
        select(func.count())
        .select_from(EventRsvp)
        .join(User, User.id == EventRsvp.user_id)
        .where(
            EventRsvp.topic_id == topic_id,
            EventRsvp.going.is_(True),
            User.status == AccountStatus.active,
        )
        .scalar_subquery()
    )


def _replies(topic_id: int) -> ColumnElement[bool]:
    """Replies everyone can read: published, not hidden, not deleted (not the summary)."""
    return and_(
        Post.topic_id == topic_id,
        Post.number > 1,
        Post.state == PostState.published,
        Post.hidden_at.is_(None),
        Post.deleted_at.is_(None),
    )


def for_topic(actor: User, topic: Topic) -> EventPanel | None:
    """The topic's event panel for this reader; also sets `topic.event` for the policy.

    Only spaces for events show events (policy.chat_is_waiting agrees), so a
    topic anywhere else costs no query at all.
    """
    if not topic.space.allows_events:
        attributes.set_committed_value(topic, "event", None)
        return None
    mine = aliased(EventRsvp)
    anonymous = (
        select(func.count(func.distinct(Post.author_id)))
        .where(_replies(topic.id), Post.is_anonymous.is_(True))
        .scalar_subquery()
    )
    row = db.session.execute(
        select(Event, mine.going, _going_count(topic.id), anonymous)
        .outerjoin(mine, and_(mine.topic_id == Event.topic_id, mine.user_id == actor.id))
        .where(Event.topic_id == topic.id)
    ).first()
    event = row[0] if row else None
    attributes.set_committed_value(topic, "event", event)
    if row is None or event is None:
        return None
    names, total = _taking_part(topic.id, include_replies=event.is_chat)
    now = utcnow()
    return EventPanel(
        event=event,
        shown=times.shown(
            event.starts_at,
            event.ends_at,
            event.time_zone,
            actor,
            now,
            opened=event.is_chat and event.opened_at is not None,
        ),
        answer=row[1],
        going=int(row[2] or 0),
        names=names,
        more=max(total - len(names), 0),
        anonymous=int(row[3] or 0) if event.is_chat else 0,
        has_ended=event.has_ended(now),
    )


def _taking_part(topic_id: int, *, include_replies: bool) -> tuple[list[str], int]:
    """Named people: "Going", and for a chat those who replied under their name. One query."""
    going = select(EventRsvp.user_id).where(
        EventRsvp.topic_id == topic_id, EventRsvp.going.is_(True)
    )
    who: ColumnElement[bool] = User.id.in_(going)
    if include_replies:
        replied = select(Post.author_id).where(_replies(topic_id), Post.is_anonymous.is_(False))
        who = or_(who, User.id.in_(replied))
    rows = db.session.execute(
        select(User.display_name, func.count().over())
        .where(who, User.status == AccountStatus.active)
        .order_by(User.display_name, User.id)
        .limit(NAMES_SHOWN)
    ).all()
    return [name for name, _ in rows], int(rows[0][1]) if rows else 0


def event_or_none(topic: Topic) -> Event | None:
    return db.session.get(Event, topic.id)


def event_of(topic: Topic) -> Event:
    """The topic's event, or 404 (the caller has checked the member may see the topic)."""
    event = event_or_none(topic)
    policy.require(event is not None)
    assert event is not None
    return event


# --- Lists: the home page's next five, and the "Events" page ---------------------


@dataclass(frozen=True)
class UpcomingRow:
    event: Event
    going: int
    shown: times.Shown


@dataclass(frozen=True)
class EventsPage:
    rows: list[UpcomingRow]
    next_cursor: str | None


def visible_space_ids(actor: User) -> list[int]:
    return [s.id for s in db.session.scalars(select(Space)) if policy.can_view_space(actor, s)]


def _upcoming(space_ids: list[int], now: datetime) -> Select[tuple[Event, int]]:
    """Events not yet over in those spaces, on published topics, soonest first."""
    going = (
        select(func.count())
        .select_from(EventRsvp)
        .where(EventRsvp.topic_id == Event.topic_id, EventRsvp.going.is_(True))
        .correlate(Event)
        .scalar_subquery()
    )
    return (
        select(Event, going)
        .join(Event.topic)
        .join(Topic.space)
        .options(contains_eager(Event.topic).contains_eager(Topic.space))
        .where(
            Event.ends_at > now,
            Topic.space_id.in_(space_ids),
            Space.allows_events.is_(True),
            Topic.deleted_at.is_(None),
            Topic.hidden_at.is_(None),
            Topic.state == PostState.published,
        )
        .order_by(Event.starts_at, Event.topic_id)
    )


def _rows(actor: User, query: Select[tuple[Event, int]], now: datetime) -> list[UpcomingRow]:
    return [
        UpcomingRow(
            event,
            int(going or 0),
            times.shown(event.starts_at, event.ends_at, event.time_zone, actor, now),
        )
        for event, going in db.session.execute(query)
    ]


def upcoming(actor: User, space_ids: list[int], limit: int = 5) -> list[UpcomingRow]:
    """The next events the member can see (the home page has the space ids already)."""
    if not space_ids:
        return []
    now = utcnow()
    return _rows(actor, _upcoming(space_ids, now).limit(limit), now)


def _cursor(event: Event) -> str:
    return cursors.time_id(event.starts_at, event.topic_id)


def events_page(actor: User, cursor: str | None, per_page: int) -> EventsPage:
    """Upcoming events, soonest first, a page at a time by (start, topic id). Two queries."""
    space_ids = visible_space_ids(actor)
    if not space_ids:
        return EventsPage([], None)
    now = utcnow()
    query = _upcoming(space_ids, now).limit(per_page + 1)
    after = cursors.parse_time_id(cursor)
    if after is not None:
        stamp, topic_id = after
        query = query.where(
            cursors.beyond(Event.starts_at, Event.topic_id, stamp, topic_id, newest_first=False)
        )
    rows = _rows(actor, query, now)
    more = len(rows) > per_page
    rows = rows[:per_page]
    return EventsPage(rows, _cursor(rows[-1].event) if more and rows else None)
