"""`make bench`: the site's main pages under load, as ratios to a reference page.

    BENCH_DB=sqlite|postgresql make bench

Seeds (or reuses) a community of BENCH_MEMBERS / BENCH_TOPICS / BENCH_POSTS,
serves a fresh copy of it with gunicorn as production does (2 sync workers,
FORUM_ENV=production, a secret key; only the rate limits are off, or wrk would
measure the limiter's 429s), signs BENCH_SIGNED_IN members in through the real
sign-in form, and drives each page with wrk for BENCH_SECONDS at
BENCH_CONNECTIONS connections. A minimal Flask page (one query, 20 rows, a
template) under the same gunicorn settings is timed for BENCH_REFERENCE_SECONDS
before each page and after the last, and each page is reported as a ratio to the
reference runs beside it (the machine may be busy with other work), and by the
workers' CPU time per request. Queries per request are counted afterwards in a
separate pass through the test client. Results go to bench-results/
(BENCH_RESULTS): <db>.json, <db>.md, <db>.png, and summary.md / speed.png for
all databases measured at the same sizes (`python -m tools.bench.run --rewrite`
rebuilds them from the JSON). Needs wrk: apt-get install -y wrk.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from tools.bench import client, counting, data, report, wrk
from tools.bench import plan as planning
from tools.bench.plan import REPLY_BODY, Page
from tools.bench.server import WORKERS, Gunicorn, free_port, machine

ROOT = Path(__file__).resolve().parents[2]
MAX_CASES = 800


def _env(name: str, default: str) -> str:
    return os.environ.get(name, "") or default


def _int(name: str, default: int) -> int:
    return int(_env(name, str(default)))


def site_env(url: str, port: int, scratch: Path) -> dict[str, str]:
    """Production settings, on the bench copy, with the app's rate limits off."""
    return {
        **os.environ,
        "FORUM_ENV": "production",
        "SECRET_KEY": secrets.token_hex(32),
        "DATABASE_URL": url,
        "BASE_URL": f"http://127.0.0.1:{port}",
        "RATELIMIT_ENABLED": "0",
        "MAIL_SERVER": "",
        "MAIL_OUTBOX_DIR": str(scratch / "mail"),
        "AVATAR_DIR": str(scratch / "avatars"),
    }


def cases(page: Page, members: list[client.Member]) -> list[wrk.Case]:
    """Every member in turn, each on the page's paths in turn (a reply with their token)."""
    total = min(max(len(members) * len(page.paths), 1), MAX_CASES)
    out = []
    for i in range(total):
        member = members[i % len(members)]
        path = page.paths[(i % len(members) + i // len(members)) % len(page.paths)]
        body = None
        if page.method == "POST":
            body = urlencode(
                {"csrf_token": member.csrf_token, "body": REPLY_BODY, "submit": "Post reply"}
            )
        out.append(wrk.Case(page.method, path, member.cookie, body))
    return out


def _check(port: int, page: Page, replay: list[wrk.Case]) -> None:
    """Every member and every path once by hand, before wrk: a wrong answer stops the run."""
    paths: set[str] = set()
    cookies: set[str] = set()
    for case in replay:
        if case.path in paths and case.cookie in cookies:
            continue
        paths.add(case.path)
        cookies.add(case.cookie)
        browser = client.Browser(port)
        browser.session = case.cookie.partition("=")[2]
        form = dict(parse_qsl(case.body)) if case.body is not None else None
        answer = browser.request(case.method, case.path, form)
        if answer.status != page.expect_status or page.expect_location not in answer.location:
            raise SystemExit(
                f"{page.key}: {case.method} {case.path} answered {answer.status} "
                f"{answer.location} (expected {page.expect_status})"
            )


@dataclass(frozen=True)
class Load:
    """How hard and how long wrk drives each page."""

    binary: str
    seconds: int
    warmup: int
    reference_seconds: int
    connections: int
    threads: int


def _drive(
    load: Load, port: int, page: Page, replay: list[wrk.Case], seconds: int
) -> wrk.WrkResult:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(
            wrk.script(
                replay, expect_status=page.expect_status, expect_location=page.expect_location
            )
        )
    try:
        command = wrk.command(
            load.binary,
            f"http://127.0.0.1:{port}",
            script.name,
            seconds=seconds,
            connections=load.connections,
            threads=load.threads,
        )
        done = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603
    finally:
        os.unlink(script.name)
    return wrk.parse(done.stdout)


def _measure(
    load: Load, server: Gunicorn, page: Page, replay: list[wrk.Case], seconds: int
) -> report.PageResult:
    if load.warmup:
        _drive(load, server.port, page, replay, load.warmup)
    cpu = server.cpu_seconds()
    result = _drive(load, server.port, page, replay, seconds)
    cpu_ms = (server.cpu_seconds() - cpu) * 1000 / max(result.requests, 1)
    print(
        f"  {page.label:<40} {result.rate:8.1f} req/s  p50 {result.p50_ms:7.1f} ms  "
        f"p99 {result.p99_ms:7.1f} ms  CPU {cpu_ms:6.2f} ms/req  "
        f"unexpected {result.unexpected + result.socket_errors}",
        flush=True,
    )
    return report.PageResult(
        key=page.key,
        label=page.label,
        rate=result.rate,
        p50_ms=result.p50_ms,
        p99_ms=result.p99_ms,
        requests=result.requests,
        unexpected=result.unexpected,
        socket_errors=result.socket_errors,
        cpu_ms=cpu_ms,
    )


REFERENCE = Page("reference", report.REFERENCE_LABEL, "GET", ["/"])


def _load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def main() -> None:
    load = Load(
        binary=wrk.require_wrk(),
        seconds=_int("BENCH_SECONDS", 10),
        warmup=_int("BENCH_WARMUP", 2),
        reference_seconds=_int("BENCH_REFERENCE_SECONDS", 5),
        connections=_int("BENCH_CONNECTIONS", 16),
        threads=_int("BENCH_THREADS", 2),
    )
    db = _env("BENCH_DB", "sqlite")
    sizes = data.Sizes(
        _int("BENCH_MEMBERS", 2_000), _int("BENCH_TOPICS", 20_000), _int("BENCH_POSTS", 200_000)
    )
    only = [k for k in _env("BENCH_PAGES", "").split(",") if k]
    results_dir = ROOT / _env("BENCH_RESULTS", "bench-results")
    started = time.monotonic()

    url = data.prepare(db, sizes, _env("BENCH_PG", data.PG_SERVER))
    scratch = Path(tempfile.mkdtemp(prefix="bench-"))
    port, reference_port = free_port(), free_port()
    env = site_env(url, port, scratch)
    os.environ.update({k: env[k] for k in ("FORUM_ENV", "SECRET_KEY", "DATABASE_URL")})
    os.environ.update({k: env[k] for k in ("BASE_URL", "RATELIMIT_ENABLED", "MAIL_OUTBOX_DIR")})
    from forum import create_app
    from forum.demo.load import PASSWORD

    app = create_app()
    plan = planning.choose(app, _int("BENCH_SIGNED_IN", 16), _env("BENCH_SEARCH", "support"))
    pages = [p for p in plan.pages if not only or p.key in only]

    memory: dict[str, list[float]] = {}
    results: list[report.PageResult] = []
    references: list[report.PageResult] = []
    replays: dict[str, tuple[list[wrk.Case], int]] = {}
    loads = [_load_average()]
    reference_replay = [wrk.Case("GET", "/", "x=1")]
    with (
        Gunicorn("tools.bench.reference:create_app()", env, reference_port) as reference,
        Gunicorn("wsgi:app", env, port) as site,
    ):
        members = [
            client.sign_in(port, email, PASSWORD, f"/t/{plan.reply_topics[0]}/reply")
            for email in plan.emails
        ]
        print(f"Signed in {len(members)} members through the sign-in form.", flush=True)
        # Workers load the app lazily: "start" is once both have served the sign-ins.
        memory["start"], workers = site.rss_mib(), site.workers()
        print(f"Benchmarking on {db}; the reference page runs between pages.", flush=True)
        for page in pages:
            replay = cases(page, members)
            replays[page.key] = (replay, page.expect_status)
            _check(port, page, replay)
            references.append(
                _measure(load, reference, REFERENCE, reference_replay, load.reference_seconds)
            )
            results.append(_measure(load, site, page, replay, load.seconds))
        references.append(
            _measure(load, reference, REFERENCE, reference_replay, load.reference_seconds)
        )
        memory["end"] = site.rss_mib()
        if site.workers() != workers:
            print("A worker was restarted during the run: the memory figures compare two.")
    loads.append(_load_average())
    for i, result in enumerate(results):  # each page against the reference runs beside it
        result.reference_rate = (references[i].rate + references[i + 1].rate) / 2

    print("Counting queries per request through the test client...", flush=True)
    queries = counting.count(app, replays)
    for result in results:
        result.queries = queries.get(result.key)

    run = report.Run(
        db=db,
        sizes=vars(sizes),
        machine=machine(data.database_version(url)),
        settings={
            "workers": WORKERS,
            "connections": load.connections,
            "threads": load.threads,
            "seconds": load.seconds,
            "reference_seconds": load.reference_seconds,
            "members": len(plan.emails),
            "load_average": loads,
        },
        references=references,
        pages=results,
        memory_mib=memory,
        when=datetime.now(UTC).strftime("%Y-%m-%d"),
    )
    write(run, results_dir)
    shutil.rmtree(scratch, ignore_errors=True)
    print(f"Done in {time.monotonic() - started:.0f} s.", flush=True)


def write(run: report.Run, folder: Path) -> None:
    """This run's files, and the summary over every database measured at the same sizes."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{run.db}.json").write_text(run.to_json())
    (folder / f"{run.db}.md").write_text(report.table(run))
    report.chart([run], folder / f"{run.db}.png")
    runs = []
    for name in ("sqlite", "postgresql"):
        path = folder / f"{name}.json"
        if path.exists():
            other = report.Run.from_json(path.read_text())
            if other.sizes == run.sizes:
                runs.append(other)
    (folder / "summary.md").write_text(
        "\n".join([report.summary_table(runs), *(report.table(r) for r in runs)])
    )
    report.chart(runs, folder / "speed.png")
    print(report.table(run))
    print(f"Wrote {folder}/{run.db}.md, {run.db}.png, summary.md and speed.png.")


def rewrite(folder: Path) -> None:
    """Rebuild the tables and charts from the JSON already there (after changing report.py)."""
    for name in ("sqlite", "postgresql"):
        path = folder / f"{name}.json"
        if path.exists():
            write(report.Run.from_json(path.read_text()), folder)


if __name__ == "__main__":
    if sys.argv[1:] == ["--rewrite"]:
        rewrite(ROOT / _env("BENCH_RESULTS", "bench-results"))
    else:
        main()
