"""The benchmark's data: seeded once per database, size and schema, copied for each run.

Seeding 200,000 posts takes a minute or two, so the seeded database is kept (a
file under instance/bench/ for SQLite, a template database for PostgreSQL) and
each run starts from a fresh copy of it: the replies the run posts and the
reading positions it records never leak into the next run.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "instance" / "bench"
PG_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432"
RUN_DATABASE = "bench"


@dataclass(frozen=True)
class Sizes:
    members: int
    topics: int
    posts: int


def schema_key() -> str:
    """A digest of the migrations: a seed made under another schema is not reused."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "migrations" / "versions").glob("*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:10]


def seed_name(db: str, sizes: Sizes) -> str:
    return f"bench_seed_{db}_{sizes.members}_{sizes.topics}_{sizes.posts}_{schema_key()}"


def _flask(env: dict[str, str], *args: str) -> None:
    flask = str(Path(sys.executable).parent / "flask")
    subprocess.run([flask, "--app", "wsgi", *args], cwd=ROOT, env=env, check=True)  # noqa: S603


def _seed(url: str, sizes: Sizes) -> None:
    print(f"Seeding {sizes.posts:,} posts into {url} (kept for later runs)...", flush=True)
    env = {
        **os.environ,
        "FORUM_ENV": "production",
        "SECRET_KEY": "bench-seeding-only",
        "DATABASE_URL": url,
    }
    _flask(env, "db", "upgrade")
    _flask(
        env,
        "seed-load",
        f"--members={sizes.members}",
        f"--topics={sizes.topics}",
        f"--posts={sizes.posts}",
    )


def _run_statistics_job(url: str) -> None:
    """What cron does on a live site: the planner's statistics are current (seeds made
    before `seed-load` gathered them have none)."""
    env = {**os.environ, "FORUM_ENV": "production", "SECRET_KEY": "bench-only", "DATABASE_URL": url}
    _flask(env, "jobs", "run", "--only", "statistics")


def prepare(db: str, sizes: Sizes, pg_server: str = PG_SERVER, copy: str = RUN_DATABASE) -> str:
    """Seed (or reuse) the data; return the URL of a fresh copy, named ``copy``, to run on."""
    CACHE.mkdir(parents=True, exist_ok=True)
    name = seed_name(db, sizes)
    marker = CACHE / f"{name}.done"
    if db == "sqlite":
        seeded = CACHE / f"{name}.sqlite3"
        if not marker.exists():
            seeded.unlink(missing_ok=True)
            _seed(f"sqlite:///{seeded}", sizes)
            with sqlite3.connect(seeded) as conn:  # fold the WAL in, so one file is the copy
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            marker.touch()
        run = CACHE / f"{copy}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{run}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(seeded, run)
        _run_statistics_job(f"sqlite:///{run}")
        return f"sqlite:///{run}"
    if db == "postgresql":
        if not marker.exists():
            _pg(pg_server, f'DROP DATABASE IF EXISTS "{name}"', f'CREATE DATABASE "{name}"')
            _seed(f"{pg_server}/{name}", sizes)
            _pg_vacuum(f"{pg_server}/{name}")
            marker.touch()
        _pg(
            pg_server,
            f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)',
            f'CREATE DATABASE "{copy}" TEMPLATE "{name}"',
        )
        return f"{pg_server}/{copy}"
    raise SystemExit(f"BENCH_DB must be sqlite or postgresql, not {db!r}")


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def _pg(server: str, *statements: str) -> None:
    import psycopg

    with psycopg.connect(_libpq(f"{server}/postgres"), autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement.encode())


def _pg_vacuum(url: str) -> None:
    """What autovacuum would have done by the time a real site had this much data."""
    import psycopg

    with psycopg.connect(_libpq(url), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


def database_version(url: str) -> str:
    if url.startswith("sqlite"):
        return f"SQLite {sqlite3.sqlite_version}"
    import psycopg

    with psycopg.connect(_libpq(url)) as conn:
        row = conn.execute("SHOW server_version").fetchone()
    return f"PostgreSQL {row[0].split()[0] if row else '?'}"
