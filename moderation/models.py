"""Moderation records: the audit log, reports, claims, sanctions and notes."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from flask_babel import gettext as _
from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum.accounts.models import User
from forum.extensions import Base, UTCDateTime, enum_type, utcnow
from forum.i18n import N_
from forum.threads.models import Post


class AuditEntry(Base):
    """Who did what to which thing, when and why.

    Append-only: no code updates or deletes a row, and database triggers
    (migration 0004) refuse it on SQLite and PostgreSQL alike.
    """

    __tablename__ = "audit_entries"
    __table_args__ = (Index("ix_audit_entries_target", "target_type", "target_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    action: Mapped[str] = mapped_column(String(40), index=True)
    target_type: Mapped[str] = mapped_column(String(40))
    target_id: Mapped[int]
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)

    actor: Mapped[User] = relationship()


class ReportReason(enum.StrEnum):
    confidentiality = "confidentiality"
    safeguarding = "safeguarding"
    harassment = "harassment"
    spam = "spam"
    other = "other"

    @property
    def label(self) -> str:
        return str(_(_REASON_LABELS[self]))


_REASON_LABELS = {
    ReportReason.confidentiality: N_("Confidentiality breach"),
    ReportReason.safeguarding: N_("Safeguarding concern"),
    ReportReason.harassment: N_("Harassment"),
    ReportReason.spam: N_("Spam"),
    ReportReason.other: N_("Other"),
}


class CaseState(enum.StrEnum):
    open = "open"
    resolved = "resolved"  # a moderator acted on the item
    dismissed = "dismissed"  # a moderator found nothing to act on


class ReportCase(Base):
    """One queue entry per reported item: every member's report of it folds in here.

    At most one open case per item (a partial unique index), so two members
    reporting at once still make one entry with a count of two.
    """

    __tablename__ = "report_cases"
    __table_args__ = (
        Index(
            "uq_report_cases_open_target",
            "target_type",
            "target_id",
            unique=True,
            sqlite_where=text("state = 'open'"),
            postgresql_where=text("state = 'open'"),
        ),
        Index("ix_report_cases_queue", "state", "is_urgent", "first_reported_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    target_type: Mapped[str] = mapped_column(String(20))  # "post"; later "message", "profile"
    target_id: Mapped[int]
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id"), index=True)
    state: Mapped[CaseState] = mapped_column(enum_type(CaseState), default=CaseState.open)
    is_urgent: Mapped[bool] = mapped_column(default=False)  # a safeguarding concern
    report_count: Mapped[int] = mapped_column(default=0)
    first_reported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_reported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision: Mapped[str] = mapped_column(String(30), default="")
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    # A private message and the few before it, copied when first reported: moderators
    # read conversations only through this copy, never the conversation itself.
    snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    post: Mapped[Post | None] = relationship()
    decided_by: Mapped[User | None] = relationship()
    reports: Mapped[list[Report]] = relationship(back_populates="case", order_by="Report.id")


class Report(Base):
    """What one member said about an item."""

    __tablename__ = "reports"
    __table_args__ = (UniqueConstraint("case_id", "reporter_id", name="uq_reports_case_reporter"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("report_cases.id"), index=True)
    reporter_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    reason: Mapped[ReportReason] = mapped_column(enum_type(ReportReason))
    details: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    case: Mapped[ReportCase] = relationship(back_populates="reports")
    reporter: Mapped[User] = relationship()


class QueueClaim(Base):
    """A moderator working an item, so a second one leaves it alone.

    One table for every queue ("application", "review", "report"); a claim
    lapses after a while (moderation/claims.py) so a forgotten one frees itself.
    """

    __tablename__ = "queue_claims"

    queue: Mapped[str] = mapped_column(String(20), primary_key=True)
    item_id: Mapped[int] = mapped_column(primary_key=True)
    moderator_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    moderator: Mapped[User] = relationship()


class SanctionKind(enum.StrEnum):
    warning = "warning"
    suspension = "suspension"
    ban = "ban"
    lift = "lift"  # a suspension or ban ended early

    @property
    def label(self) -> str:
        labels: dict[str, str] = {
            "warning": _("Warning"),
            "suspension": _("Suspension"),
            "ban": _("Ban"),
            "lift": _("Lifted"),
        }
        return labels[self.value]


class Sanction(Base):
    """A warning, suspension, ban or lift given to a member, with the reason they read."""

    __tablename__ = "sanctions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    moderator_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[SanctionKind] = mapped_column(enum_type(SanctionKind))
    reason: Mapped[str] = mapped_column(Text)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # suspensions
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # warnings, once read

    user: Mapped[User] = relationship(foreign_keys=[user_id])
    moderator: Mapped[User] = relationship(foreign_keys=[moderator_id])


class MemberNote(Base):
    """A moderator's note on a member; only moderators ever read these."""

    __tablename__ = "member_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    author: Mapped[User] = relationship(foreign_keys=[author_id])
