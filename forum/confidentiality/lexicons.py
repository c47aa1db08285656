"""Loading the word lists in ``data/``: read once at import by the modules that use them."""

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


@cache  # several modules share the big lists; read each once
def load_words(name: str) -> frozenset[str]:
    """Whitespace-separated words of a data file, skipping ``#`` comment lines."""
    text = (DATA / name).read_text(encoding="utf-8")
    if "#" not in text:  # the big generated lists: split in one go, for a quick start-up
        return frozenset(text.split())
    lines = text.splitlines()
    return frozenset(word for line in lines if not line.startswith("#") for word in line.split())


def load_phrases(name: str) -> list[str]:
    """One phrase per line of a data file, skipping blanks and ``#`` comment lines."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


# The characters outside A-Z that case-insensitive expressions match to an ASCII
# letter (dotted and dotless i, long s, the Kelvin sign). Folding them first makes
# ``lower()`` map every such match to the plain lower-case keyword, one for one.
_REGEX_CASE_FOLDS = (("İ", "i"), ("ı", "i"), ("ſ", "s"), ("K", "k"))


@lru_cache(maxsize=1)  # several detectors fold the same post in turn
def fold(text: str) -> str:
    """Lower-case ``text`` as ``re.IGNORECASE`` compares ASCII keywords, keeping every offset.

    A keyword that an ``(?i)`` expression matches at some offset of ``text`` appears,
    lower-cased, at the same offset of ``fold(text)``, so a plain and fast search of the
    folded text can find the only places such an expression could match.
    """
    for special, plain in _REGEX_CASE_FOLDS:
        if special in text:  # rare; str.translate would be slower on every post
            text = text.replace(special, plain)
    return text.lower()


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying only ``starts`` (ascending) as start positions.

    Exactly the same matches whenever every match of ``pattern`` begins at one of
    ``starts``: finditer would only fail at the other positions, and skipping starts
    inside a previous match keeps its non-overlapping order.
    """
    resume = 0
    for start in starts:
        if start >= resume and (match := pattern.match(text, start)):
            yield match
            resume = match.end()
