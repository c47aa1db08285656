"""Sending reports and deciding cases: each use case checks the policy and commits once.

A case is settled by `claims.decide_once` (one conditional UPDATE), so when two
moderators decide at once exactly one decision, and one audit row, goes through.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from flask_babel import gettext as _
from sqlalchemy import case as when_then
from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from forum import policy
from forum.accounts.models import Role, User
from forum.errors import DomainError, NotVisible
from forum.extensions import db, utcnow
from forum.i18n import N_, site_language
from forum.mail import services as mail
from forum.notifications import services as notifications
from forum.threads import services as threads
from forum.threads.models import Post, Topic
from forum.urls import absolute_url, path_for
from moderation import claims
from moderation.models import AuditEntry, CaseState, Report, ReportCase, ReportReason
from moderation.reports import cases

TARGET_POST = "post"
OWN_POST = N_("You cannot report your own post. You can edit or delete it instead.")
TWICE = N_("You have already reported this post. A moderator will look at it.")
DELETED = N_("This post has been deleted, so there is nothing left to report.")
REASON_NEEDED = N_("Give a reason: it is recorded in the audit log.")


class CaseDecision(enum.StrEnum):
    dismiss = "dismiss"
    hide = "hide"
    delete = "delete"
    lock = "lock"
    edit = "edit"

    @property
    def done(self) -> str:
        """What the moderator is told after deciding."""
        done = {
            "dismiss": N_("Report dismissed."),
            "hide": N_("Post hidden."),
            "delete": N_("Post deleted."),
            "lock": N_("Topic locked."),
            "edit": N_("Post edited. The author has been told."),
        }
        return str(_(done[self.value]))


AUDIT_ACTIONS = {
    CaseDecision.dismiss: "report.dismiss",
    CaseDecision.hide: "post.hide",
    CaseDecision.delete: "post.delete",
    CaseDecision.lock: "topic.lock",
    CaseDecision.edit: "post.edit",
}


# --- members: sending a report ---------------------------------------------------------


def _hide_for_review(post: Post, now: datetime) -> None:
    """A confidentiality breach: only moderators and the author see it from now on."""
    if post.hidden_at is not None:
        return
    post.hidden_at = now
    post.hidden_for_review = True
    if post.number == 1 and post.topic.hidden_at is None:
        post.topic.hidden_at = now


def _alert_moderators(case: ReportCase, post: Post) -> None:
    """Mail every moderator and admin at once, through the outbox (same transaction).

    The mail names neither the reporter nor the author: it may sit in an inbox
    that is less private than the site, and the case page says the rest.
    """
    staff = db.session.scalars(
        select(User).where(User.role.in_([Role.moderator, Role.admin])).order_by(User.id)
    )
    link = absolute_url("moderation_reports.case", item_id=case.id)
    for moderator in staff:
        if moderator.is_active_member:
            mail.queue(
                moderator.email,
                "report_safeguarding",
                user=moderator,
                space=post.topic.space,
                link=link,
            )


def send_report(reporter: User, post: Post, reason: ReportReason, details: str) -> Report:
    """Tell the moderators about a post; reports of one post fold into one open case."""
    policy.require(
        policy.can_view_topic(reporter, post.topic) and policy.can_view_post(reporter, post)
    )
    if post.author_id == reporter.id:
        raise DomainError(None, _(OWN_POST))
    if post.is_deleted:
        raise DomainError(None, _(DELETED))
    policy.require(policy.can_report(reporter, post), hide=False)
    filed = cases.file_report(
        reporter,
        TARGET_POST,
        post.id,
        reason,
        details,
        twice=_(TWICE),
        make_case=lambda: ReportCase(target_type=TARGET_POST, target_id=post.id, post_id=post.id),
    )
    if filed.became_urgent:
        _alert_moderators(filed.case, post)
    if reason is ReportReason.confidentiality:
        _hide_for_review(post, filed.report.created_at)
    notifications.notify(
        reporter.id,
        "report_received",
        _(
            "Your report was received: a moderator will look at the post in “%(title)s”.",
            title=post.topic.title,
        ),
        path_for("spaces.space", slug=post.topic.space.slug),
    )
    db.session.commit()
    return filed.report


# --- moderators: claiming and deciding -------------------------------------------------


def claim_case(moderator: User, case_id: int) -> None:
    """Tell other moderators this case is being worked (claims.claim commits)."""
    policy.require(policy.can_handle_reports(moderator))
    found = db.session.get(ReportCase, case_id)
    if found is None:
        raise NotVisible()
    if found.state is not CaseState.open:
        raise claims.already_decided("report", found.decided_by)
    claims.claim(moderator, claims.Queue.report, case_id)


def _required(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise DomainError("reason", _(REASON_NEEDED))
    return reason


def _settle(moderator: User, case_id: int, decision: CaseDecision, reason: str) -> ReportCase:
    """Close the case for this moderator, or DomainError naming who closed it first."""
    policy.require(policy.can_handle_reports(moderator))
    decided = claims.decide_once(
        moderator,
        claims.Queue.report,
        ReportCase,
        case_id,
        ReportCase.state == CaseState.open,
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
    found = db.session.get(ReportCase, case_id, populate_existing=True)
    if found is None or found.post is None:
        db.session.rollback()
        raise NotVisible()
    if not decided:
        db.session.rollback()
        db.session.refresh(found)
        raise claims.already_decided("report", found.decided_by)
    return found


def _lift_review_hide(post: Post) -> None:
    """The moderator decided something other than hiding: members may read it again."""
    if not post.hidden_for_review:
        return
    post.hidden_for_review = False
    post.hidden_at = None
    if post.number == 1:
        post.topic.hidden_at = None


def _hide(post: Post) -> None:
    now = utcnow()
    post.hidden_for_review = False
    post.hidden_at = post.hidden_at or now
    if post.number == 1:
        post.topic.hidden_at = post.topic.hidden_at or now


def _delete(post: Post) -> None:
    """Soft, as threads.delete_post: the text stays for moderators; post 1 takes its topic."""
    _lift_review_hide(post)
    now = utcnow()
    post.deleted_at = now
    if post.number == 1:
        post.topic.deleted_at = now


def _lock(post: Post) -> None:
    _lift_review_hide(post)
    post.topic.is_locked = True


def _close(moderator: User, case: ReportCase, decision: CaseDecision, reason: str) -> None:
    """The audit row, and a neutral word to every reporter (never what happened)."""
    post = case.post
    assert post is not None
    db.session.add(
        AuditEntry(
            actor_id=moderator.id,
            action=AUDIT_ACTIONS[decision],
            target_type=TARGET_POST,
            target_id=post.id,
            reason=reason,
        )
    )
    with site_language():  # the reporters read it, not the moderator's browser
        text = _(
            "A moderator has dealt with your report about a post in “%(title)s”. "
            "Thank you for telling us.",
            title=post.topic.title,
        )
    for report in case.reports:
        notifications.notify(
            report.reporter_id,
            "report_closed",
            text,
            path_for("spaces.space", slug=post.topic.space.slug),
        )


AUTHOR_NOTICES = {
    CaseDecision.hide: N_(
        "A moderator hid your post in “%(title)s”: only you and the moderators can see it."
    ),
    CaseDecision.delete: N_("A moderator deleted your post in “%(title)s”."),
    CaseDecision.edit: N_("A moderator edited your post in “%(title)s”."),
}


def _tell_author(post: Post, decision: CaseDecision) -> None:
    """Nothing a moderator does to a post is silent to its author; the reporters stay unnamed."""
    with site_language():  # the author reads it, not the moderator's browser
        text = _(AUTHOR_NOTICES[decision], title=post.topic.title)
    notifications.notify(
        post.author_id,
        f"post_{decision.value}",
        text,
        path_for("threads.permalink", post_id=post.id),
    )


_EFFECTS = {
    CaseDecision.dismiss: _lift_review_hide,
    CaseDecision.hide: _hide,
    CaseDecision.delete: _delete,
    CaseDecision.lock: _lock,
}


def decide_case(moderator: User, case_id: int, decision: CaseDecision, reason: str) -> ReportCase:
    """Dismiss the reports, or hide, delete or lock; a reason is always required."""
    if decision is CaseDecision.edit:
        raise ValueError("an edit needs the new text: use edit_reported_post")
    reason = _required(reason)
    case = _settle(moderator, case_id, decision, reason)
    assert case.post is not None
    _EFFECTS[decision](case.post)
    _close(moderator, case, decision, reason)
    if decision in AUTHOR_NOTICES:
        _tell_author(case.post, decision)
    db.session.commit()
    return case


def edit_reported_post(
    moderator: User, case_id: int, body: str, title: str | None, reason: str
) -> ReportCase:
    """Change the text (the old one is kept as a revision); the author is told why."""
    body = body.replace("\r\n", "\n").strip()
    if not body:
        raise DomainError("body", _("Write a message."))
    if title is not None:
        title = " ".join(title.split())
        if len(title) < 3:
            raise DomainError("title", _("Give the topic a title of at least 3 characters."))
    reason = _required(reason)
    case = _settle(moderator, case_id, CaseDecision.edit, reason)
    post = case.post
    assert post is not None
    threads.revise(post, moderator, body, title if post.number == 1 else None)
    _lift_review_hide(post)
    _close(moderator, case, CaseDecision.edit, reason)
    _tell_author(post, CaseDecision.edit)
    mail.queue(
        post.author.email,
        "report_post_edited",
        user=post.author,
        topic=post.topic,
        reason=reason,
        link=absolute_url("threads.permalink", post_id=post.id),
    )
    db.session.commit()
    return case


# --- for the dashboard -----------------------------------------------------------------


@dataclass(frozen=True)
class CaseSummary:
    open_count: int
    urgent_count: int
    oldest: ReportCase | None  # urgent first, then the longest waiting; post, topic, space loaded


def open_case_summary(moderator: User) -> CaseSummary:
    """Counts and the case to work next, for the moderators' dashboard. Two queries."""
    policy.require(policy.can_handle_reports(moderator))
    open_count, urgent_count = db.session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(when_then((ReportCase.is_urgent, 1), else_=0)), 0),
        ).where(ReportCase.state == CaseState.open)
    ).one()
    oldest = db.session.scalar(
        select(ReportCase)
        .options(joinedload(ReportCase.post).joinedload(Post.topic).joinedload(Topic.space))
        .where(ReportCase.state == CaseState.open)
        .order_by(*QUEUE_ORDER)
        .limit(1)
    )
    return CaseSummary(int(open_count), int(urgent_count), oldest)


# Safeguarding first, then the longest waiting.
QUEUE_ORDER = (ReportCase.is_urgent.desc(), ReportCase.first_reported_at, ReportCase.id)
