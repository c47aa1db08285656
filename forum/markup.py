"""Markdown to safe HTML: the only module that imports markdown-it and bleach.

User text is rendered once, when it is written, and the result is stored beside
the source; templates may mark only these stored `*_html` values as safe.
"""

from __future__ import annotations

import bleach
from bleach.css_sanitizer import CSSSanitizer
from markdown_it import MarkdownIt

ALLOWED_TAGS = frozenset(
    {
        "p", "br", "hr", "strong", "em", "del", "code", "pre", "blockquote",
        "ul", "ol", "li", "a", "h3", "h4", "h5", "h6", "table", "thead",
        "tbody", "tr", "th", "td",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": ["href", "title", "rel"],
    "ol": ["start"],
    "th": ["align"],
    "td": ["align"],
}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow ugc noopener noreferrer"

# CommonMark with raw HTML switched off: "<script>" in a post is shown as text.
_markdown = (
    MarkdownIt("commonmark", {"html": False, "linkify": False})
    .enable("table")
    .enable("strikethrough")
)


def _set_rel(
    attrs: dict[tuple[str | None, str], str], new: bool = False
) -> dict[tuple[str | None, str], str]:
    attrs[(None, "rel")] = LINK_REL
    attrs.pop((None, "target"), None)
    return attrs


_cleaner = bleach.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
    css_sanitizer=CSSSanitizer(allowed_css_properties=[]),
)


def render(source: str) -> str:
    """Markdown source to sanitised HTML, with every link marked as user content."""
    html = _markdown.render(source)
    # Headings in a post are demoted so they never compete with the page's own.
    for level in (1, 2):
        html = html.replace(f"<h{level}>", "<h3>").replace(f"</h{level}>", "</h3>")
    cleaned = _cleaner.clean(html)
    return bleach.linkify(
        cleaned, callbacks=[_set_rel], parse_email=False, skip_tags={"pre", "code"}
    )


def quote(source: str) -> str:
    """Markdown that quotes `source`, for a reply."""
    return "\n".join(f"> {line}" if line else ">" for line in source.strip().splitlines()) + "\n\n"
