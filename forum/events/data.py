"""A member's answers to events in "Download my data" (erasure deletes them: services)."""

from __future__ import annotations

from flask_babel import gettext as _
from sqlalchemy import select

from forum.accounts.models import User
from forum.events.models import Event, EventRsvp
from forum.extensions import db
from forum.privacy.export import Part
from forum.threads.models import Topic


def rsvps_part(member: User) -> Part:
    """Every "Going" / "Not going" the member gave, with the event it was for. One query."""
    rows = db.session.execute(
        select(EventRsvp, Topic.title, Event.starts_at)
        .join(Event, Event.topic_id == EventRsvp.topic_id)
        .join(Topic, Topic.id == EventRsvp.topic_id)
        .where(EventRsvp.user_id == member.id)
        .order_by(Event.starts_at, EventRsvp.topic_id)
    ).all()
    going, not_going = _("Going"), _("Not going")
    return Part(
        "events",
        _("Events you answered"),
        [
            {
                "topic_id": rsvp.topic_id,
                "event": title,
                "starts_at": starts_at,
                "your_answer": going if rsvp.going else not_going,
                "answered_at": rsvp.updated_at,
            }
            for rsvp, title, starts_at in rows
        ],
    )
