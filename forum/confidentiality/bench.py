"""Throughput of the guard: ``python -m forum.confidentiality.bench [--posts N] [--repeats R]``.

Runs the JSONL tool as a subprocess, as bulk re-scans do, on short posts (the gold
sets' texts) and on ~1,500-character posts (gold texts joined until long enough), and
times the in-process ``scan`` per long post. The machine may be busy, so the same run
also times two baselines, and figures are given as ratios to them too: Python's own
start-up (``python -c pass``) and a plain ``json.loads``/``json.dumps`` echo of the
same lines through a subprocess, the least any JSONL tool can cost.
"""

import argparse
import json
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from .guard import scan

ROOT = Path(__file__).resolve().parents[2]
GOLD_SETS = [
    ROOT / "tests" / "confidentiality" / "eval_set.jsonl",
    ROOT / "tests" / "confidentiality" / "heldout_set.jsonl",
]
_ECHO = (
    "import json, sys\n"
    "for line in sys.stdin:\n"
    "    record = json.loads(line)\n"
    "    sys.stdout.write(json.dumps({'id': record['id'], 'findings': []}) + '\\n')\n"
)


def gold_texts() -> list[str]:
    """The texts of both gold sets: a realistic mix of clean and identifying posts."""
    return [
        json.loads(line)["text"]
        for path in GOLD_SETS
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def long_posts(texts: Sequence[str], count: int, length: int = 1_500, seed: int = 0) -> list[str]:
    """``count`` posts of about ``length`` characters, each whole gold texts joined at random.

    Paragraph breaks or spaces join them, as in a long forum post; a fixed seed keeps
    runs comparable.
    """
    rng = random.Random(seed)  # noqa: S311  (a repeatable sample, not a secret)
    posts = []
    for _ in range(count):
        parts: list[str] = []
        while sum(map(len, parts)) + len(parts) < length:
            parts.append(rng.choice(texts))
        posts.append(rng.choice(["\n\n", " "]).join(parts))
    return posts


def short_posts(texts: Sequence[str], count: int) -> list[str]:
    """``count`` posts cycling through the gold texts as they are."""
    return [texts[i % len(texts)] for i in range(count)]


def as_jsonl(posts: Sequence[str]) -> bytes:
    """The tool's input for ``posts``: one ``{"id", "text"}`` line each."""
    lines = (json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in enumerate(posts))
    return ("\n".join(lines) + "\n").encode("utf-8")


def time_command(args: Sequence[str], stdin: bytes, repeats: int) -> float:
    """Best wall-clock seconds over ``repeats`` runs of a Python subprocess fed ``stdin``.

    The best run is the one least disturbed by other work on the machine.
    """
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run(  # noqa: S603  (our own interpreter with fixed arguments)
            [sys.executable, *args], input=stdin, capture_output=True, check=True, cwd=ROOT
        )
        best = min(best, time.perf_counter() - started)
    return best


def tool_seconds(posts: Sequence[str], repeats: int = 1) -> float:
    """Best seconds for ``python -m forum.confidentiality scan`` to process ``posts``."""
    return time_command(["-m", "forum.confidentiality", "scan"], as_jsonl(posts), repeats)


def median_scan_ms(posts: Sequence[str]) -> float:
    """Median milliseconds for one in-process ``scan`` of each post, after a warm-up."""
    for post in posts[:20]:
        scan(post)
    timings = []
    for post in posts:
        started = time.perf_counter()
        scan(post)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1_000


def main(argv: list[str] | None = None) -> int:
    """Build the corpora, time the tool and the baselines, and print the figures."""
    parser = argparse.ArgumentParser(prog="python -m forum.confidentiality.bench")
    parser.add_argument("--posts", type=int, default=2_000, help="posts per corpus")
    parser.add_argument("--repeats", type=int, default=3, help="runs per timing; best is kept")
    args = parser.parse_args(argv)
    texts = gold_texts()
    short, long = short_posts(texts, args.posts), long_posts(texts, args.posts)
    mean_length = statistics.mean(map(len, long))

    startup = time_command(["-c", "pass"], b"", args.repeats)
    echo = time_command(["-c", _ECHO], as_jsonl(long), args.repeats)
    tool_startup = tool_seconds([], args.repeats)
    short_s = tool_seconds(short, args.repeats)
    long_s = tool_seconds(long, args.repeats)

    print(f"posts per corpus          {args.posts:,} (long posts average {mean_length:,.0f} chars)")
    print(f"python -c pass            {startup * 1000:8.1f} ms")
    print(f"json echo, long posts     {echo * 1000:8.1f} ms  ({args.posts / echo:,.0f} posts/s)")
    print(
        f"tool start-up, no posts   {tool_startup * 1000:8.1f} ms  ({tool_startup / startup:.1f}x python -c pass)"
    )
    for name, seconds in [("short", short_s), ("~1,500-char", long_s)]:
        print(
            f"tool, {name + ' posts':<19} {args.posts / seconds:8,.0f} posts/s  "
            f"({seconds / echo:.1f}x the json echo's time)"
        )
    print(f"median scan, long post    {median_scan_ms(long):8.3f} ms in-process")
    return 0


if __name__ == "__main__":
    sys.exit(main())
