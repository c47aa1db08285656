"""Street addresses: "14 Elm Road", "Flat 3, 22 Queen Street", "lives on Elm Road", "Heol y Coed".

A number before a street word is an address; without a number, only an unmistakable
street word after a locating cue ("lives on", "moved to") is, since "the Middle Way"
and "Primrose Hill" are often no one's address. After a cue of residence ("lives in",
"moved to", "address is") any street word but those of districts and parks will do, and
so will a named house ("lives at Rose Cottage"). Single-word streets ("27 Kirkgate",
"from Kingsway"), blocks of flats ("Flat 7 Riverside House"), lower-case addresses in
casual posts ("lives at 7 orchard close") and named estates ("off the Beechwood
estate") are found by their own shapes.
"""

import re
from collections.abc import Iterator

from .doc import Doc
from .finding import Finding
from .lexicons import alternation, load_list, load_phrases, load_words
from .text import NAME_WORD, NUMBER_START_RE, Keywords, matches_at

_STREET = f"(?:{alternation('street_types.txt')})"
# A street of one word ending "gate" or "way", as in the North and in town centres.
_ONE_WORD_STREET = r"[A-Z][a-z]{2,}(?:gate|way)"
_NUMBERED_ADDRESS_RE = re.compile(
    rf"(?=[FAUR\d])(?:\b(?:Flat|Apartment|Apt|Unit|Room)\s+(?:\d+[A-Z]?,?\s+(?=\d))?)?"
    rf"(?<![\d.,:/£$-])\b\d{{1,4}}[A-Za-z]?,?\s+"
    rf"(?:(?:{NAME_WORD}\s+){{1,3}}{_STREET}|{_ONE_WORD_STREET})\b(?!-)"
)
# A flat in a named block: "Flat 7 Riverside House", "flat 12, Parkview Tower".
_BLOCK_RE = re.compile(
    rf"\b(?i:flat|apartment|apt|unit)\s+\d{{1,4}}[A-Za-z]?,?\s+(?:of\s+)?"
    rf"(?:{NAME_WORD}\s+){{1,3}}(?:{alternation('building_words.txt')})\b"
)
_BLOCK_WORDS = ("flat ", "apartment ", "apt ", "unit ")
_CUED_STREET_WORD = f"(?:{alternation('street_types_unmistakable.txt')})"
_CUED_STREET_HINT_RE = re.compile(_CUED_STREET_WORD)
_CUED_STREET_RE = re.compile(
    rf"(?=[oianlmfdu])\b(?:on|in|at|off|near|along|lives|moved to|from|down|up)\s+(?:the\s+)?"
    rf"((?:{NAME_WORD}\s+){{1,3}}{_CUED_STREET_WORD}\b|{_ONE_WORD_STREET}\b(?![\s-]+[A-Z]))"
)
_ONE_WORD_STREET_HINT_RE = re.compile(rf"{_ONE_WORD_STREET}\b")
# Streets of one word that are towns, countries or ordinary words ("from Norway", "on
# Gateway") are no address without a number.
_NOT_A_STREET = load_words("places.txt") | load_words("common_words.txt")
# After a cue of residence: any street word but a district's, or a named house.
_RESIDENCE = f"(?:{alternation('residence_cues.txt')})"
_AREA_WORDS = set(load_list("area_street_words.txt"))
_RESIDENCE_STREET = "|".join(s for s in load_phrases("street_types.txt") if s not in _AREA_WORDS)
# How the cues begin ("new address is" is found from "address"): the only places to look.
RESIDENCE_STARTS = Keywords(
    ("liv", "stay", "sleep", "doss", "sofa", "mov", "reloc", "addr", "addy", "home", "house",
     "flat", "bung", "mais", "carav", "visit", "plac", "regist", "reh", "bedsit", "hostel",
     "lodg", "digs", "tenan")
)  # fmt: skip
_HOUSE_WORD = f"(?:{alternation('house_words.txt')})"
_HOUSE_HINT_RE = re.compile(_HOUSE_WORD)
_RESIDENCE_RE = re.compile(
    rf"(?i:{_RESIDENCE})\s+(?:(?:number|no\.?)\s+)?(?:the\s+)?"
    rf"((?:The\s+)?(?:{NAME_WORD}\s+){{1,3}}"
    rf"(?:(?:{_RESIDENCE_STREET})|{_HOUSE_WORD})\b(?!-))"
)
# Courts of law are no address: "moved to Crown Court".
_COURT_OF_LAW_RE = re.compile(
    r"(?:Crown|Family|High|County|Magistrates['’]?|Youth|Supreme|Coroner['’]?s|Appeal)\s+Court"
)
# A lower-case address after a cue, in a casual post: "lives at 7 orchard close".
_LOWER_STREET = "|".join(s.lower() for s in load_phrases("street_types_unmistakable.txt"))
_LOWER_ADDRESS_RE = re.compile(
    rf"\d{{1,4}}[a-z]?,?\s+(?!(?:the|a|an|my|his|her|our|their|of|and|to|in|on|at|main|same|"
    rf"other|next|busy|quiet|different)\s)[a-z]{{3,}}(?:\s+[a-z]{{3,}})?\s+(?:{_LOWER_STREET}|rd|st|ave)\b"
)
_LOWER_STREET_HINTS = (*(f" {s}" for s in _LOWER_STREET.split("|")), " rd", " st", " ave")
_LOWER_CUE_BEFORE_RE = re.compile(
    r"\b(?:at|to|on|from|is|round|near|outside|opposite|address:?|addy:?)\s+$"
)
# A named estate after a locating word: "on the Beechwood estate", "off the Gipton Estate".
_ESTATE_RE = re.compile(
    rf"\b(?:on|off|from|near|at|in|to|round|around)\s+the\s+((?:{NAME_WORD}\s+){{1,2}}[Ee]state)\b"
)
_ESTATE_HINT_RE = re.compile(r" the [A-Z].{3,40}? [Ee]state\b")
_COMMON = load_words("common_words.txt")
# Welsh street names put the street word first; "y"/"yr"/"'r" may join the words.
_WELSH_STREET_WORDS = load_phrases("welsh_street_types.txt")
_WELSH_STREET_RE = re.compile(
    rf"(?=[HFSLRCT\d])(?:\b\d{{1,4}}[A-Za-z]?,?\s+)?\b(?:{'|'.join(_WELSH_STREET_WORDS)})"
    rf"(?:\s+(?:y|yr|['’]r))?(?:\s+{NAME_WORD}){{1,3}}"
)
# Plain substring tests before the search: each word, with a space after the two that
# begin common English words ("London", "Close"), so that ordinary posts skip it.
_WELSH_STREET_HINTS = tuple(w + " " if w in {"Lon", "Clos"} else w for w in _WELSH_STREET_WORDS)
# A farm, cottage or other named house after a locating word, with no residence cue:
# "found at Coombe Farm", "out at Pen-y-Bryn Farm", "visit out to Greenacres Farm"; not
# when a capitalised word follows ("Hill Farm Project", "Cannon Hall Farm Park").
_RURAL_WORD = rf"(?:{NAME_WORD}|[A-Z][a-z]+-(?:y|yr)-[A-Z][a-z]+)"
_RURAL_HOUSE_RE = re.compile(
    rf"(?=[aotnfrbu])\b(?:at|to|near|from|round|outside|beyond|by|up)\s+"
    rf"((?:The\s+)?(?:{_RURAL_WORD}\s+){{1,3}}{_HOUSE_WORD})\b(?![\w'’-]|\s+[A-Z])"
)
# Streets and farms that stand for an institution or an attraction: "from Downing Street".
_PUBLIC_ADDRESSES = frozenset(load_phrases("public_addresses.txt"))
_HOUSE_NUMBER_RE = re.compile(r"\d{1,4}[A-Za-z]?,?\s+")
_STREET_HINT_RE = re.compile(_STREET)
_FLAT_HINT_RE = re.compile(r"Flat|Apartment|Apt|Unit|Room")


def find_addresses(doc: Doc) -> Iterator[Finding]:
    """Street addresses, numbered or after a locating cue, English or Welsh; no public one."""
    for finding in _find_addresses(doc):
        address = doc.text[finding.start : finding.end]
        number = _HOUSE_NUMBER_RE.match(address)
        if (address[number.end() :] if number else address) not in _PUBLIC_ADDRESSES:
            yield finding


def _find_addresses(doc: Doc) -> Iterator[Finding]:
    """Every address by its shape, before the public ones are taken out."""
    text = doc.text
    if any(hint in text for hint in _WELSH_STREET_HINTS):
        for m in _WELSH_STREET_RE.finditer(text):
            yield Finding.of("address", m.start(), m.end())
    if doc.has_digit:
        yield from _lower_case_and_blocks(doc)
    has_street = bool(_STREET_HINT_RE.search(text))
    has_house = bool(_HOUSE_HINT_RE.search(text))
    if has_street or has_house:
        yield from _cued_by_residence(doc)
    if has_house:
        for m in _RURAL_HOUSE_RE.finditer(text):
            yield Finding.of("address", m.start(1), m.end(1))
    if "state" in text and _ESTATE_HINT_RE.search(text):
        yield from _named_estates(text)
    one_word = bool(_ONE_WORD_STREET_HINT_RE.search(text))
    if not one_word and not has_street:
        return
    # A numbered address starts at "Flat" (or the like) or at the first digit of a number.
    if doc.has_digit:
        starts = [m.start() for m in _FLAT_HINT_RE.finditer(text)]
        starts += [m.start() for m in NUMBER_START_RE.finditer(text)]
        for m in matches_at(_NUMBERED_ADDRESS_RE, text, sorted(starts)):
            yield Finding.of("address", m.start(), m.end())
    if not one_word and not _CUED_STREET_HINT_RE.search(text):
        return
    for m in _CUED_STREET_RE.finditer(text):
        street = m.group(1)
        if " " not in street and street.lower() in _NOT_A_STREET:
            continue
        yield Finding.of("address", m.start(1), m.end(1))


def _cued_by_residence(doc: Doc) -> Iterator[Finding]:
    """A street or a named house after "lives at", "moved to", "address is"."""
    text = doc.text
    for m in matches_at(_RESIDENCE_RE, text, doc.word_starts(RESIDENCE_STARTS)):
        if not _COURT_OF_LAW_RE.search(m.group(1)):
            yield Finding.of("address", m.start(1), m.end(1))


def _named_estates(text: str) -> Iterator[Finding]:
    """A named estate after a locating word: "on the Beechwood estate", not "a council estate"."""
    for m in _ESTATE_RE.finditer(text):
        if m.group(1).split()[0].lower() not in _COMMON:
            yield Finding.of("address", m.start(1), m.end(1))


def _lower_case_and_blocks(doc: Doc) -> Iterator[Finding]:
    """A lower-case numbered address after a cue; a flat in a named block."""
    text = doc.text
    if doc.casual and any(street in text for street in _LOWER_STREET_HINTS):
        numbers = (m.start() for m in NUMBER_START_RE.finditer(text))
        for m in matches_at(_LOWER_ADDRESS_RE, text, numbers):
            if _LOWER_CUE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
                yield Finding.of("address", m.start(), m.end())
    if _numbered_flat(doc.folded):
        for m in _BLOCK_RE.finditer(text):
            yield Finding.of("address", m.start(), m.end())


def _numbered_flat(folded: str) -> bool:
    """Whether "flat", "apartment" or "unit" and a space come before a digit (plain finds)."""
    for word in _BLOCK_WORDS:
        at = folded.find(word)
        while at >= 0:
            if folded[at + len(word) : at + len(word) + 1].isdigit():
                return True
            at = folded.find(word, at + 1)
    return False
