"""Before a post is saved: the watched words and the new-member period.

The guard (screening.py) asks whether text identifies someone; this asks what
the admins decided about it. A watched word set to "Block" refuses the post with
the admin's message; one set to "Hold for review" holds it. A new member, one
with fewer published posts than the setting says, has each new post held, and
may post only so often. Moderators and admins have no new-member period.
Refusals are DomainErrors on "body", so the composer shows them with everything
the author typed kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from flask_babel import gettext as _
from flask_babel import ngettext
from sqlalchemy import case, func, select

from forum.accounts.models import User
from forum.errors import DomainError
from forum.extensions import db, utcnow
from forum.review import services as review
from forum.review import watched
from forum.review.models import ReviewItem, ReviewSource, StoredFinding, WatchedAction
from forum.settings.services import Settings, get_settings
from forum.threads.models import Post, PostState


@dataclass(frozen=True)
class Vetting:
    """What the watched words and the new-member period say about one piece of writing."""

    watched: list[StoredFinding] = field(default_factory=list)
    new_member: bool = False

    @property
    def must_hold(self) -> bool:
        return bool(self.watched) or self.new_member


@dataclass(frozen=True)
class PostingRecord:
    """A member's posts, counted once: published ones, and any in the last hour and day."""

    published: int
    last_hour: int
    last_day: int


def posting_record(member: User) -> PostingRecord:
    """One query over the member's posts."""
    now = utcnow()
    published = (Post.state == PostState.published) & Post.deleted_at.is_(None)
    row = db.session.execute(
        select(
            func.count(case((published, 1))),
            func.count(case((Post.created_at >= now - timedelta(hours=1), 1))),
            func.count(case((Post.created_at >= now - timedelta(days=1), 1))),
        ).where(Post.author_id == member.id)
    ).one()
    return PostingRecord(int(row[0]), int(row[1]), int(row[2]))


def is_new_member(member: User, settings: Settings, record: PostingRecord) -> bool:
    """In the new-member period: fewer published posts than the setting. It ends by itself."""
    if member.is_moderator:
        return False
    return record.published < settings.new_member_held_posts


def check_new_member(member: User) -> bool:
    """Whether this member's new post is held; DomainError when they are over the limits."""
    if member.is_moderator:
        return False
    settings = get_settings()
    if settings.new_member_held_posts <= 0:
        return False
    record = posting_record(member)
    if not is_new_member(member, settings, record):
        return False
    if record.last_hour >= settings.new_member_posts_per_hour:
        raise DomainError(
            "body",
            ngettext(
                "New members can post once an hour; try again in a little while.",
                "New members can post %(num)d times an hour; try again in a little while.",
                settings.new_member_posts_per_hour,
            ),
        )
    if record.last_day >= settings.new_member_posts_per_day:
        raise DomainError(
            "body",
            ngettext(
                "New members can post once a day; try again tomorrow.",
                "New members can post %(num)d times a day; try again tomorrow.",
                settings.new_member_posts_per_day,
            ),
        )
    return True


def check_watched(**texts: str) -> list[StoredFinding]:
    """The watched words that hold these texts; DomainError with the admin's message for a block."""
    matches = watched.match_watched(texts)
    for match in matches:
        if match.action is WatchedAction.block:
            raise DomainError("body", match.word.message or _("This can't be posted as it is."))
    return [match.finding() for match in matches]


def vet(author: User, *, new_post: bool = True, **texts: str) -> Vetting:
    """Check a new post (or, with new_post=False, an edit) before anything is saved.

    Raises DomainError when a watched word blocks it or a new member is over
    their posting limits. Three queries at most: settings, the member's posts,
    the watched words.
    """
    new_member = check_new_member(author) if new_post else False
    return Vetting(watched=check_watched(**texts), new_member=new_member)


def hold(
    post: Post,
    vetting: Vetting,
    guard_findings: list[StoredFinding] | None,
    justification: str | None,
) -> ReviewItem:
    """Hold the post for whichever reason applies, with every finding to show (no commit).

    The author's own "send for review" (the guard) comes first, then watched
    words, then the new-member period.
    """
    if guard_findings is not None:
        source = ReviewSource.guard
    elif vetting.watched:
        source = ReviewSource.watched_word
    else:
        source = ReviewSource.new_member
    return review.hold_post(
        post,
        [*(guard_findings or []), *vetting.watched],
        justification=justification or "",
        source=source,
    )
