"""Check-ins: agreeing to them, drop-ins, the shared to-do list, reminders.

Each use case checks policy, changes data, tells the other side, commits once.
Text (a drop-in's note, a to-do's title, a comment) goes through the guard as
private messages do: findings wait for the author to edit them out or say why
they are safe; nothing here is ever held or sent to the review queue.
Answers to a proposal, and "Done", are conditional UPDATEs, so two tabs (or
both people) pressing at once settle on one result.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from flask_babel import gettext as _
from sqlalchemy import update

from forum import policy
from forum.accounts.models import User
from forum.checkins import queries
from forum.checkins.data_rights import CHANGED_TITLE
from forum.checkins.models import (
    CheckinAgreement,
    DropIn,
    Mood,
    Todo,
    TodoChange,
    TodoComment,
)
from forum.errors import DomainError, NotAllowed
from forum.extensions import db, utcnow
from forum.i18n import N_
from forum.notifications import services as notifications
from forum.review import screening
from forum.review.screening import Outcome, Verdict
from forum.urls import path_for

KIND = "checkin"
NOT_POSSIBLE = N_("It isn't possible to start check-ins with this member.")
ANSWERED = N_("This has already been answered.")
ENDED = N_("These check-ins have ended.")
# A drop-in's to-do never carries the note: a manager may one day read its title.
DROP_IN_TODO = "Sort out what was raised in the check-in of {day}"
DROP_IN_TODO_DAYS = 7  # its "Due", so that a forgotten one reaches the manager


@dataclass(frozen=True)
class SentDropIn:
    drop_in: DropIn
    todo: Todo | None  # the worker's to-do, when "This needs sorting" asked for one


def _link(agreement_id: int) -> str:
    return path_for("checkins.checkin", item_id=agreement_id)


def tell(member: User, text: str, agreement_id: int) -> None:
    """The other side hears of it (in app, and by email if they chose it); never the text."""
    if member.is_active_member:
        notifications.notify(member.id, KIND, text, _link(agreement_id))


# --- writing in a check-in ---------------------------------------------------------


def _writable(actor: User, agreement: CheckinAgreement) -> None:
    if not policy.can_write_in_checkin(actor, agreement):
        raise DomainError(None, _(ENDED))


def _screened(
    agreement: CheckinAgreement, justification: str | None, **texts: str
) -> tuple[Verdict, screening.Screening, str]:
    """The guard's verdict; the reason is kept only when the guard found something."""
    people = [agreement.care_leaver.display_name, agreement.worker.display_name]
    checked = screening.screen_private(people, **texts)
    verdict = screening.guard_verdict(checked, justification, private=True)
    kept = (justification or "").strip() if checked.must_hold else ""
    return verdict, checked, kept


def _history(todo_id: int, actor: User | None, what: str) -> None:
    db.session.add(
        TodoChange(todo_id=todo_id, actor_id=actor.id if actor else None, what=what[:300])
    )


def send_drop_in(
    actor: User,
    agreement_id: int,
    mood: Mood,
    note: str = "",
    *,
    add_todo: bool = True,
    justification: str | None = None,
) -> Outcome[SentDropIn]:
    """The care leaver's two-minute check-in; "This needs sorting" gives the worker a to-do."""
    agreement = queries.visible_agreement(actor, agreement_id)
    _writable(actor, agreement)
    if not policy.can_drop_in(actor, agreement):
        raise NotAllowed()
    note = note.replace("\r\n", "\n").strip()
    verdict, checked, kept = _screened(agreement, justification, note=note)
    if verdict is Verdict.needs_justification:
        return Outcome(verdict, checked)
    now = utcnow()
    drop_in = DropIn(
        agreement_id=agreement.id,
        author_id=actor.id,
        mood=mood,
        note=note,
        justification=kept,
        created_at=now,
    )
    db.session.add(drop_in)
    db.session.flush()
    todo = None
    if mood is Mood.needs_sorting and add_todo:
        today = queries.local_today(agreement.care_leaver, now)
        todo = Todo(
            agreement_id=agreement.id,
            title=DROP_IN_TODO.format(day=queries.day_label(today)),
            assignee_id=agreement.worker_id,
            due_on=today + timedelta(days=DROP_IN_TODO_DAYS),
            created_by_id=actor.id,
            created_at=now,
            from_drop_in_id=drop_in.id,
        )
        db.session.add(todo)
        db.session.flush()
        _history(todo.id, actor, "Added from a check-in")
    told = _("%(name)s sent a check-in: %(mood)s", name=actor.display_name, mood=mood.label)
    tell(agreement.worker, told, agreement.id)
    db.session.commit()
    return Outcome(verdict, checked, SentDropIn(drop_in, todo))


def _assignee(agreement: CheckinAgreement, assignee_id: int | None) -> int:
    if assignee_id not in (agreement.care_leaver_id, agreement.worker_id):
        raise DomainError("assignee_id", _("Choose one of you two."))
    assert assignee_id is not None
    return assignee_id


def _title(title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise DomainError("title", _("Say what needs doing."))
    return title[:200]


def add_todo(
    actor: User,
    agreement_id: int,
    title: str,
    assignee_id: int | None,
    due_on: date | None,
    *,
    justification: str | None = None,
) -> Outcome[Todo]:
    """ "Add a to-do": either side, for either of them; "Due" is a day, or none."""
    agreement = queries.visible_agreement(actor, agreement_id)
    _writable(actor, agreement)
    who = _assignee(agreement, assignee_id)
    title = _title(title)
    verdict, checked, kept = _screened(agreement, justification, title=title)
    if verdict is Verdict.needs_justification:
        return Outcome(verdict, checked)
    todo = Todo(
        agreement_id=agreement.id,
        title=title,
        assignee_id=who,
        due_on=due_on,
        justification=kept,
        created_by_id=actor.id,
    )
    db.session.add(todo)
    db.session.flush()
    _history(todo.id, actor, "Added")
    if who != actor.id:
        other = queries.other_side(agreement, actor)
        tell(other, _("%(name)s added a to-do for you", name=actor.display_name), agreement.id)
    db.session.commit()
    return Outcome(verdict, checked, todo)


def edit_todo(
    actor: User,
    todo_id: int,
    title: str,
    assignee_id: int | None,
    due_on: date | None,
    *,
    justification: str | None = None,
) -> Outcome[Todo]:
    """Change what, who or when; each change goes in the item's history."""
    todo, agreement = queries.visible_todo(actor, todo_id)
    _writable(actor, agreement)
    who = _assignee(agreement, assignee_id)
    title = _title(title)
    verdict, checked, kept = _screened(agreement, justification, title=title)
    if verdict is Verdict.needs_justification:
        return Outcome(verdict, checked)
    if title != todo.title:
        _history(todo.id, actor, f"{CHANGED_TITLE} to “{title}”")
        todo.title = title
        todo.justification = kept
    if who != todo.assignee_id:
        _history(todo.id, actor, f"Changed who to {queries.names_of(agreement)[who]}")
        todo.assignee_id = who
    if due_on != todo.due_on:
        moved = (
            f"Moved the due date to {queries.day_label(due_on)}"
            if due_on
            else "Removed the due date"
        )
        _history(todo.id, actor, moved)
        todo.due_on = due_on
        todo.reminded_at = None  # a new day deserves its own reminder
        # A new day is a new promise: if it passes too, the manager hears again.
        todo.flagged_at = None
        todo.flagged_to_id = None
    db.session.commit()
    return Outcome(verdict, checked, todo)


def mark_done(actor: User, todo_id: int, *, done: bool = True) -> Todo:
    """ "Done" (or undo it); pressing twice changes nothing the second time."""
    todo, agreement = queries.visible_todo(actor, todo_id)
    _writable(actor, agreement)
    now = utcnow()
    result = db.session.execute(
        update(Todo)
        .where(Todo.id == todo.id, Todo.done_at.is_(None) if done else Todo.done_at.is_not(None))
        .values(done_at=now if done else None, done_by_id=actor.id if done else None)
        .execution_options(synchronize_session=False)
    )
    if int(result.rowcount) == 1:  # type: ignore[attr-defined]
        _history(todo.id, actor, "Done" if done else "Marked as not done")
    db.session.commit()
    db.session.refresh(todo)
    return todo


def comment_on_todo(
    actor: User, todo_id: int, body: str, *, justification: str | None = None
) -> Outcome[TodoComment]:
    """A short comment on a to-do; the other side is told (never the text)."""
    todo, agreement = queries.visible_todo(actor, todo_id)
    _writable(actor, agreement)
    body = body.replace("\r\n", "\n").strip()
    if not body:
        raise DomainError("body", _("Write a comment."))
    verdict, checked, kept = _screened(agreement, justification, body=body)
    if verdict is Verdict.needs_justification:
        return Outcome(verdict, checked)
    comment = TodoComment(todo_id=todo.id, author_id=actor.id, body=body, justification=kept)
    db.session.add(comment)
    other = queries.other_side(agreement, actor)
    tell(other, _("%(name)s commented on a to-do", name=actor.display_name), agreement.id)
    db.session.commit()
    return Outcome(verdict, checked, comment)


# --- the reminder job -----------------------------------------------------------------


def send_reminders(as_of: datetime) -> str:
    """The `checkin-reminders` job: the day before an item is due, in the assignee's zone, once."""
    told = 0
    for todo, assignee in queries.reminder_candidates(as_of):
        due = todo.due_on
        if due is None or queries.local_today(assignee, as_of) != due - timedelta(days=1):
            continue
        claimed = db.session.execute(
            update(Todo)
            .where(Todo.id == todo.id, Todo.reminded_at.is_(None))
            .values(reminded_at=as_of)
            .execution_options(synchronize_session=False)
        )
        if int(claimed.rowcount) != 1 or not assignee.is_active_member:  # type: ignore[attr-defined]
            continue
        notifications.notify(
            assignee.id,
            KIND,
            _("A to-do of yours is due tomorrow"),
            path_for("checkins.todo", item_id=todo.id),
        )
        told += 1
    db.session.commit()
    return f"{told} reminded"
