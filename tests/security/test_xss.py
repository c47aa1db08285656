"""Nothing a member types can run in another member's browser.

Every payload goes in through the forms a member uses (a topic, a reply, a
preview, a title) or through a display name, and every page that shows it is
walked tag by tag: no script-bearing elements, no event handlers, no
`javascript:`-style URLs anywhere on the page.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from forum import markup
from forum.accounts.models import AccountStatus
from tests.factories import make_moderator, make_topic, make_user, sign_in

# OWASP filter-evasion style payloads, as a member might type them in markdown.
PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=http://xss.example/xss.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    '<img src=x onerror="alert(1)">',
    "<IMG SRC=javascript:alert('XSS')>",
    "<img src=`javascript:alert(1)`>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](&#106;avascript:alert(1))",
    "[click](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))",
    "[click](&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1))",
    "[click](jav&#x09;ascript:alert(1))",
    "[click](jav&#x0A;ascript:alert(1))",
    "[click](jav\tascript:alert(1))",
    "[click]( javascript:alert(1))",
    "[click](<javascript:alert(1)>)",
    "[click][ref]\n\n[ref]: javascript:alert(1)",
    "<javascript:alert(1)>",
    "<JAVASCRIPT:alert(1)>",
    "[click](vbscript:msgbox(1))",
    "[click](livescript:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "<data:text/html,<script>alert(1)</script>>",
    "![x](javascript:alert(1))",
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    '![x](http://x.example/a.png" onerror="alert(1))',
    "<svg onload=alert(1)>",
    "<svg/onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<math><mi><table><mglyph><svg><mtext><style><path id="</style><img onerror=alert(1) src>">',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '[a](http://x.example "onmouseover=alert(1)")',
    '[a](http://x.example "\\" onmouseover=\\"alert(1)")',
    '[a](http://x.example/"onmouseover="alert(1))',
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>">',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="data:text/html,<script>alert(1)</script>">',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="&#14;  javascript:alert(1)">x</a>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<p style="width: expression(alert(1))">x</p>',
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<base href="javascript:alert(1)//">',
    '<link rel="stylesheet" href="javascript:alert(1)">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<form action="javascript:alert(1)"><button>x</button></form>',
    '<button formaction="javascript:alert(1)">x</button>',
    "<img src=x onerror=alert(1)",
    "<script>alert(1)",
    "<a href='javascript:alert(1)",
    "<scr\x00ipt>alert(1)</scr\x00ipt>",
    "[x](java\x00script:alert(1))",
    "<img src=x one\x00rror=alert(1)>",
    "<body onload=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<!--<img src=x onerror=alert(1)>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "`<script>alert(1)</script>`",
    "```\n<script>alert(1)</script>\n```",
    "> <script>alert(1)</script>",
    "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
    "http://x.example/<script>alert(1)</script>",
    '[x](https://x.example/?q="><script>alert(1)</script>)',
    "{{ 7*7 }} {% raw %} ${alert(1)}",
]

FORBIDDEN_TAGS = frozenset(
    {
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "svg",
        "math", "style", "base", "img", "video", "audio", "source", "noscript", "template",
        "portal",
    }
)  # fmt: skip
URL_ATTRIBUTES = frozenset(
    {
        "href", "src", "action", "formaction", "data", "poster", "background", "srcset",
        "xlink:href", "codebase", "cite", "dynsrc", "lowsrc", "ping", "content",
    }
)  # fmt: skip
BAD_SCHEMES = ("javascript:", "vbscript:", "livescript:", "data:")
# What the page itself is allowed to have: the stylesheet, three plain metas, and
# the composer's own external script (same origin, no inline code).
OUR_LINK = re.compile(r"^/static/[\w./-]+\.css$")
# Our own scripts: external files from /static, deferred, never inline code.
OUR_SCRIPT = re.compile(r'<script src="/static/[\w-]+\.js" defer></script>')
OUR_SCRIPT_SRC = re.compile(r"^/static/[\w-]+\.js$")

OUR_METAS = frozenset({"charset", "viewport", "robots"})
# Browsers drop these before reading a URL's scheme.
IGNORED_IN_SCHEME = re.compile(r"[\x00-\x20\x7f]+")


class Executables(HTMLParser):
    """Collects every element or attribute on a page that could run code."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)  # attribute values arrive unescaped
        self.problems: list[str] = []
        self.in_our_script = False

    def handle_data(self, data: str) -> None:
        if self.in_our_script and data.strip():
            self.problems.append(f"inline code in our script element: {data!r}")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_our_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if (
            tag == "script"
            and set(values) == {"src", "defer"}
            and OUR_SCRIPT_SRC.match(values["src"])
            and not values["defer"]
        ):
            self.in_our_script = True
            return
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}> element")
        if tag == "link" and not (
            values.get("rel") == "stylesheet" and OUR_LINK.match(values.get("href", ""))
        ):
            self.problems.append(f"<link {values}>")
        if tag == "meta" and not (set(values) <= {"charset", "name", "content"}):
            self.problems.append(f"<meta {values}>")
        if tag == "meta" and "name" in values and values["name"] not in OUR_METAS:
            self.problems.append(f"<meta {values}>")
        for name, value in values.items():
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...> event handler")
            if name in {"style", "srcdoc"}:
                self.problems.append(f"<{tag} {name}={value!r}>")
            if name in URL_ATTRIBUTES:
                self._check_url(tag, name, value)

    handle_startendtag = handle_starttag

    def _check_url(self, tag: str, name: str, value: str) -> None:
        if tag == "meta" and name == "content":
            value = value.partition("url=")[2] if "url=" in value.lower() else ""
        normalised = IGNORED_IN_SCHEME.sub("", value).lower()
        if normalised.startswith(BAD_SCHEMES):
            self.problems.append(f"<{tag} {name}={value!r}>")


RAW_TAG = re.compile(
    r"<\s*/?\s*(script|iframe|object|embed|svg|math|style|base|img|applet)\b", re.IGNORECASE
)


def executable_parts(html: str) -> list[str]:
    """Everything on the page that a browser could execute; empty when safe."""
    scanner = Executables()
    scanner.feed(html)
    scanner.close()
    problems = list(scanner.problems)
    # A second, cruder look that does not depend on how html.parser tokenises.
    problems += [f"raw {m.group(0)!r}" for m in RAW_TAG.finditer(OUR_SCRIPT.sub("", html))]
    return problems


def assert_harmless(response, where: str) -> None:
    assert response.status_code == 200, f"{where}: {response.status_code}"
    html = response.get_data(as_text=True)
    assert executable_parts(html) == [], where


def accepted(response, payload: str) -> bool:
    """A post was saved (302), or, for text with NUL bytes only, refused (422).

    Browsers never send NUL in a form and PostgreSQL cannot store it, so refusing
    it is fine; failing with a 500 is not.
    """
    if "\x00" in payload and response.status_code == 422:
        assert_harmless(response, "the form, refused")
        return False
    assert response.status_code == 302, response.status_code
    return True


def topic_id_from(response) -> int:
    assert response.status_code == 302, response.status_code
    match = re.search(r"/t/(\d+)", response.headers["Location"])
    assert match, response.headers["Location"]
    return int(match.group(1))


def ids(payload: str) -> str:
    return payload.encode("unicode_escape").decode()[:50]


# --- the checker itself -----------------------------------------------------


def test_the_checker_spots_what_it_is_meant_to_spot():
    page = (
        '<p><a href=" J&#x61;vascript:alert(1)">x</a><b onclick="x()">y</b>'
        '<svg></svg><img src="/a.png"><a href="data:text/html,x">z</a></p>'
    )
    problems = executable_parts(page)
    assert any("javascript" in p.lower() for p in problems)
    assert any("onclick" in p for p in problems)
    assert any("<svg>" in p for p in problems)
    assert any("data:" in p for p in problems)
    assert executable_parts('<p><a href="https://example.org/">fine</a></p>') == []


# --- markup.render on its own ------------------------------------------------


@pytest.mark.parametrize("payload", PAYLOADS, ids=ids)
def test_render_leaves_nothing_executable(payload):
    html = markup.render(payload)
    assert executable_parts(html) == []
    tags = set(re.findall(r"<\s*([a-zA-Z][\w-]*)", html))
    assert tags <= markup.ALLOWED_TAGS


@pytest.mark.parametrize(
    "source",
    [
        "[a link](https://example.org/page)",
        "<https://example.org/page>",
        "see https://example.org/page for more",
        "see www.example.org for more",
        '[titled](https://example.org/page "A title")',
    ],
)
def test_every_link_is_marked_as_user_content(source):
    html = markup.render(source)
    links = re.findall(r"<a\s[^>]*>", html)
    assert links, html
    for link in links:
        assert 'rel="nofollow ugc noopener noreferrer"' in link
        assert "target=" not in link


def test_a_link_with_target_loses_it():
    html = markup.render("[x](https://example.org)")
    assert "target" not in html


# --- through the forms members use ------------------------------------------


@pytest.fixture
def member(client):
    user = make_user()
    sign_in(client, user)
    return user


@pytest.mark.parametrize("payload", PAYLOADS, ids=ids)
def test_payload_in_a_post_is_harmless_wherever_it_is_shown(client, member, payload):
    response = client.post(
        "/s/welcome/new",
        data={"title": "An ordinary title", "body": payload, "submit": "Post topic"},
    )
    if not accepted(response, payload):
        return
    topic_id = topic_id_from(response)
    reply = client.post(f"/t/{topic_id}/reply", data={"body": payload, "submit": "Post reply"})
    assert accepted(reply, payload)
    assert_harmless(client.get(f"/t/{topic_id}"), "topic page")
    assert_harmless(client.get("/s/welcome"), "space page")
    first_post = re.search(r'id="p(\d+)"', client.get(f"/t/{topic_id}").get_data(as_text=True))
    assert first_post
    assert_harmless(
        client.get(f"/t/{topic_id}/reply?quote={first_post.group(1)}"), "quoting reply page"
    )
    assert_harmless(client.get(f"/p/{first_post.group(1)}/edit"), "edit page")


@pytest.mark.parametrize("payload", PAYLOADS, ids=ids)
def test_payload_in_a_preview_is_harmless(client, member, payload):
    new = client.post(
        "/s/welcome/new",
        data={"title": "An ordinary title", "body": payload, "preview": "Preview"},
    )
    assert_harmless(new, "new topic preview")
    assert 'id="preview-title"' in new.get_data(as_text=True)
    topic = make_topic(member, "welcome")
    reply = client.post(f"/t/{topic.id}/reply", data={"body": payload, "preview": "Preview"})
    assert_harmless(reply, "reply preview")


@pytest.mark.parametrize("payload", PAYLOADS, ids=ids)
def test_payload_in_a_topic_title_is_harmless(client, member, payload):
    title = payload[:150]
    response = client.post(
        "/s/welcome/new",
        data={"title": title, "body": "An ordinary message.", "submit": "Post topic"},
    )
    if not accepted(response, payload):
        return
    topic_id = topic_id_from(response)
    assert_harmless(client.get("/s/welcome"), "space page")
    page = client.get(f"/t/{topic_id}")
    assert_harmless(page, "topic page")
    assert_harmless(client.get(f"/t/{topic_id}/reply"), "reply page")
    first_post = re.search(r'id="p(\d+)"', page.get_data(as_text=True))
    assert first_post
    assert_harmless(client.get(f"/p/{first_post.group(1)}/edit"), "edit page")


@pytest.mark.parametrize("payload", PAYLOADS, ids=ids)
def test_payload_as_a_display_name_is_harmless(client, payload):
    # Display names hold at most 60 characters; PostgreSQL refuses NUL in text.
    name = payload.replace("\x00", "")[:60]
    author = make_user(display_name=name)
    topic = make_topic(author, "welcome", replies=1)
    applicant = make_user(display_name=name, status=AccountStatus.pending)

    reader = make_user()
    sign_in(client, reader)
    assert_harmless(client.get("/s/welcome"), "space page")
    assert_harmless(client.get(f"/t/{topic.id}"), "topic page")

    sign_in(client, author)  # their own name in the header
    assert_harmless(client.get("/"), "spaces index")

    sign_in(client, make_moderator())
    assert_harmless(client.get("/moderation/applications"), "approval queue")
    approved = client.post(
        f"/moderation/applications/{applicant.id}", data={"approve": "Approve", "reason": ""}
    )
    assert approved.status_code == 302
    assert_harmless(client.get("/moderation/applications"), "the flash after approving")
