"""The walk over a post's capitalised words, judging each by what it is and what surrounds it.

A plain first name ("Jayden") is a name wherever it stands; any other capitalised word
needs its context (``context``) or, if the word lists do not know it, the absence of
signs that it is a thing (``unknown``). A name runs on over the surnames after it
("Grace Thompson"), stops before a word that makes it a thing ("Jayden Smith School"),
and is dropped if it names a pet, a character or an author (``suppress``).
"""

import re
from typing import NamedTuple

from forum.confidentiality.doc import Doc
from forum.confidentiality.finding import Finding
from forum.confidentiality.text import CAPITALISED_WORD_RE, NEXT_WORD_RE, sentence_initial

from .context import named_in_context, personal_after
from .kinship import (
    NICKNAME_ADJECTIVES,
    called_starts,
    kin_word_before,
    nickname,
    ordinary_word_is_name,
)
from .places import locative_place
from .suppress import names_no_client
from .unknown import thing_follows, unknown_is_name
from .words import NAME_BREAKERS, PUBLIC_FIGURES, TOP_SURNAMES, Sort, classify, surname_like

# Words after a sentence-initial word that make it a verb or an ordinary word.
_NOT_A_SUBJECT_AFTER = frozenset(
    ["we", "you", "u", "i", "it", "this", "that", "they", "everyone", "everybody", "all", "so",
     "not", "your", "ur", "the", "to"]
)  # fmt: skip


class CapitalisedNames(NamedTuple):
    """What the walk found: names, and the words shown to name no client in this post."""

    findings: list[Finding]
    no_client: set[str]


def read_capitalised(doc: Doc) -> CapitalisedNames:
    """Judge every capitalised word of the post, left to right; a name's span is not re-read."""
    text, words, word_texts = doc.text, doc.words, doc.word_texts
    result = CapitalisedNames([], set())
    named_words: set[str] = set()  # word-names shown to be a person: the same elsewhere too
    taken_until = -1
    nicknames_possible = any(adjective in text for adjective in NICKNAME_ADJECTIVES)
    called = called_starts(text)
    for index, word in enumerate(words):
        start, end = word.span()
        group = word_texts[index]
        if start < taken_until:
            continue
        if not group[0].isupper():
            continue  # a lower-case letter beyond Latin-1 (see ``text.UPPER``)
        sort = classify(group)
        if (
            nicknames_possible
            and text.endswith(NICKNAME_ADJECTIVES, max(0, start - 7), start)
            and nickname(group, sort)
        ):
            nick = text.rfind(" ", 0, start - 1) + 1
            if not doc.is_allowed(nick, end):
                taken_until = end
                result.findings.append(Finding.of("person_name", nick, end))
                continue
        if sort is Sort.COMMON:
            if (
                (
                    start in called
                    or text.startswith((" (", "("), end)
                    or kin_word_before(text, start)
                )
                and ordinary_word_is_name(text, group, start, end, called)
                and not doc.is_allowed(start, end)
            ):
                taken_until = end
                result.findings.append(Finding.of("person_name", start, end))
            continue
        if doc.is_allowed(start, end):
            continue
        # The words that directly follow, joined by single spaces, may be a surname.
        following: list[re.Match[str]] = []
        cursor = index + 1
        while cursor < len(words) and text[words[cursor - 1].end() : words[cursor].start()] == " ":
            following.append(words[cursor])
            cursor += 1
        if (
            sort in (Sort.FIRST, Sort.WEAK)
            and sentence_initial(text, start)
            and thing_follows(text, end, sort)
        ):
            continue  # "Victoria line", "Fraser guidelines"
        if (
            sort is not Sort.FIRST
            and not named_in_context(text, sort, start, end, following)
            and not unknown_is_name(text, group, sort, start, end, following)
        ):
            continue
        if locative_place(text, group, sort, start, end):
            continue  # "in Chelsea", "across Caerdydd and Abertawe": a place
        span_end = _name_end(text, end, following)
        after = NEXT_WORD_RE.match(text, span_end)
        if (
            after
            and after.group(1).lower() in NAME_BREAKERS
            and text[span_end] == " "
            and after.group(1)[0].isupper()
        ):
            if not (
                span_end == end
                and sort in (Sort.FIRST, Sort.WEAK)
                and after.group(1).lower() in TOP_SURNAMES
                and personal_after(text, after.end())
            ):
                taken_until = after.end()  # "Jayden Smith School", "Holly Ward": a thing
                continue
            span_end = after.end()  # "Mary Ward is the new visitor and she's ...": a surname
        if doc.is_allowed(start, span_end):
            continue
        taken_until = span_end
        if names_no_client(text, group, start, span_end):
            result.no_client.add(group)
            continue
        if sort is not Sort.FIRST and span_end == end:
            named_words.add(group)
        result.findings.append(Finding.of("person_name", start, span_end))
    result.findings.extend(repeats(text, named_words))
    return result


def _name_end(text: str, end: int, following: list[re.Match[str]]) -> int:
    """Where a name ends: after the surname-like words that follow it, up to a possessive."""
    span_end = end
    for nxt in following:
        if text.startswith(("'s", "’s"), span_end) or not surname_like(
            nxt.group(), classify(nxt.group())
        ):
            break
        span_end = nxt.end()
    return span_end


def find_surname_repeats(doc: Doc, names: list[Finding]) -> list[Finding]:
    """A private person's surname on its own, once the post has named them in full.

    "... said Dr Helen Marsh. Marsh added ...": the surname alone names the same person,
    even when it is also an ordinary word ("Marsh", "Bell", "Church"). A public figure's
    surname is left alone, as a public figure cited on their own identifies no one.
    """
    surnames = set()
    for name in names:
        span = doc.text[name.start : name.end]
        if name.kind == "person_name" and " " in span:
            surname = span.rsplit(None, 1)[-1]
            if CAPITALISED_WORD_RE.fullmatch(surname) and surname.lower() not in PUBLIC_FIGURES:
                surnames.add(surname)
    if not surnames:
        return []
    return [f for f in repeats(doc.text, surnames) if not doc.is_allowed(f.start, f.end)]


def repeats(text: str, named_words: set[str]) -> list[Finding]:
    """A word once shown to name a person names the same person elsewhere in the post.

    "The youngest, Summer, is 4 ... nothing about Summer's days".
    """
    found_names = []
    for name in named_words:
        found = text.find(name)
        while found >= 0:
            stop = found + len(name)
            if not (
                (found and (text[found - 1].isalnum() or text[found - 1] in "'’-"))
                or text[stop : stop + 1].isalnum()
                or (  # "Hope we can sort something": a word again, not the name
                    sentence_initial(text, found)
                    and (word_after := NEXT_WORD_RE.match(text, stop)) is not None
                    and word_after.group(1).lower() in _NOT_A_SUBJECT_AFTER
                )
            ):
                found_names.append(Finding.of("person_name", found, stop))
            found = text.find(name, stop)
    return found_names
