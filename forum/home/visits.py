"""Where "new since your last visit" begins.

The home page is the member's way in, so opening it is what counts as a
visit: `last_seen_at` follows the member while they come and go, and when
they return after an hour away, the visit that ended becomes
`previous_visit_at`, the line the home page draws. Like the reading position
of a topic, this is the one write the home page's GET makes: one forward-only
statement in its own short transaction, after the page is rendered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, update

from forum.accounts.models import User
from forum.extensions import db, immediate_write, utcnow

VISIT_GAP = timedelta(hours=1)  # away this long, and the next look is a new visit
SEEN_EVERY = timedelta(minutes=5)  # within a visit, `last_seen_at` moves at most this often


@dataclass(frozen=True)
class Visit:
    since: datetime | None  # where "new since your last visit" begins; None on a first visit
    now: datetime
    previous: datetime | None  # what `previous_visit_at` becomes
    write: bool  # whether anything needs recording


def this_visit(member: User, now: datetime | None = None) -> Visit:
    now = now or utcnow()
    seen = member.last_seen_at
    if seen is None:
        return Visit(None, now, None, True)
    if now - seen > VISIT_GAP:  # back after a while: the visit that ended is the line
        return Visit(seen, now, seen, True)
    since = member.previous_visit_at
    return Visit(since, now, since, now - seen > SEEN_EVERY)


def record(member: User, visit: Visit) -> None:
    """Move the member's visit forward, never back (two tabs may race)."""
    if not visit.write:
        return
    member_id = member.id
    db.session.commit()  # ends the read transaction; nothing is pending
    with immediate_write():
        db.session.execute(
            update(User)
            .where(
                User.id == member_id,
                or_(User.last_seen_at.is_(None), User.last_seen_at < visit.now),
            )
            .values(last_seen_at=visit.now, previous_visit_at=visit.previous)
            .execution_options(synchronize_session=False)
        )
        db.session.commit()
