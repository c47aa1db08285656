"""Spaces, topics and posts: who reads, writes, edits and acts on them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from forum.policy.members import is_member, is_moderator

if TYPE_CHECKING:
    from forum.accounts.models import User
    from forum.spaces.models import Space
    from forum.threads.models import Topic


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


def can_set_content_note(actor: User | None, topic: Topic) -> bool:
    """The author marks their own topic as distressing; moderators may too."""
    if not can_view_topic(actor, topic) or actor is None:
        return False
    return topic.author_id == actor.id or can_moderate(actor, topic.space)
