"""A member's profile and privacy settings, their connections and their blocks."""

from __future__ import annotations

import enum
from datetime import datetime

from flask_babel import gettext as _
from sqlalchemy import ForeignKey, Index, String, Text, false, text
from sqlalchemy.orm import Mapped, mapped_column

from forum.extensions import Base, UTCDateTime, enum_type, utcnow


class WhoCanFind(enum.StrEnum):
    """Who may find a member: see their profile, ask to connect, find them in the directory."""

    nobody = "nobody"
    practitioners = "practitioners"
    all_members = "all_members"

    @property
    def label(self) -> str:
        labels: dict[str, str] = {
            "nobody": _("Nobody"),
            "practitioners": _("Practitioners"),
            "all_members": _("All members"),
        }
        return labels[self.value]


class Profile(Base):
    """What a member shows about themselves, and who may find them.

    One row per account, made with it (User.__init__). Care leavers start
    unfindable and unlisted: being a member can itself reveal that someone grew
    up in care, so they opt in.
    """

    __tablename__ = "profiles"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    role_line: Mapped[str] = mapped_column(String(80), default="")
    organisation: Mapped[str] = mapped_column(String(120), default="")
    region: Mapped[str] = mapped_column(String(80), default="", index=True)  # directory filter
    country: Mapped[str] = mapped_column(String(80), default="")
    interests: Mapped[str] = mapped_column(String(200), default="")
    about_source: Mapped[str] = mapped_column(Text, default="")
    about_html: Mapped[str] = mapped_column(Text, default="")  # sanitised once, at write time
    avatar_name: Mapped[str | None] = mapped_column(String(64))  # random file name, or initials
    who_can_find: Mapped[WhoCanFind] = mapped_column(
        enum_type(WhoCanFind), default=WhoCanFind.all_members
    )
    # Practitioners: a care leaver may find them by name and organisation anyway.
    worked_with_may_find: Mapped[bool] = mapped_column(default=False)
    # Care leavers are listed in the directory only when they opt in.
    listed_in_directory: Mapped[bool] = mapped_column(default=True)
    # Care leavers: whether other members see their member type.
    show_member_type: Mapped[bool] = mapped_column(default=False)
    # Set when they join a conversation: the header counts unread messages only then,
    # so the many members who never message pay no query for it on every page.
    has_conversations: Mapped[bool] = mapped_column(default=False, server_default=false())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Block(Base):
    """One member silencing another; the blocked member is never told."""

    __tablename__ = "blocks"

    blocker_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    blocked_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ConnectionState(enum.StrEnum):
    pending = "pending"  # asked, not yet answered
    accepted = "accepted"
    declined = "declined"  # silent: the asker is not told
    ended = "ended"  # either side disconnected


class Connection(Base):
    """A reconnect request and, once accepted, the connection it became.

    `low_id`/`high_id` order the pair so at most one live (pending or accepted)
    connection exists between two members, whoever asked (a partial unique index).
    """

    __tablename__ = "connections"
    __table_args__ = (
        Index(
            "uq_connections_live_pair",
            "low_id",
            "high_id",
            unique=True,
            sqlite_where=text("state IN ('pending', 'accepted')"),
            postgresql_where=text("state IN ('pending', 'accepted')"),
        ),
        Index("ix_connections_recipient_state", "recipient_id", "state"),
        Index("ix_connections_requester_state", "requester_id", "state"),
        # Every request between two members, newest last: what the pair's latest row says.
        Index("ix_connections_pair", "low_id", "high_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    requester_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recipient_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    low_id: Mapped[int]
    high_id: Mapped[int]
    state: Mapped[ConnectionState] = mapped_column(
        enum_type(ConnectionState), default=ConnectionState.pending
    )
    message: Mapped[str] = mapped_column(Text, default="")
    how_we_know: Mapped[str] = mapped_column(Text, default="")  # a care leaver's answer
    # "Why is this safe to share?", when the asker sent past the guard's findings.
    justification: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
