"""Watched words: what the admins hold or block, found in what members write.

A plain word matches as a whole word (or phrase, however spaced), ignoring case:
"mule" catches "Mule" but not "mules" or "formule". A pattern is a Python regular expression,
also matched ignoring case. Patterns are checked before they are saved
(`pattern_problem`): they must compile, stay under 200 characters, match no
empty text, and repeat no repetition. The last is a cheap guard against
catastrophic backtracking ("(a+)+" against "aaaa…!" takes exponential time);
the standard `re` module has no timeout, and the `regex` module (which has one)
is not installed. It does not catch overlapping alternatives such as "(a|a)+":
admins are trusted, and what members write is capped at 20,000 characters.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import select

from forum.extensions import db
from forum.review.models import ReviewItem, StoredFinding, WatchedAction, WatchedWord
from forum.review.screening import Screening

MAX_PATTERN_LENGTH = 200
KIND = "watched_word"

# A quantifier that repeats without bound: *, + or {n,} / {n,m} (not ?, which is at most once).
_REPEAT = re.compile(r"[*+]|\{\d*,?\d*\}")


def has_nested_quantifier(pattern: str) -> bool:
    """Whether a repeated group also repeats inside: (a+)+, (a*)*, ((ab)+c){2,}.

    A walk over the pattern that skips escapes and character classes and keeps,
    for each open group, whether anything inside it repeats.
    """
    groups: list[bool] = []  # one per open group: does something inside repeat?
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _end_of_class(pattern, i)
            continue
        if char == "(":
            groups.append(False)
        elif char == ")":
            inner = groups.pop() if groups else False
            if inner and _REPEAT.match(pattern, i + 1):
                return True
            if inner and groups:
                groups[-1] = True
        elif groups and _REPEAT.match(pattern, i):
            groups[-1] = True
        i += 1
    return False


def _end_of_class(pattern: str, start: int) -> int:
    """The index just past a [...] class starting at `start` (a leading ] is literal)."""
    i = start + 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def compile_word(pattern: str, is_regex: bool) -> re.Pattern[str]:
    """The expression a watched word matches with (re.error for a bad pattern)."""
    if is_regex:
        return re.compile(pattern, re.IGNORECASE)
    words = r"\s+".join(re.escape(part) for part in pattern.split())  # any spacing between words
    return re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)


def pattern_problem(pattern: str, is_regex: bool) -> str | None:
    """What is wrong with a word or pattern an admin wants to watch, or None."""
    if not pattern:
        return str(_("Give a word or pattern to watch for."))
    if len(pattern) > MAX_PATTERN_LENGTH:
        return str(_("Keep it to %(count)d characters or fewer.", count=MAX_PATTERN_LENGTH))
    try:
        compiled = compile_word(pattern, is_regex)
    except re.error as error:
        return str(_("That pattern is not a valid regular expression: %(error)s.", error=error))
    if compiled.search("") is not None:
        return str(_("That pattern matches empty text, so it would catch every post."))
    if is_regex and has_nested_quantifier(pattern):
        return (
            "That pattern repeats a repetition, like (a+)+, which can take far too long "
            "to check. Write it without the repeated group."
        )
    return None


@dataclass(frozen=True)
class WatchedMatch:
    """One place a watched word was found: which field, where, which word, what to do."""

    field: str
    start: int
    end: int
    word: WatchedWord
    action: WatchedAction

    @property
    def reason(self) -> str:
        return f"Matches a watched word: {self.word.pattern}"

    def finding(self) -> StoredFinding:
        return StoredFinding(self.field, KIND, self.start, self.end, self.reason)


@dataclass(frozen=True)
class WatchList:
    """Every watched word, compiled: load it once per request and pass it on."""

    words: Sequence[tuple[WatchedWord, re.Pattern[str]]]


def load_watch_list() -> WatchList:
    """One query. A stored pattern that no longer compiles is skipped, never a 500."""
    compiled = []
    for word in db.session.scalars(select(WatchedWord).order_by(WatchedWord.id)):
        try:
            compiled.append((word, compile_word(word.pattern, word.is_regex)))
        except re.error:
            continue
    return WatchList(compiled)


def match_watched(
    texts: Mapping[str, str], watch_list: WatchList | None = None
) -> list[WatchedMatch]:
    """Every watched word found in the named texts (title=…, body=…), in order."""
    if watch_list is None:
        watch_list = load_watch_list()
    found = [
        WatchedMatch(name, m.start(), m.end(), word, word.action)
        for name, text in texts.items()
        if text
        for word, expression in watch_list.words
        for m in expression.finditer(text)
        if m.end() > m.start()
    ]
    return sorted(found, key=lambda m: (m.field, m.start, m.end))


def with_stored_findings(screening: Screening, item: ReviewItem) -> Screening:
    """The guard's findings now, plus the watched words that held the item.

    Only spans that still lie inside the text are kept: the author may have
    edited a held post since.
    """
    extra = [
        f
        for f in item.findings
        if f.kind == KIND and 0 <= f.start < f.end <= len(screening.texts.get(f.field, ""))
    ]
    if not extra:
        return screening
    return Screening(
        texts=screening.texts, findings=[*screening.findings, *extra], strict=screening.strict
    )
