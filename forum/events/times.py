"""Wall-clock times in a zone to UTC and back, and how an event's times read.

An organiser types the time on their clock ("10:00", Europe/London); we store
UTC. Around a clock change a wall time may not exist (the hour skipped in
spring) or happen twice (the hour repeated in autumn): the first is refused,
the second means the first of the two, as calendar apps read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from flask_babel import gettext as _
from flask_babel import ngettext

from forum import time_zones
from forum.errors import DomainError


def to_utc(wall: datetime, zone_name: str, field: str) -> datetime:
    """The UTC moment a naive wall-clock time in `zone_name` stands for."""
    zone = ZoneInfo(zone_name)
    moment = wall.replace(tzinfo=zone, fold=0)
    # A skipped time comes back from UTC as another wall time.
    if moment.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != wall:
        time, day = f"{wall:%H:%M}", f"{wall.day} {wall:%b %Y}"
        raise DomainError(
            field,
            _(
                "%(time)s on %(day)s does not exist in %(zone)s: "
                "the clocks go forward then. Choose another time.",
                time=time,
                day=day,
                zone=label(zone_name),
            ),
        )
    return moment.astimezone(UTC)


def wall_clock(moment: datetime, zone_name: str) -> datetime:
    """A stored UTC time as the naive wall time a form shows, in that zone."""
    return moment.astimezone(ZoneInfo(zone_name)).replace(tzinfo=None)


def label(zone_name: str) -> str:
    return zone_name.replace("_", " ")


def _day(moment: datetime) -> str:
    return f"{moment:%a} {moment.day} {moment:%b %Y}"


def span(starts_at: datetime, ends_at: datetime, zone: ZoneInfo) -> str:
    """ "Sat 24 Oct 2026, 10:00 to 11:30 BST", or across days with both dates."""
    start, end = starts_at.astimezone(zone), ends_at.astimezone(zone)
    if start.date() == end.date():
        start_zone = f" {start.tzname()}" if start.tzname() != end.tzname() else ""
        return f"{_day(start)}, {start:%H:%M}{start_zone} to {end:%H:%M} {end.tzname()}"
    return (
        f"{_day(start)}, {start:%H:%M} {start.tzname()} to {_day(end)}, {end:%H:%M} {end.tzname()}"
    )


def until(moment: datetime, now: datetime) -> str:
    """ "in 5 minutes", "in 3 hours", "in 2 days" (rounded down, never "in 0")."""
    seconds = max((moment - now).total_seconds(), 60)
    text: str
    if seconds < 3600:
        text = ngettext("in %(num)d minute", "in %(num)d minutes", int(seconds // 60))
    elif seconds < 2 * 86400:
        text = ngettext("in %(num)d hour", "in %(num)d hours", int(seconds // 3600))
    else:
        text = ngettext("in %(num)d day", "in %(num)d days", int(seconds // 86400))
    return text


@dataclass(frozen=True)
class Shown:
    """An event's times as one reader sees them."""

    span: str  # in the reader's zone
    exact_start: str  # hover text
    reader_zone: str
    organiser_zone: str
    organiser_span: str | None  # None when the two zones are the same
    status: str  # "Starts in 3 hours", "Happening now", "Ended"


def shown(
    starts_at: datetime,
    ends_at: datetime,
    organiser_zone: str,
    reader: object,
    now: datetime,
    *,
    opened: bool = False,
) -> Shown:
    """`opened`: a chat the job has opened reads "Open now" until it ends."""
    zone = time_zones.zone_of(reader)
    theirs = time_zones.zone_named(organiser_zone)
    if opened and now < ends_at:
        status = _("Open now")
    elif now < starts_at:
        status = _("Starts %(when)s", when=until(starts_at, now))
    elif now < ends_at:
        status = _("Happening now")
    else:
        status = _("Ended")
    return Shown(
        span=span(starts_at, ends_at, zone),
        exact_start=time_zones.exact(starts_at, zone),
        reader_zone=label(zone.key),
        organiser_zone=label(theirs.key),
        organiser_span=None if zone.key == theirs.key else span(starts_at, ends_at, theirs),
        status=status,
    )
