"""A post as the detectors read it: built once per text, then passed to every detector.

Several detectors need the same derived views of a post (its folded form, its
capitalised words, whether it is written casually, the allow-listed phrases); building
them here once keeps each detector small and the whole scan fast.
"""

import re

from .allowed import allowed_spans
from .text import CAPITALISED_WORD_RE, Keywords, fold, spaced_bytes

_DIGIT_RE = re.compile(r"\d")
# NI numbers, registrations, outward codes and coded references all have a capital just
# before a digit (at most a space, "/" or "-" between), which prose almost never has.
_CODE_HINT_RE = re.compile(r"[A-Z][ /-]?\d")
# A post written in lower case: a sentence, or the pronoun "i", not capitalised. Two
# expressions, each led by a character class or a literal so that the engine can skip
# ahead; one alternation would be tried at every position.
_CASUAL_RE = re.compile(r"[.!?\n]\s*[a-z]")
_CASUAL_I_RE = re.compile(r" i[\s'’]")


class Doc:
    """One post and the views of it that more than one detector reads; read, never changed."""

    __slots__ = (
        "allowed",
        "casual",
        "folded",
        "has_code",
        "has_digit",
        "spaced",
        "text",
        "word_texts",
        "words",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        # ``fold(text)``: the same offsets, lower case as ``(?i)`` compares.
        self.folded = fold(text)
        # ``spaced_bytes(folded)``: where keywords may start a word.
        self.spaced = spaced_bytes(self.folded)
        # Every number, code, date and phone has a digit; most posts have none.
        self.has_digit = bool(_DIGIT_RE.search(text))
        # A capital just before a digit: a code-like identifier may be here.
        self.has_code = self.has_digit and bool(_CODE_HINT_RE.search(text))
        self.words = list(CAPITALISED_WORD_RE.finditer(text))
        self.word_texts = [word.group() for word in self.words]
        # Written in lower case, where names may be lower case too.
        self.casual = (
            text[:1].islower() or bool(_CASUAL_RE.search(text)) or bool(_CASUAL_I_RE.search(text))
        )
        # Allow-listed phrases: nothing inside one is a person.
        self.allowed = allowed_spans(text, self.words, self.word_texts)

    def word_starts(self, keywords: Keywords) -> list[int]:
        """Where a case-insensitive keyword starts a word: the only places a cue can begin.

        The same offsets as ``re.finditer(rf"{re.escape(k)}(?<!\\w{re.escape(k)})", folded)``
        for each keyword: a fast ``bytes.find`` proposes each, an exact test confirms it.
        """
        folded, spaced = self.folded, self.spaced
        starts: set[int] = set()
        for keyword, length, needle in keywords.needles:
            found = spaced.find(needle)
            while found >= 0:  # ``found`` in ``spaced`` is the keyword's offset in ``folded``
                if folded.startswith(keyword, found) and not (
                    found and ((before := folded[found - 1]).isalnum() or before == "_")
                ):
                    starts.add(found)
                    found = spaced.find(needle, found + length)
                else:
                    found = spaced.find(needle, found + 1)
        return sorted(starts)

    def is_allowed(self, start: int, end: int) -> bool:
        """Whether the span overlaps an allow-listed phrase."""
        return bool(self.allowed) and any(a < end and start < b for a, b in self.allowed)
