"""Check-ins in a member's data export, and what erasing an account does to them.

The export holds every check-in the member took part in: the other person by
display name only, the drop-ins, the to-dos with their comments and history.
Erasure ends the member's check-ins and removes what they wrote (notes,
comments, their to-dos' titles and every reason they gave the guard); the
other person keeps the rest, as "Former member" on the other side.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flask_babel import gettext as _
from sqlalchemy import or_, select, update
from sqlalchemy.orm import joinedload

from forum.accounts.models import User
from forum.checkins.models import (
    AgreementState,
    CheckinAgreement,
    DropIn,
    Todo,
    TodoChange,
    TodoComment,
)
from forum.extensions import db
from forum.i18n import N_
from forum.privacy import export

REMOVED = "[removed]"
CHANGED_TITLE = "Changed what needs doing"
NOTE = N_("Each check-in you took part in; the other person by display name only.")
TITLE = N_("Your check-ins")


def _theirs(member: User) -> Any:
    return or_(
        CheckinAgreement.care_leaver_id == member.id, CheckinAgreement.worker_id == member.id
    )


def export_part(member: User) -> export.Part:
    """Five queries, however many check-ins (one when there are none)."""
    agreements = list(
        db.session.scalars(
            select(CheckinAgreement)
            .options(joinedload(CheckinAgreement.care_leaver), joinedload(CheckinAgreement.worker))
            .where(_theirs(member))
            .order_by(CheckinAgreement.id)
        )
    )
    if not agreements:
        return export.Part("checkins", _(TITLE), [], _(NOTE))
    ids = [a.id for a in agreements]
    names: dict[int, str] = {member.id: _(export.YOU)}
    for a in agreements:
        for person in (a.care_leaver, a.worker):
            names.setdefault(person.id, person.display_name)
    drop_ins = db.session.scalars(
        select(DropIn).where(DropIn.agreement_id.in_(ids)).order_by(DropIn.id)
    ).all()
    todos = db.session.scalars(
        select(Todo).where(Todo.agreement_id.in_(ids)).order_by(Todo.id)
    ).all()
    todo_ids = [t.id for t in todos]
    comments = db.session.scalars(
        select(TodoComment).where(TodoComment.todo_id.in_(todo_ids)).order_by(TodoComment.id)
    ).all()
    changes = db.session.scalars(
        select(TodoChange).where(TodoChange.todo_id.in_(todo_ids)).order_by(TodoChange.id)
    ).all()

    def who(user_id: int | None) -> str:
        return names.get(user_id, "") if user_id is not None else "Practice Commons"

    def todo_data(todo: Todo) -> dict[str, Any]:
        return {
            "what_needs_doing": todo.title,
            "who": who(todo.assignee_id),
            "due": todo.due_on.isoformat() if todo.due_on else None,
            "added_by": who(todo.created_by_id),
            "added_at": todo.created_at,
            "done_at": todo.done_at,
            "flagged_to_the_manager_at": todo.flagged_at,
            "comments": [
                {"from": who(c.author_id), "at": c.created_at, "text": c.body}
                for c in comments
                if c.todo_id == todo.id
            ],
            "history": [
                {"by": who(c.actor_id), "at": c.created_at, "what": c.what}
                for c in changes
                if c.todo_id == todo.id
            ],
        }

    return export.Part(
        "checkins",
        _(TITLE),
        [
            {
                "with": names[(a.worker if a.care_leaver_id == member.id else a.care_leaver).id],
                "state": a.state.value,
                "started_at": a.started_at,
                "ended_at": a.ended_at,
                "drop_ins": [
                    {
                        "from": who(d.author_id),
                        "at": d.created_at,
                        "how": d.mood.label,
                        "note": d.note,
                    }
                    for d in drop_ins
                    if d.agreement_id == a.id
                ],
                "todos": [todo_data(t) for t in todos if t.agreement_id == a.id],
            }
            for a in agreements
        ],
        _(NOTE),
    )


def forget(member: User, now: datetime) -> None:
    """Erasure (no commit): their check-ins end, and what they wrote goes."""
    db.session.execute(
        update(CheckinAgreement)
        .where(_theirs(member), CheckinAgreement.state != AgreementState.ended)
        .values(state=AgreementState.ended, ended_at=now, ended_by_id=member.id)
        .execution_options(synchronize_session=False)
    )
    db.session.execute(
        update(DropIn)
        .where(DropIn.author_id == member.id)
        .values(note="", justification="")
        .execution_options(synchronize_session=False)
    )
    db.session.execute(
        update(TodoComment)
        .where(TodoComment.author_id == member.id)
        .values(body=REMOVED, justification="")
        .execution_options(synchronize_session=False)
    )
    db.session.execute(
        update(Todo)
        .where(Todo.created_by_id == member.id, Todo.from_drop_in_id.is_(None))
        .values(title=REMOVED, justification="")
        .execution_options(synchronize_session=False)
    )
    # History lines that quote a title they wrote ("Changed what needs doing to “…”").
    db.session.execute(
        update(TodoChange)
        .where(TodoChange.actor_id == member.id, TodoChange.what.startswith(CHANGED_TITLE))
        .values(what=CHANGED_TITLE)
        .execution_options(synchronize_session=False)
    )
