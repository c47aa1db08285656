"""Template filters and helpers: display rules live here, not in templates."""

from __future__ import annotations

from datetime import datetime

from flask import Flask

from forum.extensions import utcnow


def when(value: datetime | None) -> str:
    """A short, human time: "just now", "5 minutes ago", "3 Mar 2026"."""
    if value is None:
        return ""
    seconds = (utcnow() - value).total_seconds()
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        minutes = int(seconds // 60)
        return f"{minutes} minute{'s' if minutes != 1 else ''} ago"
    if seconds < 86400:
        hours = int(seconds // 3600)
        return f"{hours} hour{'s' if hours != 1 else ''} ago"
    if seconds < 7 * 86400:
        days = int(seconds // 86400)
        return f"{days} day{'s' if days != 1 else ''} ago"
    return f"{value.day} {value:%b %Y}"


def iso(value: datetime | None) -> str:
    return value.isoformat(timespec="seconds") if value else ""


def author_name(post_or_topic: object) -> str:
    """Who wrote it, as other members may see it."""
    if getattr(post_or_topic, "is_anonymous", False):
        return "Anonymous member"
    author = getattr(post_or_topic, "author", None)
    return author.display_name if author is not None else "Former member"


def register(app: Flask) -> None:
    app.jinja_env.filters["when"] = when
    app.jinja_env.filters["iso"] = iso
    app.jinja_env.globals["author_name"] = author_name
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
