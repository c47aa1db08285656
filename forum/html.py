"""The one place Python writes HTML: a fixed template, every value escaped.

Templates write the pages; a few small tags that a list repeats dozens of times
(a time, an avatar) are cheaper built here than through a macro. Nothing else
in Python marks a string as safe HTML (tests/security enforces it).
"""

from __future__ import annotations

from typing import LiteralString

from markupsafe import Markup, escape

Html = Markup  # what a helper returns: Jinja prints it as it is


def html(template: LiteralString, *values: object) -> Html:
    """`template` with each `{}` filled by an escaped value."""
    escaped = [escape(value) for value in values]
    return Markup(template.format(*escaped))  # noqa: S704 (a literal template; values escaped)
