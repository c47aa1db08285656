"""What the check-in pages show, each in a fixed number of queries.

Only the two people in a check-in ever get one back: anyone else (a third
member, a moderator, the worker's manager) gets the same 404 as for a check-in
that does not exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import joinedload
from sqlalchemy.orm.strategy_options import _AbstractLoad

from forum import policy, time_zones
from forum.accounts.models import User
from forum.checkins.models import (
    AgreementState,
    CheckinAgreement,
    DropIn,
    Todo,
    TodoChange,
    TodoComment,
)
from forum.errors import NotVisible
from forum.extensions import db, utcnow

DROP_INS_SHOWN = 20
DONE_SHOWN = 20


def local_today(member: User, as_of: datetime | None = None) -> date:
    """The day it is for this member, in their time zone."""
    return time_zones.local(as_of or utcnow(), time_zones.zone_of(member)).date()


def day_label(day: date) -> str:
    """ "3 March 2026": how a due date reads on the page and in history."""
    return f"{day.day} {day:%B %Y}"


def other_side(agreement: CheckinAgreement, actor: User) -> User:
    return agreement.worker if actor.id == agreement.care_leaver_id else agreement.care_leaver


def names_of(agreement: CheckinAgreement) -> dict[int, str]:
    return {
        agreement.care_leaver_id: agreement.care_leaver.display_name,
        agreement.worker_id: agreement.worker.display_name,
    }


def _with_people() -> tuple[_AbstractLoad, _AbstractLoad]:
    return joinedload(CheckinAgreement.care_leaver), joinedload(CheckinAgreement.worker)


def visible_agreement(actor: User, agreement_id: int) -> CheckinAgreement:
    """The check-in with both people loaded (one query), or 404 for anyone else."""
    agreement = db.session.scalar(
        select(CheckinAgreement).options(*_with_people()).where(CheckinAgreement.id == agreement_id)
    )
    if agreement is None or not policy.can_see_checkin(actor, agreement):
        raise NotVisible()
    return agreement


def visible_todo(actor: User, todo_id: int) -> tuple[Todo, CheckinAgreement]:
    """A to-do and its check-in (one query), or 404 for anyone but the two people."""
    row = db.session.execute(
        select(Todo, CheckinAgreement)
        .join(CheckinAgreement, CheckinAgreement.id == Todo.agreement_id)
        .options(joinedload(CheckinAgreement.care_leaver), joinedload(CheckinAgreement.worker))
        .where(Todo.id == todo_id)
    ).first()
    if row is None or not policy.can_see_checkin(actor, row[1]):
        raise NotVisible()
    return row[0], row[1]


def agreement_between(care_leaver_id: int, worker_id: int) -> CheckinAgreement | None:
    return db.session.scalar(
        select(CheckinAgreement).where(
            CheckinAgreement.care_leaver_id == care_leaver_id,
            CheckinAgreement.worker_id == worker_id,
        )
    )


def agreement_with(actor: User, member: User) -> CheckinAgreement | None:
    """For the profile's "Start check-ins": the pair's check-in, whichever side the actor is."""
    ids = (actor.id, member.id)
    return db.session.scalar(
        select(CheckinAgreement).where(
            CheckinAgreement.care_leaver_id.in_(ids),
            CheckinAgreement.worker_id.in_(ids),
        )
    )


def is_overdue(todo: Todo, care_leaver_today: date) -> bool:
    """Past its day in the care leaver's zone and not done (the flagging's rule, without "Who")."""
    return todo.done_at is None and todo.due_on is not None and todo.due_on < care_leaver_today


# --- the "Check-ins" list ---------------------------------------------------


@dataclass(frozen=True)
class ListRow:
    agreement: CheckinAgreement
    other: User
    open_count: int
    overdue_count: int
    next_due: date | None

    @property
    def waiting_for_me(self) -> bool:
        return (
            self.agreement.state is AgreementState.proposed
            and self.agreement.proposed_by_id == self.other.id
        )


_RANK = {AgreementState.active: 0, AgreementState.proposed: 1, AgreementState.ended: 2}


def checkins_list(actor: User) -> list[ListRow]:
    """Each person the actor has check-ins with, most urgent first. Two queries.

    Urgent: most overdue items, then the soonest due, among check-ins that are
    on; proposals next; ended check-ins last.
    """
    policy.require(policy.can_use_checkins(actor))
    agreements = list(
        db.session.scalars(
            select(CheckinAgreement)
            .options(*_with_people())
            .where(
                or_(
                    CheckinAgreement.care_leaver_id == actor.id,
                    CheckinAgreement.worker_id == actor.id,
                )
            )
        )
    )
    if not agreements:
        return []
    # Open items counted per due day: overdue depends on each care leaver's own "today".
    per_day = db.session.execute(
        select(Todo.agreement_id, Todo.due_on, func.count())
        .where(Todo.agreement_id.in_([a.id for a in agreements]), Todo.done_at.is_(None))
        .group_by(Todo.agreement_id, Todo.due_on)
    ).all()
    rows = []
    for agreement in agreements:
        today = local_today(agreement.care_leaver)
        days = [(due, n) for aid, due, n in per_day if aid == agreement.id]
        dues = [due for due, _ in days if due is not None]
        rows.append(
            ListRow(
                agreement,
                other_side(agreement, actor),
                sum(n for _, n in days),
                sum(n for due, n in days if due is not None and due < today),
                min(dues) if dues else None,
            )
        )
    rows.sort(
        key=lambda r: (
            _RANK[r.agreement.state],
            -r.overdue_count,
            r.next_due or date.max,
            r.other.display_name.casefold(),
        )
    )
    return rows


# --- one check-in -----------------------------------------------------------


@dataclass(frozen=True)
class CheckinPage:
    agreement: CheckinAgreement
    other: User
    names: dict[int, str]
    drop_ins: list[DropIn]  # newest first
    open_todos: list[Todo]  # soonest due first, undated last
    done_todos: list[Todo]  # most recently done first
    comment_counts: dict[int, int]
    care_leaver_today: date

    def overdue(self, todo: Todo) -> bool:
        return is_overdue(todo, self.care_leaver_today)


def checkin_page(actor: User, agreement_id: int) -> CheckinPage:
    """The drop-ins and the shared to-do list. Five queries, however long the list."""
    agreement = visible_agreement(actor, agreement_id)
    drop_ins = list(
        db.session.scalars(
            select(DropIn)
            .where(DropIn.agreement_id == agreement.id)
            .order_by(DropIn.id.desc())
            .limit(DROP_INS_SHOWN)
        )
    )
    open_todos = list(
        db.session.scalars(
            select(Todo)
            .where(Todo.agreement_id == agreement.id, Todo.done_at.is_(None))
            .order_by(Todo.due_on.is_(None), Todo.due_on, Todo.id)
        )
    )
    done_todos = list(
        db.session.scalars(
            select(Todo)
            .where(Todo.agreement_id == agreement.id, Todo.done_at.is_not(None))
            .order_by(Todo.done_at.desc(), Todo.id.desc())
            .limit(DONE_SHOWN)
        )
    )
    shown = [t.id for t in (*open_todos, *done_todos)]
    counts: dict[int, int] = {}
    if shown:
        counts = dict(
            db.session.execute(
                select(TodoComment.todo_id, func.count())
                .where(TodoComment.todo_id.in_(shown))
                .group_by(TodoComment.todo_id)
            )
            .tuples()
            .all()
        )
    return CheckinPage(
        agreement,
        other_side(agreement, actor),
        names_of(agreement),
        drop_ins,
        open_todos,
        done_todos,
        counts,
        local_today(agreement.care_leaver),
    )


# --- one to-do ---------------------------------------------------------------


@dataclass(frozen=True)
class TodoPage:
    todo: Todo
    agreement: CheckinAgreement
    names: dict[int, str]
    comments: list[TodoComment]
    changes: list[TodoChange]
    overdue: bool


def todo_page(actor: User, todo_id: int) -> TodoPage:
    """A to-do with its comments and its history. Three queries."""
    todo, agreement = visible_todo(actor, todo_id)
    comments = list(
        db.session.scalars(
            select(TodoComment).where(TodoComment.todo_id == todo.id).order_by(TodoComment.id)
        )
    )
    changes = list(
        db.session.scalars(
            select(TodoChange).where(TodoChange.todo_id == todo.id).order_by(TodoChange.id)
        )
    )
    return TodoPage(
        todo,
        agreement,
        names_of(agreement),
        comments,
        changes,
        is_overdue(todo, local_today(agreement.care_leaver)),
    )


def reminder_candidates(as_of: datetime) -> list[tuple[Todo, User]]:
    """Open, unreminded items due around tomorrow anywhere on Earth, with their assignee.

    Every zone's "today" is within a day of the UTC date, so "due tomorrow" in
    the assignee's zone falls in these three days; the caller checks the zone.
    """
    first = as_of.date()
    rows = db.session.execute(
        select(Todo, User)
        .join(User, User.id == Todo.assignee_id)
        .join(CheckinAgreement, CheckinAgreement.id == Todo.agreement_id)
        .where(
            Todo.done_at.is_(None),
            Todo.reminded_at.is_(None),
            Todo.due_on.between(first, first + timedelta(days=2)),
            CheckinAgreement.state == AgreementState.active,
        )
        .order_by(Todo.id)
    ).all()
    return [(todo, user) for todo, user in rows]
