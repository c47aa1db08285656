"""Places after a locative preposition: "in Leeds", "across Caerdydd and Abertawe", "in Chelsea".

After "in", "across", "throughout" and the like a capitalised word names a place, not a
person: a word the name lists do not know, and a place that is also a name ("Chelsea",
"Jordan", "Florence"), in a list too ("in Sevilla and València"). A possessive after
it keeps it a person ("in Jordan's room"), and so does a verb that takes a person
("confided in Tendai").
"""

import re

from forum.confidentiality.text import previous_word

from .words import PLACES, Sort

# The prepositions of being somewhere; "at", "from", "to" and "with" also take people.
_LOCATIVES = (
    "in",
    "across",
    "throughout",
    "within",
    "near",
    "outside",
    "around",
    "inside",
    "beyond",
)
_LOCATIVE_WORDS = frozenset(_LOCATIVES)
# A list of capitalised words opened by one of them: "in Sevilla, Madrid and " (capitals
# of Latin-1 only: a smaller class, compiled faster).
_LOCATIVE_LIST_BEFORE_RE = re.compile(
    rf"(?i:\b(?:{'|'.join(_LOCATIVES)}))\s+"
    r"(?:[A-ZÀ-ÖØ-Þ][\w'’-]*(?: [A-ZÀ-ÖØ-Þ][\w'’-]*)*(?:, (?:and |or )?| (?:and|or|&) ))+$"
)
# Each preposition as it may be written before a space: a quick test before the exact one.
_LOCATIVE_ENDINGS = tuple(f"{form} " for w in _LOCATIVES for form in (w, w.capitalize(), w.upper()))
# Words that take a person after "in": "confided in Tendai", "believe in Kemar".
_IN_A_PERSON_RE = re.compile(r"(?i:\b(?:confid|believ|trust|faith|interest)\w*\s+in\s+$)")


def after_locative(text: str, start: int) -> bool:
    """Whether a locative preposition and one space come just before ``start``."""
    return (
        text.endswith(_LOCATIVE_ENDINGS, max(0, start - 12), start)
        and previous_word(text, start) in _LOCATIVE_WORDS
        and not _IN_A_PERSON_RE.search(text, max(0, start - 30), start)
    )


def locative_place(text: str, word: str, sort: Sort, start: int, end: int) -> bool:
    """Whether the capitalised word at ``start`` is a place by the preposition before it."""
    if text.startswith(("'s", "’s"), end):
        return False  # "in Jordan's room"
    if sort in (Sort.UNKNOWN, Sort.SURNAME) and after_locative(text, start):
        return True
    if word.lower() not in PLACES:
        return False
    return after_locative(text, start) or bool(
        _LOCATIVE_LIST_BEFORE_RE.search(text, max(0, start - 80), start)
    )
