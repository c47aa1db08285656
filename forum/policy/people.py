"""Finding members, connecting, blocking and private messages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from forum.policy.members import is_member, is_moderator

if TYPE_CHECKING:
    from forum.accounts.models import User


def worked_with_may_find(actor: User, member: User) -> bool:
    """A care leaver may find a practitioner who said "People I worked with may find me"."""
    from forum.accounts.models import MemberType

    return (
        actor.member_type is MemberType.care_leaver
        and member.member_type is MemberType.practitioner
        and member.profile.worked_with_may_find
    )


def can_find(actor: User | None, member: User, *, connected: bool = False) -> bool:
    """Whether the actor may know the member is here at all.

    Profile address, directory, requests and messages all ask this; a member
    the actor may not find answers 404 everywhere. Blocking does not change it:
    a blocked member is never told.
    """
    from forum.accounts.models import MemberType
    from forum.people.models import WhoCanFind

    if not is_member(actor) or actor is None:
        return False
    if actor.id == member.id or actor.is_moderator:
        return True
    if not member.is_active_member:
        return False
    if connected:
        return True
    who = member.profile.who_can_find
    if who is WhoCanFind.all_members:
        return True
    if who is WhoCanFind.practitioners and actor.member_type is MemberType.practitioner:
        return True
    return worked_with_may_find(actor, member)


def can_see_member_type(actor: User | None, member: User) -> bool:
    """A care leaver's member type shows only if they choose; moderators always see it."""
    from forum.accounts.models import MemberType

    if member.member_type is not MemberType.care_leaver or member.profile.show_member_type:
        return True
    return actor is not None and (actor.id == member.id or is_moderator(actor))


def can_offer_worked_with(member: User) -> bool:
    """Practitioners choose "People I worked with may find me"; nobody else is offered it."""
    from forum.accounts.models import MemberType

    return member.member_type is MemberType.practitioner


def can_choose_listing(member: User) -> bool:
    """Care leavers choose whether the directory lists them and whether their type shows.

    Everyone else is listed whenever they may be found, and their type always shows.
    """
    from forum.accounts.models import MemberType

    return member.member_type is MemberType.care_leaver


def can_link_mention(member: User) -> bool:
    """A mention links to the profile only when every member may find it.

    Everyone reading the post sees the link, and a link would tell readers who
    may not find the member that the name belongs to someone here. The mention
    still tells the member either way.
    """
    from forum.people.models import WhoCanFind

    return member.is_active_member and member.profile.who_can_find is WhoCanFind.all_members


def can_ask_to_connect(actor: User | None, member: User) -> bool:
    """Anyone who may find a member (but not themselves) may ask; moderators need not."""
    return actor is not None and actor.id != member.id and can_find(actor, member)


def says_how_we_know(actor: User) -> bool:
    """A care leaver asking to connect says where and when, so a worker can recognise them."""
    from forum.accounts.models import MemberType

    return actor.member_type is MemberType.care_leaver


def can_block(actor: User | None, member: User, *, in_contact: bool) -> bool:
    """Anyone the actor may find, or who has reached them (a request), but never themselves."""
    if not is_member(actor) or actor is None or actor.id == member.id:
        return False
    return in_contact or can_find(actor, member)


def can_message(actor: User | None, member: User, *, connected: bool) -> bool:
    """Private messages only between connected members; moderators may message anyone."""
    if actor is None or actor.id == member.id or not is_member(actor):
        return False
    if not member.is_active_member:
        return False
    return connected or actor.is_moderator


def can_reply_in_conversation(actor: User | None, member: User, *, connected: bool) -> bool:
    """In a conversation, as can_message; and anyone may answer a moderator who is in it."""
    if can_message(actor, member, connected=connected):
        return True
    return (
        is_member(actor)
        and actor is not None
        and actor.id != member.id
        and member.is_active_member
        and member.is_moderator
    )
