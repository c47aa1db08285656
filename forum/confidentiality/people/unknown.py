"""Capitalised words the word lists do not know as names: a person, unless a place, brand or thing.

In this forum a capitalised word mid-sentence that is no English word, place, brand or
organisation is nearly always a person ("Poor Hodan", "Ionela from the office"); at
the start of a sentence it needs more: an age ("Kemar (15)"), a verb ("Brennan is"), a
possessive ("Ionuț's assessment") or a surname after it ("Dafydd Evans rang").
"""

import re

from forum.confidentiality.lexicons import load_words
from forum.confidentiality.text import NEXT_WORD_RE, sentence_initial

from .places import after_locative
from .words import (
    FIRST,
    NEVER,
    NOT_PEOPLE,
    THINGS_AFTER_NAMES,
    THINGS_AFTER_WORDS,
    TOP_SURNAMES,
    VERBS,
    Sort,
    classify,
    inflected_word,
)

# An age right after a word marks it as a person: "Kemar (15)", "Jojo, 15,", "Hope, aged
# 9", "Delroy is 13", "Tyrese turned 16" (but not "is 15 minutes away").
AGE_AFTER_RE = re.compile(
    r"(?:\s*\(\s*(?:aged?\s*)?\d{1,2}\s*(?:yrs?|years?|y/?o)?\s*(?:\)|[,;:–—-](?!\s*\d))"
    r"|,\s*(?:aged?\s+)?\d{1,2}(?:\s*(?:yrs?|years?\s+old|y/?o))?(?=\s*[,.;:)!?\n]|\s+(?:and|but|is|was|has|who)\b)"
    r"|\s+(?:is|was|who\s+is|turned|turns|is\s+now|now|aged?)\s+(?:aged?\s+)?\d{1,2}\b"
    r"(?!\s*(?:%|:|\.\d|am\b|pm\b|min|hour|hr|day|week|month|mile|km|percent|per\b|times|o['’]clock|stops)))"
)
# An action for a named person in minutes: "Seun to visit within 5 working days".
_ACTION_AFTER_RE = re.compile(
    r"\s+to\s+(?:visit|update|check|liaise|contact|complete|arrange|send|speak|call|ring|email|"
    r"chase|follow|book|share|write|confirm|attend|refer|re-refer|meet|discuss|offer|draft|"
    r"escalate|inform|request|provide)\b"
)
_DETERMINERS = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "every", "each", "any", "some", "no"]
)
# Words before a capitalised word that make it an app, a language or a product.
_WORDS_BEFORE_THINGS = load_words("words_before_things.txt")
_PREVIOUS_WORD_RE = re.compile(r"([\w'’]+)\s+$")
_VERBS_OR_FROM = VERBS | {"from"}
_NUMBER_AFTER_RE = re.compile(r"\s+\d")


# A second person after "and": a plain first name, or an unknown word and a verb in the
# plural ("Aleksander and Zofia see each other", but not "Ofsted and Cafcass say").
_PAIRED_RE = re.compile(
    r"\s+(?:and|&)\s+([A-ZÀ-ÖØ-Þ][\w'’-]+)"
    r"(\s+(?:are|were|have|had|live|lived|see|saw|share|shared|went|came|both|stay|stayed|want|"
    r"wanted|need|needed|love|loved|got|moved|visit|visited|attend|attended|go|told|said)\b)?"
)


def _paired_with_a_person(text: str, end: int) -> bool:
    """Whether "and" and a person follow (see ``_PAIRED_RE``)."""
    paired = _PAIRED_RE.match(text, end)
    if not paired:
        return False
    sort = classify(other := paired.group(1))
    if sort is Sort.FIRST:
        return True
    return (
        sort is Sort.UNKNOWN
        and paired.group(2) is not None
        and other.lower() not in NOT_PEOPLE
        and not inflected_word(other.lower())
    )


# Before "of", "on", "in" or "for": a place's or a body's kind ("the town of Næstved",
# "University of Otago"), what is learnt ("training on Theraplay", "qualified in DDP"),
# or a capitalised ordinary word of a title ("Walk for Wellbeing", "Centre of Excellence").
_THING_BEFORE_RE = re.compile(
    r"(?:(?i:\b(?:university|college|town|city|village|county|region|island|isle|borough|"
    r"district|province|state|republic|kingdom|municipality|port|suburb|valley)\s+of)"
    r"|(?i:\b(?:training|trained|train|course|courses|qualified|qualification|accredited|"
    r"certified|certificate|diploma|module|workshops?|practitioner|therapist)\s+(?:on|in))"
    r"|\b([A-Z][a-z]+)\s+(?:of|for|on))\s+$"
)
_LISTED_RE = re.compile(r"(?:,\s+|\s+(?:and|or|&)\s+)([A-ZÀ-ÖØ-Þ][\w'’-]+)")


def _listed_with_a_thing(text: str, end: int) -> bool:
    """Whether a place, brand or body that is no first name follows, joined by "and" or ","."""
    listed = _LISTED_RE.match(text, end)
    if not listed:
        return False
    other = listed.group(1).lower().removesuffix("'s")
    return len(other) > 2 and other in NOT_PEOPLE and other not in FIRST


def thing_follows(text: str, end: int, sort: Sort) -> bool:
    """A lower-case word that makes the capitalised word a thing comes next."""
    next_word = NEXT_WORD_RE.match(text, end)
    if not next_word or not next_word.group(1).islower():
        return False
    things = THINGS_AFTER_NAMES if sort in (Sort.FIRST, Sort.WEAK) else THINGS_AFTER_WORDS
    return next_word.group(1) in things


def unknown_is_name(
    text: str, word: str, sort: Sort, start: int, end: int, following: list[re.Match[str]]
) -> bool:
    """Whether a capitalised word the word lists do not know as a name is one all the same."""
    if sort not in (Sort.UNKNOWN, Sort.SURNAME) and not AGE_AFTER_RE.match(text, end):
        return False
    lower = word.lower().replace("’", "'").removesuffix("'s").rstrip("'")
    if lower in NOT_PEOPLE or lower.split("-", 1)[0] in NOT_PEOPLE:
        return False
    if sort is Sort.UNKNOWN and inflected_word(lower):
        return False
    if AGE_AFTER_RE.match(text, end):
        return True
    if thing_follows(text, end, sort) or _NUMBER_AFTER_RE.match(text, end):
        return False  # "Mosaic case", "Reg 44", "Ward 12": a thing
    if text.startswith("-", end) and text[end + 1 : end + 2].islower():
        return False  # "Theraplay-informed", "Covid-related": a word made from a thing
    if following and (
        classify(nxt := following[0].group()) is Sort.COMMON and nxt.lower() not in TOP_SURNAMES
    ):
        return False  # "Alton Towers", "Canary Wharf": a place or a thing
    if sort is Sort.UNKNOWN and _listed_with_a_thing(text, end):
        return False  # "from Tromsø and Bergen", "Kooth or Childline": one of a kind
    if sentence_initial(text, start):
        if text.startswith(("'s", "’s"), end):
            return True  # "Ionuț's assessment"
        next_word = NEXT_WORD_RE.match(text, end)
        if next_word and next_word.group(1).lower() in _VERBS_OR_FROM:
            return True  # "Brennan is back", "Ionela from the office"
        if next_word and next_word.group(1) == "to" and _ACTION_AFTER_RE.match(text, end):
            return True  # "Seun to visit within 5 days"
        if text.startswith((" and ", " & "), end) and _paired_with_a_person(text, end):
            return True  # "Aleksander and Zofia see each other", "Tendai and Jayden"
        # An unknown word before a surname: "Dafydd Evans rang".
        return bool(following) and classify(following[0].group()) is Sort.SURNAME
    previous = _PREVIOUS_WORD_RE.search(text, max(0, start - 30), start)
    if previous:
        before = previous.group(1)
        if before.lower() in _DETERMINERS or before.lower() in _WORDS_BEFORE_THINGS:
            return False  # "the Pinderfields", "a Corsa", "speaks Oromo": a thing
        if before in ("of", "on", "in", "for") and (
            thing := _THING_BEFORE_RE.search(text, max(0, previous.start() - 40), start)
        ):
            title_word = thing.group(1)
            if not title_word or (
                classify(title_word) is Sort.COMMON
                and title_word.lower() not in NEVER
                and not sentence_initial(text, thing.start(1))
            ):
                return False  # "the town of Næstved", "training on Theraplay", "Walk for Wellbeing"
        if before in ("or", "and", "&"):
            listed = _PREVIOUS_WORD_RE.search(text, max(0, previous.start() - 30), previous.start())
            other = listed.group(1).lower().removesuffix("'s") if listed else ""
            if (
                len(other) > 2
                and other not in FIRST
                and (other in NOT_PEOPLE or (listed and after_locative(text, listed.start(1))))
            ):
                return False  # "Canva or Padlet", "in Caerdydd and Abertawe": one of a kind
        if (
            before[0].isupper()
            and classify(before) is Sort.COMMON
            and not sentence_initial(text, previous.start(1))
        ):
            return False  # inside a title-case name of a thing: "the Youth Justice Board"
    return True
