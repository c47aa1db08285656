"""Overdue to-dos: flagged to the worker's manager (or the moderators), and the daily email.

An item is overdue when its "Who" is the worker, it is not done, and its due
day has ended in the care leaver's time zone (their day is the one promised).
Flagging sets `flagged_at` once, with a conditional UPDATE, so two runs never
flag an item twice. Each recipient gets at most one email a day in their own
zone, listing what was flagged to them since the last one; the day is claimed
in `OverdueDigest` before the mail is queued, so a second run sends nothing.
What a manager sees is the title, the due date, the days overdue and the
worker: never a note, a drop-in or a comment, nor who the care leaver is.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import ColumnElement, and_, exists, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import aliased

from forum import policy, time_zones
from forum.accounts.models import Role, User
from forum.checkins.models import (
    AgreementState,
    CheckinAgreement,
    ManagerLink,
    ManagerState,
    OverdueDigest,
    Todo,
    TodoChange,
)
from forum.extensions import db, utcnow
from forum.mail import services as mail
from forum.urls import absolute_url

FLAGGED = "Flagged to the manager"
MOST_LISTED = 50

Worker = aliased(User, name="worker")
CareLeaver = aliased(User, name="care_leaver")


def day_in_zone_of(member: object, moment: datetime) -> date:
    return moment.astimezone(time_zones.zone_of(member)).date()


def days_overdue(due_on: date, as_of: datetime, care_leaver_zone: str | None) -> int:
    """Whole days since the due day ended in the care leaver's zone (0: not overdue yet)."""
    today = as_of.astimezone(time_zones.zone_named(care_leaver_zone)).date()
    return max((today - due_on).days, 0)


@dataclass(frozen=True)
class OverdueItem:
    """One line of the "Overdue" page and of the email: nothing else of the check-in."""

    todo_id: int
    title: str
    due_on: date
    days_overdue: int
    worker_id: int
    worker_name: str
    flagged_at: datetime | None
    flagged_to_id: int | None

    @property
    def due_text(self) -> str:
        """ "12 March 2026"."""
        return f"{self.due_on.day} {self.due_on:%B %Y}"

    @property
    def overdue_text(self) -> str:
        return f"{self.days_overdue} day{'' if self.days_overdue == 1 else 's'}"


def _open_items() -> ColumnElement[bool]:
    """The worker's own items, not done, in check-ins that are on."""
    return and_(
        Todo.done_at.is_(None),
        Todo.due_on.is_not(None),
        Todo.assignee_id == CheckinAgreement.worker_id,
        CheckinAgreement.state == AgreementState.active,
    )


def _items(where: list[ColumnElement[bool]], as_of: datetime) -> list[OverdueItem]:
    """The overdue lines matching `where`, most overdue first (one query)."""
    rows = db.session.execute(
        select(Todo, Worker.display_name, CareLeaver.time_zone)
        .join(CheckinAgreement, CheckinAgreement.id == Todo.agreement_id)
        .join(Worker, Worker.id == CheckinAgreement.worker_id)
        .join(CareLeaver, CareLeaver.id == CheckinAgreement.care_leaver_id)
        .where(_open_items(), *where)
    ).all()
    items = []
    for todo, worker_name, zone in rows:
        assert todo.due_on is not None
        days = days_overdue(todo.due_on, as_of, zone)
        if days > 0:  # a due date moved later after flagging is not overdue now
            items.append(
                OverdueItem(
                    todo.id,
                    todo.title,
                    todo.due_on,
                    days,
                    todo.assignee_id,
                    worker_name,
                    todo.flagged_at,
                    todo.flagged_to_id,
                )
            )
    items.sort(key=lambda i: (-i.days_overdue, i.worker_name.lower(), i.todo_id))
    return items


def _managed_by(manager_id: int) -> ColumnElement[bool]:
    return exists().where(
        ManagerLink.worker_id == CheckinAgreement.worker_id,
        ManagerLink.manager_id == manager_id,
        ManagerLink.state == ManagerState.accepted,
    )


def _without_a_manager() -> ColumnElement[bool]:
    return ~exists().where(
        ManagerLink.worker_id == CheckinAgreement.worker_id,
        ManagerLink.state == ManagerState.accepted,
    )


@dataclass(frozen=True)
class OverduePage:
    managed: list[OverdueItem]
    unmanaged: list[OverdueItem] | None  # None: not a moderator, the section is not shown
    manages_anyone: bool


def overdue_page(viewer: User, as_of: datetime | None = None) -> OverduePage:
    """The "Overdue" page: flagged items of the workers the viewer manages, and, for
    moderators, of workers with no manager."""
    policy.require(policy.can_see_overdue(viewer))
    now = as_of or utcnow()
    flagged = Todo.flagged_at.is_not(None)
    managed: list[OverdueItem] = []
    manages_anyone = False
    if policy.can_have_a_manager(viewer):
        manages_anyone = bool(
            db.session.scalar(
                select(
                    exists().where(
                        ManagerLink.manager_id == viewer.id,
                        ManagerLink.state == ManagerState.accepted,
                    )
                )
            )
        )
        if manages_anyone:
            managed = _items([flagged, _managed_by(viewer.id)], now)
    unmanaged = None
    if policy.can_see_unmanaged_overdue(viewer):
        unmanaged = _items([flagged, _without_a_manager()], now)
    return OverduePage(managed, unmanaged, manages_anyone)


# Flagging


def flag_overdue(as_of: datetime) -> str:
    """The job and `flask checkins flag-overdue`: flag what is due, then send the emails."""
    flagged = _flag(as_of)
    sent = _send_digests(as_of)
    return f"{flagged} flagged, {sent} emails sent"


def _managers_of(worker_ids: set[int]) -> dict[int, int]:
    """Worker id -> their accepted manager's id, for managers in good standing."""
    if not worker_ids:
        return {}
    rows = db.session.execute(
        select(ManagerLink.worker_id, User)
        .join(User, User.id == ManagerLink.manager_id)
        .where(ManagerLink.worker_id.in_(worker_ids), ManagerLink.state == ManagerState.accepted)
    ).all()
    return {worker_id: manager.id for worker_id, manager in rows if manager.is_active_member}


def _flag(as_of: datetime) -> int:
    # No zone is more than 14 hours ahead of UTC, so nothing due after the UTC day is over.
    latest_due = as_of.astimezone(UTC).date()
    rows = db.session.execute(
        select(Todo.id, Todo.due_on, CheckinAgreement.worker_id, CareLeaver.time_zone)
        .join(CheckinAgreement, CheckinAgreement.id == Todo.agreement_id)
        .join(CareLeaver, CareLeaver.id == CheckinAgreement.care_leaver_id)
        .where(_open_items(), Todo.flagged_at.is_(None), Todo.due_on <= latest_due)
    ).all()
    due = [
        (todo_id, worker_id)
        for todo_id, due_on, worker_id, zone in rows
        if days_overdue(due_on, as_of, zone) > 0
    ]
    managers = _managers_of({worker_id for _, worker_id in due})
    by_recipient: dict[int | None, list[int]] = defaultdict(list)
    for todo_id, worker_id in due:
        by_recipient[managers.get(worker_id)].append(todo_id)
    flagged = 0
    for recipient_id, todo_ids in by_recipient.items():
        claimed = db.session.scalars(
            update(Todo)
            .where(Todo.id.in_(todo_ids), Todo.flagged_at.is_(None), Todo.done_at.is_(None))
            .values(flagged_at=as_of, flagged_to_id=recipient_id)
            .returning(Todo.id)
            .execution_options(synchronize_session=False)
        ).all()
        db.session.add_all(
            TodoChange(todo_id=todo_id, actor_id=None, what=FLAGGED, created_at=as_of)
            for todo_id in claimed
        )
        flagged += len(claimed)
    db.session.commit()
    return flagged


def _claim_day(recipient_id: int, day: date, as_of: datetime) -> bool:
    """Take today's email for this recipient; False if a run already sent it today."""
    dialect = db.session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(OverdueDigest).values(
        recipient_id=recipient_id, last_sent_on=day, last_sent_at=as_of
    )
    upsert = stmt.on_conflict_do_update(
        index_elements=["recipient_id"],
        set_={
            "last_sent_on": stmt.excluded.last_sent_on,
            "last_sent_at": stmt.excluded.last_sent_at,
        },
        where=OverdueDigest.last_sent_on < stmt.excluded.last_sent_on,
    )
    return db.session.execute(upsert.returning(OverdueDigest.recipient_id)).first() is not None


def _send(
    recipient: User, mine: list[OverdueItem], unmanaged: list[OverdueItem], as_of: datetime
) -> bool:
    """Queue one email (no unsubscribe: it is part of the job) if there is anything new."""
    if not (mine or unmanaged):
        return False
    if not _claim_day(recipient.id, day_in_zone_of(recipient, as_of), as_of):
        return False  # another run sent today's a moment ago
    mail.queue(
        recipient.email,
        "checkins_overdue",
        user=recipient,
        items=mine[:MOST_LISTED],
        unmanaged=unmanaged[:MOST_LISTED],
        more=max(len(mine) - MOST_LISTED, 0) + max(len(unmanaged) - MOST_LISTED, 0),
        link=absolute_url("checkin_managers.overdue"),
    )
    db.session.commit()
    return True


def _is_new_for(item: OverdueItem, digest: OverdueDigest | None) -> bool:
    return digest is None or (item.flagged_at is not None and item.flagged_at > digest.last_sent_at)


def _send_digests(as_of: datetime) -> int:
    """One email per recipient and day, with every open item flagged to them since the last.

    A moderator who also manages someone gets both lists in the same email.
    """
    last = {d.recipient_id: d for d in db.session.scalars(select(OverdueDigest))}

    def sent_today(member: User) -> bool:
        digest = last.get(member.id)
        return digest is not None and digest.last_sent_on >= day_in_zone_of(member, as_of)

    flagged = [Todo.flagged_at.is_not(None), Todo.flagged_at <= as_of]
    newest = (
        select(OverdueDigest.last_sent_at)
        .where(OverdueDigest.recipient_id == Todo.flagged_to_id)
        .scalar_subquery()
    )
    by_manager: dict[int, list[OverdueItem]] = defaultdict(list)
    for item in _items(
        [
            *flagged,
            Todo.flagged_to_id.is_not(None),
            or_(newest.is_(None), Todo.flagged_at > newest),
        ],
        as_of,
    ):
        assert item.flagged_to_id is not None
        by_manager[item.flagged_to_id].append(item)
    moderators = [
        m
        for m in db.session.scalars(select(User).where(User.role.in_([Role.moderator, Role.admin])))
        if m.is_active_member and not sent_today(m)
    ]
    unmanaged: list[OverdueItem] = []
    if moderators:
        since = [last[m.id].last_sent_at for m in moderators if m.id in last]
        floor = [Todo.flagged_at > min(since)] if len(since) == len(moderators) else []
        unmanaged = _items([*flagged, Todo.flagged_to_id.is_(None), *floor], as_of)
    recipients = {m.id: m for m in moderators}
    if by_manager:
        recipients.update(
            (m.id, m) for m in db.session.scalars(select(User).where(User.id.in_(by_manager)))
        )
    sent = 0
    for recipient_id in sorted(recipients):
        recipient = recipients[recipient_id]
        if not recipient.is_active_member or sent_today(recipient):
            continue
        theirs = (
            [i for i in unmanaged if _is_new_for(i, last.get(recipient_id))]
            if recipient.is_moderator
            else []
        )
        sent += _send(recipient, by_manager.get(recipient_id, []), theirs, as_of)
    return sent
