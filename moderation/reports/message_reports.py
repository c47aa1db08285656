"""Reports of private messages: the one way a moderator ever reads one.

A participant's report copies the message and the few before it (as that
participant saw them, with display names) into the case. Moderators read that
copy and nothing else: there is no moderator route into a conversation.
Reports of one message fold into one open case, as reports of a post do.
"""

from __future__ import annotations

from typing import Any

from flask_babel import gettext as _
from sqlalchemy import select

from forum import policy
from forum.accounts.models import Role, User
from forum.errors import DomainError
from forum.extensions import db, utcnow
from forum.i18n import N_, site_language
from forum.mail import services as mail
from forum.messages import queries as message_queries
from forum.messages.models import Message
from forum.notifications import services as notifications
from forum.urls import absolute_url, path_for
from moderation.models import Report, ReportCase, ReportReason
from moderation.reports import cases, checkin_reports, private_cases, services
from moderation.reports.services import CaseDecision

TARGET_MESSAGE = "message"
CONTEXT = 5  # messages before the reported one that go into the copy
OWN_MESSAGE = N_("You cannot report your own message.")
TWICE = N_("You have already reported this message. A moderator will look at it.")
DELETED = N_("This message has been deleted, so there is nothing left to report.")
ONLY_DISMISS_OR_DELETE = N_("A private message can only be dismissed or deleted.")
AUDIT_ACTIONS = {CaseDecision.dismiss: "report.dismiss", CaseDecision.delete: "message.delete"}


def snapshot_of(reporter: User, message: Message) -> dict[str, Any]:
    """The message and what came just before it, as the reporter saw it; display names only."""
    rows = message_queries.context_before(reporter, message, CONTEXT)
    return {
        "conversation_id": message.conversation_id,
        "message_id": message.id,
        "author_id": message.author_id,  # for the moderators' warn and suspend links
        "participants": [u.display_name for u in message_queries.members(message.conversation_id)],
        "justification": message.justification,
        "messages": [
            {
                "id": m.id,
                "author": name,
                "at": m.created_at.isoformat(timespec="seconds"),
                "text": "" if m.erased_at else m.body_source,
                "reported": m.id == message.id,
            }
            for m, name in rows
        ],
    }


def _alert_moderators(case: ReportCase) -> None:
    """Mail every moderator at once; the mail names nobody and quotes nothing."""
    staff = db.session.scalars(
        select(User).where(User.role.in_([Role.moderator, Role.admin])).order_by(User.id)
    )
    link = absolute_url("moderation_reports.case", item_id=case.id)
    for moderator in staff:
        if moderator.is_active_member:
            mail.queue(moderator.email, "report_safeguarding_message", user=moderator, link=link)


def send_message_report(
    reporter: User, message_id: int, reason: ReportReason, details: str
) -> Report:
    """Tell the moderators about a message in one of the reporter's conversations (404 otherwise)."""
    message = message_queries.visible_message(reporter, message_id)
    if message.author_id == reporter.id:
        raise DomainError(None, _(OWN_MESSAGE))
    if message.erased_at is not None:
        raise DomainError(None, _(DELETED))
    filed = cases.file_report(
        reporter,
        TARGET_MESSAGE,
        message.id,
        reason,
        details,
        twice=_(TWICE),
        make_case=lambda: ReportCase(
            target_type=TARGET_MESSAGE,
            target_id=message.id,
            post_id=None,
            snapshot=snapshot_of(reporter, message),
        ),
    )
    if filed.became_urgent:
        _alert_moderators(filed.case)
    notifications.notify(
        reporter.id,
        "report_received",
        _("Your report was received: a moderator will look at the message."),
        path_for("messages.conversation", item_id=message.conversation_id),
    )
    db.session.commit()
    return filed.report


def decide_any_case(
    moderator: User, case_id: int, decision: CaseDecision, reason: str
) -> ReportCase:
    """Decide a case of any kind: a message here, a check-in item in checkin_reports,
    a post in services.decide_case."""
    policy.require(policy.can_handle_reports(moderator))
    target = db.session.scalar(select(ReportCase.target_type).where(ReportCase.id == case_id))
    if target in checkin_reports.TARGETS:
        return checkin_reports.decide_checkin_case(moderator, case_id, decision, reason)
    if target != TARGET_MESSAGE:
        return services.decide_case(moderator, case_id, decision, reason)
    return decide_message_case(moderator, case_id, decision, reason)


def decide_message_case(
    moderator: User, case_id: int, decision: CaseDecision, reason: str
) -> ReportCase:
    """Dismiss, or delete the message's text for everyone (the case keeps its copy).

    Acting on the sender (warn, suspend) is done from their member page.
    """
    case, reason = private_cases.close_once(
        moderator,
        case_id,
        decision,
        reason,
        targets=(TARGET_MESSAGE,),
        allowed=AUDIT_ACTIONS,
        refused=_(ONLY_DISMISS_OR_DELETE),
    )
    message = db.session.get(Message, case.target_id)
    if decision is CaseDecision.delete and message is not None and message.erased_at is None:
        message.body_source = message.body_html = message.justification = ""
        message.erased_at = utcnow()
        with site_language():  # the sender reads it, not the moderator's browser
            deleted = _("A moderator deleted a message you sent.")
        notifications.notify(
            message.author_id,
            "message_delete",
            deleted,
            path_for("messages.conversation", item_id=message.conversation_id),
        )
    with site_language():  # the reporters read it, not the moderator's browser
        told = _(
            "A moderator has dealt with your report about a message. Thank you for telling us."
        )
    private_cases.record(
        moderator,
        case,
        AUDIT_ACTIONS[decision],
        reason,
        told=told,
        link=path_for("messages.index"),
    )
    return case
