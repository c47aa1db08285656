"""Posts: who reads, edits, reports and keeps them, one post or a whole page at once, and
who writes a topic's summary.

Each rule about a post starts from the reader's standing toward its topic (a
member? a moderator? may they read the topic at all?). `Reader` holds that
standing, so a page of twenty posts asks it once rather than two hundred
times, and the single-post rules and `post_actions` share every line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from forum.policy.content import can_moderate, can_reply, can_view_topic
from forum.policy.members import is_member

if TYPE_CHECKING:
    from collections.abc import Iterable

    from forum.accounts.models import User
    from forum.threads.models import Post, Topic


@dataclass(frozen=True)
class Reader:
    """One reader's standing toward one topic."""

    actor: User | None
    member: bool
    moderates: bool
    sees_topic: bool

    @classmethod
    def of(cls, actor: User | None, topic: Topic) -> Reader:
        return cls(
            actor,
            is_member(actor),
            can_moderate(actor, topic.space),
            can_view_topic(actor, topic),
        )


@dataclass(frozen=True)
class PostActions:
    """What the reader may do with one post: the buttons under it."""

    quote: bool
    read_deleted: bool  # a deleted post's text
    edit: bool
    mark_helpful: bool
    bookmark: bool
    revisions: bool
    reveal_author: bool
    report: bool

    @property
    def delete(self) -> bool:
        return self.edit


def post_actions(actor: User | None, topic: Topic, posts: Iterable[Post]) -> dict[int, PostActions]:
    """Every post's actions on a page of `topic`, keyed by post id."""
    reader = Reader.of(actor, topic)
    quote = can_reply(actor, topic)
    return {
        post.id: PostActions(
            quote=quote,
            read_deleted=reader.moderates,
            edit=_edit(reader, post),
            mark_helpful=_mark_helpful(reader, post),
            bookmark=_bookmark(reader, post),
            revisions=reader.moderates,
            reveal_author=post.is_anonymous and reader.moderates,
            report=_report(reader, post),
        )
        for post in posts
    }


def can_view_post(actor: User | None, post: Post) -> bool:
    """Held, rejected or hidden posts are for their author and the moderators only."""
    if post.state == "published" and post.hidden_at is None:
        return True
    return actor is not None and (post.author_id == actor.id or can_moderate(actor))


def can_edit_post(actor: User | None, post: Post) -> bool:
    return _edit(Reader.of(actor, post.topic), post)


def can_delete_post(actor: User | None, post: Post) -> bool:
    return can_edit_post(actor, post)


def can_mark_helpful(actor: User | None, post: Post) -> bool:
    """The topic's author marks other members' published replies as helpful."""
    return _mark_helpful(Reader.of(actor, post.topic), post)


def can_bookmark(actor: User | None, post: Post) -> bool:
    """Any member may keep what they can read; the "Bookmarks" page asks this again."""
    return _bookmark(Reader.of(actor, post.topic), post)


def can_see_revisions(actor: User | None, post: Post) -> bool:
    return can_moderate(actor, post.topic.space)


def can_reveal_author(actor: User | None, post: Post) -> bool:
    """Only moderators, only for anonymous posts, and always with a recorded reason."""
    return post.is_anonymous and can_moderate(actor, post.topic.space)


def can_report(actor: User | None, post: Post) -> bool:
    """Any member may report what they can read, except their own writing."""
    return _report(Reader.of(actor, post.topic), post)


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


def _edit(reader: Reader, post: Post) -> bool:
    if reader.actor is None or not reader.sees_topic or post.is_deleted:
        return False
    if reader.moderates:
        return True
    return post.author_id == reader.actor.id and not post.topic.is_locked


def _mark_helpful(reader: Reader, post: Post) -> bool:
    return (
        reader.actor is not None
        and post.topic.author_id == reader.actor.id
        and post.author_id != reader.actor.id
        and post.number > 1
        and not post.is_deleted
        and post.state == "published"
        and post.hidden_at is None
        and reader.sees_topic
    )


def _bookmark(reader: Reader, post: Post) -> bool:
    return (
        reader.member
        and not post.is_deleted
        and reader.sees_topic
        and can_view_post(reader.actor, post)
    )


def _report(reader: Reader, post: Post) -> bool:
    return (
        reader.member
        and reader.actor is not None
        and post.author_id != reader.actor.id
        and reader.sees_topic
        and can_view_post(reader.actor, post)
    )
