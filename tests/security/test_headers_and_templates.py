"""Browser-side protections: headers, cookies, template escaping, safe redirects."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from forum.config import ROOT
from forum.urls import safe_next
from tests.factories import PASSWORD, make_topic, make_user, sign_in

# --- headers ---------------------------------------------------------------


@pytest.fixture
def pages(client):
    """A public page, member pages, an error page and a redirect."""
    member = make_user()
    topic = make_topic(member, "welcome", replies=2)
    anonymous = {"sign-in": client.get("/sign-in"), "redirect": client.get("/")}
    sign_in(client, member)
    return {
        **anonymous,
        "spaces": client.get("/"),
        "space": client.get("/s/welcome"),
        "topic": client.get(f"/t/{topic.id}"),
        "not found": client.get("/s/no-such-space"),
    }


def directives(csp: str) -> dict[str, list[str]]:
    parsed = {}
    for part in csp.split(";"):
        words = part.split()
        if words:
            parsed[words[0].lower()] = words[1:]
    return parsed


def test_every_page_sends_a_strict_content_security_policy(pages):
    for name, response in pages.items():
        csp = directives(response.headers.get("Content-Security-Policy", ""))
        assert csp.get("default-src") == ["'self'"], name
        assert csp.get("script-src") == ["'self'"], name
        assert csp.get("object-src") == ["'none'"], name
        assert csp.get("base-uri") in (["'none'"], ["'self'"]), name
        assert csp.get("frame-ancestors") == ["'none'"], name
        assert csp.get("form-action") == ["'self'"], name
        assert not any("unsafe" in source for sources in csp.values() for source in sources), name


def test_every_page_forbids_sniffing_framing_and_leaking_the_address(pages):
    for name, response in pages.items():
        assert response.headers.get("X-Content-Type-Options") == "nosniff", name
        assert response.headers.get("X-Frame-Options") == "DENY", name
        assert response.headers.get("Referrer-Policy") in {
            "no-referrer",
            "same-origin",
            "strict-origin",
        }, name


def test_every_page_is_kept_out_of_search_engines_and_shared_caches(pages):
    for name, response in pages.items():
        assert "noindex" in response.headers.get("X-Robots-Tag", ""), name
        if response.mimetype == "text/html":
            assert "no-store" in response.headers.get("Cache-Control", ""), name


def test_html_pages_carry_the_robots_meta_too(pages):
    for name in ("sign-in", "spaces", "topic", "not found"):
        assert '<meta name="robots" content="noindex' in pages[name].get_data(as_text=True), name


# --- cookies ----------------------------------------------------------------


def cookie_headers(response, name: str) -> list[str]:
    return [h for h in response.headers.getlist("Set-Cookie") if h.startswith(f"{name}=")]


def test_signing_in_sets_cookies_scripts_cannot_read_and_other_sites_cannot_send(client):
    member = make_user()
    response = client.post(
        "/sign-in", data={"email": member.email, "password": PASSWORD, "remember": "y"}
    )
    assert response.status_code == 302
    for name in ("session", "remember_token"):
        headers = cookie_headers(response, name)
        assert headers, f"no {name} cookie"
        for header in headers:
            attributes = {a.strip().lower() for a in header.split(";")[1:]}
            assert "httponly" in attributes, header
            assert "samesite=lax" in attributes, header


# --- templates -------------------------------------------------------------

TEMPLATES = sorted((ROOT / "templates").rglob("*.html"))
SAFE_FILTER = re.compile(r"\{\{\s*(?P<expr>[^}]*?)\s*\|\s*safe\b")


def test_there_are_templates_to_check():
    assert len(TEMPLATES) > 5


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(ROOT)))
def test_safe_follows_only_stored_sanitised_html(path: Path):
    text = path.read_text()
    for match in SAFE_FILTER.finditer(text):
        assert re.fullmatch(r"[\w.]+_html", match.group("expr")), (
            f"{path.name}: |safe after {match.group('expr')!r}"
        )
    # Other ways to switch escaping off.
    assert not re.search(r"autoescape\s+false", text, re.IGNORECASE)
    assert not re.search(r"\|\s*safe\s*\(", text)


def test_no_python_code_marks_strings_as_safe_html():
    """Only forum/html.py makes Markup, and only from a template whose values it escapes."""
    offenders = []
    for package in ("forum", "moderation"):
        for path in (ROOT / package).rglob("*.py"):
            text = path.read_text()
            if path == ROOT / "forum" / "html.py":
                assert re.findall(r"\bMarkup\s*\(.*", text) == [
                    "Markup(text)  # noqa: S704 (catalogue text, written by the project)",
                    "Markup(template.format(*escaped))  # noqa: S704 (a literal template; values escaped)",
                ]
                assert "escaped = [escape(value) for value in values]" in text
                continue
            if re.search(r"\bMarkup\s*\(|markupsafe|render_template_string", text):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_tags_built_in_python_escape_what_they_are_given():
    from forum.html import html

    built = html('<span title="{}">{}</span>', '"><script>', "<b>&")
    assert str(built) == '<span title="&#34;&gt;&lt;script&gt;">&lt;b&gt;&amp;</span>'


# --- redirects -------------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    [
        "//evil.com",
        "//evil.com/t/3",
        "/\\evil.com",
        "/\\/evil.com",
        "\\\\evil.com",
        "https://evil.com",
        "http://evil.com/",
        "HTTPS://evil.com",
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "evil.com",
        "/\tevil.com",
        "/%0d%0aSet-Cookie:x=1\r\n",
        "/ok\r\nLocation: https://evil.com",
        " //evil.com",
        "",
        None,
    ],
)
def test_safe_next_refuses_anything_that_could_leave_the_site(target):
    assert safe_next(target, "/") == "/"


@pytest.mark.parametrize("target", ["/t/3?page=2", "/t/3#p9", "/s/welcome", "/"])
def test_safe_next_keeps_a_path_on_this_site(target):
    assert safe_next(target, "/fallback") == target


def where(response) -> str:
    location = urlsplit(response.headers["Location"])
    return location.path + (f"?{location.query}" if location.query else "")


@pytest.mark.parametrize(
    ("next_value", "expected"),
    [
        ("/t/3?page=2", "/t/3?page=2"),
        ("/s/good-practice", "/s/good-practice"),
        ("//evil.com", "/"),
        ("/\\evil.com", "/"),
        ("https://evil.com", "/"),
        ("javascript:alert(1)", "/"),
    ],
)
def test_sign_in_goes_on_only_to_a_page_on_this_site(client, next_value, expected):
    member = make_user()
    response = client.post(
        "/sign-in",
        query_string={"next": next_value},
        data={"email": member.email, "password": PASSWORD},
    )
    assert response.status_code == 302
    location = urlsplit(response.headers["Location"])
    assert location.netloc in ("", "localhost")
    assert where(response) == expected


def test_the_gate_remembers_where_a_visitor_was_going(client):
    response = client.get("/t/3?page=2")
    assert response.status_code == 302
    assert where(response).startswith("/sign-in?next=")
