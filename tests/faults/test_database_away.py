"""While the database cannot be reached, pages answer a calm 503 fast, and recover on their own."""

from __future__ import annotations

import threading
import time

import pytest
from flask.testing import FlaskClient
from sqlalchemy import text
from sqlalchemy.engine import make_url

from forum import config
from forum.extensions import db
from tests.faults.proxy import Proxy
from tests.faults.support import (
    build_app,
    database_url,
    dispose,
    migrate,
    on_postgresql,
    seed_topic,
    sign_in,
)

RESTING = "The forum is resting for a moment"


def test_a_database_that_cannot_be_opened_shows_the_resting_page(app, tmp_path):
    away = build_app(f"sqlite:///{tmp_path / 'no-such-folder' / 'forum.sqlite3'}", tmp_path)
    client = away.test_client()
    with client.session_transaction() as session:
        session["_user_id"] = "1:" + "x" * 43  # a member: looking them up needs the database
    response = client.get("/")
    page = response.get_data(as_text=True)
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "30"
    assert f"<h1>{RESTING}</h1>" in page
    assert "Nothing you have already posted is lost." in page
    assert 'href="/">Try again</a>' in page
    assert "OperationalError" not in page  # no internals on the page
    dispose(away)


def test_postgresql_connections_wait_for_seconds_and_statements_are_cut_off():
    options = config.engine_options(
        "postgresql+psycopg://forum@db/forum", connect_timeout=4, statement_timeout=20
    )
    assert options == {
        "pool_pre_ping": True,
        "connect_args": {"connect_timeout": 4, "options": "-c statement_timeout=20000"},
    }
    assert config.engine_options("sqlite:///x.sqlite3") == {"pool_pre_ping": True}
    settings = config.from_environment(
        {"FORUM_ENV": "development", "DATABASE_URL": "postgresql+psycopg://forum@db/forum"}
    )
    assert settings["SQLALCHEMY_ENGINE_OPTIONS"]["connect_args"]["connect_timeout"] == 5


needs_postgresql = pytest.mark.skipif(not on_postgresql(), reason="needs TEST_DATABASE_URL")


@needs_postgresql
@pytest.mark.slow
def test_a_long_statement_is_cut_off_by_the_statement_timeout(tmp_path):
    url = database_url(tmp_path, "timeouts")
    options = config.engine_options(url, statement_timeout=1)
    slow = build_app(url, tmp_path, SQLALCHEMY_ENGINE_OPTIONS=options)
    with slow.app_context():
        began = time.monotonic()
        with pytest.raises(Exception, match="statement timeout"):
            db.session.execute(text("SELECT pg_sleep(10)"))
        assert time.monotonic() - began < 5
        db.session.rollback()
    dispose(slow)


@needs_postgresql
@pytest.mark.slow
def test_postgresql_going_away_under_load_answers_resting_fast_then_recovers(tmp_path):
    url = database_url(tmp_path, "outage")
    schema = build_app(url, tmp_path)
    migrate(schema)
    dispose(schema)
    direct = make_url(url)
    proxy = Proxy(direct.host or "127.0.0.1", direct.port or 5432)
    proxy.start()
    through = direct.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    connect_timeout = 2
    options = config.engine_options(through, connect_timeout=connect_timeout)
    site = build_app(through, tmp_path, SQLALCHEMY_ENGINE_OPTIONS=options)
    topic_id, member_ids = seed_topic(site, 4)

    answers: list[tuple[float, int, float, str]] = []  # (when, status, seconds, page)
    stop = threading.Event()

    clients = [site.test_client() for _ in member_ids]
    for client, member_id in zip(clients, member_ids, strict=True):
        sign_in(client, member_id)

    def reader(client: FlaskClient) -> None:
        while not stop.is_set():
            began = time.monotonic()
            response = client.get(f"/t/{topic_id}")
            took = time.monotonic() - began
            answers.append((began, response.status_code, took, response.get_data(as_text=True)))
            time.sleep(0.05)

    readers = [threading.Thread(target=reader, args=(c,), daemon=True) for c in clients]
    try:
        for thread in readers:
            thread.start()
        time.sleep(1.5)
        cut_at = time.monotonic()
        proxy.cut_off()
        time.sleep(6)
        back_at = time.monotonic()
        proxy.restore()
        time.sleep(6)
    finally:
        stop.set()
        for thread in readers:
            thread.join(timeout=15)
        proxy.stop()
        dispose(site)

    before = [a for a in answers if a[0] + a[2] < cut_at]
    during = [a for a in answers if cut_at + 0.5 < a[0] and a[0] + a[2] < back_at]
    after = [a for a in answers if a[0] > back_at + 3]
    assert before
    assert all(status == 200 for _, status, _, _ in before), [
        (s, p[:2000]) for _, s, _, p in before if s != 200
    ][:1]
    assert during, "no request was made while the database was away"
    assert {status for _, status, _, _ in during} == {503}
    assert all(RESTING in page for _, _, _, page in during)
    assert max(took for _, _, took, _ in during) < connect_timeout + 2  # fails fast, never hangs
    assert after
    assert all(status == 200 for _, status, _, _ in after)  # back on its own
    assert {status for _, status, _, _ in answers} <= {200, 503}  # never a 500
