"""Time signed-in topic-page GETs with the old and the new SQLite BEGIN hook.

    .venv/bin/python -m tools.bench.reading [--requests 400] [--clients 4]

Seeds the demo data into a scratch SQLite file, serves it with gunicorn (2 sync
workers, as the site runs in production) once with every transaction begun
IMMEDIATE (the old hook) and once with reads deferred (the new one), each
twice, alternating, and prints requests per second and the ratio new/old.
"""

from __future__ import annotations

import argparse
import http.client
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SECRET = "bench-secret"  # noqa: S105 (a throwaway local site)
os.environ.setdefault("FORUM_ENV", "testing")  # before the app reads its settings


def bench_app() -> Any:
    """The gunicorn entry point: the site on BENCH_DB, with the old hook if asked."""
    from forum import create_app, extensions

    if os.environ.get("BENCH_OLD_HOOK") == "1":
        extensions._begins_immediate = lambda: True
    return create_app(_overrides(os.environ["BENCH_DB"]))


def _overrides(path: str) -> dict[str, Any]:
    return {
        "ENVIRONMENT": "testing",
        "SECRET_KEY": SECRET,
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{path}",
        "RATELIMIT_ENABLED": False,
        "MAIL_DELIVER_AFTER_REQUEST": False,
        "MAIL_SERVER": "",
    }


def _prepare(path: str) -> tuple[list[str], list[str]]:
    """Seed the demo data; return signed session cookies and topic paths."""
    from flask_migrate import upgrade
    from sqlalchemy import select

    from forum import create_app
    from forum.accounts.models import AccountStatus, User
    from forum.demo import seed
    from forum.extensions import db
    from forum.threads.models import Topic

    app = create_app(_overrides(path))
    with app.app_context():
        upgrade()
        seed.seed_demo()
        users = db.session.scalars(
            select(User).where(User.status == AccountStatus.active).order_by(User.id).limit(8)
        ).all()
        serializer = app.session_interface.get_signing_serializer(app)  # type: ignore[attr-defined]
        cookies = [serializer.dumps({"_user_id": u.get_id(), "_fresh": True}) for u in users]
        topics = db.session.scalars(select(Topic).order_by(Topic.id)).all()
        candidates = [f"/t/{t.id}?page={page}" for t in topics for page in (1, 2)]
        db.session.remove()
    client = app.test_client()
    paths = [p for p in candidates if all(_status(client, c, p) == 200 for c in cookies)]
    return cookies, paths


def _status(client: Any, cookie: str, path: str) -> int:
    """What this member sees at this path (only pages every member may read are timed)."""
    client.set_cookie("session", cookie)
    return int(client.get(path).status_code)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(path: str, old: bool, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "BENCH_DB": path, "BENCH_OLD_HOOK": "1" if old else "0"}
    env["FORUM_ENV"] = "testing"
    server = subprocess.Popen(  # noqa: S603 (our own gunicorn, fixed arguments)
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "-w",
            "2",
            "-b",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
            "tools.bench.reading:bench_app()",
        ],
        cwd=ROOT,
        env=env,
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("gunicorn did not start")


def _drive(port: int, cookies: list[str], paths: list[str], total: int, clients: int) -> float:
    each = total // clients
    errors: list[str] = []

    def client(index: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        cookie = f"session={cookies[index % len(cookies)]}"
        for n in range(each):
            conn.request("GET", paths[(index * 7 + n) % len(paths)], headers={"Cookie": cookie})
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                errors.append(f"{response.status}")
        conn.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    if errors:
        raise SystemExit(f"{len(errors)} failed requests, e.g. {errors[:3]}")
    return (each * clients) / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "bench.sqlite3")
        cookies, paths = _prepare(path)
        results: dict[str, list[float]] = {"old": [], "new": []}
        for label in ("old", "new", "old", "new"):
            port = _free_port()
            server = _serve(path, label == "old", port)
            try:
                _drive(port, cookies, paths, 40, args.clients)  # warm up
                results[label].append(_drive(port, cookies, paths, args.requests, args.clients))
            finally:
                server.terminate()
                server.wait()
    old, new = max(results["old"]), max(results["new"])
    print(f"old hook (BEGIN IMMEDIATE always): {old:7.1f} req/s  runs {results['old']}")
    print(f"new hook (GET deferred):           {new:7.1f} req/s  runs {results['new']}")
    print(f"ratio new/old: {new / old:.2f}x")


if __name__ == "__main__":
    main()
