"""Filing a report into its item's one open case: the rule every reportable channel shares.

Reports of one item (a post, a message, later a profile) fold into one open
case. A partial unique index allows one open case per item, so the loser of two
concurrent first reports gets an IntegrityError inside its savepoint, then reads
the winner's case and adds to it. The count is kept in the database, so
simultaneous reports never lose one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import false, select, update
from sqlalchemy.exc import IntegrityError

from forum.accounts.models import User
from forum.errors import DomainError
from forum.extensions import db, utcnow
from moderation.models import CaseState, Report, ReportCase, ReportReason


@dataclass(frozen=True)
class Filed:
    report: Report
    case: ReportCase
    became_urgent: bool  # this report made the case a safeguarding concern: alert now


def open_case(target_type: str, target_id: int) -> ReportCase | None:
    return db.session.scalar(
        select(ReportCase).where(
            ReportCase.target_type == target_type,
            ReportCase.target_id == target_id,
            ReportCase.state == CaseState.open,
        )
    )


def _start_case(target_type: str, target_id: int, make: Callable[[], ReportCase]) -> ReportCase:
    """A new open case; if another member's first report won the race, that one."""
    try:
        with db.session.begin_nested():
            started = make()
            db.session.add(started)
        return started
    except IntegrityError:
        existing = open_case(target_type, target_id)
        if existing is None:  # the other case closed in between: a rare, plain retry
            return _start_case(target_type, target_id, make)
        return existing


def file_report(
    reporter: User,
    target_type: str,
    target_id: int,
    reason: ReportReason,
    details: str,
    *,
    twice: str,
    make_case: Callable[[], ReportCase],
) -> Filed:
    """Add the member's report to the item's open case (no commit).

    `twice` is the answer when this member has already reported the item;
    `make_case` builds the case when this is the first report.
    """
    case = open_case(target_type, target_id)
    if case is not None and db.session.scalar(
        select(Report.id).where(Report.case_id == case.id, Report.reporter_id == reporter.id)
    ):
        raise DomainError(None, twice)
    if case is None:
        case = _start_case(target_type, target_id, make_case)
    now = utcnow()
    report = Report(
        case_id=case.id,
        reporter_id=reporter.id,
        reason=reason,
        details=details.replace("\r\n", "\n").strip(),
        created_at=now,
    )
    try:
        with db.session.begin_nested():
            db.session.add(report)
    except IntegrityError:  # the same member sending twice at once
        db.session.rollback()
        raise DomainError(None, twice) from None
    db.session.execute(
        update(ReportCase)
        .where(ReportCase.id == case.id)
        .values(report_count=ReportCase.report_count + 1, last_reported_at=now)
        .execution_options(synchronize_session=False)
    )
    became_urgent = False
    if reason is ReportReason.safeguarding:
        result = db.session.execute(
            update(ReportCase)
            .where(ReportCase.id == case.id, ReportCase.is_urgent == false())
            .values(is_urgent=True)
            .execution_options(synchronize_session=False)
        )
        became_urgent = bool(result.rowcount)  # type: ignore[attr-defined]
    return Filed(report, case, became_urgent)
