"""What moderators read about members, and what a member reads about themselves.

Each function loads everything its page shows in a fixed number of queries;
templates never trigger more.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import func, or_, select
from sqlalchemy.orm import joinedload

from forum import policy
from forum.accounts.models import AccountStatus, Role, User
from forum.extensions import db
from forum.i18n import N_
from moderation.members.clock import day_of, long_date
from moderation.models import MemberNote, Sanction, SanctionKind

LIST_LIMIT = 50

_STATUS_LABELS = {
    AccountStatus.unverified: N_("Email not confirmed"),
    AccountStatus.pending: N_("Waiting for approval"),
    AccountStatus.info_requested: N_("Asked for more information"),
    AccountStatus.active: N_("Active"),
    AccountStatus.rejected: N_("Not approved"),
    AccountStatus.withdrawn: N_("Withdrew their application"),
    AccountStatus.banned: N_("Banned"),
}
_ROLE_LABELS = {
    Role.member: N_("Member"),
    Role.moderator: N_("Moderator"),
    Role.admin: N_("Admin"),
}


def standing(member: User) -> str:
    """Where the account stands, in words; a suspension that has run out reads as active."""
    if member.is_suspended and member.suspended_until is not None:
        return str(_("Suspended until %(day)s", day=long_date(day_of(member.suspended_until))))
    if member.status is AccountStatus.suspended:
        return str(_("Active (their suspension has ended)"))
    return str(_(_STATUS_LABELS[member.status]))


def role_label(member: User) -> str:
    return str(_(_ROLE_LABELS[member.role]))


@dataclass(frozen=True)
class MemberList:
    members: list[User]
    search: str
    has_more: bool  # more matched than are shown: search to narrow it down


def find_members(actor: User, search: str) -> MemberList:
    """Members by display name, or those whose name or email contains the search. One query."""
    policy.require(policy.can_keep_member_notes(actor))
    search = search.strip()
    query = select(User).order_by(func.lower(User.display_name), User.id).limit(LIST_LIMIT + 1)
    if search:
        term = search.lower()
        query = query.where(
            or_(
                func.lower(User.display_name).contains(term, autoescape=True),
                func.lower(User.email).contains(term, autoescape=True),
            )
        )
    found = list(db.session.scalars(query))
    return MemberList(found[:LIST_LIMIT], search, len(found) > LIST_LIMIT)


@dataclass(frozen=True)
class MemberRecord:
    member: User
    sanctions: list[Sanction]  # newest first
    notes: list[MemberNote]  # newest first
    is_own: bool  # a moderator's own record: notes about them are never shown to them


def member_record(actor: User, user_id: int) -> MemberRecord:
    """One member's record for a moderator. Three queries (two on their own record)."""
    policy.require(policy.can_keep_member_notes(actor))
    member = db.session.get(User, user_id)
    policy.require(member is not None)
    assert member is not None
    sanctions = list(
        db.session.scalars(
            select(Sanction)
            .options(joinedload(Sanction.moderator))
            .where(Sanction.user_id == member.id)
            .order_by(Sanction.created_at.desc(), Sanction.id.desc())
        )
    )
    is_own = member.id == actor.id
    notes = (
        []
        if is_own
        else list(
            db.session.scalars(
                select(MemberNote)
                .options(joinedload(MemberNote.author))
                .where(MemberNote.user_id == member.id)
                .order_by(MemberNote.created_at.desc(), MemberNote.id.desc())
            )
        )
    )
    return MemberRecord(member, sanctions, notes, is_own)


def available_actions(actor: User, member: User) -> frozenset[str]:
    """Which forms the member page offers: what the actor may do, and what fits the member now.

    The services check the same again; this only keeps impossible buttons off the page.
    """
    actions: set[str] = set()
    if policy.can_sanction(actor, member):
        if member.is_active_member:
            actions |= {"warn", "suspend", "ban"}
        elif member.is_suspended:
            actions |= {"ban", "lift"}
        elif member.status is AccountStatus.banned:
            actions.add("lift")
    if policy.can_keep_member_notes(actor) and member.id != actor.id:
        actions.add("note")
    if policy.can_manage_site(actor) and not member.is_admin:
        if member.is_moderator:
            actions.add("revoke")
        elif member.is_active_member:
            actions.add("grant")
    return frozenset(actions)


def latest_sanction(member_id: int, *kinds: SanctionKind) -> Sanction | None:
    """The newest sanction of these kinds, with who gave it."""
    return db.session.scalar(
        select(Sanction)
        .options(joinedload(Sanction.moderator))
        .where(Sanction.user_id == member_id, Sanction.kind.in_(kinds))
        .order_by(Sanction.created_at.desc(), Sanction.id.desc())
        .limit(1)
    )


def unseen_warnings(member: User | None) -> list[Sanction]:
    """Warnings the member has not yet marked as read.

    No query at all unless the member's own row says a warning is waiting.
    """
    if not policy.is_member(member) or member is None or not member.unseen_warnings:
        return []
    return list(
        db.session.scalars(
            select(Sanction)
            .where(
                Sanction.user_id == member.id,
                Sanction.kind == SanctionKind.warning,
                Sanction.seen_at.is_(None),
            )
            .order_by(Sanction.created_at, Sanction.id)
        )
    )


def standing_sanction(member: User | None) -> Sanction | None:
    """The suspension or ban that keeps this member out now, so they can read why."""
    if member is None or not getattr(member, "is_authenticated", False):
        return None
    if member.is_suspended:
        return latest_sanction(member.id, SanctionKind.suspension)
    if member.status is AccountStatus.banned:
        return latest_sanction(member.id, SanctionKind.ban)
    return None
