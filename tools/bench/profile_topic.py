"""Where a signed-in topic page 1 spends its time: pyinstrument and cProfile in-process.

    .venv/bin/python -m tools.bench.profile_topic [--requests 200]

On a fresh copy of the bench's seeded SQLite data (BENCH_MEMBERS/TOPICS/POSTS),
with production settings, one member signs in through the form and reads the
bench's topics in turn through the test client: first unprofiled against the
reference page (for a ratio), then under pyinstrument (a call tree and the
functions with the most time of their own), then under cProfile (call counts).
Writes bench-results/profile-topic-<db>.txt.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import secrets
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tools.bench import data
from tools.bench.client import csrf_token
from tools.bench.wrk import USER_AGENT

ROOT = Path(__file__).resolve().parents[2]


def _timed(call: Callable[[int], None], requests: int) -> float:
    """Milliseconds per request."""
    started = time.perf_counter()
    for n in range(requests):
        call(n)
    return (time.perf_counter() - started) * 1000 / requests


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    db = os.environ.get("BENCH_DB") or "sqlite"
    sizes = data.Sizes(
        int(os.environ.get("BENCH_MEMBERS") or 2_000),
        int(os.environ.get("BENCH_TOPICS") or 20_000),
        int(os.environ.get("BENCH_POSTS") or 200_000),
    )
    url = data.prepare(db, sizes, copy="bench_profile")
    scratch = Path(tempfile.mkdtemp(prefix="bench-profile-"))
    os.environ.update(
        {
            "FORUM_ENV": "production",
            "SECRET_KEY": secrets.token_hex(32),
            "DATABASE_URL": url,
            "RATELIMIT_ENABLED": "0",
            "MAIL_OUTBOX_DIR": str(scratch / "mail"),
        }
    )
    from forum import create_app
    from forum.demo.load import PASSWORD
    from tools.bench import plan as planning
    from tools.bench.reference import create_app as create_reference

    app = create_app()
    plan = planning.choose(app, 1, "support")
    paths = next(p for p in plan.pages if p.key == "topic").paths
    site = app.test_client()
    site.environ_base["HTTP_USER_AGENT"] = USER_AGENT
    form = site.get("/sign-in").get_data(as_text=True)
    signed = site.post(
        "/sign-in",
        data={"email": plan.emails[0], "password": PASSWORD, "csrf_token": csrf_token(form)},
    )
    assert signed.status_code == 302, signed.status

    def topic(n: int) -> None:
        response = site.get(paths[n % len(paths)])
        assert response.status_code == 200, response.status

    reference = create_reference().test_client()

    def latest(n: int) -> None:
        assert reference.get("/").status_code == 200

    requests = args.requests
    _timed(topic, len(paths))  # the first visits record reading positions; warm both up
    _timed(latest, 20)
    reference_ms = _timed(latest, requests)
    topic_ms = _timed(topic, requests)

    from pyinstrument import Profiler

    profiler = Profiler(interval=0.0005)
    profiler.start()
    _timed(topic, requests)
    profiler.stop()
    tree = profiler.output_text(unicode=True, color=False, show_all=False)
    flat = profiler.output_text(unicode=True, color=False, flat=True)

    profile = cProfile.Profile()
    profile.enable()
    _timed(topic, requests)
    profile.disable()
    counts = io.StringIO()
    stats = pstats.Stats(profile, stream=counts).strip_dirs()
    stats.sort_stats("tottime").print_stats(30)
    stats.sort_stats("cumulative").print_stats(40)

    header = (
        f"Topic page 1, signed in, {requests} requests in-process through the test client on "
        f"{db} ({sizes.posts:,} posts), production settings.\n"
        f"Topic page: {topic_ms:.2f} ms/request; reference page: {reference_ms:.2f} ms/request; "
        f"ratio (reference time / topic time) {reference_ms / topic_ms:.2f}x.\n"
    )
    out = ROOT / (os.environ.get("BENCH_RESULTS") or "bench-results")
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"profile-topic-{db}.txt"
    path.write_text(
        "\n".join(
            [
                header,
                "== pyinstrument: call tree ==",
                tree,
                "== pyinstrument: self time per function ==",
                flat,
                "== cProfile ==",
                counts.getvalue(),
            ]
        )
    )
    print(header)
    print(flat[:6000])
    print(f"Wrote {path}")


if __name__ == "__main__":
    main()
