"""Putting posts in the review queue. Moderators' decisions live in moderation/."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from forum.extensions import db
from forum.review import screening
from forum.review.models import ReviewItem, ReviewSource, ReviewState, StoredFinding
from forum.threads.models import Post, PostState, Topic


def hold_post(
    post: Post,
    findings: list[StoredFinding],
    *,
    justification: str = "",
    source: ReviewSource = ReviewSource.guard,
) -> ReviewItem:
    """Hide the post from other members and queue it for a moderator (no commit)."""
    set_post_state(post, PostState.held)
    item = open_item_for(post)
    if item is None:
        item = ReviewItem(post=post, source=source)
        db.session.add(item)
    item.justification = justification.strip()
    item.set_findings(findings)
    return item


def set_post_state(post: Post, state: PostState) -> None:
    """A post's state; an opening post carries its topic with it (no commit)."""
    post.state = state
    if post.number == 1:
        post.topic.state = state


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


@dataclass
class ScanSummary:
    scanned: int = 0
    queued: int = 0
    already_queued: int = 0
    kinds: Counter[str] = field(default_factory=Counter)

    def lines(self) -> list[str]:
        out = [
            f"Scanned {self.scanned} posts: {self.queued} queued for review, "
            f"{self.already_queued} already waiting."
        ]
        out += [f"  {kind}: {count}" for kind, count in self.kinds.most_common()]
        return out


def count_published() -> int:
    return (
        db.session.scalar(
            select(func.count())
            .select_from(Post)
            .where(Post.state == PostState.published, Post.deleted_at.is_(None))
        )
        or 0
    )


def scan_existing(batch: int = 200, progress: Callable[[int], None] | None = None) -> ScanSummary:
    """Run the guard over every published post (e.g. after its rules improve).

    What it finds is queued for a moderator; the posts stay readable until a
    moderator rejects them. Walks the table by id in batches, committing each.
    """
    summary = ScanSummary()
    after = 0
    while True:
        posts = db.session.scalars(
            select(Post)
            .options(joinedload(Post.topic).joinedload(Topic.space))
            .where(Post.id > after, Post.state == PostState.published, Post.deleted_at.is_(None))
            .order_by(Post.id)
            .limit(batch)
        ).all()
        if not posts:
            return summary
        for post in posts:
            found = screening.screen_post(post).blocking
            summary.scanned += 1
            if not found:
                continue
            if queue_for_review(post, found, ReviewSource.rescan) is None:
                summary.already_queued += 1
            else:
                summary.queued += 1
                summary.kinds.update(f.kind for f in found)
        after = posts[-1].id
        db.session.commit()
        if progress:
            progress(len(posts))
