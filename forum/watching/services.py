"""Watch, mute, or go back to normal, for a topic or a space.

"Normal" is no row at all: the member hears about mentions, quotes and replies
to topics they started, and nothing else. The author of a topic needs no row
to hear its replies (fanout tells them as "reply"), so starting a topic writes
nothing here; members who reply are not signed up either, as Discourse
"tracks" rather than watches what you replied to: the unread counts on the
space page already show them what is new, without a notification each time.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import joinedload

from forum import policy
from forum.accounts.models import User
from forum.extensions import db
from forum.notifications.upsert import upsert
from forum.spaces.models import Space
from forum.threads.models import Topic
from forum.watching.models import SpaceWatch, TopicWatch, WatchLevel


def set_topic_level(actor: User, topic: Topic, level: WatchLevel | None) -> None:
    """Watch or mute a topic the member may read; None goes back to normal."""
    policy.require(policy.can_view_topic(actor, topic))
    if level is None:
        db.session.execute(
            delete(TopicWatch).where(
                TopicWatch.user_id == actor.id, TopicWatch.topic_id == topic.id
            )
        )
    else:
        upsert(TopicWatch, {"user_id": actor.id, "topic_id": topic.id}, {"level": level})
    db.session.commit()


def set_space_level(actor: User, space: Space, level: WatchLevel | None) -> None:
    """Watch (every new topic) or mute a space the member may read; None goes back to normal."""
    policy.require(policy.can_view_space(actor, space))
    if level is None:
        db.session.execute(
            delete(SpaceWatch).where(
                SpaceWatch.user_id == actor.id, SpaceWatch.space_id == space.id
            )
        )
    else:
        upsert(SpaceWatch, {"user_id": actor.id, "space_id": space.id}, {"level": level})
    db.session.commit()


def watches_of(
    member: User,
) -> tuple[list[tuple[Topic, WatchLevel]], list[tuple[Space, WatchLevel]]]:
    """The member's topic and space choices that they may still read, for their data export."""
    topics = db.session.execute(
        select(Topic, TopicWatch.level)
        .join(TopicWatch, TopicWatch.topic_id == Topic.id)
        .options(joinedload(Topic.space))
        .where(TopicWatch.user_id == member.id)
        .order_by(Topic.id)
    ).all()
    spaces = db.session.execute(
        select(Space, SpaceWatch.level)
        .join(SpaceWatch, SpaceWatch.space_id == Space.id)
        .where(SpaceWatch.user_id == member.id)
        .order_by(Space.id)
    ).all()
    return (
        [(t, level) for t, level in topics if policy.can_view_topic(member, t)],
        [(s, level) for s, level in spaces if policy.can_view_space(member, s)],
    )


def forget(member: User) -> None:
    """On erasure: the member's watches matter to nobody else (no commit)."""
    db.session.execute(delete(TopicWatch).where(TopicWatch.user_id == member.id))
    db.session.execute(delete(SpaceWatch).where(SpaceWatch.user_id == member.id))
