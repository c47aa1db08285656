"""Measure the guard on gold-labelled JSONL sets: ``python -m tools.guard.evaluate FILE...``.

Each line is ``{"id", "text", "findings": [{"kind", "start", "end"}]}``. A predicted
span matches a gold span when the kinds agree and the spans overlap (the author only
needs to be pointed at the right words); kind-agnostic overlap is reported too.
"""

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from forum.confidentiality.guard import scan

Span = tuple[str, int, int]


@dataclass
class Report:
    """Counts gathered over one set of posts."""

    posts: int = 0
    gold_posts: int = 0
    gold_posts_flagged: int = 0
    clean_posts: int = 0
    clean_posts_flagged: int = 0
    true_pos: Counter[str] = field(
        default_factory=Counter
    )  # predicted spans that match gold, by kind
    predicted: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)  # gold spans matched, by kind
    gold: Counter[str] = field(default_factory=Counter)
    any_true_pos: int = 0
    any_found: int = 0
    posts_per_second: float = 0.0

    @property
    def post_recall(self) -> float:
        """Share of posts with an identifier where the guard flags anything."""
        return self.gold_posts_flagged / self.gold_posts if self.gold_posts else 1.0

    @property
    def clean_fp_rate(self) -> float:
        """Share of clean posts where the guard flags anything."""
        return self.clean_posts_flagged / self.clean_posts if self.clean_posts else 0.0


def _overlaps(a: Span, b: Span, *, same_kind: bool) -> bool:
    return a[1] < b[2] and b[1] < a[2] and (not same_kind or a[0] == b[0])


def load(path: str | Path) -> list[dict[str, object]]:
    """Read a gold set, one JSON object per non-blank line."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def evaluate(records: list[dict[str, object]], min_seconds: float = 1.0) -> Report:
    """Score the guard against gold spans and time it over the same texts."""
    report = Report()
    texts = [str(r["text"]) for r in records]
    for record, text in zip(records, texts, strict=True):
        gold: list[Span] = [(g["kind"], g["start"], g["end"]) for g in record["findings"]]  # type: ignore[attr-defined]
        pred: list[Span] = [(f.kind, f.start, f.end) for f in scan(text)]
        report.posts += 1
        if gold:
            report.gold_posts += 1
            report.gold_posts_flagged += bool(pred)
        else:
            report.clean_posts += 1
            report.clean_posts_flagged += bool(pred)
        for p in pred:
            report.predicted[p[0]] += 1
            report.true_pos[p[0]] += any(_overlaps(p, g, same_kind=True) for g in gold)
            report.any_true_pos += any(_overlaps(p, g, same_kind=False) for g in gold)
        for g in gold:
            report.gold[g[0]] += 1
            report.found[g[0]] += any(_overlaps(g, p, same_kind=True) for p in pred)
            report.any_found += any(_overlaps(g, p, same_kind=False) for p in pred)
    scanned, started = 0, time.perf_counter()
    while time.perf_counter() - started < min_seconds:
        for text in texts:
            scan(text)
        scanned += len(texts)
    report.posts_per_second = scanned / (time.perf_counter() - started)
    return report


def _ratio(num: int, den: int) -> str:
    return f"{num / den:6.1%} ({num}/{den})" if den else "     - (0/0)"


def format_report(name: str, report: Report) -> str:
    """Render a report as the plain-text table the command prints."""
    lines = [
        f"== {name}: {report.posts} posts ({report.gold_posts} with identifiers, {report.clean_posts} clean)",
        f"post-level recall     {_ratio(report.gold_posts_flagged, report.gold_posts)}",
        f"clean-post FP rate    {_ratio(report.clean_posts_flagged, report.clean_posts)}",
        f"{'kind':<15} {'precision':>20} {'recall':>20}",
    ]
    for kind in sorted(set(report.gold) | set(report.predicted)):
        precision = _ratio(report.true_pos[kind], report.predicted[kind])
        recall = _ratio(report.found[kind], report.gold[kind])
        lines.append(f"{kind:<15} {precision:>20} {recall:>20}")
    total_pred, total_gold = sum(report.predicted.values()), sum(report.gold.values())
    lines.append(
        f"{'all (same kind)':<15} {_ratio(sum(report.true_pos.values()), total_pred):>20} {_ratio(sum(report.found.values()), total_gold):>20}"
    )
    lines.append(
        f"{'all (any kind)':<15} {_ratio(report.any_true_pos, total_pred):>20} {_ratio(report.any_found, total_gold):>20}"
    )
    lines.append(f"speed                 {report.posts_per_second:,.0f} posts/second")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Evaluate each file named on the command line; ``--show-errors`` lists misses and false alarms."""
    if not argv:
        print(
            "usage: python -m tools.guard.evaluate [--show-errors] FILE [FILE...]",
            file=sys.stderr,
        )
        return 2
    show_errors = "--show-errors" in argv
    for path in (a for a in argv if a != "--show-errors"):
        records = load(path)
        if show_errors:
            _print_errors(records)
        print(format_report(path, evaluate(records)))
        for part, rows in _parts(records).items():
            print(format_part(part, evaluate(rows, min_seconds=0.0)))
    return 0


def _parts(records: list[dict[str, object]]) -> dict[str, list[dict[str, object]]]:
    """Case posts and published prose, where a set mixes them (ids like "set-prose-001")."""
    prose = [r for r in records if "-prose-" in str(r["id"])]
    if not prose or len(prose) == len(records):
        return {}
    return {
        "case posts": [r for r in records if "-prose-" not in str(r["id"])],
        "published prose": prose,
    }


def format_part(name: str, report: Report) -> str:
    """One line for part of a set: the figures the targets are stated in."""
    found, gold = sum(report.found.values()), sum(report.gold.values())
    hits, predicted = sum(report.true_pos.values()), sum(report.predicted.values())
    precision = hits / predicted if predicted else 1.0
    recall = found / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return (
        f"  {name:<16} post recall {_ratio(report.gold_posts_flagged, report.gold_posts)}"
        f"  clean FP {_ratio(report.clean_posts_flagged, report.clean_posts)}"
        f"  span F1 {f1:.3f}"
    )


def _print_errors(records: list[dict[str, object]]) -> None:
    """List missed gold spans and unmatched predictions, for tuning the rules."""
    for record in records:
        text = str(record["text"])
        gold: list[Span] = [(g["kind"], g["start"], g["end"]) for g in record["findings"]]  # type: ignore[attr-defined]
        pred: list[Span] = [(f.kind, f.start, f.end) for f in scan(text)]
        for g in gold:
            if not any(_overlaps(g, p, same_kind=True) for p in pred):
                print(f"MISS {record['id']} {g[0]}: {text[g[1] : g[2]]!r}")
        for p in pred:
            if not any(_overlaps(p, g, same_kind=True) for g in gold):
                print(f"FP   {record['id']} {p[0]}: {text[p[1] : p[2]]!r}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
