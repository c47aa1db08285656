"""Reports of check-ins: the one way a moderator ever reads one.

Only the two people in a check-in can report a drop-in, a to-do or a comment in
it. The report copies the item and a little around it (as the reporter saw it,
display names only) into the case; moderators read that copy and nothing else,
since every check-in page stays 404 to them. Each kind has its own target type,
so drop-in 5 and to-do 5 never fold into one case.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask_babel import gettext as _
from sqlalchemy import select, update
from sqlalchemy.orm import joinedload

from forum import policy
from forum.accounts.models import Role, User
from forum.checkins import queries as checkin_queries
from forum.checkins.data_rights import CHANGED_TITLE
from forum.checkins.models import CheckinAgreement, DropIn, Todo, TodoChange, TodoComment
from forum.errors import DomainError, NotVisible
from forum.extensions import db
from forum.i18n import N_, site_language
from forum.mail import services as mail
from forum.notifications import services as notifications
from forum.urls import absolute_url, path_for
from moderation.models import Report, ReportCase, ReportReason
from moderation.reports import cases, private_cases
from moderation.reports.services import CaseDecision

TARGET_DROP_IN = "checkin_drop_in"
TARGET_TODO = "checkin_todo"
TARGET_COMMENT = "checkin_comment"
# The word in the report's address, and the case's target type for it.
KINDS = {"drop-in": TARGET_DROP_IN, "todo": TARGET_TODO, "comment": TARGET_COMMENT}
TARGETS = tuple(KINDS.values())
LABELS = {
    TARGET_DROP_IN: N_("Check-in drop-in"),
    TARGET_TODO: N_("Check-in to-do"),
    TARGET_COMMENT: N_("Check-in comment"),
}
NOUNS = {TARGET_DROP_IN: N_("check-in"), TARGET_TODO: N_("to-do"), TARGET_COMMENT: N_("comment")}
# What the reporter, the author and the reporters are told, a whole sentence for each kind.
RECEIVED = {
    TARGET_DROP_IN: N_("Your report was received: a moderator will look at the check-in."),
    TARGET_TODO: N_("Your report was received: a moderator will look at the to-do."),
    TARGET_COMMENT: N_("Your report was received: a moderator will look at the comment."),
}
TEXT_REMOVED = {
    TARGET_DROP_IN: N_("A moderator removed the text of a check-in you wrote in a check-in."),
    TARGET_TODO: N_("A moderator removed the text of a to-do you wrote in a check-in."),
    TARGET_COMMENT: N_("A moderator removed the text of a comment you wrote in a check-in."),
}
DEALT_WITH = {
    TARGET_DROP_IN: N_(
        "A moderator has dealt with your report about a check-in. Thank you for telling us."
    ),
    TARGET_TODO: N_(
        "A moderator has dealt with your report about a to-do. Thank you for telling us."
    ),
    TARGET_COMMENT: N_(
        "A moderator has dealt with your report about a comment. Thank you for telling us."
    ),
}
CONTEXT = 5  # drop-ins or comments before the reported one that go into the copy
COMMENTS_KEPT = 20  # a reported to-do's latest comments
REMOVED = "[removed by a moderator]"
REMOVED_TITLE = "What needs doing removed by a moderator"
OWN_ITEM = N_("You cannot report something you wrote yourself.")
TWICE = N_("You have already reported this. A moderator will look at it.")
ONLY_DISMISS_OR_REMOVE = N_("A check-in report can only be dismissed or its text removed.")
AUDIT_ACTIONS = {CaseDecision.dismiss: "report.dismiss", CaseDecision.delete: "checkin.remove_text"}
DONE = N_("Text removed. The author has been told.")


@dataclass(frozen=True)
class Reported:
    """The item a participant is reporting, with its check-in (and its to-do, for a comment)."""

    target_type: str
    item: DropIn | Todo | TodoComment
    agreement: CheckinAgreement
    todo: Todo | None  # the to-do itself, or a comment's to-do

    @property
    def author_id(self) -> int:
        item = self.item
        return item.created_by_id if isinstance(item, Todo) else item.author_id

    @property
    def text(self) -> str:
        item = self.item
        if isinstance(item, DropIn):
            return item.note
        return item.title if isinstance(item, Todo) else item.body

    @property
    def noun(self) -> str:
        """For the report page's own sentences (templates/checkins/report.html)."""
        return str(_(NOUNS[self.target_type]))

    @property
    def author_name(self) -> str:
        return checkin_queries.names_of(self.agreement).get(self.author_id, "Former member")

    @property
    def back(self) -> str:
        """Where the reporter goes back to, at the item."""
        if isinstance(self.item, DropIn):
            return path_for("checkins.checkin", item_id=self.agreement.id) + f"#d{self.item.id}"
        assert self.todo is not None
        anchor = f"#c{self.item.id}" if isinstance(self.item, TodoComment) else ""
        return path_for("checkins.todo", item_id=self.todo.id) + anchor


def _people() -> tuple[Any, Any]:
    return joinedload(CheckinAgreement.care_leaver), joinedload(CheckinAgreement.worker)


def reported_item(reporter: User, kind: str, item_id: int) -> Reported:
    """The item, if the reporter is one of the two people in its check-in; 404 otherwise."""
    target_type = KINDS.get(kind)
    found: Reported | None = None
    if target_type == TARGET_DROP_IN:
        row = db.session.execute(
            select(DropIn, CheckinAgreement)
            .join(CheckinAgreement, CheckinAgreement.id == DropIn.agreement_id)
            .options(*_people())
            .where(DropIn.id == item_id)
        ).first()
        found = Reported(target_type, row[0], row[1], None) if row else None
    elif target_type == TARGET_TODO:
        todo, agreement = checkin_queries.visible_todo(reporter, item_id)
        found = Reported(target_type, todo, agreement, todo)
    elif target_type == TARGET_COMMENT:
        comment_row = db.session.execute(
            select(TodoComment, Todo, CheckinAgreement)
            .join(Todo, Todo.id == TodoComment.todo_id)
            .join(CheckinAgreement, CheckinAgreement.id == Todo.agreement_id)
            .options(*_people())
            .where(TodoComment.id == item_id)
        ).first()
        if comment_row:
            found = Reported(target_type, comment_row[0], comment_row[2], comment_row[1])
    if found is None or not policy.can_see_checkin(reporter, found.agreement):
        raise NotVisible()
    return found


def _comments(todo_id: int, up_to: int | None, how_many: int) -> list[TodoComment]:
    statement = select(TodoComment).where(TodoComment.todo_id == todo_id)
    if up_to is not None:
        statement = statement.where(TodoComment.id <= up_to)
    return list(
        reversed(
            db.session.scalars(statement.order_by(TodoComment.id.desc()).limit(how_many)).all()
        )
    )


def snapshot_of(found: Reported) -> dict[str, Any]:
    """The item and a little around it, as both people in the check-in see it; names only."""
    agreement, item = found.agreement, found.item
    names = checkin_queries.names_of(agreement)

    def name(user_id: int | None) -> str:
        return names.get(user_id or 0, "Former member")

    copy: dict[str, Any] = {
        "agreement_id": agreement.id,
        "item_id": item.id,
        "author_id": found.author_id,  # for the moderators' warn and suspend links
        "participants": [agreement.care_leaver.display_name, agreement.worker.display_name],
        "justification": item.justification,
    }
    if isinstance(item, DropIn):
        before = db.session.scalars(
            select(DropIn)
            .where(DropIn.agreement_id == agreement.id, DropIn.id <= item.id)
            .order_by(DropIn.id.desc())
            .limit(CONTEXT + 1)
        ).all()
        copy["drop_ins"] = [
            {
                "author": name(d.author_id),
                "at": d.created_at.isoformat(timespec="seconds"),
                "mood": d.mood.label,
                "text": d.note,
                "reported": d.id == item.id,
            }
            for d in reversed(before)
        ]
        return copy
    todo = found.todo
    assert todo is not None
    copy["todo"] = {
        "title": todo.title,
        "who": name(todo.assignee_id),
        "due": checkin_queries.day_label(todo.due_on) if todo.due_on else "No date",
        "done": todo.done_at is not None,
        "reported": isinstance(item, Todo),
    }
    comments = (
        _comments(todo.id, item.id, CONTEXT + 1)
        if isinstance(item, TodoComment)
        else _comments(todo.id, None, COMMENTS_KEPT)
    )
    copy["comments"] = [
        {
            "author": name(c.author_id),
            "at": c.created_at.isoformat(timespec="seconds"),
            "text": c.body,
            "reported": c.id == item.id and isinstance(item, TodoComment),
        }
        for c in comments
    ]
    return copy


def _alert_moderators(case: ReportCase) -> None:
    """Mail every moderator at once; the mail names nobody and quotes nothing."""
    staff = db.session.scalars(
        select(User).where(User.role.in_([Role.moderator, Role.admin])).order_by(User.id)
    )
    link = absolute_url("moderation_reports.case", item_id=case.id)
    for moderator in staff:
        if moderator.is_active_member:
            mail.queue(moderator.email, "report_safeguarding_checkin", user=moderator, link=link)


def send_checkin_report(
    reporter: User, kind: str, item_id: int, reason: ReportReason, details: str
) -> Report:
    """Tell the moderators about an item in one of the reporter's check-ins (404 otherwise)."""
    found = reported_item(reporter, kind, item_id)
    if not policy.can_report_in_checkin(reporter, found.agreement, found.author_id):
        raise DomainError(None, _(OWN_ITEM))
    filed = cases.file_report(
        reporter,
        found.target_type,
        found.item.id,
        reason,
        details,
        twice=_(TWICE),
        make_case=lambda: ReportCase(
            target_type=found.target_type,
            target_id=found.item.id,
            post_id=None,
            snapshot=snapshot_of(found),
        ),
    )
    if filed.became_urgent:
        _alert_moderators(filed.case)
    notifications.notify(
        reporter.id,
        "report_received",
        _(RECEIVED[found.target_type]),
        found.back,
    )
    db.session.commit()
    return filed.report


# --- moderators: deciding -----------------------------------------------------------


def done_text(target_type: str | None, decision: CaseDecision) -> str:
    """What the moderator is told after deciding."""
    if target_type in TARGETS and decision is CaseDecision.delete:
        return str(_(DONE))
    return decision.done


def _remove_text(case: ReportCase) -> tuple[int, str] | None:
    """Replace the item's text for both people; the author and the link they are sent."""
    snapshot = case.snapshot or {}
    agreement_id = int(snapshot.get("agreement_id", 0))
    if case.target_type == TARGET_DROP_IN:
        drop_in = db.session.get(DropIn, case.target_id)
        if drop_in is None or drop_in.note in ("", REMOVED):
            return None
        drop_in.note, drop_in.justification = REMOVED, ""
        return drop_in.author_id, path_for("checkins.checkin", item_id=agreement_id)
    if case.target_type == TARGET_TODO:
        todo = db.session.get(Todo, case.target_id)
        if todo is None or todo.title == REMOVED:
            return None
        todo.title, todo.justification = REMOVED, ""
        # History lines quoting an earlier title go with it.
        db.session.execute(
            update(TodoChange)
            .where(TodoChange.todo_id == todo.id, TodoChange.what.startswith(CHANGED_TITLE))
            .values(what=CHANGED_TITLE)
            .execution_options(synchronize_session=False)
        )
        db.session.add(TodoChange(todo_id=todo.id, actor_id=None, what=REMOVED_TITLE))
        return todo.created_by_id, path_for("checkins.todo", item_id=todo.id)
    comment = db.session.get(TodoComment, case.target_id)
    if comment is None or comment.body == REMOVED:
        return None
    comment.body, comment.justification = REMOVED, ""
    return comment.author_id, path_for("checkins.todo", item_id=comment.todo_id)


def decide_checkin_case(
    moderator: User, case_id: int, decision: CaseDecision, reason: str
) -> ReportCase:
    """Dismiss, or remove the item's text for both people (the case keeps its copy).

    Acting on the author (warn, suspend) is done from their member page.
    """
    case, reason = private_cases.close_once(
        moderator,
        case_id,
        decision,
        reason,
        targets=TARGETS,
        allowed=AUDIT_ACTIONS,
        refused=_(ONLY_DISMISS_OR_REMOVE),
    )
    with site_language():  # the author and the reporters read these, not the moderator
        text_removed = _(TEXT_REMOVED[case.target_type])
        told = _(DEALT_WITH[case.target_type])
    removed = _remove_text(case) if decision is CaseDecision.delete else None
    if removed is not None:
        author_id, link = removed
        notifications.notify(author_id, "checkin_remove", text_removed, link)
    private_cases.record(
        moderator,
        case,
        AUDIT_ACTIONS[decision],
        reason,
        told=told,
        link=path_for("checkins.index"),
    )
    return case
