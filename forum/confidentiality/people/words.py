"""What a word is before its context is read: a first name, a word-name, a surname, an ordinary word.

A capitalised word is first sorted by the word lists alone; the cue families
(``titles``, ``kinship``, ``context``, ``lower_case``) then decide from what surrounds
it. Places, brands, organisations and public figures are never a person *on their own
evidence*; a known first name ("Stanley", "Chester") still is.
"""

import re
import unicodedata
from enum import Enum
from functools import lru_cache

from forum.confidentiality.lexicons import load_list, load_words


class Sort(Enum):
    """What a capitalised word is, before context is considered."""

    FIRST = "first"  # a first name and not an ordinary word: "Jayden"
    WEAK = "weak"  # a name and an ordinary word, but a name when capitalised mid-sentence: "Holly"
    STRONG = "strong"  # an ordinary capitalised word far more often: "May", "Grace", "Bill"
    SURNAME = "surname"  # a surname only: "Okafor" is unknown, "Patel" is a surname
    COMMON = "common"  # an ordinary English word: "Today", "Mum"
    UNKNOWN = "unknown"  # none of these: perhaps a rare name, perhaps an organisation


STRONG = load_words("word_names_strong.txt")
WEAK = load_words("word_names_weak.txt")
ALL_FIRST = load_words("first_names.txt")
FIRST = ALL_FIRST - STRONG - WEAK
SURNAMES = load_words("surnames.txt")
# Surnames that are also ordinary words ("Smith", "Young", "Board") count as a surname
# only if they are among the commonest, where the name reading is likely.
TOP_SURNAMES = frozenset(load_list("surnames.txt")[:1000])  # the file is in rank order
COMMON = load_words("common_words.txt")
NEVER = load_words("never_names.txt") | load_words("non_english_words.txt")
NAME_BREAKERS = load_words("name_breakers.txt")
ORGANISATIONS = load_words("organisations.txt")
PUBLIC_FIGURES = load_words("public_figures.txt")
# Places, in English and in their own languages ("Caerdydd", "München").
PLACES = (
    load_words("places.txt")
    | load_words("regions.txt")
    | load_words("places_in_other_languages.txt")
)
# Capitalised words that are never a person on their own evidence: places, brands,
# organisations, nationalities, public figures (see data/README.md).
NOT_PEOPLE = PLACES | ORGANISATIONS | load_words("proper_nouns.txt") | PUBLIC_FIGURES
# Lower-case words after which a capitalised word names a thing ("Fraser guidelines",
# "Victoria line"), not a person; the wider list applies to words that are no first name.
THINGS_AFTER_NAMES = load_words("things_after_names.txt")
THINGS_AFTER_WORDS = THINGS_AFTER_NAMES | load_words("things_after_words.txt")
# Word-names given to people ("Precious", "Summer", "Grace", "Will"): see ``context``.
GIVEN = load_words("word_names_given.txt")
VERBS = load_words("verbs_after_names.txt")
# First names that, lower case, are still read as names after a cue ("my pa is shannon").
LOWER_FIRST = FIRST - COMMON - NEVER
# Chat words, lower-case brands and characters the name lists hold ("ayo", "alexa").
LOWER_STOP = load_words("lower_case_not_names.txt")
_SUFFIXES = ("s", "es", "ing", "ed", "d", "er", "ers", "r", "rs", "ly")
# Where a word has a capital inside it ("SurveyMonkey"): the first part and the rest.
_INNER_CAPITAL_RE = re.compile(r"([A-Z][a-z]+)([A-Z][a-z]+)")
_NAME_PARTICLES = load_words("name_particles.txt")


@lru_cache(maxsize=8192)  # the same words recur across posts; lookups are pure
def classify(word: str) -> Sort:
    """Sort a capitalised word by the word lists alone."""
    lower = word.lower().replace("’", "'")
    head = lower.split("-", 1)[0]
    if "-" in lower and (head in FIRST or head in WEAK):
        return Sort.FIRST
    if lower in NEVER:
        return Sort.COMMON
    if lower in STRONG:
        return Sort.STRONG
    if lower in WEAK:
        return Sort.WEAK
    if lower in FIRST:
        return Sort.FIRST
    if lower in COMMON:
        return Sort.COMMON
    if lower in SURNAMES:
        return Sort.SURNAME
    if not lower.isascii():  # "Zoë", "Chloé": judge the spelling without accents
        plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
        if plain and plain.isalpha() and plain.lower() != lower:
            return classify(plain)
    if _run_together(word):
        return Sort.COMMON
    return Sort.UNKNOWN


def _run_together(word: str) -> bool:
    """Two ordinary words run together: a product, an app or a display name, not a person.

    "SurveyMonkey", "OneDrive", "MindMate", "CaringDad"; but not a surname with an inner
    capital after a particle ("MacLean", "VanDyke", "LaRose").
    """
    if "-" in word:
        return _hyphenated_words(word.lower())
    parts = _INNER_CAPITAL_RE.fullmatch(word)
    return bool(
        parts
        and (first := parts.group(1).lower()) not in _NAME_PARTICLES
        and first in COMMON
        and parts.group(2).lower() in COMMON
    )


def _hyphenated_words(lower: str) -> bool:
    """Two ordinary words joined by a hyphen: "Home-Start", "Self-Care", not "Wood-Smith".

    A double-barrelled surname joins surnames, and the commonest are also words ("Wood",
    "Lane", "Young"): a word among the commonest surnames keeps the pair a name.
    """
    parts = lower.split("-")
    return len(parts) == 2 and all(p in COMMON and p not in TOP_SURNAMES for p in parts)


def surname_like(word: str, sort: Sort) -> bool:
    """Whether a capitalised word can follow a first name as its surname."""
    lower = word.lower()
    if lower in NAME_BREAKERS or lower in NEVER:
        return False
    if sort in (Sort.SURNAME, Sort.UNKNOWN, Sort.FIRST, Sort.WEAK):
        return True
    return lower in TOP_SURNAMES  # "Smith", "Young", "May" are ordinary words and surnames


@lru_cache(maxsize=8192)  # pure, and the same words recur
def inflected_word(lower: str) -> bool:
    """An English word with an ending the word list lacks: "Leavers", "Safeguarding"."""
    return any(
        lower.endswith(suffix)
        and ((stem := lower[: -len(suffix)]) in COMMON or stem in NEVER or stem in NOT_PEOPLE)
        for suffix in _SUFFIXES
    )


@lru_cache(maxsize=8192)  # pure, and the same words recur
def lower_word_can_be_a_name(word: str) -> bool:
    """A lower-case word that is no English word, chat word, brand or place."""
    return not (
        word in COMMON
        or word in NEVER
        or word in LOWER_STOP
        or word in NOT_PEOPLE
        or inflected_word(word)
    )
