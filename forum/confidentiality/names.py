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
from functools import lru_cache

from .lexicons import DATA, load_phrases, load_words, matches_at
from .patterns import Candidate, word_starts


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
# Capitalised words that are never a person on their own evidence: places, brands,
# organisations, nationalities (see data/README.md). A known first name still counts.
_NOT_PEOPLE = (
    load_words("places.txt")
    | load_words("regions.txt")
    | load_words("organisations.txt")
    | load_words("proper_nouns.txt")
    | load_words("public_figures.txt")
)
# Lower-case words after which a capitalised word names a thing ("Fraser guidelines",
# "Victoria line"), not a person.
_THING_AFTER = load_words("things_after_names.txt")
_THING_AFTER_WORD = _THING_AFTER | load_words("things_after_words.txt")
# First names that, lower case, are still read as names after a cue ("my pa is shannon").
_LOWER_FIRST = _FIRST - _COMMON - _NEVER


@lru_cache(maxsize=8192)  # the same words recur across posts; lookups are pure
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


# Any lower-case letter, accented or not ("Ionuț", "Ciarán"): a letter that is not an
# ASCII or Latin-1 capital. Capitals beyond Latin-1 may start a word (Ł, Ś, Ș, Ž); the
# matched word's first character is then checked with ``str.isupper``.
_LOWER = r"^\W\d_A-ZÀ-ÖØ-Þ"
_UPPER = r"A-ZÀ-ÖØ-ÞĀ-ɏ"
# A capitalised word, optionally "O'"-prefixed; the lookbehind comes after the first
# capital so that the regex engine can skip straight from capital to capital.
_WORD_RE = re.compile(
    rf"[{_UPPER}](?<![\w'’@.-].)(?:(?<=[A-Z])['’][{_UPPER}])?[{_LOWER}]+(?:[A-Z][{_LOWER}]+)?(?:-[{_UPPER}][{_LOWER}]+)?(?![\w@])"
)
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Cllr|Councillor|PC|DC|DS|DI|Sgt)"
_TITLE_HINT_RE = re.compile(_TITLE)
_TITLE_RE = re.compile(
    rf"\b{_TITLE}\.?\s+((?:[A-Z]['’])?[{_UPPER}][{_LOWER}]+(?:[A-Z][{_LOWER}]+)?(?:-[{_UPPER}][{_LOWER}]+)?)"
    rf"(?:\s+((?:[A-Z]['’])?[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?))?"
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
# The word each cue ends with: a cheap test before the search for the whole cue.
_CUE_LAST_WORDS = frozenset(
    form
    for part in re.findall(r"[a-z][a-z ?]*", _KIN_PERSON.lower() + "|" + _CUE_RE.pattern.lower())
    for form in (part.split()[-1].rstrip("?"), part.split()[-1].rstrip("?").removesuffix("s"))
) | {"name's", "name’s", "is", "was", "as", "by", "aka", "iro", "senco", "pa"}
# Casual posts write names in lower case; one counts only after a cue and only if it is
# a first name that is no English word ("called jackie", "my pa is shannon", "me and ollie").
_LOWER_CUE_NAME_RE = re.compile(
    r"(?i:\b(?:called|named|name\s+is|name['’]s|known\s+as|me\s+and|mine\s+is|mine['’]s|with|"
    r"(?:my|our|his|her)(?:\s+(?:little|big|older|younger|old|new|ex|best|foster|step|twin|half|baby))*"
    r"\s+(?:mate|friend|bestie|bff|bf|gf|brother|bro|sister|sis|boyfriend|girlfriend|son|daughter|pa|sw|"
    r"social\s+worker|worker|key\s?worker|carer|foster\s+carer|foster\s+mum|foster\s+dad|mum|dad|nan|"
    r"aunt|auntie|aunty|uncle|cousin|partner|ex|manager|teacher|mentor)"
    r"(?:\s+(?:is|was|called|named|who))?))"
    rf"\s+([{_LOWER}][{_LOWER}]+)\b(?![@.'’]\w)"
)
_LOWER_CUE_WORDS = (
    "called",
    "named",
    "name",
    "known",
    "me",
    "mine",
    "with",
    "my",
    "our",
    "his",
    "her",
)
# A lower-case first name as the subject of a casual sentence: "dee used to do my hair".
_LOWER_SUBJECT_RE = re.compile(
    r"\s+(?:used|rang|texted|messaged|said|says|told|was|is|has|had|"
    r"keeps|kept|came|comes|went|goes|still|always|never|did|does|took|gave|sent|helped)\b"
)
# Words of chat and lower-case brands and characters that the name lists hold ("ayo",
# "alexa", "tory", "elsa"), and chat words shaped like nicknames ("imo", "soz",
# "bestie"): never a name in lower case.
_LOWER_STOP = load_words("lower_case_not_names.txt")
_ORGANISATIONS = load_words("organisations.txt")
# In a casual post a lower-case first name of four letters or more that is no English
# word is a name wherever it stands ("bumped into shanice in asda", "the lad in room 2,
# connor, keeps asking"); shorter ones ("dee", "ben") need a cue.
_LOWER_ANYWHERE = frozenset(w for w in _LOWER_FIRST if len(w) >= 4) - _LOWER_STOP - _ORGANISATIONS
_LOWER_ANYWHERE_BYTES = frozenset(w.encode() for w in _LOWER_ANYWHERE)
# Words split at spaces with punctuation stripped: a superset of the lower-case words
# (edges are checked later), far quicker to get than with a regular expression.
_LETTERS_ONLY = bytes.maketrans(
    bytes(range(256)), bytes(c if 97 <= c <= 122 else 32 for c in range(256))
)
_SHORT_LOWER_FIRST = frozenset(w for w in _LOWER_FIRST if len(w) == 3) - _LOWER_STOP
_SHORT_LOWER_FIRST_BYTES = frozenset(w.encode() for w in _SHORT_LOWER_FIRST)
_EDGE_CHARS = frozenset("@.'’-_")
# Lower-case words that are names though also words ("jade", "amber"), for "i'm jade btw".
_LOWER_NAME_WORDS = _LOWER_FIRST | (_WEAK - _LOWER_STOP)
# A name with an "s" and no apostrophe, then a person or a thing owned: "tylers new number".
_LOWER_POSSESSIVE_BYTES = frozenset(
    (w + "s").encode() for w in _LOWER_NAME_WORDS if len(w) >= 3 and w + "s" not in _COMMON
)
_LOWER_OWNED_RE = re.compile(
    r" (?:new|old|mum|mam|dad|nan|nana|nanna|gran|sister|sis|brother|bro|bf|gf|boyfriend|girlfriend|"
    r"baby|kids|son|daughter|cousin|auntie|aunty|uncle|number|phone|house|flat|place|room|"
    r"birthday|bday|party|car|dog|mate|mates|friend|friends|fella|missus|ex|family|wedding|funeral|"
    r"insta|snap|account|address)\b"
)


def _whole_word_at(text: str, word: str) -> Iterator[tuple[int, int]]:
    """Where ``word`` stands alone in ``text``: not inside a word, handle or address."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (
            before.isalnum()
            or before in _EDGE_CHARS
            or after.isalnum()
            or (
                after in _EDGE_CHARS
                and not (after == "." and not text[end + 1 : end + 2].isalnum())
            )
        ):
            yield start, end
        start = text.find(word, end)


# A town that is also a name, after a word of place: "went to chelsea", "from jackson".
_LOCATIVE_BEFORE_RE = re.compile(r"(?:to|in|from|at|near|around|visit|visiting|the|a|an)\s+$")
# Any lower-case word that is no English word, after or before a cue that takes a
# person: "it's tash from the lodgings", "bumped into kez", "abena if ur reading this",
# "the lad in room 2, jonno, keeps ...". Each expression starts with a plain word or
# character, so the engine skips quickly to where one could match.
_LOWER_CUE_BEFORE_RE = re.compile(
    r"(?:\b(?:it['’]?s|its|this\s+is)\s+([a-z]{3,12})(?=\s+(?:from|here|again|btw|x+)\b|\s*x+$)"
    r"|\b(?:bumped\s+into|ran\s+into|anyone\s+(?:know|remember|seen|heard\s+from)|shout\s?out\s+to|"
    r"big\s+up|rip|miss\s+(?:u|you)|love\s+(?:u|you)|"
    r"(?:thanks|thank\s+(?:you|u|ya))(?:\s+(?:so\s+much|again|loads))?\s+to)\s+([a-z]{3,12})\b"
    r"|\bi['’]?m\s+([a-z]{3,12})(?=\s+(?:btw|x+|from\s+the|here\s+from)\b|\s*[x!.]*\s*$))"
)
# A second lower-case name joined to a cued one: "thank u to kaz and nia".
_AND_LOWER_RE = re.compile(r"\s+(?:and|&|n)\s+([a-z]{3,12})\b(?![@.'’]\w)")
_LOWER_CUE_BEFORE_HINTS = (
    "it's", "it’s", "its ", "this is", "bumped", "ran into", "anyone", "shout", "big up", "rip ",
    "miss u", "miss you", "love u", "love you", "thank", "i'm", "i’m", "im ",
)  # fmt: skip
_IF_READING_RE = re.compile(
    r"if\s+(?:ur|you['’]?re|u\s+r|u['’]?re|you\s+are|u\s+are)\s+"
    r"(?:reading|on\s+here|seeing|out\s+there|see\s+this)\b"
)
_APPOSITIVE_RE = re.compile(r",\s+([a-z]{3,12}),")
_PERSON_NOUN_BEFORE_RE = re.compile(
    r"\b(?:lad|girl|boy|kid|mate|worker|pa|sw|carer|lass|bloke|fella|guy|woman|man|yp|resident|"
    r"staff|one|cousin|friend|bro|sis)\b[^,.!?\n]{0,30}$"
)
# A lower-case nickname ("tommo", "kez", "tash", "jonno") as the subject of a sentence.
_NICK_VERB_RE = re.compile(
    r" (?:still|owes|owed|said|says|told|keeps|kept|used|rang|texted|messaged|always|never)\b"
)
_NICKNAME_BEFORE_RE = re.compile(r"(?<![\w@.'’-])([a-z]{2,10}(?:o|y|ie|z|sh|zza|ey|az))$")
_PREVIOUS_LOWER_RE = re.compile(r"(?<![\w@.'’-])([a-z]{3,12})$")


def _lower_case_names(text: str) -> Iterator[Candidate]:
    """Names written in lower case in a casual post (see the expressions above)."""
    words = set(text.encode("ascii", "replace").translate(_LETTERS_ONLY).split())
    # A three-letter name needs a verb after it: "dee used to do my hair".
    for name in _SHORT_LOWER_FIRST_BYTES.intersection(words):
        for start, end in _whole_word_at(text, name.decode()):
            if _LOWER_SUBJECT_RE.match(text, end):
                yield start, end, "person_name"
    for name in _LOWER_ANYWHERE_BYTES.intersection(words):
        word = name.decode()
        for start, end in _whole_word_at(text, word):
            if word in _NOT_PEOPLE and _LOCATIVE_BEFORE_RE.search(text, max(0, start - 12), start):
                continue
            yield start, end, "person_name"
    for m in matches_at(_LOWER_CUE_BEFORE_RE, text, word_starts(_LOWER_CUE_BEFORE_HINTS, text)):
        group = 1 if m.group(1) else 2 if m.group(2) else 3
        word = m.group(group)
        if _lower_word_can_be_a_name(word) or (
            group == 3 and (word in _LOWER_NAME_WORDS or word in _GIVEN)
        ):
            yield m.start(group), m.end(group), "person_name"
            other = _AND_LOWER_RE.match(text, m.end(group))
            if other and (
                _lower_word_can_be_a_name(other.group(1)) or other.group(1) in _LOWER_FIRST
            ):
                yield other.start(1), other.end(1), "person_name"
    # "tylers new number", "jades mum": a possessive without its apostrophe.
    for name in _LOWER_POSSESSIVE_BYTES.intersection(words):
        for start, end in _whole_word_at(text, name.decode()):
            if _LOWER_OWNED_RE.match(text, end):
                yield start, end - 1, "person_name"
    found = text.find(" if ")
    while found >= 0:
        if _IF_READING_RE.match(text, found + 1):
            cut = found - 1 if found and text[found - 1] == "," else found
            before = _PREVIOUS_LOWER_RE.search(text, max(0, cut - 12), cut)
            if before and _lower_word_can_be_a_name(before.group(1)):
                yield before.start(1), before.end(1), "person_name"
        found = text.find(" if ", found + 1)
    for m in _APPOSITIVE_RE.finditer(text):
        if _lower_word_can_be_a_name(m.group(1)) and _PERSON_NOUN_BEFORE_RE.search(
            text, max(0, m.start() - 40), m.start()
        ):
            yield m.start(1), m.end(1), "person_name"
    for m in _NICK_VERB_RE.finditer(text):
        before = _NICKNAME_BEFORE_RE.search(text, max(0, m.start() - 14), m.start())
        if before and _lower_word_can_be_a_name(before.group(1)):
            yield before.start(1), before.end(1), "person_name"


def _lower_word_can_be_a_name(word: str) -> bool:
    """A lower-case word that is no English word, chat word, brand or place."""
    return not (
        word in _COMMON
        or word in _NEVER
        or word in _LOWER_STOP
        or word in _NOT_PEOPLE
        or _inflected_word(word)
    )


# A post written in lower case: a sentence, or the pronoun "i", not capitalised.
_CASUAL_RE = re.compile(r"[.!?\n]\s*[a-z]| i[\s'’]")
# An age right after a word marks it as a person: "Kemar (15)", "Jojo, 15,", "Hope, aged
# 9", "Delroy is 13", "Tyrese turned 16" (but not "is 15 minutes away").
_AGE_AFTER_RE = re.compile(
    r"(?:\s*\(\s*(?:aged?\s*)?\d{1,2}\s*(?:yrs?|years?|y/?o)?\s*(?:\)|[,;:–—-](?!\s*\d))"
    r"|,\s*(?:aged?\s+)?\d{1,2}(?:\s*(?:yrs?|years?\s+old|y/?o))?(?=\s*[,.;:)!?\n]|\s+(?:and|but|is|was|has|who)\b)"
    r"|\s+(?:is|was|who\s+is|turned|turns|is\s+now|now|aged?)\s+(?:aged?\s+)?\d{1,2}\b"
    r"(?!\s*(?:%|:|\.\d|am\b|pm\b|min|hour|hr|day|week|month|mile|km|percent|per\b|times|o['’]clock|stops)))"
)
_DETERMINERS = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "every", "each", "any", "some", "no"]
)
# Words before a capitalised word that make it an app, a language or a product.
_THING_BEFORE = frozenset(
    [
        "using",
        "used",
        "use",
        "uses",
        "via",
        "speaks",
        "speaking",
        "speak",
        "spoke",
        "fluent",
        "play",
        "playing",
        "played",
        "watch",
        "watching",
        "watched",
        "download",
        "downloaded",
        "installed",
        "install",
    ]
)
_PREVIOUS_WORD_RE = re.compile(r"([\w'’]+)\s+$")

_FAMILY_RE = re.compile(
    rf"the(?<=\bthe)\s+((?:[A-Z]['’])?[{_UPPER}][{_LOWER}]+(?:[A-Z][{_LOWER}]+)?(?:-[{_UPPER}][{_LOWER}]+)?)"
    r"\s+(?:family|household|children|kids|twins|siblings|boys|girls)\b"
)
_VERBS = load_words("verbs_after_names.txt")
# A family by its surname in the plural, among words of family: "a Nigerian family (the
# Okafors)", "We have a family, the McDonaghs, who", "the Kowalskis have moved".
_FAMILY_PLURAL_RE = re.compile(
    rf"the(?<=\bthe)\s+((?:Mc|Mac|O['’])?[{_UPPER}][{_LOWER}]+(?:[A-Z][{_LOWER}]+)?s)\b(?!['’])"
)
_FAMILY_WORDS_RE = re.compile(
    r"(?i:famil(?:y|ies)|household|parents|couple|neighbours|next\s+door|siblings|carers|"
    r"children|kids|brothers|sisters)"
)
_FAMILY_VERB_AFTER_RE = re.compile(
    r"\s+(?:are|were|have|had|who|moved|live|lived|came|said|say|want|wanted|refused)\b"
)
# A nickname after "Big", "Little", "Lil" or "Wee": "Big Mo", "Little Dee", "Lil Jay".
_NICKNAME_ADJECTIVES = ("Big ", "Little ", "Lil ", "Wee ")
_ALL_FIRST = load_words("first_names.txt")
# A capitalised ordinary word given as what someone is called: "the staff member we
# called Stretch", "nicknamed Tiny", "known as Bubbles".
_CALLED_HINTS = ("call", "nicknam", "known as", "goes by", "went by", "aka")
_CALLED_CUE_RE = re.compile(
    r"(?i:\b(?:(?:we|they|everyone|everybody|kids|i|you|u|staff|lads|girls|residents)\s+(?:all\s+)?"
    r"(?:call|called|calls|used\s+to\s+call)(?:\s+(?:him|her|them|me))?|nicknamed|known\s+as|"
    r"goes\s+by|went\s+by|aka|(?:boy|girl|lad|lass|man|woman|bloke|guy|fella|kid|member|worker|carer|"
    r"person|manager|resident)\s+(?:called|named)) )"
)


def _called_starts(text: str) -> frozenset[int]:
    """Where a word given as what someone is called can start (see ``_CALLED_CUE_RE``)."""
    starts: set[int] = set()
    for hint in _CALLED_HINTS:  # every cue holds one; search only around each
        found = text.find(hint)
        while found >= 0:
            window_end = min(len(text), found + 24)
            for m in _CALLED_CUE_RE.finditer(text, max(0, found - 30), window_end):
                starts.add(m.end())
            found = text.find(hint, found + 1)
    return frozenset(starts)


_BRACKET_OPENERS = (" (", "(")


def _ordinary_word_is_name(
    text: str, word: str, start: int, end: int, called: frozenset[int]
) -> bool:
    """An ordinary capitalised word used as a name: after a kinship word ("Grandad
    Wisdom"), given as what someone is called ("we called Stretch"), or with a person
    described in brackets after it ("Marigold (our foster daughter's sister)")."""
    if text[start - 1 : start] == " ":
        if _after_kin_word(text, start):
            return word.lower() not in _NEVER
        if start in called and not _sentence_initial(text, start):
            return word.lower() not in _NEVER
    return (
        text.startswith((" (", "("), end)
        and bool(_PERSON_IN_BRACKETS_AFTER_RE.match(text, end))
        and word.lower() not in _NEVER
    )


def _family_plurals(text: str) -> Iterator[tuple[int, int]]:
    """Surnames in the plural that name a family (see ``_FAMILY_PLURAL_RE``)."""
    for m in _FAMILY_PLURAL_RE.finditer(text):
        word = m.group(1)
        lower = word.lower()
        stem = word[:-1]
        if lower in _COMMON or lower in _NOT_PEOPLE or lower[:-1] in _NOT_PEOPLE:
            continue
        if classify(stem) not in (Sort.SURNAME, Sort.UNKNOWN) or _inflected_word(lower[:-1]):
            continue
        if _FAMILY_VERB_AFTER_RE.match(text, m.end(1)) or _FAMILY_WORDS_RE.search(
            text, max(0, m.start() - 60), min(len(text), m.end() + 60)
        ):
            yield m.start(1), m.end(1)


# Whole phrases only; the check that no word character precedes one is made in
# ``_allowed_spans``, which keeps this a plain alternation the engine can scan fast.
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


_ALLOW_RE = re.compile(
    "(?:"
    + _alternation_by_initial(
        [
            p
            for p in sorted(load_phrases("allow_list.txt"), key=len, reverse=True)
            if re.match("[A-Z]", p)
        ]
    )
    + r")(?![\w])"
)
_WORD_CHAR_RE = re.compile(r"\w")
_NEXT_WORD_RE = re.compile(r"\s+([\w'’]+)")
_PAIRED_RE = re.compile(rf"\s+(?:and|&)\s+([{_UPPER}][{_LOWER}]+)\b")
# What can stand before a sentence: its start, a full stop, a line break, a bullet.
_SENTENCE_BREAK = frozenset('.!?:;\n\r"“”(*#>•-–—|[')


def _allowed_spans(text: str) -> list[tuple[int, int]]:
    """Spans of allow-listed phrases, each starting where no word character precedes it."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while match := _ALLOW_RE.search(text, pos):
        start = match.start()
        if start and _WORD_CHAR_RE.match(text, start - 1):
            pos = start + 1  # inside a longer word: look again from the next character
            continue
        spans.append(match.span())
        pos = match.end()
    return spans


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


# A word right after a word of kinship or address is a name, even a word-name: "auntie
# Precious", "uncle Kwame", "nan Joy", "Aunty Blessing", "foster mum Grace".
_KIN_ADDRESS_RE = re.compile(
    r"(?i:\b(?:auntie|aunty|aunt|uncle|nan|nanna|nana|nanny|gran|granny|grandad|grandma|grandpa|"
    r"cousin|bro|sis|brother|sister|foster\s+mum|foster\s+dad|foster\s+carer|step-?dad|step-?mum|"
    r"mum|mam|dad) $)"
)
_KIN_ADDRESS_WORDS = frozenset(load_words("kin_address_words.txt"))


def _previous_word(text: str, start: int) -> str:
    """The lower-cased word that ends one space before ``start`` (up to 12 characters)."""
    space = text.rfind(" ", max(0, start - 14), start - 1)
    return text[space + 1 if space >= 0 else max(0, start - 14) : start - 1].lower()


def _after_kin_word(text: str, start: int) -> bool:
    """Whether a word of kinship or address, then one space, comes just before ``start``."""
    return _previous_word(text, start) in _KIN_ADDRESS_WORDS and bool(
        _KIN_ADDRESS_RE.search(text, max(0, start - 20), start)
    )


# A person noun before a name in brackets: "the dad (Ionuț) keeps messaging", "her
# boyfriend (Kyle)"; a person described in brackets after a name: "Rose (our 3 year old
# foster daughter)", "Destiny (15, in resi)".
_PERSON_NOUN = (
    _KIN_PERSON + r"|client|boy|girl|lad|lass|man|woman|bloke|guy|fella|kid|child|young person|yp|"
    r"manager|colleague|neighbour|resident|student|ex|bf|gf|one|youngest|eldest|oldest|baby|twins?|"
    r"nephew|niece|grandson|granddaughter|godson|goddaughter|stepson|stepdaughter"
)
_PERSON_BEFORE_BRACKET_RE = re.compile(rf"(?i:\b(?:{_PERSON_NOUN})\s*\($)")
_PERSON_IN_BRACKETS_AFTER_RE = re.compile(
    rf"(?i:\s*\((?:our|my|his|her|their|the|a|an|\d{{1,2}})\b[^()\n]{{0,40}}?\b(?:{_PERSON_NOUN}|"
    r"foster|year[- ]old|yo|y/o|in\s+care|in\s+resi)s?\b)"
)
# Thanks and shout-outs take a person: "thanks to Hope and the team", "shout out to Joy".
_THANKS_BEFORE_RE = re.compile(
    r"(?i:\b(?:thanks|thank\s+(?:you|u|ya)|thx|ty|shout\s*-?\s*outs?|big\s+up|cheers|props|kudos|"
    r"grateful|gratitude)(?:\s+(?:so\s+much|again|also|especially|massively|loads))?\s+to\s+$)"
)
# A vocative that opens a sentence: "Hodan, if you're on here", "Joy, it's me", "Kaz if ur
# reading this".
_VOCATIVE_AFTER_RE = re.compile(
    r",?\s+(?:if\s+(?:you|u|ur|you['’]?re|u['’]?re|u\s+r|you\s+are|u\s+are)\b|it['’]?s\s+me\b|"
    r"(?:i|we)\s+(?:miss|love)\s+(?:you|u)\b|(?:are|r)\s+(?:you|u)\s+(?:ok|okay|still|on\s+here)\b)"
)
# A word-name between commas after a person noun: "one of the children, Destiny, because
# she's", "The youngest, Summer, is 4".
_APPOSITION_BEFORE_RE = re.compile(
    r"(?i:\b(?:child|children|kids?|youngest|eldest|oldest|middle\s+one|baby|son|daughter|twins?|"
    r"sibling|siblings|boy|girl|young\s+person|yp|little\s+one|foster\s+child|grandchild|"
    r"granddaughter|grandson|niece|nephew|sister|brother),\s+$)"
)


def _person_context(text: str, sort: Sort, start: int, end: int) -> bool:
    """Contexts that make any capitalised word that is not an ordinary word a person.

    Cheap character checks come first, so most words pass by without a regex call.
    """
    before = text[start - 1 : start]
    if before == " ":
        if _after_kin_word(text, start):
            return True
        if text.endswith("to ", max(0, start - 3), start) and _THANKS_BEFORE_RE.search(
            text, max(0, start - 40), start
        ):  # "thanks to Hope", not "thanks to Covid"
            return not (
                sort in (Sort.UNKNOWN, Sort.SURNAME) and text[start:end].lower() in _NOT_PEOPLE
            )
        if text.endswith(", ", max(0, start - 2), start) and _APPOSITION_BEFORE_RE.search(
            text, max(0, start - 30), start
        ):
            return text.startswith((",", " (", "("), end)
    elif (
        before == "("
        and text.startswith(")", end)
        and _PERSON_BEFORE_BRACKET_RE.search(text, max(0, start - 30), start)
    ):
        return True
    if text.startswith((" (", "("), end) and _PERSON_IN_BRACKETS_AFTER_RE.match(text, end):
        return True
    if text.startswith((",", " if", " it"), end) and _sentence_initial(text, start):
        lower = text[start:end].lower()
        if sort in (Sort.UNKNOWN, Sort.SURNAME) and lower in _NOT_PEOPLE:
            return False
        if lower in _COMMON and not (lower in _GIVEN and text.startswith(",", end)):
            return False  # "So if you're a worker", but "Hope, if you're on here"
        return bool(_VOCATIVE_AFTER_RE.match(text, end))
    return False


def _named_in_context(
    text: str, sort: Sort, start: int, end: int, following: list[re.Match[str]]
) -> bool:
    """Whether the context makes a word that is not plainly a first name a name.

    The cheap tests run first and the costly look back for a cue last, since most
    capitalised words are settled before it is needed.
    """
    if _person_context(text, sort, start, end):
        return True
    if sort in (Sort.WEAK, Sort.STRONG):
        owns_relative = bool(_POSSESSIVE_ANY_RE.match(text, end))
    else:
        owns_relative = bool(_POSSESSIVE_PERSON_RE.match(text, end))
    if owns_relative:
        return True
    if sort is Sort.WEAK:
        if not _sentence_initial(text, start):
            return True
        if _followed_like_a_name(text, end, following) and not _place_then_copula(text, start, end):
            return True
    elif sort is Sort.STRONG and (
        _strong_surname_follows(text, start, following) or _paired_with_first_name(text, end)
    ):
        return True
    if text[start:end].lower() in _GIVEN and _given_word_is_a_person(text, start, end):
        return True
    before = text[max(0, start - 24) : start]
    if not before[-1:].isspace():
        return False
    last = before.split()
    return (
        bool(last)
        and last[-1].lower() in _CUE_LAST_WORDS
        and bool(_CUE_RE.search(text, max(0, start - 60), start))
    )


# A word that is also a given name ("Precious", "Summer", "Grace", "Will") is a person
# as the subject of a personal predicate with an agreeing pronoun close after ("Summer
# has settled well at her new school"), after a verb or preposition that takes a person
# ("our placement with Grace", "I told Will"), or before "and her"/"and his".
_GIVEN = load_words("word_names_given.txt")
_PERSONAL_PREDICATE_RE = re.compile(
    r"\s+(?:(?:has|had)\s+(?:been\s+(?:with|placed|living|staying|missing|excluded|moved|told|asked|"
    r"doing|struggling|settling|refusing|coming|going|seen|back)|settled|started|moved|gone|come|told|"
    r"asked|said|turned|arrived|left|refused|disclosed|finally|always|never|just|now|got|made|been\s+in\s+care)"
    r"|(?:is|was)\s+(?:now|back|still|settling|doing|refusing|living|staying|struggling|thriving|loving|"
    r"finally|placed|excluded|missing|moving|starting|going\s+to\s+(?:school|college|contact|live)|"
    r"\d{1,2}\b)"
    r"|says|said|told|asked|wants|wanted|keeps|kept|started|moved|turned|settled|loves|loved|hates|"
    r"hated|refused|disclosed|arrived|lives|lived|rang|texted|cried|screamed|ran|came|went|likes|liked|"
    r"needs|needed|thinks|thought|tells|asks|seems|seemed|feels|felt|won['’]t|doesn['’]t|didn['’]t|"
    r"can['’]t|isn['’]t|wasn['’]t|goes|attends|attended|stays|stayed)\b"
)
_PRONOUN_RE = re.compile(r"(?i:\b(?:she|he|her|his|him|herself|himself)\b)")
_PRONOUN_REACH = 150
_TAKES_A_PERSON_RE = re.compile(
    r"(?i:\b(?:(?:placement|placed|lives|living|lived|stays|staying|stayed|contact|time|session|sessions|"
    r"visit|visits|working|worked|meeting|met|chat|spoke|talked|keyworking|home)\s+with|"
    r"told|asked|visited|saw|met|rang|phoned|texted|messaged|hugged|collected|thanked|fostered|adopted|"
    r"introduced|reassured|picked\s+up|dropped\s+off|looked\s+after|caring\s+for|care\s+of)\s+$)"
)
_AND_KIN_RE = re.compile(r"\s+and\s+(?:her|his)\s")


def _personal_after(text: str, end: int) -> bool:
    """A personal verb next and a he/she pronoun soon after: the words before are a person."""
    next_word = _NEXT_WORD_RE.match(text, end)
    return bool(
        next_word
        and next_word.group(1).lower() in _VERBS
        and _PRONOUN_RE.search(text, end, end + _PRONOUN_REACH)
    )


def _given_word_is_a_person(text: str, start: int, end: int) -> bool:
    """Whether the context makes a given name that is also a word a person (see above)."""
    if _AND_KIN_RE.match(text, end):
        return True
    if _PERSONAL_PREDICATE_RE.match(text, end) and _PRONOUN_RE.search(
        text, end, end + _PRONOUN_REACH
    ):
        return True
    return not _sentence_initial(text, start) and bool(
        _TAKES_A_PERSON_RE.search(text, max(0, start - 30), start)
    )


_COPULA_RE = re.compile(r"\s+(?:is|was)\s+(?:a|an|the|such|so|very|too|quite)\b")


def _place_then_copula(text: str, start: int, end: int) -> bool:
    """A word that is also a place, then "is a", "was the": "Jordan is a long way"."""
    return text[start:end].lower() in _NOT_PEOPLE and bool(_COPULA_RE.match(text, end))


def _followed_like_a_name(text: str, end: int, following: list[re.Match[str]]) -> bool:
    """A verb ("Holly said"), a paired name ("Jack and Ethan") or a surname comes next."""
    next_word = _NEXT_WORD_RE.match(text, end)
    if next_word and next_word.group(1).lower() in _VERBS:
        return True
    paired = _PAIRED_RE.match(text, end)
    if paired and classify(paired.group(1)) in (Sort.FIRST, Sort.WEAK):
        return True
    return bool(following) and _surname_like(following[0].group(), classify(following[0].group()))


def _paired_with_first_name(text: str, end: int) -> bool:
    """A plain first name paired after a word-name: "Pat and Dennis", "Joy & Kwame"."""
    if not text.startswith((" and ", " & "), end):
        return False
    paired = _PAIRED_RE.match(text, end)
    return paired is not None and classify(paired.group(1)) is Sort.FIRST


def _strong_surname_follows(text: str, start: int, following: list[re.Match[str]]) -> bool:
    """A real surname after a word-like name ("Grace Thompson", not "May Day")."""
    if not following:
        return False
    next_sort = classify(following[0].group())
    if not _surname_like(following[0].group(), next_sort):
        return False
    return next_sort in (Sort.SURNAME, Sort.COMMON) or (
        next_sort is Sort.UNKNOWN and not _sentence_initial(text, start)
    )


def _thing_follows(text: str, end: int, sort: Sort) -> bool:
    """A lower-case word that makes the capitalised word a thing comes next."""
    next_word = _NEXT_WORD_RE.match(text, end)
    if not next_word or not next_word.group(1).islower():
        return False
    things = _THING_AFTER if sort in (Sort.FIRST, Sort.WEAK) else _THING_AFTER_WORD
    return next_word.group(1) in things


_VERBS_OR_FROM = _VERBS | {"from"}
_NUMBER_AFTER_RE = re.compile(r"\s+\d")
_SUFFIXES = ("s", "es", "ing", "ed", "d", "er", "ers", "r", "rs", "ly")


def _inflected_word(lower: str) -> bool:
    """An English word with an ending the word list lacks: "Leavers", "Safeguarding"."""
    return any(
        lower.endswith(suffix)
        and ((stem := lower[: -len(suffix)]) in _COMMON or stem in _NEVER or stem in _NOT_PEOPLE)
        for suffix in _SUFFIXES
    )


def _unknown_is_name(
    text: str, word: str, sort: Sort, start: int, end: int, following: list[re.Match[str]]
) -> bool:
    """Whether a capitalised word the lexicons do not know as a name is one all the same.

    In this forum a capitalised word mid-sentence that is no English word, place, brand
    or organisation is nearly always a person ("Poor Hodan", "Ionela from the office");
    at the start of a sentence it needs an age ("Kemar (15)") or a verb ("Brennan is").
    """
    if sort not in (Sort.UNKNOWN, Sort.SURNAME) and not _AGE_AFTER_RE.match(text, end):
        return False
    lower = word.lower().replace("’", "'").removesuffix("'s").rstrip("'")
    if lower in _NOT_PEOPLE or lower.split("-", 1)[0] in _NOT_PEOPLE:
        return False
    if sort is Sort.UNKNOWN and _inflected_word(lower):
        return False
    if _AGE_AFTER_RE.match(text, end):
        return True
    if _thing_follows(text, end, sort) or _NUMBER_AFTER_RE.match(text, end):
        return False  # "Mosaic case", "Reg 44", "Ward 12": a thing
    if following and (
        classify(nxt := following[0].group()) is Sort.COMMON and nxt.lower() not in _TOP_SURNAMES
    ):
        return False  # "Alton Towers", "Canary Wharf": a place or a thing
    if _sentence_initial(text, start):
        if text.startswith(("'s", "’s"), end):
            return True  # "Ionuț's assessment"
        next_word = _NEXT_WORD_RE.match(text, end)
        if next_word and next_word.group(1).lower() in _VERBS_OR_FROM:
            return True  # "Brennan is back", "Ionela from the office"
        # An unknown word before a surname: "Dafydd Evans rang".
        return bool(following) and classify(following[0].group()) is Sort.SURNAME
    previous = _PREVIOUS_WORD_RE.search(text, max(0, start - 30), start)
    if previous:
        before = previous.group(1)
        if before.lower() in _DETERMINERS or before.lower() in _THING_BEFORE:
            return False  # "the Pinderfields", "a Corsa", "speaks Oromo": a thing
        if before in ("or", "and", "&"):
            listed = _PREVIOUS_WORD_RE.search(text, max(0, previous.start() - 30), previous.start())
            other = listed.group(1).lower().removesuffix("'s") if listed else ""
            if len(other) > 2 and other in _NOT_PEOPLE and other not in _FIRST:
                return False  # "Canva or Padlet", "Kooth and Togetherall": one of a kind
        if (
            before[0].isupper()
            and classify(before) is Sort.COMMON
            and not _sentence_initial(text, previous.start(1))
        ):
            return False  # inside a title-case name of a thing: "the Youth Justice Board"
    return True


def _nickname(text: str, word: str, sort: Sort, start: int) -> bool:
    """A first name or short unknown word after "Big", "Little", "Lil" or "Wee"."""
    lower = word.lower()
    if lower in _NEVER:
        return False
    if lower in _ALL_FIRST or len(word) == 2:  # "Little Dee", "Big Mo"
        return True
    return sort is Sort.UNKNOWN and len(word) <= 4 and lower not in _NOT_PEOPLE


def find_names(text: str) -> Iterator[Candidate]:
    """Yield spans that look like people's names."""
    allowed = _allowed_spans(text)

    def is_allowed(start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in allowed)

    taken_until = -1
    titles = (t.start() for t in _TITLE_HINT_RE.finditer(text))  # where every match starts
    for m in matches_at(_TITLE_RE, text, titles):
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

    for start, end in _family_plurals(text):
        if not is_allowed(start, end):
            yield start, end, "person_name"

    for cue in word_starts(_LOWER_CUE_WORDS, text):  # cues may overlap: "me and my mate"
        cued = _LOWER_CUE_NAME_RE.match(text, cue)
        if cued and cued.group(1) in _LOWER_FIRST:
            yield cued.start(1), cued.end(1), "person_name"
    if text[:1].islower() or _CASUAL_RE.search(text):
        yield from _lower_case_names(text)

    words = list(_WORD_RE.finditer(text))
    named_words: set[str] = set()
    nicknames_possible = any(adjective in text for adjective in _NICKNAME_ADJECTIVES)
    called = _called_starts(text)
    for index, word in enumerate(words):
        start, end = word.span()
        if start < taken_until:
            continue
        if not word.group()[0].isupper():
            continue  # a lower-case letter beyond Latin-1 (see ``_UPPER``)
        sort = classify(word.group())
        if (
            nicknames_possible
            and text.endswith(_NICKNAME_ADJECTIVES, max(0, start - 7), start)
            and _nickname(text, word.group(), sort, start)
        ):
            nick = text.rfind(" ", 0, start - 1) + 1
            if not is_allowed(nick, end):
                taken_until = end
                yield nick, end, "person_name"
                continue
        if sort is Sort.COMMON:
            if (
                (
                    start in called
                    or text.startswith(_BRACKET_OPENERS, end)
                    or _previous_word(text, start) in _KIN_ADDRESS_WORDS
                )
                and _ordinary_word_is_name(text, word.group(), start, end, called)
                and not is_allowed(start, end)
            ):
                taken_until = end
                yield start, end, "person_name"
            continue
        if is_allowed(start, end):
            continue
        # The words that directly follow, joined by single spaces, may be a surname.
        following: list[re.Match[str]] = []
        cursor = index + 1
        while cursor < len(words) and text[words[cursor - 1].end() : words[cursor].start()] == " ":
            following.append(words[cursor])
            cursor += 1
        if (
            sort in (Sort.FIRST, Sort.WEAK)
            and _sentence_initial(text, start)
            and _thing_follows(text, end, sort)
        ):
            continue  # "Victoria line", "Fraser guidelines"
        if (
            sort is not Sort.FIRST
            and not _named_in_context(text, sort, start, end, following)
            and not _unknown_is_name(text, word.group(), sort, start, end, following)
        ):
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
            if not (
                span_end == end
                and sort in (Sort.FIRST, Sort.WEAK)
                and after.group(1).lower() in _TOP_SURNAMES
                and _personal_after(text, after.end())
            ):
                taken_until = after.end()
                continue
            span_end = after.end()  # "Mary Ward is the new visitor and she's ...": a surname
        if is_allowed(start, span_end):
            continue
        taken_until = span_end
        if sort is not Sort.FIRST and span_end == end:
            named_words.add(word.group())
        yield start, span_end, "person_name"
    # A word-name once shown to be a person names the same person elsewhere in the post:
    # "The youngest, Summer, is 4 ... nothing about Summer's days".
    for name in named_words:
        found = text.find(name)
        while found >= 0:
            stop = found + len(name)
            if not (
                (found and (text[found - 1].isalnum() or text[found - 1] in "'’-"))
                or text[stop : stop + 1].isalnum()
            ):
                yield found, stop, "person_name"
            found = text.find(name, stop)
