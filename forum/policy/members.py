"""Who is a member in good standing, and how a refusal is answered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from forum.errors import NotAllowed, NotVisible

if TYPE_CHECKING:
    from forum.accounts.models import User


def is_member(actor: User | None) -> bool:
    """An approved, signed-in member in good standing."""
    return (
        actor is not None and getattr(actor, "is_authenticated", False) and actor.is_active_member
    )


def is_moderator(actor: User | None) -> bool:
    return is_member(actor) and actor is not None and actor.is_moderator


def require(allowed: bool, *, hide: bool = True) -> None:
    """404 for what the actor must not know exists, 403 otherwise."""
    if not allowed:
        raise NotVisible() if hide else NotAllowed()
