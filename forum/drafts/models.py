"""What a member was writing, one draft per place they write in."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from forum.extensions import Base, UTCDateTime, utcnow


class Draft(Base):
    """`place` names the composer: "topic:<space id>", "reply:<topic id>", "edit:<post id>",
    "summary:<topic id>". Posting from that composer deletes the draft."""

    __tablename__ = "drafts"
    __table_args__ = (UniqueConstraint("user_id", "place", name="uq_drafts_user_place"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    place: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(150), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
