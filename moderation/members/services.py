"""Warn, suspend, ban, lift, keep notes on a member, and grant or remove moderator rights.

Every change of standing is one conditional UPDATE on the member's row, so two
moderators acting at once cannot both act: one wins, the other is told who did,
and there is one audit row and one sanction. Each use case commits once.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from flask_babel import gettext as _
from sqlalchemy import ColumnElement, and_, or_, update

from forum import policy
from forum.accounts.models import AccountStatus, Role, User
from forum.errors import DomainError
from forum.extensions import db, utcnow
from forum.i18n import N_
from forum.mail import services as mail
from forum.urls import absolute_url
from moderation.members import clock
from moderation.members.queries import latest_sanction
from moderation.models import AuditEntry, MemberNote, Sanction, SanctionKind

NEEDS_REASON = N_("Give a reason: the member reads it.")
FOR_THE_LOG = N_("Give a reason: it is recorded in the audit log.")

# Audit log actions, as verbs like the rest of the log ("application.approve").
_ACTIONS = {
    SanctionKind.warning: "member.warn",
    SanctionKind.suspension: "member.suspend",
    SanctionKind.ban: "member.ban",
    SanctionKind.lift: "member.lift",
}


def _reason(reason: str, message: str = NEEDS_REASON) -> str:
    reason = reason.strip()
    if not reason:
        raise DomainError("reason", _(message))
    return reason


def _audit(actor: User, action: str, member: User, reason: str) -> None:
    db.session.add(
        AuditEntry(
            actor_id=actor.id,
            action=action,
            target_type="user",
            target_id=member.id,
            reason=reason,
        )
    )


def _in_force_suspension() -> ColumnElement[bool]:
    """Suspended, with an end still to come (or none given), as `User.is_suspended` reads it."""
    return and_(
        User.status == AccountStatus.suspended,
        or_(User.suspended_until.is_(None), User.suspended_until > utcnow()),
    )


def _in_good_standing() -> ColumnElement[bool]:
    """Active, or suspended until a moment that has passed (the suspension lifted itself)."""
    return or_(
        User.status == AccountStatus.active,
        and_(User.status == AccountStatus.suspended, User.suspended_until <= utcnow()),
    )


def _change(member: User, still: ColumnElement[bool], **values: Any) -> bool:
    """One conditional UPDATE (no commit); False when the member was no longer in that state."""
    result = db.session.execute(
        update(User)
        .where(User.id == member.id, still)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def _refused(member: User, not_in_good_standing: str) -> DomainError:
    """Why the conditional update found nothing to change, naming who acted first."""
    db.session.rollback()
    db.session.refresh(member)
    if member.is_suspended:
        kind, already = SanctionKind.suspension, N_("%(name)s is already suspended by %(who)s.")
    elif member.status is AccountStatus.banned:
        kind, already = SanctionKind.ban, N_("%(name)s is already banned by %(who)s.")
    else:
        return DomainError(None, not_in_good_standing)
    earlier = latest_sanction(member.id, kind)
    who = earlier.moderator.display_name if earlier else _("another moderator")
    return DomainError(None, _(already, name=member.display_name, who=who))


def _sanction(
    moderator: User, member: User, kind: SanctionKind, reason: str, **values: Any
) -> Sanction:
    sanction = Sanction(
        user_id=member.id, moderator_id=moderator.id, kind=kind, reason=reason, **values
    )
    db.session.add(sanction)
    _audit(moderator, _ACTIONS[kind], member, reason)
    return sanction


def warn_member(moderator: User, member: User, reason: str) -> Sanction:
    """A warning the member reads on their next page, and by email."""
    policy.require(policy.can_sanction(moderator, member), hide=False)
    reason = _reason(reason)
    if not member.is_active_member:
        raise DomainError(None, _("Only a member in good standing can be warned."))
    sanction = _sanction(moderator, member, SanctionKind.warning, reason)
    db.session.execute(
        update(User)
        .where(User.id == member.id)
        .values(unseen_warnings=User.unseen_warnings + 1)
        .execution_options(synchronize_session=False)
    )
    mail.queue(
        member.email,
        "member_warned",
        user=member,
        reason=reason,
        link=absolute_url("home.index"),
    )
    db.session.commit()
    return sanction


def suspend_member(moderator: User, member: User, reason: str, until: date) -> Sanction:
    """Keep the member out until the end of `until`; every session of theirs ends at once.

    The suspension lifts itself afterwards: `User.is_active_member` reads the
    date, so nothing has to run at the end.
    """
    policy.require(policy.can_sanction(moderator, member), hide=False)
    reason = _reason(reason)
    if until <= clock.today():
        raise DomainError("until", _("Give a date after today."))
    ends_at = clock.end_of_day(until)
    changed = _change(
        member,
        _in_good_standing(),
        status=AccountStatus.suspended,
        suspended_until=ends_at,
        session_version=User.session_version + 1,
    )
    if not changed:
        raise _refused(member, _("Only a member in good standing can be suspended."))
    sanction = _sanction(moderator, member, SanctionKind.suspension, reason, ends_at=ends_at)
    mail.queue(
        member.email,
        "member_suspended",
        user=member,
        reason=reason,
        until=clock.long_date(until),
    )
    db.session.commit()
    return sanction


def ban_member(moderator: User, member: User, reason: str) -> Sanction:
    """Keep the member out until a moderator lifts the ban; a suspension can become a ban."""
    policy.require(policy.can_sanction(moderator, member), hide=False)
    reason = _reason(reason)
    changed = _change(
        member,
        or_(_in_good_standing(), _in_force_suspension()),
        status=AccountStatus.banned,
        suspended_until=None,
        session_version=User.session_version + 1,
    )
    if not changed:
        raise _refused(member, _("Only a member in good standing can be banned."))
    sanction = _sanction(moderator, member, SanctionKind.ban, reason)
    mail.queue(member.email, "member_banned", user=member, reason=reason)
    db.session.commit()
    return sanction


def lift_sanction(moderator: User, member: User, reason: str) -> Sanction:
    """End a suspension or ban early: the member can sign in again at once."""
    policy.require(policy.can_sanction(moderator, member), hide=False)
    reason = _reason(reason, FOR_THE_LOG)
    changed = _change(
        member,
        or_(User.status == AccountStatus.banned, _in_force_suspension()),
        status=AccountStatus.active,
        suspended_until=None,
    )
    if not changed:
        db.session.rollback()
        last = latest_sanction(
            member.id, SanctionKind.suspension, SanctionKind.ban, SanctionKind.lift
        )
        if last is not None and last.kind is SanctionKind.lift:
            raise DomainError(
                None, _("This was already lifted by %(name)s.", name=last.moderator.display_name)
            )
        raise DomainError(None, _("%(name)s is not suspended or banned.", name=member.display_name))
    sanction = _sanction(moderator, member, SanctionKind.lift, reason)
    mail.queue(
        member.email,
        "member_reinstated",
        user=member,
        reason=reason,
        link=absolute_url("accounts.sign_in"),
    )
    db.session.commit()
    return sanction


def add_member_note(moderator: User, member: User, body: str) -> MemberNote:
    """A note only moderators read; never on your own record, where you could not see it."""
    policy.require(policy.can_keep_member_notes(moderator))
    if member.id == moderator.id:
        raise DomainError("body", _("You cannot keep notes on yourself."))
    body = body.strip()
    if not body:
        raise DomainError("body", _("Write the note."))
    note = MemberNote(user_id=member.id, author_id=moderator.id, body=body)
    db.session.add(note)
    # The text stays with the note: the audit row says a note was written, not what it says.
    _audit(moderator, "member.note", member, "")
    db.session.commit()
    return note


def set_moderator_role(admin: User, member: User, is_moderator: bool, reason: str) -> None:
    """Admins grant or remove moderator rights; admins themselves are left alone."""
    policy.require(policy.can_manage_site(admin), hide=False)
    reason = _reason(reason, FOR_THE_LOG)
    if is_moderator:
        still = and_(User.role == Role.member, _in_good_standing())
        new_role, action = Role.moderator, "role.grant"
    else:
        still = User.role == Role.moderator
        new_role, action = Role.member, "role.revoke"
    if not _change(member, still, role=new_role):
        db.session.rollback()
        db.session.refresh(member)
        if member.role is new_role:
            already = (
                N_("%(name)s is already a moderator.")
                if is_moderator
                else N_("%(name)s is already not a moderator.")
            )
            raise DomainError(None, _(already, name=member.display_name))
        if member.role is Role.admin:
            raise DomainError(None, _("%(name)s is an admin.", name=member.display_name))
        raise DomainError(None, _("Only an active member can be made a moderator."))
    _audit(admin, action, member, reason)
    db.session.commit()


def mark_warning_seen(member: User, sanction_id: int) -> None:
    """The member has read the warning: it leaves their pages. Only their own, only once."""
    marked = db.session.execute(
        update(Sanction)
        .where(
            Sanction.id == sanction_id,
            Sanction.user_id == member.id,
            Sanction.kind == SanctionKind.warning,
            Sanction.seen_at.is_(None),
        )
        .values(seen_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if marked.rowcount:  # type: ignore[attr-defined]
        # A relative update: a warning given meanwhile still counts.
        db.session.execute(
            update(User)
            .where(User.id == member.id, User.unseen_warnings > 0)
            .values(unseen_warnings=User.unseen_warnings - 1)
            .execution_options(synchronize_session=False)
        )
    db.session.commit()
