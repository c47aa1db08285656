"""Identifiers with a recognisable shape: NHS and NI numbers, postcodes, phones, emails, references, registrations.

Every expression is compiled once, at import. For speed, expressions begin with a plain
character class where they can (a lookbehind then follows the first character), which
lets the regex engine skip ahead instead of trying every position; and each detector
first checks cheaply for something every match must contain (a digit after a capital,
an "@", six digits), so most posts skip most expressions.
"""

import re
from collections.abc import Iterator

import phonenumbers

from .doc import Doc
from .finding import Finding
from .lexicons import alternation, load_list, load_words
from .text import Keywords, matches_at

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


def find_nhs_numbers(doc: Doc) -> Iterator[Finding]:
    """NHS numbers: ten digits, optionally 3-3-4, with a valid checksum."""
    if not doc.has_digit:
        return
    for m in _NHS_RE.finditer(doc.text):
        digits = m.group(1) + m.group(3) + m.group(4)
        # An unspaced run starting 0 is far more likely a phone number.
        if digits.startswith("0") and not m.group(2):
            continue
        if nhs_checksum_ok(digits):
            yield Finding.of("nhs_number", m.start(), m.end())


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


def find_ni_numbers(doc: Doc) -> Iterator[Finding]:
    """UK National Insurance numbers in the official format, in either case."""
    text = doc.text
    if not doc.has_digit or not _SIX_DIGITS_RE.search(text):
        return
    if doc.has_code:
        for m in _NI_RE.finditer(text):
            yield Finding.of("ni_number", m.start(), m.end())
    for digits in _NI_LOWER_DIGITS_RE.finditer(text):
        letters = digits.start() - (3 if text[digits.start() - 1] == " " else 2)
        if letters >= 0 and (lower := _NI_LOWER_RE.match(text, letters)):
            yield Finding.of("ni_number", lower.start(), lower.end())


# --- Postcodes ---------------------------------------------------------------------

_OUTWARD = r"(?:[A-PR-UWYZ][0-9][0-9A-HJKPSTUW]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)"
_INWARD = r"[0-9][ABD-HJLNP-UW-Z]{2}"
_POSTCODE_RE = re.compile(
    rf"(?<![A-Za-z0-9])(?:{_OUTWARD} ?{_INWARD}|GIR ?0AA)(?![A-Za-z0-9])", re.IGNORECASE
)
# An outward code alone ("lives in B23") counts only for a real area and only with a
# locating cue, since "M6", "A1" and "B12" mean other things.
_AREA_ALT = "|".join(sorted(load_list("postcode_areas.txt"), key=len, reverse=True))
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


def find_postcodes(doc: Doc) -> Iterator[Finding]:
    """Full UK postcodes, and outward codes with a locating cue."""
    if not doc.has_digit:
        return
    text = doc.text
    # A postcode starts two to five characters before its inward code.
    starts = {
        s for h in _INWARD_HINT_RE.finditer(text) for s in range(h.start() - 5, h.start() - 1)
    }
    for m in matches_at(_POSTCODE_RE, text, sorted(s for s in starts if s >= 0)):
        yield Finding.of("postcode", m.start(), m.end())
    if not doc.has_code:
        return
    for m in _OUTWARD_CUE_RE.finditer(text):
        group = 1 if m.group(1) else 2
        if _MOTORWAY_AFTER_RE.match(text, m.end(group)) or _MOTORWAY_BEFORE_RE.search(
            text, max(0, m.start(group) - 20), m.start(group)
        ):
            continue  # "near the M6 J16", "junction 16 of the M6": a road
        if group == 1 and text[m.start(1)] in "AM" and text.endswith("the ", 0, m.start(1)):
            continue  # "near the M6", "off the A1": a road
        yield Finding.of("postcode", m.start(group), m.end(group))


# --- Phones and emails -------------------------------------------------------------

# PhoneNumberMatcher is the slowest step, so it runs only where a number could be.
_PHONE_HINT_RE = re.compile(r"[+\d][\d ()\-.]{8,}\d")
# Letters that can never be inside a number the matcher finds: its pattern admits no
# line break and, of letters, only those of "x", "ext", "extension", "int" and "anexo".
_PHONE_BREAKS = "bcdfghjklmpqruvwyzBCDFGHJKLMPQRUVWYZ\n\r"
# Ten digits with no break between them: where a number we would report can be.
_PHONE_DIGITS_RE = re.compile(rf"\d(?:[^{_PHONE_BREAKS}]*?\d){{9}}")
_PHONE_BREAK_RE = re.compile(rf"[{_PHONE_BREAKS}]")
_HELPLINES = load_words("helplines.txt")


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


def find_phones(doc: Doc) -> Iterator[Finding]:
    """UK and international phone numbers, as the phonenumbers library judges them."""
    text = doc.text
    if not doc.has_digit or not _PHONE_HINT_RE.search(text):
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
                yield Finding.of("phone", start + match.start, start + match.end)


_EMAIL_RE = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)


def find_emails(doc: Doc) -> Iterator[Finding]:
    """Email addresses."""
    if "@" not in doc.text:
        return
    for m in _EMAIL_RE.finditer(doc.text):
        yield Finding.of("email", m.start(), m.end())


# --- Case and record references ----------------------------------------------------

_CODE_REF_RE = re.compile(  # the two kinds share their first two capitals, tried once
    r"[A-Z](?<![A-Za-z0-9/-][A-Z])[A-Z](?:[A-Z]{0,3}[-/](?:\d{2,4}[-/])?\d{3,8}"
    # Family court case numbers: court code, year, case type, serial ("LS23C00117").
    r"|\d{2}[A-Z]{1,2}\d{4,6})(?![A-Za-z0-9/-])"
)
_RECORD_KINDS = alternation("record_kinds.txt")
# Every cue starts with a kind of record or one of these words.
_REF_CUES = Keywords([*_RECORD_KINDS.split("|"), "ref", "upn", "id"])
# A cued reference has five digits, or three with a letter, "/" or "-" among them.
_REF_TOKEN_HINT_RES = (re.compile(r"\d(?:[\d/-]*\d){4}"), re.compile(r"\d[/-]+\d"))
_CUED_REF_RE = re.compile(
    r"(?=[cCrRfFiIlLpPmMuUeEsS])"
    rf"(?i:\b(?:(?:{_RECORD_KINDS})"
    r"\s+(?:ref(?:erence)?|no|num(?:ber)?|id)\b\.?|ref(?:erence)?(?:\s+(?:no|number)\b\.?)?|upn|mosaic|case|id)"
    r"\s*(?:[:#]\s*|is\s+)?)"
    r"((?=[A-Z0-9/-]*\d)(?:[A-Z]{1,5}[-/]?)?\d[\dA-Z/-]*\d(?![A-Za-z0-9]))"
)


def find_references(doc: Doc) -> Iterator[Finding]:
    """Case, record and reference numbers: "CR-33421", "case ref 2019/04512"."""
    if not doc.has_digit:
        return
    text = doc.text
    for m in _CODE_REF_RE.finditer(text):
        yield Finding.of("reference", m.start(), m.end())
    if not doc.has_code and not any(hint.search(text) for hint in _REF_TOKEN_HINT_RES):
        return
    for m in matches_at(_CUED_REF_RE, text, doc.word_starts(_REF_CUES)):
        token = m.group(1)
        digits = sum(c.isdigit() for c in token)
        # A bare year ("case in 2019", "ID 2020") is not a reference.
        if digits >= 5 or (digits >= 3 and not token.isdigit()):
            yield Finding.of("reference", m.start(1), m.end(1))


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


def find_vehicle_regs(doc: Doc) -> Iterator[Finding]:
    """Current-style UK registrations ("AB12 CDE", "sk23wpo"), older styles after a cue."""
    if not doc.has_digit:
        return
    text = doc.text
    if _REG_LOWER_HINT_RE.search(text):
        for m in _REG_LOWER_RE.finditer(text):
            if _valid_reg_age(m):
                yield Finding.of("vehicle_reg", m.start(), m.end())
    if not doc.has_code:
        return
    for m in _REG_RE.finditer(text):
        if _valid_reg_age(m):
            yield Finding.of("vehicle_reg", m.start(), m.end())
    if "reg" not in doc.folded and "plate" not in doc.folded:  # every cue has one of these
        return
    for m in _OLD_REG_RE.finditer(text):
        yield Finding.of("vehicle_reg", m.start(1), m.end(1))
