"""Street addresses: "14 Elm Road", "Flat 3, 22 Queen Street", "lives on Elm Road", "Heol y Coed".

A number before a street word is an address; without a number, only an unmistakable
street word after a locating cue ("lives on", "moved to") is, since "the Middle Way"
and "Primrose Hill" are often no one's address.
"""

import re
from collections.abc import Iterator

from .doc import Doc
from .finding import Finding
from .lexicons import alternation, load_phrases
from .text import NAME_WORD, NUMBER_START_RE, matches_at

_STREET = f"(?:{alternation('street_types.txt')})"
_NUMBERED_ADDRESS_RE = re.compile(
    rf"(?=[FAUR\d])(?:\b(?:Flat|Apartment|Apt|Unit|Room)\s+(?:\d+[A-Z]?,?\s+(?=\d))?)?"
    rf"(?<![\d.,:/£$-])\b\d{{1,4}}[A-Za-z]?,?\s+(?:{NAME_WORD}\s+){{1,3}}{_STREET}\b(?!-)"
)
_CUED_STREET_WORD = f"(?:{alternation('street_types_unmistakable.txt')})"
_CUED_STREET_HINT_RE = re.compile(_CUED_STREET_WORD)
_CUED_STREET_RE = re.compile(
    rf"(?=[oianlmf])\b(?:on|in|at|off|near|along|lives|moved to|from)\s+(?:the\s+)?"
    rf"((?:{NAME_WORD}\s+){{1,3}}{_CUED_STREET_WORD}\b)"
)
# Welsh street names put the street word first; "y"/"yr"/"'r" may join the words.
_WELSH_STREET_WORDS = load_phrases("welsh_street_types.txt")
_WELSH_STREET_RE = re.compile(
    rf"(?=[HFSLRC\d])(?:\b\d{{1,4}}[A-Za-z]?,?\s+)?\b(?:{'|'.join(_WELSH_STREET_WORDS)})"
    rf"(?:\s+(?:y|yr|['’]r))?(?:\s+{NAME_WORD}){{1,3}}"
)
# Plain substring tests before the search: each word, with a space after the two that
# begin common English words ("London", "Close"), so that ordinary posts skip it.
_WELSH_STREET_HINTS = tuple(w + " " if w in {"Lon", "Clos"} else w for w in _WELSH_STREET_WORDS)
_STREET_HINT_RE = re.compile(_STREET)
_FLAT_HINT_RE = re.compile(r"Flat|Apartment|Apt|Unit|Room")


def find_addresses(doc: Doc) -> Iterator[Finding]:
    """Street addresses, numbered or after a locating cue, English or Welsh."""
    text = doc.text
    if any(hint in text for hint in _WELSH_STREET_HINTS):
        for m in _WELSH_STREET_RE.finditer(text):
            yield Finding.of("address", m.start(), m.end())
    if not _STREET_HINT_RE.search(text):
        return
    # A numbered address starts at "Flat" (or the like) or at the first digit of a number.
    starts = [m.start() for m in _FLAT_HINT_RE.finditer(text)]
    starts += [m.start() for m in NUMBER_START_RE.finditer(text)]
    for m in matches_at(_NUMBERED_ADDRESS_RE, text, sorted(starts)):
        yield Finding.of("address", m.start(), m.end())
    if not _CUED_STREET_HINT_RE.search(text):
        return
    for m in _CUED_STREET_RE.finditer(text):
        yield Finding.of("address", m.start(1), m.end(1))
