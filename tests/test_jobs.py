"""`flask jobs run`: every registered job runs, one failing never stops the rest."""

from __future__ import annotations

from datetime import UTC, datetime

from forum.extensions import db
from forum.jobs import registry
from forum.mail import services as mail
from forum.mail.models import OutboxMessage
from tests.factories import make_user


def test_jobs_list_names_every_job(runner):
    result = runner.invoke(args=["jobs", "list"])
    assert result.exit_code == 0
    assert "mail:" in result.output
    assert "retention:" in result.output


def test_jobs_run_delivers_waiting_mail(app, runner):
    mail.queue("worker@example.org", "password_changed", user=make_user(), reset="http://x/")
    db.session.commit()
    result = runner.invoke(args=["jobs", "run", "--only", "mail"])
    assert result.exit_code == 0, result.output
    assert "mail: 1 sent" in result.output
    assert db.session.query(OutboxMessage).filter(OutboxMessage.sent_at.is_(None)).count() == 0
    again = runner.invoke(args=["jobs", "run", "--only", "mail"])
    assert "mail: 0 sent" in again.output  # safe to run twice: nothing goes out again


def test_an_unknown_job_is_a_clear_error(runner):
    result = runner.invoke(args=["jobs", "run", "--only", "nonsense"])
    assert result.exit_code != 0
    assert "no job named 'nonsense'" in result.output


def test_one_failing_job_does_not_stop_the_others(app):
    seen: list[datetime] = []

    def broken(as_of: datetime) -> str:
        raise RuntimeError("the disk is full")

    def fine(as_of: datetime) -> str:
        seen.append(as_of)
        return "did its work"

    jobs = app.extensions[registry.EXTENSION_KEY]
    saved = dict(jobs)
    try:
        jobs.clear()
        registry.register_job(app, registry.Job("broken", "fails", broken))
        registry.register_job(app, registry.Job("fine", "works", fine))
        when = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
        results = registry.run_due(when)
    finally:
        jobs.clear()
        jobs.update(saved)
    assert [(r.name, r.failed) for r in results] == [("broken", True), ("fine", False)]
    assert "the disk is full" in results[0].line
    assert seen == [when]  # the time it was asked to run "as of"
