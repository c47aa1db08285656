"""Specific dates, and dates of birth: a date near a birth cue ("born", "DOB", "birthday").

"In 2009" or "in March" identifies no one; "12 March 2021" or "12/03/21" may, and
"born 03/04/2009" very likely does. Month and year alone count only as a birth date.
The calendar's words stay in these expressions: they are the grammar of a date.
"""

import re
from collections.abc import Iterator

from .doc import Doc
from .finding import Finding
from .text import NUMBER_START_RE, matches_at

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
# Casual posts write months in lower case ("the 3rd of june"); "may" is left out, being
# far more often the verb ("2 may attend").
_MONTH_ANY_CASE = (
    r"(?:" + _MONTH[3:-1] + r"|(?:january|february|march|april|june|july|august|september|october"
    r"|november|december|jan|feb|apr|jun|jul|aug|sept|oct|nov|dec)(?![a-z]))"
)
_ORD = r"(?:st|nd|rd|th)"
_YEAR = r"(?:,?\s+(?:\d{4}|['’]\d{2}))"
# Each date expression, with what all its matches contain (a month's name, a weekday's
# name, or digits either side of a separator) and whether they all start with it.
_MONTH_HINT_RE = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
# Searched in the folded text: a plain lower-case search is far quicker than an (?i) one.
_ANY_MONTH_HINT_RE = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
_WEEKDAY_HINT_RE = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_NUMERIC_HINT_RE = re.compile(r"\d[/.-]\d")
# "[0-3]?\d" at a word start, written to begin with the digit itself (see
# ``identifiers``): a second digit only after a 0-3, and no word character before the first.
_DAY_AFTER_WORD_BREAK = r"(?P<d>\d(?<!\w\d)(?:(?<=[0-3])\d)?)"
_DATE_RES = (
    # 12 March 2021, 3rd of May
    (
        _ANY_MONTH_HINT_RE,
        False,
        re.compile(
            rf"{_DAY_AFTER_WORD_BREAK}{_ORD}?(?:\s+of)?\s+{_MONTH_ANY_CASE}(?![a-z]){_YEAR}?(?!\d)"
        ),
    ),
    # March 12th, 2021
    (
        _MONTH_HINT_RE,
        True,
        re.compile(
            rf"\b(?=[JFMASOND]){_MONTH}\s+(?:the\s+)?(?P<d>[0-3]?\d){_ORD}?(?![\d:a-z]){_YEAR}?(?!\d)"
        ),
    ),
    # 12/03/2021, 3.4.09, 12-03-21
    (
        _NUMERIC_HINT_RE,
        False,
        re.compile(
            r"(?P<d>\d(?<![\d/.:-]\d)(?:(?<=[0-3])\d)?)([/.-])(?P<m>[01]?\d)\2(?:\d{4}|\d{2})(?![\d/-]|\.\d)"
        ),
    ),
    # 2021-03-12
    (
        _NUMERIC_HINT_RE,
        False,
        re.compile(r"\d(?<![\d/-]\d)\d{3}-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d/-])"),
    ),
    # Tuesday 4th, Friday the 12th
    (
        _WEEKDAY_HINT_RE,
        True,
        re.compile(
            rf"\b(?=[MTWFS])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:the\s+)?(?P<d>[0-3]?\d){_ORD}\b"
        ),
    ),
)
# Month and year alone ("March 2009", "04/2009") says little, except as a birth date.
_MONTH_YEAR_RE = re.compile(rf"\b(?=[JFMASOND]){_MONTH}\s+\d{{4}}\b|(?<![\d/])[01]?\d/\d{{4}}\b")
_BIRTH_CUE_RE = re.compile(
    r"(?i:(?:\b(?:born|d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date|birthday)"
    r"(?:\s+(?:is|was|as|on|in|of|the|given|listed|recorded|being))*\s*[:\-–]?\s*(?:on\s+|the\s+)*"
    r"|(?:['’]s|\bhis|\bher|\btheir|\bmy)\s+\d{1,2}(?:st|nd|rd|th)\s+(?:birthday\s+)?(?:is\s+)?on\s+(?:the\s+)?)$)"
)
# A birth word earlier in the same sentence also makes a date a date of birth: "her DOB
# for admissions but her documents say 3 June 2011", "birthday's the 14th of August".
_BIRTH_WORD_RE = re.compile(
    r"(?i:\b(?:born|d\.?o\.?b\.?s?|dates?\s+of\s+birth|birth\s*dates?|birthdays?|b['’]?days?)(?![a-z]))"
)
# Where a sentence ends: a full stop, "!" or "?" before a space, or a line break.
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s)|\n")
_BIRTH_WINDOW = 90
# The hints that are plain alternations of words, as those words: a few substring tests
# are far quicker than a search for the alternation.
_HINT_LITERALS: dict[re.Pattern[str], tuple[str, ...]] = {
    _ANY_MONTH_HINT_RE: tuple(_ANY_MONTH_HINT_RE.pattern.split("|")),
    _MONTH_HINT_RE: tuple(_MONTH_HINT_RE.pattern.split("|")),
    _WEEKDAY_HINT_RE: tuple(
        day + "day" for day in ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")
    ),
}
# A birth cue is near: born, birth, d.o.b (dots optional) or b'day, in the folded text.
_BIRTH_HINT_LITERALS = ("born", "birth", "dob", "d.ob", "do.b", "d.o.b", "bday", "b'day", "b’day")


def _valid_day_month(m: re.Match[str]) -> bool:
    groups = m.groupdict()
    day = int(groups["d"]) if groups.get("d") else 1
    month = int(groups["m"]) if groups.get("m") else 1
    return 1 <= day <= 31 and 1 <= month <= 12


def _birth_cued(text: str, start: int) -> bool:
    """A birth cue just before, or a birth word earlier in the same sentence."""
    if _BIRTH_CUE_RE.search(text, max(0, start - 30), start):
        return True
    window_start = max(0, start - _BIRTH_WINDOW)
    for end in _SENTENCE_END_RE.finditer(text, window_start, start):
        window_start = end.end()
    return bool(_BIRTH_WORD_RE.search(text, window_start, start))


def _hinted(hint: re.Pattern[str], doc: Doc) -> bool:
    """Whether ``hint`` occurs in the post (in its folded form for ``_ANY_MONTH_HINT_RE``)."""
    literals = _HINT_LITERALS.get(hint)
    if literals is None:
        return bool(hint.search(doc.text))
    haystack = doc.folded if hint is _ANY_MONTH_HINT_RE else doc.text
    return any(literal in haystack for literal in literals)


def find_dates(doc: Doc) -> Iterator[Finding]:
    """Specific calendar dates; those right after a birth cue are dates of birth."""
    if not doc.has_digit:  # every date expression holds one
        return
    text = doc.text
    hinted: dict[re.Pattern[str], bool] = {}  # two expressions share each hint
    for hint, led_by_hint, pattern in _DATE_RES:
        if hint not in hinted:
            hinted[hint] = _hinted(hint, doc)
        if not hinted[hint]:
            continue
        if led_by_hint:
            matches = matches_at(pattern, text, (h.start() for h in hint.finditer(text)))
        else:
            matches = pattern.finditer(text)
        for m in matches:
            if _valid_day_month(m):
                kind = "date_of_birth" if _birth_cued(text, m.start()) else "date"
                yield Finding.of(kind, m.start(), m.end())
    if not any(literal in doc.folded for literal in _BIRTH_HINT_LITERALS):
        return
    # Matches start at a month's name or at the first digit of a number.
    starts = [m.start() for m in _MONTH_HINT_RE.finditer(text)]
    starts += [m.start() for m in NUMBER_START_RE.finditer(text)]
    for m in matches_at(_MONTH_YEAR_RE, text, sorted(starts)):
        if _birth_cued(text, m.start()):
            yield Finding.of("date_of_birth", m.start(), m.end())
