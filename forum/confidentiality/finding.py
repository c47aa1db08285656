"""The one shape of a finding, from the detector that proposes it to the caller of ``scan``."""

from typing import NamedTuple, Self

REASONS: dict[str, str] = {
    "person_name": "This looks like a person's name.",
    "date_of_birth": "This looks like a date of birth.",
    "nhs_number": "This looks like an NHS number (the checksum is valid).",
    "ni_number": "This looks like a National Insurance number.",
    "postcode": "This looks like a postcode.",
    "phone": "This looks like a phone number.",
    "email": "This looks like an email address.",
    "address": "This looks like a street address.",
    "institution": "This looks like the name of a school, home, hospital or practice.",
    "handle": "This looks like a social media handle or username.",
    "reference": "This looks like a case or record reference number.",
    "vehicle_reg": "This looks like a vehicle registration.",
    "date": "This looks like a specific date.",
}


class Finding(NamedTuple):
    """One span of text that could identify someone; ``end`` is exclusive.

    Immutable and hashable, and a tuple so that the many candidates the detectors
    propose cost little to make, compare and deduplicate.
    """

    kind: str
    start: int
    end: int
    reason: str

    @classmethod
    def of(cls, kind: str, start: int, end: int) -> Self:
        """A finding of ``kind`` with the plain-English reason shown to the author."""
        return tuple.__new__(cls, (kind, start, end, REASONS[kind]))
