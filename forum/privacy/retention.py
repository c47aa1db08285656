"""Retention: rejected and withdrawn applications are erased once their period has passed.

They are erased like a deleted account (forum.privacy.erasure), not deleted:
an audit row or a moderator's decision may point at the account, and the
tombstone keeps those pointing at something. An erased account is no longer
rejected or withdrawn, so a second run finds nothing more to do.

The reports half of retention lives in moderation/data_rights.py, which runs both.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select

from forum.accounts.models import AccountStatus, Application, User
from forum.extensions import db
from forum.privacy.erasure import delete_picture, erase_member

ENDED = (AccountStatus.rejected, AccountStatus.withdrawn)


def erase_old_applications(as_of: datetime, days: int) -> int:
    """Erase applications rejected or withdrawn more than `days` before `as_of`; commits once.

    A withdrawal records no time of its own, so a withdrawn application counts
    from when it was sent (the member chose to leave: sooner is on their side).
    """
    cutoff = as_of - timedelta(days=days)
    ended_at = func.coalesce(Application.decided_at, Application.submitted_at, User.created_at)
    members = list(
        db.session.scalars(
            select(User)
            .outerjoin(Application, Application.user_id == User.id)
            .where(User.status.in_(ENDED), ended_at < cutoff)
            .order_by(User.id)
        )
    )
    pictures = [erase_member(member) for member in members]
    db.session.commit()
    for picture in pictures:
        delete_picture(picture)
    return len(members)
