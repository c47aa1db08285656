"""What around a capitalised word makes it a person: the cue families read in order, cheapest first.

Kinship and address ("auntie Precious"), a greeting or thanks ("Hi Destiny,", "thanks
to Hope"), apposition ("The youngest, Summer, is 4"), brackets ("Rose (our foster
daughter)"), a vocative ("Hodan, if you're on here"), a possessive with a relative
("Jayden's mum"), a surname or a paired first name after it, a personal predicate with
an agreeing pronoun ("Summer has settled ... her"), and a cue before it ("my client").
"""

import re

from forum.confidentiality.lexicons import alternation, load_words
from forum.confidentiality.text import LOWER, NEXT_WORD_RE, UPPER, previous_word, sentence_initial

from .kinship import (
    PERSON_BEFORE_BRACKET_RE,
    PERSON_IN_BRACKETS_AFTER_RE,
    POSSESSIVE_ANY_RE,
    POSSESSIVE_PERSON_RE,
    after_kin_word,
    cued_by_words_before,
)
from .words import (
    ALL_FIRST,
    COMMON,
    GIVEN,
    NOT_PEOPLE,
    PLACES,
    VERBS,
    Sort,
    classify,
    surname_like,
)

_GREETINGS = load_words("greetings.txt")
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
# A word-name between commas after a child noun: "one of the children, Destiny, because
# she's", "The youngest, Summer, is 4".
_APPOSITION_BEFORE_RE = re.compile(rf"(?i:\b(?:{alternation('child_nouns.txt')}),\s+$)")


def _person_context(text: str, sort: Sort, start: int, end: int) -> bool:
    """Contexts that make any capitalised word that is not an ordinary word a person.

    Cheap character checks come first, so most words pass by without a regex call.
    """
    before = text[start - 1 : start]
    if before == " ":
        if after_kin_word(text, start):
            return True
        if text.startswith((",", "!"), end) and previous_word(text, start) in _GREETINGS:
            return text[start:end].lower() not in NOT_PEOPLE  # "Hi Destiny,"
        if text.endswith("to ", max(0, start - 3), start) and _THANKS_BEFORE_RE.search(
            text, max(0, start - 40), start
        ):  # "thanks to Hope", not "thanks to Covid"
            return not (
                sort in (Sort.UNKNOWN, Sort.SURNAME) and text[start:end].lower() in NOT_PEOPLE
            )
        if text.endswith(", ", max(0, start - 2), start) and _APPOSITION_BEFORE_RE.search(
            text, max(0, start - 30), start
        ):
            return text.startswith((",", " (", "("), end)
    elif (
        before == "("
        and text.startswith(")", end)
        and PERSON_BEFORE_BRACKET_RE.search(text, max(0, start - 30), start)
    ):
        return True
    if text.startswith((" (", "("), end) and PERSON_IN_BRACKETS_AFTER_RE.match(text, end):
        return True
    if text.startswith((",", " if", " it"), end) and sentence_initial(text, start):
        lower = text[start:end].lower()
        if sort in (Sort.UNKNOWN, Sort.SURNAME) and lower in NOT_PEOPLE:
            return False
        if lower in COMMON and not (lower in GIVEN and text.startswith(",", end)):
            return False  # "So if you're a worker", but "Hope, if you're on here"
        return bool(_VOCATIVE_AFTER_RE.match(text, end))
    return False


def named_in_context(
    text: str, sort: Sort, start: int, end: int, following: list[re.Match[str]]
) -> bool:
    """Whether the context makes a word that is not plainly a first name a name.

    The cheap tests run first and the costly look back for a cue last, since most
    capitalised words are settled before it is needed.
    """
    if _person_context(text, sort, start, end):
        return True
    if sort in (Sort.WEAK, Sort.STRONG):
        owns_relative = bool(POSSESSIVE_ANY_RE.match(text, end))
    else:
        owns_relative = bool(POSSESSIVE_PERSON_RE.match(text, end))
    if owns_relative:
        return True
    if sort is Sort.WEAK:
        if not sentence_initial(text, start):
            return not _after_place_name(text, start)
        if _followed_like_a_name(text, end, following) and not _place_then_copula(text, start, end):
            return True
    elif sort is Sort.STRONG and (
        _strong_surname_follows(text, start, following) or _paired_with_first_name(text, end)
    ):
        return True
    if text[start:end].lower() in GIVEN and (
        _given_word_is_a_person(text, start, end) or _paired_after_first_name(text, start)
    ):
        return True
    return cued_by_words_before(text, start)


# A word that is also a given name ("Precious", "Summer", "Grace", "Will") is a person
# as the subject of a personal predicate with an agreeing pronoun close after ("Summer
# has settled well at her new school"), after a verb or preposition that takes a person
# ("our placement with Grace", "I told Will"), or before "and her"/"and his".
_PERSONAL_PREDICATE_RE = re.compile(
    r"\s+(?:(?:has|had)\s+(?:been\s+(?:with|placed|living|staying|missing|excluded|moved|told|asked|"
    r"doing|struggling|settling|refusing|coming|going|seen|back)|settled|started|moved|gone|come|told|"
    r"asked|said|turned|arrived|left|refused|disclosed|finally|always|never|just|now|got|made|been\s+in\s+care)"
    r"|(?:is|was)\s+(?:(?:really|so|also|just|still|now)\s+)?(?:now|back|still|settling|doing|refusing|living|staying|struggling|thriving|loving|"
    r"finally|placed|excluded|missing|moving|starting|going\s+to\s+(?:school|college|contact|live)|"
    r"\d{1,2}\b)"
    r"|says|said|told|asked|wants|wanted|keeps|kept|started|moved|turned|settled|loves|loved|hates|"
    r"hated|refused|disclosed|arrived|lives|lived|rang|texted|cried|screamed|ran|came|went|likes|liked|"
    r"got|gets|passed|failed|finished|messaged|phoned|(?:has|had)\s+been\s+(?:offered|accepted|given|awarded)|"
    r"needs|needed|thinks|thought|tells|asks|seems|seemed|feels|felt|won['’]t|doesn['’]t|didn['’]t|"
    r"can['’]t|isn['’]t|wasn['’]t|goes|attends|attended|stays|stayed)\b"
)
# Predicates only a person takes, with no pronoun needed after: "Destiny kicked off at
# tea", "Hope has been self-harming again", "Chance got excluded", "Precious is doing
# well at nursery" (but not "Hope is a good thing", "Summer is coming").
_PERSON_ONLY_PREDICATE_RE = re.compile(
    r"\s+(?:(?:has|had)\s+(?:been\s+)?|(?:is|was)\s+(?:(?:really|so|still|now|also)\s+)?)?"
    r"(?:kick(?:ed|ing|s)\s+off|self-harm(?:ed|ing|s)?|cried|crying|screamed|screaming|swore|swearing|"
    r"punched|absconded|absconding|disclosed|disclosing|smok(?:ed|ing)\s+(?:weed|cannabis|in)|"
    r"(?:got|been|was|gets|is\s+being)\s+(?:excluded|suspended|expelled|arrested|cautioned|charged|"
    r"bullied|groomed)|went\s+missing|gone\s+missing|ran\s+away|run\s+away|running\s+away|"
    r"texted|rang(?!\s+(?:true|hollow|a\s+bell))|phoned|messaged|won['’]t\s+(?:talk|speak|eat|engage|come|go)|"
    r"doing\s+(?:well|brilliantly|great|amazingly|so\s+well)\s+(?:at|in|with|since)|"
    r"struggling\s+(?:at|in|with|since)|turned\s+\d{1,2})\b"
)
_PRONOUN_RE = re.compile(r"(?i:\b(?:she|he|her|his|him|herself|himself)\b)")
_PRONOUN_REACH = 150
_TAKES_A_PERSON_RE = re.compile(
    r"(?i:\b(?:(?:placement|placed|lives|living|lived|stays|staying|stayed|contact|time|session|sessions|"
    r"visit|visits|working|worked|meeting|met|chat|spoke|talked|keyworking|home)\s+with|"
    r"told|asked|visited|saw|met|rang|phoned|texted|messaged|hugged|collected|thanked|fostered|adopted|"
    r"introduced|reassured|picked\s+up|dropped\s+off|looked\s+after|caring\s+for|care\s+of|"
    r"taught|teaching|(?:to|go|went|going|came|come)\s+(?:and\s+)?see|visiting|supporting|supported|"
    r"hugged|cuddled|praised|reminded|encouraged|helped|helping|took|taking|drove|driving|"
    r"picked|picking|dropped|dropping|fetched|collect|collecting|(?:worried|concerned)\s+about|"
    r"proud\s+of)\s+$)"
)
_TITLE_NEXT_RE = re.compile(rf" [{UPPER}]")
_AND_KIN_RE = re.compile(r"\s+and\s+(?:her|his)\s")


def personal_after(text: str, end: int) -> bool:
    """A personal verb next and a he/she pronoun soon after: the words before are a person."""
    next_word = NEXT_WORD_RE.match(text, end)
    return bool(
        next_word
        and next_word.group(1).lower() in VERBS
        and _PRONOUN_RE.search(text, end, end + _PRONOUN_REACH)
    )


def _given_word_is_a_person(text: str, start: int, end: int) -> bool:
    """Whether the context makes a given name that is also a word a person (see above)."""
    if _AND_KIN_RE.match(text, end) or _PERSON_ONLY_PREDICATE_RE.match(text, end):
        return True
    if _PERSONAL_PREDICATE_RE.match(text, end) and _PRONOUN_RE.search(
        text, end, end + _PRONOUN_REACH
    ):
        return True
    return (
        not sentence_initial(text, start)
        and not _TITLE_NEXT_RE.match(text, end)  # "to see Summer Holiday": a title
        and bool(_TAKES_A_PERSON_RE.search(text, max(0, start - 30), start))
    )


def _after_place_name(text: str, start: int) -> bool:
    """A place's name just before, making the word part of a place: "Westminster Abbey"."""
    if text[start - 1 : start] != " " or not text[start - 2 : start - 1].isalpha():
        return False
    before = previous_word(text, start)
    return (
        before in PLACES
        and before not in ALL_FIRST
        and text[start - 1 - len(before) : start - len(before)].isupper()
    )


_COPULA_RE = re.compile(r"\s+(?:is|was)\s+(?:a|an|the|such|so|very|too|quite)\b")


def _place_then_copula(text: str, start: int, end: int) -> bool:
    """A word that is also a place, then "is a", "was the": "Jordan is a long way"."""
    return text[start:end].lower() in NOT_PEOPLE and bool(_COPULA_RE.match(text, end))


_PAIRED_RE = re.compile(rf"\s+(?:and|&)\s+([{UPPER}][{LOWER}]+)\b")


def _followed_like_a_name(text: str, end: int, following: list[re.Match[str]]) -> bool:
    """A verb ("Holly said"), a paired name ("Jack and Ethan") or a surname comes next."""
    next_word = NEXT_WORD_RE.match(text, end)
    if next_word and next_word.group(1).lower() in VERBS:
        return True
    paired = _PAIRED_RE.match(text, end)
    if paired and classify(paired.group(1)) in (Sort.FIRST, Sort.WEAK):
        return True
    return bool(following) and surname_like(following[0].group(), classify(following[0].group()))


_PAIRED_BEFORE_RE = re.compile(rf"\b([{UPPER}][{LOWER}]+)\s+(?:and|&)\s+$")


def _paired_after_first_name(text: str, start: int) -> bool:
    """A given word-name after a plain first name and "and": "thanks to Joanne and Mo"."""
    if not text.endswith(("and ", "& "), max(0, start - 4), start):
        return False
    paired = _PAIRED_BEFORE_RE.search(text, max(0, start - 30), start)
    return paired is not None and classify(paired.group(1)) is Sort.FIRST


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
    if not surname_like(following[0].group(), next_sort):
        return False
    return next_sort in (Sort.SURNAME, Sort.COMMON) or (
        next_sort is Sort.UNKNOWN and not sentence_initial(text, start)
    )
