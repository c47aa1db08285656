"""An event or a scheduled chat is a topic with a time, a place and RSVPs."""

from __future__ import annotations

import enum
from datetime import datetime

from flask_babel import gettext as _
from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, backref, mapped_column, relationship

from forum.extensions import Base, UTCDateTime, enum_type, utcnow
from forum.threads.models import Topic


class PlaceKind(enum.StrEnum):
    online = "online"
    in_person = "in_person"

    @property
    def label(self) -> str:
        text: str = _("Online") if self is PlaceKind.online else _("In person")
        return text


class Event(Base):
    """Times are stored in UTC; `time_zone` is the organiser's, for the calendar file.

    A scheduled chat (`is_chat`) is closed for replies until `starts_at`; the
    job that opens it sets `opened_at`, so opening happens (and is announced) once.
    """

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_starts_at", "starts_at"),
        Index("ix_events_chat_opening", "is_chat", "opened_at", "starts_at"),
    )

    topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id"), primary_key=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    time_zone: Mapped[str] = mapped_column(String(64))
    place_kind: Mapped[PlaceKind] = mapped_column(enum_type(PlaceKind))
    place: Mapped[str] = mapped_column(String(200), default="")
    # Courses and services: where to book or read more.
    link: Mapped[str] = mapped_column(String(500), default="")
    is_chat: Mapped[bool] = mapped_column(default=False)
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    # `topic.event` (None for most topics) lets policy.can_reply see a chat that has
    # not opened; the topic page sets it from its own query, so reading it is free there.
    topic: Mapped[Topic] = relationship(backref=backref("event", uselist=False))

    @property
    def place_url(self) -> str | None:
        """The place as a link when it is a web address (an online joining link)."""
        place = self.place.strip()
        return place if place.startswith(("https://", "http://")) and " " not in place else None

    def has_ended(self, now: datetime) -> bool:
        return self.ends_at <= now

    @property
    def is_waiting(self) -> bool:
        """A scheduled chat the job has not opened yet: it takes no replies."""
        return self.is_chat and self.opened_at is None


class EventRsvp(Base):
    """ "Going" or "Not going"; a member changes their mind by answering again."""

    __tablename__ = "event_rsvps"

    topic_id: Mapped[int] = mapped_column(ForeignKey("events.topic_id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True, index=True)
    going: Mapped[bool]
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
