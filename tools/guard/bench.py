"""Throughput of the guard, as ratios to baselines timed in the same run: ``python -m tools.guard.bench``.

The machine may be busy, so absolute rates say little; every figure is also given as
a ratio to a baseline measured in the same run, interleaved with it: the JSONL tool
against a plain ``json.loads``/``json.dumps`` echo of the same lines through a
subprocess (the least any JSONL tool can cost), the tool's start-up against Python's
own (``python -c pass``), and one in-process ``scan`` of a post against one pass of a
word-splitting expression over it. Times are CPU seconds (user + system), which other
work on the machine disturbs far less than wall-clock time.
"""

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from forum.confidentiality.guard import scan

ROOT = Path(__file__).resolve().parents[2]
GOLD_SETS = [
    ROOT / "tests" / "confidentiality" / "eval_set.jsonl",
    ROOT / "tests" / "confidentiality" / "heldout_set.jsonl",
]
TOOL = ("-m", "forum.confidentiality", "scan")
ECHO = (
    "-c",
    "import json, sys\n"
    "for line in sys.stdin:\n"
    "    record = json.loads(line)\n"
    "    sys.stdout.write(json.dumps({'id': record['id'], 'findings': []}) + '\\n')\n",
)
STARTUP = ("-c", "pass")
_WORDS_RE = re.compile(r"\w+")


def gold_texts() -> list[str]:
    """The texts of the tuning and held-out sets: a realistic mix of clean and identifying posts."""
    return [
        json.loads(line)["text"]
        for path in GOLD_SETS
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def short_posts(texts: Sequence[str], count: int) -> list[str]:
    """``count`` posts cycling through the gold texts as members wrote them."""
    return [texts[i % len(texts)] for i in range(count)]


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


def as_jsonl(posts: Sequence[str]) -> bytes:
    """The tool's input for ``posts``: one ``{"id", "text"}`` line each."""
    lines = (json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in enumerate(posts))
    return ("\n".join(lines) + "\n").encode("utf-8") if posts else b""


def cpu_seconds(args: Sequence[str], stdin: bytes) -> float:
    """CPU seconds (user + system) that one Python subprocess takes on ``stdin``."""
    with tempfile.TemporaryFile() as source:
        source.write(stdin)
        source.seek(0)
        process = subprocess.Popen(  # noqa: S603  (our own interpreter, fixed arguments)
            [sys.executable, *args], stdin=source, stdout=subprocess.DEVNULL, cwd=ROOT
        )
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, args)
    return usage.ru_utime + usage.ru_stime


@dataclass(frozen=True)
class Ratio:
    """The best CPU seconds of a command and of its baseline, timed in turn."""

    seconds: float
    baseline: float

    @property
    def ratio(self) -> float:
        """How many times the baseline's time the command takes."""
        return self.seconds / self.baseline


def against(command: Sequence[str], baseline: Sequence[str], stdin: bytes, repeats: int) -> Ratio:
    """Time ``command`` and ``baseline`` in turn on the same input; keep each one's best run.

    Interleaving them exposes both to the same load; the best run is the one least
    disturbed by other work.
    """
    best, best_baseline = float("inf"), float("inf")
    for _ in range(repeats):
        best_baseline = min(best_baseline, cpu_seconds(baseline, stdin))
        best = min(best, cpu_seconds(command, stdin))
    return Ratio(best, best_baseline)


def tool_against_echo(posts: Sequence[str], repeats: int = 3) -> Ratio:
    """The JSONL tool against the JSON echo on ``posts``, start-up included in both."""
    return against(TOOL, ECHO, as_jsonl(posts), repeats)


def startup_against_python(repeats: int = 3) -> Ratio:
    """The tool with no input against ``python -c pass``."""
    return against(TOOL, STARTUP, b"", repeats)


def scan_against_word_split(posts: Sequence[str], rounds: int = 3) -> Ratio:
    """Median CPU seconds of one in-process ``scan`` against one ``\\w+`` pass, per post."""
    for post in posts[:20]:  # warm the caches
        scan(post)
    scans, splits = [], []
    for _ in range(rounds):
        for post in posts:
            started = time.process_time()
            _WORDS_RE.findall(post)
            splits.append(time.process_time() - started)
            started = time.process_time()
            scan(post)
            scans.append(time.process_time() - started)
    # process_time ticks coarsely on some systems: medians of many posts smooth it.
    return Ratio(statistics.median(scans), max(statistics.median(splits), 1e-9))


def main(argv: list[str] | None = None) -> int:
    """Build the corpora, time the tool and the baselines, and print the figures."""
    parser = argparse.ArgumentParser(prog="python -m tools.guard.bench")
    parser.add_argument("--posts", type=int, default=2_000, help="posts per corpus")
    parser.add_argument("--repeats", type=int, default=3, help="runs per timing; best is kept")
    args = parser.parse_args(argv)
    texts = gold_texts()
    short, long = short_posts(texts, args.posts), long_posts(texts, args.posts)
    startup = startup_against_python(args.repeats)
    print(
        f"posts per corpus       {args.posts:,} (long posts average {statistics.mean(map(len, long)):,.0f} chars)"
    )
    print(
        f"tool start-up          {startup.seconds * 1000:8.1f} ms CPU  "
        f"{startup.ratio:5.1f}x python -c pass ({startup.baseline * 1000:.1f} ms)"
    )
    for name, posts in [("typical posts", short), ("~1,500-char posts", long)]:
        timing = tool_against_echo(posts, args.repeats)
        print(
            f"tool, {name:<17}{len(posts) / timing.seconds:8,.0f} posts/s  "
            f"{timing.ratio:5.1f}x the json echo's time ({len(posts) / timing.baseline:,.0f} posts/s)"
        )
    latency = scan_against_word_split(long[:300])
    print(
        f"scan, long post        {latency.seconds * 1000:8.3f} ms CPU  "
        f"{latency.ratio:5.1f}x one \\w+ pass over it"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
