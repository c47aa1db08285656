"""Writing and reading notifications; a member's notification settings.

`notify` and `notify_many` never commit: the notice, and its email in the
outbox, join the caller's change, so they exist exactly when it happened. A
conversation kind follows the member's choice ("Off": nothing; "In app": a
notification; "Email": a notification and an email carrying a one-click
unsubscribe). An account kind is always written and never emailed from here
(its caller sends its own mail, which has no unsubscribe).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from flask import current_app
from sqlalchemy import delete, func, select, update

from forum.accounts.models import User
from forum.extensions import db, utcnow
from forum.mail import services as mail
from forum.notifications import kinds, unsubscribe
from forum.notifications.kinds import Kind
from forum.notifications.models import (
    Channel,
    DigestFrequency,
    DigestSetting,
    Notification,
    NotificationPreference,
)
from forum.notifications.upsert import upsert
from forum.urls import absolute_url

PAGE_SIZE = 50


@dataclass(frozen=True)
class Notice:
    """One thing to tell one member: `template` (templates/mail/) is used if they chose email."""

    user_id: int
    kind: str
    text: str
    link: str
    template: str = "notification"
    context: Mapping[str, Any] = field(default_factory=dict)


def notify(
    user_id: int, kind: str, text: str, link: str, *, template: str = "notification", **context: Any
) -> Notification | None:
    """Tell one member (no commit); None when they turned this kind off."""
    written = notify_many([Notice(user_id, kind, text, link, template, context)])
    return written[0] if written else None


def notify_many(notices: Sequence[Notice]) -> list[Notification]:
    """Tell many members at once: one query for their choices, one for those emailed."""
    chosen = channels_for((n.user_id, n.kind) for n in notices)
    written: list[Notification] = []
    emailing: list[Notice] = []
    for notice in notices:
        channel = chosen.get((notice.user_id, notice.kind), Channel.in_app)
        if channel is Channel.off:
            continue
        note = Notification(
            user_id=notice.user_id, kind=notice.kind, text=notice.text[:300], link=notice.link[:300]
        )
        written.append(note)
        if channel is Channel.email:
            emailing.append(notice)
    db.session.add_all(written)
    if emailing:
        _email(emailing)
    return written


def channels_for(pairs: Iterable[tuple[int, str]]) -> dict[tuple[int, str], Channel]:
    """The channel of each (member, conversation kind); account kinds are left out (in app)."""
    wanted = {(uid, name) for uid, name in pairs if kinds.is_member_choice(name)}
    if not wanted:
        return {}
    chosen = {pair: kinds.kind_named(pair[1]).default for pair in wanted}
    rows = db.session.execute(
        select(
            NotificationPreference.user_id,
            NotificationPreference.kind,
            NotificationPreference.channel,
        ).where(
            NotificationPreference.user_id.in_({uid for uid, _ in wanted}),
            NotificationPreference.kind.in_({name for _, name in wanted}),
        )
    )
    for user_id, name, channel in rows:
        if (user_id, name) in wanted:
            chosen[(user_id, name)] = channel
    return chosen


def _email(notices: list[Notice]) -> None:
    """Queue each email with its unsubscribe link; members not in good standing get none."""
    users = {
        user.id: user
        for user in db.session.scalars(
            select(User).where(User.id.in_({n.user_id for n in notices}))
        )
    }
    settings = absolute_url("accounts.settings") + "#notifications"
    for notice in notices:
        user = users.get(notice.user_id)
        if user is None or not user.is_active_member:
            continue
        off = unsubscribe.link(user.id, notice.kind)
        mail.queue_unsubscribable(
            user.email,
            notice.template,
            off,
            **{
                **notice.context,
                "user": user,
                "text": notice.text,
                "link": absolute_link(notice.link),
                "kind_label": kinds.kind_named(notice.kind).label,
                "settings_url": settings,
            },
        )


def absolute_link(path: str) -> str:
    """A notification's site path as a link to click from an inbox."""
    return str(current_app.config["BASE_URL"]).rstrip("/") + path


# Reading


def unread_count(user: User) -> int:
    return (
        db.session.scalar(
            select(func.count())
            .select_from(Notification)
            .where(Notification.user_id == user.id, Notification.read_at.is_(None))
        )
        or 0
    )


@dataclass(frozen=True)
class NotificationPage:
    notes: list[Notification]
    older: int | None  # the `before` of the next page, if there is one


def page(user: User, before: int | None = None) -> NotificationPage:
    """Newest first, by keys: every page costs one query, however many there are."""
    query = select(Notification).where(Notification.user_id == user.id)
    if before is not None:
        query = query.where(Notification.id < before)
    notes = list(db.session.scalars(query.order_by(Notification.id.desc()).limit(PAGE_SIZE + 1)))
    older = notes[PAGE_SIZE - 1].id if len(notes) > PAGE_SIZE else None
    return NotificationPage(notes[:PAGE_SIZE], older)


def mark_all_read(user: User) -> int:
    result = db.session.execute(
        update(Notification)
        .where(Notification.user_id == user.id, Notification.read_at.is_(None))
        .values(read_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    return int(result.rowcount)  # type: ignore[attr-defined]


# Settings


@dataclass(frozen=True)
class Settings:
    channels: dict[str, Channel]  # every conversation kind, defaults filled in
    digest: DigestFrequency


def settings_for(user: User) -> Settings:
    chosen = channels_for((user.id, kind.name) for kind in kinds.CHOICES)
    digest = db.session.scalar(
        select(DigestSetting.frequency).where(DigestSetting.user_id == user.id)
    )
    return Settings(
        {name: channel for (_, name), channel in chosen.items()}, digest or DigestFrequency.off
    )


def save_settings(user: User, channels: Mapping[str, Channel], digest: DigestFrequency) -> None:
    """Store what differs from the defaults (so a better default reaches everyone else)."""
    for kind in kinds.CHOICES:
        channel = channels.get(kind.name, kind.default)
        _set_channel(user.id, kind, channel)
    set_digest(user.id, digest)
    db.session.commit()


def _set_channel(user_id: int, kind: Kind, channel: Channel) -> None:
    if channel is kind.default:
        db.session.execute(
            delete(NotificationPreference).where(
                NotificationPreference.user_id == user_id, NotificationPreference.kind == kind.name
            )
        )
    else:
        upsert(
            NotificationPreference, {"user_id": user_id, "kind": kind.name}, {"channel": channel}
        )


def set_digest(user_id: int, frequency: DigestFrequency) -> None:
    """Choose a frequency (no commit). Switching it on starts from the last period only."""
    current = db.session.scalar(
        select(DigestSetting.frequency).where(DigestSetting.user_id == user_id)
    )
    if current == frequency:
        return
    values: dict[str, Any] = {"frequency": frequency}
    if current in (None, DigestFrequency.off):
        values["last_sent_at"] = None
    upsert(DigestSetting, {"user_id": user_id}, values)


def stop_email(user_id: int, kind: str) -> bool:
    """One-click unsubscribe: the kind stays in app; the digest stops. Commits.

    False when there was nothing to stop, so repeating the click changes nothing.
    """
    stopped = _stop_email(user_id, kind)
    db.session.commit()
    return stopped


def _stop_email(user_id: int, kind: str) -> bool:
    if db.session.get(User, user_id) is None:
        return False
    if kind == kinds.DIGEST:
        current = db.session.scalar(
            select(DigestSetting.frequency).where(DigestSetting.user_id == user_id)
        )
        if current in (None, DigestFrequency.off):
            return False
        set_digest(user_id, DigestFrequency.off)
        return True
    if channels_for([(user_id, kind)]).get((user_id, kind)) is not Channel.email:
        return False
    _set_channel(user_id, kinds.kind_named(kind), Channel.in_app)
    return True
