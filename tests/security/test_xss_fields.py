"""The XSS corpus through the text fields beyond posts: profiles, messages, reports, check-ins, events, search.

Each payload goes in through the form a member uses and every page that shows
it is walked with the checker from test_xss.py. Sanitising twice changes
nothing (so an edit of stored HTML cannot turn harmless into harmful).
"""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import select

from forum import markup
from forum.checkins.models import DropIn
from forum.extensions import db
from forum.messages.models import Message
from tests.security.role_world import World, build, rolled_back
from tests.security.test_xss import PAYLOADS, assert_harmless, executable_parts, ids

# Tricks that lean on Unicode rather than on HTML.
UNICODE = [
    "[click](java\u200bscript:alert(1))",  # zero-width space inside the scheme
    "[click](\u202ejavascript:alert(1))",  # right-to-left override in front
    "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",  # full-width angle brackets
    "<scr\u0130pt>alert(1)</scr\u0130pt>",  # dotted capital I folds to "i"
    "[click](javascript\uff1aalert(1))",  # full-width colon
    '<a href="java\u0000script:alert(1)">x</a>',
]
CORPUS = [p for p in PAYLOADS if "\x00" not in p][::3] + UNICODE  # a few dozen, every kind


@pytest.fixture
def world(app: Flask) -> World:
    return build(app)


def as_role(app: Flask, world: World, role: str):
    client = app.test_client()
    cookie = world.cookies[role]
    assert cookie is not None
    client.set_cookie("session", cookie)
    return client


@pytest.mark.parametrize("payload", [*PAYLOADS, *UNICODE], ids=ids)
def test_sanitising_is_idempotent(payload):
    """Stored HTML cleaned again is unchanged, and stored HTML read as markdown stays harmless."""
    stored = markup.render(payload)
    clean = markup._cleaner.clean  # the one sanitiser markup.render ends with
    assert clean(stored) == stored
    assert clean(clean(payload)) == clean(payload)
    assert executable_parts(markup.render(stored)) == []


@pytest.mark.parametrize("payload", UNICODE, ids=ids)
def test_unicode_tricks_render_harmless(payload):
    assert executable_parts(markup.render(payload)) == []


@pytest.mark.parametrize("payload", CORPUS, ids=ids)
def test_payload_in_profile_fields_is_harmless(app, world, payload):
    owner = as_role(app, world, "practitioner")
    with rolled_back():
        saved = owner.post(
            "/settings/profile",
            data={
                "display_name": payload[:60],
                "role_line": payload[:120],
                "organisation": payload[:120],
                "region": payload[:80],
                "interests": payload[:200],
                "about": payload,
                "save": "Save profile",
            },
        )
        assert saved.status_code in {200, 302, 422}
        user_id = world.values["user_id"]
        for role in ("practitioner", "care_leaver", "moderator"):
            client = as_role(app, world, role)
            assert_harmless(client.get(f"/members/{user_id}"), f"profile, as {role}")
        assert_harmless(owner.get("/settings/profile"), "profile form")


@pytest.mark.parametrize("payload", CORPUS, ids=ids)
def test_payload_in_a_message_is_harmless(app, world, payload):
    conversation = world.by_endpoint["messages"]["item_id"]
    sender = as_role(app, world, "practitioner")
    with rolled_back():
        sent = sender.post(f"/messages/{conversation}", data={"body": payload, "submit": "Send"})
        assert sent.status_code in {200, 302, 422}
        stored = db.session.scalars(select(Message.body_html)).all()
        assert all(executable_parts(html) == [] for html in stored)
        reader = as_role(app, world, "care_leaver")
        assert_harmless(reader.get(f"/messages/{conversation}"), "conversation")
        assert_harmless(reader.get("/messages"), "message list")


@pytest.mark.parametrize("payload", CORPUS, ids=ids)
def test_payload_in_report_details_is_harmless_to_moderators(app, world, payload):
    post_id = world.values["post_id"]
    reporter = as_role(app, world, "care_leaver")
    with rolled_back():
        sent = reporter.post(
            f"/report/post/{post_id}",
            data={"reason": "other", "details": payload, "submit": "Send report"},
        )
        assert sent.status_code in {200, 302, 422}
        moderator = as_role(app, world, "moderator")
        case = world.by_endpoint["moderation_reports"]["item_id"]
        assert_harmless(moderator.get("/moderation/reports"), "report queue")
        assert_harmless(moderator.get(f"/moderation/reports/{case}"), "report case")


@pytest.mark.parametrize("payload", CORPUS, ids=ids)
def test_payload_in_a_check_in_note_is_harmless(app, world, payload):
    agreement = world.by_endpoint["checkins"]["item_id"]
    leaver = as_role(app, world, "care_leaver")
    with rolled_back():
        sent = leaver.post(
            f"/checkins/{agreement}/drop-in",
            data={"mood": "needs_sorting", "note": payload[:500], "submit": "Send check-in"},
        )
        assert sent.status_code in {200, 302, 422}
        notes = db.session.scalars(select(DropIn.note)).all()
        assert notes  # the world's own drop-in at least
        worker = as_role(app, world, "practitioner")
        assert_harmless(worker.get(f"/checkins/{agreement}"), "check-in page")


@pytest.mark.parametrize("payload", CORPUS, ids=ids)
def test_payload_in_an_event_place_or_link_is_harmless(app, world, payload):
    event = world.by_endpoint["events"]["topic_id"]
    author = as_role(app, world, "practitioner")
    with rolled_back():
        saved = author.post(
            f"/t/{event}/event",
            data={
                "starts": "2030-10-24T10:00",
                "ends": "2030-10-24T11:30",
                "time_zone": "Europe/London",
                "place_kind": "in_person",
                "place": payload[:200],
                "link": payload[:300],
            },
        )
        assert saved.status_code in {200, 302, 422}
        if saved.status_code != 302:  # refused: the form comes back with what was typed
            assert executable_parts(saved.get_data(as_text=True)) == []
        assert_harmless(author.get(f"/t/{event}"), "event topic")
        assert_harmless(author.get("/events"), "events list")


@pytest.mark.parametrize("payload", CORPUS, ids=ids)
def test_a_search_term_echoed_back_is_harmless(app, world, payload):
    client = as_role(app, world, "ally")
    with rolled_back():
        assert_harmless(client.get("/search", query_string={"q": payload}), "search")
        assert_harmless(client.get("/members", query_string={"q": payload}), "directory")
