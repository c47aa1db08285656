"""What the home page shows, each part one query however much the community holds.

"Latest" is every topic the member may read, most recently active first;
"Unread" is the topics they have opened that have had posts since. Both hide
what the member muted, and both are paginated by keys on (last activity, id),
served by `ix_topics_latest`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import joinedload

from forum import cursors
from forum.accounts.models import Role, User
from forum.checkins.models import AgreementState, CheckinAgreement
from forum.extensions import db
from forum.people.models import Block, Connection, ConnectionState
from forum.spaces import counts as space_counts
from forum.spaces.models import Space
from forum.threads.models import Post, PostState, Topic, TopicRead
from forum.watching.models import SpaceWatch, TopicWatch, WatchLevel

HELD_SHOWN = 5


@dataclass(frozen=True)
class HomeRow:
    topic: Topic
    space: Space
    unread: int  # posts since the member last read it; -1 when never opened
    new_since_visit: bool  # active since the member's previous visit


@dataclass(frozen=True)
class TopicList:
    rows: list[HomeRow]
    next_cursor: str | None


def _readable(actor: User, space_ids: list[int]) -> list[ColumnElement[bool]]:
    """Topics everyone in these spaces may read, less what the member muted.

    A muted space stays quiet except for topics the member started there or
    chose to watch, the same exceptions notifications make.
    """
    me = actor.id
    topic_level = select(TopicWatch.level).where(
        TopicWatch.user_id == me, TopicWatch.topic_id == Topic.id
    )
    space_muted = exists().where(
        SpaceWatch.user_id == me,
        SpaceWatch.space_id == Topic.space_id,
        SpaceWatch.level == WatchLevel.muted,
    )
    return [
        Topic.space_id.in_(space_ids),
        Topic.state == PostState.published,
        Topic.deleted_at.is_(None),
        Topic.hidden_at.is_(None),
        Topic.merged_into_id.is_(None),
        ~topic_level.where(TopicWatch.level == WatchLevel.muted).exists(),
        or_(
            ~space_muted,
            Topic.author_id == me,
            topic_level.where(TopicWatch.level == WatchLevel.watching).exists(),
        ),
    ]


def topic_list(
    actor: User,
    spaces: list[Space],
    *,
    unread_only: bool,
    cursor: str | None,
    per_page: int,
    since: datetime | None,
) -> TopicList:
    """One page of "Latest" or "Unread", with each topic's unread count: one query."""
    by_id = {s.id: s for s in spaces}
    if not by_id:
        return TopicList([], None)
    read = and_(TopicRead.topic_id == Topic.id, TopicRead.user_id == actor.id)
    query = (
        select(Topic, TopicRead.last_read_number)
        .options(joinedload(Topic.author))
        .where(*_readable(actor, list(by_id)))
        .order_by(Topic.last_post_at.desc(), Topic.id.desc())
        .limit(per_page + 1)
    )
    if unread_only:
        query = query.join(TopicRead, read).where(Topic.post_count > TopicRead.last_read_number)
    else:
        query = query.outerjoin(TopicRead, read)
    after = cursors.parse_time_id(cursor)
    if after is not None:
        stamp, topic_id = after
        query = query.where(cursors.beyond(Topic.last_post_at, Topic.id, stamp, topic_id))
    found = list(db.session.execute(query).unique())
    more = len(found) > per_page
    rows = [
        HomeRow(
            topic,
            by_id[topic.space_id],
            -1 if last_read is None else max(topic.post_count - last_read, 0),
            since is not None and topic.last_post_at > since,
        )
        for topic, last_read in found[:per_page]
    ]
    last = rows[-1].topic if more and rows else None
    return TopicList(rows, cursors.time_id(last.last_post_at, last.id) if last else None)


@dataclass(frozen=True)
class HeldPost:
    post_id: int
    topic_title: str
    created_at: datetime
    starts_topic: bool


@dataclass(frozen=True)
class Waiting:
    """What waits on the member: their posts with a moderator, requests to answer."""

    held_count: int = 0
    held: tuple[HeldPost, ...] = ()
    connection_requests: int = 0
    checkin_invitations: int = 0

    def __bool__(self) -> bool:
        return bool(self.held_count or self.connection_requests or self.checkin_invitations)


def waiting_for(actor: User) -> Waiting:
    """Counts in one query; the held posts themselves in a second, only when there are some."""
    me = actor.id
    held = and_(Post.author_id == me, Post.state == PostState.held, Post.deleted_at.is_(None))
    requests = (
        select(func.count())
        .select_from(Connection)
        .where(
            Connection.recipient_id == me,
            Connection.state == ConnectionState.pending,
            # A request from someone the member blocked never shows, as on "Connections".
            ~exists().where(Block.blocker_id == me, Block.blocked_id == Connection.requester_id),
        )
        .scalar_subquery()
    )
    invitations = (
        select(func.count())
        .select_from(CheckinAgreement)
        .where(
            CheckinAgreement.state == AgreementState.proposed,
            or_(CheckinAgreement.care_leaver_id == me, CheckinAgreement.worker_id == me),
            CheckinAgreement.proposed_by_id != me,
        )
        .scalar_subquery()
    )
    held_count = select(func.count()).select_from(Post).where(held).scalar_subquery()
    counts = db.session.execute(select(held_count, requests, invitations)).one()
    shown: tuple[HeldPost, ...] = ()
    if counts[0]:
        shown = tuple(
            HeldPost(post_id, title, created, number == 1)
            for post_id, title, created, number in db.session.execute(
                select(Post.id, Topic.title, Post.created_at, Post.number)
                .join(Topic, Topic.id == Post.topic_id)
                .where(held)
                .order_by(Post.id.desc())
                .limit(HELD_SHOWN)
            )
        )
    return Waiting(counts[0], shown, counts[1], counts[2])


def member_counts(spaces: list[Space]) -> dict[int, int]:
    """How many members can read each space, from the members by type and role
    (one query, kept for a few seconds: forum/spaces/counts.py)."""
    counts: dict[int, int] = dict.fromkeys((s.id for s in spaces), 0)
    if not spaces:
        return counts
    for member_type, role, number in space_counts.active_members():
        for space in spaces:
            if role in (Role.moderator, Role.admin) or space.audience.admits(member_type):
                counts[space.id] += number
    return counts
