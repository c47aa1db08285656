"""Changing the site settings: admins only, every change in the audit log."""

from __future__ import annotations

from flask_babel import gettext as _

from forum import policy
from forum.accounts.models import User
from forum.errors import DomainError
from forum.extensions import db
from forum.settings import services as site_settings
from forum.settings.services import LABELS, Settings
from moderation.models import AuditEntry

SITE_TARGET_ID = 0  # settings belong to the site, not to one row


def current_settings(admin: User) -> Settings:
    policy.require(policy.can_manage_site(admin))
    return site_settings.get_settings()


def change_settings(
    admin: User,
    *,
    new_member_held_posts: int,
    new_member_posts_per_hour: int,
    new_member_posts_per_day: int,
    keep_rejected_applications_days: int | None = None,
    keep_closed_reports_days: int | None = None,
) -> list[tuple[str, int, int]]:
    """Store the new values; one audit entry says what changed from what. Commits once.

    A retention period left out (None) keeps its current value.
    """
    policy.require(policy.can_manage_site(admin))
    current = site_settings.get_settings()
    for key, days in (
        ("keep_rejected_applications_days", keep_rejected_applications_days),
        ("keep_closed_reports_days", keep_closed_reports_days),
    ):
        if days is not None and days < 1:
            raise DomainError(key, _("Keep them for at least one day."))
    if new_member_held_posts < 0:
        raise DomainError("new_member_held_posts", _("Give a number from 0 upwards."))
    if new_member_posts_per_hour < 1:
        raise DomainError("new_member_posts_per_hour", _("Allow at least one post an hour."))
    if new_member_posts_per_day < new_member_posts_per_hour:
        raise DomainError(
            "new_member_posts_per_day", _("Allow at least as many posts a day as an hour.")
        )
    changes = site_settings.write_settings(
        admin,
        Settings(
            new_member_held_posts=new_member_held_posts,
            new_member_posts_per_hour=new_member_posts_per_hour,
            new_member_posts_per_day=new_member_posts_per_day,
            keep_rejected_applications_days=keep_rejected_applications_days
            or current.keep_rejected_applications_days,
            keep_closed_reports_days=keep_closed_reports_days or current.keep_closed_reports_days,
        ),
    )
    if changes:
        db.session.add(
            AuditEntry(
                actor_id=admin.id,
                action="settings.change",
                target_type="settings",
                target_id=SITE_TARGET_ID,
                reason="; ".join(f"{LABELS[key]}: {old} → {new}" for key, old, new in changes),
            )
        )
    db.session.commit()
    return changes
