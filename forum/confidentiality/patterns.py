"""Detectors for identifiers with a recognisable shape: numbers, codes, dates, addresses.

Each detector yields ``(start, end, kind)`` candidates; overlaps are settled later in
``guard``. Every expression is compiled once, at import, because the guard runs on
every save and on bulk re-scans. For speed, expressions begin with a plain character
class where they can (a lookbehind then follows the first character), which lets the
regex engine skip ahead instead of trying every position; and each detector first
checks cheaply for something every match must contain (a digit after a capital, an
"@", a month's name), so most posts skip most expressions.
"""

import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

import phonenumbers

from .lexicons import fold, load_words, matches_at

Candidate = tuple[int, int, str]

# A capitalised word as it appears in place and institution names ("St", "Mary's",
# "O'Neill", "Alder", "Hey"); apostrophes may be straight or curly.
_LO = r"[^\W\d_A-ZÀ-ÖØ-Þ]"  # any lower-case letter, accented or not
_CAP = rf"(?:[A-Z]['’])?[A-ZÀ-ÖØ-Þ]{_LO}+(?:[A-Z]{_LO}+)?(?:-[A-Z]{_LO}+)?(?:['’]s|(?<=s)['’])?"

_WORD_CHAR_RE = re.compile(r"\w")
# NI numbers, registrations, outward codes and coded references all have a capital just
# before a digit (at most a space, "/" or "-" between), which prose almost never has.
_CODE_HINT_RE = re.compile(r"[A-Z][ /-]?\d")


@lru_cache(maxsize=1)  # four detectors ask in turn about the same post
def _has_code(text: str) -> bool:
    """Whether a capital stands just before a digit anywhere (see ``_CODE_HINT_RE``)."""
    return bool(_CODE_HINT_RE.search(text))


# Word characters of ASCII kept, all else a space: applied to a post's ASCII form (one
# "?" for each other character), every word start then follows a space, so a plain
# ``bytes.find`` of " " plus a keyword lands only on word starts (and a few places after
# a non-ASCII letter, which the exact test then drops).
_WORD_BYTES = bytes.maketrans(
    bytes(range(256)),
    bytes(c if chr(c).isascii() and (chr(c).isalnum() or c == 95) else 32 for c in range(256)),
)


def _spaced_bytes(text: str) -> bytes:
    return b" " + text.encode("ascii", "replace").translate(_WORD_BYTES)


@lru_cache(maxsize=1)  # several detectors look for keywords in the same post
def _spaced(folded: str) -> bytes:
    """``folded`` as ``_WORD_BYTES`` leaves it, after one space: offsets shifted by one."""
    return _spaced_bytes(folded)


@lru_cache(maxsize=16)
def _keyword_needles(keywords: tuple[str, ...]) -> tuple[tuple[str, int, bytes], ...]:
    """Each keyword with its length and what ``_spaced`` shows before and of it."""
    return tuple((k, len(k), _spaced_bytes(k)) for k in keywords)


def word_starts(keywords: tuple[str, ...], text: str) -> list[int]:
    """Where a case-insensitive keyword starts a word: the only places a cue can begin.

    The same offsets as ``re.finditer(rf"{re.escape(k)}(?<!\\w{re.escape(k)})", fold(text))``
    for each keyword: a fast ``bytes.find`` proposes each, an exact test confirms it.
    """
    folded = fold(text)
    spaced = _spaced(folded)
    starts: set[int] = set()
    for keyword, length, needle in _keyword_needles(keywords):
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


# --- NHS numbers -------------------------------------------------------------------

_NHS_RE = re.compile(r"(\d\d\d)(?<![\d+]\d\d\d)([ -]?)(\d{3})\2(\d{4})(?![\d])")


def nhs_checksum_ok(digits: str) -> bool:
    """Apply the NHS Modulus 11 check: weights 10..2, check digit 11 - remainder."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def find_nhs_numbers(text: str) -> Iterator[Candidate]:
    """NHS numbers: ten digits, optionally 3-3-4, with a valid checksum."""
    for m in _NHS_RE.finditer(text):
        digits = m.group(1) + m.group(3) + m.group(4)
        # An unspaced run starting 0 is far more likely a phone number.
        if digits.startswith("0") and not m.group(2):
            continue
        if nhs_checksum_ok(digits):
            yield m.start(), m.end(), "nhs_number"


# --- National Insurance numbers ----------------------------------------------------

# HMRC rules: first letter not D F I Q U V; second not D F I O Q U V; prefixes BG GB
# KN NK NT TN ZZ never issued; six digits; suffix A-D (often left off).
_NI_RE = re.compile(
    r"[A-CEGHJ-PR-TW-Z](?<![A-Za-z0-9].)[A-CEGHJ-NPR-TW-Z](?<!BG|GB|KN|NK|NT|TN|ZZ)"
    r" ?\d{2} ?\d{2} ?\d{2}(?: ?[A-D])?(?![A-Za-z0-9])"
)


# Written all in lower case ("wr112233c") the format is still distinctive, but only
# with its suffix letter, so "ab123456" and the like are left alone.
_NI_LOWER_RE = re.compile(
    r"[a-ceghj-pr-tw-z](?<![A-Za-z0-9].)[a-ceghj-npr-tw-z](?<!bg|gb|kn|nk|nt|tn|zz)"
    r" ?\d{2} ?\d{2} ?\d{2} ?[a-d](?![A-Za-z0-9])"
)
# Six digits, perhaps in pairs: in every NI number and in few other things.
_SIX_DIGITS_RE = re.compile(r"\d\d ?\d\d ?\d\d")
# Where a lower-case NI number's digits start: after a lower-case letter, perhaps a space.
_NI_LOWER_DIGITS_RE = re.compile(
    r"\d(?:(?<=[a-z]\d)|(?<=[a-z] \d))\d ?\d\d ?\d\d ?[a-d](?![A-Za-z0-9])"
)


def find_ni_numbers(text: str) -> Iterator[Candidate]:
    """UK National Insurance numbers in the official format, in either case."""
    if not _SIX_DIGITS_RE.search(text):
        return
    if _has_code(text):
        for m in _NI_RE.finditer(text):
            yield m.start(), m.end(), "ni_number"
    for digits in _NI_LOWER_DIGITS_RE.finditer(text):
        letters = digits.start() - (3 if text[digits.start() - 1] == " " else 2)
        if letters >= 0 and (lower := _NI_LOWER_RE.match(text, letters)):
            yield lower.start(), lower.end(), "ni_number"


# --- Postcodes ---------------------------------------------------------------------

_OUTWARD = r"(?:[A-PR-UWYZ][0-9][0-9A-HJKPSTUW]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)"
_INWARD = r"[0-9][ABD-HJLNP-UW-Z]{2}"
_POSTCODE_RE = re.compile(
    rf"(?<![A-Za-z0-9])(?:{_OUTWARD} ?{_INWARD}|GIR ?0AA)(?![A-Za-z0-9])", re.IGNORECASE
)

# The 121 postcode areas: an outward code alone ("lives in B23") counts only for a
# real area and only with a locating cue, since "M6", "A1" and "B12" mean other things.
_AREAS = [
    "AB",
    "AL",
    "B",
    "BA",
    "BB",
    "BD",
    "BH",
    "BL",
    "BN",
    "BR",
    "BS",
    "BT",
    "CA",
    "CB",
    "CF",
    "CH",
    "CM",
    "CO",
    "CR",
    "CT",
    "CV",
    "CW",
    "DA",
    "DD",
    "DE",
    "DG",
    "DH",
    "DL",
    "DN",
    "DT",
    "DY",
    "E",
    "EC",
    "EH",
    "EN",
    "EX",
    "FK",
    "FY",
    "G",
    "GL",
    "GU",
    "GY",
    "HA",
    "HD",
    "HG",
    "HP",
    "HR",
    "HS",
    "HU",
    "HX",
    "IG",
    "IM",
    "IP",
    "IV",
    "JE",
    "KA",
    "KT",
    "KW",
    "KY",
    "L",
    "LA",
    "LD",
    "LE",
    "LL",
    "LN",
    "LS",
    "LU",
    "M",
    "ME",
    "MK",
    "ML",
    "N",
    "NE",
    "NG",
    "NN",
    "NP",
    "NR",
    "NW",
    "OL",
    "OX",
    "PA",
    "PE",
    "PH",
    "PL",
    "PO",
    "PR",
    "RG",
    "RH",
    "RM",
    "S",
    "SA",
    "SE",
    "SG",
    "SK",
    "SL",
    "SM",
    "SN",
    "SO",
    "SP",
    "SR",
    "SS",
    "ST",
    "SW",
    "SY",
    "TA",
    "TD",
    "TF",
    "TN",
    "TQ",
    "TR",
    "TS",
    "TW",
    "UB",
    "W",
    "WA",
    "WC",
    "WD",
    "WF",
    "WN",
    "WR",
    "WS",
    "WV",
    "YO",
    "ZE",
]
_AREA_ALT = "|".join(sorted(_AREAS, key=len, reverse=True))
_OUTWARD_CUE_RE = re.compile(  # led by the cues' first letters (see the module docstring)
    rf"(?=[ianfpmt])(?:(?:\b(?:in|around|near|from|postcode|post code|moved to)\s+(?:the\s+)?)"
    rf"((?:{_AREA_ALT})[0-9][0-9A-Z]?)(?![A-Za-z0-9])"
    rf"|\bthe\s+((?:{_AREA_ALT})[0-9][0-9A-Z]?)\s+(?:area|postcode)\b)"
)


# A road, not a postcode: a motorway junction or a direction after the code, or a
# junction before it.
_MOTORWAY_AFTER_RE = re.compile(
    r"(?i:\s*(?:j|jct|junction)\s*\d|\s+(?:motorway|services|toll|northbound|southbound|"
    r"eastbound|westbound|corridor|roadworks|traffic|link\s+road))"
)
_MOTORWAY_BEFORE_RE = re.compile(
    r"(?i:\b(?:j|jct|junction)\s*\d{1,2}\s+(?:of|on|off)\s+(?:the\s+)?$)"
)


# Every full postcode ends in an inward code ("2AB"); none can start more than five
# characters before the first one.
_INWARD_HINT_RE = re.compile(r"[0-9](?i:[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])")


def find_postcodes(text: str) -> Iterator[Candidate]:
    """Full UK postcodes, and outward codes with a locating cue."""
    # A postcode starts two to five characters before its inward code.
    starts = {
        s for h in _INWARD_HINT_RE.finditer(text) for s in range(h.start() - 5, h.start() - 1)
    }
    for m in matches_at(_POSTCODE_RE, text, sorted(s for s in starts if s >= 0)):
        yield m.start(), m.end(), "postcode"
    if not _has_code(text):
        return
    for m in _OUTWARD_CUE_RE.finditer(text):
        group = 1 if m.group(1) else 2
        if _MOTORWAY_AFTER_RE.match(text, m.end(group)) or _MOTORWAY_BEFORE_RE.search(
            text, max(0, m.start(group) - 20), m.start(group)
        ):
            continue  # "near the M6 J16", "junction 16 of the M6": a road
        if group == 1 and text[m.start(1)] in "AM" and text.endswith("the ", 0, m.start(1)):
            continue  # "near the M6", "off the A1": a road
        yield m.start(group), m.end(group), "postcode"


# --- Phones and emails -------------------------------------------------------------

# PhoneNumberMatcher is the slowest step, so it runs only where a number could be.
_PHONE_HINT_RE = re.compile(r"[+\d][\d ()\-.]{8,}\d")


# Letters that can never be inside a number the matcher finds: its pattern admits no
# line break and, of letters, only those of "x", "ext", "extension", "int" and "anexo".
_PHONE_BREAKS = "bcdfghjklmpqruvwyzBCDFGHJKLMPQRUVWYZ\n\r"
# Ten digits with no break between them: where a number we would report can be.
_PHONE_DIGITS_RE = re.compile(rf"\d(?:[^{_PHONE_BREAKS}]*?\d){{9}}")
_PHONE_BREAK_RE = re.compile(rf"[{_PHONE_BREAKS}]")


def _phone_windows(text: str) -> Iterator[tuple[int, int]]:
    """Stretches between two break characters that hold at least ten digits.

    The matcher's pattern has no lookaround and cannot cross a break, and at POSSIBLE
    leniency it judges a number by its own characters, so matching each stretch alone
    finds exactly the numbers it would find in the whole text, far faster.
    """
    end = 0
    for digits in _PHONE_DIGITS_RE.finditer(text):
        if digits.start() < end:
            continue
        start = digits.start()
        while start > 0 and text[start - 1] not in _PHONE_BREAKS:
            start -= 1
        after = _PHONE_BREAK_RE.search(text, digits.end())
        end = after.start() if after else len(text)
        yield start, end


_HELPLINES = load_words("helplines.txt")


def find_phones(text: str) -> Iterator[Candidate]:
    """UK and international phone numbers, as the phonenumbers library judges them."""
    if not _PHONE_HINT_RE.search(text):
        return
    for start, end in _phone_windows(text):
        # POSSIBLE rather than VALID so that Ofcom's drama ranges (07700 900xxx) and new
        # allocations still count; a leading 0 or + and 10+ digits keep it to real numbers.
        for match in phonenumbers.PhoneNumberMatcher(
            text[start:end], "GB", leniency=phonenumbers.Leniency.POSSIBLE
        ):
            raw = match.raw_string.lstrip("(")
            digits = "".join(c for c in raw if c.isdigit())
            if digits in _HELPLINES or (raw.startswith("+44") and "0" + digits[2:] in _HELPLINES):
                continue  # a published national helpline identifies no one
            if raw.startswith(("0", "+")) and len(digits) >= 10:
                yield start + match.start, start + match.end, "phone"


_EMAIL_RE = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)


def find_emails(text: str) -> Iterator[Candidate]:
    """Email addresses."""
    if "@" not in text:
        return
    for m in _EMAIL_RE.finditer(text):
        yield m.start(), m.end(), "email"


# --- Social media handles ----------------------------------------------------------

_AT_HANDLE_RE = re.compile(r"@(?<![\w@.]@)[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")
# A bare username counts only after a platform cue and only if it looks like one
# (a digit, underscore or dot), so "on Snapchat a lot" is left alone.
_PLATFORMS = (
    "insta", "snap", "tik", "twitter", "facebook", "fb", "discord", "twitch", "kik", "threads",
    "youtube", "user", "gamertag", "handle", "roblox", "xbox", "psn", "playstation", "whatsapp",
    "telegram", "yubo", "wizz", "ig", "account", "acc",
)  # fmt: skip
_CUED_HANDLE_RE = re.compile(
    r"(?=[iIsStTfFdDkKyYuUgGhH])(?i:\b(?:insta(?:gram)?|snap(?:chat)?|tik\s?tok|twitter|facebook|fb|discord|twitch|kik|"
    r"threads|youtube|username|user name|gamertag|handle|roblox|xbox|psn|playstation|telegram|yubo|wizz|ig)\b"
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
_NOT_HANDLE_ENDS = (
    ".com", ".uk", ".org", ".net", ".io", ".gov", ".co", ".jpg", ".jpeg", ".png", ".pdf",
    ".doc", ".docx", ".mp4", ".gif", ".txt", ".app", ".me",
)  # fmt: skip
# How far after a platform's name a username may follow ("on snap. One of them, tee_mula07").
_HANDLE_REACH = 160
_NOT_USERNAMES = frozenset(
    [
        "covid",
        "sars",
        "iphone",
        "galaxy",
        "ps",
        "xbox",
        "fifa",
        "windows",
        "office",
        "level",
        "year",
        "section",
        "reg",
        "form",
        "room",
        "ward",
        "flat",
        "unit",
        "week",
        "day",
        "y",
        "yr",
    ]
)


_COMMON_WORDS = load_words("common_words.txt")


def _words_run_together(token: str) -> bool:
    """Only dots join ordinary words: a missing space ("snap.he"), not a username."""
    if "_" in token or any(c.isdigit() for c in token):
        return False
    return all(part.lower() in _COMMON_WORDS for part in token.split("."))


def find_handles(text: str) -> Iterator[Candidate]:
    """@handles and platform usernames."""
    if "@" in text:
        for m in _AT_HANDLE_RE.finditer(text):
            yield m.start(), m.end(), "handle"
    platforms = word_starts(_PLATFORMS, text)
    for m in matches_at(_CUED_HANDLE_RE, text, platforms):
        yield m.start(1), m.end(1), "handle"
    if not platforms:
        return
    searched = 0
    for platform in platforms:
        reach = platform + _HANDLE_REACH
        for m in _USERNAME_RE.finditer(text, max(searched, platform + 1), reach + 40):
            token = m.group()
            if (
                m.start() < reach
                and token.rstrip("0123456789").lower() not in _NOT_USERNAMES
                and not token.lower().endswith(_NOT_HANDLE_ENDS)
                and sum(c.isalnum() for c in token) >= 4
                and not _words_run_together(token)
            ):
                yield m.start(), m.end(), "handle"
        searched = reach


# --- Case and record references ----------------------------------------------------

_CODE_REF_RE = re.compile(  # the two kinds share their first two capitals, tried once
    r"[A-Z](?<![A-Za-z0-9/-][A-Z])[A-Z](?:[A-Z]{0,3}[-/](?:\d{2,4}[-/])?\d{3,8}"
    # Family court case numbers: court code, year, case type, serial ("LS23C00117").
    r"|\d{2}[A-Z]{1,2}\d{4,6})(?![A-Za-z0-9/-])"
)
_REF_CUES = (
    "case", "record", "file", "client", "referral", "crime", "incident", "police", "log",
    "mosaic", "lcs", "eclipse", "person", "system", "ref", "upn", "id",
)  # fmt: skip
# A cued reference has five digits, or three with a letter, "/" or "-" among them.
_REF_TOKEN_HINT_RES = (re.compile(r"\d(?:[\d/-]*\d){4}"), re.compile(r"\d[/-]+\d"))
_CUED_REF_RE = re.compile(
    r"(?=[cCrRfFiIlLpPmMuUeEsS])(?i:\b(?:(?:case|record|file|client|referral|crime|incident|police|log|mosaic|lcs|eclipse|person|system)"
    r"\s+(?:ref(?:erence)?|no|num(?:ber)?|id)\b\.?|ref(?:erence)?(?:\s+(?:no|number)\b\.?)?|upn|mosaic|case|id)"
    r"\s*(?:[:#]\s*|is\s+)?)"
    r"((?=[A-Z0-9/-]*\d)(?:[A-Z]{1,5}[-/]?)?\d[\dA-Z/-]*\d(?![A-Za-z0-9]))"
)


def find_references(text: str) -> Iterator[Candidate]:
    """Case, record and reference numbers: "CR-33421", "case ref 2019/04512"."""
    for m in _CODE_REF_RE.finditer(text):
        yield m.start(), m.end(), "reference"
    if not _has_code(text) and not any(hint.search(text) for hint in _REF_TOKEN_HINT_RES):
        return
    for m in matches_at(_CUED_REF_RE, text, word_starts(_REF_CUES, text)):
        token = m.group(1)
        digits = sum(c.isdigit() for c in token)
        # A bare year ("case in 2019", "ID 2020") is not a reference.
        if digits >= 5 or (digits >= 3 and not token.isdigit()):
            yield m.start(1), m.end(1), "reference"


# --- Vehicle registrations ---------------------------------------------------------

_REG_RE = re.compile(
    r"[A-HJ-PR-Y](?<![A-Za-z0-9].)[A-HJ-PR-Y](\d{2}) ?[A-HJ-PR-Z]{3}(?![A-Za-z0-9])"
)
_OLD_REG_RE = re.compile(  # led by the cues' first letters, which no other letter folds to
    r"(?=[rRnNpP])(?i:\b(?:reg(?:istration)?(?:\s+(?:no|number|plate))?|number\s*plate|plate)\b\.?\s*(?:is\s+|was\s+)?[:-]?\s*)"
    r"([A-Z]\d{1,3} ?[A-Z]{3}|[A-Z]{3} ?\d{1,3}[A-Z])(?![A-Za-z0-9])"
)


# In lower case the same shape is distinctive only written solid ("sk23wpo"): spaced,
# "wk12 was" would be a week number and a word.
_REG_LOWER_RE = re.compile(
    r"[a-hj-pr-y](?<![A-Za-z0-9].)[a-hj-pr-y](\d{2})[a-hj-pr-z]{3}(?![A-Za-z0-9])"
)
_REG_LOWER_HINT_RE = re.compile(r"\d(?<=[a-z]\d)\d[a-z]")


def _valid_reg_age(m: re.Match[str]) -> bool:
    age = int(m.group(1))
    return 2 <= age <= 29 or 51 <= age <= 79


def find_vehicle_regs(text: str) -> Iterator[Candidate]:
    """Current-style UK registrations ("AB12 CDE", "sk23wpo"), older styles after a cue."""
    if _REG_LOWER_HINT_RE.search(text):
        for m in _REG_LOWER_RE.finditer(text):
            if _valid_reg_age(m):
                yield m.start(), m.end(), "vehicle_reg"
    if not _has_code(text):
        return
    for m in _REG_RE.finditer(text):
        if _valid_reg_age(m):
            yield m.start(), m.end(), "vehicle_reg"
    folded = fold(text)
    if "reg" not in folded and "plate" not in folded:  # every cue has one of these
        return
    for m in _OLD_REG_RE.finditer(text):
        yield m.start(1), m.end(1), "vehicle_reg"


# --- Dates and dates of birth ------------------------------------------------------

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
# Casual posts write months in lower case ("the 3rd of june"); "may" is left out, being
# far more often the verb ("2 may attend").
_MONTH_ANY_CASE = (
    r"(?:" + _MONTH[3:-1] + r"|(?:january|february|march|april|june|july|august|september|october"
    r"|november|december|jan|feb|apr|jun|jul|aug|sept|oct|nov|dec)(?![a-z]))"
)
_ORD = r"(?:st|nd|rd|th)"
_YEAR = r"(?:,?\s+(?:\d{4}|['’]\d{2}))"
# Each date expression, with what all its matches contain (a month's name, a weekday's
# name, or digits either side of a separator) and whether they all start with it.
_MONTH_HINT_RE = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
# Searched in fold(text): a plain lower-case search is far quicker than an (?i) one.
_ANY_MONTH_HINT_RE = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
_WEEKDAY_HINT_RE = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_NUMERIC_HINT_RE = re.compile(r"\d[/.-]\d")
# "[0-3]?\d" at a word start, written to begin with the digit itself (see the module
# docstring): a second digit only after a 0-3, and no word character before the first.
_DAY_AFTER_WORD_BREAK = r"(?P<d>\d(?<!\w\d)(?:(?<=[0-3])\d)?)"
_DATE_RES = (
    # 12 March 2021, 3rd of May
    (
        _ANY_MONTH_HINT_RE,
        False,
        re.compile(
            rf"{_DAY_AFTER_WORD_BREAK}{_ORD}?(?:\s+of)?\s+{_MONTH_ANY_CASE}(?![a-z]){_YEAR}?(?!\d)"
        ),
    ),
    # March 12th, 2021
    (
        _MONTH_HINT_RE,
        True,
        re.compile(
            rf"\b(?=[JFMASOND]){_MONTH}\s+(?:the\s+)?(?P<d>[0-3]?\d){_ORD}?(?![\d:a-z]){_YEAR}?(?!\d)"
        ),
    ),
    # 12/03/2021, 3.4.09, 12-03-21
    (
        _NUMERIC_HINT_RE,
        False,
        re.compile(
            r"(?P<d>\d(?<![\d/.:-]\d)(?:(?<=[0-3])\d)?)([/.-])(?P<m>[01]?\d)\2(?:\d{4}|\d{2})(?![\d/-]|\.\d)"
        ),
    ),
    # 2021-03-12
    (
        _NUMERIC_HINT_RE,
        False,
        re.compile(r"\d(?<![\d/-]\d)\d{3}-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d/-])"),
    ),
    # Tuesday 4th, Friday the 12th
    (
        _WEEKDAY_HINT_RE,
        True,
        re.compile(
            rf"\b(?=[MTWFS])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:the\s+)?(?P<d>[0-3]?\d){_ORD}\b"
        ),
    ),
)
# Month and year alone ("March 2009", "04/2009") says little, except as a birth date.
_MONTH_YEAR_RE = re.compile(rf"\b(?=[JFMASOND]){_MONTH}\s+\d{{4}}\b|(?<![\d/])[01]?\d/\d{{4}}\b")
_NUMBER_START_RE = re.compile(r"\d(?<!\d\d)")
_BIRTH_CUE_RE = re.compile(
    r"(?i:(?:\b(?:born|d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date|birthday)"
    r"(?:\s+(?:is|was|as|on|in|of|the|given|listed|recorded|being))*\s*[:\-–]?\s*(?:on\s+|the\s+)*"
    r"|(?:['’]s|\bhis|\bher|\btheir|\bmy)\s+\d{1,2}(?:st|nd|rd|th)\s+(?:birthday\s+)?(?:is\s+)?on\s+(?:the\s+)?)$)"
)


def _valid_day_month(m: re.Match[str]) -> bool:
    groups = m.groupdict()
    day = int(groups["d"]) if groups.get("d") else 1
    month = int(groups["m"]) if groups.get("m") else 1
    return 1 <= day <= 31 and 1 <= month <= 12


# A birth word earlier in the same sentence also makes a date a date of birth: "her DOB
# for admissions but her documents say 3 June 2011", "birthday's the 14th of August".
_BIRTH_WORD_RE = re.compile(
    r"(?i:\b(?:born|d\.?o\.?b\.?s?|dates?\s+of\s+birth|birth\s*dates?|birthdays?|b['’]?days?)(?![a-z]))"
)
# Where a sentence ends: a full stop, "!" or "?" before a space, or a line break.
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s)|\n")
_BIRTH_WINDOW = 90


def _birth_cued(text: str, start: int) -> bool:
    if _BIRTH_CUE_RE.search(text, max(0, start - 30), start):
        return True
    window_start = max(0, start - _BIRTH_WINDOW)
    for end in _SENTENCE_END_RE.finditer(text, window_start, start):
        window_start = end.end()
    return bool(_BIRTH_WORD_RE.search(text, window_start, start))


# The hints that are plain alternations of words, as those words: a few substring tests
# are far quicker than a search for the alternation.
_HINT_LITERALS: dict[re.Pattern[str], tuple[str, ...]] = {
    _ANY_MONTH_HINT_RE: tuple(_ANY_MONTH_HINT_RE.pattern.split("|")),
    _MONTH_HINT_RE: tuple(_MONTH_HINT_RE.pattern.split("|")),
    _WEEKDAY_HINT_RE: tuple(
        day + "day" for day in ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")
    ),
}
# A birth cue is near: born, birth, d.o.b (dots optional) or b'day, in fold(text).
_BIRTH_HINT_LITERALS = ("born", "birth", "dob", "d.ob", "do.b", "d.o.b", "bday", "b'day", "b’day")


def _hinted(hint: re.Pattern[str], text: str) -> bool:
    """Whether ``hint`` occurs in ``text`` (in ``fold(text)`` for ``_ANY_MONTH_HINT_RE``)."""
    literals = _HINT_LITERALS.get(hint)
    if literals is None:
        return bool(hint.search(text))
    haystack = fold(text) if hint is _ANY_MONTH_HINT_RE else text
    return any(literal in haystack for literal in literals)


def find_dates(text: str) -> Iterator[Candidate]:
    """Specific calendar dates; those right after a birth cue are dates of birth."""
    hinted: dict[re.Pattern[str], bool] = {}  # two expressions share each hint
    for hint, led_by_hint, pattern in _DATE_RES:
        if hint not in hinted:
            hinted[hint] = _hinted(hint, text)
        if not hinted[hint]:
            continue
        if led_by_hint:
            matches = matches_at(pattern, text, (h.start() for h in hint.finditer(text)))
        else:
            matches = pattern.finditer(text)
        for m in matches:
            if _valid_day_month(m):
                kind = "date_of_birth" if _birth_cued(text, m.start()) else "date"
                yield m.start(), m.end(), kind
    folded = fold(text)
    if not any(literal in folded for literal in _BIRTH_HINT_LITERALS):
        return
    # Matches start at a month's name or at the first digit of a number.
    starts = [m.start() for m in _MONTH_HINT_RE.finditer(text)]
    starts += [m.start() for m in _NUMBER_START_RE.finditer(text)]
    for m in matches_at(_MONTH_YEAR_RE, text, sorted(starts)):
        if _birth_cued(text, m.start()):
            yield m.start(), m.end(), "date_of_birth"


# --- Street addresses --------------------------------------------------------------

_STREET = (
    r"(?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Grove|Place|Terrace|Gardens|Court|"
    r"Walk|Row|Mews|Square|Rise|View|Hill|Park|Green|Parade|Vale|Boulevard|Wharf|Yard|Fold|Croft|Gate|Mount|"
    r"Meadows?|Bank|Heights|Way|Approach)"
)
_NUMBERED_ADDRESS_RE = re.compile(
    rf"(?=[FAUR\d])(?:\b(?:Flat|Apartment|Apt|Unit|Room)\s+(?:\d+[A-Z]?,?\s+(?=\d))?)?"
    rf"(?<![\d.,:/£$-])\b\d{{1,4}}[A-Za-z]?,?\s+(?:{_CAP}\s+){{1,3}}{_STREET}\b(?!-)"
)
# Without a house number a street is still locating, but only after a locating cue,
# and only for unmistakable street words ("lives on Elm Road", not "the Middle Way").
_CUED_STREET_WORD = r"(?:Road|Street|Avenue|Lane|Close|Drive|Crescent|Terrace|Grove|Gardens|Mews)"
_CUED_STREET_HINT_RE = re.compile(_CUED_STREET_WORD)
_CUED_STREET_RE = re.compile(
    rf"(?=[oianlmf])\b(?:on|in|at|off|near|along|lives|moved to|from)\s+(?:the\s+)?"
    rf"((?:{_CAP}\s+){{1,3}}{_CUED_STREET_WORD}\b)"
)


# Welsh street names put the street word first: "Heol y Coed", "14 Ffordd Las", "Stryd
# Fawr", "Lôn Isaf"; "y"/"yr"/"'r" may join the words.
_WELSH_STREET_RE = re.compile(
    rf"(?=[HFSLRC\d])(?:\b\d{{1,4}}[A-Za-z]?,?\s+)?\b(?:Heol|Ffordd|Stryd|Lôn|Lon|Rhodfa|Cilgant|Clos)"
    rf"(?:\s+(?:y|yr|['’]r))?(?:\s+{_CAP}){{1,3}}"
)
# Plain substring tests: far quicker than a search for the alternation.
_WELSH_STREET_HINTS = ("Heol", "Ffordd", "Stryd", "Lôn", "Lon ", "Rhodfa", "Cilgant", "Clos ")
_STREET_HINT_RE = re.compile(_STREET)
_FLAT_HINT_RE = re.compile(r"Flat|Apartment|Apt|Unit|Room")


def find_addresses(text: str) -> Iterator[Candidate]:
    """Street addresses: "14 Elm Road", "Flat 3, 22 Queen Street", "lives on Elm Road"."""
    if any(hint in text for hint in _WELSH_STREET_HINTS):
        for m in _WELSH_STREET_RE.finditer(text):
            yield m.start(), m.end(), "address"
    if not _STREET_HINT_RE.search(text):
        return
    # A numbered address starts at "Flat" (or the like) or at the first digit of a number.
    starts = [m.start() for m in _FLAT_HINT_RE.finditer(text)]
    starts += [m.start() for m in _NUMBER_START_RE.finditer(text)]
    for m in matches_at(_NUMBERED_ADDRESS_RE, text, sorted(starts)):
        yield m.start(), m.end(), "address"
    if not _CUED_STREET_HINT_RE.search(text):
        return
    for m in _CUED_STREET_RE.finditer(text):
        yield m.start(1), m.end(1), "address"


# --- Named institutions ------------------------------------------------------------

_INSTITUTION_NOUN = (
    r"(?:School|Academy|College|Nursery|Pre-?[Ss]chool|Children['’]?s Home|Care Home|Nursing Home|Residential Home|"
    r"Hospital|Infirmary|Medical Practice|Medical Centre|Health Centre|Surgery|Clinic|Pupil Referral Unit|PRU|"
    r"Secure Unit|Secure Children['’]?s Home|Secure Training Centre|Young Offender(?:s['’]?)? Institution|YOI|"
    r"Family Centre|Children['’]?s Centre|Hospice|Lodge|House|Manor)"
)
# A school named by its phase alone ("Rowan Tree Primary", "Holy Family Catholic
# Primary", "Oakwood High"), where no capitalised word follows ("Primary Care Trust").
# Searched separately, and only if a phase word is in the post, to keep the main search fast.
_PHASE_NOUN = r"(?:Primary|Secondary|Infants|Juniors|High)(?![ \t]+[A-Z&])"
_PHASE_HINTS = ("Primary", "Secondary", "Infants", "Juniors", "High")
_PHASE_NOUN_RE = re.compile(_PHASE_NOUN + r"\b")
_INSTITUTION_NOUN_RE = re.compile(_INSTITUTION_NOUN)
_INSTITUTION_HEAD = (
    r"(?:(?:Primary|Junior|Infant|Infants|Secondary|High|Grammar|Community|Catholic|C of E|CE|RC|R\.C\.|CofE|VA|VC|"
    r"Roman Catholic|Methodist|Jewish|Muslim|Islamic|Sikh|Hindu|"
    r"Church of England|Special|Free|Preparatory|Prep|Comprehensive|Technology|Sixth Form)\s+)*"
    + _INSTITUTION_NOUN
)
_INSTITUTION_RE = re.compile(
    rf"\b(?=[A-Z])((?:(?:St\.?|Saint|The)\s+)?(?:{_CAP}\s+|&\s+|and\s+){{1,4}}){_INSTITUTION_HEAD}\b(?!\s+of\b)"
)
_PHASE_INSTITUTION_RE = re.compile(
    rf"\b(?=[A-Z])((?:(?:St\.?|Saint|The)\s+)?(?:{_CAP}\s+|&\s+|and\s+){{1,4}})"
    rf"{_INSTITUTION_HEAD[: _INSTITUTION_HEAD.rindex(_INSTITUTION_NOUN)]}{_PHASE_NOUN}\b(?!\s+of\b)"
)
# What can stand between an institution's first word and its noun: letters,
# apostrophes, hyphens, "St.", "&" and spaces. Read backwards from a noun.
_NAME_RUN_BACKWARDS_RE = re.compile(r"[A-Za-zà-öø-ÿ'’&.\s-]*")
_SAINT_RE = re.compile(r"S(?<!\wS)(?:t\.?|aint)\s+[A-Z][a-z]+['’]s\b")  # led by its "S"

_GENERIC = load_words("generic_institution_words.txt")
_WORD_RE = re.compile(r"\S+")


def _institution_matches(
    text: str,
    noun_re: re.Pattern[str] = _INSTITUTION_NOUN_RE,
    institution_re: re.Pattern[str] = _INSTITUTION_RE,
) -> Iterator[re.Match[str]]:
    """``_INSTITUTION_RE.finditer(text)``, but searching only from where a match could start.

    Every match ends in a noun such as "School" and starts after the last character
    before that noun that no name can contain, so each search can begin there rather
    than trying, slowly, every position in between.
    """
    backwards = ""
    pos = 0
    while noun := noun_re.search(text, pos):
        backwards = backwards or text[::-1]
        run = _NAME_RUN_BACKWARDS_RE.match(backwards, len(text) - noun.start())
        run_length = len(run.group()) if run else 0
        match = institution_re.search(text, max(pos, noun.start() - run_length))
        if not match:
            return
        yield match
        pos = match.end()


# Welsh names put the type word first: "Ysgol Gymraeg Bro Taf", "Ysbyty Gwynedd",
# "Meithrinfa Seren Fach", "Coleg Cambria", "Canolfan Teulu ..."; "y"/"yr" may join words.
_WELSH_INSTITUTION_RE = re.compile(
    rf"\b(?:Ysgol|Ysbyty|Meithrinfa|Cylch Meithrin|Coleg|Canolfan|Cartref|Feithrinfa|"
    rf"Scoil|Gaelscoil|Bunscoil|Meánscoil|Coláiste|Gaelcholáiste)"
    rf"(?:\s+(?:y|yr|['’]r))?(?:\s+{_CAP}){{1,4}}"
)
_WELSH_INSTITUTION_HINTS = (
    "Ysgol", "Ysbyty", "Meithrin", "Coleg", "Canolfan", "Cartref", "Feithrin", "Scoil", "scoil",
    "Coláiste", "oláiste",
)  # fmt: skip
# Hospitals known by name alone, with no type word: "Great Ormond Street", "Alder Hey".
NAMED_HOSPITALS_RE = re.compile(
    r"\b(?:Great Ormond Street|Alder Hey|Pinderfields|Addenbrooke['’]s|Addenbrookes|Broadmoor|Rampton|"
    r"Maudsley|Moorfields|Papworth|Stoke Mandeville|Royal Marsden|Evelina|Bethlem|Hillingdon Hospital)\b"
)
# The first word of each, looked up by ``names.find_names`` as it walks the capitalised
# words of a post (cheaper than searching for each name).
NAMED_HOSPITAL_HEADS = frozenset(
    [
        "Great",
        "Alder",
        "Pinderfields",
        "Addenbrooke",
        "Addenbrookes",
        "Broadmoor",
        "Rampton",
        "Maudsley",
        "Moorfields",
        "Papworth",
        "Stoke",
        "Royal",
        "Evelina",
        "Bethlem",
        "Hillingdon",
    ]
)
# Homes named after trees and houses in the plural: "The Beeches", "The Willows".
_HOUSE_NAME_RE = re.compile(
    r"The(?<![\w]The) (?:Beeches|Willows|Limes|Elms|Oaks|Laurels|Cedars|Firs|Poplars|Hollies|Maples|Pines|"
    r"Larches|Rowans|Sycamores|Chestnuts|Birches|Hawthorns|Gables|Cedars|Hazels|Yews|Alders|Junipers)\b"
)
# A church's name before a venue word is where a group meets, not an institution.
_VENUE_AFTER_RE = re.compile(
    r"(?i:\s+(?:church\s+hall|parish\s+hall|church|hall|community\s+centre|leisure\s+centre|"
    r"library|hotel|cathedral|park|day)\b)"
)
# Describing words that, capitalised before a name word, are part of it: "Little Acorns".
_NAME_ADJECTIVES = frozenset(
    [
        "little",
        "big",
        "great",
        "small",
        "old",
        "new",
        "white",
        "forest",
        "village",
        "good",
        "open",
        "first",
        "sunday",
        "summer",
    ]
)


# One capitalised word shaped like the name of a home or estate ("Greenacres",
# "Oakfield", "Riverside"), where someone is placed, lives or leaves: an institution,
# unless it is a town ("at Huddersfield") or an ordinary word ("at Seaside").
_ESTATE_ENDINGS = (
    r"(?:acres|field|fields|lands|wood|woods|side|brook|croft|mead|meadows|ridge|dale|hurst|holme)"
)
_ESTATE_HINT_WORDS = (
    "acres", "field", "lands", "wood", "side", "brook", "croft", "mead", "ridge", "dale", "hurst",
    "holme",
)  # fmt: skip
_ESTATE_NAME_RE = re.compile(rf"[A-Z][a-z]+{_ESTATE_ENDINGS}\b(?!['’]|\s+[A-Z0-9])")
_CAPITAL_BEFORE_RE = re.compile(r"(?<![\w'’-])[A-Z][a-z]+$")
_ESTATE_CUE_RE = re.compile(r"\b(?:at|left|leaving|leave|from|to|in)\s+$")
_PLACE_WORDS = load_words("places.txt") | load_words("regions.txt")


def _estate_names(text: str) -> Iterator[re.Match[str]]:
    """``_ESTATE_NAME_RE`` matches, found from each ending back to its capital."""
    for ending in _ESTATE_HINT_WORDS:
        found = text.find(ending)
        while found > 0:
            # The capital's word ends just before the ending, in a letter a-z.
            if (
                "a" <= text[found - 1] <= "z"
                and (start := _CAPITAL_BEFORE_RE.search(text, max(0, found - 20), found))
            ) and (m := _ESTATE_NAME_RE.match(text, start.start())):
                yield m
            found = text.find(ending, found + 1)


def _is_word_edge(char: str) -> bool:
    """Whether ``char`` is a word character (as ``\\w`` matches), apostrophe or hyphen."""
    return char.isalnum() or char in "_'’-"


def _standalone(text: str, name: str) -> Iterator[Candidate]:
    """``re.finditer(rf"(?<![\\w'’-]){re.escape(name)}(?![\\w'’-])", text)``, by ``str.find``."""
    found = text.find(name)
    while found >= 0:
        stop = found + len(name)
        if not (
            (found and _is_word_edge(text[found - 1]))
            or (stop < len(text) and _is_word_edge(text[stop]))
        ):
            yield found, stop, "institution"
            found = text.find(name, stop)
        else:
            found = text.find(name, found + 1)


def find_institutions(text: str) -> Iterator[Candidate]:
    """Named schools, homes, hospitals and practices; "St Mary's" alone counts too."""
    if any(hint in text for hint in _WELSH_INSTITUTION_HINTS):
        for m in _WELSH_INSTITUTION_RE.finditer(text):
            yield m.start(), m.end(), "institution"
    if "St" in text or "Saint" in text:
        for m in _SAINT_RE.finditer(text):
            if not _VENUE_AFTER_RE.match(text, m.end()):
                yield m.start(), m.end(), "institution"
    if "The " in text:  # "The Beeches"
        for m in _HOUSE_NAME_RE.finditer(text):
            yield m.start(), m.end(), "institution"
    named: set[str] = set()
    matches = _institution_matches(text)
    if any(hint in text for hint in _PHASE_HINTS):
        matches = itertools.chain(
            matches, _institution_matches(text, _PHASE_NOUN_RE, _PHASE_INSTITUTION_RE)
        )
    for m in matches:
        words = [
            (w.start(), w.group().removesuffix("'s").removesuffix("’s").lower())
            for w in _WORD_RE.finditer(m.group(1))
        ]
        # Leading describing words ("Today", "His", "The") are not part of the name, but
        # a capitalised adjective before a name word is ("Little Acorns Nursery").
        while words and words[0][1] in _GENERIC:
            start, word = words[0]
            raw = m.group(1)[start : start + 1]
            if (
                raw.isupper()
                and word in _NAME_ADJECTIVES
                and len(words) > 1
                and words[1][1] not in _GENERIC
            ):
                break
            words.pop(0)
        if any(w not in _GENERIC and w not in {"st", "st.", "saint", "&"} for _, w in words):
            yield m.start(1) + words[0][0], m.end(), "institution"
            if len(words) == 1:  # a one-word name: "Greenacres Children's Home"
                named.add(m.group(1)[words[0][0] :].split()[0])
    # A one-word name, once given its noun, names the same place alone later: "I left
    # Greenacres when I was 16".
    for name in named:
        yield from _standalone(text, name)
    for m in _estate_names(text):
        word = m.group().lower()
        if (
            word not in _PLACE_WORDS
            and word not in _COMMON_WORDS
            and _ESTATE_CUE_RE.search(text, max(0, m.start() - 10), m.start())
        ):
            yield m.start(), m.end(), "institution"
