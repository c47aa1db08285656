"""What the reports pages show, loaded in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import joinedload, selectinload

from forum import policy
from forum.accounts.models import User
from forum.errors import NotVisible
from forum.extensions import db
from forum.threads.models import Post, Topic
from moderation import claims
from moderation.models import CaseState, QueueClaim, Report, ReportCase, ReportReason
from moderation.reports.services import QUEUE_ORDER


@dataclass(frozen=True)
class CaseEntry:
    case: ReportCase
    post: Post | None  # None for a private message: its copy is case.snapshot
    claim: QueueClaim | None  # a live claim, with its moderator

    @property
    def is_message(self) -> bool:
        return self.case.target_type == "message"

    @property
    def is_checkin(self) -> bool:
        """A check-in's drop-in, to-do or comment: its copy is case.snapshot too."""
        return self.case.target_type.startswith("checkin_")

    @property
    def reasons(self) -> list[ReportReason]:
        """Each reason once, in the order the reports came in."""
        return list(dict.fromkeys(r.reason for r in self.case.reports))


def _cases() -> Select[tuple[ReportCase]]:
    """Cases with everything a card shows: the post in context and every report."""
    return select(ReportCase).options(
        joinedload(ReportCase.post).joinedload(Post.topic).joinedload(Topic.space),
        joinedload(ReportCase.post).joinedload(Post.author),
        joinedload(ReportCase.decided_by),
        selectinload(ReportCase.reports).joinedload(Report.reporter),
    )


def report_queue(moderator: User) -> list[CaseEntry]:
    """Open cases, safeguarding first, then the longest waiting. Three queries."""
    policy.require(policy.can_handle_reports(moderator))
    cases = db.session.scalars(
        _cases().where(ReportCase.state == CaseState.open).order_by(*QUEUE_ORDER)
    ).all()
    held = claims.live_claims(claims.Queue.report, [c.id for c in cases])
    return [CaseEntry(c, c.post, held.get(c.id)) for c in cases if _readable(c)]


def _readable(case: ReportCase) -> bool:
    """A post case needs its post; a message or check-in case carries its own copy."""
    copied = case.target_type == "message" or case.target_type.startswith("checkin_")
    return case.post is not None or (copied and case.snapshot is not None)


def case_entry(moderator: User, case_id: int) -> CaseEntry:
    """One case, open or decided (a link in a mail may arrive after the decision)."""
    policy.require(policy.can_handle_reports(moderator))
    found = db.session.scalar(_cases().where(ReportCase.id == case_id))
    if found is None or not _readable(found):
        raise NotVisible()
    held = claims.live_claims(claims.Queue.report, [found.id])
    return CaseEntry(found, found.post, held.get(found.id))
