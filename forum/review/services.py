"""Putting posts in the review queue. Moderators' decisions live in moderation/."""

from __future__ import annotations

from sqlalchemy import select

from forum.extensions import db
from forum.review.models import ReviewItem, ReviewSource, ReviewState, StoredFinding
from forum.threads.models import Post, PostState


def hold_post(
    post: Post,
    findings: list[StoredFinding],
    *,
    justification: str = "",
    source: ReviewSource = ReviewSource.guard,
) -> ReviewItem:
    """Hide the post from other members and queue it for a moderator (no commit)."""
    post.state = PostState.held
    if post.number == 1:
        post.topic.state = PostState.held
    item = open_item_for(post)
    if item is None:
        item = ReviewItem(post=post, source=source)
        db.session.add(item)
    item.justification = justification.strip()
    item.set_findings(findings)
    return item


def queue_for_review(
    post: Post, findings: list[StoredFinding], source: ReviewSource
) -> ReviewItem | None:
    """Queue published text for a look without hiding it (the retroactive scan)."""
    if open_item_for(post) is not None:
        return None
    item = ReviewItem(post=post, source=source)
    item.set_findings(findings)
    db.session.add(item)
    return item


def open_item_for(post: Post) -> ReviewItem | None:
    if post.id is None:
        return None
    return db.session.scalar(
        select(ReviewItem).where(
            ReviewItem.post_id == post.id, ReviewItem.state == ReviewState.open
        )
    )
