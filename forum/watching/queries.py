"""Who watches or muted a topic or its space."""

from __future__ import annotations

from dataclasses import dataclass, field

from forum.threads.models import Topic
from forum.watching.models import WatchLevel


@dataclass(frozen=True)
class Listeners:
    watching: list[int] = field(default_factory=list)
    muted: set[int] = field(default_factory=set)


def listeners(topic: Topic, *, new_topic: bool) -> Listeners:
    """Members watching the topic (or, for a new topic, its space), and members who muted either.

    A topic's own choice wins over its space's. (Stub until watching lands.)
    """
    return Listeners()


def level_for(user_id: int, topic: Topic) -> WatchLevel | None:
    """The member's own choice for this topic, for the topic page's buttons. (Stub.)"""
    return None
