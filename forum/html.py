"""The one place Python writes HTML: a fixed template, every value escaped.

Templates write the pages; a few small tags that a list repeats dozens of times
(a time, an avatar) are cheaper built here than through a macro, and templates'
translated strings pass through here. Nothing else in Python marks a string as
safe HTML (tests/security enforces it).
"""

from __future__ import annotations

from typing import LiteralString

from markupsafe import Markup, escape

Html = Markup  # what a helper returns: Jinja prints it as it is


def translated(text: str, variables: dict[str, object]) -> Html:
    """A template's translated string, as Jinja's i18n extension treats it: the text is the
    template's own (from the catalogue), and only the variables are escaped into it."""
    rv = Markup(text)  # noqa: S704 (catalogue text, written by the project)
    return rv % variables if variables else rv


def html(template: LiteralString, *values: object) -> Html:
    """`template` with each `{}` filled by an escaped value."""
    escaped = [escape(value) for value in values]
    return Markup(template.format(*escaped))  # noqa: S704 (a literal template; values escaped)
