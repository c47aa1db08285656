"""People quoted in a public role in published prose: named, but no one a post could identify.

Articles name the people who speak for an organisation or write for the public: "said
Eleri Prys-Williams, the council's head of children's services", "Professor Nadia
Qureshi, who evaluated the pilot", "Mrs Justice Okonjo-Hale", "the author and former
foster carer Jenni Halloran-Price", "Ruth Hewitt-Kerr's book". A full name (a first
name and a surname) in one of these shapes is left alone, and so is its surname later
in the post ("Qureshi's team"), and so are bylines and credits ("By Harriet Coombes",
"Photo: Nathan Brightwell/PA") and offices before a name ("children's minister Janet
Daby", "Detective Inspector Sian Howells"). A first name on its own ("our worker,
Fiona") and a title kept for local officers ("HHJ Thornton", "Dr Adeyemi", "the school
secretary Mrs Jones") are still reported.
"""

import re

from forum.confidentiality.doc import Doc
from forum.confidentiality.finding import Finding
from forum.confidentiality.lexicons import alternation
from forum.confidentiality.text import (
    LOWER,
    UPPER,
    Keywords,
    matches_at,
    previous_word,
    sentence_initial,
)

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
# Plainer words before the name, where a role follows it: "championed by Fiona Duncan,
# chair of", "this week is Jadwiga Leigh, senior lecturer at".
_JOINED = r"(?:by|is|was|with|from|and)"
# The name, then the role it speaks in: ", who chairs", ", the council's head of", ", founder of".
_ROLE_AFTER = (
    r",\s+(?:who\s+(?:chairs|heads|directs|founded|co-founded|researches|evaluated|lectures|edits|"
    r"oversaw|chaired)\b"
    rf"|(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,4}}?{_ROLE}\b|(?:[\w’'-]+\s+){{0,2}}?{_ROLE}\s+(?:of|at|for)\b)"
)
_REPORTED_ROLE_RE = re.compile(rf"{_REPORTED}\s+{_FULL}(?=(?i:{_ROLE_AFTER}))")
# After a plainer word the role must name its body: "chair of The Promise Scotland", but not
# "with Gareth Evans, director of a building firm".
_JOINED_ROLE_RE = re.compile(
    rf"{_JOINED}\s+{_FULL}(?=,\s+(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){{0,3}}?"
    rf"(?i:{_ROLE})\s+(?:of|at|for)\s+(?:the\s+)?[{UPPER}])"
)

_WHO_ROLE_RE = re.compile(
    rf"{_FULL}(?=,\s+who\s+(?:chairs|heads|directs|founded|co-founded|researches|evaluated)\b)"
)
# A role noun before the name: "the author and former foster carer Jenni Halloran-Price";
# a public office or a rank, perhaps with its remit: "children's minister Janet Daby",
# "commissioner for Wales Rocio Cifuentes", "Detective Inspector Sian Howells". A
# secretary needs a department before it and a police rank its "Chief" or "Detective"
# (``_QUALIFIED_ROLES``): a school's secretary or a local constable is no public office.
_ROLE_BEFORE_RE = re.compile(
    r"(?i:author|columnist|journalist|writer|academic|campaigner|commissioner|novelist|"
    r"broadcaster|presenter|researcher|professor|minister|correspondent|reporter|editor|"
    r"photographer|lecturer|spokes(?:person|man|woman)|secretary|inspector|superintendent|"
    r"constable|founder|president|ceo|chief\s+(?:executive|social\s+worker)|"
    r"director(?=\s+of\s))"
    r"(?:\s+and(?:\s+[a-z-]+){1,3}?)?"
    # a remit: "for Wales", "for Children and Social Care", "of children's services"
    r"(?:\s+(?:for|of)\s+(?:the\s+)?(?:[a-z’'-]+\s+){0,3}?"
    rf"(?:[{UPPER}][{LOWER}]+(?:\s+(?:and\s+|&\s+)?[{UPPER}][{LOWER}]+){{0,4}}?|[a-z’'-]+))?"
    r"\s+" + _FULL
)
_QUALIFIED_ROLES = {
    "secretary": frozenset(
        ["education", "home", "health", "foreign", "justice", "housing", "communities",
         "cabinet", "permanent", "state"]
    ),
    "inspector": frozenset(["chief", "detective"]),
    "constable": frozenset(["chief", "deputy", "assistant"]),
}  # fmt: skip
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
_JOINED_WORDS = frozenset(["by", "is", "was", "with", "from", "and"])
_ROLE_BEFORE_STARTS = Keywords(
    ("author", "columnist", "journalist", "writer", "academic", "campaigner", "commissioner",
     "novelist", "broadcaster", "presenter", "researcher", "professor", "minister",
     "correspondent", "reporter", "editor", "photographer", "lecturer", "spokes", "secretary",
     "inspector", "superintendent", "constable", "founder", "president", "ceo", "chief",
     "director")
)  # fmt: skip
_WORK_HINT_RE = re.compile(
    r"['’]s\s+(?:(?:new|latest|recent|first|\d{4})\s+)?(?:book|report|review|study|column|novel|"
    r"memoir|article|podcast|documentary)\b"
)


# A byline or a credit opening a line or a sentence: "By Harriet Coombes, social affairs
# correspondent", "Interview by Femi Adeyemi.", "Photo: Nathan Brightwell/PA", "Words:
# Daniel Kerrigan. Pictures: Aoife Brennan."; two names may share one ("by A and B").
_CREDIT = (
    r"(?:By|(?:Words|Text|Photos?|Photographs?|Photography|Pictures?|Images?|Illustrations?|"
    r"Interviews?|Reporting|Additional\s+reporting|Edited|Written|Compiled|Credit)(?:\s+by|\s*:))"
)
_CREDIT_RE = re.compile(
    rf"{_CREDIT}\s+({_WORD}(?:\s+{_WORD}){{1,2}}(?:\s+and\s+{_WORD}(?:\s+{_WORD}){{1,2}})?)"
    r"(?=\s*(?:$|\n|[.,/|–—-])|\s+for\s)"
    # a columnist's name after the publication: "Writing for Community Care, Ray Jones argued"
    rf"|Writing\s+(?:in|for)\s+(?:the\s+)?{_WORD}(?:\s+{_WORD}){{0,3}},\s+({_WORD}\s+{_WORD})\b"
)
_CREDIT_HEADS = frozenset(
    ["By", "Words", "Text", "Photo", "Photos", "Photograph", "Photographs", "Photography",
     "Picture", "Pictures", "Image", "Images", "Illustration", "Illustrations", "Interview",
     "Interviews", "Reporting", "Additional", "Edited", "Written", "Compiled", "Credit",
     "Writing"]
)  # fmt: skip
_AND_RE = re.compile(r"\s+and\s+")

# Two capitalised words in a row: every shape above holds one.
_TWO_CAPITALISED_RE = re.compile(rf"[{UPPER}][{LOWER}]+\s+(?:[A-Z]['’])?[{UPPER}]")


class PublicNames:
    """Spans of full names quoted in a public role, and their surnames."""

    __slots__ = ("spans", "surnames")

    def __init__(self, doc: Doc, names: list[Finding]) -> None:
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
        joined = [
            text.rfind(" ", 0, f.start - 1) + 1
            for f in names
            if text.startswith(",", f.end)
            and " " in text[f.start : f.end]
            and previous_word(text, f.start) in _JOINED_WORDS
        ]
        named.append((_JOINED_ROLE_RE, sorted(joined)))
        roles = [s for s in doc.word_starts(_ROLE_BEFORE_STARTS) if _qualified(text, s)]
        named.append((_ROLE_BEFORE_RE, roles))
        capitals = [w.start() for w in doc.words]
        if ", who " in text:
            named.append((_WHO_ROLE_RE, capitals))
        if _WORK_HINT_RE.search(text):
            named.append((_WORK_AFTER_RE, capitals))
        if _CREDIT_HEADS.isdisjoint(doc.word_texts):
            credits = []
        else:
            credits = [
                w.start()
                for w, t in zip(doc.words, doc.word_texts, strict=True)
                if t in _CREDIT_HEADS and sentence_initial(text, w.start())
            ]
        for m in matches_at(_CREDIT_RE, text, credits):
            group = 1 if m.group(1) else 2
            at = m.start(group)
            for name in _AND_RE.split(m.group(group)):
                at = text.index(name, at)
                self._add(name, (at, at + len(name)))
        for pattern, starts in named:
            for m in matches_at(pattern, text, starts):
                if " " in m.group(1).strip():
                    self._add(m.group(1), m.span(1))

    def _add(self, name: str, span: tuple[int, int]) -> None:
        if name.split(None, 1)[0] in _TITLE_WORDS:
            return  # "the school secretary Mrs Jones": a title kept, a local person
        self.spans.append(span)
        self.surnames.add(name.split()[-1])

    def covers(self, text: str, start: int, end: int) -> bool:
        """Whether a name found at ``start:end`` is one of these people, in full or by surname."""
        if any(a < end and start < b for a, b in self.spans):
            return True
        word = text[start:end].removesuffix("'s").removesuffix("’s")
        return word in self.surnames


def _qualified(text: str, start: int) -> bool:
    """Whether the role word at ``start`` has the qualifier it needs (``_QUALIFIED_ROLES``)."""
    needed = _QUALIFIED_ROLES.get(text[start : start + 14].split(None, 1)[0].lower())
    return needed is None or previous_word(text, start) in needed
