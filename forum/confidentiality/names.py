"""Finding people's names, the hardest identifier: lexicons plus the context around a word.

A capitalised word is judged by what it is (a first name, a name that is also an
ordinary word, a surname, an ordinary word, or unknown) and by what surrounds it: a
cue before it ("my client", "a boy called"), a title ("Mrs"), a possessive with a
relative after it ("Jayden's mum"), a surname after it, or the start of a sentence,
where ordinary words are capitalised anyway. Lexicons load once, at import.
"""

import re
from collections.abc import Iterator
from enum import Enum

from .lexicons import DATA, load_phrases, load_words
from .patterns import Candidate


class Sort(Enum):
    """What a capitalised word is, before context is considered."""

    FIRST = "first"  # a first name and not an ordinary word: "Jayden"
    WEAK = "weak"  # a name and an ordinary word, but a name when capitalised mid-sentence: "Holly"
    STRONG = "strong"  # an ordinary capitalised word far more often: "May", "Grace", "Bill"
    SURNAME = "surname"  # a surname only: "Okafor" is unknown, "Patel" is a surname
    COMMON = "common"  # an ordinary English word: "Today", "Mum"
    UNKNOWN = "unknown"  # none of these: perhaps a rare name, perhaps an organisation


_STRONG = load_words("word_names_strong.txt")
_WEAK = load_words("word_names_weak.txt")
_FIRST = load_words("first_names.txt") - _STRONG - _WEAK
_SURNAMES = load_words("surnames.txt")
# Surnames that are also ordinary words ("Smith", "Young", "Board") count as a surname
# only if they are among the commonest, where the name reading is likely.
_TOP_SURNAMES = frozenset((DATA / "surnames.txt").read_text(encoding="utf-8").split()[:1000])
_COMMON = load_words("common_words.txt")
_NEVER = load_words("never_names.txt")
_EPONYM = load_words("name_breakers.txt")


def classify(word: str) -> Sort:
    """Sort a capitalised word by the lexicons alone."""
    lower = word.lower().replace("’", "'")
    head = lower.split("-", 1)[0]
    if "-" in lower and (head in _FIRST or head in _WEAK):
        return Sort.FIRST
    if lower in _NEVER:
        return Sort.COMMON
    if lower in _STRONG:
        return Sort.STRONG
    if lower in _WEAK:
        return Sort.WEAK
    if lower in _FIRST:
        return Sort.FIRST
    if lower in _COMMON:
        return Sort.COMMON
    if lower in _SURNAMES:
        return Sort.SURNAME
    return Sort.UNKNOWN


_LOWER = r"a-zà-öø-ÿ"
_WORD_RE = re.compile(
    rf"(?<![\w'’@.-])(?:[A-Z]['’])?[A-ZÀ-ÖØ-Þ][{_LOWER}]+(?:[A-Z][{_LOWER}]+)?(?:-[A-Z][{_LOWER}]+)?(?![\w@])"
)
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Cllr|Councillor|PC|DC|DS|DI|Sgt)"
_TITLE_RE = re.compile(
    rf"\b{_TITLE}\.?\s+((?:[A-Z]['’])?[A-Z][{_LOWER}]+(?:[A-Z][{_LOWER}]+)?(?:-[A-Z][{_LOWER}]+)?)"
    rf"(?:\s+((?:[A-Z]['’])?[A-Z][{_LOWER}]+(?:-[A-Z][{_LOWER}]+)?))?"
)
_KIN_PERSON = (
    r"mum|mam|mom|mother|dad|father|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|grandfather|"
    r"grandparents|brother|brothers|sister|sisters|siblings?|aunt|auntie|aunty|uncle|cousins?|boyfriend|girlfriend|"
    r"partner|husband|wife|baby|son|daughter|children|kids|parents|carers?|family|stepdad|stepmum|step-dad|step-mum|"
    r"social worker|worker|teacher|friends?|mates?|keyworker|key worker|PA|advocate|foster carers?"
)
_KIN_THING = r"school|nursery|placement|birthday|bedroom|behaviour|case|file|plan|review|needs|contact|house|home|room"
_KIN_ADJ = r"(?:\s+(?:little|older|younger|big|baby|new|birth|foster|step|twin|half|late|eldest|youngest|biological|paternal|maternal|current|previous|old|allocated))*"
_POSSESSIVE_PERSON_RE = re.compile(rf"['’]s{_KIN_ADJ}\s+(?:{_KIN_PERSON})\b", re.IGNORECASE)
_POSSESSIVE_ANY_RE = re.compile(
    rf"['’]s{_KIN_ADJ}\s+(?:{_KIN_PERSON}|{_KIN_THING})\b", re.IGNORECASE
)
_CUE_RE = re.compile(
    r"(?i:(?:\b(?:called|named|name\s+is|name\s+was|name['’]s|known\s+as|nicknamed|aka|goes\s+by|"
    r"(?:my|his|her|their|the|our|your|a|whose)"
    + _KIN_ADJ
    + r"\s+(?:"
    + _KIN_PERSON
    + r"|client|service user|young person|foster child|boy|girl|lad|kid|manager|supervisor|colleague|student|"
    r"mentor|therapist|nurse|health visitor|midwife|officer|personal adviser|IRO|SENCO|head teacher|headteacher)))"
    r"\s+$)"
)
_LOWER_CUE_NAME_RE = re.compile(
    r"(?i:\b(?:called|named|name\s+is|known\s+as|my\s+(?:mate|friend|brother|sister|boyfriend|girlfriend|son|daughter)))"
    rf"\s+([{_LOWER}][{_LOWER}]+)\b"
)
_FAMILY_RE = re.compile(
    rf"\bthe\s+((?:[A-Z]['’])?[A-Z][{_LOWER}]+(?:[A-Z][{_LOWER}]+)?(?:-[A-Z][{_LOWER}]+)?)"
    r"\s+(?:family|household|children|kids|twins|siblings|boys|girls)\b"
)
_VERBS = load_words("verbs_after_names.txt")
_ALLOW_RE = re.compile(
    r"(?<![\w])(?=[A-Z])(?:"
    + "|".join(re.escape(p) for p in sorted(load_phrases("allow_list.txt"), key=len, reverse=True))
    + r")(?![\w])"
)
_NEXT_WORD_RE = re.compile(r"\s+([\w'’]+)")
_PAIRED_RE = re.compile(rf"\s+(?:and|&)\s+([A-Z][{_LOWER}]+)\b")
# What can stand before a sentence: its start, a full stop, a line break, a bullet.
_SENTENCE_BREAK = frozenset('.!?:;\n\r"“”(*#>•-–—|[')


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t'‘":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_BREAK


def _surname_like(word: str, sort: Sort) -> bool:
    """Whether a capitalised word can follow a first name as its surname."""
    lower = word.lower()
    if lower in _EPONYM or lower in _NEVER:
        return False
    if sort in (Sort.SURNAME, Sort.UNKNOWN, Sort.FIRST, Sort.WEAK):
        return True
    return lower in _TOP_SURNAMES  # "Smith", "Young", "May" are ordinary words and surnames


def find_names(text: str) -> Iterator[Candidate]:
    """Yield spans that look like people's names."""
    allowed = [m.span() for m in _ALLOW_RE.finditer(text)]

    def is_allowed(start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in allowed)

    taken_until = -1
    for m in _TITLE_RE.finditer(text):
        surname, extra = m.group(1), m.group(2)
        if classify(surname) is Sort.COMMON and surname.lower() not in _SURNAMES:
            continue
        end = m.end(1)
        if (
            extra
            and classify(surname) in (Sort.FIRST, Sort.WEAK)
            and _surname_like(extra, classify(extra))
        ):
            end = m.end(2)
        if not is_allowed(m.start(), end):
            yield m.start(), end, "person_name"

    for m in _FAMILY_RE.finditer(text):
        if classify(m.group(1)) in (Sort.SURNAME, Sort.UNKNOWN, Sort.FIRST) and not is_allowed(
            *m.span(1)
        ):
            yield m.start(1), m.end(1), "person_name"

    for m in _LOWER_CUE_NAME_RE.finditer(text):
        if m.group(1) in _FIRST:
            yield m.start(1), m.end(1), "person_name"

    words = list(_WORD_RE.finditer(text))
    for index, word in enumerate(words):
        start, end = word.span()
        if start < taken_until or is_allowed(start, end):
            continue
        sort = classify(word.group())
        if sort is Sort.COMMON:
            continue
        # The words that directly follow, joined by single spaces, may be a surname.
        following: list[re.Match[str]] = []
        cursor = index + 1
        while cursor < len(words) and text[words[cursor - 1].end() : words[cursor].start()] == " ":
            following.append(words[cursor])
            cursor += 1
        initial = _sentence_initial(text, start)
        cued = bool(_CUE_RE.search(text, max(0, start - 60), start))
        possessive = (
            _POSSESSIVE_ANY_RE
            if sort in (Sort.FIRST, Sort.WEAK, Sort.STRONG)
            else _POSSESSIVE_PERSON_RE
        )
        owns_relative = bool(possessive.match(text, end))
        next_sort = classify(following[0].group()) if following else None
        surname_follows = next_sort is not None and _surname_like(following[0].group(), next_sort)

        if sort is Sort.FIRST:
            is_name = True
        elif sort is Sort.WEAK:
            next_word = _NEXT_WORD_RE.match(text, end)
            verb_follows = bool(next_word and next_word.group(1).lower() in _VERBS)
            paired = _PAIRED_RE.match(text, end)  # "Jack and Ethan have been..."
            if paired and classify(paired.group(1)) in (Sort.FIRST, Sort.WEAK):
                verb_follows = True
            is_name = not initial or cued or owns_relative or verb_follows or surname_follows
        elif sort is Sort.STRONG:
            real_surname = (
                following
                and surname_follows
                and (
                    next_sort in (Sort.SURNAME, Sort.COMMON)
                    or (next_sort is Sort.UNKNOWN and not initial)
                )
            )
            is_name = cued or owns_relative or bool(real_surname)
        else:  # a surname or an unknown word counts only in a personal context
            is_name = cued or owns_relative
        if not is_name:
            continue

        span_end = end
        for nxt in following:
            if text.startswith(("'s", "’s"), span_end) or not _surname_like(
                nxt.group(), classify(nxt.group())
            ):
                break
            span_end = nxt.end()
        after = _NEXT_WORD_RE.match(text, span_end)
        if (
            after
            and after.group(1).lower() in _EPONYM
            and text[span_end] == " "
            and after.group(1)[0].isupper()
        ):
            taken_until = after.end()
            continue
        if is_allowed(start, span_end):
            continue
        taken_until = span_end
        yield start, span_end, "person_name"
