"""Check-ins between a care leaver and their worker, and the worker's manager."""

from __future__ import annotations

from typing import TYPE_CHECKING

from forum.policy.members import is_member, is_moderator
from forum.policy.moderation import must_set_up_two_factor

if TYPE_CHECKING:
    from forum.accounts.models import User
    from forum.checkins.models import CheckinAgreement


def _is_pair(a: User, b: User) -> bool:
    """A care leaver and a practitioner, in either order."""
    kinds = {a.member_type.value, b.member_type.value}
    return kinds == {"care_leaver", "practitioner"}


def can_start_checkins(actor: User | None, other: User, *, connected: bool) -> bool:
    """ "Start check-ins": a connected care leaver and practitioner, either side proposing."""
    if actor is None or actor.id == other.id or not is_member(actor):
        return False
    return connected and other.is_active_member and _is_pair(actor, other)


def can_use_checkins(actor: User | None) -> bool:
    """The "Check-ins" page is for the two kinds of member who can have them."""
    return (
        is_member(actor)
        and actor is not None
        and actor.member_type in ("care_leaver", "practitioner")
    )


def can_see_checkin(actor: User | None, agreement: CheckinAgreement) -> bool:
    """Only the two people in it; moderators read a check-in only through a report's copy."""
    return (
        is_member(actor)
        and actor is not None
        and actor.id in (agreement.care_leaver_id, agreement.worker_id)
    )


def can_write_in_checkin(actor: User | None, agreement: CheckinAgreement) -> bool:
    """To-dos and comments, while check-ins are on (an ended one stays readable)."""
    return can_see_checkin(actor, agreement) and agreement.state == "active"


def can_drop_in(actor: User | None, agreement: CheckinAgreement) -> bool:
    """The two-minute drop-in is the care leaver's."""
    return (
        can_write_in_checkin(actor, agreement)
        and actor is not None
        and actor.id == agreement.care_leaver_id
    )


def can_report_in_checkin(actor: User | None, agreement: CheckinAgreement, author_id: int) -> bool:
    """ "Report" on what the other person wrote: moderators read a check-in only this way."""
    return can_see_checkin(actor, agreement) and actor is not None and actor.id != author_id


def can_have_a_manager(actor: User | None) -> bool:
    """ "My manager" is a practitioner's setting."""
    return is_member(actor) and actor is not None and actor.member_type == "practitioner"


def can_manage(actor: User | None, worker: User) -> bool:
    """A manager is another practitioner member in good standing."""
    return (
        can_have_a_manager(actor)
        and actor is not None
        and actor.id != worker.id
        and worker.is_active_member
    )


def can_see_overdue(actor: User | None) -> bool:
    """The "Overdue" page: a practitioner (for the workers they manage) or a moderator."""
    return can_have_a_manager(actor) or can_see_unmanaged_overdue(actor)


def can_see_unmanaged_overdue(actor: User | None) -> bool:
    """Overdue items of workers with no manager go to the moderators (two-factor set up)."""
    return is_moderator(actor) and not must_set_up_two_factor(actor)
