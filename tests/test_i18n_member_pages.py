"""Threads, people, messages, notifications, search and the pages a newcomer reads come from the catalogue.

The pseudo-translation of tests/pseudo_language.py writes every extracted message in
full-width letters; a plain English word left on one of these pages is a string nobody
marked for translation (what members wrote, and times, are taken out first).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy import select

from forum.extensions import db
from forum.notifications import unsubscribe
from forum.notifications.models import Notification
from forum.people.models import Connection, ConnectionState
from forum.people.relations import pair
from forum.threads import services as threads
from forum.threads.models import Post
from tests.factories import make_moderator, make_user, sign_in, space
from tests.messages.helpers import connect
from tests.pseudo_language import (
    PSEUDO,
    english_left,
    full_width,
    members_words,
    read,
)

pytestmark = pytest.mark.usefixtures("pseudo")

SITE = "Practice Commons"
NOTE = "Ola Brook replied to your topic"
IN_PSEUDO = {"Accept-Language": PSEUDO}  # so a flashed message is in it too
# A search snippet quotes what members wrote, cut and marked differently by each database.
SNIPPET = re.compile(r'<p class="snippet">.*?</p>', re.S)


def written_here() -> list[str]:
    """Everything members wrote in these tests, with the space names and audiences."""
    bodies = db.session.scalars(select(Post.body_source)).all()
    names = ["Sam Quill", "Ola Brook", "Jo Fenn", "Handover notes", NOTE, SITE, "SQ", "OB", "JF"]
    before_an_edit = "Thanks for the handover checklist."
    return [*names, *bodies, before_an_edit, "Hello again, it has been years.", *members_words()]


@pytest.fixture
def scene() -> dict[str, Any]:
    """Sam, connected with Ola and asked by Jo; a topic with a reply; a bookmark, a note, a message."""
    sam = make_user(display_name="Sam Quill")
    ola = make_user(display_name="Ola Brook")
    jo = make_user(display_name="Jo Fenn")
    connect(sam, ola)
    low, high = pair(jo.id, sam.id)
    db.session.add(
        Connection(
            requester_id=jo.id,
            recipient_id=sam.id,
            low_id=low,
            high_id=high,
            state=ConnectionState.pending,
            message="Hello again, it has been years.",
        )
    )
    opened = threads.create_topic(
        ola, space("welcome"), "Handover notes", "The handover went well."
    )
    topic = opened.saved
    assert topic is not None
    answered = threads.reply(sam, topic, "Thanks for the handover checklist.")
    assert answered.saved is not None
    first = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 1))
    assert first is not None
    db.session.add(Notification(user_id=sam.id, kind="reply", text=NOTE, link=f"/t/{topic.id}"))
    db.session.flush()
    return {"sam": sam, "ola": ola, "topic": topic, "first": first, "reply": answered.saved}


MEMBER_PAGES = [
    "/t/{topic}",
    "/t/{topic}/reply",
    "/s/welcome/new",
    "/p/{reply}/edit",
    "/members/{ola}",
    "/members/{sam}",
    "/settings/profile",
    "/connections",
    "/messages",
    "/messages/new?to={ola}",
    "/notifications",
    "/search?q=handover",
    "/search?q=nowhere",
    "/bookmarks",
    "/members",
    "/members?q=nobody+by+this+name",
    "/safety",
    "/guidelines",
]


@pytest.mark.parametrize("path", MEMBER_PAGES)
def test_a_members_pages_say_nothing_in_english_of_their_own(client, scene, path):
    sign_in(client, scene["sam"])
    client.post(f"/p/{scene['first'].id}/bookmark", headers=IN_PSEUDO)

    address = path.format(
        topic=scene["topic"].id, reply=scene["reply"].id, ola=scene["ola"].id, sam=scene["sam"].id
    )
    left = english_left(SNIPPET.sub("", read(client, address)), written_here())

    assert left == [], (path, " ".join(left))


@pytest.mark.parametrize("part", ["header", "footer"])
def test_the_header_and_footer_say_nothing_in_english_of_their_own(client, scene, part):
    sign_in(client, scene["sam"])

    left = english_left(read(client, "/"), written_here(), within=part)

    assert left == [], (part, " ".join(left))


def test_a_conversation_says_nothing_in_english_of_its_own(client, scene):
    sign_in(client, scene["sam"])
    sent = client.post(
        f"/messages/new?to={scene['ola'].id}",
        data={"body": "See you at the course.", "submit": "x"},
        headers=IN_PSEUDO,
    )
    assert sent.status_code == 302

    left = english_left(
        read(client, sent.headers["Location"]), [*written_here(), "See you at the course."]
    )

    assert left == [], " ".join(left)


def test_a_moderator_reads_the_topic_and_its_revisions_in_the_members_language(client, scene):
    moderator = make_moderator(display_name="Jo Fenn")
    sign_in(client, scene["sam"])
    client.post(
        f"/p/{scene['reply'].id}/edit",
        data={"body": "Thanks for the checklist.", "submit": "x"},
        headers=IN_PSEUDO,
    )
    sign_in(client, moderator)

    for address in (f"/t/{scene['topic'].id}", f"/p/{scene['reply'].id}/revisions"):
        left = english_left(read(client, address), written_here())
        assert left == [], (address, " ".join(left))


@pytest.mark.parametrize("path", ["/apply", "/safety", "/guidelines"])
def test_a_visitor_reads_the_apply_and_safety_pages_in_their_language(client, path):
    html = read(client, path)

    assert english_left(html, [SITE]) == [], path
    assert english_left(html, [SITE], within="footer") == [], path


def test_counts_take_the_plural_form_from_the_catalogue(client, scene):
    sign_in(client, scene["sam"])

    page = read(client, "/search?q=handover")

    assert f"<h2>2 {full_width('results')}</h2>" in page
    assert (
        f'<span class="count">{full_width("(1 new)")}</span>' in page
    )  # the header's notifications


def test_the_unsubscribe_pages_speak_the_readers_language(client, scene):
    token = unsubscribe.make_token(scene["sam"].id, "reply")

    asking = english_left(read(client, f"/unsubscribe/{token}"), written_here())
    done = client.post(f"/unsubscribe/{token}", headers=IN_PSEUDO, follow_redirects=True)
    broken = client.get("/unsubscribe/not-a-token", headers=IN_PSEUDO)

    assert asking == [], " ".join(asking)
    assert english_left(done.get_data(as_text=True), written_here()) == []
    assert broken.status_code == 400
    assert english_left(broken.get_data(as_text=True), written_here()) == []
