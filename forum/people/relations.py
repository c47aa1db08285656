"""How two members stand to each other: connected, blocked. Queries only, shared by every channel."""

from __future__ import annotations

from sqlalchemy import exists, select

from forum.accounts.models import User
from forum.extensions import db
from forum.people.models import Block, Connection, ConnectionState


def pair(a: int, b: int) -> tuple[int, int]:
    """The pair in the order Connection stores it (low_id, high_id)."""
    return (a, b) if a < b else (b, a)


def live_connection(a: User, b: User) -> Connection | None:
    """The pending or accepted connection between two members, whoever asked."""
    low, high = pair(a.id, b.id)
    return db.session.scalar(
        select(Connection).where(
            Connection.low_id == low,
            Connection.high_id == high,
            Connection.state.in_([ConnectionState.pending, ConnectionState.accepted]),
        )
    )


def are_connected(a: User, b: User) -> bool:
    low, high = pair(a.id, b.id)
    return bool(
        db.session.scalar(
            select(
                exists().where(
                    Connection.low_id == low,
                    Connection.high_id == high,
                    Connection.state == ConnectionState.accepted,
                )
            )
        )
    )


def has_blocked(blocker: User, blocked: User) -> bool:
    """Whether `blocker` has blocked `blocked` (what `blocked` sends never arrives)."""
    return bool(
        db.session.scalar(
            select(exists().where(Block.blocker_id == blocker.id, Block.blocked_id == blocked.id))
        )
    )
