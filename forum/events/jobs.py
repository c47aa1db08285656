"""The `events` job: open scheduled chats at their start, remind "Going" members an hour before.

Safe to run twice or overlapping. A chat opens by one conditional UPDATE
(`opened_at IS NULL`), so only the run that opens it tells anyone. A reminder
is told once per member: a member who already has this event's reminder
notification is skipped (the reminder's link is the event panel's anchor,
which no other notification uses).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import and_, exists, select, update
from sqlalchemy.orm import joinedload

from forum import policy, time_zones
from forum.accounts.models import AccountStatus, User
from forum.events.models import Event, EventRsvp
from forum.extensions import db
from forum.notifications import services as notifications
from forum.notifications.models import Notification
from forum.threads.models import Topic
from forum.urls import path_for

KIND = "event"
REMIND_BEFORE = timedelta(hours=1)
OPENED_TEXT = _l("“{title}” is open: join the chat")
REMINDER_TEXT = _l("“{title}” starts at {time}")


def run_due(as_of: datetime) -> str:
    opened = open_due_chats(as_of)
    reminded = send_reminders(as_of)
    return f"{opened} chat{'s' if opened != 1 else ''} opened, {reminded} reminded"


def _going(topic_id: int) -> list[User]:
    return list(
        db.session.scalars(
            select(User)
            .join(EventRsvp, EventRsvp.user_id == User.id)
            .where(
                EventRsvp.topic_id == topic_id,
                EventRsvp.going.is_(True),
                User.status == AccountStatus.active,
            )
        )
    )


def open_due_chats(as_of: datetime) -> int:
    """Each chat whose start has come opens once, and its "Going" members hear it is open.

    One commit per chat, so a failure leaves the others opened and told. A
    chat already over when the job catches up opens without telling anyone.
    """
    due = db.session.scalars(
        select(Event.topic_id).where(
            Event.is_chat.is_(True), Event.opened_at.is_(None), Event.starts_at <= as_of
        )
    ).all()
    opened = 0
    for topic_id in due:
        claimed = db.session.execute(
            update(Event)
            .where(Event.topic_id == topic_id, Event.opened_at.is_(None))
            .values(opened_at=as_of)
            .execution_options(synchronize_session=False)
        )
        if claimed.rowcount != 1:  # type: ignore[attr-defined]
            db.session.rollback()
            continue
        event = db.session.scalars(
            select(Event)
            .options(joinedload(Event.topic).joinedload(Topic.space))
            .where(Event.topic_id == topic_id)
            .execution_options(populate_existing=True)
        ).one()
        if event.ends_at > as_of and event.topic.deleted_at is None:
            link = path_for("threads.topic", topic_id=topic_id)
            text = OPENED_TEXT.format(title=event.topic.title)
            for member in _going(topic_id):
                if policy.can_view_topic(member, event.topic):
                    notifications.notify(member.id, KIND, text, link)
        db.session.commit()
        opened += 1
    return opened


def send_reminders(as_of: datetime) -> int:
    """ "Going" members of events starting within the hour, each told once. One commit."""
    link_of: dict[int, str] = {}
    rows = db.session.execute(
        select(Event, User)
        .join(EventRsvp, EventRsvp.topic_id == Event.topic_id)
        .join(User, User.id == EventRsvp.user_id)
        .options(joinedload(Event.topic).joinedload(Topic.space))
        .where(
            Event.starts_at > as_of,
            Event.starts_at <= as_of + REMIND_BEFORE,
            EventRsvp.going.is_(True),
            User.status == AccountStatus.active,
        )
    ).all()
    told = 0
    for event, member in rows:
        link = link_of.setdefault(
            event.topic_id, path_for("threads.topic", topic_id=event.topic_id) + "#event"
        )
        already = db.session.scalar(
            select(
                exists().where(
                    and_(
                        Notification.user_id == member.id,
                        Notification.kind == KIND,
                        Notification.link == link,
                    )
                )
            )
        )
        if already or not policy.can_view_topic(member, event.topic):
            continue
        start = time_zones.exact(event.starts_at, time_zones.zone_of(member))
        notifications.notify(
            member.id, KIND, REMINDER_TEXT.format(title=event.topic.title, time=start), link
        )
        told += 1
    db.session.commit()
    return told
