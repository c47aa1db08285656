"""Bookmarks in "Download my data", and gone on erasure: they matter only to their member."""

from __future__ import annotations

from flask_babel import gettext as _
from sqlalchemy import delete, select
from sqlalchemy.orm import contains_eager

from forum import policy
from forum.accounts.models import User
from forum.bookmarks.models import Bookmark
from forum.extensions import db
from forum.privacy import export
from forum.threads.models import Post, Topic
from forum.urls import path_for


def export_part(member: User) -> export.Part:
    """The posts they kept and when, among those they may still read. One query."""
    rows = db.session.execute(
        select(Bookmark.created_at, Post)
        .join(Post, Post.id == Bookmark.post_id)
        .join(Post.topic)
        .join(Topic.space)
        .options(contains_eager(Post.topic).contains_eager(Topic.space))
        .where(Bookmark.user_id == member.id)
        .order_by(Bookmark.created_at.desc(), Bookmark.post_id.desc())
    ).all()
    return export.Part(
        "bookmarks",
        _("Your bookmarks"),
        [
            {
                "topic": post.topic.title,
                "link": path_for("threads.permalink", post_id=post.id),
                "bookmarked_at": at,
            }
            for at, post in rows
            if policy.can_bookmark(member, post)
        ],
        _("Posts you bookmarked that you can still read, newest first."),
    )


def forget(member: User) -> None:
    """Erasure (no commit)."""
    db.session.execute(delete(Bookmark).where(Bookmark.user_id == member.id))
