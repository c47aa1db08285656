"""Finding people's names, the hardest identifier: lexicons plus the context around a word.

A capitalised word is judged by what it is (a first name, a name that is also an
ordinary word, a surname, an ordinary word, or unknown) and by what surrounds it: a
cue before it ("my client", "a boy called"), a title ("Mrs"), a possessive with a
relative after it ("Jayden's mum"), a surname after it, or the start of a sentence,
where ordinary words are capitalised anyway. Lexicons load once, at import.
"""

import re
import unicodedata
from collections.abc import Iterator
from enum import Enum
from functools import lru_cache

from .lexicons import DATA, load_phrases, load_words, matches_at
from .patterns import NAMED_HOSPITAL_HEADS, NAMED_HOSPITALS_RE, Candidate, word_starts


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
_NEVER = load_words("never_names.txt") | load_words("non_english_words.txt")
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
    if not lower.isascii():  # "Zoë", "Chloé": judge the spelling without accents
        plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
        if plain and plain.isalpha() and plain.lower() != lower:
            return classify(plain)
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
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Cllr|Councillor|PC|DC|DS|DI|Sgt|HHJ|DDJ|DJ|Judge|Recorder)"
# Where a title can start: a capitalised word among the title words ("Mrs", "Judge"), or
# an upper-case title found by a short expression led by its first letter ("PC", "HHJ").
_TITLE_WORDS = frozenset(re.findall(r"[A-Z][a-z]+", _TITLE))
_CAPS_TITLE_RE = re.compile(r"[PDH](?<![\w.'’-][PDH])(?:C|S|I|J|HJ|DJ)\b")
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
    r"(?i:\b(?:called|named|name\s+is|name['’]s|known\s+as|me\s+(?:and|n|an|nd|&)|mine\s+is|mine['’]s|with|"
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
_NICK_VERB_BYTES = frozenset(
    w.encode()
    for w in [
        "still",
        "owes",
        "owed",
        "said",
        "says",
        "told",
        "keeps",
        "kept",
        "used",
        "rang",
        "texted",
        "messaged",
        "always",
        "never",
    ]
)
_NICKNAME_BEFORE_RE = re.compile(r"(?<![\w@.'’-])([a-z]{2,10}(?:o|y|ie|z|sh|zza|ey|az))$")
_PREVIOUS_LOWER_RE = re.compile(r"(?<![\w@.'’-])([a-z]{3,12})$")


def _lower_case_names(text: str, words: set[bytes]) -> Iterator[Candidate]:
    """Names written in lower case in a casual post (see the expressions above)."""
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
            # "kez and lils from my old house if ur reading this"
            pair = _LOWER_PAIR_BEFORE_RE.search(text, max(0, found - 70), found)
            if pair and all(_lower_word_can_be_a_name(pair.group(g)) for g in (1, 2)):
                yield pair.start(1), pair.end(1), "person_name"
                yield pair.start(2), pair.end(2), "person_name"
        found = text.find(" if ", found + 1)
    for m in _APPOSITIVE_RE.finditer(text):
        if _lower_word_can_be_a_name(m.group(1)) and _PERSON_NOUN_BEFORE_RE.search(
            text, max(0, m.start() - 40), m.start()
        ):
            yield m.start(1), m.end(1), "person_name"
    for m in _NICK_VERB_RE.finditer(text) if words & _NICK_VERB_BYTES else ():
        before = _NICKNAME_BEFORE_RE.search(text, max(0, m.start() - 14), m.start())
        if before and _lower_word_can_be_a_name(before.group(1)):
            yield before.start(1), before.end(1), "person_name"


@lru_cache(maxsize=8192)  # pure, and the same words recur
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
# Two expressions, each led by a character class or a literal so that the engine can
# skip ahead; one alternation would be tried at every position.
_CASUAL_RE = re.compile(r"[.!?\n]\s*[a-z]")
_CASUAL_I_RE = re.compile(r" i[\s'’]")
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
# One expression per case of "the", each led by its literal so the engine can skip
# ahead ("[Tt]he" would be tried at every "t").
_FAMILY_PLURAL_RES = tuple(
    re.compile(
        rf"{the}(?<=\b{the})\s+((?:Mc|Mac|O['’])?[{_UPPER}][{_LOWER}]+(?:[A-Z][{_LOWER}]+)?s)\b(?!['’])"
    )
    for the in ("the", "The")  # "The Hendersons have withdrawn"
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
# Words after a sentence-initial word that make it a verb or an ordinary word.
_NOT_A_SUBJECT_AFTER = frozenset(
    [
        "we",
        "you",
        "u",
        "i",
        "it",
        "this",
        "that",
        "they",
        "everyone",
        "everybody",
        "all",
        "so",
        "not",
        "your",
        "ur",
        "the",
        "to",
    ]
)


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
    """Surnames in the plural that name a family (see ``_FAMILY_PLURAL_RES``)."""
    for m in (m for pattern in _FAMILY_PLURAL_RES for m in pattern.finditer(text)):
        word = m.group(1)
        lower = word.lower()
        stem = word[:-1]
        if (
            lower in _COMMON
            or lower in _NOT_PEOPLE
            or (lower[:-1] in _NOT_PEOPLE and lower[:-1] not in _SURNAMES)  # "Hendersons"
        ):
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


_ALLOW_PHRASES = [
    p
    for p in sorted(
        load_phrases("allow_list.txt") + load_phrases("idioms.txt"), key=len, reverse=True
    )
    if re.match("[A-Z]", p)
]
# The phrases by their first few characters, in order: at any offset only those sharing
# its next characters can match, so trying them in turn picks the phrase that the
# alternation of them all, then ``(?![\w])``, would pick, without compiling it at start-up.
_ALLOW_PREFIX = min(map(len, _ALLOW_PHRASES), default=1)
_ALLOW_BY_PREFIX: dict[str, list[str]] = {}
for _phrase in _ALLOW_PHRASES:
    _ALLOW_BY_PREFIX.setdefault(_phrase[:_ALLOW_PREFIX], []).append(_phrase)
del _phrase
# The first words of the phrases, as the capitalised-word expression finds them: an
# allowed phrase is tried only where one of these starts. Phrases that start otherwise
# ("J.K. Rowling", "NSPCC") are searched for in the whole post.
_ALLOW_FIRST_WORDS = frozenset(m.group() for p in _ALLOW_PHRASES if (m := _WORD_RE.match(p)))
_ALLOW_ODD = [p for p in _ALLOW_PHRASES if not _WORD_RE.match(p)]
_ALLOW_ODD_RE = re.compile("(?:" + _alternation_by_initial(_ALLOW_ODD) + r")(?![\w])")
_WORD_CHAR_RE = re.compile(r"\w")
_NEXT_WORD_RE = re.compile(r"\s+([\w'’]+)")
_PAIRED_RE = re.compile(rf"\s+(?:and|&)\s+([{_UPPER}][{_LOWER}]+)\b")
# What can stand before a sentence: its start, a full stop, a line break, a bullet.
_SENTENCE_BREAK = frozenset('.!?:;\n\r"“”(*#>•-–—|[')


def _allowed_phrase_end(text: str, start: int) -> int:
    """Where the allow-listed phrase at ``start`` ends (see ``_ALLOW_BY_PREFIX``), or -1."""
    for phrase in _ALLOW_BY_PREFIX.get(text[start : start + _ALLOW_PREFIX], ()):
        if text.startswith(phrase, start):
            end = start + len(phrase)
            if end == len(text) or not ((after := text[end]).isalnum() or after == "_"):
                return end
    return -1


def _allowed_spans(text: str, words: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Spans of allow-listed phrases, each starting where no word character precedes it.

    ``words`` are the post's capitalised words (``_WORD_RE``); most phrases can start
    only at one of them, so the costly expression is tried only there.
    """
    spans: list[tuple[int, int]] = []
    reached = 0
    for word in words:
        if (
            word.start() >= reached
            and word.group() in _ALLOW_FIRST_WORDS
            and (phrase_end := _allowed_phrase_end(text, word.start())) >= 0
        ):
            spans.append((word.start(), phrase_end))
            reached = phrase_end
    pos = 0
    while match := _ALLOW_ODD_RE.search(text, pos):
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


_KIN_SUFFIXES = tuple(
    f" {form} " for w in _KIN_ADDRESS_WORDS for form in {w, w.capitalize(), w.upper()}
)


_KIN_FORMS = frozenset(suffix[1:-1] for suffix in _KIN_SUFFIXES)


def _kin_word_before(text: str, start: int) -> bool:
    """``_previous_word(text, start) in _KIN_ADDRESS_WORDS``, by one C-level test."""
    if start <= 14:
        return _previous_word(text, start) in _KIN_ADDRESS_WORDS
    # No form holds a space, so the nearest space before the one at ``start - 1`` opens it.
    if text[start - 1] != " ":
        return False
    space = text.rfind(" ", start - 14, start - 1)
    return space >= 0 and text[space + 1 : start - 1] in _KIN_FORMS


def _after_kin_word(text: str, start: int) -> bool:
    """Whether a word of kinship or address, then one space, comes just before ``start``."""
    return _kin_word_before(text, start) and bool(
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
        if text.startswith((",", "!"), end) and _previous_word(text, start) in _GREETINGS:
            return text[start:end].lower() not in _NOT_PEOPLE  # "Hi Destiny,"
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
    r"got|gets|passed|failed|finished|messaged|phoned|(?:has|had)\s+been\s+(?:offered|accepted|given|awarded)|"
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


@lru_cache(maxsize=8192)  # pure, and the same words recur
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
        if next_word and next_word.group(1) == "to" and _ACTION_AFTER_RE.match(text, end):
            return True  # "Seun to visit within 5 days"
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


# --- Names that name no client: idioms, fiction, pets and citations ----------------

# Idioms with a name in them ("Bob's your uncle"): allowed like the allow list, and the
# name in one is not reported elsewhere in the same post ("Bob was not my uncle").
_IDIOMS = frozenset(load_phrases("idioms.txt"))
# Animals, plants, toys and machines: a name right after one names no person ("a plant
# called Gerald", "our dog Biscuit", "the cat, Tigger").
_NONHUMAN = frozenset(
    [
        "dog",
        "dogs",
        "cat",
        "cats",
        "puppy",
        "pup",
        "kitten",
        "kitty",
        "rabbit",
        "bunny",
        "hamster",
        "gerbil",
        "guinea",
        "pig",
        "goldfish",
        "fish",
        "pet",
        "pets",
        "plant",
        "plants",
        "cactus",
        "teddy",
        "bear",
        "doll",
        "toy",
        "car",
        "van",
        "robot",
        "horse",
        "pony",
        "donkey",
        "snake",
        "tortoise",
        "turtle",
        "budgie",
        "parrot",
        "bird",
        "chicken",
        "hen",
        "duck",
        "lizard",
        "gecko",
        "rat",
        "mouse",
        "ferret",
        "spider",
        "dinosaur",
        "unicorn",
        "tamagotchi",
        "houseplant",
    ]
)
_NONHUMAN_BEFORE_RE = re.compile(  # lower case only: "Nguyen Van Minh" is a person
    r"\b(?:"
    + "|".join(sorted(_NONHUMAN, key=len, reverse=True))
    + r")(?:\s+(?:(?:is|was)\s+)?(?:called|named)|,)?\s+$"
)
# People's names that, with "'s" and no person after, are shops: "go to Claire's".
_SHOP_NAMES = frozenset(
    [
        "claire",
        "sainsbury",
        "mcdonald",
        "morrison",
        "timpson",
        "greggs",
        "boot",
        "wilko",
        "clinton",
        "debenham",
        "selfridge",
        "harrod",
        "sainsburys",
    ]
)
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
_FICTION_AFTER = frozenset(
    [
        "episode",
        "episodes",
        "series",
        "film",
        "films",
        "movie",
        "movies",
        "cartoon",
        "cartoons",
        "costume",
        "costumes",
        "outfit",
        "musical",
        "trilogy",
        "franchise",
        "sequel",
        "prequel",
        "novel",
        "novels",
        "audiobook",
        "soundtrack",
        "character",
        "characters",
        "book",
        "books",
        "boxset",
        "dvd",
        "stories",
        "story",
    ]
)
# An author cited, not a client: "Ainsworth et al.", "Ferguson (2011)", "(Munro, 2011)",
# "Ferguson's work on home visits", "Maslow's hierarchy".
_CITATION_AFTER_RE = re.compile(
    r"\s+et\.?\s+al\b|\s*\(\s*(?:19|20)\d\d[a-z]?\s*[,;)]|,\s*(?:19|20)\d\d[a-z]?\s*[);,]"
)
_AUTHOR_WORK_RE = re.compile(
    r"['’]s\s+(?:(?:early|later|classic|seminal|original|famous|key|recent)\s+)?"
    r"(?:(?:work|research|writing|writings|study|studies|paper|papers|article|chapter|findings)"
    r"\s+(?:on|about|around|into)\b|(?:theory|theories|framework|hierarchy|ladder|typology|wheel)\b|"
    r"(?:model|stages|cycle|principles)\s+of\b)"
)
_PUBLIC_FIGURES = load_words("public_figures.txt")
# A run of capitalised words joined by commas and "and": a list of authors when one of
# them is a known theorist and none is plainly a first name ("Featherstone, White and
# Morris on ...").
_LIST_BEFORE_RE = re.compile(
    rf"((?:[{_UPPER}][\w'’-]+(?:,\s+and\s+|,\s+|\s+(?:and|&)\s+)){{1,5}})$"
)
_LIST_AFTER_RE = re.compile(rf"(?:(?:,\s+and\s+|,\s+|\s+(?:and|&)\s+)[{_UPPER}][\w'’-]+){{1,5}}")
_LIST_WORD_RE = re.compile(rf"[{_UPPER}][\w'’-]+")


def _in_author_list(text: str, word: str, start: int, end: int) -> bool:
    """Whether the word stands in a list of authors (see ``_LIST_BEFORE_RE``)."""
    window = _LIST_WORD_RE.findall(text, max(0, start - 80), min(len(text), end + 60))
    if not any(w.lower() in _PUBLIC_FIGURES for w in window):
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
    return any(m.lower() in _PUBLIC_FIGURES for m in members) and not any(
        classify(m) is Sort.FIRST for m in members
    )


_NO_CLIENT_BEFORE = (
    _NONHUMAN
    | {w + "," for w in _NONHUMAN}
    | {"called", "named"}
    | _FICTION_BEFORE_WORDS
    | _WATCH_WORDS
)


def _names_no_client(text: str, word: str, start: int, end: int) -> bool:
    """A capitalised word that names a pet, a character or an author, not a client.

    Cheap character tests first: most words have none of these contexts.
    """
    if (
        text[start - 1 : start] == " "
        and (previous := _previous_word(text, start)) in _NO_CLIENT_BEFORE
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
    if text.startswith(" ", end) and (next_word := _NEXT_WORD_RE.match(text, end)):
        if next_word.group(1) in _FICTION_AFTER:
            return True
    elif text.startswith(("'s", "’s"), end):
        if _AUTHOR_WORK_RE.match(text, end):
            return True
        if word.lower() in _SHOP_NAMES and not _POSSESSIVE_ANY_RE.match(text, end):
            return True  # "to Claire's to get her ears pierced", not "Claire's mum"
    if text.startswith((" et", " (", "(", ","), end) and _CITATION_AFTER_RE.match(text, end):
        return True
    return (
        text.startswith((",", " and ", " & "), end) or text[start - 2 : start] in (", ", "d ", "& ")
    ) and _in_author_list(text, word, start, end)


# Initials as a name: "R.K.", "A.J. and K.J."; undotted ones ("KW", "JB") only where a
# person stands: before a reporting verb or an action ("JB said", "KW to update"), a role
# in brackets ("KW (SW)") or after "initials". Roles and agencies ("IRO", "GP") never.
_ACRONYMS = load_words("acronyms.txt")
_INITIALS_CONTEXT_AFTER = (
    r"\s+(?:said|says|asked|asks|told|tells|thinks|thought|wants|wanted|reckons|feels|felt|agreed|"
    r"disagreed|explained|reported|confirmed|suggested|shared|raised|disclosed|"
    r"to\s+(?:update|check|visit|liaise|contact|complete|arrange|send|speak|call|ring|email|chase|"
    r"follow|book|share|write|confirm|attend|refer|make|meet|discuss|see|ask|inform|request|review|"
    r"provide|offer|draft|record|escalate))\b"
    r"|\s+\((?:[A-Z]{2,5}|social\s+worker|chair|manager|team\s+manager|me|mum|dad|carer|foster\s+carer)\)"
)
_INITIALS_AFTER_RE = re.compile(_INITIALS_CONTEXT_AFTER)
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


def _initials(text: str) -> Iterator[Candidate]:
    """Initials used as a name; the same initials elsewhere in the post count too.

    Dotted initials ("R.K.", "A.J.") always; undotted ones ("KW", "JB") only before a
    reporting verb or an action ("JB said", "KW to update"), before a role in brackets
    ("KW (SW)") or after "initials" or a label ("Young person: TM"). Roles and agencies
    ("IRO", "GP", see ``acronyms.txt``) never.
    """
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
                yield start, stop, "person_name"


# A first name signing off a post: "... after 6. - Jan", "Thanks,\nJo".
_SIGN_OFF_RE = re.compile(rf"(?:^|\n|[-–—~]\s*|,\s*)([{_UPPER}][{_LOWER}]+)\s*[.!x]*\s*$")
# A greeting before a word that is also a name: "Hi Destiny, I can't do Thursday".
_GREETINGS = frozenset(["hi", "hello", "dear", "hey", "hiya", "morning", "evening", "afternoon"])
# An action for a named person in minutes: "Seun to visit within 5 working days".
_ACTION_AFTER_RE = re.compile(
    r"\s+to\s+(?:visit|update|check|liaise|contact|complete|arrange|send|speak|call|ring|email|"
    r"chase|follow|book|share|write|confirm|attend|refer|re-refer|meet|discuss|offer|draft|"
    r"escalate|inform|request|provide)\b"
)
# Lower-case names after a word of kinship ("auntie shaz"), as a surname ("her surname
# was mcbride or mcbryde"), and pairs before "if ur reading" ("kez and lils from my old
# house if ur reading this").
_LOWER_KIN_RE = re.compile(  # tried where a hint below starts
    r"(?<![\w])(?:auntie|aunty|aunt|uncle|nanna|nana|nanny|nan|granny|grandad|grandma|grandpa|gran|"
    r"cousin)\s+([a-z]{3,12})\b(?![@.'’]\w)"
)
_LOWER_KIN_HINTS = ("aunt", "uncle", "nan", "gran", "cousin")
_SURNAME_HINTS = ("surname", "urname", "last name", "second name", "maiden name")
_SURNAME_CUE_RE = re.compile(
    r"(?i:\b(?:surname|last\s+name|second\s+name|maiden\s+name)(?:\s+(?:is|was|were|might\s+be|"
    r"could\s+be|is\s+like|was\s+like))?\s*:?\s+)([a-z][a-z'’-]{2,15})(?:\s+or\s+([a-z][a-z'’-]{2,15}))?"
)
_LOWER_PAIR_BEFORE_RE = re.compile(
    r"\b([a-z]{3,12})\s+(?:and|&|n)\s+([a-z]{3,12})\b[^.!?\n]{0,40}$"
)


def _more_lower_names(text: str, casual: bool) -> Iterator[Candidate]:
    """Lower-case names given as a surname, and in a casual post after a kin word."""
    if "name" in text and any(hint in text for hint in _SURNAME_HINTS):
        for m in _SURNAME_CUE_RE.finditer(text):
            for group in (1, 2):
                word = m.group(group)
                if word and (word in _SURNAMES or _lower_word_can_be_a_name(word)):
                    yield m.start(group), m.end(group), "person_name"
    if not casual:
        return
    for hint in _LOWER_KIN_HINTS:
        found = text.find(hint)
        while found >= 0:
            kin = _LOWER_KIN_RE.match(text, found)
            found = text.find(hint, found + 1)
            if not kin:
                continue
            word = kin.group(1)
            if _lower_word_can_be_a_name(word) or (
                word in _LOWER_NAME_WORDS and word not in _NEVER and word not in _LOWER_STOP
            ):
                yield kin.start(1), kin.end(1), "person_name"


def find_names(text: str) -> Iterator[Candidate]:
    """Yield spans that look like people's names."""
    suppressed: set[str] = set()  # words shown to name no client (see ``_names_no_client``)
    casual = text[:1].islower() or bool(_CASUAL_RE.search(text)) or bool(_CASUAL_I_RE.search(text))
    found = list(_find_names(text, suppressed, casual))
    yield from _initials(text)
    yield from _more_lower_names(text, casual)
    sign_off = _SIGN_OFF_RE.search(text, max(0, len(text) - 40))
    if sign_off:
        word = sign_off.group(1).lower()
        if (word in _ALL_FIRST or word in _GIVEN) and word not in _NEVER:
            yield sign_off.start(1), sign_off.end(1), "person_name"
    if not suppressed:
        yield from found
        return
    for start, end, kind in found:
        if text[start:end].removesuffix("'s").removesuffix("’s") not in suppressed:
            yield start, end, kind


def _find_names(text: str, suppressed: set[str], casual: bool) -> Iterator[Candidate]:
    """The names found by context; adds to ``suppressed`` the words that name no client."""
    words = list(_WORD_RE.finditer(text))
    allowed = _allowed_spans(text, words)
    for a, b in allowed:
        if text[a:b] in _IDIOMS:  # "Bob's your uncle ... Bob was not my uncle"
            suppressed.update(
                w for w in _LIST_WORD_RE.findall(text[a:b]) if classify(w) is not Sort.COMMON
            )
            suppressed.update(w.removesuffix("'s").removesuffix("’s") for w in list(suppressed))

    def is_allowed(start: int, end: int) -> bool:
        return bool(allowed) and any(a < end and start < b for a, b in allowed)

    taken_until = -1
    titles = sorted(  # where every match can start
        [w.start() for w in words if w.group() in _TITLE_WORDS]
        + [m.start() for m in _CAPS_TITLE_RE.finditer(text)]
    )
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
        if (
            cued
            and (
                cued.group(1) in _LOWER_FIRST
                or (  # "me n jordan": a name that is also a word or place, after "me and"
                    text[cue : cue + 2].lower() == "me"
                    and (
                        cued.group(1) in _LOWER_NAME_WORDS
                        or (cued.group(1) in _STRONG and cued.group(1) not in _COMMON)
                    )
                    and cued.group(1) not in _NEVER
                )
            )
        ):
            yield cued.start(1), cued.end(1), "person_name"
    if casual:
        lower_words = set(text.encode("ascii", "replace").translate(_LETTERS_ONLY).split())
        yield from _lower_case_names(text, lower_words)

    named_words: set[str] = set()
    nicknames_possible = any(adjective in text for adjective in _NICKNAME_ADJECTIVES)
    called = _called_starts(text)
    for index, word in enumerate(words):
        start, end = word.span()
        group = word.group()
        if group in NAMED_HOSPITAL_HEADS and (hospital := NAMED_HOSPITALS_RE.match(text, start)):
            yield start, hospital.end(), "institution"  # "Great Ormond Street", "Alder Hey"
        if start < taken_until:
            continue
        if not group[0].isupper():
            continue  # a lower-case letter beyond Latin-1 (see ``_UPPER``)
        sort = classify(group)
        if (
            nicknames_possible
            and text.endswith(_NICKNAME_ADJECTIVES, max(0, start - 7), start)
            and _nickname(text, group, sort, start)
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
                    or _kin_word_before(text, start)
                )
                and _ordinary_word_is_name(text, group, start, end, called)
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
            and not _unknown_is_name(text, group, sort, start, end, following)
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
        if _names_no_client(text, group, start, span_end):
            suppressed.add(group)
            taken_until = span_end
            continue
        taken_until = span_end
        if sort is not Sort.FIRST and span_end == end:
            named_words.add(group)
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
                or (  # "Hope we can sort something": a word again, not the name
                    _sentence_initial(text, found)
                    and (word_after := _NEXT_WORD_RE.match(text, stop)) is not None
                    and word_after.group(1).lower() in _NOT_A_SUBJECT_AFTER
                )
            ):
                yield found, stop, "person_name"
            found = text.find(name, stop)
