""" "My manager": a worker names another practitioner, who accepts or refuses.

The manager learns nothing of the worker's check-ins but their overdue items
(forum/checkins/overdue.py). One row per worker: naming someone else replaces
the row, so a worker has at most one manager, pending or accepted.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import delete, func, select, update

from forum import policy
from forum.accounts.models import MemberType, User
from forum.checkins.models import ManagerLink, ManagerState, OverdueDigest
from forum.errors import DomainError, NotVisible
from forum.extensions import db, utcnow
from forum.i18n import N_
from forum.notifications import services as notifications
from forum.people import queries as people
from forum.people import relations
from forum.people.models import Profile
from forum.urls import path_for
from forum.urlvalues import MAX_INT

KIND = "checkin"
# One answer for nobody, yourself, a care leaver and someone you may not find.
NOT_FOUND = N_("We could not find a practitioner member of that name who can be your manager.")
SEVERAL = N_(
    "More than one member has that name. Open your manager's profile and choose "
    '"Name as my manager" there.'
)
ALREADY = N_("This is already your manager.")
ANSWERED = N_("This request has already been answered or withdrawn.")


@dataclass(frozen=True)
class MyManager:
    """What the "My manager" section shows: who, and whether they accepted."""

    link: ManagerLink | None

    @property
    def manager(self) -> User | None:
        return self.link.manager if self.link else None

    @property
    def is_pending(self) -> bool:
        return self.link is not None and self.link.state == ManagerState.pending


def my_manager(worker: User) -> MyManager:
    link = db.session.scalar(select(ManagerLink).where(ManagerLink.worker_id == worker.id))
    return MyManager(link)


def _may_name(worker: User, candidate: User) -> bool:
    """A practitioner the worker may find, in good standing, and not the worker."""
    connected = relations.are_connected(worker, candidate)
    return policy.can_manage(candidate, worker) and policy.can_find(
        worker, candidate, connected=connected
    )


def candidate_by_name(worker: User, name: str) -> User:
    """The one practitioner the worker may find with exactly this display name."""
    wanted = " ".join(name.split()).lower()
    if not wanted:
        raise DomainError("name", _(NOT_FOUND))
    found = [
        member
        for member in db.session.scalars(
            select(User)
            .join(Profile, Profile.user_id == User.id)
            .where(
                func.lower(User.display_name) == wanted,
                User.member_type == MemberType.practitioner,
                User.id != worker.id,
                people.findable_by(worker),
            )
            .order_by(User.id)
            .limit(5)
        )
        if policy.can_manage(member, worker)
    ]
    if not found:
        raise DomainError("name", _(NOT_FOUND))
    if len(found) > 1:
        raise DomainError("name", _(SEVERAL))
    return found[0]


def candidate_by_id(worker: User, member_id: int) -> User:
    """From a profile's "Name as my manager": the same answer for anyone not eligible."""
    member = db.session.get(User, member_id) if 0 < member_id <= MAX_INT else None
    if member is None or not _may_name(worker, member):
        raise DomainError("name", _(NOT_FOUND))
    return member


def name_manager(worker: User, manager: User) -> ManagerLink:
    """Name (or change) the worker's manager: pending until they accept, and they are told."""
    policy.require(policy.can_have_a_manager(worker))
    if not _may_name(worker, manager):
        raise DomainError("name", _(NOT_FOUND))
    link = db.session.get(ManagerLink, worker.id)
    if link is not None and link.manager_id == manager.id:
        raise DomainError("name", _(ALREADY))
    if link is None:
        link = ManagerLink(worker_id=worker.id, manager_id=manager.id)
        db.session.add(link)
    link.manager_id = manager.id
    link.state = ManagerState.pending
    link.created_at = utcnow()
    link.accepted_at = None
    notifications.notify(
        manager.id,
        KIND,
        _("%(name)s named you as their manager for check-ins", name=worker.display_name),
        path_for("checkin_managers.managing"),
    )
    db.session.commit()
    return link


def remove_manager(worker: User) -> None:
    """The worker takes their manager off (or withdraws a request); overdue items go to
    the moderators from then on."""
    policy.require(policy.can_have_a_manager(worker))
    db.session.execute(delete(ManagerLink).where(ManagerLink.worker_id == worker.id))
    db.session.commit()


def _pending_for(manager: User, worker_id: int) -> ManagerLink:
    link = db.session.get(ManagerLink, worker_id)
    if link is None or link.manager_id != manager.id:
        raise NotVisible()
    return link


def accept_request(manager: User, worker_id: int) -> ManagerLink:
    """Say yes: the worker's overdue items come to this manager from now on."""
    policy.require(policy.can_have_a_manager(manager))
    link = _pending_for(manager, worker_id)
    result = db.session.execute(
        update(ManagerLink)
        .where(
            ManagerLink.worker_id == worker_id,
            ManagerLink.manager_id == manager.id,
            ManagerLink.state == ManagerState.pending,
        )
        .values(state=ManagerState.accepted, accepted_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if not result.rowcount:  # type: ignore[attr-defined]
        db.session.rollback()
        raise DomainError(None, _(ANSWERED))
    db.session.refresh(link)
    notifications.notify(
        worker_id,
        KIND,
        _("%(name)s accepted being your manager for check-ins", name=manager.display_name),
        path_for("checkin_managers.my_manager"),
    )
    db.session.commit()
    return link


def refuse_request(manager: User, worker_id: int) -> None:
    """Say no: the request goes, and the worker is told so they can name someone else."""
    policy.require(policy.can_have_a_manager(manager))
    _pending_for(manager, worker_id)
    result = db.session.execute(
        delete(ManagerLink)
        .where(
            ManagerLink.worker_id == worker_id,
            ManagerLink.manager_id == manager.id,
            ManagerLink.state == ManagerState.pending,
        )
        .execution_options(synchronize_session=False)
    )
    if not result.rowcount:  # type: ignore[attr-defined]
        db.session.rollback()
        raise DomainError(None, _(ANSWERED))
    notifications.notify(
        worker_id,
        KIND,
        _("%(name)s did not accept being your manager for check-ins", name=manager.display_name),
        path_for("checkin_managers.my_manager"),
    )
    db.session.commit()


@dataclass(frozen=True)
class Managing:
    """The "Managing" page: who asked, and whom the manager already manages."""

    pending: list[User]
    accepted: list[User]


def managing(manager: User) -> Managing:
    """The workers who named this manager (one query)."""
    policy.require(policy.can_have_a_manager(manager))
    rows = db.session.execute(
        select(ManagerLink.state, User)
        .join(User, User.id == ManagerLink.worker_id)
        .where(ManagerLink.manager_id == manager.id)
        .order_by(User.display_name, User.id)
    ).all()
    return Managing(
        pending=[user for state, user in rows if state == ManagerState.pending],
        accepted=[user for state, user in rows if state == ManagerState.accepted],
    )


def forget(member: User) -> None:
    """Erasure (no commit): nobody's manager, nobody managed; their digest record goes."""
    db.session.execute(
        delete(ManagerLink).where(
            (ManagerLink.worker_id == member.id) | (ManagerLink.manager_id == member.id)
        )
    )
    db.session.execute(delete(OverdueDigest).where(OverdueDigest.recipient_id == member.id))


def ensure_demo_manager(worker: User, manager: User) -> None:
    """`make run`: the demo adviser's manager is the demo social worker (no commit)."""
    if db.session.get(ManagerLink, worker.id) is None:
        db.session.add(
            ManagerLink(
                worker_id=worker.id,
                manager_id=manager.id,
                state=ManagerState.accepted,
                accepted_at=utcnow(),
            )
        )
