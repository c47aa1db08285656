"""Each member's time zone: times are stored in UTC and shown in the reader's zone.

A member without a chosen zone sees Europe/London (the browser's zone is
offered on their first visit, see static/time-zone.js and the settings page).
"""

from __future__ import annotations

from datetime import datetime
from functools import cache, lru_cache
from zoneinfo import ZoneInfo, available_timezones

DEFAULT_ZONE = "Europe/London"
# Continents and oceans: the zones people pick from, without aliases like "EST5EDT".
_AREAS = (
    "Africa/",
    "America/",
    "Antarctica/",
    "Asia/",
    "Atlantic/",
    "Australia/",
    "Europe/",
    "Indian/",
    "Pacific/",
)


@cache
def choices() -> tuple[str, ...]:
    """Every "Area/City" zone, sorted, plus UTC."""
    zones = sorted(name for name in available_timezones() if name.startswith(_AREAS))
    return ("UTC", *zones)


@cache
def _valid_names() -> frozenset[str]:
    return frozenset(choices())


def is_valid(name: str | None) -> bool:
    return bool(name) and name in _valid_names()


@lru_cache(maxsize=1024)
def zone_named(name: str | None) -> ZoneInfo:
    """The zone, or the default for an unset or unknown name (a page asks for every time)."""
    return ZoneInfo(name if name and is_valid(name) else DEFAULT_ZONE)


def zone_of(member: object) -> ZoneInfo:
    """A member's zone (anyone without one, signed out included, gets the default)."""
    return zone_named(getattr(member, "time_zone", None))


def local(value: datetime, zone: ZoneInfo) -> datetime:
    return value.astimezone(zone)


def exact(value: datetime, zone: ZoneInfo) -> str:
    """ "Fri 4 Dec 2026, 21:15 GMT": the full time, in the reader's zone."""
    moment = value.astimezone(zone)
    return f"{moment:%a} {moment.day} {moment:%b %Y, %H:%M} {moment.tzname()}"
