"""One notification for one member."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from forum.extensions import Base, UTCDateTime, enum_type, utcnow


class Notification(Base):
    """A short plain-text line and a link, written when the event happens.

    The text is composed at that moment from what the recipient may see
    (an anonymous author is already "Anonymous member"), so reading
    notifications later can never reveal more than the page did.
    """

    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_user_read", "user_id", "read_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(String(300))
    link: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Channel(enum.StrEnum):
    """How a member wants one kind of notification: "In app", "Email" (and in app), "Off"."""

    in_app = "in_app"
    email = "email"
    off = "off"


class DigestFrequency(enum.StrEnum):
    """An email gathering what a member has not read yet: never, daily or weekly."""

    off = "off"
    daily = "daily"
    weekly = "weekly"


class NotificationPreference(Base):
    """A member's channel for one kind; a kind without a row uses its default."""

    __tablename__ = "notification_preferences"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    channel: Mapped[Channel] = mapped_column(enum_type(Channel))


class DigestSetting(Base):
    """A member's digest choice and when the last one went (the next covers what came after)."""

    __tablename__ = "digest_settings"
    __table_args__ = (Index("ix_digest_settings_due", "frequency", "last_sent_at"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    frequency: Mapped[DigestFrequency] = mapped_column(enum_type(DigestFrequency))
    last_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
