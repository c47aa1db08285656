"""What the browser is told: scripts only from our files, no framing, no caching of member pages.

Representative pages of each kind (HTML, JSON, a calendar file, an export, a
member's photo) are checked; a template with inline script or inline event
handlers fails the test, since the policy would silently block it.
"""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image

from forum.config import ROOT
from tests.events.helpers import make_event
from tests.factories import make_moderator, make_topic, make_user, sign_in

TEMPLATES = sorted((ROOT / "templates").rglob("*.html"))
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
INLINE_HANDLER = re.compile(r"\son[a-z]+\s*=", re.IGNORECASE)


def directives(csp: str) -> dict[str, list[str]]:
    parsed = {}
    for part in csp.split(";"):
        words = part.split()
        if words:
            parsed[words[0].lower()] = words[1:]
    return parsed


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 64), "teal").save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def member_responses(client):
    """One response of each kind a signed-in member gets."""
    member = make_user()
    topic = make_topic(member, "welcome", replies=1)
    event = make_event(member)
    sign_in(client, member)
    uploaded = client.post(
        "/settings/profile/photo",
        data={"photo": (io.BytesIO(png()), "me.png"), "upload": "Upload photo"},
    )
    assert uploaded.status_code == 302
    responses = {
        "home": client.get("/"),
        "topic": client.get(f"/t/{topic.id}"),
        "settings": client.get("/settings"),
        "messages": client.get("/messages"),
        "search": client.get("/search?q=supervision"),
        "mention names (JSON)": client.get("/mentions/suggest?q=Mem"),
        "calendar file": client.get(f"/t/{event.id}/event.ics"),
        "data download": client.post("/settings/your-data/download"),
        "photo": client.get(f"/members/{member.id}/avatar"),
        "not found": client.get("/t/999999999"),
    }
    sign_in(client, make_moderator())
    responses["audit export"] = client.get("/moderation/audit/export.csv")
    for name, response in responses.items():
        assert response.status_code in {200, 404}, name
    yield responses
    for response in responses.values():
        response.close()  # the photo is streamed from its file


def test_there_are_templates_to_check():
    assert len(TEMPLATES) > 50


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_template_has_inline_script_or_event_handlers(path):
    text = path.read_text()
    assert INLINE_SCRIPT.findall(text) == []
    assert INLINE_HANDLER.findall(text) == []


def test_member_pages_allow_scripts_only_from_our_own_files(member_responses):
    for name in ("home", "topic", "settings", "messages", "search", "not found"):
        csp = directives(member_responses[name].headers["Content-Security-Policy"])
        assert csp["script-src"] == ["'self'"], name
        assert "'unsafe-inline'" not in str(csp), name
        assert "'unsafe-eval'" not in str(csp), name


def test_no_response_may_be_framed_by_another_site(member_responses):
    for name, response in member_responses.items():
        csp = directives(response.headers["Content-Security-Policy"])
        assert csp["frame-ancestors"] == ["'none'"], name
        assert response.headers["X-Frame-Options"] == "DENY", name


def test_nothing_a_member_is_shown_is_kept_in_a_cache(member_responses):
    for name, response in member_responses.items():
        cache = response.headers.get("Cache-Control", "")
        if name == "photo":  # revalidated on every view, never kept by a shared cache
            assert "private" in cache
            assert "no-cache" in cache
        else:
            assert "no-store" in cache, name


def test_a_members_photo_is_served_as_an_inline_image_that_cannot_run_anything(
    member_responses,
):
    photo = member_responses["photo"]
    assert photo.mimetype == "image/png"
    assert photo.headers["X-Content-Type-Options"] == "nosniff"
    # Shown in the page, under the random name it is stored by: nothing about the member.
    assert re.fullmatch(
        r'inline; filename="?[0-9a-f]{32}\.png"?', photo.headers["Content-Disposition"]
    )
    csp = directives(photo.headers["Content-Security-Policy"])
    assert csp["default-src"] == ["'none'"]
    assert "sandbox" in csp


def test_downloads_are_attachments_with_names_we_chose(member_responses):
    for name in ("calendar file", "data download", "audit export"):
        disposition = member_responses[name].headers["Content-Disposition"]
        assert re.fullmatch(r'attachment; filename="[a-z0-9.-]+"', disposition), disposition


def test_our_stylesheet_and_scripts_may_still_be_cached(client):
    response = client.get("/static/site.css")
    response.close()
    assert response.status_code == 200
    assert "no-store" not in response.headers.get("Cache-Control", "")
