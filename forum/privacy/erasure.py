"""Erasing an account ("Delete my account"), and the same erasure for retention.

A tombstone row stays ("Former member", an address that can never receive mail,
a password nothing matches) so that posts, reports, sanctions and the audit log
keep pointing at something; the audit log itself is never edited. Everything
personal goes: profile and picture, application, two-factor secrets, messages'
text, connections, blocks, notifications and mail to them. Their posts and topic
titles stay for the threads they belong to, with whatever the confidentiality
guard flags in them (and their own name and address) replaced by "[removed]";
earlier revisions of those posts are deleted, since they hold the same text.
Other members' notifications and queued mail that quote the removed words are
cleaned the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from flask_babel import gettext as _
from sqlalchemy import ColumnElement, SQLColumnExpression, delete, func, or_, select, update

from forum import markup
from forum.accounts import passwords
from forum.accounts.models import AccountStatus, Application, RecoveryCode, User
from forum.bookmarks import data_rights as bookmarks
from forum.checkins import data_rights as checkins
from forum.checkins import managers as checkin_managers
from forum.drafts import data_rights as drafts
from forum.errors import DomainError, NotAllowed
from forum.events import services as events
from forum.extensions import db, utcnow
from forum.i18n import N_
from forum.mail.models import OutboxMessage
from forum.mentions import services as mentions
from forum.messages.models import ConversationMember, Message
from forum.notifications import data as notification_settings
from forum.notifications.models import Notification
from forum.people import avatars
from forum.people.models import Block, Connection, ConnectionState, WhoCanFind
from forum.review.models import ReviewItem
from forum.review.screening import screen
from forum.search import services as search
from forum.threads.models import Post, PostRevision, Topic, TopicRead

FORMER_MEMBER = "Former member"
REMOVED = "[removed]"
WRONG_PASSWORD = N_("That is not your password. Nothing has been deleted.")
# Argon2 hashes start with "$argon2": this value can never verify against any password.
UNUSABLE_PASSWORD = "!erased"  # noqa: S105
TITLE_LENGTH = 150
NEEDLE_BATCH = 100  # words per query when cleaning other members' notifications and mail
MIN_NEEDLE = 3  # shorter flagged words are too common to chase through others' text


def erased_email(user_id: int) -> str:
    """Unique (the column is) and never deliverable: .invalid is reserved (RFC 2606)."""
    return f"erased-{user_id}@invalid"


def erase_account(member: User, password: str) -> None:
    """The member's own request: checked against their password, then done in one commit."""
    if member.status is AccountStatus.erased:
        raise NotAllowed()
    if not passwords.check_password(member.password_hash, password):
        raise DomainError("password", _(WRONG_PASSWORD))
    picture = erase_member(member)
    db.session.commit()
    delete_picture(picture)


def delete_picture(name: str | None) -> None:
    """After the commit: a picture removed before a failed commit could not come back."""
    avatars.discard(name)


class _Redactor:
    """Replaces the guard's findings and the member's own name and address in a text."""

    def __init__(self, own_words: Iterable[str]) -> None:
        words = {w.strip() for w in own_words if len(w.strip()) >= 2}
        self._own = [re.compile(rf"(?<!\w){re.escape(w)}(?!\w)", re.I) for w in words]
        self.removed: set[str] = set()  # every flagged piece, to chase through others' text

    def __call__(self, text: str) -> str:
        if not text:
            return text
        spans = [(f.start, f.end) for f in screen(None, text=text).findings]
        spans += [m.span() for pattern in self._own for m in pattern.finditer(text)]
        if not spans:
            return text
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        pieces, last = [], 0
        for start, end in merged:
            self.removed.add(text[start:end])
            pieces += [text[last:start], REMOVED]
            last = end
        pieces.append(text[last:])
        return "".join(pieces)


def _blank_profile(member: User) -> str | None:
    profile = member.profile
    picture = profile.avatar_name
    profile.role_line = profile.organisation = profile.region = profile.country = ""
    profile.interests = profile.about_source = profile.about_html = ""
    profile.avatar_name = None
    profile.who_can_find = WhoCanFind.nobody
    profile.worked_with_may_find = False
    profile.listed_in_directory = False
    profile.show_member_type = False
    return picture


def _blank_application(member: User) -> None:
    application = db.session.scalar(select(Application).where(Application.user_id == member.id))
    if application is None:
        return
    application.organisation = application.job_title = ""
    application.region = application.country = ""
    application.registration_number = application.invite_code = ""
    application.reason = application.info_request = application.info_response = ""


def _blank_account(member: User) -> None:
    member.display_name = FORMER_MEMBER
    member.email = erased_email(member.id)
    member.password_hash = UNUSABLE_PASSWORD
    member.totp_secret = None
    member.totp_confirmed_at = None
    member.totp_last_step = None
    member.unseen_warnings = 0
    member.collapse_content_notes = False
    member.status = AccountStatus.erased
    member.end_all_sessions()


def _clean_writing(member: User, redact: _Redactor) -> None:
    """Topic titles and posts stay for their threads, without what identifies anyone."""
    for topic in db.session.scalars(select(Topic).where(Topic.author_id == member.id)):
        topic.title = redact(topic.title)[:TITLE_LENGTH]
    mine = select(Post.id).where(Post.author_id == member.id)
    for post in db.session.scalars(select(Post).where(Post.author_id == member.id)):
        source = redact(post.body_source)
        if source != post.body_source:
            post.body_source = source
            post.body_html = markup.render(source)
    # The index follows: every post of theirs, and the opening posts carrying their titles.
    search.index_posts(
        or_(
            Post.author_id == member.id,
            Post.topic_id.in_(select(Topic.id).where(Topic.author_id == member.id))
            & (Post.number == 1),
        )
    )
    # Earlier versions hold the same words: they go. Queue items lose the author's
    # reason and the findings' positions, which no longer match the cleaned text.
    db.session.execute(delete(PostRevision).where(PostRevision.post_id.in_(mine)))
    db.session.execute(
        update(ReviewItem)
        .where(ReviewItem.post_id.in_(mine))
        .values(justification="", findings_json="[]")
        .execution_options(synchronize_session=False)
    )


def _end_private_things(member: User, now: datetime) -> None:
    ours = or_(Connection.requester_id == member.id, Connection.recipient_id == member.id)
    db.session.execute(
        update(Connection)
        .where(ours, Connection.state.in_([ConnectionState.pending, ConnectionState.accepted]))
        .values(state=ConnectionState.ended, ended_at=now)
        .execution_options(synchronize_session=False)
    )
    db.session.execute(
        update(Connection)
        .where(ours)
        .values(message="", how_we_know="")
        .execution_options(synchronize_session=False)
    )
    db.session.execute(
        update(Message)
        .where(Message.author_id == member.id)
        .values(
            body_source="",
            body_html="",
            justification="",
            erased_at=func.coalesce(Message.erased_at, now),
        )
        .execution_options(synchronize_session=False)
    )
    db.session.execute(
        update(ConversationMember)
        .where(ConversationMember.user_id == member.id, ConversationMember.left_at.is_(None))
        .values(left_at=now)
        .execution_options(synchronize_session=False)
    )
    db.session.execute(
        delete(Block).where(or_(Block.blocker_id == member.id, Block.blocked_id == member.id))
    )
    for table, column in (
        (Notification, Notification.user_id),
        (RecoveryCode, RecoveryCode.user_id),
        (TopicRead, TopicRead.user_id),
    ):
        db.session.execute(delete(table).where(column == member.id))
    db.session.execute(
        delete(OutboxMessage).where(func.lower(OutboxMessage.to_address) == member.email.lower())
    )


def _mentioning(column: SQLColumnExpression[str], needles: list[str]) -> ColumnElement[bool]:
    return or_(*[func.lower(column).contains(n.lower(), autoescape=True) for n in needles])


def _clean_others_text(name: str, removed: set[str]) -> None:
    """Other members' notifications and waiting mail that quote the member's words.

    The name becomes "Former member" (first, so a line still reads), then each
    flagged piece, longest first, becomes "[removed]".
    """
    replacements = [(name, FORMER_MEMBER)] if len(name) >= MIN_NEEDLE else []
    replacements += [
        (w, REMOVED)
        for w in sorted(removed, key=len, reverse=True)
        if len(w) >= MIN_NEEDLE and w.lower() != name.lower()
    ]
    if not replacements:
        return
    patterns = [(re.compile(rf"(?<!\w){re.escape(w)}(?!\w)", re.I), by) for w, by in replacements]

    def clean(text: str) -> str:
        for pattern, by in patterns:
            text = pattern.sub(by, text)
        return text

    needles = [w for w, _ in replacements]
    for i in range(0, len(needles), NEEDLE_BATCH):
        batch = needles[i : i + NEEDLE_BATCH]
        for note in db.session.scalars(
            select(Notification).where(_mentioning(Notification.text, batch))
        ):
            note.text = clean(note.text)[:300]
        for mail in db.session.scalars(
            select(OutboxMessage).where(
                _mentioning(OutboxMessage.subject, batch)
                | _mentioning(OutboxMessage.body_text, batch)
            )
        ):
            mail.subject = clean(mail.subject)[:200]
            mail.body_text = clean(mail.body_text)


def erase_member(member: User, now: datetime | None = None) -> str | None:
    """Everything personal goes, the tombstone stays (no commit, no password check).

    Returns the picture's file name, to delete once the change is committed.
    """
    now = now or utcnow()
    name, email = member.display_name, member.email
    redact = _Redactor([name, email])
    _clean_writing(member, redact)
    mentions.forget(member, FORMER_MEMBER)  # others' posts say "@Former member"
    _end_private_things(member, now)  # before the address changes: mail to it goes too
    bookmarks.forget(member)
    checkins.forget(member, now)  # they end; notes, comments and own titles go
    checkin_managers.forget(member)  # nobody's manager; nobody manages them
    drafts.forget(member)
    events.forget_member(member)  # their "Going" / "Not going" answers
    notification_settings.forget(member)  # their channels, digest and watches
    picture = _blank_profile(member)
    _blank_application(member)
    _blank_account(member)
    db.session.flush()
    _clean_others_text(name, redact.removed | {email})
    return picture
