"""`flask jobs run` and the jobs the forum itself schedules.

Cron runs `flask --app wsgi jobs run` every minute (see the README); each job
decides for itself what is due at `--as-of` (default: now).
"""

from __future__ import annotations

from datetime import UTC, datetime

import click
from flask import Flask

from forum.accounts import sessions
from forum.checkins import overdue as checkins_overdue
from forum.checkins import services as checkins
from forum.drafts import services as drafts
from forum.events import jobs as events
from forum.extensions import utcnow
from forum.jobs.registry import Job, register_job, registered, run_due
from forum.mail import services as mail
from forum.notifications import digests
from forum.operations import statistics


def _deliver_mail(as_of: datetime) -> str:
    report = mail.deliver_due(limit=500, as_of=as_of)
    return f"{report.sent} sent, {report.failed} failed, {report.waiting} waiting"


jobs_group = click.Group("jobs", help="Scheduled work: run it from cron every minute.")


@jobs_group.command("run")
@click.option(
    "--as-of",
    type=click.DateTime(formats=["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d"]),
    default=None,
    help="Run what is due at this UTC time instead of now (for tests and catching up).",
)
@click.option("--only", default=None, help="Run just the job with this name.")
def run(as_of: datetime | None, only: str | None) -> None:
    """Run every job that is due; safe to run twice or to overlap."""
    when = as_of.replace(tzinfo=UTC) if as_of is not None else utcnow()
    names = {job.name for job in registered()}
    if only is not None and only not in names:
        raise click.BadParameter(
            f"no job named {only!r}; try `flask jobs list`", param_hint="--only"
        )
    failed = False
    for result in run_due(when, only):
        click.echo(f"{result.name}: {result.line}")
        failed = failed or result.failed
    if failed:
        raise SystemExit(1)


@jobs_group.command("list")
def list_jobs() -> None:
    """Name and purpose of every scheduled job."""
    for job in registered():
        click.echo(f"{job.name}: {job.description}")


def register(app: Flask) -> None:
    register_job(app, Job("digests", "Queue the email digests that are due.", digests.send_due))
    register_job(app, Job("mail", "Deliver the outbox (retries back off).", _deliver_mail))
    register_job(app, Job("drafts", "Delete drafts untouched for 30 days.", drafts.delete_old))
    register_job(
        app,
        Job("sessions", "Delete the records of sessions that are over.", sessions.delete_finished),
    )
    register_job(app, Job("events", "Open scheduled chats; remind who is going.", events.run_due))
    register_job(
        app, Job("checkin-reminders", "Remind of to-dos due tomorrow.", checkins.send_reminders)
    )
    register_job(
        app,
        Job(
            "checkins-overdue",
            "Flag overdue to-dos; email managers.",
            checkins_overdue.flag_overdue,
        ),
    )
    register_job(
        app,
        Job("statistics", "Refresh the query planner's statistics.", statistics.refresh),
    )
    app.cli.add_command(jobs_group)
