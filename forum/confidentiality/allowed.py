"""Allow-listed phrases: public names, idioms and bodies named in Welsh, Gaelic or Irish.

``allow_list.txt`` and ``idioms.txt`` hold some 430 phrases, matched case-sensitively as
whole phrases. Compiling them into one alternation would slow every start-up, so they
are looked up by their first few characters, and only where a capitalised word starts.
A body named in Welsh, Gaelic or Irish puts its kind first ("Cymdeithas Tai Clwyd"):
the capitalised words after one of ``organisation_heads.txt`` are its name.
"""

import re

from .lexicons import load_phrases, load_words
from .text import CAPITALISED_WORD_RE, UPPER


def _alternation_by_initial(phrases: list[str]) -> str:
    """An alternation of ``phrases`` in the same order, grouped by first letter.

    The engine then tries only the few phrases that share the letter it is at, and
    since phrases with different initials never match at the same place, the match
    chosen is the one the plain alternation would choose.
    """
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        groups.setdefault(phrase[0], []).append(re.escape(phrase[1:]))
    return "|".join(f"{re.escape(k)}(?:{'|'.join(rest)})" for k, rest in groups.items())


_PHRASES = [
    p
    for p in sorted(
        load_phrases("allow_list.txt") + load_phrases("idioms.txt"), key=len, reverse=True
    )
    if re.match("[A-Z]", p)
]
# The phrases by their first few characters, in order: at any offset only those sharing
# its next characters can match, so trying them in turn picks the phrase that the
# alternation of them all, then ``(?![\w])``, would pick, without compiling it at start-up.
_PREFIX = min(map(len, _PHRASES), default=1)
_BY_PREFIX: dict[str, list[str]] = {}
for _phrase in _PHRASES:
    _BY_PREFIX.setdefault(_phrase[:_PREFIX], []).append(_phrase)
del _phrase
# The first words of the phrases, as the capitalised-word expression finds them: a
# phrase is tried only where one of these starts. Phrases that start otherwise ("J.K.
# Rowling", "NSPCC") are searched for in the whole post; the check that no word
# character precedes one is made after, which keeps it a plain alternation.
_FIRST_WORDS = frozenset(m.group() for p in _PHRASES if (m := CAPITALISED_WORD_RE.match(p)))
_ODD_RE = re.compile(
    "(?:"
    + _alternation_by_initial([p for p in _PHRASES if not CAPITALISED_WORD_RE.match(p)])
    + r")(?![\w])"
)
_WORD_CHAR_RE = re.compile(r"\w")
# A body named in Welsh, Gaelic or Irish, its kind first: the words after it, joined by
# the small words of those languages, are its name ("Comhairle nan Eilean Siar").
_ORGANISATION_HEADS = load_words("organisation_heads.txt")
_NAME_AFTER_HEAD_RE = re.compile(
    r"(?:\s+(?:(?:y|yr|nan|na|an|a['’]|agus|o|i|yng|ar|na\s+h-|an\s+t-)\s*)?"
    rf"[{UPPER}][\w'’]+(?:-[{UPPER}][\w'’]+)?){{1,4}}"
)


def _phrase_end(text: str, start: int) -> int:
    """Where the allow-listed phrase at ``start`` ends (see ``_BY_PREFIX``), or -1."""
    for phrase in _BY_PREFIX.get(text[start : start + _PREFIX], ()):
        if text.startswith(phrase, start):
            end = start + len(phrase)
            if end == len(text) or not ((after := text[end]).isalnum() or after == "_"):
                return end
    return -1


def allowed_spans(
    text: str, words: list[re.Match[str]], word_texts: list[str]
) -> list[tuple[int, int]]:
    """Spans of allow-listed phrases, each starting where no word character precedes it.

    ``words`` are the post's capitalised words (``word_texts`` their text); most phrases
    can start only at one of them, so the costly expression is tried only there.
    """
    spans: list[tuple[int, int]] = []
    reached = 0
    if not _FIRST_WORDS.isdisjoint(word_texts):
        for word, word_text in zip(words, word_texts, strict=True):
            if (
                word.start() >= reached
                and word_text in _FIRST_WORDS
                and (phrase_end := _phrase_end(text, word.start())) >= 0
            ):
                spans.append((word.start(), phrase_end))
                reached = phrase_end
    if not _ORGANISATION_HEADS.isdisjoint(word_texts):
        for word, word_text in zip(words, word_texts, strict=True):
            if word_text in _ORGANISATION_HEADS and (
                name := _NAME_AFTER_HEAD_RE.match(text, word.end())
            ):
                spans.append((word.start(), name.end()))
    pos = 0
    while match := _ODD_RE.search(text, pos):
        start = match.start()
        if start and _WORD_CHAR_RE.match(text, start - 1):
            pos = start + 1  # inside a longer word: look again from the next character
            continue
        spans.append(match.span())
        pos = match.end()
    return spans
