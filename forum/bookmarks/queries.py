"""A member's bookmarks: the marks on a topic page, and the "Bookmarks" page."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.orm import contains_eager, joinedload

from forum import cursors, policy
from forum.accounts.models import User
from forum.bookmarks.models import Bookmark
from forum.extensions import db
from forum.spaces.models import Space
from forum.threads.models import Post, PostState, Topic

PER_PAGE = 20


def bookmarked_among(actor: User, post_ids: Iterable[int]) -> set[int]:
    """Which of these posts the member bookmarked: one query, none for an empty page."""
    ids = list(post_ids)
    if not ids:
        return set()
    return set(
        db.session.scalars(
            select(Bookmark.post_id).where(Bookmark.user_id == actor.id, Bookmark.post_id.in_(ids))
        )
    )


def readable(actor: User) -> list[ColumnElement[bool]]:
    """Posts the member may still read, as SQL: policy.can_bookmark over rows. One query.

    A bookmarked post later deleted, hidden, held or moved out of the member's
    sight simply drops out; the bookmark comes back if the post does.
    """
    conditions: list[ColumnElement[bool]] = [
        Post.deleted_at.is_(None),
        Topic.deleted_at.is_(None),
    ]
    if policy.can_moderate(actor):
        return conditions
    spaces = [s.id for s in db.session.scalars(select(Space)) if policy.can_view_space(actor, s)]
    return [
        *conditions,
        Topic.space_id.in_(spaces),
        or_(
            Topic.author_id == actor.id,
            and_(Topic.state == PostState.published, Topic.hidden_at.is_(None)),
        ),
        or_(
            Post.author_id == actor.id,
            and_(Post.state == PostState.published, Post.hidden_at.is_(None)),
        ),
    ]


def bookmarked_posts(actor: User) -> Select[tuple[datetime, Post]]:
    """(when bookmarked, the post with its topic, space and author), newest first."""
    return (
        select(Bookmark.created_at, Post)
        .join(Post, Post.id == Bookmark.post_id)
        .join(Post.topic)
        .join(Topic.space)
        .options(contains_eager(Post.topic).contains_eager(Topic.space), joinedload(Post.author))
        .where(Bookmark.user_id == actor.id, *readable(actor))
        .order_by(Bookmark.created_at.desc(), Bookmark.post_id.desc())
    )


@dataclass(frozen=True)
class BookmarkRow:
    bookmarked_at: datetime
    post: Post


@dataclass(frozen=True)
class BookmarksPage:
    rows: list[BookmarkRow]
    next_cursor: str | None


def _cursor(row: BookmarkRow) -> str:
    return cursors.time_id(row.bookmarked_at, row.post.id)


def bookmarks_page(actor: User, after: str | None = None) -> BookmarksPage:
    """One page, keyset by (bookmarked at, post): two queries however many bookmarks."""
    query = bookmarked_posts(actor)
    start = cursors.parse_time_id(after)
    if start is not None:
        when, post_id = start
        query = query.where(cursors.beyond(Bookmark.created_at, Bookmark.post_id, when, post_id))
    rows = [BookmarkRow(at, post) for at, post in db.session.execute(query.limit(PER_PAGE + 1))]
    more = len(rows) > PER_PAGE
    rows = rows[:PER_PAGE]
    return BookmarksPage(rows, _cursor(rows[-1]) if more else None)
