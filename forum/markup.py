"""Markdown to safe HTML: the only module that imports markdown-it and bleach.

User text is rendered once, when it is written, and the result is stored beside
the source; templates may mark only these stored `*_html` values as safe.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator

import bleach
from bleach.css_sanitizer import CSSSanitizer
from bleach.html5lib_shim import Filter
from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

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


# --- Mentions: "@" and a display name (forum/mentions decides who it is) -------------

MENTION_REACH = 61  # the longest display name, and the character that ends it
# Given the text after an "@", answer (how many characters the name takes, the
# profile link), or None to leave it as text. Called in reading order.
MentionResolver = Callable[[str], "tuple[int, str] | None"]
_AT = re.compile(r"(?<!\w)@(?=\w)")  # not inside an address like jo@example.org


def _mention_spots(tokens: list[Token]) -> Iterator[tuple[list[Token], int]]:
    """Text where a mention counts: not in code, a link, or a quote of someone else."""
    quoted = 0
    for block in tokens:
        if block.type == "blockquote_open":
            quoted += 1
        elif block.type == "blockquote_close":
            quoted -= 1
        elif block.type == "inline" and not quoted and block.children:
            in_link = 0
            for i, child in enumerate(block.children):
                if child.type == "link_open":
                    in_link += 1
                elif child.type == "link_close":
                    in_link -= 1
                elif child.type == "text" and not in_link and "@" in child.content:
                    yield block.children, i


def mention_candidates(source: str) -> list[str]:
    """The text after each "@" that could start a mention, in reading order."""
    if "@" not in source:
        return []
    found: list[str] = []
    for children, i in _mention_spots(_markdown.parse(source)):
        text = children[i].content
        found += [text[m.end() : m.end() + MENTION_REACH] for m in _AT.finditer(text)]
    return found


def _text_token(content: str, level: int) -> Token:
    token = Token("text", "", 0, content=content)
    token.level = level
    return token


def _linked(token: Token, resolve: MentionResolver) -> list[Token] | None:
    """One text token split around the mentions the resolver links, or None."""
    text, level = token.content, token.level
    nodes: list[Token] = []
    last = 0
    for match in _AT.finditer(text):
        if match.start() < last:
            continue
        found = resolve(text[match.end() : match.end() + MENTION_REACH])
        if found is None:
            continue
        end = match.end() + found[0]
        opening = Token("link_open", "a", 1, attrs={"href": found[1]}, markup="mention")
        opening.level = level
        closing = Token("link_close", "a", -1, markup="mention")
        closing.level = level
        nodes += [
            _text_token(text[last : match.start()], level),
            opening,
            _text_token(text[match.start() : end], level + 1),
            closing,
        ]
        last = end
    if not nodes:
        return None
    nodes.append(_text_token(text[last:], level))
    return [n for n in nodes if n.type != "text" or n.content]


def _link_mentions(state: StateCore) -> None:
    """Core rule: turn resolved mentions into links (only when render() is given a resolver)."""
    resolve = state.env.get("mentions") if isinstance(state.env, dict) else None
    if resolve is None:
        return
    spots = [(children, i) for children, i in _mention_spots(state.tokens)]
    linked = [(children, i, _linked(children[i], resolve)) for children, i in spots]
    for children, i, nodes in reversed(linked):  # from the end, so earlier indexes stay put
        if nodes is not None:
            children[i : i + 1] = nodes


_markdown.core.ruler.push("mentions", _link_mentions)


def render(source: str, mentions: MentionResolver | None = None) -> str:
    """Markdown source to sanitised HTML, with every link marked as user content.

    `mentions` (from forum/mentions) links the "@names" it recognises to
    profiles; the link text is what the author typed, escaped like any text.
    """
    rendered = _markdown.render(source, {"mentions": mentions} if mentions else None)
    # Headings in a post are demoted so they never compete with the page's own.
    for level in (1, 2):
        rendered = rendered.replace(f"<h{level}>", "<h3>").replace(f"</h{level}>", "</h3>")
    return str(_cleaner.clean(rendered))


def quote(source: str, *, author: str | None = None, link: str | None = None) -> str:
    """Markdown that quotes `source`, for a reply.

    With `link` (the quoted post's permalink) it opens "<author> wrote:" linking
    to the post, so the reply records which post it quotes: see quoted_post_ids.
    """
    body = "\n".join(f"> {line}" if line else ">" for line in source.strip().splitlines())
    if link is None:
        return body + "\n\n"
    name = _MARKDOWN_PUNCTUATION.sub(r"\\\g<0>", " ".join((author or "").split()))
    return f"> [{name} wrote]({link}):\n>\n{body}\n\n"


_MARKDOWN_PUNCTUATION = re.compile(r"[!-/:-@\[-`{-~]")  # each may be escaped with "\"
# In stored HTML: a quote opening or closing, or a site-relative link to a post.
_QUOTE_OR_POST_LINK = re.compile(r'<(/?)blockquote>|<a href="(?:/[^"/]+)*/p/(\d+)"')


def quoted_post_ids(body_html: str) -> list[int]:
    """Posts a stored body quotes: links to a post directly inside a quote.

    A quote within a quote (quoting a reply that itself quoted someone) does
    not count: that author was told when they were first quoted.
    """
    depth, found = 0, []
    for match in _QUOTE_OR_POST_LINK.finditer(body_html):
        if match.group(2) is None:
            depth += -1 if match.group(1) else 1
        elif depth == 1:
            found.append(int(match.group(2)))
    return list(dict.fromkeys(found))


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
