"""Social media handles: "@name", a word with an underscore, usernames thanked or posting, near a platform.

Prose has no underscores, so "jo_sw_manc" is a username anywhere. Any other bare word
counts only where it is shaped like a username and either a platform has just been
named ("on snap, kayz2009"), it stands in a list of thanks ("Thanks to careleaverlife
and ..."), or it heads a comment or a link ("Posted by tinyteacups88 on"), so "on
Snapchat a lot" is left alone.
"""

import re
from collections.abc import Iterator

from .doc import Doc
from .finding import Finding
from .lexicons import alternation, load_list, load_words
from .people.words import ALL_FIRST, COMMON, NOT_PEOPLE, SURNAMES, inflected_word
from .text import Keywords, matches_at

_AT_HANDLE_RE = re.compile(r"@(?<![\w@.]@)[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")
_PLATFORMS = Keywords(load_list("platform_words.txt"))
_CUED_HANDLE_RE = re.compile(
    r"(?=[iIsStTfFdDkKyYuUgGhH])"
    rf"(?i:\b(?:{alternation('platform_names.txt')})\b"
    r"(?:\s+(?:handle|username|name|account|channel|page|profile|tag|id|is|was|called|as))*"
    r"\s*[:=-]?\s*)"
    r"((?=[A-Za-z0-9_.]*[0-9_.][A-Za-z0-9_.]*\b)[A-Za-z][A-Za-z0-9_.]{2,29}(?<!\.))"
)
# A word shaped like a username, nowhere near a cue word: an underscore inside it, or
# letters run straight into two or more digits ("tee_mula07", "kayz2009").
# Near a platform a dot inside letters counts too ("shxnnn.x", "kayla.xo_"), and a
# handle may end in "_"; web addresses and file names are left to ``_NOT_HANDLE_ENDS``.
_USERNAME_RE = re.compile(
    r"(?<![\w@./-])(?=[A-Za-z0-9._]*[A-Za-z])"
    r"(?:[A-Za-z0-9.]*_[A-Za-z0-9_.]*[A-Za-z0-9_]|[A-Za-z][A-Za-z.]{2,}\d{2,}[A-Za-z0-9_]*"
    r"|[A-Za-z][A-Za-z0-9]+(?:\.[a-z0-9]+)+_?)(?![\w@/-]|\.\w)"
)
_NOT_HANDLE_ENDS = tuple(load_list("web_and_file_endings.txt"))
_NOT_USERNAMES = load_words("not_usernames.txt")
# How far after a platform's name a username may follow ("on snap. One of them, tee_mula07").
_HANDLE_REACH = 160
# A word with an underscore inside, anywhere: only usernames are written so.
_UNDERSCORED_RE = re.compile(
    r"(?<![\w@./-])[A-Za-z0-9][A-Za-z0-9.]*_[A-Za-z0-9_.]*[A-Za-z0-9_](?![\w@/-]|\.\w)"
)
# Thanks, a shout-out or a hat tip, then a list: "Thanks to", "h/t", "shout out to". The
# words are also plain substring tests that most posts fail quickly.
_THANKS_WORDS = ("thank", "shout", "h/t", "hat tip", "hat-tip", "hattip", "cheers")
_THANKS_CUES = Keywords(["thank", "shout", "h/t", "hat", "cheers"])
_THANKS_RE = re.compile(
    r"(?i:(?:thanks|thank\s+(?:you|u)|shout\s*-?\s*outs?|hat[ -]?tip|h/t|cheers)"
    r"(?:\s+(?:so\s+much|again|also|especially))?(?:\s+to)?[:,]?\s+)"
)
# One member of a list and what joins it to the next: "jo_sw_manc, ", "careleaverlife and ".
_LIST_MEMBER_RE = re.compile(
    r"@?(\w+(?:\.\w+)*)((?:,\s+(?:and\s+|&\s+)?|\s+(?:and|&)\s+)(?=@?\w))?"
)

# Who posted, commented or replied: "Posted by tinyteacups88 on", "Comment by
# BrightSparkSW:", "from user northernfosterer", "replying to dadof3boys", and a quoted
# title before "by" in a list of links.
_POSTER_CUES = Keywords(
    ("posted", "comment", "repl", "responding", "written", "shared", "started", "submitted",
     "uploaded", "user")
)  # fmt: skip
_QUOTED_BY_RE = re.compile(r"['’”\"](?=\s+by\s)")
_POSTER_RE = re.compile(
    r"(?i:(?:(?:posted|commented|comment|reply|replied|written|shared|started|submitted|uploaded)"
    r"(?:\s+(?:originally|first|here|earlier|today|yesterday))?\s+by"
    r"|(?:comment|reply)\s+from(?:\s+user(?:name)?)?"
    r"|(?:reply|replying|responding)\s+to|user(?:name)?|['’”\"]\s+by)\s*:?\s+)"
    r"@?([A-Za-z][A-Za-z0-9_.]{2,29})(?![\w@'’-])"
)


def _words_run_together(token: str) -> bool:
    """Only dots join ordinary words: a missing space ("snap.he"), not a username."""
    if "_" in token or any(c.isdigit() for c in token):
        return False
    return all(part.lower() in COMMON for part in token.split("."))


def _username(token: str) -> bool:
    """A word shaped like a username and no web address, file name, product or word."""
    return (
        token.rstrip("0123456789").lower() not in _NOT_USERNAMES
        and not token.lower().endswith(_NOT_HANDLE_ENDS)
        and sum(c.isalnum() for c in token) >= 4
        and not _words_run_together(token)
    )


def find_handles(doc: Doc) -> Iterator[Finding]:
    """@handles, usernames with an underscore, usernames thanked, and platform usernames."""
    text = doc.text
    if "@" in text:
        for m in _AT_HANDLE_RE.finditer(text):
            yield Finding.of("handle", m.start(), m.end())
    if "_" in text:  # prose has no underscores; usernames do ("jo_sw_manc")
        for m in _UNDERSCORED_RE.finditer(text):
            if _username(m.group()):
                yield Finding.of("handle", m.start(), m.end())
    yield from _thanked_usernames(doc)
    yield from _posters_usernames(doc)
    platforms = doc.word_starts(_PLATFORMS)
    for m in matches_at(_CUED_HANDLE_RE, text, platforms):
        yield Finding.of("handle", m.start(1), m.end(1))
    if not platforms:
        return
    searched = 0
    for platform in platforms:
        reach = platform + _HANDLE_REACH
        for m in _USERNAME_RE.finditer(text, max(searched, platform + 1), reach + 40):
            if m.start() < reach and _username(m.group()):
                yield Finding.of("handle", m.start(), m.end())
        searched = reach


def _thanked_usernames(doc: Doc) -> Iterator[Finding]:
    """Usernames in a list after thanks or a hat tip: "Thanks to jo_sw_manc, careleaverlife and".

    A member counts if shaped like a username: an underscore or digits, capitals inside
    after the first word ("FosterDadUK"), or one lower-case word that is no English word
    and no name ("careleaverlife").
    """
    if not any(word in doc.folded for word in _THANKS_WORDS):  # most posts: a quick no
        return
    text = doc.text
    for cue in doc.word_starts(_THANKS_CUES):
        opening = _THANKS_RE.match(text, cue)
        if not opening:
            continue
        pos = opening.end()
        while member := _LIST_MEMBER_RE.match(text, pos):
            token = member.group(1)
            if _thanked_username(token):
                yield Finding.of("handle", member.start(1), member.end(1))
            if not member.group(2):
                break  # the last member of the list
            pos = member.end()


def _posters_usernames(doc: Doc) -> Iterator[Finding]:
    """Who posted or replied, in a comment thread or a list of links: "Posted by kayz2009 on".

    The word must be shaped like a username, as a thanked one must (``_thanked_username``):
    "Posted by Sandra" and "replying to the point" are left to the other detectors.
    """
    text = doc.text
    starts = doc.word_starts(_POSTER_CUES)
    if "by" in doc.folded:  # "'Fees explained' by kinshipnana": a link and its poster
        starts += [m.start() for m in _QUOTED_BY_RE.finditer(text)]
        starts.sort()
    for m in matches_at(_POSTER_RE, text, starts):
        if _thanked_username(m.group(1).rstrip(".")):
            yield Finding.of("handle", m.start(1), m.start(1) + len(m.group(1).rstrip(".")))


def _thanked_username(token: str) -> bool:
    if not token.isascii():
        return False
    if any(c.isdigit() for c in token) or "_" in token:
        return token[0].isalpha() and _username(token)
    lower = token.lower()
    known = lower in COMMON or lower in ALL_FIRST or lower in SURNAMES or lower in NOT_PEOPLE
    if token.islower():  # "careleaverlife"
        return len(token) >= 6 and not known and not inflected_word(lower)
    # "FosterDadUK", "MancSW", not "NSPCC" or "CaringDad"
    return sum(c.isupper() for c in token[1:]) >= 2 and not token.isupper() and not known
