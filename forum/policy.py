"""Every authorization rule, as pure functions used by services and templates alike.

Nothing else in the code compares roles or member types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from forum.errors import NotAllowed, NotVisible

if TYPE_CHECKING:
    from forum.accounts.models import User
    from forum.checkins.models import CheckinAgreement
    from forum.spaces.models import Space
    from forum.threads.models import Post, Topic


def is_member(actor: User | None) -> bool:
    """An approved, signed-in member in good standing."""
    return (
        actor is not None and getattr(actor, "is_authenticated", False) and actor.is_active_member
    )


def is_moderator(actor: User | None) -> bool:
    return is_member(actor) and actor is not None and actor.is_moderator


def can_view_space(actor: User | None, space: Space) -> bool:
    """Members see the spaces whose audience admits them; moderators see all."""
    if not is_member(actor) or actor is None:
        return False
    return actor.is_moderator or space.audience.admits(actor.member_type)


def can_post_in(actor: User | None, space: Space) -> bool:
    return can_view_space(actor, space)


def can_moderate(actor: User | None, space: Space | None = None) -> bool:
    """Moderators act in every space (per-space moderators can come later)."""
    return is_moderator(actor)


def can_view_topic(actor: User | None, topic: Topic) -> bool:
    """Deleted topics are for moderators; held ones for their author and moderators."""
    if not can_view_space(actor, topic.space) or actor is None:
        return False
    if can_moderate(actor, topic.space):
        return True
    if topic.deleted_at is not None:
        return False
    if topic.author_id == actor.id:
        return True
    return topic.state == "published" and topic.hidden_at is None


def can_reply(actor: User | None, topic: Topic) -> bool:
    """Locked topics, and scheduled chats not yet open, take replies from moderators only."""
    if not can_view_topic(actor, topic):
        return False
    closed = topic.is_locked or chat_is_waiting(topic)
    return not closed or can_moderate(actor, topic.space)


def chat_is_waiting(topic: Topic) -> bool:
    """A scheduled chat opens for replies when `flask jobs run` reaches its start time.

    Events count only in spaces for events (a chat moved elsewhere is a plain topic).
    """
    if not topic.space.allows_events:
        return False
    event = getattr(topic, "event", None)  # the events package adds Topic.event
    return event is not None and bool(event.is_waiting)


def can_edit_event(actor: User | None, topic: Topic) -> bool:
    """The topic's author (or a moderator) gives it a time and place, in a space for events."""
    if not can_view_topic(actor, topic) or actor is None or topic.deleted_at is not None:
        return False
    if not topic.space.allows_events:
        return False
    return topic.author_id == actor.id or can_moderate(actor, topic.space)


def can_answer_event(actor: User | None, topic: Topic) -> bool:
    """ "Going" / "Not going": anyone who may read the topic."""
    return can_view_topic(actor, topic) and topic.deleted_at is None


def can_view_post(actor: User | None, post: Post) -> bool:
    """Held, rejected or hidden posts are for their author and the moderators only."""
    if post.state == "published" and post.hidden_at is None:
        return True
    return actor is not None and (post.author_id == actor.id or can_moderate(actor))


def can_edit_post(actor: User | None, post: Post) -> bool:
    if actor is None or not can_view_topic(actor, post.topic) or post.is_deleted:
        return False
    if can_moderate(actor, post.topic.space):
        return True
    return post.author_id == actor.id and not post.topic.is_locked


def can_delete_post(actor: User | None, post: Post) -> bool:
    return can_edit_post(actor, post)


def can_write_summary(actor: User | None, topic: Topic, summary: Post | None = None) -> bool:
    """The topic's author or a moderator writes the summary pinned at its top.

    A lock stops the author here as it stops their edits; a summary someone else
    wrote that waits for a moderator is not theirs to read, so not theirs to edit.
    """
    if actor is None or not can_view_topic(actor, topic) or topic.deleted_at is not None:
        return False
    if can_moderate(actor, topic.space):
        return True
    if topic.author_id != actor.id or topic.is_locked:
        return False
    return summary is None or summary.is_deleted or can_view_post(actor, summary)


def can_mark_helpful(actor: User | None, post: Post) -> bool:
    """The topic's author marks other members' published replies as helpful."""
    return (
        actor is not None
        and post.topic.author_id == actor.id
        and post.author_id != actor.id
        and post.number > 1
        and not post.is_deleted
        and post.state == "published"
        and post.hidden_at is None
        and can_view_topic(actor, post.topic)
    )


def can_bookmark(actor: User | None, post: Post) -> bool:
    """Any member may keep what they can read; the "Bookmarks" page asks this again."""
    return (
        is_member(actor)
        and not post.is_deleted
        and can_view_topic(actor, post.topic)
        and can_view_post(actor, post)
    )


def can_see_revisions(actor: User | None, post: Post) -> bool:
    return can_moderate(actor, post.topic.space)


def can_reveal_author(actor: User | None, post: Post) -> bool:
    """Only moderators, only for anonymous posts, and always with a recorded reason."""
    return post.is_anonymous and can_moderate(actor, post.topic.space)


def can_review_posts(actor: User | None) -> bool:
    return is_moderator(actor)


def can_review_applications(actor: User | None) -> bool:
    return is_moderator(actor)


def can_report(actor: User | None, post: Post) -> bool:
    """Any member may report what they can read, except their own writing."""
    return (
        is_member(actor)
        and actor is not None
        and post.author_id != actor.id
        and can_view_topic(actor, post.topic)
        and can_view_post(actor, post)
    )


def can_set_content_note(actor: User | None, topic: Topic) -> bool:
    """The author marks their own topic as distressing; moderators may too."""
    if not can_view_topic(actor, topic) or actor is None:
        return False
    return topic.author_id == actor.id or can_moderate(actor, topic.space)


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


# --- check-ins -------------------------------------------------------------


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


def require(allowed: bool, *, hide: bool = True) -> None:
    """404 for what the actor must not know exists, 403 otherwise."""
    if not allowed:
        raise NotVisible() if hide else NotAllowed()
