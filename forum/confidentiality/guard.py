"""The guard's public surface: ``scan`` finds identifying spans, ``highlight`` segments text.

One pipeline, top to bottom: read the post once into a ``Doc``; let every detector,
grouped by cue family, propose findings; keep a non-overlapping set, preferring longer
spans and, at equal length, the more specific kind (a date after "born" is a date of
birth, not just a date; a named school beats the saint's name inside it).
"""

from collections.abc import Callable, Iterable

from . import addresses, dates, handles, identifiers, institutions
from .doc import Doc
from .finding import REASONS, Finding
from .people.find import find_names

__all__ = ["REASONS", "Finding", "highlight", "scan"]

DETECTORS: tuple[Callable[[Doc], Iterable[Finding]], ...] = (
    # Identifiers and numbers.
    identifiers.find_emails,
    identifiers.find_nhs_numbers,
    identifiers.find_ni_numbers,
    identifiers.find_postcodes,
    identifiers.find_vehicle_regs,
    identifiers.find_references,
    identifiers.find_phones,
    handles.find_handles,
    # Dates.
    dates.find_dates,
    # Addresses and places.
    addresses.find_addresses,
    # Institutions.
    institutions.find_institutions,
    institutions.find_named_hospitals,
    # Names, with the public figures, fiction, brands and places among them taken out.
    find_names,
)

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


def scan(text: str) -> list[Finding]:
    """Return the identifying spans in ``text``, sorted by start and never overlapping."""
    doc = Doc(text)
    return _settle({finding for detect in DETECTORS for finding in detect(doc)})


def _settle(candidates: set[Finding]) -> list[Finding]:
    """The longest, then most specific, candidates that overlap no better one."""
    ranked = sorted(candidates, key=lambda f: (f.start - f.end, _PRIORITY[f.kind], f.start))
    kept: list[Finding] = []
    if all(f.start < f.end for f in ranked):
        # Non-empty spans overlap a kept one exactly when they share a marked offset.
        taken = bytearray(max((f.end for f in ranked), default=0))
        for f in ranked:
            if taken.find(1, f.start, f.end) < 0:
                kept.append(f)
                taken[f.start : f.end] = b"\x01" * (f.end - f.start)
    else:
        for f in ranked:
            if all(f.end <= k.start or k.end <= f.start for k in kept):
                kept.append(f)
    kept.sort(key=lambda f: (f.start, f.end, f.kind))
    return kept


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
