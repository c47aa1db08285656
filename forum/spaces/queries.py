"""Everything the space pages show, loaded in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import joinedload

from forum import cursors, policy
from forum.accounts.models import User
from forum.events import queries as events
from forum.events.queries import UpcomingRow
from forum.extensions import db
from forum.spaces import counts
from forum.spaces.models import Space
from forum.threads.models import PostState, Topic, TopicRead


@dataclass(frozen=True)
class SpaceSummary:
    space: Space
    topic_count: int
    last_post_at: datetime | None


def visible_spaces(actor: User) -> list[SpaceSummary]:
    """The spaces this member may see, with their topic counts: one or two queries
    (the counts are kept for a few seconds, see forum/spaces/counts.py)."""
    spaces = [
        s
        for s in db.session.scalars(select(Space).order_by(Space.position, Space.id))
        if policy.can_view_space(actor, s)
    ]
    stats = counts.topic_counts()
    return [
        SpaceSummary(s, stats.get(s.id, (0, None))[0], stats.get(s.id, (0, None))[1])
        for s in spaces
    ]


def upcoming_events(actor: User, summaries: list[SpaceSummary]) -> list[UpcomingRow]:
    """The home page's next five events in the spaces listed: one query."""
    return events.upcoming(actor, [s.space.id for s in summaries], limit=5)


def visible_space(actor: User, slug: str) -> Space:
    space = db.session.scalar(select(Space).where(Space.slug == slug))
    policy.require(space is not None and policy.can_view_space(actor, space))
    assert space is not None
    return space


@dataclass(frozen=True)
class TopicRow:
    topic: Topic
    unread: int  # posts newer than the member's last visit; -1 when never opened


@dataclass(frozen=True)
class SpacePage:
    space: Space
    rows: list[TopicRow]
    next_cursor: str | None


def _cursor(topic: Topic) -> str:
    """Where the next page starts: whether the last topic shown was pinned, and its key."""
    return f"{int(topic.is_pinned)}_{cursors.time_id(topic.last_post_at, topic.id)}"


def _parse_cursor(cursor: str | None) -> tuple[bool, datetime, int] | None:
    pinned, _, key = (cursor or "").partition("_")
    after = cursors.parse_time_id(key)
    if pinned not in ("0", "1") or after is None:
        return None
    return pinned == "1", after[0], after[1]


def space_page(actor: User, slug: str, cursor: str | None, per_page: int) -> SpacePage:
    """Pinned topics first, then by latest activity; keyset-paginated. Three queries."""
    space = visible_space(actor, slug)
    query = (
        select(Topic)
        .options(joinedload(Topic.author))
        .where(Topic.space_id == space.id)
        .order_by(Topic.is_pinned.desc(), Topic.last_post_at.desc(), Topic.id.desc())
        .limit(per_page + 1)
    )
    if not policy.can_moderate(actor, space):
        query = query.where(
            Topic.deleted_at.is_(None),
            or_(
                and_(Topic.state == PostState.published, Topic.hidden_at.is_(None)),
                Topic.author_id == actor.id,
            ),
        )
    after = _parse_cursor(cursor)
    if after is not None:
        pinned, stamp, topic_id = after
        older = cursors.beyond(Topic.last_post_at, Topic.id, stamp, topic_id)
        # Pinned topics come first, so after a pinned one every unpinned topic follows.
        if pinned:
            query = query.where(
                or_(Topic.is_pinned.is_(False), and_(Topic.is_pinned.is_(True), older))
            )
        else:
            query = query.where(Topic.is_pinned.is_(False), older)
    topics = list(db.session.scalars(query).unique())
    more = len(topics) > per_page
    topics = topics[:per_page]
    reads = {
        r.topic_id: r.last_read_number
        for r in db.session.scalars(
            select(TopicRead).where(
                TopicRead.user_id == actor.id, TopicRead.topic_id.in_([t.id for t in topics])
            )
        )
    }
    rows = [TopicRow(t, t.post_count - reads[t.id] if t.id in reads else -1) for t in topics]
    return SpacePage(space, rows, _cursor(topics[-1]) if more and topics else None)
