"""Keeping, restoring and throwing away drafts.

A draft is never shown to anyone but the member who wrote it, so the guard
does not read it: it runs, as always, when the text is posted. Posting from a
composer clears its draft in the same transaction (`clear`).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite

from forum.accounts.models import User
from forum.drafts.models import Draft
from forum.extensions import db, utcnow

KEPT_FOR = timedelta(days=30)
TITLE_LENGTH = 150


def draft_at(actor: User, place: str) -> Draft | None:
    """The member's own draft for this composer. One query."""
    return db.session.scalar(select(Draft).where(Draft.user_id == actor.id, Draft.place == place))


def save_draft(actor: User, place: str, title: str, body: str) -> datetime | None:
    """Keep what the member typed (one upsert), or forget it when they cleared it all.

    Returns when it was saved, None when nothing is kept. The caller has
    checked the place (places.require_writable).
    """
    title, body = " ".join(title.split())[:TITLE_LENGTH], body.replace("\r\n", "\n")
    if not title and not body.strip():
        clear(actor, place)
        db.session.commit()
        return None
    now = utcnow()
    insert = (
        postgresql.insert if db.session.get_bind().dialect.name == "postgresql" else sqlite.insert
    )
    stmt = insert(Draft).values(
        user_id=actor.id, place=place, title=title, body=body, updated_at=now
    )
    db.session.execute(
        stmt.on_conflict_do_update(
            index_elements=[Draft.user_id, Draft.place],
            set_={"title": title, "body": body, "updated_at": now},
        )
    )
    db.session.commit()
    return now


def discard_draft(actor: User, place: str) -> bool:
    """ "Discard draft": whether there was one to discard."""
    found = clear(actor, place)
    db.session.commit()
    return found


def clear(actor: User, place: str) -> bool:
    """Forget the member's draft for this place (no commit): it was posted or discarded."""
    result = db.session.execute(
        delete(Draft).where(Draft.user_id == actor.id, Draft.place == place)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def delete_old(as_of: datetime) -> str:
    """The `drafts` job: drafts untouched for 30 days go. Safe to run twice."""
    result = db.session.execute(delete(Draft).where(Draft.updated_at < as_of - KEPT_FOR))
    db.session.commit()
    return f"{result.rowcount} deleted"  # type: ignore[attr-defined]
