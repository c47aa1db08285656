"""Regenerate the shipped lexicons from their public sources (run by hand, never at run time).

Usage: python -m tools.guard.build_lexicons CENSUS_DIR WORDLIST
  CENSUS_DIR holds dist.male.first, dist.female.first and dist.all.last (the 1990 US
  Census name files, as shipped in the `names` 0.3.0 sdist on PyPI);
  WORDLIST is SCOWL's british-english list (Debian package `wbritish`).
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "forum" / "confidentiality" / "data"
SURNAME_LIMIT = 20_000  # the rarer census surnames are mostly noise for UK text


def _census(path: Path, limit: int | None = None) -> list[str]:
    names = [line.split()[0].lower() for line in path.read_text().splitlines() if line.strip()]
    return names[:limit] if limit else names


def _words(path: Path) -> list[str]:
    return [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.isalpha() and line.islower()
    ]


def main(census_dir: str, wordlist: str) -> None:
    """Write first_names.txt, surnames.txt and common_words.txt into the guard's data directory."""
    census = Path(census_dir)
    extras = [
        word
        for line in (DATA / "extra_first_names.txt").read_text().splitlines()
        if not line.startswith("#")
        for word in line.split()
    ]
    firsts = sorted(
        set(_census(census / "dist.male.first") + _census(census / "dist.female.first") + extras)
    )
    (DATA / "first_names.txt").write_text("\n".join(firsts) + "\n")
    (DATA / "surnames.txt").write_text(
        "\n".join(_census(census / "dist.all.last", SURNAME_LIMIT)) + "\n"
    )
    (DATA / "common_words.txt").write_text("\n".join(sorted(set(_words(Path(wordlist))))) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
