"""The summary and the helpful replies a topic page shows."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import and_, or_, select, true
from sqlalchemy.orm import joinedload

from forum import policy
from forum.accounts.models import User
from forum.extensions import db
from forum.threads.models import SUMMARY_NUMBER, Post, PostState, Topic


@dataclass(frozen=True)
class SummaryView:
    summary: Post | None = None
    helpful: list[Post] = field(default_factory=list)


def for_topic(actor: User, topic: Topic) -> SummaryView:
    """The summary this member may read, and the replies marked helpful. One query.

    A held or hidden summary shows to its author (with its badge) and to the
    moderators, as a reply would; helpful replies show only while published.
    """
    readable = and_(Post.state == PostState.published, Post.hidden_at.is_(None))
    own_too = (
        true()
        if policy.can_moderate(actor, topic.space)
        else or_(readable, Post.author_id == actor.id)
    )
    posts = list(
        db.session.scalars(
            select(Post)
            .options(joinedload(Post.author))
            .where(
                Post.topic_id == topic.id,
                Post.deleted_at.is_(None),
                or_(
                    and_(Post.number == SUMMARY_NUMBER, own_too),
                    and_(Post.number > 1, Post.helpful_at.is_not(None), readable),
                ),
            )
            .order_by(Post.number)
        )
    )
    summary = posts[0] if posts and posts[0].is_summary else None
    return SummaryView(summary, [p for p in posts if not p.is_summary])


def summary_of(topic: Topic) -> Post | None:
    """The topic's summary row in any state (deleted and rejected too), for writing it."""
    return db.session.scalar(
        select(Post)
        .options(joinedload(Post.author))
        .where(Post.topic_id == topic.id, Post.number == SUMMARY_NUMBER)
    )
