"""Each space's topic count and latest activity, counted at most every few seconds.

Counting reads an entry for every topic in the forum (on PostgreSQL a scan of
the table: 7 ms at 20,000 topics, and growing with the archive), and the home
page and the spaces list show the figures on every visit. They are the same for
every reader, so each process keeps them for SPACE_COUNTS_SECONDS (30 by
default; 0 counts on every request): a new topic reaches the counts within that
time, as the category figures of most forums lag a little. Nothing is written.
"""

from __future__ import annotations

import time
from datetime import datetime

from flask import current_app
from sqlalchemy import func, select

from forum.extensions import db
from forum.threads.models import PostState, Topic

Counts = dict[int, tuple[int, datetime | None]]  # space id -> (topics, latest activity)
EXTENSION_KEY = "space_counts"


def topic_counts() -> Counts:
    """Published, visible topics per space, and the latest post among them."""
    keep = int(current_app.config.get("SPACE_COUNTS_SECONDS", 0))
    now = time.monotonic()
    cached: tuple[float, Counts] | None = current_app.extensions.get(EXTENSION_KEY)
    if keep and cached is not None and now < cached[0]:
        return cached[1]
    counts: Counts = {
        space_id: (count, last)
        for space_id, count, last in db.session.execute(
            select(Topic.space_id, func.count(Topic.id), func.max(Topic.last_post_at))
            .where(
                Topic.deleted_at.is_(None),
                Topic.state == PostState.published,
                Topic.hidden_at.is_(None),
            )
            .group_by(Topic.space_id)
        )
    }
    if keep:
        current_app.extensions[EXTENSION_KEY] = (now + keep, counts)
    return counts
