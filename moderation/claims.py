"""Claims and decisions, built once for every queue (applications, review, reports).

A claim tells other moderators "I am working on this"; it lapses by itself so a
forgotten one frees the item. A decision is one conditional UPDATE whose row
count says whether this moderator decided the item or another got there first.
"""

from __future__ import annotations

import enum
from datetime import timedelta
from typing import Any

from flask_babel import gettext as _
from sqlalchemy import ColumnElement, delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from forum.accounts.models import User
from forum.errors import DomainError
from forum.extensions import db, utcnow
from forum.i18n import N_
from moderation.models import QueueClaim

CLAIM_LAPSES_AFTER = timedelta(minutes=30)


class Queue(enum.StrEnum):
    application = "application"
    review = "review"
    report = "report"


def _live() -> ColumnElement[bool]:
    return QueueClaim.claimed_at > utcnow() - CLAIM_LAPSES_AFTER


def claim(moderator: User, queue: Queue, item_id: int) -> QueueClaim:
    """Take the item, or DomainError naming the moderator who holds a live claim."""
    renewed = db.session.execute(
        update(QueueClaim)
        .where(
            QueueClaim.queue == queue.value,
            QueueClaim.item_id == item_id,
            (QueueClaim.moderator_id == moderator.id) | ~_live(),
        )
        .values(moderator_id=moderator.id, claimed_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if not renewed.rowcount:  # type: ignore[attr-defined]
        try:
            with db.session.begin_nested():
                db.session.add(
                    QueueClaim(queue=queue.value, item_id=item_id, moderator_id=moderator.id)
                )
        except IntegrityError:
            holder = holder_of(queue, item_id)
            db.session.rollback()
            raise DomainError(
                None,
                _("%(name)s is working on this.", name=holder)
                if holder
                else _("Another moderator is working on this."),
            ) from None
    db.session.commit()
    found = db.session.get(QueueClaim, (queue.value, item_id), populate_existing=True)
    assert found is not None
    return found


def release(moderator: User, queue: Queue, item_id: int) -> None:
    """Let go of a claim this moderator holds (no commit: part of a decision)."""
    db.session.execute(
        delete(QueueClaim).where(
            QueueClaim.queue == queue.value,
            QueueClaim.item_id == item_id,
            QueueClaim.moderator_id == moderator.id,
        )
    )


def holder_of(queue: Queue, item_id: int) -> str | None:
    """The display name of whoever holds a live claim on the item, if anyone."""
    return db.session.scalar(
        select(User.display_name)
        .join(QueueClaim, QueueClaim.moderator_id == User.id)
        .where(QueueClaim.queue == queue.value, QueueClaim.item_id == item_id, _live())
    )


def live_claims(queue: Queue, item_ids: list[int]) -> dict[int, QueueClaim]:
    """Live claims on these items with their moderators: one query, for a queue page."""
    if not item_ids:
        return {}
    rows = db.session.scalars(
        select(QueueClaim)
        .options(joinedload(QueueClaim.moderator))
        .where(QueueClaim.queue == queue.value, QueueClaim.item_id.in_(item_ids), _live())
    )
    return {c.item_id: c for c in rows}


def require_unclaimed_by_others(moderator: User, queue: Queue, item_id: int) -> None:
    """A decision on an item another moderator has claimed is refused, naming them."""
    holder = db.session.scalar(
        select(User.display_name)
        .join(QueueClaim, QueueClaim.moderator_id == User.id)
        .where(
            QueueClaim.queue == queue.value,
            QueueClaim.item_id == item_id,
            QueueClaim.moderator_id != moderator.id,
            _live(),
        )
    )
    if holder:
        raise DomainError(None, _("%(name)s is working on this.", name=holder))


def decide_once(
    moderator: User,
    queue: Queue,
    model: Any,
    item_id: int,
    still_open: ColumnElement[bool],
    values: dict[str, Any],
) -> bool:
    """Decide the item with one conditional UPDATE (no commit).

    True when this moderator's update went through; False when the item was no
    longer open (another moderator decided first): the caller rolls back and
    says who. A claim held by another moderator refuses the decision outright.
    """
    require_unclaimed_by_others(moderator, queue, item_id)
    result = db.session.execute(
        update(model)
        .where(model.id == item_id, still_open)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    decided = bool(result.rowcount)  # type: ignore[attr-defined]
    if decided:
        release(moderator, queue, item_id)
    return decided


def already_decided(thing: str, decided_by: User | None) -> DomainError:
    """The answer the slower of two moderators gets."""
    who = decided_by.display_name if decided_by else _("another moderator")
    return DomainError(None, _(_ALREADY_DECIDED[thing], who=who))


# One whole sentence for each thing, so that a translation can agree with it.
_ALREADY_DECIDED = {
    "application": N_("This application was already decided by %(who)s."),
    "post": N_("This post was already decided by %(who)s."),
    "report": N_("This report was already decided by %(who)s."),
}
