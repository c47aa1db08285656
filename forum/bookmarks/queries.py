"""A member's bookmarks."""

from __future__ import annotations

from collections.abc import Iterable

from forum.accounts.models import User


def bookmarked_among(actor: User, post_ids: Iterable[int]) -> set[int]:
    """Which of these posts the member bookmarked (one query). (Stub until bookmarks land.)"""
    return set()
