"""Named schools, homes, hospitals and practices: "St Mary's Primary School", "Alder Hey", "The Beeches".

A type word ("School", "Children's Home") with a name before it that is more than
describing words ("the local Secondary School" names nothing); Welsh and Irish names,
which put the type first; hospitals known by name alone; homes named after trees;
and a one-word home's name, once given, alone later in the post.
"""

import itertools
import re
from collections.abc import Iterator

from .doc import Doc
from .finding import Finding
from .lexicons import alternation, load_phrases, load_words
from .people.words import PLACES
from .text import CAPITALISED_WORD_RE, NAME_WORD, is_word_edge

_INSTITUTION_NOUN = f"(?:{alternation('institution_types.txt')})"
_INSTITUTION_NOUN_RE = re.compile(_INSTITUTION_NOUN)
# A school named by its phase alone ("Rowan Tree Primary", "Holy Family Catholic
# Primary", "Oakwood High"), where no capitalised word follows ("Primary Care Trust").
# Searched separately, and only if a phase word is in the post, to keep the main search fast.
_PHASE_HINTS = load_phrases("school_phases.txt")
_PHASE_NOUN = f"(?:{'|'.join(_PHASE_HINTS)})" + r"(?![ \t]+[A-Z&])"
_PHASE_NOUN_RE = re.compile(_PHASE_NOUN + r"\b")
_DESCRIPTORS = rf"(?:(?:{alternation('institution_descriptors.txt')})\s+)*"
# Up to four name words, perhaps after "St", "Saint" or "The", joined by "&" or "and".
_NAME = rf"((?:(?:St\.?|Saint|The)\s+)?(?:{NAME_WORD}\s+|&\s+|and\s+){{1,4}})"
_INSTITUTION_RE = re.compile(rf"\b(?=[A-Z]){_NAME}{_DESCRIPTORS}{_INSTITUTION_NOUN}\b(?!\s+of\b)")
_PHASE_INSTITUTION_RE = re.compile(rf"\b(?=[A-Z]){_NAME}{_DESCRIPTORS}{_PHASE_NOUN}\b(?!\s+of\b)")
# What can stand between an institution's first word and its noun: letters,
# apostrophes, hyphens, "St.", "&" and spaces. Read backwards from a noun.
_NAME_RUN_BACKWARDS_RE = re.compile(r"[A-Za-zà-öø-ÿ'’&.\s-]*")
_SAINT_RE = re.compile(r"S(?<!\wS)(?:t\.?|aint)\s+[A-Z][a-z]+['’]s\b")  # led by its "S"
# A church's name before a venue word is where a group meets, not an institution.
_VENUE_AFTER_RE = re.compile(rf"(?i:\s+(?:{alternation('venue_words.txt')})\b)")
_GENERIC = load_words("generic_institution_words.txt")
_NAME_ADJECTIVES = load_words("name_adjectives.txt")
_WORD_RE = re.compile(r"\S+")
# Welsh and Irish names put the type word first; "y"/"yr" may join words.
_WELSH_INSTITUTION_WORDS = load_phrases("welsh_irish_institution_types.txt")
# Plain substring tests before the search, in the folded text: the words that hold no
# other ("scoil" finds "Gaelscoil" and "Bunscoil").
_WELSH_INSTITUTION_LOWER = [w.lower() for w in _WELSH_INSTITUTION_WORDS]
_WELSH_INSTITUTION_HINTS = [
    w
    for w in _WELSH_INSTITUTION_LOWER
    if not any(o != w and o in w for o in _WELSH_INSTITUTION_LOWER)
]
_WELSH_INSTITUTION_RE = re.compile(
    rf"\b(?:{'|'.join(_WELSH_INSTITUTION_WORDS)})(?:\s+(?:y|yr|['’]r))?(?:\s+{NAME_WORD}){{1,4}}"
)
_NAMED_HOSPITALS_RE = re.compile(rf"\b(?:{alternation('named_hospitals.txt')})\b")
# The first word of each, looked up among the capitalised words of a post (cheaper than
# searching for each name).
_NAMED_HOSPITAL_HEADS = frozenset(
    m.group()
    for name in load_phrases("named_hospitals.txt")
    if (m := CAPITALISED_WORD_RE.match(name))
)
_HOUSE_NAMES = frozenset(load_phrases("house_names.txt"))
# "The Beeches", or "the Beeches" after a word of going, staying or leaving.
_HOUSE_NAME_RE = re.compile(
    rf"(?:The(?<![\w]The)|(?:(?<=\bat )|(?<=\bto )|(?<=\bin )|(?<=\bfrom )|(?<=\bleft ))the)"
    rf" (?:{alternation('house_names.txt')})\b"
)
# One capitalised word shaped like the name of a home or estate ("Greenacres",
# "Oakfield", "Riverside"), where someone is placed, lives or leaves: an institution,
# unless it is a town ("at Huddersfield") or an ordinary word ("at Seaside").
_ESTATE_ENDINGS = load_phrases("estate_endings.txt")
# The endings no shorter ending begins: finding these finds every ending.
_ESTATE_HINTS = [
    e for e in _ESTATE_ENDINGS if not any(e != o and e.startswith(o) for o in _ESTATE_ENDINGS)
]
_ESTATE_NAME_RE = re.compile(rf"[A-Z][a-z]+(?:{'|'.join(_ESTATE_ENDINGS)})\b(?!['’]|\s+[A-Z0-9])")
_CAPITAL_BEFORE_RE = re.compile(r"(?<![\w'’-])[A-Z][a-z]+$")
_ESTATE_CUE_RE = re.compile(r"\b(?:at|left|leaving|leave|from|to|in)\s+$")
_COMMON_WORDS = load_words("common_words.txt")


def _institution_matches(
    text: str, noun_re: re.Pattern[str], institution_re: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """``institution_re.finditer(text)``, but searching only from where a match could start.

    Every match ends in a noun such as "School" and starts after the last character
    before that noun that no name can contain, so each search can begin there rather
    than trying, slowly, every position in between.
    """
    backwards = ""
    pos = 0
    while noun := noun_re.search(text, pos):
        backwards = backwards or text[::-1]
        run = _NAME_RUN_BACKWARDS_RE.match(backwards, len(text) - noun.start())
        run_length = len(run.group()) if run else 0
        match = institution_re.search(text, max(pos, noun.start() - run_length))
        if not match:
            return
        yield match
        pos = match.end()


def _estate_names(text: str) -> Iterator[re.Match[str]]:
    """``_ESTATE_NAME_RE`` matches, found from each ending back to its capital."""
    for ending in _ESTATE_HINTS:
        found = text.find(ending)
        while found > 0:
            # The capital's word ends just before the ending, in a letter a-z.
            if (
                "a" <= text[found - 1] <= "z"
                and (start := _CAPITAL_BEFORE_RE.search(text, max(0, found - 20), found))
            ) and (m := _ESTATE_NAME_RE.match(text, start.start())):
                yield m
            found = text.find(ending, found + 1)


def _standalone(text: str, name: str) -> Iterator[Finding]:
    """Where ``name`` stands alone: no letter, digit, apostrophe or hyphen either side."""
    found = text.find(name)
    while found >= 0:
        stop = found + len(name)
        if not (
            (found and is_word_edge(text[found - 1]))
            or (stop < len(text) and is_word_edge(text[stop]))
        ):
            yield Finding.of("institution", found, stop)
            found = text.find(name, stop)
        else:
            found = text.find(name, found + 1)


def find_named_hospitals(doc: Doc) -> Iterator[Finding]:
    """Hospitals known by name alone, where a capitalised word starts."""
    if _NAMED_HOSPITAL_HEADS.isdisjoint(doc.word_texts):
        return
    for word, word_text in zip(doc.words, doc.word_texts, strict=True):
        if word_text in _NAMED_HOSPITAL_HEADS and (
            hospital := _NAMED_HOSPITALS_RE.match(doc.text, word.start())
        ):
            yield Finding.of("institution", word.start(), hospital.end())


def find_institutions(doc: Doc) -> Iterator[Finding]:
    """Named schools, homes, hospitals and practices; "St Mary's" alone counts too."""
    text = doc.text
    if any(hint in doc.folded for hint in _WELSH_INSTITUTION_HINTS):
        for m in _WELSH_INSTITUTION_RE.finditer(text):
            yield Finding.of("institution", m.start(), m.end())
    if "St" in text or "Saint" in text:
        for m in _SAINT_RE.finditer(text):
            if not _VENUE_AFTER_RE.match(text, m.end()):
                yield Finding.of("institution", m.start(), m.end())
    if not _HOUSE_NAMES.isdisjoint(doc.word_texts):  # "The Beeches", "at the Beeches"
        for m in _HOUSE_NAME_RE.finditer(text):
            yield Finding.of("institution", m.start(), m.end())
    named: set[str] = set()
    matches = _institution_matches(text, _INSTITUTION_NOUN_RE, _INSTITUTION_RE)
    if any(hint in text for hint in _PHASE_HINTS):
        matches = itertools.chain(
            matches, _institution_matches(text, _PHASE_NOUN_RE, _PHASE_INSTITUTION_RE)
        )
    for m in matches:
        words = [
            (w.start(), w.group().removesuffix("'s").removesuffix("’s").lower())
            for w in _WORD_RE.finditer(m.group(1))
        ]
        # Leading describing words ("Today", "His", "The") are not part of the name, but
        # a capitalised adjective before a name word is ("Little Acorns Nursery").
        while words and words[0][1] in _GENERIC:
            start, word = words[0]
            raw = m.group(1)[start : start + 1]
            if (
                raw.isupper()
                and word in _NAME_ADJECTIVES
                and len(words) > 1
                and words[1][1] not in _GENERIC
            ):
                break
            words.pop(0)
        if any(w not in _GENERIC and w not in {"st", "st.", "saint", "&"} for _, w in words):
            yield Finding.of("institution", m.start(1) + words[0][0], m.end())
            if len(words) == 1:  # a one-word name: "Greenacres Children's Home"
                named.add(m.group(1)[words[0][0] :].split()[0])
    # A one-word name, once given its noun, names the same place alone later: "I left
    # Greenacres when I was 16".
    for name in named:
        yield from _standalone(text, name)
    for m in _estate_names(text):
        word = m.group().lower()
        if (
            word not in PLACES
            and word not in _COMMON_WORDS
            and _ESTATE_CUE_RE.search(text, max(0, m.start() - 10), m.start())
        ):
            yield Finding.of("institution", m.start(), m.end())
