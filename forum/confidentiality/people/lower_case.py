"""Names written in lower case: after a cue anywhere, and by shape and place in casual posts.

Casual posts ("me n connor got moved", "it's tash from the hostel x") write names in
lower case. After a cue ("called", "my sw is", "me and") a lower-case first name is a
name in any post; in a post written casually, a first name of four letters or more that
is no English word is a name wherever it stands, and nicknames, vocatives and
possessives without an apostrophe count too.
"""

import re
from collections.abc import Iterator

from forum.confidentiality.doc import Doc
from forum.confidentiality.finding import Finding
from forum.confidentiality.lexicons import alternation
from forum.confidentiality.text import LOWER, Keywords, matches_at

from .words import (
    COMMON,
    GIVEN,
    LOWER_FIRST,
    LOWER_STOP,
    NEVER,
    NOT_PEOPLE,
    ORGANISATIONS,
    STRONG,
    SURNAMES,
    WEAK,
    lower_word_can_be_a_name,
)

# One counts only after a cue and only if it is a first name that is no English word
# ("called jackie", "my pa is shannon", "me and ollie").
_LOWER_CUE_NAME_RE = re.compile(
    r"(?i:\b(?:called|named|name\s+is|name['’]s|known\s+as|me\s+(?:and|n|an|nd|&)|mine\s+is|mine['’]s|with|"
    r"seen|saw|met|texted|messaged|rang|phoned|told|ask|asked|visited|bumped\s+into|picked\s+up|"
    rf"(?:my|our|his|her)(?:\s+(?:{alternation('casual_relation_describers.txt')}))*"
    rf"\s+(?:{alternation('casual_relations.txt')})"
    r"(?:\s+(?:is|was|called|named|who))?))"
    rf"\s+([{LOWER}][{LOWER}]+)\b(?![@.'’]\w)"
)
_LOWER_CUE_WORDS = Keywords(
    ("called", "named", "name", "known", "me", "mine", "with", "my", "our", "his", "her")
)
# Verbs that take a person ("seen tia in town"), looked for only in posts written casually.
_LOWER_CUE_VERBS = Keywords(
    ("seen", "saw", "met", "texted", "messaged", "rang", "phoned", "told", "ask", "visited",
     "bumped", "picked")
)  # fmt: skip
# Lower-case words that are names though also words ("jade", "amber"), for "i'm jade btw".
_LOWER_NAME_WORDS = LOWER_FIRST | (WEAK - LOWER_STOP)


def find_lower_cued(doc: Doc) -> Iterator[Finding]:
    """A lower-case first name after a cue; after "me and", a word-name or a place too."""
    text = doc.text
    cues = doc.word_starts(_LOWER_CUE_WORDS)
    if doc.casual:
        cues = sorted(cues + doc.word_starts(_LOWER_CUE_VERBS))
    for cue in cues:  # cues may overlap: "me and my mate"
        cued = _LOWER_CUE_NAME_RE.match(text, cue)
        if (
            cued
            and (
                cued.group(1) in LOWER_FIRST
                or (  # "me n jordan": a name that is also a word or place, after "me and"
                    text[cue : cue + 2].lower() == "me"
                    and (
                        cued.group(1) in _LOWER_NAME_WORDS
                        or (cued.group(1) in STRONG and cued.group(1) not in COMMON)
                    )
                    and cued.group(1) not in NEVER
                )
            )
        ):
            yield Finding.of("person_name", cued.start(1), cued.end(1))


# A lower-case first name as the subject of a casual sentence: "dee used to do my hair".
_LOWER_SUBJECT_RE = re.compile(
    r"\s+(?:used|rang|texted|messaged|said|says|told|was|is|has|had|"
    r"keeps|kept|came|comes|went|goes|still|always|never|did|does|took|gave|sent|helped)\b"
)
# In a casual post a lower-case first name of four letters or more that is no English
# word is a name wherever it stands ("bumped into shanice in asda", "the lad in room 2,
# connor, keeps asking"); shorter ones ("dee", "ben") need a cue.
_LOWER_ANYWHERE_BYTES = frozenset(
    w.encode()
    for w in (frozenset(w for w in LOWER_FIRST if len(w) >= 4) - LOWER_STOP - ORGANISATIONS)
)
_SHORT_LOWER_FIRST_BYTES = frozenset(
    w.encode() for w in frozenset(w for w in LOWER_FIRST if len(w) == 3) - LOWER_STOP
)
# Words split at spaces with punctuation stripped: a superset of the lower-case words
# (edges are checked later), far quicker to get than with a regular expression.
_LETTERS_ONLY = bytes.maketrans(
    bytes(range(256)), bytes(c if 97 <= c <= 122 else 32 for c in range(256))
)
_EDGE_CHARS = frozenset("@.'’-_")
# A name with an "s" and no apostrophe, then a person or a thing owned: "tylers new number".
_LOWER_POSSESSIVE_BYTES = frozenset(
    (w + "s").encode() for w in _LOWER_NAME_WORDS if len(w) >= 3 and w + "s" not in COMMON
)
_LOWER_OWNED_RE = re.compile(rf" (?:{alternation('casual_owned_things.txt')})\b")
# A town that is also a name, after a word of place: "went to chelsea", "from jackson".
_LOCATIVE_BEFORE_RE = re.compile(r"(?:to|in|from|at|near|around|visit|visiting|the|a|an)\s+$")
# Any lower-case word that is no English word, after or before a cue that takes a
# person: "it's tash from the lodgings", "bumped into kez", "i'm amber btw".
_LOWER_CUE_BEFORE_RE = re.compile(
    r"(?:\b(?:it['’]?s|its|this\s+is)\s+([a-z]{3,12})(?=\s+(?:from|here|again|btw|x+)\b|\s*x+$)"
    r"|\b(?:bumped\s+into|ran\s+into|anyone\s+(?:know|remember|seen|heard\s+from)|shout\s?out\s+to|"
    r"big\s+up|rip|miss\s+(?:u|you)|love\s+(?:u|you)|"
    r"(?:thanks|thank\s+(?:you|u|ya))(?:\s+(?:so\s+much|again|loads))?\s+to)\s+([a-z]{3,12})\b"
    r"|\bi['’]?m\s+([a-z]{3,12})(?=\s+(?:btw|x+|from\s+the|here\s+from)\b|\s*[x!.]*\s*$))"
)
_LOWER_CUE_BEFORE_HINTS = Keywords(
    ("it's", "it’s", "its ", "this is", "bumped", "ran into", "anyone", "shout", "big up",
     "rip ", "miss u", "miss you", "love u", "love you", "thank", "i'm", "i’m", "im ")
)  # fmt: skip
# A second lower-case name joined to a cued one: "thank u to kaz and nia".
_AND_LOWER_RE = re.compile(r"\s+(?:and|&|n)\s+([a-z]{3,12})\b(?![@.'’]\w)")
# A vocative before "if you're reading this": "abena if ur reading this".
_IF_READING_RE = re.compile(
    r"if\s+(?:ur|you['’]?re|u\s+r|u['’]?re|you\s+are|u\s+are)\s+"
    r"(?:reading|on\s+here|seeing|out\s+there|see\s+this)\b"
)
_PREVIOUS_LOWER_RE = re.compile(r"(?<![\w@.'’-])([a-z]{3,12})$")
# A pair before it: "kez and lils from my old house if ur reading this".
_LOWER_PAIR_BEFORE_RE = re.compile(
    r"\b([a-z]{3,12})\s+(?:and|&|n)\s+([a-z]{3,12})\b[^.!?\n]{0,40}$"
)
# Between commas a little after a person noun: "the lad in room 2, jonno, keeps ...".
_APPOSITIVE_RE = re.compile(r",\s+([a-z]{3,12}),")
_PERSON_NOUN_BEFORE_RE = re.compile(
    rf"\b(?:{alternation('casual_person_nouns.txt')})\b[^,.!?\n]{{0,30}}$"
)
# A lower-case nickname ("tommo", "kez", "tash", "jonno") as the subject of a sentence.
_NICK_VERBS = (
    "still", "owes", "owed", "said", "says", "told", "keeps", "kept", "used", "rang", "texted",
    "messaged", "always", "never",
)  # fmt: skip
_NICK_VERB_RE = re.compile(rf" (?:{'|'.join(_NICK_VERBS)})\b")
_NICK_VERB_BYTES = frozenset(w.encode() for w in _NICK_VERBS)
_NICKNAME_BEFORE_RE = re.compile(r"(?<![\w@.'’-])([a-z]{2,10}(?:o|y|ie|z|sh|zza|ey|az))$")


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


def find_casual(doc: Doc) -> Iterator[Finding]:
    """Names written in lower case in a casual post (see the expressions above)."""
    if not doc.casual:
        return
    text = doc.text
    words = set(text.encode("ascii", "replace").translate(_LETTERS_ONLY).split())
    # A three-letter name needs a verb after it: "dee used to do my hair".
    for name in _SHORT_LOWER_FIRST_BYTES.intersection(words):
        for start, end in _whole_word_at(text, name.decode()):
            if _LOWER_SUBJECT_RE.match(text, end):
                yield Finding.of("person_name", start, end)
    for name in _LOWER_ANYWHERE_BYTES.intersection(words):
        word = name.decode()
        for start, end in _whole_word_at(text, word):
            if word in NOT_PEOPLE and _LOCATIVE_BEFORE_RE.search(text, max(0, start - 12), start):
                continue
            yield Finding.of("person_name", start, end)
    for m in matches_at(_LOWER_CUE_BEFORE_RE, text, doc.word_starts(_LOWER_CUE_BEFORE_HINTS)):
        group = 1 if m.group(1) else 2 if m.group(2) else 3
        word = m.group(group)
        if lower_word_can_be_a_name(word) or (
            group == 3 and (word in _LOWER_NAME_WORDS or word in GIVEN)
        ):
            yield Finding.of("person_name", m.start(group), m.end(group))
            other = _AND_LOWER_RE.match(text, m.end(group))
            if other and (
                lower_word_can_be_a_name(other.group(1)) or other.group(1) in LOWER_FIRST
            ):
                yield Finding.of("person_name", other.start(1), other.end(1))
    # "tylers new number", "jades mum": a possessive without its apostrophe.
    for name in _LOWER_POSSESSIVE_BYTES.intersection(words):
        for start, end in _whole_word_at(text, name.decode()):
            if _LOWER_OWNED_RE.match(text, end):
                yield Finding.of("person_name", start, end - 1)
    found = text.find(" if ")
    while found >= 0:
        if _IF_READING_RE.match(text, found + 1):
            cut = found - 1 if found and text[found - 1] == "," else found
            before = _PREVIOUS_LOWER_RE.search(text, max(0, cut - 12), cut)
            if before and lower_word_can_be_a_name(before.group(1)):
                yield Finding.of("person_name", before.start(1), before.end(1))
            pair = _LOWER_PAIR_BEFORE_RE.search(text, max(0, found - 70), found)
            if pair and all(lower_word_can_be_a_name(pair.group(g)) for g in (1, 2)):
                yield Finding.of("person_name", pair.start(1), pair.end(1))
                yield Finding.of("person_name", pair.start(2), pair.end(2))
        found = text.find(" if ", found + 1)
    for m in _APPOSITIVE_RE.finditer(text):
        if lower_word_can_be_a_name(m.group(1)) and _PERSON_NOUN_BEFORE_RE.search(
            text, max(0, m.start() - 40), m.start()
        ):
            yield Finding.of("person_name", m.start(1), m.end(1))
    for m in _NICK_VERB_RE.finditer(text) if words & _NICK_VERB_BYTES else ():
        before = _NICKNAME_BEFORE_RE.search(text, max(0, m.start() - 14), m.start())
        if before and lower_word_can_be_a_name(before.group(1)):
            yield Finding.of("person_name", before.start(1), before.end(1))


# Lower-case names after a word of kinship ("auntie shaz") and given as a surname ("her
# surname was mcbride or mcbryde").
_LOWER_KIN_WORDS = alternation("casual_kin_words.txt").split("|")
_LOWER_KIN_RE = re.compile(  # tried where a hint below starts
    rf"(?<![\w])(?:{'|'.join(_LOWER_KIN_WORDS)})\s+([a-z]{{3,12}})\b(?![@.'’]\w)"
)
# The words no shorter one begins: finding these finds every word.
_LOWER_KIN_HINTS = tuple(
    w for w in _LOWER_KIN_WORDS if not any(w != o and w.startswith(o) for o in _LOWER_KIN_WORDS)
)
_SURNAME_HINTS = ("surname", "urname", "last name", "second name", "maiden name")
_SURNAME_CUE_RE = re.compile(
    r"(?i:\b(?:surname|last\s+name|second\s+name|maiden\s+name)(?:\s+(?:is|was|were|might\s+be|"
    r"could\s+be|is\s+like|was\s+like))?\s*:?\s+)([a-z][a-z'’-]{2,15})(?:\s+or\s+([a-z][a-z'’-]{2,15}))?"
)


def find_lower_surname_and_kin(doc: Doc) -> Iterator[Finding]:
    """Lower-case names given as a surname, and in a casual post after a kin word."""
    text = doc.text
    if "name" in text and any(hint in text for hint in _SURNAME_HINTS):
        for m in _SURNAME_CUE_RE.finditer(text):
            for group in (1, 2):
                word = m.group(group)
                if word and (word in SURNAMES or lower_word_can_be_a_name(word)):
                    yield Finding.of("person_name", m.start(group), m.end(group))
    if not doc.casual:
        return
    for hint in _LOWER_KIN_HINTS:
        found = text.find(hint)
        while found >= 0:
            kin = _LOWER_KIN_RE.match(text, found)
            found = text.find(hint, found + 1)
            if not kin:
                continue
            word = kin.group(1)
            if lower_word_can_be_a_name(word) or (
                word in _LOWER_NAME_WORDS and word not in NEVER and word not in LOWER_STOP
            ):
                yield Finding.of("person_name", kin.start(1), kin.end(1))
