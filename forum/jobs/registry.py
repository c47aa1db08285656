"""The list of scheduled jobs, and running whatever is due.

A feature adds its job with `register_job(app, Job(...))` from its own
`register` step, so this package never imports the features (moderation
included). Every job must be safe to run twice and take the time it runs "as
of", so tests can move the clock and cron can overlap without harm.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from flask import Flask, current_app

from forum.extensions import db

log = logging.getLogger(__name__)
EXTENSION_KEY = "scheduled_jobs"


@dataclass(frozen=True)
class Job:
    """`run(as_of)` does what is due at that moment and returns a line saying what it did."""

    name: str
    description: str
    run: Callable[[datetime], str]


@dataclass(frozen=True)
class JobResult:
    name: str
    line: str
    failed: bool = False


def register_job(app: Flask, job: Job) -> None:
    jobs = app.extensions.setdefault(EXTENSION_KEY, {})
    if job.name in jobs:
        raise ValueError(f"A job named {job.name!r} is already registered")
    jobs[job.name] = job


def registered() -> list[Job]:
    return list(current_app.extensions.get(EXTENSION_KEY, {}).values())


def run_due(as_of: datetime, only: str | None = None) -> list[JobResult]:
    """Run every job (or one), each on its own: one failing never stops the others."""
    results = []
    for job in registered():
        if only is not None and job.name != only:
            continue
        try:
            line = job.run(as_of)
        except Exception as exc:  # reported and retried next minute; the rest still run
            db.session.rollback()
            log.exception("Job %s failed", job.name)
            results.append(JobResult(job.name, f"failed: {type(exc).__name__}: {exc}", True))
        else:
            results.append(JobResult(job.name, line))
    return results
