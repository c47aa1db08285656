"""Who watches or muted a topic or its space, each answered in one query."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import literal, select, union_all

from forum.extensions import db
from forum.threads.models import Topic
from forum.watching.models import SpaceWatch, TopicWatch, WatchLevel


@dataclass(frozen=True)
class Listeners:
    watching: list[int] = field(default_factory=list)
    muted: set[int] = field(default_factory=set)


def listeners(topic: Topic, *, new_topic: bool) -> Listeners:
    """Who hears about a new post in this topic, and who silenced it.

    Watching a topic: every reply. Watching a space: every new topic in it.
    Muting either: nothing from it (fanout still lets mentions through). A
    topic's own choice wins over its space's, and a space's mute does not
    silence replies to a topic the member started there: only muting that
    topic does.
    """
    own = select(TopicWatch.user_id, TopicWatch.level, literal(True).label("own")).where(
        TopicWatch.topic_id == topic.id
    )
    space = select(SpaceWatch.user_id, SpaceWatch.level, literal(False).label("own")).where(
        SpaceWatch.space_id == topic.space_id
    )
    if not new_topic:  # a space's watchers hear of new topics only; its mutes still count
        space = space.where(SpaceWatch.level == WatchLevel.muted)
    levels: dict[int, WatchLevel] = {}
    decided: set[int] = set()
    for user_id, level, is_own in db.session.execute(union_all(own, space)):
        if is_own:
            levels[user_id] = WatchLevel(level)
            decided.add(user_id)
        elif user_id not in decided and user_id != topic.author_id:
            levels[user_id] = WatchLevel(level)
    return Listeners(
        watching=sorted(uid for uid, level in levels.items() if level is WatchLevel.watching),
        muted={uid for uid, level in levels.items() if level is WatchLevel.muted},
    )


def level_for(user_id: int, topic: Topic) -> WatchLevel | None:
    """The member's own choice for this topic, for the topic page's buttons."""
    return db.session.scalar(
        select(TopicWatch.level).where(
            TopicWatch.user_id == user_id, TopicWatch.topic_id == topic.id
        )
    )


def space_level_for(user_id: int, space_id: int) -> WatchLevel | None:
    """The member's choice for a space, for the space page's buttons."""
    return db.session.scalar(
        select(SpaceWatch.level).where(
            SpaceWatch.user_id == user_id, SpaceWatch.space_id == space_id
        )
    )
