"""`flask backup`: a consistent copy of the live database, taken while the site runs.

SQLite is copied page by page through its backup API inside one read
transaction: the copy is one moment's database, and in WAL mode members keep
writing meanwhile without making the copy start over. On
PostgreSQL `pg_dump` reads inside one snapshot and writes its custom format,
which `pg_restore` loads into an empty database. Old backups are deleted
after `keep_days`, so an erased account leaves the backups within that time.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import make_url

from forum.extensions import utcnow

PREFIX = "forum-"
PAGES_PER_STEP = 1024  # a progress line every 4 MB or so

Progress = Callable[[str], object]


class BackupError(RuntimeError):
    """The backup could not be made; the message says why in the operator's terms."""


@dataclass(frozen=True)
class Backup:
    path: Path
    size: int
    removed: tuple[Path, ...] = ()


def suffix(url: str) -> str:
    return ".dump" if make_url(url).get_backend_name() == "postgresql" else ".sqlite3"


def default_name(url: str, now: datetime | None = None) -> str:
    """forum-20250131-020000.sqlite3: sorts by time, and says what made it."""
    return f"{PREFIX}{(now or utcnow()):%Y%m%d-%H%M%S}{suffix(url)}"


def make_backup(url: str, to: Path, progress: Progress, keep_days: int | None = None) -> Backup:
    """Back the database at `url` up to `to` (a file, or a folder for a dated file)."""
    target = to / default_name(url) if to.is_dir() else to
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")  # never a half-written backup
    if make_url(url).get_backend_name() == "postgresql":
        _pg_dump(url, partial, progress)
    else:
        _sqlite_backup(url, partial, progress)
    partial.replace(target)
    removed = prune(target.parent, keep_days, target.suffix) if keep_days else ()
    return Backup(target, target.stat().st_size, removed)


def _sqlite_backup(url: str, target: Path, progress: Progress) -> None:
    source_path = make_url(url).database
    if not source_path or source_path == ":memory:" or not Path(source_path).exists():
        raise BackupError(f"There is no SQLite database file at {source_path!r} to back up.")

    def report(status: int, remaining: int, total: int) -> None:
        done = total - remaining
        progress(f"Copied {done} of {total} pages ({done * 100 // max(total, 1)}%)")

    source = sqlite3.connect(source_path, isolation_level=None)
    copy = sqlite3.connect(target)
    try:
        # Hold one snapshot from the first page to the last: without it a
        # write between two steps sends the copy back to page one.
        source.execute("BEGIN")
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()
        source.backup(copy, pages=PAGES_PER_STEP, progress=report, sleep=0)
        source.execute("COMMIT")
        verdict = copy.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        copy.close()
        source.close()
    if verdict != "ok":
        target.unlink(missing_ok=True)
        raise BackupError(f"The copy failed its integrity check: {verdict}")


def _pg_dump(url: str, target: Path, progress: Progress) -> None:
    program = shutil.which("pg_dump")
    if program is None:
        raise BackupError("pg_dump is not installed (Debian: apt-get install postgresql-client).")
    parsed = make_url(url).set(drivername="postgresql")
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)  # never on the command line, where ps shows it
    dsn = parsed.set(password=None).render_as_string(hide_password=False)
    progress("Dumping with pg_dump (custom format)…")
    done = subprocess.run(  # noqa: S603  (fixed program, no shell)
        [program, "--format=custom", "--no-owner", f"--file={target}", dsn],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        target.unlink(missing_ok=True)
        raise BackupError(f"pg_dump failed: {done.stderr.strip()}")
    progress(f"Dumped {target.stat().st_size} bytes")


def prune(folder: Path, keep_days: int, kind: str, now: datetime | None = None) -> tuple[Path, ...]:
    """Delete this kind of backup older than `keep_days`, judged by the date in its name."""
    cutoff = (now or utcnow()) - timedelta(days=keep_days)
    removed = []
    for path in sorted(folder.glob(f"{PREFIX}*{kind}")):
        stamp = path.name.removeprefix(PREFIX).removesuffix(kind)
        try:
            made = datetime.strptime(stamp, "%Y%m%d-%H%M%S").replace(tzinfo=cutoff.tzinfo)
        except ValueError:
            continue  # not one of ours: leave it alone
        if made < cutoff:
            path.unlink()
            removed.append(path)
    return tuple(removed)
