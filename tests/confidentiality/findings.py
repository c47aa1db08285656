"""What the guard reports for one sentence, for tests written sentence by sentence."""

from forum.confidentiality.guard import scan


def flagged(text: str) -> list[tuple[str, str]]:
    """The (kind, words) pairs the guard reports for ``text``."""
    return [(f.kind, text[f.start : f.end]) for f in scan(text)]


def points_at(text: str, kind: str, words: str) -> bool:
    """Whether a finding of ``kind`` overlaps ``words`` in ``text``."""
    start = text.index(words)
    end = start + len(words)
    return any(f.kind == kind and f.start < end and start < f.end for f in scan(text))
