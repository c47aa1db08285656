"""Closing a report about a private item (a message, a check-in item): one shape for both.

Moderators read such an item only through the case's copy; they can dismiss
the report or remove the item's text. Either way the case is claimed and
closed once (a second moderator is told who got there first), the decision is
audited, and every reporter hears it was dealt with.
"""

from __future__ import annotations

from collections.abc import Collection

from flask_babel import gettext as _

from forum import policy
from forum.accounts.models import User
from forum.errors import DomainError, NotVisible
from forum.extensions import db, utcnow
from forum.notifications import services as notifications
from moderation import claims
from moderation.models import AuditEntry, CaseState, ReportCase
from moderation.reports.services import REASON_NEEDED, CaseDecision


def close_once(
    moderator: User,
    case_id: int,
    decision: CaseDecision,
    reason: str,
    *,
    targets: Collection[str],
    allowed: Collection[CaseDecision],
    refused: str,
) -> tuple[ReportCase, str]:
    """Check the decision and its reason, then claim and close the case; no commit.

    Returns the case and the reason as recorded. 404 for a case that is not one
    of `targets`; the decision's own effect is the caller's.
    """
    policy.require(policy.can_handle_reports(moderator))
    if decision not in allowed:
        raise DomainError(None, refused)
    reason = reason.strip()
    if not reason:
        raise DomainError("reason", _(REASON_NEEDED))
    decided = claims.decide_once(
        moderator,
        claims.Queue.report,
        ReportCase,
        case_id,
        (ReportCase.state == CaseState.open) & ReportCase.target_type.in_(list(targets)),
        {
            "state": CaseState.dismissed
            if decision is CaseDecision.dismiss
            else CaseState.resolved,
            "decided_by_id": moderator.id,
            "decided_at": utcnow(),
            "decision": decision.value,
            "decision_reason": reason,
        },
    )
    case = db.session.get(ReportCase, case_id, populate_existing=True)
    if case is None or case.target_type not in targets:
        db.session.rollback()
        raise NotVisible()
    if not decided:
        db.session.rollback()
        db.session.refresh(case)
        raise claims.already_decided("report", case.decided_by)
    return case, reason


def record(
    moderator: User, case: ReportCase, action: str, reason: str, *, told: str, link: str
) -> None:
    """Audit the decision, tell every reporter (`told`, linking to `link`), and commit."""
    db.session.add(
        AuditEntry(
            actor_id=moderator.id,
            action=action,
            target_type=case.target_type,
            target_id=case.target_id,
            reason=reason,
        )
    )
    for report in case.reports:
        notifications.notify(report.reporter_id, "report_closed", told, link)
    db.session.commit()
