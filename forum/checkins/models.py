"""Check-ins between a connected care leaver and practitioner, and a worker's manager.

Only the two participants read a check-in. A manager sees nothing of it but
the overdue items of the workers they manage (title, due date, worker).
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from flask_babel import gettext as _
from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum.accounts.models import User
from forum.extensions import Base, UTCDateTime, enum_type, utcnow


class AgreementState(enum.StrEnum):
    proposed = "proposed"  # one side pressed "Start check-ins"; the other has not accepted
    active = "active"
    ended = "ended"  # either side ended them; the history stays readable to both


class CheckinAgreement(Base):
    """One row per care leaver and worker pair; starting again reuses it, history and all."""

    __tablename__ = "checkin_agreements"
    __table_args__ = (
        UniqueConstraint("care_leaver_id", "worker_id", name="uq_checkin_agreements_pair"),
        Index("ix_checkin_agreements_worker", "worker_id", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    care_leaver_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    worker_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    state: Mapped[AgreementState] = mapped_column(enum_type(AgreementState))
    proposed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    proposed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    care_leaver: Mapped[User] = relationship(foreign_keys=[care_leaver_id])
    worker: Mapped[User] = relationship(foreign_keys=[worker_id])


class Mood(enum.StrEnum):
    working = "working"  # "This is working"
    needs_sorting = "needs_sorting"  # "This needs sorting"

    @property
    def label(self) -> str:
        text: str = _("This is working") if self is Mood.working else _("This needs sorting")
        return text


class DropIn(Base):
    """A two-minute check-in from the care leaver: how things are, and a line if they like."""

    __tablename__ = "checkin_drop_ins"
    __table_args__ = (Index("ix_checkin_drop_ins_agreement", "agreement_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("checkin_agreements.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    mood: Mapped[Mood] = mapped_column(enum_type(Mood))
    note: Mapped[str] = mapped_column(Text, default="")
    # The author's answer to "Why is this safe to share?" when they sent the guard's findings anyway.
    justification: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Todo(Base):
    """A shared to-do. Overdue means: not done, "Who" is the worker, and the due day has ended
    in the care leaver's time zone. `flagged_at` is set once, by `flask checkins flag-overdue`."""

    __tablename__ = "checkin_todos"
    __table_args__ = (
        Index("ix_checkin_todos_agreement", "agreement_id", "done_at", "due_on"),
        # The flagging job: open items past their day, not yet flagged.
        Index("ix_checkin_todos_flagging", "flagged_at", "done_at", "due_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("checkin_agreements.id"))
    title: Mapped[str] = mapped_column(String(200))  # "What needs doing"
    assignee_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)  # "Who"
    due_on: Mapped[date | None] = mapped_column(Date)  # "Due", a day in the member's zone
    justification: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    from_drop_in_id: Mapped[int | None] = mapped_column(ForeignKey("checkin_drop_ins.id"))
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # the day-before reminder
    flagged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # "Flagged to the manager"
    # Who it was flagged to: the worker's manager then, or None for the moderators.
    flagged_to_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    assignee: Mapped[User] = relationship(foreign_keys=[assignee_id])


class TodoComment(Base):
    __tablename__ = "checkin_todo_comments"
    __table_args__ = (Index("ix_checkin_todo_comments_todo", "todo_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    todo_id: Mapped[int] = mapped_column(ForeignKey("checkin_todos.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    body: Mapped[str] = mapped_column(Text)
    justification: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class TodoChange(Base):
    """The history of a to-do: who changed what ("Due moved to 12 March", "Done", "Undone")."""

    __tablename__ = "checkin_todo_changes"
    __table_args__ = (Index("ix_checkin_todo_changes_todo", "todo_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    todo_id: Mapped[int] = mapped_column(ForeignKey("checkin_todos.id"))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))  # None: the flagging job
    what: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ManagerState(enum.StrEnum):
    pending = "pending"  # named under "My manager"; the manager has not accepted
    accepted = "accepted"


class ManagerLink(Base):
    """A worker's manager: another practitioner, named by the worker, who accepted."""

    __tablename__ = "checkin_managers"
    __table_args__ = (Index("ix_checkin_managers_manager", "manager_id", "state"),)

    worker_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    manager_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    state: Mapped[ManagerState] = mapped_column(enum_type(ManagerState))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    worker: Mapped[User] = relationship(foreign_keys=[worker_id])
    manager: Mapped[User] = relationship(foreign_keys=[manager_id])


class OverdueDigest(Base):
    """When a manager (or moderator) last got the daily overdue email: at most one a day."""

    __tablename__ = "checkin_overdue_digests"

    recipient_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    last_sent_on: Mapped[date] = mapped_column(Date)  # a day in the recipient's zone
    last_sent_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
