"""What is waiting in each queue, and for how long: a few queries, whatever the backlog.

Each queue's count and its oldest item come back in one statement (a window
count beside the first row), so the dashboard costs the same with 3 or 3,000
items waiting. Safeguarding concerns are counted apart and always come first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from flask_babel import gettext as _
from flask_babel import ngettext
from sqlalchemy import Select, func, select

from forum import policy
from forum.accounts.models import AccountStatus, Application, User
from forum.extensions import db, utcnow
from forum.i18n import N_
from forum.review.models import ReviewItem, ReviewState
from forum.threads.models import Post, Topic
from moderation.models import CaseState, ReportCase


@dataclass(frozen=True)
class Waiting:
    """The count of one queue and its oldest item (what it is, and since when)."""

    count: int = 0
    oldest_at: datetime | None = None
    oldest: str = ""

    @property
    def age(self) -> str:
        return age(self.oldest_at) if self.oldest_at else ""


@dataclass(frozen=True)
class QueueSummary:
    key: str  # "safeguarding", "applications", "review", "reports"
    waiting: Waiting


@dataclass(frozen=True)
class Dashboard:
    queues: list[QueueSummary]  # safeguarding first, then the longest-waiting queue

    @property
    def total(self) -> int:
        return sum(q.waiting.count for q in self.queues)


def age(since: datetime) -> str:
    """An age badge: "12 minutes", "5 hours", "3 days"."""
    seconds = max((utcnow() - since).total_seconds(), 0)
    if seconds >= 86400:
        return str(ngettext("%(num)d day", "%(num)d days", int(seconds // 86400)))
    if seconds >= 3600:
        return str(ngettext("%(num)d hour", "%(num)d hours", int(seconds // 3600)))
    if seconds >= 60:
        return str(ngettext("%(num)d minute", "%(num)d minutes", int(seconds // 60)))
    return str(_("under a minute"))


def _pending_applications() -> Any:
    return User.status == AccountStatus.pending


def _open_reviews() -> Any:
    return ReviewItem.state == ReviewState.open


def _open_reports() -> Any:
    return ReportCase.state == CaseState.open


def waiting_total() -> int:
    """Everything waiting in every queue, for the header: one small query."""
    counts = [
        select(func.count()).select_from(User).where(_pending_applications()),
        select(func.count()).select_from(ReviewItem).where(_open_reviews()),
        select(func.count()).select_from(ReportCase).where(_open_reports()),
    ]
    a, b, c = (s.scalar_subquery() for s in counts)
    return int(db.session.scalar(select(a + b + c)) or 0)


def _first_with_count(statement: Select[Any]) -> Waiting:
    row = db.session.execute(statement.limit(1)).first()
    if row is None:
        return Waiting()
    oldest, oldest_at, count = row
    return Waiting(int(count), oldest_at, oldest or "")


def dashboard(moderator: User) -> Dashboard:
    """Every queue with its count and oldest item: three queries."""
    policy.require(policy.can_moderate(moderator))
    applications = _first_with_count(
        select(User.display_name, Application.submitted_at, func.count().over())
        .join(User.application)
        .where(_pending_applications())
        .order_by(Application.submitted_at, User.id)
    )
    review = _first_with_count(
        select(Topic.title, ReviewItem.created_at, func.count().over())
        .join(ReviewItem.post)
        .join(Post.topic)
        .where(_open_reviews())
        .order_by(ReviewItem.created_at, ReviewItem.id)
    )
    urgent, other = _reports()
    queues = [
        QueueSummary("applications", applications),
        QueueSummary("review", review),
        QueueSummary("reports", other),
    ]
    never = datetime.max.replace(tzinfo=utcnow().tzinfo)
    queues.sort(key=lambda q: (q.waiting.count == 0, q.waiting.oldest_at or never))
    if urgent.count:
        queues.insert(0, QueueSummary("safeguarding", urgent))
    return Dashboard(queues)


def _reports() -> tuple[Waiting, Waiting]:
    """Open report cases as (safeguarding, the rest): the oldest of each, in one query."""
    ranked = (
        select(
            ReportCase.is_urgent,
            Topic.title,
            ReportCase.target_type,
            ReportCase.first_reported_at,
            func.count().over(partition_by=ReportCase.is_urgent).label("waiting"),
            func.row_number()
            .over(
                partition_by=ReportCase.is_urgent,
                order_by=(ReportCase.first_reported_at, ReportCase.id),
            )
            .label("place"),
        )
        .outerjoin(ReportCase.post)
        .outerjoin(Post.topic)
        .where(_open_reports())
        .subquery()
    )
    found = {False: Waiting(), True: Waiting()}
    for is_urgent, title, kind, oldest_at, count, _place in db.session.execute(
        select(ranked).where(ranked.c.place == 1)
    ):
        found[bool(is_urgent)] = Waiting(int(count), oldest_at, title or _reported(kind))
    return found[True], found[False]


_REPORTED = {"post": N_("A reported post"), "message": N_("A reported message")}


def _reported(kind: str) -> str:
    """A queue's oldest report when it has no topic title to show (a message, a check-in item)."""
    known = _REPORTED.get(kind)
    return str(_(known) if known else _("A reported %(kind)s", kind=kind))
