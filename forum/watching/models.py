"""A member's choice about a topic or a space: watch it, or mute it."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from forum.extensions import Base, UTCDateTime, enum_type, utcnow


class WatchLevel(enum.StrEnum):
    """Watching: hear about every new post (topic) or topic (space). Muted: hear nothing."""

    watching = "watching"
    muted = "muted"


class TopicWatch(Base):
    __tablename__ = "topic_watches"
    # Fan-out reads every watcher of one topic.
    __table_args__ = (Index("ix_topic_watches_topic_level", "topic_id", "level"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id"), primary_key=True)
    level: Mapped[WatchLevel] = mapped_column(enum_type(WatchLevel))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SpaceWatch(Base):
    __tablename__ = "space_watches"
    __table_args__ = (Index("ix_space_watches_space_level", "space_id", "level"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    space_id: Mapped[int] = mapped_column(ForeignKey("spaces.id"), primary_key=True)
    level: Mapped[WatchLevel] = mapped_column(enum_type(WatchLevel))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
