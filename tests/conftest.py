"""Fixtures: one app per session, one rolled-back transaction per test.

The schema is built by the migrations (never create_all), on SQLite or on the
database named by TEST_DATABASE_URL, so every run also tests the migrations.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

os.environ["FORUM_ENV"] = "testing"  # before the app reads its settings

from flask import Flask, g, request_started
from flask.testing import FlaskClient
from sqlalchemy import event, inspect, text

from forum import create_app
from forum.extensions import db as _db
from forum.extensions import limiter

# The pseudo-language fixtures (pseudo, pseudo_catalogue) for the translation tests.
pytest_plugins = ["tests.pseudo_language"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--browser-tests", action="store_true", help="run the Playwright tests in tests/browser"
    )
    parser.addoption(
        "--slow", action="store_true", help="run the slow tests too (servers, processes, faults)"
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: takes seconds or more; runs only with --slow")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Browser and slow tests run only when asked for, so `make test` stays fast and headless-free."""
    for option, marker in (("--browser-tests", "browser"), ("--slow", "slow")):
        if config.getoption(option):
            continue
        skipped = [item for item in items if marker in item.keywords]
        if skipped:
            config.hook.pytest_deselected(items=skipped)
            items[:] = [item for item in items if marker not in item.keywords]


def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.sqlite3'}"


def drop_everything() -> None:
    """Drop every table, alembic_version included, whatever state a past run left."""
    with _db.engine.begin() as conn:
        names = inspect(conn).get_table_names()
        if conn.dialect.name == "postgresql":
            for name in names:
                conn.execute(text(f'DROP TABLE IF EXISTS "{name}" CASCADE'))
        else:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            for name in names:
                conn.execute(text(f'DROP TABLE IF EXISTS "{name}"'))


def _fresh_request_globals(sender: Flask, **extra: Any) -> None:
    """Give every test request a fresh `g`, as each request gets on a real server.

    The `db` fixture keeps one app context open for the whole test and Flask
    reuses it for every test-client request, so without this Flask-Login's
    cached user (`g._login_user`) would leak from one request, and one client,
    to the next.
    """
    for name in list(vars(g)):
        delattr(g, name)


@pytest.fixture(scope="session")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    outbox = tmp_path_factory.mktemp("mail")
    app = create_app(
        {
            "ENVIRONMENT": "testing",
            "SECRET_KEY": "test-secret",
            "SQLALCHEMY_DATABASE_URI": database_url(tmp_path_factory),
            "WTF_CSRF_ENABLED": False,
            "MAIL_SERVER": "",
            "MAIL_OUTBOX_DIR": str(outbox),
            "AVATAR_DIR": str(tmp_path_factory.mktemp("avatars")),
            "MAIL_DELIVER_AFTER_REQUEST": False,
            "SERVER_NAME": None,
            "SPACE_COUNTS_SECONDS": 0,  # counted on every request, so each test sees its own
            # Factory-made members post straight away; the new-member tests store the setting.
            "NEW_MEMBER_HELD_POSTS_DEFAULT": 0,
        }
    )
    limiter.enabled = False
    request_started.connect(_fresh_request_globals, app, weak=False)
    with app.app_context():
        drop_everything()
        from flask_migrate import upgrade

        upgrade()
    yield app
    with app.app_context():
        _db.session.remove()
        for engine in _db.engines.values():
            engine.dispose()


@pytest.fixture(autouse=True)
def db(app: Flask) -> Iterator[Any]:
    """Each test runs in one outer transaction; the app's commits become SAVEPOINTs."""
    with app.app_context():
        originals = dict(_db.engines)
        outer = []
        for key, engine in originals.items():
            conn = engine.connect()
            outer.append((conn, conn.begin()))
            _db.engines[key] = conn  # type: ignore[assignment]
        try:
            yield _db
        finally:
            _db.session.remove()
            for conn, trans in outer:
                trans.rollback()
                conn.close()
            _db.engines.update(originals)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> Any:
    return app.test_cli_runner()


class QueryCounter:
    def __init__(self) -> None:
        self.statements: list[str] = []

    @property
    def count(self) -> int:
        return len(self.statements)


@contextmanager
def count_queries() -> Iterator[QueryCounter]:
    """Count the SELECT/INSERT/UPDATE/DELETE statements run inside the block."""
    counter = QueryCounter()
    engine = _db.engine

    def before(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if re.match(r"\s*(SELECT|INSERT|UPDATE|DELETE)", statement, re.I):
            counter.statements.append(statement)

    target = engine if not hasattr(engine, "engine") else engine.engine
    event.listen(target, "before_cursor_execute", before)
    try:
        yield counter
    finally:
        event.remove(target, "before_cursor_execute", before)


@pytest.fixture
def queries() -> Any:
    return count_queries


def read_mail_dir(path: str | Path) -> list[str]:
    return [p.read_text() for p in sorted(Path(path).glob("*.eml"))]


@pytest.fixture
def limits_on() -> Iterator[None]:
    """Rate limits on for one test (the suite runs with them off), counted from zero."""
    limiter.reset()
    limiter.enabled = True
    try:
        yield
    finally:
        limiter.enabled = False
        limiter.reset()
