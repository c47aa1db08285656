"""Real databases for the fault tests: each its own SQLite file or PostgreSQL database.

The per-test rollback fixture shares one connection; these tests need what
several processes, a killed server or a cut network really leave behind.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from forum import create_app
from forum.extensions import db, limiter
from tests.factories import PASSWORD, make_user

SETTINGS: dict[str, Any] = {
    "ENVIRONMENT": "testing",
    "SECRET_KEY": "faults-secret",
    "WTF_CSRF_ENABLED": False,
    "MAIL_SERVER": "",
    "MAIL_DELIVER_AFTER_REQUEST": False,
    "NEW_MEMBER_HELD_POSTS_DEFAULT": 0,  # as tests/conftest.py: members post at once
    "RATELIMIT_ENABLED": False,
}


def on_postgresql() -> bool:
    return bool(os.environ.get("TEST_DATABASE_URL"))


def database_url(tmp: Path, name: str) -> str:
    """A file in tmp, or an empty database `<test database>_<name>` on the same server."""
    url = os.environ.get("TEST_DATABASE_URL")
    if not url:
        return f"sqlite:///{tmp / f'{name}.sqlite3'}"
    parsed = make_url(url)
    database = f"{parsed.database}_{name}"
    admin = create_engine(parsed, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{database}"'))
    admin.dispose()
    return parsed.set(database=database).render_as_string(hide_password=False)


def build_app(url: str, tmp: Path, **overrides: Any) -> Flask:
    """The forum on this database, without touching its schema."""
    app = create_app(
        {**SETTINGS, "SQLALCHEMY_DATABASE_URI": url, "MAIL_OUTBOX_DIR": str(tmp / "mail")}
        | overrides
    )
    limiter.enabled = False  # init_app switched it back on
    return app


def migrate(app: Flask) -> None:
    from flask_migrate import upgrade

    from tests.conftest import drop_everything

    with app.app_context():
        drop_everything()
        upgrade()


def seed_topic(app: Flask, writers: int) -> tuple[int, list[int]]:
    """A topic in the welcome space, and `writers` members who may reply to it."""
    from forum.spaces.models import Space
    from forum.threads import services as threads

    with app.app_context():
        members = [make_user() for _ in range(writers)]
        for member in members:
            member.email = f"writer{member.id}@example.org"
        space = db.session.scalar(select(Space).where(Space.slug == "welcome"))
        assert space is not None
        db.session.commit()
        topic = threads.create_topic(members[0], space, "A busy thread", "Opening post").saved
        assert topic is not None
        ids = (topic.id, [m.id for m in members])
        db.session.remove()
    return ids


def sign_in(client: FlaskClient, member_id: int) -> None:
    """Sign in through the form, as the member would: the cookie holds a real session."""
    response = client.post(
        "/sign-in", data={"email": f"writer{member_id}@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302, response.get_data(as_text=True)[:500]
    assert "/sign-in" not in response.headers["Location"]


def dispose(app: Flask) -> None:
    with app.app_context():
        db.session.remove()
        for engine in db.engines.values():
            engine.dispose()
