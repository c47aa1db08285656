"""Giving a topic a time and place, and answering "Going" / "Not going"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from flask_babel import gettext as _
from sqlalchemy import delete
from sqlalchemy.dialects import postgresql, sqlite

from forum import policy, time_zones
from forum.accounts.models import User
from forum.errors import DomainError, NotVisible
from forum.events import times
from forum.events.models import Event, EventRsvp, PlaceKind
from forum.extensions import db, utcnow
from forum.i18n import N_
from forum.threads.models import Topic

ENDED = N_("This event has ended.")
# Far outside these, a wall time may not even convert to UTC (year 1, year 9999).
FIRST_YEAR, LAST_YEAR = 2000, 2100


@dataclass(frozen=True)
class EventDetails:
    """What the organiser typed: wall-clock times in `time_zone`."""

    starts: datetime | None
    ends: datetime | None
    time_zone: str
    place_kind: PlaceKind
    place: str = ""
    link: str = ""
    is_chat: bool = False


@dataclass(frozen=True)
class CheckedDetails:
    starts_at: datetime  # UTC
    ends_at: datetime
    details: EventDetails


def _web_link(link: str) -> str:
    link = link.strip()
    if not link:
        return ""
    parts = urlsplit(link)
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc or " " in link:
        raise DomainError("link", _("Give a web address starting with https:// or http://."))
    return link


def check_details(details: EventDetails) -> CheckedDetails:
    """Every rule about the details, before anything is saved (the composer checks first)."""
    if details.starts is None:
        raise DomainError("starts", _("Enter when it starts."))
    if details.ends is None:
        raise DomainError("ends", _("Enter when it ends."))
    if not time_zones.is_valid(details.time_zone):
        raise DomainError("time_zone", _("Choose a time zone from the list."))
    for name, wall in (("starts", details.starts), ("ends", details.ends)):
        if not FIRST_YEAR <= wall.year <= LAST_YEAR:
            raise DomainError(
                name,
                _("Enter a date between %(first)d and %(last)d.", first=FIRST_YEAR, last=LAST_YEAR),
            )
    starts_at = times.to_utc(details.starts, details.time_zone, "starts")
    ends_at = times.to_utc(details.ends, details.time_zone, "ends")
    if ends_at <= starts_at:
        raise DomainError("ends", _("The end must be after the start."))
    _web_link(details.link)
    return CheckedDetails(starts_at, ends_at, details)


def save_event(actor: User, topic: Topic, details: EventDetails) -> Event:
    """Add or change a topic's event details. One commit.

    A chat that has opened stays open when its times change: people may be
    talking in it already.
    """
    policy.require(policy.can_view_topic(actor, topic))
    policy.require(policy.can_edit_event(actor, topic), hide=False)
    checked = check_details(details)
    event = db.session.get(Event, topic.id)
    if event is None:
        event = Event(topic_id=topic.id)
        db.session.add(event)
    event.starts_at, event.ends_at = checked.starts_at, checked.ends_at
    event.time_zone = details.time_zone
    event.place_kind = details.place_kind
    event.place = details.place.strip()
    event.link = _web_link(details.link)
    event.is_chat = details.is_chat
    db.session.commit()
    return event


def answer(actor: User, topic: Topic, going: bool) -> None:
    """ "Going" or "Not going"; answering again changes the answer. One commit."""
    policy.require(policy.can_answer_event(actor, topic))
    event = db.session.get(Event, topic.id)
    if event is None:
        raise NotVisible()
    if event.has_ended(utcnow()):
        raise DomainError(None, _(ENDED))
    user_id = actor.id
    dialect = db.session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(EventRsvp).values(
        topic_id=topic.id, user_id=user_id, going=going, updated_at=utcnow()
    )
    # Two clicks at once: the later answer wins, never a duplicate-key error.
    stmt = stmt.on_conflict_do_update(
        index_elements=[EventRsvp.topic_id, EventRsvp.user_id],
        set_={"going": stmt.excluded.going, "updated_at": stmt.excluded.updated_at},
    )
    db.session.execute(stmt)
    db.session.commit()


def forget_member(member: User) -> None:
    """Erasure: a member's answers matter only to them (no commit)."""
    db.session.execute(delete(EventRsvp).where(EventRsvp.user_id == member.id))
