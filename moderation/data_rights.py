"""The reports' side of data rights: a member's reports in their export, and retention.

forum/ never imports moderation, so `register(app)` (called from forum/__init__.py)
hangs the reports part onto "Download my data" and adds the `flask retention run`
command, which applies both retention periods the admin sets on the settings page:
rejected and withdrawn applications are erased (forum.privacy.retention), closed
reports are deleted here. The audit log keeps its rows: it is never edited.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import click
from flask import Flask
from flask_babel import gettext as _
from sqlalchemy import and_, delete, select
from sqlalchemy.orm import aliased

from forum.accounts.models import User
from forum.extensions import Base, db, utcnow
from forum.i18n import N_
from forum.jobs.registry import Job, register_job
from forum.privacy import export
from forum.privacy.retention import erase_old_applications
from forum.settings.services import get_settings
from forum.threads.models import Post, Topic
from moderation.claims import Queue
from moderation.models import CaseState, QueueClaim, Report, ReportCase

CLOSED = (CaseState.resolved, CaseState.dismissed)
_REPORTED = {"message": N_("A message")}


def _what(target_type: str, title: str | None, name: str | None) -> str:
    if target_type == "post":
        return str(_("A post in “%(title)s”", title=title) if title else _("A post"))
    if target_type == "profile":
        return str(_("The profile of %(name)s", name=name) if name else _("A member's profile"))
    known = _REPORTED.get(target_type)
    return str(_(known) if known else _("A %(kind)s", kind=target_type))


def reports_part(member: User) -> export.Part:
    """What the member reported and why, in one query; never what moderators decided."""
    profile_owner = aliased(User)
    rows = db.session.execute(
        select(Report, ReportCase.target_type, Topic.title, profile_owner.display_name)
        .join(ReportCase, ReportCase.id == Report.case_id)
        .outerjoin(Post, Post.id == ReportCase.post_id)
        .outerjoin(Topic, Topic.id == Post.topic_id)
        .outerjoin(
            profile_owner,
            and_(ReportCase.target_type == "profile", profile_owner.id == ReportCase.target_id),
        )
        .where(Report.reporter_id == member.id)
        .order_by(Report.id)
    ).all()
    reports: list[dict[str, Any]] = [
        {
            "about": _what(target_type, title, name),
            "reason": report.reason.label,
            "details": report.details,
            "sent_at": report.created_at,
        }
        for report, target_type, title, name in rows
    ]
    return export.Part(
        "reports",
        _("Reports you sent"),
        reports,
        _("What you reported and why. What the moderators decided is not included."),
    )


def _children(table_name: str) -> list[Any]:
    """Columns of other tables pointing at this one: what a later feature hangs on a report."""
    return [
        fk.parent
        for table in Base.metadata.sorted_tables
        for fk in table.foreign_keys
        if fk.column.table.name == table_name and table.name not in {"reports", "report_cases"}
    ]


def delete_old_reports(as_of: datetime, days: int) -> int:
    """Delete reports whose case closed more than `days` before `as_of`; commits once."""
    cutoff = as_of - timedelta(days=days)
    cases = select(ReportCase.id).where(
        ReportCase.state.in_(CLOSED), ReportCase.decided_at < cutoff
    )
    case_ids = list(db.session.scalars(cases))
    if not case_ids:
        return 0
    report_ids = select(Report.id).where(Report.case_id.in_(case_ids))
    for column in _children("reports"):
        db.session.execute(delete(column.table).where(column.in_(report_ids)))
    for column in _children("report_cases"):
        db.session.execute(delete(column.table).where(column.in_(case_ids)))
    db.session.execute(delete(Report).where(Report.case_id.in_(case_ids)))
    db.session.execute(
        delete(QueueClaim).where(QueueClaim.queue == Queue.report, QueueClaim.item_id.in_(case_ids))
    )
    db.session.execute(delete(ReportCase).where(ReportCase.id.in_(case_ids)))
    db.session.commit()
    return len(case_ids)


def run_retention(as_of: datetime) -> list[str]:
    """Both retention periods, as the admin set them; safe to run twice. Lines to print."""
    settings = get_settings()
    erased = erase_old_applications(as_of, settings.keep_rejected_applications_days)
    deleted = delete_old_reports(as_of, settings.keep_closed_reports_days)
    return [
        f"Erased {erased} rejected or withdrawn application{'' if erased == 1 else 's'} "
        f"older than {settings.keep_rejected_applications_days} days.",
        f"Deleted {deleted} closed report{'' if deleted == 1 else 's'} "
        f"older than {settings.keep_closed_reports_days} days.",
    ]


retention_group = click.Group("retention", help="Retention periods for personal data.")


@retention_group.command("run")
@click.option(
    "--as-of",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Count the periods back from this day (UTC midnight) instead of now.",
)
def run(as_of: datetime | None) -> None:
    """Erase old rejected applications and delete old closed reports."""
    when = as_of.replace(tzinfo=UTC) if as_of is not None else utcnow()
    for line in run_retention(when):
        click.echo(line)


def register(app: Flask) -> None:
    export.register_part(app, reports_part)
    app.cli.add_command(retention_group)
    register_job(
        app,
        Job(
            "retention",
            "Erase old rejected applications and delete old closed reports.",
            lambda as_of: " ".join(run_retention(as_of)),
        ),
    )
