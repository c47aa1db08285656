"""Loading the word lists in ``data/``: read once at import by the modules that use them."""

from pathlib import Path

DATA = Path(__file__).parent / "data"


def load_words(name: str) -> frozenset[str]:
    """Whitespace-separated words of a data file, skipping ``#`` comment lines."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(word for line in lines if not line.startswith("#") for word in line.split())


def load_phrases(name: str) -> list[str]:
    """One phrase per line of a data file, skipping blanks and ``#`` comment lines."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]
