"""A second, real database for tests that need genuine commits and concurrency.

The per-test rollback fixture shares one connection, so it cannot show what
two connections racing each other do. This builds the schema by migration in
a scratch database beside the test one: a separate SQLite file, or a
`<name>_scratch` database on the same PostgreSQL server.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from flask import Flask
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from forum import create_app
from forum.extensions import db, limiter
from tests.conftest import drop_everything


def scratch_url(tmp: Path) -> str:
    url = os.environ.get("TEST_DATABASE_URL")
    if not url:
        return f"sqlite:///{tmp / 'scratch.sqlite3'}"
    parsed = make_url(url)
    name = f"{parsed.database}_scratch"
    admin = create_engine(parsed, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
        if not exists:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return parsed.set(database=name).render_as_string(hide_password=False)


def make_scratch_app(tmp: Path, **overrides: object) -> Flask:
    app = create_app(
        {
            "ENVIRONMENT": "testing",
            "SECRET_KEY": "scratch-secret",
            "SQLALCHEMY_DATABASE_URI": scratch_url(tmp),
            "SQLALCHEMY_ENGINE_OPTIONS": {"pool_size": 10}
            if os.environ.get("TEST_DATABASE_URL")
            else {},
            "WTF_CSRF_ENABLED": False,
            "MAIL_DELIVER_AFTER_REQUEST": False,
            "MAIL_OUTBOX_DIR": str(tmp / "mail"),
            "NEW_MEMBER_HELD_POSTS_DEFAULT": 0,  # as tests/conftest.py: members post at once
            **overrides,
        }
    )
    limiter.enabled = False  # init_app switched it back on for every app
    with app.app_context():
        drop_everything()
        from flask_migrate import upgrade

        upgrade()
    return app


def dispose(app: Flask) -> None:
    with app.app_context():
        db.session.remove()
        for engine in db.engines.values():
            engine.dispose()


def run_together(count: int, work: Callable[[int], object]) -> list[BaseException]:
    """Run work(0..count-1) on threads released at the same instant; the errors they raised."""
    barrier = threading.Barrier(count)
    errors: list[BaseException] = []

    def runner(index: int) -> None:
        try:
            barrier.wait()
            work(index)
        except BaseException as exc:  # collected for the test to assert on
            errors.append(exc)

    workers = [threading.Thread(target=runner, args=(i,)) for i in range(count)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    return errors
