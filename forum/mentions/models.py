"""Who a post mentions, stored by member id (never by the name typed)."""

from __future__ import annotations

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from forum.extensions import Base


class Mention(Base):
    """One member named in one post; an edit that adds a mention notifies only the new one."""

    __tablename__ = "mentions"

    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True, index=True)
