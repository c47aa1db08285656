"""Reading the word lists in ``data/``: once, at import, by the modules that use them.

Two shapes of file (see ``data/README.md``): a set of words, whitespace-separated, for
lookups; and a list of alternatives, one a line and in order, that an expression is
built from. Lines starting with ``#`` are comments in both.
"""

from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


@cache  # several modules share the big lists; read each once
def load_list(name: str) -> list[str]:
    """The whitespace-separated words of a data file, in file order (do not change it)."""
    text = (DATA / name).read_text(encoding="utf-8")
    if "#" not in text:  # the big generated lists: split in one go, for a quick start-up
        return text.split()
    lines = text.splitlines()
    return [word for line in lines if not line.startswith("#") for word in line.split()]


@cache
def load_words(name: str) -> frozenset[str]:
    """The whitespace-separated words of a data file, as a set."""
    return frozenset(load_list(name))


def load_phrases(name: str) -> list[str]:
    """One phrase per line of a data file, in order, skipping blanks and comments."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def alternation(name: str) -> str:
    """The alternatives of a data file (one a line, regular-expression syntax) joined by ``|``."""
    return "|".join(load_phrases(name))
