"""Names by title and by family, initials used as names, and a first name signing off a post.

These cues are strong on their own: a title before a surname ("Mrs Patel"), "the"
before a surname and a family noun ("the Okafor family"), dotted initials ("R.K.").
"""

import re
from collections.abc import Iterator

from forum.confidentiality.doc import Doc
from forum.confidentiality.finding import Finding
from forum.confidentiality.lexicons import alternation, load_phrases, load_words
from forum.confidentiality.text import LOWER, UPPER, matches_at, sentence_initial

from .words import (
    ALL_FIRST,
    COMMON,
    GIVEN,
    NAME_BREAKERS,
    NEVER,
    NOT_PEOPLE,
    SURNAMES,
    TOP_SURNAMES,
    Sort,
    classify,
    inflected_word,
    surname_like,
)

_TITLES = load_phrases("titles.txt")
_TITLE_RE = re.compile(
    rf"\b(?:{'|'.join(_TITLES)})\.?\s+((?:[A-Z]['’])?[{UPPER}][{LOWER}]+(?:[A-Z][{LOWER}]+)?(?:-[{UPPER}][{LOWER}]+)?)"
    rf"(?:\s+((?:[A-Z]['’])?[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?))?"
)
# Where a title can start: a capitalised word among the title words ("Mrs", "Judge"), or
# an upper-case title found by a short expression led by its first letter ("PC", "HHJ").
_TITLE_WORDS = frozenset(t for t in _TITLES if re.fullmatch("[A-Z][a-z]+", t))
_CAPS_TITLES = [t for t in _TITLES if t.isupper()]
_CAPS_INITIALS = "".join(sorted({t[0] for t in _CAPS_TITLES}))
_CAPS_TITLE_RE = re.compile(
    rf"[{_CAPS_INITIALS}](?<![\w.'’-][{_CAPS_INITIALS}])"
    rf"(?:{'|'.join(dict.fromkeys(t[1:] for t in _CAPS_TITLES))})\b"
)


def find_titled(doc: Doc) -> Iterator[Finding]:
    """A title and the surname after it, with the surname after a first name: "Dr Ama Owusu"."""
    text = doc.text
    titles = [m.start() for m in _CAPS_TITLE_RE.finditer(text)]  # where every match can start
    if not _TITLE_WORDS.isdisjoint(doc.word_texts):
        titles += [
            w.start() for w, t in zip(doc.words, doc.word_texts, strict=True) if t in _TITLE_WORDS
        ]
        titles.sort()
    for m in matches_at(_TITLE_RE, text, titles):
        surname, extra = m.group(1), m.group(2)
        if classify(surname) is Sort.COMMON and surname.lower() not in SURNAMES:
            continue
        end = m.end(1)
        if (
            extra
            and classify(surname) in (Sort.FIRST, Sort.WEAK)
            and surname_like(extra, classify(extra))
        ):
            end = m.end(2)
        if not doc.is_allowed(m.start(), end):
            yield Finding.of("person_name", m.start(), end)


# One expression per case of "the" ("The Okafor family have moved"), as below.
_FAMILY_RES = tuple(
    re.compile(
        rf"{the}(?<=\b{the})\s+((?:[A-Z]['’])?[{UPPER}][{LOWER}]+(?:[A-Z][{LOWER}]+)?(?:-[{UPPER}][{LOWER}]+)?)"
        rf"\s+(?:{alternation('family_nouns.txt')})\b"
    )
    for the in ("the", "The")
)
# A family by its surname in the plural, among words of family: "a Nigerian family (the
# Okafors)", "We have a family, the McDonaghs, who", "the Kowalskis have moved".
# One expression per case of "the", each led by its literal so the engine can skip
# ahead ("[Tt]he" would be tried at every "t").
_FAMILY_PLURAL_RES = tuple(
    re.compile(
        rf"{the}(?<=\b{the})\s+((?:Mc|Mac|O['’])?[{UPPER}][{LOWER}]+(?:[A-Z][{LOWER}]+)?s)\b(?!['’])"
    )
    for the in ("the", "The")  # "The Hendersons have withdrawn"
)
_FAMILY_WORDS_RE = re.compile(rf"(?i:{alternation('family_words.txt')})")
_FAMILY_VERB_AFTER_RE = re.compile(
    r"\s+(?:are|were|have|had|who|moved|live|lived|came|said|say|want|wanted|refused)\b"
)


def find_families(doc: Doc) -> Iterator[Finding]:
    """A surname before a family noun ("the Okafor family"), or in the plural near one."""
    text = doc.text
    for m in (m for pattern in _FAMILY_RES for m in pattern.finditer(text)):
        if classify(m.group(1)) in (
            Sort.SURNAME,
            Sort.UNKNOWN,
            Sort.FIRST,
        ) and not doc.is_allowed(*m.span(1)):
            yield Finding.of("person_name", m.start(1), m.end(1))
    for m in (m for pattern in _FAMILY_PLURAL_RES for m in pattern.finditer(text)):
        word = m.group(1)
        lower = word.lower()
        if (
            lower in COMMON
            or lower in NOT_PEOPLE
            or (lower[:-1] in NOT_PEOPLE and lower[:-1] not in SURNAMES)  # "Hendersons"
        ):
            continue
        if classify(word[:-1]) not in (Sort.SURNAME, Sort.UNKNOWN) or inflected_word(lower[:-1]):
            continue
        if (
            _FAMILY_VERB_AFTER_RE.match(text, m.end(1))
            or _FAMILY_WORDS_RE.search(text, max(0, m.start() - 60), min(len(text), m.end() + 60))
        ) and not doc.is_allowed(m.start(1), m.end(1)):
            yield Finding.of("person_name", m.start(1), m.end(1))


# Roles and agencies ("IRO", "GP") are never initials.
_ACRONYMS = load_words("acronyms.txt")
_INITIALS_AFTER_RE = re.compile(
    r"\s+(?:said|says|asked|asks|told|tells|thinks|thought|wants|wanted|reckons|feels|felt|agreed|"
    r"disagreed|explained|reported|confirmed|suggested|shared|raised|disclosed|"
    r"to\s+(?:update|check|visit|liaise|contact|complete|arrange|send|speak|call|ring|email|chase|"
    r"follow|book|share|write|confirm|attend|refer|make|meet|discuss|see|ask|inform|request|review|"
    r"provide|offer|draft|record|escalate))\b"
    r"|\s+\((?:[A-Z]{2,5}|social\s+worker|chair|manager|team\s+manager|me|mum|dad|carer|foster\s+carer)\)"
)
# "his initials (TM)", "Young person: RK".
_INITIALS_BEFORE_RE = re.compile(
    r"(?i:(?:\binitials|(?:^|\n)[ \t]*(?:young\s+person|child|yp|name|client|subject)[ \t]*:)"
    r"[ \t]*\(?[ \t]*)$"
)
_DOTTED_INITIALS_RE = re.compile(r"[A-Z]\.(?:[A-Z]\.){1,2}")
# Capitals and full stops kept, all else a space: the capitalised tokens of a post, got
# far quicker by ``bytes.translate`` than by a regular expression.
_CAPITALS_ONLY = bytes.maketrans(
    bytes(range(256)), bytes(c if 65 <= c <= 90 or c == 46 else 32 for c in range(256))
)


def find_initials(doc: Doc) -> Iterator[Finding]:
    """Initials used as a name; the same initials elsewhere in the post count too.

    Dotted initials ("R.K.", "A.J.") always; undotted ones ("KW", "JB") only before a
    reporting verb or an action ("JB said", "KW to update"), before a role in brackets
    ("KW (SW)") or after "initials" or a label ("Young person: TM").
    """
    text = doc.text
    tokens = set(text.encode("ascii", "replace").translate(_CAPITALS_ONLY).split())
    for raw in tokens:
        if len(raw) < 2 or len(raw) > 6:
            continue
        token = raw.decode()
        dotted = bool(_DOTTED_INITIALS_RE.fullmatch(token))
        if not dotted:
            token = token.strip(".")
            if not (2 <= len(token) <= 3) or "." in token:
                continue
        if token.replace(".", "") in _ACRONYMS:
            continue
        spans = []
        named = dotted
        at = text.find(token)
        while at >= 0:
            stop = at + len(token)
            before = text[at - 1] if at else " "
            after = text[stop : stop + 1]
            if not (
                before.isalnum() or before in ".'’&/@-" or after.isalnum() or after in "'’&/@-"
            ):
                spans.append((at, stop))
                named = named or bool(
                    _INITIALS_AFTER_RE.match(text, stop)
                    or _INITIALS_BEFORE_RE.search(text, max(0, at - 40), at)
                )
            at = text.find(token, stop)
        if named:
            for start, stop in spans:
                yield Finding.of("person_name", start, stop)


# One initial before a surname: "J. Hartley", "K Mensah". "A" and "I" undotted are words.
_INITIAL_SURNAME_RE = re.compile(  # led by the capital, so that the engine skips to one
    rf"([A-Z])(?<![\w.'’&/@-].)(\.?)[ \t]+((?:[A-Z]['’])?[A-Z][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)"
    rf"(?![\w'’@-])"
)
_WORDS_BEFORE_LETTERS = load_words("words_before_letters.txt")
_WORD_BEFORE_RE = re.compile(r"([\w'’]+)[ \t]*$")


def find_initial_and_surname(doc: Doc) -> Iterator[Finding]:
    """An initial and a surname: "J. Hartley", "her worker K Mensah"; not "Plan B Meeting"."""
    text = doc.text
    for m in _INITIAL_SURNAME_RE.finditer(text):
        if m.group(1) in "AI" and not m.group(2):
            continue  # "A" and "I" are words
        surname = m.group(3)
        lower = surname.lower()
        sort = classify(surname)
        if not (sort in (Sort.SURNAME, Sort.UNKNOWN) or (m.group(2) and lower in TOP_SURNAMES)):
            continue
        if lower in NOT_PEOPLE and (lower not in SURNAMES or m.group(1) in "NSEW"):
            continue  # "N Ireland", "S Wales", but "J. Hartley" is a surname and a place
        if lower in NAME_BREAKERS or inflected_word(lower):
            continue
        before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
        if before and (
            before.group(1).lower() in _WORDS_BEFORE_LETTERS
            or before.group(1)[0].isdigit()
            or (before.group(1)[0].isupper() and not sentence_initial(text, before.start(1)))
        ):
            continue  # "Plan B Meeting", "Room 4 B Block", "Section A. Smith"
        if not doc.is_allowed(m.start(), m.end()):
            yield Finding.of("person_name", m.start(), m.end())


# A first name signing off a post: "... after 6. - Jan", "Thanks,\nJo".
_SIGN_OFF_RE = re.compile(rf"(?:^|\n|[-–—~]\s*|,\s*)([{UPPER}][{LOWER}]+)\s*[.!x]*\s*$")


def find_sign_off(doc: Doc) -> Iterator[Finding]:
    """A first name (or a word-name given to people) alone at the end of a post."""
    sign_off = _SIGN_OFF_RE.search(doc.text, max(0, len(doc.text) - 40))
    if sign_off:
        word = sign_off.group(1).lower()
        if (word in ALL_FIRST or word in GIVEN) and word not in NEVER:
            yield Finding.of("person_name", sign_off.start(1), sign_off.end(1))
