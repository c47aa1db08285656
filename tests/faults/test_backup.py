"""`flask backup` while members write, then the documented restore brings the forum back."""

from __future__ import annotations

import shutil
import subprocess
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from forum.accounts.models import User
from forum.extensions import db
from forum.operations import backup as backups
from forum.threads import services as threads
from forum.threads.models import Post, Topic
from tests.faults.support import build_app, database_url, dispose, migrate, seed_topic, sign_in


def _restore(made: Path, tmp: Path) -> str:
    """The README's restore: copy the SQLite file back, or pg_restore into an empty database."""
    url = database_url(tmp, "restored")
    if made.suffix == ".sqlite3":
        shutil.copy(made, make_url(url).database or "")
        return url
    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    program = shutil.which("pg_restore")
    assert program is not None
    subprocess.run([program, "--no-owner", f"--dbname={dsn}", str(made)], check=True)
    return url


@pytest.mark.slow
def test_a_backup_taken_while_members_write_restores_to_a_working_forum(tmp_path):
    source = build_app(database_url(tmp_path, "live"), tmp_path)
    migrate(source)
    topic_id, member_ids = seed_topic(source, 1)
    stop = threading.Event()
    written: list[int] = []

    def write() -> None:
        with source.app_context():
            author = db.session.get(User, member_ids[0])
            while not stop.is_set():
                topic = db.session.get(Topic, topic_id)
                written.append(threads.reply(author, topic, f"Reply {len(written)}").saved.id)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    try:
        while len(written) < 20:  # members are busy before and during the backup
            threading.Event().wait(0.05)
        before = len(written)
        result = source.test_cli_runner().invoke(args=["backup", "--to", str(tmp_path)])
    finally:
        stop.set()
        writer.join(timeout=30)
    dispose(source)
    assert result.exit_code == 0, result.output
    assert "Backup written to" in result.output
    assert "Copied" in result.output or "pg_dump" in result.output  # a progress line
    [made] = [p for p in tmp_path.glob("forum-*") if p.suffix in {".sqlite3", ".dump"}]

    restored = build_app(_restore(made, tmp_path), tmp_path)
    with restored.app_context():
        posts = db.session.scalar(
            select(func.count()).select_from(Post).where(Post.topic_id == topic_id)
        )
        assert posts > before  # everything written before the backup began, and more
        assert db.session.get(Topic, topic_id).post_count == posts  # one moment, not a blend
    client = restored.test_client()
    sign_in(client, member_ids[0])
    page = client.get(f"/t/{topic_id}")
    assert page.status_code == 200
    assert "Opening post" in page.get_data(as_text=True)
    assert "Reply 0" in page.get_data(as_text=True)
    dispose(restored)


def test_backups_older_than_the_kept_days_are_deleted_and_others_kept(tmp_path):
    for name in (
        "forum-20250101-020000.sqlite3",  # 45 days old
        "forum-20250201-020000.sqlite3",  # 14 days old
        "forum-20250101-020000.dump",  # another kind: not this database's
        "notes.sqlite3",  # not a backup at all
    ):
        (tmp_path / name).write_text("x")
    now = datetime(2025, 2, 15, 2, 0, tzinfo=UTC)
    removed = backups.prune(tmp_path, 30, ".sqlite3", now=now)
    assert [p.name for p in removed] == ["forum-20250101-020000.sqlite3"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "forum-20250101-020000.dump",
        "forum-20250201-020000.sqlite3",
        "notes.sqlite3",
    ]


def test_the_backup_command_reports_a_missing_database_plainly(app, tmp_path, monkeypatch):
    monkeypatch.setitem(
        app.config, "SQLALCHEMY_DATABASE_URI", f"sqlite:///{tmp_path / 'absent.sqlite3'}"
    )
    result = app.test_cli_runner().invoke(args=["backup", "--to", str(tmp_path / "b.sqlite3")])
    assert result.exit_code != 0
    assert "There is no SQLite database file at" in result.output
    assert not (tmp_path / "b.sqlite3").exists()
