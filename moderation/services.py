"""Deciding applications. Two moderators at once: exactly one decision wins."""

from __future__ import annotations

import enum

from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import contains_eager

from forum import policy
from forum.accounts.models import AccountStatus, Application, User
from forum.errors import DomainError, NotVisible
from forum.extensions import db, utcnow
from forum.mail import services as mail
from forum.urls import absolute_url
from moderation import claims
from moderation.models import AuditEntry


class Decision(enum.StrEnum):
    approve = "approve"
    reject = "reject"
    ask = "ask"


_OUTCOME = {
    Decision.approve: AccountStatus.active,
    Decision.reject: AccountStatus.rejected,
    Decision.ask: AccountStatus.info_requested,
}


def approval_queue(moderator: User) -> list[User]:
    """Applications waiting for a decision, oldest first, with their evidence."""
    policy.require(policy.can_review_applications(moderator))
    return list(
        db.session.scalars(
            select(User)
            .join(User.application)
            .options(contains_eager(User.application))
            .where(User.status.in_([AccountStatus.pending, AccountStatus.info_requested]))
            .order_by(Application.submitted_at, User.id)
        )
    )


def decide_application(moderator: User, applicant_id: int, decision: Decision, reason: str) -> User:
    """Approve, reject or ask; takes effect on the applicant's very next request.

    The status change is one conditional UPDATE, so when two moderators decide
    at once the database lets exactly one through; the other gets a DomainError
    naming who decided first.
    """
    policy.require(policy.can_review_applications(moderator))
    reason = reason.strip()
    if decision is not Decision.approve and not reason:
        raise DomainError("reason", _("Give a reason: the applicant will read it."))
    decided = claims.decide_once(
        moderator,
        claims.Queue.application,
        User,
        applicant_id,
        User.status == AccountStatus.pending,
        {"status": _OUTCOME[decision]},
    )
    applicant = db.session.get(User, applicant_id, populate_existing=True)
    application = applicant.application if applicant is not None else None
    if applicant is None or application is None:
        db.session.rollback()
        raise NotVisible()
    if not decided:
        db.session.rollback()
        db.session.refresh(application)
        raise claims.already_decided("application", application.decided_by)
    application.decided_by_id = moderator.id
    application.decided_at = utcnow()
    if decision is Decision.ask:
        application.info_request = reason
        application.info_response = ""
    else:
        application.decision_reason = reason
    db.session.add(
        AuditEntry(
            actor_id=moderator.id,
            action=f"application.{decision.value}",
            target_type="user",
            target_id=applicant.id,
            reason=reason,
        )
    )
    mail.queue(
        applicant.email,
        f"application_{decision.value}",
        user=applicant,
        reason=reason,
        link=absolute_url("accounts.status")
        if decision is not Decision.approve
        else absolute_url("home.index"),
    )
    db.session.commit()
    return applicant
