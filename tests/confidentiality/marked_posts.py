"""Turn posts marked inline with ``[[kind:span]]`` into a gold JSONL set (the blind builders).

Each ``build_blind*_set.py`` holds its posts as written, in two blocks (forum posts and
published prose) separated by a line ``§§``; this strips the markers, computes Python
string offsets (end exclusive), checks the marks and writes one JSON line per post,
shuffled with a fixed seed. It stops with an error on an unknown kind, unbalanced
markers, a span with whitespace at its edge, a duplicated post, an NHS number that
fails Modulus 11, fewer than 300 posts, or a clean share outside 40-60 %.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

KINDS = {
    "person_name",
    "handle",
    "date_of_birth",
    "date",
    "postcode",
    "phone",
    "address",
    "institution",
    "reference",
    "email",
    "nhs_number",
    "ni_number",
    "vehicle_reg",
}
SEPARATOR = "\n§§\n"


def fail(message: str) -> None:
    """Stop loudly: a yardstick with a broken mark is worse than none."""
    sys.exit(f"{Path(sys.argv[0]).stem}: {message}")


def nhs_valid(span: str) -> bool:
    """Modulus 11 check on a ten-digit NHS number, spaces and hyphens allowed."""
    digits = [int(c) for c in span if c.isdigit()]
    if len(digits) != 10:
        return False
    total = sum(d * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == digits[9]


def parse(marked: str) -> tuple[str, list[dict[str, object]]]:
    """Strip the [[kind:span]] markers; return the plain text and its findings."""
    out: list[str] = []
    findings: list[dict[str, object]] = []
    spans: list[str] = []
    length = 0
    i = 0
    while i < len(marked):
        opening = marked.find("[[", i)
        closing = marked.find("]]", i)
        if opening == -1:
            if closing != -1:
                fail(f"a ']]' without '[[' in: {marked[:60]!r}")
            out.append(marked[i:])
            break
        if closing != -1 and closing < opening:
            fail(f"a ']]' without '[[' in: {marked[:60]!r}")
        out.append(marked[i:opening])
        length += opening - i
        end = marked.find("]]", opening + 2)
        if end == -1:
            fail(f"an unclosed '[[' in: {marked[:60]!r}")
        inner = marked[opening + 2 : end]
        if "[[" in inner:
            fail(f"nested markers in: {marked[:60]!r}")
        kind, colon, span = inner.partition(":")
        if not colon:
            fail(f"a marker without a kind: [[{inner}]]")
        if kind not in KINDS:
            fail(f"unknown kind {kind!r} in [[{inner}]]")
        if not span or span != span.strip():
            fail(f"empty span or whitespace at the edge of [[{inner}]]")
        if kind == "nhs_number" and not nhs_valid(span):
            fail(f"NHS number fails Modulus 11: {span!r}")
        findings.append({"kind": kind, "start": length, "end": length + len(span)})
        spans.append(span)
        out.append(span)
        length += len(span)
        i = end + 2
    text = "".join(out)
    for finding, span in zip(findings, spans, strict=True):
        if text[int(str(finding["start"])) : int(str(finding["end"]))] != span:
            fail(f"offsets drifted in: {text[:60]!r}")
    return text, findings


def posts(block: str) -> list[str]:
    """Split a block of posts on the separator line, dropping the outer blank lines."""
    return [post.strip("\n") for post in block.strip("\n").split(SEPARATOR)]


def build(case: str, prose: str, out: Path, seed: int) -> None:
    """Parse, check, shuffle with a fixed seed, number and write the set to ``out``.

    Posts are numbered ``<set>-case-001`` and ``<set>-prose-001``, the set named after ``out``.
    """
    name = out.name.removesuffix("_set.jsonl")
    rows: list[tuple[str, str, list[dict[str, object]]]] = []
    seen: set[str] = set()
    for group, block in (("case", case), ("prose", prose)):
        for marked in posts(block):
            if not marked.strip():
                fail(f"an empty {group} post")
            if marked != marked.strip():
                fail(f"whitespace at the edge of a post: {marked[:60]!r}")
            text, findings = parse(marked)
            key = " ".join(text.split()).casefold()
            if key in seen:
                fail(f"duplicated post: {text[:60]!r}")
            seen.add(key)
            rows.append((group, text, findings))

    total = len(rows)
    clean = sum(1 for _, _, findings in rows if not findings)
    share = clean / total
    if total < 300:
        fail(f"only {total} posts; at least 300 wanted")
    if not 0.40 <= share <= 0.60:
        fail(f"clean share {share:.1%} is outside 40-60 %")

    random.Random(seed).shuffle(rows)
    numbers: Counter[str] = Counter()
    with out.open("w", encoding="utf-8") as handle:
        for group, text, findings in rows:
            numbers[group] += 1
            line = {
                "id": f"{name}-{group}-{numbers[group]:03d}",
                "text": text,
                "findings": findings,
            }
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")

    kinds = Counter(str(f["kind"]) for _, _, findings in rows for f in findings)
    by_group = Counter(group for group, _, _ in rows)
    clean_by_group = Counter(group for group, _, findings in rows if not findings)
    print(f"wrote {total} posts to {out.name}: {clean} clean ({share:.1%})")
    for group in ("case", "prose"):
        print(f"  {group}: {by_group[group]} posts, {clean_by_group[group]} clean")
    print(f"  spans: {sum(kinds.values())}")
    for kind, count in sorted(kinds.items(), key=lambda item: (-item[1], item[0])):
        print(f"    {kind}: {count}")
