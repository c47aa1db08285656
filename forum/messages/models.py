"""Conversations between members and the messages in them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from forum.extensions import Base, UTCDateTime, utcnow


class Conversation(Base):
    """Private messages between two or more members."""

    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_message_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ConversationMember(Base):
    """One member's place in a conversation: how far they have read."""

    __tablename__ = "conversation_members"
    __table_args__ = (Index("ix_conversation_members_user", "user_id", "conversation_id"),)

    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    last_read_message_id: Mapped[int] = mapped_column(default=0)
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Message(Base):
    """One message; the author's reason is kept when they sent past the guard's findings.

    A message from a member the reader has blocked is never shown to that
    reader (filtered when read), so the blocked member is not told.
    """

    __tablename__ = "messages"
    __table_args__ = (Index("ix_messages_conversation", "conversation_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    body_source: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)  # sanitised once, at write time
    justification: Mapped[str] = mapped_column(Text, default="")  # "Why is this safe to share?"
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # its author left
