"""Markdown to safe HTML: the only module that imports markdown-it and bleach.

User text is rendered once, when it is written, and the result is stored beside
the source; templates may mark only these stored `*_html` values as safe.
"""

from __future__ import annotations

import html

import bleach
from bleach.css_sanitizer import CSSSanitizer
from bleach.html5lib_shim import Filter
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
# Bare URLs become links here, where code spans are understood and left alone.
_markdown = (
    MarkdownIt("commonmark", {"html": False, "linkify": True})
    .enable("linkify")
    .enable("table")
    .enable("strikethrough")
)


class _UserLinks(Filter):
    """Mark every surviving link as user content that search engines must not follow."""

    def __iter__(self):  # type: ignore[no-untyped-def]
        for token in super().__iter__():
            if token["type"] in {"StartTag", "EmptyTag"} and token["name"] == "a":
                token["data"][(None, "rel")] = LINK_REL
                token["data"].pop((None, "target"), None)
            yield token


# One pass: sanitise, then mark every link as user content.
_cleaner = bleach.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
    css_sanitizer=CSSSanitizer(allowed_css_properties=[]),
    filters=[_UserLinks],
)


def render(source: str) -> str:
    """Markdown source to sanitised HTML, with every link marked as user content."""
    rendered = _markdown.render(source)
    # Headings in a post are demoted so they never compete with the page's own.
    for level in (1, 2):
        rendered = rendered.replace(f"<h{level}>", "<h3>").replace(f"</h{level}>", "</h3>")
    return str(_cleaner.clean(rendered))


def quote(source: str) -> str:
    """Markdown that quotes `source`, for a reply."""
    return "\n".join(f"> {line}" if line else ">" for line in source.strip().splitlines()) + "\n\n"


def highlight(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Plain text as HTML with each (start, end, reason) span in a <mark>.

    Everything is escaped first; the result goes through the same sanitiser as
    posts, so the only markup that can come out is <mark> and <br>.
    """
    out: list[str] = []
    cursor = 0
    for start, end, reason in sorted(spans):
        if start < cursor:
            continue
        out.append(html.escape(text[cursor:start]))
        out.append(f'<mark title="{html.escape(reason)}">{html.escape(text[start:end])}</mark>')
        cursor = end
    out.append(html.escape(text[cursor:]))
    joined = "".join(out).replace("\n", "<br>\n")
    return str(_highlight_cleaner.clean(joined))


_highlight_cleaner = bleach.Cleaner(
    tags={"mark", "br"}, attributes={"mark": ["title"]}, protocols=set(), strip=True
)
