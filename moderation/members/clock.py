"""Which calendar day it is, and when a day ends, for sanctions that run to a date.

Members will choose their own time zone later; until then a suspension "until
12 January" ends at the end of that day in Europe/London. Without the system's
time-zone data (a slim container) UTC stands in, which moves the end by an hour
at most.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from forum.extensions import utcnow


def _site_zone() -> tzinfo:
    try:
        return ZoneInfo("Europe/London")
    except ZoneInfoNotFoundError:  # pragma: no cover - depends on the machine
        return UTC


SITE_ZONE = _site_zone()


def today() -> date:
    return utcnow().astimezone(SITE_ZONE).date()


def end_of_day(day: date) -> datetime:
    """The last second of the day in the site's zone, as UTC (always on the same UTC date)."""
    return datetime.combine(day, time(23, 59, 59), tzinfo=SITE_ZONE).astimezone(UTC)


def day_of(moment: datetime) -> date:
    return moment.astimezone(SITE_ZONE).date()


def long_date(day: date) -> str:
    """ "12 January 2027", as members read dates."""
    return f"{day.day} {day:%B %Y}"


def long_date_of(moment: datetime) -> str:
    """The day a moment falls on in the site's zone, in words."""
    return long_date(day_of(moment))
