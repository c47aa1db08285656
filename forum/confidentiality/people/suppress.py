"""Names that name no client: pets, characters, shops, cited authors, and names inside idioms.

"our dog Biscuit", "we read Matilda together", "go to Claire's", "Ferguson (2011)",
"Bowlby, Ainsworth and Winnicott", "Bob's your uncle": each is a name, but no one the
post could identify. A word shown to be one of these is not reported anywhere else in
the same post either ("Bob was not my uncle").
"""

import re
from collections.abc import Iterable, Iterator

from forum.confidentiality.doc import Doc
from forum.confidentiality.finding import Finding
from forum.confidentiality.lexicons import load_phrases, load_words
from forum.confidentiality.text import NEXT_WORD_RE, UPPER, previous_word

from .kinship import POSSESSIVE_ANY_RE
from .words import PUBLIC_FIGURES, Sort, classify

# Idioms with a name in them ("Bob's your uncle"): allowed like the allow list.
_IDIOMS = frozenset(load_phrases("idioms.txt"))
# Animals, plants, toys and machines: a name right after one names no person.
_NONHUMAN = load_words("animals_plants_and_toys.txt")
_NONHUMAN_BEFORE_RE = re.compile(  # lower case only: "Nguyen Van Minh" is a person
    r"\b(?:"
    + "|".join(sorted(_NONHUMAN, key=lambda w: (-len(w), w)))
    + r")(?:\s+(?:(?:is|was)\s+)?(?:called|named)|,)?\s+$"
)
_SHOP_NAMES = load_words("shops_named_after_people.txt")
# Reading, dressing up as or watching a character: "we read Matilda together", "she
# wants to be Elsa for World Book Day", "went as Wednesday".
_FICTION_BEFORE_WORDS = frozenset(["read", "reading", "reread", "re-read", "as", "be"])
_DRESSED_AS_RE = re.compile(
    r"(?i:\b(?:dress(?:ed|es|ing)?(?:\s+up)?|go(?:es|ing)?|went|came|come|coming|be)\s+as\s+$)"
)
_NOT_READ_TO_RE = re.compile(r"['’]s|\s+(?:a|an|the|his|her|their|some|to|about|out)\b")
_BOOK_DAY_AFTER_RE = re.compile(
    r"(?i:\s+(?:for|on|at)\s+(?:world\s+book\s+day|wbd|book\s+week|halloween|fancy\s+dress|"
    r"the\s+(?:school\s+)?(?:play|panto|pantomime|nativity|disco)))"
)
_WATCH_WORDS = frozenset(["watch", "watched", "watching", "rewatch", "rewatched", "rewatching"])
_WATCH_AFTER_RE = re.compile(
    r"\s+(?:together|again|on\s+repeat|twice|last\s+night|at\s+the\s+cinema|on\s+(?:netflix|tv|telly|dvd))\b",
    re.IGNORECASE,
)
_FICTION_AFTER = load_words("fiction_words.txt")
# An author cited, not a client: "Ainsworth et al.", "Ferguson (2011)", "(Munro, 2011)",
# "Ferguson's work on home visits", "Maslow's hierarchy".
_CITATION_AFTER_RE = re.compile(
    r"\s+et\.?\s+al\b|\s*\(\s*(?:19|20)\d\d[a-z]?\s*[,;)]|,\s*(?:19|20)\d\d[a-z]?\s*[);,]"
)
_AUTHOR_WORK_RE = re.compile(
    r"['’]s\s+(?:(?:early|later|classic|seminal|original|famous|key|recent)\s+)?"
    r"(?:(?:work|research|writing|writings|study|studies|paper|papers|article|chapter|findings)"
    r"\s+(?:on|about|around|into)\b|(?:theory|theories|framework|hierarchy|ladder|typology|wheel)\b|"
    r"(?:model|stages|cycle|principles)\s+of\b|"
    r"(?:(?:[a-z]+(?:ist|al|ive|ic)|grounded)\s+){1,2}(?:theory|theories|typology|framework|model)\b|"
    r"(?:(?:reflexive|thematic|discourse|narrative|content|framework|interpretative|critical)\s+){1,2}"
    r"analysis\b)"
)
# Authors named with their colleagues, after a study, or as the subject of a scholar's
# verb, where the word is no plain first name: "Hood, Goldacre and colleagues", "a study
# by Hood, Goldacre and", "As Ferguson noted", "Braun and Clarke's thematic analysis".
_COLLEAGUES_AFTER_RE = re.compile(r"(?:,?\s+and\s+(?:colleagues|co-?authors)\b)")
_STUDY_BY_RE = re.compile(
    r"\b(?:study|studies|research|paper|papers|article|review|evaluation|analysis|survey|trial|"
    r"book|chapter|report|work)\s+(?:(?:published|led|conducted|carried\s+out|written|edited|"
    rf"co-authored)\s+)?by\s+(?:[{UPPER}][\w'’-]+(?:,\s+(?:and\s+)?|\s+(?:and|&)\s+))*$"
)
_AS_BEFORE_RE = re.compile(r"(?:^|[.!?:;\n(]\s*|,\s+)As\s+$")
_SCHOLAR_VERB_AFTER_RE = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:noted|notes|argued|argues|observed|observes|suggested|"
    r"suggests|contended|contends|put\s+it|puts\s+it|pointed\s+out|points\s+out|reminds\s+us|"
    r"shown|showed|shows|wrote|writes|described|describes|found|finds)\b"
)
_PAIR_WORK_AFTER_RE = re.compile(rf"\s+(?:and|&)\s+[{UPPER}][\w-]+(?=['’]s\s)")
# A run of capitalised words joined by commas and "and": a list of authors when one of
# them is a known theorist and none is plainly a first name ("Featherstone, White and
# Morris on ...").
_LIST_BEFORE_RE = re.compile(rf"((?:[{UPPER}][\w'’-]+(?:,\s+and\s+|,\s+|\s+(?:and|&)\s+)){{1,5}})$")
_LIST_AFTER_RE = re.compile(rf"(?:(?:,\s+and\s+|,\s+|\s+(?:and|&)\s+)[{UPPER}][\w'’-]+){{1,5}}")
_LIST_WORD_RE = re.compile(rf"[{UPPER}][\w'’-]+")
_NO_CLIENT_BEFORE = (
    _NONHUMAN
    | {w + "," for w in _NONHUMAN}
    | {"called", "named"}
    | _FICTION_BEFORE_WORDS
    | _WATCH_WORDS
)


def _in_author_list(text: str, word: str, start: int, end: int) -> bool:
    """Whether the word stands in a list of authors (see ``_LIST_BEFORE_RE``)."""
    window = _LIST_WORD_RE.findall(text, max(0, start - 80), min(len(text), end + 60))
    if not any(w.lower() in PUBLIC_FIGURES for w in window):
        return False  # no theorist near: the costly look at the list is not needed
    members: list[str] = []
    if text.endswith((", ", "and ", "& "), max(0, start - 5), start):
        before = _LIST_BEFORE_RE.search(text, max(0, start - 80), start)
        if before:
            members += _LIST_WORD_RE.findall(before.group(1))
    if text.startswith((",", " and ", " & "), end):
        after = _LIST_AFTER_RE.match(text, end)
        if after:
            members += _LIST_WORD_RE.findall(after.group())
    members = [m.removesuffix("'s").removesuffix("’s") for m in members if m != word]
    return any(m.lower() in PUBLIC_FIGURES for m in members) and not any(
        classify(m) is Sort.FIRST for m in members
    )


def names_no_client(text: str, word: str, start: int, end: int) -> bool:
    """A capitalised word that names a pet, a character, a shop or an author, not a client.

    Cheap character tests first: most words have none of these contexts.
    """
    if (
        text[start - 1 : start] == " "
        and (previous := previous_word(text, start)) in _NO_CLIENT_BEFORE
    ):
        if (
            previous.rstrip(",") in _NONHUMAN or previous in ("called", "named")
        ) and _NONHUMAN_BEFORE_RE.search(text, max(0, start - 40), start):
            return True
        if previous in _FICTION_BEFORE_WORDS:
            if previous == "as":
                if _DRESSED_AS_RE.search(text, max(0, start - 30), start):
                    return True
            elif previous == "be":
                if _BOOK_DAY_AFTER_RE.match(text, end):
                    return True
            elif not _NOT_READ_TO_RE.match(text, end):
                return True  # "we read Matilda together", not "read Kyle a story"
        if previous in _WATCH_WORDS and _WATCH_AFTER_RE.match(text, end):
            return True
    if text.endswith(("St ", "St. ", "Saint "), max(0, start - 6), start):
        return True  # "St Aidan's church hall": a saint
    if text.startswith(" ", end) and (next_word := NEXT_WORD_RE.match(text, end)):
        if next_word.group(1) in _FICTION_AFTER:
            return True
    elif text.startswith(("'s", "’s"), end):
        if _AUTHOR_WORK_RE.match(text, end):
            return True
        if word.lower() in _SHOP_NAMES and not POSSESSIVE_ANY_RE.match(text, end):
            return True  # "to Claire's to get her ears pierced", not "Claire's mum"
    if text.startswith((" et", " (", "(", ","), end) and _CITATION_AFTER_RE.match(text, end):
        return True
    if _cited_by_shape(text, word, start, end):
        return True
    return (
        text.startswith((",", " and ", " & "), end) or text[start - 2 : start] in (", ", "d ", "& ")
    ) and _in_author_list(text, word, start, end)


def _cited_by_shape(text: str, word: str, start: int, end: int) -> bool:
    """An author by the shape of a citation, for a word that is no plain first name."""
    if text.startswith((" and ", ", and ", " & "), end):
        if _COLLEAGUES_AFTER_RE.match(text, end):
            return classify(word) is not Sort.FIRST
        pair = _PAIR_WORK_AFTER_RE.match(text, end)
        if pair and _AUTHOR_WORK_RE.match(text, pair.end()):
            return classify(word) is not Sort.FIRST  # "Braun and Clarke's thematic analysis"
    if text[start - 3 : start] == "As " and _AS_BEFORE_RE.search(text, max(0, start - 6), start):
        return bool(_SCHOLAR_VERB_AFTER_RE.match(text, end)) and classify(word) is not Sort.FIRST
    return (
        text.endswith((" by ", ", ", "and ", "& "), max(0, start - 4), start)
        and text.find(" by ", max(0, start - 120), start) >= 0
        and _STUDY_BY_RE.search(text, max(0, start - 120), start) is not None
        and classify(word) is not Sort.FIRST
    )


def idiom_words(doc: Doc) -> set[str]:
    """The name words inside the idioms of a post ("Bob" of "Bob's your uncle"), bare too."""
    if not doc.allowed:
        return set()
    words = {
        w
        for a, b in doc.allowed
        if doc.text[a:b] in _IDIOMS
        for w in _LIST_WORD_RE.findall(doc.text[a:b])
        if classify(w) is not Sort.COMMON
    }
    return words | {w.removesuffix("'s").removesuffix("’s") for w in words}


def drop_no_client(doc: Doc, findings: Iterable[Finding], no_client: set[str]) -> Iterator[Finding]:
    """``findings`` without those whose word was shown to name no client in this post."""
    if not no_client:
        yield from findings
        return
    for finding in findings:
        word = doc.text[finding.start : finding.end].removesuffix("'s").removesuffix("’s")
        if word not in no_client:
            yield finding
