"""Check-ins made straight with the models, for the manager and overdue tests.

The agreement, drop-in and to-do pages are another feature's; these tests only
need their rows, so they do not go through those pages.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from forum.accounts.models import MemberType, User
from forum.checkins.models import (
    AgreementState,
    CheckinAgreement,
    DropIn,
    ManagerLink,
    ManagerState,
    Mood,
    Todo,
    TodoComment,
)
from forum.extensions import db, utcnow
from forum.mail.models import OutboxMessage
from forum.people.models import Connection, ConnectionState
from tests.factories import make_user


def make_care_leaver(**overrides: Any) -> User:
    return make_user(member_type=MemberType.care_leaver, **overrides)


def make_checkin(care_leaver: User, worker: User) -> CheckinAgreement:
    """Connected, with check-ins on."""
    low, high = sorted((care_leaver.id, worker.id))
    db.session.add(
        Connection(
            requester_id=care_leaver.id,
            recipient_id=worker.id,
            low_id=low,
            high_id=high,
            state=ConnectionState.accepted,
        )
    )
    agreement = CheckinAgreement(
        care_leaver_id=care_leaver.id,
        worker_id=worker.id,
        state=AgreementState.active,
        proposed_by_id=care_leaver.id,
        started_at=utcnow(),
    )
    db.session.add(agreement)
    db.session.flush()
    return agreement


def make_todo(
    agreement: CheckinAgreement,
    title: str,
    due_on: date | None,
    assignee: User | None = None,
    **overrides: Any,
) -> Todo:
    """A to-do for the worker unless another assignee is given."""
    todo = Todo(
        agreement_id=agreement.id,
        title=title,
        assignee_id=(assignee.id if assignee else agreement.worker_id),
        due_on=due_on,
        created_by_id=agreement.care_leaver_id,
        **overrides,
    )
    db.session.add(todo)
    db.session.flush()
    return todo


def make_private_bits(agreement: CheckinAgreement, todo: Todo) -> None:
    """A drop-in note and a comment a manager must never read."""
    db.session.add(
        DropIn(
            agreement_id=agreement.id,
            author_id=agreement.care_leaver_id,
            mood=Mood.needs_sorting,
            note="PRIVATE NOTE my landlord is threatening me",
        )
    )
    db.session.add(
        TodoComment(todo_id=todo.id, author_id=agreement.worker_id, body="PRIVATE COMMENT on it")
    )
    db.session.flush()


def make_manager(worker: User, manager: User, *, accepted: bool = True) -> ManagerLink:
    link = ManagerLink(
        worker_id=worker.id,
        manager_id=manager.id,
        state=ManagerState.accepted if accepted else ManagerState.pending,
        accepted_at=utcnow() if accepted else None,
    )
    db.session.add(link)
    db.session.flush()
    return link


def mail_to(user: User, subject: str | None = None) -> list[OutboxMessage]:
    query = select(OutboxMessage).where(OutboxMessage.to_address == user.email)
    if subject is not None:
        query = query.where(OutboxMessage.subject == subject)
    return list(db.session.scalars(query.order_by(OutboxMessage.id)))


def overdue_mail_to(user: User) -> list[OutboxMessage]:
    return mail_to(user, "Overdue check-in to-dos")
