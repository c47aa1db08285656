"""Cues of kinship and address: words for the people in a life, before or after a name.

"my mum Sharon", "Jayden's mum", "auntie Precious", "the dad (Ionuț)", "Rose (our
foster daughter)", "a boy called Tyler", "we called him Spud", "Big Mo": each makes the
capitalised word it points at a person, even one that is also an ordinary word.
"""

import re

from forum.confidentiality.lexicons import alternation, load_phrases
from forum.confidentiality.text import previous_word, sentence_initial

from .words import ALL_FIRST, NEVER, NOT_PEOPLE, Sort


def _last_words(fragments: list[str]) -> set[str]:
    """The last word of each alternative, in each spelling ("siblings?", "step-?dad")."""
    words: set[str] = set()
    for fragment in fragments:
        last = re.split(r"\\s\+| ", fragment)[-1].lower()
        if last.endswith("s?"):
            words.update((last[:-1], last[:-2]))
        elif "-?" in last:
            words.update((last.replace("-?", "-"), last.replace("-?", "")))
        else:
            words.add(last)
    return words


_KIN_PERSON = alternation("relatives_and_carers.txt")
_KIN_THING = alternation("things_of_a_person.txt")
_KIN_ADJ = rf"(?:\s+(?:{alternation('relative_describers.txt')}))*"
# "Children's services", "Family Group Conferencing": a council's or a charity's service,
# not a family ("Stockport's children's services were rated good", "Islington's Family
# Safeguarding model"); the service's own word is capitalised after "Family".
_SERVICES_FOR = (
    r"(?!['’]s\s+(?:services|social\s+care|commissioner|trust|hospital|hospice|centres?|"
    r"homes?|charity|society|board|department|directorate|partnership|panel|teams?|"
    r"workforce|sector|rights|act)\b)"
    r"(?!\s+(?-i:(?:Group|Groups|Safeguarding|Justice|Support|Hubs?|Centres?|Services?|"
    r"Interventions?|Drug|Courts?|Conferenc\w*|Partnerships?|Networks?|Teams?|Nurse|Rights|"
    r"Action|Matters|Connect|Solutions|Futures|First|Therapy|Assessments?|Finding|Link))\b)"
)
# A possessive with a relative or a carer after it: "Jayden's mum", "Holly's foster carer".
POSSESSIVE_PERSON_RE = re.compile(
    rf"['’]s{_KIN_ADJ}\s+(?:{_KIN_PERSON})\b{_SERVICES_FOR}", re.IGNORECASE
)
# ... or something a person has: "Holly's placement".
POSSESSIVE_ANY_RE = re.compile(
    rf"['’]s{_KIN_ADJ}\s+(?:{_KIN_PERSON}|{_KIN_THING})\b{_SERVICES_FOR}", re.IGNORECASE
)
_CUE_RE = re.compile(
    r"(?i:(?:\b(?:called|named|name\s+is|name\s+was|name['’]s|known\s+as|nicknamed|aka|goes\s+by|"
    r"(?:my|his|her|their|the|our|your|a|whose)"
    + _KIN_ADJ
    + r"\s+(?:"
    + _KIN_PERSON
    + "|"
    + alternation("people_worked_with.txt")
    + r")))"
    r"\s+$)"
)
# The word each cue ends with: a cheap test before the search for the whole cue.
_CUE_LAST_WORDS = frozenset(
    word.rsplit("-", 1)[-1]
    for word in _last_words(
        load_phrases("relatives_and_carers.txt") + load_phrases("people_worked_with.txt")
    )
) | {"called", "named", "is", "was", "name's", "name’s", "as", "nicknamed", "aka", "by"}


def cued_by_words_before(text: str, start: int) -> bool:
    """A cue just before: "called", "named", "my client", "his little brother", "the IRO"."""
    before = text[max(0, start - 24) : start]
    if not before[-1:].isspace():
        return False
    last = before.split()
    return (
        bool(last)
        and last[-1].lower() in _CUE_LAST_WORDS
        and bool(_CUE_RE.search(text, max(0, start - 60), start))
    )


# A word right after a word of kinship or address is a name, even a word-name: "auntie
# Precious", "uncle Kwame", "nan Joy", "Aunty Blessing", "foster mum Grace".
_KIN_ADDRESS_FRAGMENTS = load_phrases("kin_address_words.txt")
_KIN_ADDRESS_RE = re.compile(rf"(?i:\b(?:{'|'.join(_KIN_ADDRESS_FRAGMENTS)}) $)")
_KIN_ADDRESS_WORDS = frozenset(_last_words(_KIN_ADDRESS_FRAGMENTS))
_KIN_FORMS = frozenset(form for w in _KIN_ADDRESS_WORDS for form in (w, w.capitalize(), w.upper()))


def kin_word_before(text: str, start: int) -> bool:
    """Whether the word one space before ``start`` is a word of kinship or address."""
    if start <= 14:
        return previous_word(text, start) in _KIN_ADDRESS_WORDS
    # No form holds a space, so the nearest space before the one at ``start - 1`` opens it.
    if text[start - 1] != " ":
        return False
    space = text.rfind(" ", start - 14, start - 1)
    return space >= 0 and text[space + 1 : start - 1] in _KIN_FORMS


def after_kin_word(text: str, start: int) -> bool:
    """Whether a word of kinship or address, then one space, comes just before ``start``."""
    return kin_word_before(text, start) and bool(
        _KIN_ADDRESS_RE.search(text, max(0, start - 20), start)
    )


# A person noun before a name in brackets: "the dad (Ionuț) keeps messaging", "her
# boyfriend (Kyle)"; a person described in brackets after a name: "Rose (our 3 year old
# foster daughter)", "Destiny (15, in resi)".
_PERSON_NOUN = _KIN_PERSON + "|" + alternation("person_nouns.txt")
PERSON_BEFORE_BRACKET_RE = re.compile(rf"(?i:\b(?:{_PERSON_NOUN})\s*\($)")
PERSON_IN_BRACKETS_AFTER_RE = re.compile(
    rf"(?i:\s*\((?:our|my|his|her|their|the|a|an|\d{{1,2}})\b[^()\n]{{0,40}}?\b(?:{_PERSON_NOUN}|"
    r"foster|year[- ]old|yo|y/o|in\s+care|in\s+resi)s?\b)"
)

# A capitalised ordinary word given as what someone is called: "the staff member we
# called Stretch", "nicknamed Tiny", "known as Bubbles". Every cue holds a hint.
_CALLED_HINTS = ("call", "nicknam", "known as", "goes by", "went by", "aka")
_CALLED_CUE_RE = re.compile(
    r"(?i:\b(?:(?:we|they|everyone|everybody|kids|i|you|u|staff|lads|girls|residents)\s+(?:all\s+)?"
    r"(?:call|called|calls|used\s+to\s+call)(?:\s+(?:him|her|them|me))?|nicknamed|known\s+as|"
    r"goes\s+by|went\s+by|aka|(?:boy|girl|lad|lass|man|woman|bloke|guy|fella|kid|member|worker|carer|"
    r"person|manager|resident)\s+(?:called|named)) )"
)


def called_starts(text: str) -> frozenset[int]:
    """Where a word given as what someone is called can start (see ``_CALLED_CUE_RE``)."""
    starts: set[int] = set()
    for hint in _CALLED_HINTS:  # search only around each hint
        found = text.find(hint)
        while found >= 0:
            window_end = min(len(text), found + 24)
            for m in _CALLED_CUE_RE.finditer(text, max(0, found - 30), window_end):
                starts.add(m.end())
            found = text.find(hint, found + 1)
    return frozenset(starts)


def ordinary_word_is_name(
    text: str, word: str, start: int, end: int, called: frozenset[int]
) -> bool:
    """An ordinary capitalised word used as a name: after a kinship word ("Grandad
    Wisdom"), given as what someone is called ("we called Stretch"), or with a person
    described in brackets after it ("Marigold (our foster daughter's sister)")."""
    if text[start - 1 : start] == " ":
        if after_kin_word(text, start):
            return word.lower() not in NEVER
        if start in called and not sentence_initial(text, start):
            return word.lower() not in NEVER
    return (
        text.startswith((" (", "("), end)
        and bool(PERSON_IN_BRACKETS_AFTER_RE.match(text, end))
        and word.lower() not in NEVER
    )


# A nickname after "Big", "Little", "Lil" or "Wee": "Big Mo", "Little Dee", "Lil Jay".
NICKNAME_ADJECTIVES = ("Big ", "Little ", "Lil ", "Wee ")


def nickname(word: str, sort: Sort) -> bool:
    """A first name or short unknown word, to follow "Big", "Little", "Lil" or "Wee"."""
    lower = word.lower()
    if lower in NEVER:
        return False
    if lower in ALL_FIRST or len(word) == 2:  # "Little Dee", "Big Mo"
        return True
    return sort is Sort.UNKNOWN and len(word) <= 4 and lower not in NOT_PEOPLE
