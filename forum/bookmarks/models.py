"""A post a member bookmarked; a topic is bookmarked through its first post."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from forum.extensions import Base, UTCDateTime, utcnow


class Bookmark(Base):
    __tablename__ = "bookmarks"
    # The "Bookmarks" page: newest first, keyset by (created_at, post_id).
    __table_args__ = (Index("ix_bookmarks_user_recent", "user_id", "created_at", "post_id"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"), primary_key=True, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
