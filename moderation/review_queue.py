"""The review queue: held posts, and what the retroactive scan found.

Each decision is one conditional UPDATE on the item's state, so two
moderators acting at once cannot both decide it.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from forum import policy
from forum.accounts.models import User
from forum.errors import DomainError, NotVisible
from forum.extensions import db, utcnow
from forum.i18n import N_, site_language
from forum.mail import services as mail
from forum.notifications import fanout
from forum.notifications import services as notifications
from forum.review.models import ReviewItem, ReviewSource, ReviewState
from forum.review.screening import Screening, screen_post
from forum.review.services import set_post_state
from forum.review.watched import with_stored_findings
from forum.threads import services as threads
from forum.threads.models import Post, PostState, Topic
from forum.urls import absolute_url, path_for
from moderation import claims
from moderation.models import AuditEntry


@dataclass(frozen=True)
class QueueEntry:
    item: ReviewItem
    post: Post
    screening: Screening  # the guard run again on the text as it is now, and watched words


def review_queue(moderator: User) -> list[QueueEntry]:
    """Open items, oldest first, with the findings marked. Two queries."""
    policy.require(policy.can_review_posts(moderator))
    items = db.session.scalars(
        select(ReviewItem)
        .options(
            joinedload(ReviewItem.post).joinedload(Post.topic).joinedload(Topic.space),
            joinedload(ReviewItem.post).joinedload(Post.author),
        )
        .where(ReviewItem.state == ReviewState.open)
        .order_by(ReviewItem.created_at, ReviewItem.id)
    ).all()
    return [QueueEntry(i, i.post, with_stored_findings(screen_post(i.post), i)) for i in items]


def open_item(moderator: User, item_id: int) -> ReviewItem:
    policy.require(policy.can_review_posts(moderator))
    item = db.session.get(ReviewItem, item_id)
    if item is None or item.state is not ReviewState.open:
        raise NotVisible()
    return item


def _claim(moderator: User, item_id: int, outcome: ReviewState, reason: str) -> ReviewItem:
    """Decide the item, or DomainError when another moderator already has."""
    policy.require(policy.can_review_posts(moderator))
    decided = claims.decide_once(
        moderator,
        claims.Queue.review,
        ReviewItem,
        item_id,
        ReviewItem.state == ReviewState.open,
        {
            "state": outcome,
            "decided_by_id": moderator.id,
            "decided_at": utcnow(),
            "decision_reason": reason,
        },
    )
    item = db.session.get(ReviewItem, item_id, populate_existing=True)
    if item is None:
        raise NotVisible()
    if not decided:
        db.session.rollback()
        db.session.refresh(item)
        raise claims.already_decided("post", item.decided_by)
    return item


def _set_state(post: Post, state: PostState) -> None:
    """As review.set_post_state; a reply published late also makes its topic active."""
    set_post_state(post, state)
    if post.number > 1 and state is PostState.published:
        post.topic.last_post_at = utcnow()


def _audit(moderator: User, action: str, post: Post, reason: str) -> None:
    db.session.add(
        AuditEntry(
            actor_id=moderator.id,
            action=action,
            target_type="post",
            target_id=post.id,
            reason=reason,
        )
    )


NOTICES = {
    "post_published": N_("A moderator published your post in “%(title)s”"),
    "post_edited_published": N_("A moderator edited and published your post in “%(title)s”"),
    "post_rejected": N_("A moderator did not publish your post in “%(title)s”"),
    "author_revealed": N_("A moderator used Reveal author on your anonymous post in “%(title)s”"),
}


def _tell_author(post: Post, template: str, reason: str = "") -> None:
    """By notification and by mail, so nothing a moderator does to a post is silent."""
    with site_language():  # the author reads it, not the moderator's browser
        text = _(NOTICES[template], title=post.topic.title)
    notifications.notify(
        post.author_id,
        template,
        text,
        path_for("threads.permalink", post_id=post.id),
    )
    mail.queue(
        post.author.email,
        template,
        user=post.author,
        topic=post.topic,
        reason=reason,
        link=absolute_url("threads.permalink", post_id=post.id),
    )


def publish(moderator: User, item_id: int) -> ReviewItem:
    """Let the post be read; for a rescan item, keep it as it is."""
    item = _claim(moderator, item_id, ReviewState.published, "")
    post = item.post
    was_held = post.state is PostState.held
    _set_state(post, PostState.published)
    _audit(moderator, "post.publish", post, "")
    if was_held:
        _tell_author(post, "post_published")
        fanout.announce_post(post)
    db.session.commit()
    return item


def edit_and_publish(
    moderator: User, item_id: int, body: str, title: str | None, note: str
) -> ReviewItem:
    """Publish after the moderator's edit; the author is told what changed and why."""
    body = body.replace("\r\n", "\n").strip()
    if not body:
        raise DomainError("body", _("Write a message."))
    item = _claim(moderator, item_id, ReviewState.published, note.strip())
    post = item.post
    threads.revise(post, moderator, body, " ".join(title.split()) if title else None)
    was_held = post.state is PostState.held
    _set_state(post, PostState.published)
    if was_held:
        fanout.announce_post(post)
    _audit(moderator, "post.edit_publish", post, note.strip())
    _tell_author(post, "post_edited_published", note.strip())
    db.session.commit()
    return item


def reject(moderator: User, item_id: int, reason: str) -> ReviewItem:
    """Keep the post from other members for good; the author is told why."""
    reason = reason.strip()
    if not reason:
        raise DomainError("reason", _("Give a reason: the author will read it."))
    item = _claim(moderator, item_id, ReviewState.rejected, reason)
    post = item.post
    _set_state(post, PostState.rejected)
    _audit(moderator, "post.reject", post, reason)
    _tell_author(post, "post_rejected", reason)
    db.session.commit()
    return item


def reveal_author(moderator: User, post: Post, reason: str) -> User:
    """Who wrote an anonymous post: recorded in the audit log, and the author is told."""
    policy.require(policy.can_reveal_author(moderator, post))
    reason = reason.strip()
    if not reason:
        raise DomainError(
            "reason", _("Give a reason: revealing an author is recorded and they are told.")
        )
    _audit(moderator, "post.reveal_author", post, reason)
    _tell_author(post, "author_revealed", reason)
    db.session.commit()
    return post.author


SOURCE_LABELS = {
    ReviewSource.guard: N_("Sent for review by the author"),
    ReviewSource.rescan: N_("Found by a scan of published posts"),
    ReviewSource.watched_word: N_("Matches a watched word"),
    ReviewSource.new_member: N_("A new member's post"),
    ReviewSource.moved: N_("Moved to a stricter space: the guard objected"),
}


def source_label(item: ReviewItem) -> str:
    return str(_(SOURCE_LABELS.get(item.source, N_("Held for review"))))
