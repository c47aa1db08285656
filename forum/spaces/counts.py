"""Each space's topic count, latest activity and readers, counted at most every few seconds.

Counting reads an entry for every topic in the forum (on PostgreSQL a scan of
the table: 7 ms at 20,000 topics, and growing with the archive) and groups
every member, and the home page and the spaces list show the figures on every
visit. They are the same for every reader, so each process keeps them for
SPACE_COUNTS_SECONDS (30 by default; 0 counts on every request): a new topic
or member reaches the figures within that time, as the category figures of
most forums lag a little. Nothing is written.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from flask import current_app
from sqlalchemy import func, select

from forum.accounts.models import AccountStatus, MemberType, Role, User
from forum.extensions import db
from forum.threads.models import PostState, Topic

Counts = dict[int, tuple[int, datetime | None]]  # space id -> (topics, latest activity)
Members = list[tuple[MemberType, Role, int]]  # active members by type and role
EXTENSION_KEY = "space_counts"
T = TypeVar("T")


def topic_counts() -> Counts:
    """Published, visible topics per space, and the latest post among them."""
    return _kept("topics", _count_topics)


def active_members() -> Members:
    """How many active members there are of each type and role."""
    return _kept("members", _count_members)


def _kept(name: str, count: Callable[[], T]) -> T:
    """`count()`, reused by this process for SPACE_COUNTS_SECONDS."""
    keep = int(current_app.config.get("SPACE_COUNTS_SECONDS", 0))
    if not keep:
        return count()
    now = time.monotonic()
    kept: dict[str, tuple[float, Any]] = current_app.extensions.get(EXTENSION_KEY) or {}
    found = kept.get(name)
    if found is not None and now < found[0]:
        return found[1]  # type: ignore[no-any-return]
    value = count()
    current_app.extensions[EXTENSION_KEY] = {**kept, name: (now + keep, value)}
    return value


def _count_topics() -> Counts:
    return {
        space_id: (number, last)
        for space_id, number, last in db.session.execute(
            select(Topic.space_id, func.count(Topic.id), func.max(Topic.last_post_at))
            .where(
                Topic.deleted_at.is_(None),
                Topic.state == PostState.published,
                Topic.hidden_at.is_(None),
            )
            .group_by(Topic.space_id)
        )
    }


def _count_members() -> Members:
    return [
        (member_type, role, number)
        for member_type, role, number in db.session.execute(
            select(User.member_type, User.role, func.count())
            .where(User.status == AccountStatus.active)
            .group_by(User.member_type, User.role)
        )
    ]
