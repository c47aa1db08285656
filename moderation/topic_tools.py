"""Moving, merging and splitting topics: tools that change where posts live.

Each tool checks the policy, changes the topics and posts, writes one audit
row and commits once. Two rules shape them:

- Content never reaches a new audience by accident. When a topic's posts would
  be read by different people afterwards, the moderator is shown who reads it
  now and who will, and must confirm first (AudienceChange).
- Post numbers are unique per topic (uq_posts_topic_number), on PostgreSQL as
  on SQLite, and checked row by row. Posts arriving in a topic get a block of
  numbers reserved past its last one; posts closing a gap are first parked on
  negative numbers, then given their final ones, so no UPDATE ever collides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from flask_babel import gettext as _
from sqlalchemy import func, select, update
from sqlalchemy.orm import joinedload

from forum import policy
from forum.accounts.models import User
from forum.errors import DomainError
from forum.extensions import db, utcnow
from forum.i18n import N_, site_language
from forum.notifications import services as notifications
from forum.review import screening
from forum.review import services as review
from forum.review.models import ReviewSource
from forum.spaces.models import Space
from forum.threads import queries as thread_queries
from forum.threads.models import SUMMARY_NUMBER, Post, PostState, Topic, TopicRead
from forum.threads.services import _clean_title as clean_title
from forum.urls import path_for
from moderation.models import AuditEntry


class AudienceChange(DomainError):
    """The move would change who can read the posts; the moderator confirms first."""

    def __init__(self, old: Space, new: Space) -> None:
        super().__init__("confirm", audience_warning(old, new) or "")
        self.old = old
        self.new = new


@dataclass(frozen=True)
class Outcome:
    """Where the posts ended up, and how many the guard held on the way."""

    topic: Topic
    moved: int = 0
    held: int = 0


def audience_warning(old: Space, new: Space) -> str | None:
    """The sentence the moderator reads before content changes audience, or None."""
    if old.audience == new.audience:
        return None
    text: str = _(
        "Moving this topic changes who can read it: %(old)s → %(new)s",
        old=old.audience.label,
        new=new.audience.label,
    )
    return text


def tool_topic(actor: User, topic_id: int) -> Topic:
    """The topic a moderator works on; 404 for everyone else, as if the tools did not exist."""
    topic = thread_queries.visible_topic(actor, topic_id)
    policy.require(policy.can_moderate(actor, topic.space))
    return topic


def target_spaces(actor: User) -> list[Space]:
    """Every space this moderator can see, in the order members see them."""
    return [
        s
        for s in db.session.scalars(select(Space).order_by(Space.position, Space.id))
        if policy.can_view_space(actor, s)
    ]


def movable_replies(actor: User, topic: Topic) -> list[Post]:
    """The replies a split can take: every reply that is not deleted, in order."""
    policy.require(policy.can_moderate(actor, topic.space))
    return list(
        db.session.scalars(
            select(Post)
            .options(joinedload(Post.author))
            .where(Post.topic_id == topic.id, Post.number > 1, Post.deleted_at.is_(None))
            .order_by(Post.number)
        )
    )


TOPIC_REF = re.compile(r"(?:(?:https?://[^/\s]+)?/?t/)?(\d{1,9})(?:[/?#]\S*)?")


def parse_topic_ref(text: str) -> int | None:
    """A topic id from "123", "/t/123" or a full link such as https://…/t/123?page=2#p5."""
    match = TOPIC_REF.fullmatch(text.strip())
    return int(match.group(1)) if match else None


def move_topic(
    moderator: User, topic: Topic, space_id: int, reason: str, *, audience_confirmed: bool = False
) -> Outcome:
    """Put the topic in another space, re-checked against that space's audience and guard.

    Anonymous posts stay anonymous even where the new space does not offer
    anonymous posting: moving a post must never reveal who wrote it.
    """
    _require_tools(moderator, topic)
    reason = _required_reason(reason)
    if topic.merged_into_id is not None:
        raise DomainError(None, _("This topic was merged into another: move that one instead."))
    space = db.session.get(Space, space_id)
    if space is None or not policy.can_view_space(moderator, space):
        raise DomainError("space", _("Choose a space to move the topic to."))
    old = topic.space
    if space.id == old.id:
        raise DomainError("space", _("The topic is already in this space."))
    _check_audience(old, space, audience_confirmed)
    topic.space = space
    posts = list(db.session.scalars(select(Post).where(Post.topic_id == topic.id)))
    held = _recheck(posts, old, space)
    _audit(moderator, "topic.move", topic, reason)
    _tell([topic.author_id], moderator, "topic_moved", topic, title=topic.title, space=space.name)
    db.session.commit()
    return Outcome(topic, moved=len(posts), held=held)


def merge_topic(
    moderator: User, source: Topic, into: str, reason: str, *, audience_confirmed: bool = False
) -> Outcome:
    """Append the source topic's posts to the target, in the order they were written.

    The source keeps its id, marked merged and deleted, so its old links lead
    to the target for anyone who could read it.
    """
    _require_tools(moderator, source)
    reason = _required_reason(reason)
    target_id = parse_topic_ref(into)
    if target_id is None:
        raise DomainError("target", _("Give the topic's number or its link, like /t/123."))
    if target_id == source.id:
        raise DomainError("target", _("A topic cannot be merged into itself."))
    target = db.session.get(Topic, target_id)
    if target is None or not policy.can_view_topic(moderator, target):
        raise DomainError("target", _("There is no topic with that number."))
    if target.merged_into_id is not None or target.deleted_at is not None:
        raise DomainError(
            "target", _("That topic is deleted or merged into another: choose a live topic.")
        )
    _require_live(source)
    _check_audience(source.space, target.space, audience_confirmed)
    _lock(source)
    # The source's summary stays with it: it sums up that conversation, not the target's.
    posts = list(
        db.session.scalars(
            select(Post)
            .where(Post.topic_id == source.id, Post.number != SUMMARY_NUMBER)
            .order_by(Post.created_at, Post.id)
        )
    )
    first = _reserve_numbers(target, len(posts))
    for offset, post in enumerate(posts):
        post.topic = target
        post.number = first + offset
    db.session.flush()
    target.last_post_at = max(target.last_post_at, _latest(posts) or target.last_post_at)
    held = _recheck(posts, source.space, target.space)
    source.merged_into_id = target.id
    source.deleted_at = utcnow()
    source.post_count = 0
    _audit(moderator, "topic.merge", source, reason)
    merged = {"title": source.title, "target": target.title}
    _tell([source.author_id], moderator, "topic_merged", target, **merged)
    db.session.commit()
    return Outcome(target, moved=len(posts), held=held)


def split_topic(
    moderator: User, topic: Topic, post_ids: Iterable[int], title: str, reason: str
) -> Outcome:
    """Move the chosen replies into a new topic in the same space, numbered 1, 2, 3…

    The new topic's author is the author of its first post, and it is anonymous
    when that post is; what is left behind is numbered without gaps again.
    """
    _require_tools(moderator, topic)
    reason = _required_reason(reason)
    title = clean_title(title)
    found = screening.screen(topic.space, title=title).blocking
    if found:
        raise DomainError(
            "title",
            _(
                "This title may identify someone: %(reasons)s",
                reasons="; ".join(f.reason for f in found),
            ),
        )
    _require_live(topic)
    chosen = set(post_ids)
    if not chosen:
        raise DomainError("posts", _("Choose at least one reply to move."))
    _lock(topic)
    posts = list(
        db.session.scalars(
            select(Post)
            .options(joinedload(Post.author))
            .where(Post.topic_id == topic.id, Post.number != SUMMARY_NUMBER)  # it stays, as 0
            .order_by(Post.number)
        )
    )
    moving = [p for p in posts if p.id in chosen]
    if len(moving) != len(chosen) or any(p.number == 1 or p.is_deleted for p in moving):
        raise DomainError("posts", _("Choose replies from this topic."))
    staying = [p for p in posts if p.id not in chosen]
    _keep_reading_positions(topic, [p.id for p in moving])
    opening = moving[0]
    new = Topic(
        space=topic.space,
        author_id=opening.author_id,
        title=title,
        is_anonymous=opening.is_anonymous,
        state=opening.state,
        created_at=opening.created_at,
        last_post_at=_latest(moving) or opening.created_at,
        content_note=topic.content_note,
        post_count=len(moving),
    )
    db.session.add(new)
    db.session.flush()
    for number, post in enumerate(moving, start=1):
        post.topic = new
        post.number = number
    _renumber(staying)
    topic.post_count = len(staying)
    topic.last_post_at = _latest(staying) or topic.created_at
    _audit(moderator, "topic.split", topic, reason)
    authors = {p.author_id for p in moving}
    _tell(authors, moderator, "topic_split", new, title=topic.title, new=new.title)
    db.session.commit()
    return Outcome(new, moved=len(moving))


def _require_tools(moderator: User, topic: Topic) -> None:
    policy.require(policy.can_view_topic(moderator, topic))
    policy.require(policy.can_moderate(moderator, topic.space))


def _required_reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise DomainError("reason", _("Give a reason: it goes in the audit log."))
    return reason


def _require_live(topic: Topic) -> None:
    """Posts of a deleted, held or hidden topic must not surface somewhere readable."""
    if topic.merged_into_id is not None or topic.deleted_at is not None:
        raise DomainError(None, _("This topic is deleted or merged into another."))
    if topic.state is not PostState.published or topic.hidden_at is not None:
        raise DomainError(
            None, _("This topic is held for review or hidden: decide that before moving its posts.")
        )


def _check_audience(old: Space, new: Space, confirmed: bool) -> None:
    if old.audience != new.audience and not confirmed:
        raise AudienceChange(old, new)


def _recheck(posts: list[Post], old: Space, new: Space) -> int:
    """Run the guard again when posts arrive in a strict space; hold what it objects to.

    Posts that were already in a strict space passed the same test (or a
    moderator published them past it), so they are not held a second time.
    """
    if not new.is_strict or old.is_strict:
        return 0
    held = 0
    for post in posts:
        if post.state is not PostState.published or post.is_deleted:
            continue
        blocking = screening.screen_post(post).blocking
        if blocking:
            review.hold_post(post, blocking, source=ReviewSource.moved)
            with site_language():  # the author reads it, not the moderator's browser
                text = _(
                    "Your post in “%(title)s” is held for review: "
                    "its topic moved to a space with stricter checks",
                    title=post.topic.title,
                )
            notifications.notify(
                post.author_id,
                "post_held",
                text,
                path_for("threads.permalink", post_id=post.id),
            )
            held += 1
    return held


def _lock(topic: Topic) -> None:
    """Hold back replies to this topic until the posts are renumbered (PostgreSQL).

    A reply takes its number with an UPDATE of the topic row, so it waits here
    rather than take a number the renumbering is about to hand out. SQLite lets
    one writer in at a time anyway.
    """
    db.session.execute(select(Topic.id).where(Topic.id == topic.id).with_for_update())


def _reserve_numbers(topic: Topic, count: int) -> int:
    """The first of `count` new post numbers, reserved atomically past the topic's last."""
    last = db.session.execute(
        update(Topic)
        .where(Topic.id == topic.id)
        .values(post_count=Topic.post_count + count)
        .returning(Topic.post_count)
        .execution_options(synchronize_session=False)
    ).scalar_one()
    db.session.expire(topic, ["post_count"])
    return int(last) - count + 1


def _renumber(posts: list[Post]) -> None:
    """Number the posts 1, 2, 3… in their order, never two alike at any moment."""
    changing = [(n, p) for n, p in enumerate(posts, start=1) if p.number != n]
    for n, post in changing:
        post.number = -n
    db.session.flush()
    for n, post in changing:
        post.number = n
    db.session.flush()


def _keep_reading_positions(topic: Topic, leaving: list[int]) -> None:
    """A reader's position counts only the posts that stay, so nothing looks unread."""
    db.session.execute(
        update(TopicRead)
        .where(TopicRead.topic_id == topic.id)
        .values(
            last_read_number=select(func.count(Post.id))
            .where(
                Post.topic_id == topic.id,
                Post.number != SUMMARY_NUMBER,
                Post.number <= TopicRead.last_read_number,
                Post.id.not_in(leaving),
            )
            .scalar_subquery()
        )
        .execution_options(synchronize_session=False)
    )


def _latest(posts: Iterable[Post]) -> datetime | None:
    """When the last post others can read was written: what makes a topic look active."""
    times = [p.created_at for p in posts if p.state is PostState.published and not p.is_deleted]
    return max(times, default=None)


def _audit(moderator: User, action: str, topic: Topic, reason: str) -> None:
    db.session.add(
        AuditEntry(
            actor_id=moderator.id,
            action=action,
            target_type="topic",
            target_id=topic.id,
            reason=reason,
        )
    )


_TOLD = {
    "topic_moved": N_("A moderator moved your topic “%(title)s” to %(space)s"),
    "topic_merged": N_("A moderator merged your topic “%(title)s” into “%(target)s”"),
    "topic_split": N_("A moderator moved replies from “%(title)s” to a new topic, “%(new)s”"),
}


def _tell(user_ids: Iterable[int], moderator: User, kind: str, topic: Topic, **values: str) -> None:
    """Authors hear what happened to their writing; the acting moderator needs no note."""
    with site_language():  # stored text: the site's language, not the moderator's browser's
        text = _(_TOLD[kind], **values)
    for user_id in sorted(set(user_ids) - {moderator.id}):
        notifications.notify(user_id, kind, text, path_for("threads.topic", topic_id=topic.id))
