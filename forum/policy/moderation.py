"""The moderators' tools, and the two-factor they must set up first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from forum.policy.members import is_member, is_moderator

if TYPE_CHECKING:
    from forum.accounts.models import User


def can_review_posts(actor: User | None) -> bool:
    return is_moderator(actor)


def can_review_applications(actor: User | None) -> bool:
    return is_moderator(actor)


def can_handle_reports(actor: User | None) -> bool:
    return is_moderator(actor)


def can_read_audit_log(actor: User | None) -> bool:
    return is_moderator(actor)


def can_sanction(actor: User | None, member: User) -> bool:
    """Moderators act on members; never on themselves, and only admins on moderators."""
    if not is_moderator(actor) or actor is None or member.id == actor.id:
        return False
    return actor.is_admin or not member.is_moderator


def can_keep_member_notes(actor: User | None) -> bool:
    return is_moderator(actor)


def can_manage_site(actor: User | None) -> bool:
    """Admins: watched words, the new-member settings, granting moderator rights."""
    return is_member(actor) and actor is not None and actor.is_admin


def must_set_up_two_factor(actor: User | None) -> bool:
    """Moderators and admins need two-factor before any moderation page opens."""
    return is_moderator(actor) and actor is not None and not actor.has_two_factor


def can_turn_off_two_factor(actor: User | None) -> bool:
    """Members may give up two-factor; moderators and admins must keep it."""
    return is_member(actor) and actor is not None and not actor.is_moderator
