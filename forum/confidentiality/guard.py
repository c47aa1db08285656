"""The guard's public surface: ``scan`` finds identifying spans, ``highlight`` segments text.

Detectors over-generate candidates; ``scan`` keeps a non-overlapping set, preferring
longer spans and, at equal length, the more specific kind (a date after "born" is a
date of birth, not just a date; a named school beats the saint's name inside it).
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from . import names, patterns

REASONS: dict[str, str] = {
    "person_name": "This looks like a person's name.",
    "date_of_birth": "This looks like a date of birth.",
    "nhs_number": "This looks like an NHS number (the checksum is valid).",
    "ni_number": "This looks like a National Insurance number.",
    "postcode": "This looks like a postcode.",
    "phone": "This looks like a phone number.",
    "email": "This looks like an email address.",
    "address": "This looks like a street address.",
    "institution": "This looks like the name of a school, home, hospital or practice.",
    "handle": "This looks like a social media handle or username.",
    "reference": "This looks like a case or record reference number.",
    "vehicle_reg": "This looks like a vehicle registration.",
    "date": "This looks like a specific date.",
}

# Lower wins a tie in length: the more specific or more checkable kind.
_PRIORITY = {
    kind: rank
    for rank, kind in enumerate(
        [
            "email",
            "nhs_number",
            "ni_number",
            "date_of_birth",
            "postcode",
            "vehicle_reg",
            "reference",
            "phone",
            "handle",
            "institution",
            "address",
            "date",
            "person_name",
        ]
    )
}

_DETECTORS: tuple[Callable[[str], Iterator[patterns.Candidate]], ...] = (
    patterns.find_emails,
    patterns.find_nhs_numbers,
    patterns.find_ni_numbers,
    patterns.find_postcodes,
    patterns.find_vehicle_regs,
    patterns.find_references,
    patterns.find_phones,
    patterns.find_handles,
    patterns.find_institutions,
    patterns.find_addresses,
    patterns.find_dates,
    names.find_names,
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One span of text that could identify someone; ``end`` is exclusive."""

    kind: str
    start: int
    end: int
    reason: str


def scan(text: str) -> list[Finding]:
    """Return the identifying spans in ``text``, sorted by start and never overlapping."""
    candidates = {c for detect in _DETECTORS for c in detect(text)}
    ranked = sorted(candidates, key=lambda c: (c[0] - c[1], _PRIORITY[c[2]], c[0]))
    kept: list[patterns.Candidate] = []
    if all(start < end for start, end, _ in ranked):
        # Non-empty spans overlap a kept one exactly when they share a marked offset.
        taken = bytearray(max((end for _, end, _ in ranked), default=0))
        for start, end, kind in ranked:
            if taken.find(1, start, end) < 0:
                kept.append((start, end, kind))
                taken[start:end] = b"\x01" * (end - start)
    else:
        for start, end, kind in ranked:
            if all(end <= s or e <= start for s, e, _ in kept):
                kept.append((start, end, kind))
    kept.sort()
    return [Finding(kind, start, end, REASONS[kind]) for start, end, kind in kept]


def highlight(text: str, findings: list[Finding]) -> list[tuple[str, Finding | None]]:
    """Split ``text`` into plain and flagged segments, in order, for display."""
    segments: list[tuple[str, Finding | None]] = []
    cursor = 0
    for finding in findings:
        if finding.start > cursor:
            segments.append((text[cursor : finding.start], None))
        segments.append((text[finding.start : finding.end], finding))
        cursor = finding.end
    if cursor < len(text):
        segments.append((text[cursor:], None))
    return segments
