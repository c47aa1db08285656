"""The email digest: what a member has not read, daily or weekly, at 7am in their time zone.

Each digest covers one period, ending at its 7am: a daily one the day before,
a weekly one the week before (Monday to Monday). `DigestSetting.last_sent_at`
keeps the end of the last period covered, and the period is claimed with one
conditional UPDATE before anything is queued, so running the job twice, or two
runs overlapping, sends one digest. A period with nothing unread sends nothing.
It leaves out what the member already gets by email one by one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from flask_babel import lazy_gettext as _l
from sqlalchemy import or_, select, update

from forum import time_zones
from forum.accounts.models import AccountStatus, User
from forum.extensions import db
from forum.mail import services as mail
from forum.notifications import kinds, services, unsubscribe
from forum.notifications.models import Channel, DigestFrequency, DigestSetting, Notification
from forum.urls import absolute_url

HOUR = time(7)
MOST_LISTED = 30
# A period's end comes at least this long after the last one (a DST day is 23 hours).
SHORTEST = {
    DigestFrequency.daily: timedelta(hours=23),
    DigestFrequency.weekly: timedelta(days=7) - timedelta(hours=1),
}


def period_end(frequency: DigestFrequency, as_of: datetime, zone: ZoneInfo) -> datetime:
    """The latest 7am (daily) or Monday 7am (weekly) in the zone, at or before `as_of`."""
    today = as_of.astimezone(zone).date()
    day = today - timedelta(days=today.weekday()) if frequency is DigestFrequency.weekly else today
    end = _at_seven(day, zone)
    if end > as_of:
        end = _at_seven(day - _step(frequency), zone)
    return end


def _at_seven(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, HOUR, tzinfo=zone)


def _step(frequency: DigestFrequency) -> timedelta:
    return timedelta(days=7 if frequency is DigestFrequency.weekly else 1)


def _period_start(frequency: DigestFrequency, end: datetime, zone: ZoneInfo) -> datetime:
    return _at_seven(end.astimezone(zone).date() - _step(frequency), zone)


@dataclass
class Run:
    sent: int = 0
    empty: int = 0

    def line(self) -> str:
        return f"{self.sent} sent, {self.empty} with nothing unread"


def send_due(as_of: datetime) -> str:
    """The job: every member whose digest period ended by `as_of` and was not yet covered."""
    run = Run()
    candidates = db.session.execute(
        select(DigestSetting, User)
        .join(User, User.id == DigestSetting.user_id)
        .where(
            DigestSetting.frequency != DigestFrequency.off,
            User.status.in_([AccountStatus.active, AccountStatus.suspended]),
            or_(
                DigestSetting.last_sent_at.is_(None),
                (DigestSetting.frequency == DigestFrequency.daily)
                & (DigestSetting.last_sent_at <= as_of - SHORTEST[DigestFrequency.daily]),
                (DigestSetting.frequency == DigestFrequency.weekly)
                & (DigestSetting.last_sent_at <= as_of - SHORTEST[DigestFrequency.weekly]),
            ),
        )
        .order_by(DigestSetting.user_id)
    ).all()
    due = []
    for setting, member in candidates:
        zone = time_zones.zone_of(member)
        end = period_end(setting.frequency, as_of, zone)
        covered = setting.last_sent_at
        if member.is_active_member and (covered is None or covered < end):
            start = covered or _period_start(setting.frequency, end, zone)
            due.append((member, setting.frequency, start, end))
    emailed = services.channels_for(
        (member.id, kind.name) for member, *_ in due for kind in kinds.CHOICES
    )
    for member, frequency, start, end in due:
        skip = {
            name for (uid, name), c in emailed.items() if uid == member.id and c is Channel.email
        }
        if not _claim(member.id, frequency, end):
            continue  # another run covered this period a moment ago
        if _send(member, frequency, start, end, skip):
            run.sent += 1
        else:
            run.empty += 1
        db.session.commit()
    return run.line()


def _claim(user_id: int, frequency: DigestFrequency, end: datetime) -> bool:
    result = db.session.execute(
        update(DigestSetting)
        .where(
            DigestSetting.user_id == user_id,
            DigestSetting.frequency == frequency,
            or_(DigestSetting.last_sent_at.is_(None), DigestSetting.last_sent_at < end),
        )
        .values(last_sent_at=end)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def _send(
    member: User, frequency: DigestFrequency, start: datetime, end: datetime, skip: set[str]
) -> bool:
    """Queue the digest if anything in the period is still unread (no commit)."""
    query = select(Notification).where(
        Notification.user_id == member.id,
        Notification.read_at.is_(None),
        Notification.created_at > start,
        Notification.created_at <= end,
    )
    if skip:
        query = query.where(Notification.kind.not_in(skip))
    notes = list(db.session.scalars(query.order_by(Notification.id.desc()).limit(MOST_LISTED + 1)))
    if not notes:
        return False
    mail.queue_unsubscribable(
        member.email,
        "digest",
        unsubscribe.link(member.id, kinds.DIGEST),
        user=member,
        frequency=frequency.value,
        notes=[(note.text, services.absolute_link(note.link)) for note in notes[:MOST_LISTED]],
        more=len(notes) > MOST_LISTED,
        page=absolute_url("notifications.index"),
        settings_url=absolute_url("accounts.settings") + "#notifications",
        kind_label=_l("Email digest"),  # lazy: the mail is written in the site's language
    )
    return True
