"""People quoted in a public role in published prose: named, but no one a post could identify.

Articles name the people who speak for an organisation or write for the public: "said
Eleri Prys-Williams, the council's head of children's services", "Professor Nadia
Qureshi, who evaluated the pilot", "Mrs Justice Okonjo-Hale", "the author and former
foster carer Jenni Halloran-Price", "Ruth Hewitt-Kerr's book". A full name (a first
name and a surname) in one of these shapes is left alone, and so is its surname later
in the post ("Qureshi's team"). A first name on its own ("our worker, Fiona") and a
title kept for local officers ("HHJ Thornton", "Dr Adeyemi") are still reported.
"""

import re

from forum.confidentiality.doc import Doc
from forum.confidentiality.lexicons import alternation
from forum.confidentiality.text import LOWER, UPPER, Keywords, matches_at

_WORD = rf"(?:[A-Z]['’])?(?:Mc|Mac)?[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
_FULL = rf"({_WORD}(?:\s+{_WORD}){{1,2}})"
_ROLE = f"(?:{alternation('public_roles.txt')})"
# Titles held in public before a full name (professors, peers, councillors: "Professor
# Nadia Qureshi", but "our panel chair, Professor Whitfield" may be local), and High
# Court judges ("Mrs Justice Okonjo-Hale").
_PUBLIC_TITLE_RE = re.compile(
    rf"(?:(?:Professor|Prof\.?|Baroness|Lord|Dame|Sir|Cllr|Councillor)\s+(?={_WORD}\s+{_WORD})"
    rf"|(?:Mr|Mrs|Ms|Lord|Lady)\s+Justice\s+)((?:{_WORD}\s+)?{_WORD})"
)
# A reporting word or a byline before the name; a title before it counts as well.
_REPORTED = r"(?:said|says|according\s+to|By|writes|wrote|added|explained|argued|told\s+\w+|Dr\.?)"
# The name, then the role it speaks in: ", who chairs", ", the council's head of", ", founder of".
_ROLE_AFTER = (
    r",\s+(?:who\s+(?:chairs|heads|directs|founded|co-founded|researches|evaluated|lectures|edits|"
    r"oversaw|chaired)\b"
    rf"|(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,4}}?{_ROLE}\b|{_ROLE}\s+(?:of|at|for)\b)"
)
_REPORTED_ROLE_RE = re.compile(rf"{_REPORTED}\s+{_FULL}(?=(?i:{_ROLE_AFTER}))")
_WHO_ROLE_RE = re.compile(
    rf"{_FULL}(?=,\s+who\s+(?:chairs|heads|directs|founded|co-founded|researches|evaluated)\b)"
)
# A role noun before the name: "the author and former foster carer Jenni Halloran-Price".
_ROLE_BEFORE_RE = re.compile(
    r"(?:author|columnist|journalist|writer|academic|campaigner|commissioner|novelist|"
    r"broadcaster|presenter|researcher|professor)(?:\s+and(?:\s+[a-z-]+){1,3}?)?\s+" + _FULL
)
# Published work after the name: "Ruth Hewitt-Kerr's book", "Eileen Munro's review".
_WORK_AFTER_RE = re.compile(
    _FULL + r"['’]s\s+(?:(?:new|latest|recent|first|\d{4})\s+)?"
    r"(?:book|report|review|study|column|novel|memoir|article|podcast|documentary)\b"
)
_TITLE_WORDS = frozenset(
    ["Professor", "Prof", "Baroness", "Lord", "Dame", "Sir", "Cllr", "Councillor", "Mr", "Mrs", "Ms",
     "Lady"]
)  # fmt: skip
# Where the other shapes can start: a reporting word, a role noun, or a capitalised word
# (tried only when the post has ", who" or a possessive before a published work).
_REPORTED_STARTS = Keywords(
    ("said", "says", "according", "by", "writes", "wrote", "added", "explained", "argued",
     "told", "dr")
)  # fmt: skip
_ROLE_BEFORE_STARTS = Keywords(
    ("author", "columnist", "journalist", "writer", "academic", "campaigner", "commissioner",
     "novelist", "broadcaster", "presenter", "researcher", "professor")
)  # fmt: skip
_WORK_HINT_RE = re.compile(
    r"['’]s\s+(?:(?:new|latest|recent|first|\d{4})\s+)?(?:book|report|review|study|column|novel|"
    r"memoir|article|podcast|documentary)\b"
)


# Two capitalised words in a row: every shape above holds one.
_TWO_CAPITALISED_RE = re.compile(rf"[{UPPER}][{LOWER}]+\s+(?:[A-Z]['’])?[{UPPER}]")


class PublicNames:
    """Spans of full names quoted in a public role, and their surnames."""

    __slots__ = ("spans", "surnames")

    def __init__(self, doc: Doc) -> None:
        self.spans: list[tuple[int, int]] = []
        self.surnames: set[str] = set()
        text = doc.text
        if not _TWO_CAPITALISED_RE.search(text):
            return  # no full name, no public figure to read
        titles = [
            w.start() for w, t in zip(doc.words, doc.word_texts, strict=True) if t in _TITLE_WORDS
        ]
        for m in matches_at(_PUBLIC_TITLE_RE, text, titles):
            self._add(m.group(1), m.span())
        named = [(_REPORTED_ROLE_RE, doc.word_starts(_REPORTED_STARTS))]
        named.append((_ROLE_BEFORE_RE, doc.word_starts(_ROLE_BEFORE_STARTS)))
        capitals = [w.start() for w in doc.words]
        if ", who " in text:
            named.append((_WHO_ROLE_RE, capitals))
        if _WORK_HINT_RE.search(text):
            named.append((_WORK_AFTER_RE, capitals))
        for pattern, starts in named:
            for m in matches_at(pattern, text, starts):
                if " " in m.group(1).strip():
                    self._add(m.group(1), m.span(1))

    def _add(self, name: str, span: tuple[int, int]) -> None:
        self.spans.append(span)
        self.surnames.add(name.split()[-1])

    def covers(self, text: str, start: int, end: int) -> bool:
        """Whether a name found at ``start:end`` is one of these people, in full or by surname."""
        if any(a < end and start < b for a, b in self.spans):
            return True
        word = text[start:end].removesuffix("'s").removesuffix("’s")
        return word in self.surnames
