"""Text primitives every detector shares: word shapes, case folding, searching only where a match can start.

The guard runs on every save and on bulk re-scans, so the detectors avoid trying an
expression at every offset: they find the few places a match could begin (a capital, a
digit, a keyword) with fast string operations, then try the expression only there.
"""

import re
from collections.abc import Iterable, Iterator

# Any lower-case letter, accented or not ("Ionuț", "Ciarán"): a letter that is not an
# ASCII or Latin-1 capital. Capitals beyond Latin-1 may start a word (Ł, Ś, Ș, Ž); the
# matched word's first character is then checked with ``str.isupper``.
LOWER = r"^\W\d_A-ZÀ-ÖØ-Þ"
UPPER = r"A-ZÀ-ÖØ-ÞĀ-ɏ"
# A capitalised word, optionally "O'"-prefixed; the lookbehinds come after the first
# capital so that the regex engine can skip straight from capital to capital. A quote
# may open it ("'Bev is the best'"), an apostrophe inside a word may not ("don'T").
CAPITALISED_WORD_RE = re.compile(
    rf"[{UPPER}](?<![\w@.-].)(?<!\w['’].)(?:(?<=[A-Z])['’][{UPPER}])?[{LOWER}]+(?:[A-Z][{LOWER}]+)?(?:-[{UPPER}][{LOWER}]+)?(?![\w@])"
)
# A capitalised word as it appears in place and institution names ("St", "Mary's",
# "O'Neill", "Alder", "Hey"); apostrophes may be straight or curly.
_LO = r"[^\W\d_A-ZÀ-ÖØ-Þ]"  # any lower-case letter, accented or not
NAME_WORD = (
    rf"(?:[A-Z]['’])?[A-ZÀ-ÖØ-Þ]{_LO}+(?:[A-Z]{_LO}+)?(?:-[A-Z]{_LO}+)?(?:['’]s|(?<=s)['’])?"
)
# The first digit of a number: where numbered dates and addresses start.
NUMBER_START_RE = re.compile(r"\d(?<!\d\d)")
NEXT_WORD_RE = re.compile(r"\s+([\w'’]+)")
# What can stand before a sentence: its start, a full stop, a line break, a bullet.
_SENTENCE_BREAK = frozenset('.!?:;\n\r"“”(*#>•-–—|[')

# The characters outside A-Z that case-insensitive expressions match to an ASCII
# letter (dotted and dotless i, long s, the Kelvin sign). Folding them first makes
# ``lower()`` map every such match to the plain lower-case keyword, one for one.
_REGEX_CASE_FOLDS = (("İ", "i"), ("ı", "i"), ("ſ", "s"), ("K", "k"))


def fold(text: str) -> str:
    """Lower-case ``text`` as ``re.IGNORECASE`` compares ASCII keywords, keeping every offset.

    A keyword that an ``(?i)`` expression matches at some offset of ``text`` appears,
    lower-cased, at the same offset of ``fold(text)``, so a plain and fast search of the
    folded text can find the only places such an expression could match.
    """
    for special, plain in _REGEX_CASE_FOLDS:
        if special in text:  # rare; str.translate would be slower on every post
            text = text.replace(special, plain)
    return text.lower()


# Word characters of ASCII kept, all else a space: applied to a post's ASCII form (one
# "?" for each other character), every word start then follows a space, so a plain
# ``bytes.find`` of " " plus a keyword lands only on word starts (and a few places after
# a non-ASCII letter, which the exact test then drops).
_WORD_BYTES = bytes.maketrans(
    bytes(range(256)),
    bytes(c if chr(c).isascii() and (chr(c).isalnum() or c == 95) else 32 for c in range(256)),
)


def spaced_bytes(text: str) -> bytes:
    """``text`` as ``_WORD_BYTES`` leaves it, after one space: offsets shifted by one."""
    return b" " + text.encode("ascii", "replace").translate(_WORD_BYTES)


class Keywords:
    """Lower-case keywords that open a cue, prepared once for ``Doc.word_starts``.

    Each is kept with its length and its ``spaced_bytes`` form, which a fast
    ``bytes.find`` in a post's ``spaced_bytes`` finds only where a word starts.
    """

    __slots__ = ("needles",)

    def __init__(self, keywords: Iterable[str]) -> None:
        self.needles = tuple((k, len(k), spaced_bytes(k)) for k in keywords)


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying only ``starts`` (ascending) as start positions.

    Exactly the same matches whenever every match of ``pattern`` begins at one of
    ``starts``: finditer would only fail at the other positions, and skipping starts
    inside a previous match keeps its non-overlapping order.
    """
    resume = 0
    for start in starts:
        if start >= resume and (match := pattern.match(text, start)):
            yield match
            resume = match.end()


def sentence_initial(text: str, start: int) -> bool:
    """Whether only spaces and opening quotes stand between a sentence break and ``start``."""
    i = start - 1
    while i >= 0 and text[i] in " \t'‘":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_BREAK


def previous_word(text: str, start: int) -> str:
    """The lower-cased word that ends one space before ``start`` (up to 12 characters)."""
    space = text.rfind(" ", max(0, start - 14), start - 1)
    return text[space + 1 if space >= 0 else max(0, start - 14) : start - 1].lower()


def is_word_edge(char: str) -> bool:
    """Whether ``char`` is a word character (as ``\\w`` matches), apostrophe or hyphen."""
    return char.isalnum() or char in "_'’-"
