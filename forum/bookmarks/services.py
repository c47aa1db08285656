"""Bookmarking a post and taking the bookmark away."""

from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.dialects import postgresql, sqlite

from forum import policy
from forum.accounts.models import User
from forum.bookmarks.models import Bookmark
from forum.extensions import db, utcnow
from forum.threads.models import Post


def add_bookmark(actor: User, post: Post) -> None:
    """Keep the post on the member's "Bookmarks" page; a second press changes nothing."""
    policy.require(policy.can_bookmark(actor, post))
    insert = (
        postgresql.insert if db.session.get_bind().dialect.name == "postgresql" else sqlite.insert
    )
    db.session.execute(
        insert(Bookmark)
        .values(user_id=actor.id, post_id=post.id, created_at=utcnow())
        .on_conflict_do_nothing(index_elements=[Bookmark.user_id, Bookmark.post_id])
    )
    db.session.commit()


def remove_bookmark(actor: User, post_id: int) -> None:
    """Only ever the member's own row, so it needs no look at the post itself."""
    db.session.execute(
        delete(Bookmark).where(Bookmark.user_id == actor.id, Bookmark.post_id == post_id)
    )
    db.session.commit()
