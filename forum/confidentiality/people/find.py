"""People's names: every cue family in turn, then the names shown to name no client taken out.

The families: titles and families ("Mrs Patel", "the Okafor family"); lower-case names
after a cue and in casual posts; every capitalised word judged by kinship, possessive,
vocative, nickname and other cues. Words shown to name a pet, a character, an author
or a name inside an idiom are then dropped wherever the families found them, and a
private person's surname given in full is found again on its own. Initials, lower-case
surnames and kin, and sign-offs are judged on their own.
"""

from collections.abc import Iterator
from itertools import chain

from forum.confidentiality.doc import Doc
from forum.confidentiality.finding import Finding

from .capitalised import find_surname_repeats, read_capitalised
from .lower_case import find_casual, find_lower_cued, find_lower_surname_and_kin
from .public_roles import PublicNames
from .suppress import drop_no_client, idiom_words
from .titles import (
    find_families,
    find_initial_and_surname,
    find_initials,
    find_sign_off,
    find_titled,
)


def find_names(doc: Doc) -> Iterator[Finding]:
    """Spans that look like people's names."""
    capitalised = read_capitalised(doc)
    cued = chain(
        find_titled(doc),
        find_families(doc),
        find_lower_cued(doc),
        find_casual(doc),
        capitalised.findings,
    )
    no_client = idiom_words(doc) | capitalised.no_client
    names = list(drop_no_client(doc, cued, no_client))
    if names:  # most posts name no one: only then look for people quoted in a public role
        public = PublicNames(doc, names)
        if public.spans:
            names = [f for f in names if not public.covers(doc.text, f.start, f.end)]
        yield from names
        repeated = drop_no_client(doc, find_surname_repeats(doc, names), no_client)
        yield from (f for f in repeated if not public.covers(doc.text, f.start, f.end))
    yield from find_initials(doc)
    yield from drop_no_client(doc, find_initial_and_surname(doc), no_client)
    yield from find_lower_surname_and_kin(doc)
    yield from find_sign_off(doc)
