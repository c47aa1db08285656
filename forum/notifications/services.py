"""Writing and reading notifications. `notify` never commits: it joins the caller's change."""

from __future__ import annotations

from sqlalchemy import func, select, update

from forum.accounts.models import User
from forum.extensions import db, utcnow
from forum.notifications.models import Notification

PAGE_SIZE = 50


def notify(user_id: int, kind: str, text: str, link: str) -> Notification:
    note = Notification(user_id=user_id, kind=kind, text=text[:300], link=link[:300])
    db.session.add(note)
    return note


def unread_count(user: User) -> int:
    return (
        db.session.scalar(
            select(func.count())
            .select_from(Notification)
            .where(Notification.user_id == user.id, Notification.read_at.is_(None))
        )
        or 0
    )


def recent(user: User) -> list[Notification]:
    return list(
        db.session.scalars(
            select(Notification)
            .where(Notification.user_id == user.id)
            .order_by(Notification.id.desc())
            .limit(PAGE_SIZE)
        )
    )


def mark_all_read(user: User) -> int:
    result = db.session.execute(
        update(Notification)
        .where(Notification.user_id == user.id, Notification.read_at.is_(None))
        .values(read_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    return int(result.rowcount)  # type: ignore[attr-defined]
