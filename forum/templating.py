"""Template filters and helpers: display rules live here, not in templates."""

from __future__ import annotations

from datetime import UTC, datetime

from flask import Flask
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user

from forum import time_zones
from forum.extensions import utcnow
from forum.html import Html, html
from forum.notifications.services import unread_count
from forum.people import links
from forum.threads.models import public_name
from forum.urls import url_for_each


def when(value: datetime | None) -> str:
    """A short, human time: "just now", "5 minutes ago", "3 Mar 2026".

    An older time is a date, and the date is the reader's: 23:30 UTC on the 3rd
    is already the 4th in Sydney.
    """
    if value is None:
        return ""
    seconds = (utcnow() - value).total_seconds()
    if seconds < 60:
        return str(_("just now"))
    if seconds < 3600:
        return str(ngettext("%(num)d minute ago", "%(num)d minutes ago", int(seconds // 60)))
    if seconds < 86400:
        return str(ngettext("%(num)d hour ago", "%(num)d hours ago", int(seconds // 3600)))
    if seconds < 7 * 86400:
        return str(ngettext("%(num)d day ago", "%(num)d days ago", int(seconds // 86400)))
    local = time_zones.local(value, time_zones.zone_of(current_user))
    return f"{local.day} {local:%b %Y}"


def iso(value: datetime | None) -> str:
    return value.isoformat(timespec="seconds") if value else ""


def exact_time(value: datetime | None) -> str:
    """The full time in the reader's zone: "Fri 4 Dec 2026, 21:15 GMT"."""
    return time_zones.exact(value, time_zones.zone_of(current_user)) if value else ""


def time_tag(value: datetime | str | None, before: str = "") -> Html:
    """A relative time ("5 minutes ago") with the exact time, in the reader's zone, on hover.

    `before` goes inside the element ("Reported 5 minutes ago"), so the words read
    as one. Takes the ISO text that report copies keep as well as a datetime.
    Built here rather than in a macro: a list page shows dozens of times.
    """
    if isinstance(value, str):
        value = _parsed(value)
    if not value:
        return html("")
    return html(
        '<time datetime="{}" title="{}">{}{}</time>',
        iso(value),
        exact_time(value),
        before,
        when(value),
    )


def _parsed(text: str) -> datetime | None:
    """An ISO time as stored in a copy; one without a zone is UTC, as everything stored is."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def unread_notifications() -> int:
    """For the header; the only query a page makes for its layout."""
    return unread_count(current_user) if current_user.is_authenticated else 0


def register(app: Flask) -> None:
    app.jinja_env.globals["unread_notifications"] = unread_notifications
    app.jinja_env.filters["when"] = when
    app.jinja_env.filters["iso"] = iso
    app.jinja_env.filters["exact_time"] = exact_time
    app.jinja_env.globals["time_tag"] = time_tag
    app.jinja_env.globals["author_name"] = public_name
    app.jinja_env.globals["url_for_each"] = url_for_each
    links.register(app)  # profile_link, author_link, initials
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
