"""Reading a topic on real connections: readers never queue on the write lock.

GET requests begin deferred on SQLite; the reading position, their one write,
runs afterwards as one forward-only upsert in its own IMMEDIATE transaction.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from flask import Flask
from sqlalchemy import func, select, text

from forum.accounts import sessions
from forum.extensions import db
from forum.threads.models import Post, TopicRead
from tests.factories import make_topic, make_user
from tests.scratch import dispose, make_scratch_app

PER_PAGE = 10
READERS = 5


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    app = make_scratch_app(tmp_path_factory.mktemp("reading"), POSTS_PER_PAGE=PER_PAGE)
    yield app
    dispose(app)


@pytest.fixture(scope="module")
def world(scratch: Flask) -> dict[str, object]:
    with scratch.app_context():
        author = make_user(email="reading.author@example.org")
        readers = [make_user(email=f"reader{i}@example.org") for i in range(READERS)]
        topic = make_topic(author, title="A long read", replies=3 * PER_PAGE - 1)
        identities = [sessions.start(r) for r in readers]  # what each reader's cookie carries
        db.session.commit()
        found = {
            "topic_id": topic.id,
            "reader_ids": identities,
            "reader_pks": [r.id for r in readers],
        }
        db.session.remove()
    return found


def _position(app: Flask, user_id: int, topic_id: int) -> int | None:
    with app.app_context():
        value = db.session.scalar(
            select(TopicRead.last_read_number).where(
                TopicRead.user_id == user_id, TopicRead.topic_id == topic_id
            )
        )
        db.session.remove()
        return value


def _client_for(app: Flask, user_id: str):  # type: ignore[no-untyped-def]
    client = app.test_client()
    with client.session_transaction() as session:
        session["_user_id"] = user_id
        session["_fresh"] = True
    return client


def test_a_topic_get_neither_waits_for_nor_fails_behind_a_long_reader(
    scratch: Flask, world: dict[str, object]
):
    topic_id = world["topic_id"]
    reader_ids: list[str] = world["reader_ids"]  # type: ignore[assignment]
    reader_pks: list[int] = world["reader_pks"]  # type: ignore[assignment]
    client = _client_for(scratch, reader_ids[0])
    outcome: dict[str, object] = {}

    def other_request() -> None:
        started = time.monotonic()
        try:
            response = client.get(f"/t/{topic_id}?page=2")
            outcome["status"] = response.status_code
        except BaseException as exc:  # asserted on below
            outcome["error"] = exc
        outcome["seconds"] = time.monotonic() - started

    # Another request's GET, mid-way through a long read: its transaction is open.
    with scratch.test_request_context("/", method="GET"):
        assert db.session.scalar(select(func.count(Post.id))) > 0
        worker = threading.Thread(target=other_request)
        worker.start()
        worker.join(timeout=8)
        assert not worker.is_alive(), "the topic GET waited behind a reader"
        # The long reader is still inside its transaction, and may go on reading.
        assert db.session.scalar(select(func.count(TopicRead.user_id))) is not None
        db.session.rollback()
        db.session.remove()
    assert "error" not in outcome, outcome
    assert outcome["status"] == 200
    assert outcome["seconds"] < 5  # busy_timeout is 10 s: it did not queue on a lock
    assert _position(scratch, reader_pks[0], topic_id) == 2 * PER_PAGE


def test_a_get_begins_deferred_and_a_post_immediate_on_sqlite(scratch: Flask):
    with scratch.app_context():
        if db.engine.dialect.name != "sqlite":
            pytest.skip("SQLite's BEGIN modes")
    statements: list[str] = []

    def seen(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        if statement.startswith("BEGIN"):
            statements.append(statement)

    with scratch.app_context():
        engine = db.engine
    from sqlalchemy import event

    event.listen(engine, "before_cursor_execute", seen)
    try:
        for method in ("GET", "POST"):
            with scratch.test_request_context("/", method=method):
                db.session.execute(text("SELECT 1"))
                db.session.rollback()
                db.session.remove()
        with scratch.app_context():  # outside any request: the safe default
            db.session.execute(text("SELECT 1"))
            db.session.remove()
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert statements == ["BEGIN", "BEGIN IMMEDIATE", "BEGIN IMMEDIATE"]


def test_concurrent_readers_all_succeed_and_positions_only_move_forward(
    scratch: Flask, world: dict[str, object]
):
    topic_id = world["topic_id"]
    reader_ids: list[str] = world["reader_ids"]  # type: ignore[assignment]
    reader_pks: list[int] = world["reader_pks"]  # type: ignore[assignment]
    barrier = threading.Barrier(READERS)
    errors: list[BaseException] = []
    seen: dict[int, list[int]] = {i: [] for i in range(READERS)}
    # Each reader goes forward to the last page, back to page 1, then page 2.
    pages = [1, 2, 3, 1, 2, 3, 1, 2]

    def read(index: int) -> None:
        try:
            client = _client_for(scratch, reader_ids[index])
            barrier.wait()
            for page in pages:
                response = client.get(f"/t/{topic_id}?page={page}")
                assert response.status_code == 200, response.status_code
                position = _position(scratch, reader_pks[index], topic_id)
                assert position is not None
                seen[index].append(position)
        except BaseException as exc:  # collected and asserted on below
            errors.append(exc)

    workers = [threading.Thread(target=read, args=(i,)) for i in range(READERS)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert errors == []
    for index in range(READERS):
        positions = seen[index]
        assert positions == sorted(positions), positions  # never backwards
        assert positions[-1] == 3 * PER_PAGE
