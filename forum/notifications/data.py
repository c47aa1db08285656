"""A member's notification settings and watches: in their export, gone on erasure."""

from __future__ import annotations

from flask_babel import gettext as _
from sqlalchemy import delete

from forum.accounts.models import User
from forum.extensions import db
from forum.notifications import kinds, services
from forum.notifications.forms import CHANNEL_LABELS, DIGEST_LABELS
from forum.notifications.models import DigestFrequency, DigestSetting, NotificationPreference
from forum.privacy.export import Part
from forum.watching import services as watching


def export_part(member: User) -> Part:
    """What they chose: a channel per kind, the digest, and what they watch or muted."""
    channels = services.channels_for((member.id, kind.name) for kind in kinds.CHOICES)
    digest = db.session.get(DigestSetting, member.id)
    topics, spaces = watching.watches_of(member)
    return Part(
        "notification_settings",
        _("Your notification settings and what you watch"),
        {
            "notifications": {
                _(kind.label): _(CHANNEL_LABELS[channels[(member.id, kind.name)]])
                for kind in kinds.CHOICES
            },
            "email_digest": _(DIGEST_LABELS[digest.frequency if digest else DigestFrequency.off]),
            "last_digest_covered_until": digest.last_sent_at if digest else None,
            "topics": [
                {"topic": topic.title, "id": topic.id, "choice": level.value}
                for topic, level in topics
            ],
            "spaces": [{"space": space.name, "choice": level.value} for space, level in spaces],
        },
        note=_("Notices about your account, your posts and your reports are always on."),
    )


def forget(member: User) -> None:
    """On erasure: choices that only ever mattered to the member (no commit)."""
    db.session.execute(
        delete(NotificationPreference).where(NotificationPreference.user_id == member.id)
    )
    db.session.execute(delete(DigestSetting).where(DigestSetting.user_id == member.id))
    watching.forget(member)
