"""Eight processes each post 200 replies at once: every one lands, none meets a locked database."""

from __future__ import annotations

import multiprocessing
import time

import pytest
from sqlalchemy import func, select

from forum.extensions import db
from forum.threads.models import Post, Topic
from tests.faults.support import build_app, database_url, dispose, migrate, seed_topic
from tests.faults.writers import post_replies

PROCESSES = 8
REPLIES_EACH = 200


@pytest.mark.slow
def test_eight_processes_posting_200_replies_each_all_land(tmp_path):
    url = database_url(tmp_path, "writers")
    app = build_app(url, tmp_path)
    migrate(app)
    topic_id, member_ids = seed_topic(app, PROCESSES)
    dispose(app)

    spawn = multiprocessing.get_context("spawn")  # each its own interpreter and create_app
    start = spawn.Barrier(PROCESSES)
    results = spawn.Queue()
    workers = [
        spawn.Process(
            target=post_replies,
            args=(url, str(tmp_path), topic_id, member_id, REPLIES_EACH, start, results),
        )
        for member_id in member_ids
    ]
    began = time.monotonic()
    for worker in workers:
        worker.start()
    reports = dict(results.get(timeout=120) for _ in workers)
    for worker in workers:
        worker.join(timeout=10)
    elapsed = time.monotonic() - began

    assert [w.exitcode for w in workers] == [0] * PROCESSES
    failures = [f for found in reports.values() for f in found]
    assert failures == [], failures[:5]
    assert not any("database is locked" in f for f in failures)
    with app.app_context():
        replies = db.session.scalar(
            select(func.count()).select_from(Post).where(Post.topic_id == topic_id)
        )
        assert replies == PROCESSES * REPLIES_EACH + 1  # and the opening post
        assert db.session.get(Topic, topic_id).post_count == replies
        numbers = db.session.scalars(select(Post.number).where(Post.topic_id == topic_id)).all()
        assert sorted(numbers) == list(range(1, replies + 1))
    dispose(app)
    print(f"{PROCESSES * REPLIES_EACH} replies from {PROCESSES} processes in {elapsed:.1f} s")
