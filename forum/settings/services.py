"""Site settings: typed, with defaults, read in one query.

A setting nobody has changed has no row and reads as its default; an admin's
change is one row per key (who changed it, and when). Admins change them through
moderation/site_admin.py, which checks the policy and writes the audit entry.

Why these defaults:
- 3 posts held: a moderator reads enough of a new member's writing to see they
  understand the confidentiality rules, without turning every newcomer's first
  week into a wait. Approval already screened the person; this screens the habit.
- 3 posts an hour, 10 a day: more than a person settling in writes (a question,
  a couple of replies), and few enough that a compromised or careless new account
  cannot flood the review queue before a moderator notices.

A site can start with a different number of held posts through the app config
key NEW_MEMBER_HELD_POSTS_DEFAULT (the test suite sets it to 0 so factory-made
members post straight away); a stored row always wins over it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from flask import current_app
from sqlalchemy import select

from forum.accounts.models import User
from forum.extensions import db, utcnow
from forum.settings.models import SiteSetting

NEW_MEMBER_HELD_POSTS = 3
NEW_MEMBER_POSTS_PER_HOUR = 3
NEW_MEMBER_POSTS_PER_DAY = 10
# Long enough to answer an appeal or a repeat application; short enough not to hoard.
KEEP_REJECTED_APPLICATIONS_DAYS = 180
KEEP_CLOSED_REPORTS_DAYS = 365


@dataclass(frozen=True)
class Settings:
    """Every setting an admin can change, as the site reads it now."""

    new_member_held_posts: int = NEW_MEMBER_HELD_POSTS
    new_member_posts_per_hour: int = NEW_MEMBER_POSTS_PER_HOUR
    new_member_posts_per_day: int = NEW_MEMBER_POSTS_PER_DAY
    keep_rejected_applications_days: int = KEEP_REJECTED_APPLICATIONS_DAYS
    keep_closed_reports_days: int = KEEP_CLOSED_REPORTS_DAYS


LABELS = {
    "new_member_held_posts": "Posts held for review from a new member",
    "new_member_posts_per_hour": "Posts per hour for a new member",
    "new_member_posts_per_day": "Posts per day for a new member",
    "keep_rejected_applications_days": "Keep rejected applications for (days)",
    "keep_closed_reports_days": "Keep closed reports for (days)",
}

KEYS = tuple(f.name for f in fields(Settings))


def defaults() -> Settings:
    """The product defaults, with the held-post count the app config may set."""
    held = current_app.config.get("NEW_MEMBER_HELD_POSTS_DEFAULT")
    if isinstance(held, int) and not isinstance(held, bool) and held >= 0:
        return Settings(new_member_held_posts=held)
    return Settings()


def _as_count(value: object) -> int | None:
    """A stored value is used only if it is a whole number (JSON may hold anything)."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    return None


def get_settings() -> Settings:
    """The settings as stored, each missing or unreadable one at its default. One query."""
    stored = {
        key: _as_count(value)
        for key, value in db.session.execute(
            select(SiteSetting.key, SiteSetting.value).where(SiteSetting.key.in_(KEYS))
        )
    }
    base = defaults()
    return Settings(
        **{
            key: value if (value := stored.get(key)) is not None else getattr(base, key)
            for key in KEYS
        }
    )


def write_settings(actor: User, new: Settings) -> list[tuple[str, int, int]]:
    """Store what differs from the settings now in force (no commit, no policy).

    Returns (key, old value, new value) for each change, for the caller's audit entry.
    """
    current = asdict(get_settings())
    wanted = asdict(new)
    rows = {
        row.key: row
        for row in db.session.scalars(select(SiteSetting).where(SiteSetting.key.in_(KEYS)))
    }
    changes = []
    for key in KEYS:
        if wanted[key] == current[key]:
            continue
        changes.append((key, current[key], wanted[key]))
        row = rows.get(key)
        if row is None:
            db.session.add(SiteSetting(key=key, value=wanted[key], updated_by_id=actor.id))
        else:
            row.value = wanted[key]
            row.updated_by_id = actor.id
            row.updated_at = utcnow()
    return changes
