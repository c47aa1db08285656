"""Topics, their posts, kept revisions and each member's read position."""

from __future__ import annotations

import enum
from datetime import datetime

from flask_babel import gettext as _
from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum.accounts.models import User
from forum.extensions import Base, UTCDateTime, enum_type, utcnow
from forum.spaces.models import Space


class PostState(enum.StrEnum):
    """Whether other members can read a post."""

    published = "published"
    held = "held"  # waiting for a moderator
    rejected = "rejected"


class ContentNote(enum.StrEnum):
    """A warning an author puts on a distressing topic; members may have these collapsed."""

    abuse = "abuse"
    self_harm = "self_harm"
    bereavement = "bereavement"

    @property
    def label(self) -> str:
        labels: dict[str, str] = {
            "abuse": _("Abuse"),
            "self_harm": _("Self-harm"),
            "bereavement": _("Bereavement"),
        }
        return labels[self.value]


class Topic(Base):
    """A titled conversation in a space; its first post is number 1."""

    __tablename__ = "topics"
    __table_args__ = (
        # The space page: pinned first, then most recently active, keyset by id.
        Index("ix_topics_space_listing", "space_id", "is_pinned", "last_post_at", "id"),
        # The home page's topic count and latest activity per space, from the index alone.
        Index(
            "ix_topics_space_counts", "space_id", "state", "deleted_at", "hidden_at", "last_post_at"
        ),
        # The home page's "Latest" across spaces, keyset by (last activity, id).
        Index("ix_topics_latest", "last_post_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    space_id: Mapped[int] = mapped_column(ForeignKey("spaces.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    title: Mapped[str] = mapped_column(String(150))
    is_pinned: Mapped[bool] = mapped_column(default=False)
    is_locked: Mapped[bool] = mapped_column(default=False)
    is_anonymous: Mapped[bool] = mapped_column(default=False)
    # Follows the first post: a topic whose opening post is held is hidden too.
    state: Mapped[PostState] = mapped_column(enum_type(PostState), default=PostState.published)
    # Highest post number handed out; posts are numbered 1, 2, 3… within a topic.
    post_count: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_post_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Hidden by a moderator or a confidentiality-breach report: author and moderators only.
    hidden_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    content_note: Mapped[ContentNote | None] = mapped_column(enum_type(ContentNote))
    # A topic merged into another keeps its id so old links lead to the new place.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("topics.id"))
    # A published summary exists (post number 0): lists label the topic without a join.
    has_summary: Mapped[bool] = mapped_column(default=False, server_default=false())

    space: Mapped[Space] = relationship()
    author: Mapped[User] = relationship()

    @property
    def reply_count(self) -> int:
        return max(self.post_count - 1, 0)


SUMMARY_NUMBER = 0


class Post(Base):
    """One message in a topic: the markdown source and its sanitised HTML.

    The topic's summary is a post too, numbered 0, so it is guarded, held,
    revised, searched, exported and erased exactly like every other post;
    pages of replies start at number 1 and never show it among them.
    """

    __tablename__ = "posts"
    __table_args__ = (
        UniqueConstraint("topic_id", "number", name="uq_posts_topic_number"),
        # A profile's activity list: a member's posts, newest first, keyset by id.
        Index("ix_posts_author_recent", "author_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    number: Mapped[int]
    body_source: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)  # sanitised once, at write time
    state: Mapped[PostState] = mapped_column(enum_type(PostState), default=PostState.published)
    is_anonymous: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Hidden by a moderator or a confidentiality-breach report: author and moderators only.
    hidden_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Hidden at once by a confidentiality-breach report, until a moderator decides.
    hidden_for_review: Mapped[bool] = mapped_column(default=False, server_default=false())
    # Marked helpful by the topic's author; listed under the summary.
    helpful_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    topic: Mapped[Topic] = relationship()
    author: Mapped[User] = relationship()

    @property
    def is_summary(self) -> bool:
        return self.number == SUMMARY_NUMBER

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


ANONYMOUS = "Anonymous member"


def public_name(written: Topic | Post) -> str:
    """Who wrote it, as other members (and moderators, until a reveal) may see it."""
    if written.is_anonymous:
        return ANONYMOUS
    return written.author.display_name


class PostRevision(Base):
    """A post as it was before an edit; moderators can read the history."""

    __tablename__ = "post_revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"), index=True)
    editor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    title: Mapped[str | None] = mapped_column(String(150))
    body_source: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    editor: Mapped[User] = relationship()


class TopicRead(Base):
    """How far a member has read a topic, for "new since your last visit"."""

    __tablename__ = "topic_reads"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id"), primary_key=True, index=True)
    last_read_number: Mapped[int] = mapped_column(default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
