"""Content notes: authors mark distressing topics; members may have them collapsed."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from forum.extensions import db
from forum.threads.models import ContentNote, Topic
from tests.factories import make_moderator, make_topic, make_user, sign_in

NOTICE = "Content note: Self-harm. This topic may be distressing."


@pytest.fixture
def author(client):
    user = make_user(display_name="Priya")
    sign_in(client, user)
    return user


@pytest.fixture
def reader(app):
    user = make_user(display_name="Tom")
    browser = app.test_client()
    sign_in(browser, user)
    return user, browser


def text(response) -> str:
    return response.get_data(as_text=True)


def test_the_new_topic_form_offers_a_content_note(client, author):
    page = text(client.get("/s/off-topic/new"))
    assert re.search(r'<label for="content_note">Content note</label>', page)
    for label in ("None", "Abuse", "Self-harm", "Bereavement"):
        assert f">{label}</option>" in page


def test_an_author_marks_a_new_topic_and_everyone_sees_the_badge_in_the_space(
    client, author, reader
):
    response = client.post(
        "/s/off-topic/new",
        data={
            "title": "After a hard week",
            "body": "Looking after yourself after a difficult visit.",
            "content_note": "self_harm",
            "submit": "Post topic",
        },
    )
    assert response.status_code == 302
    topic = db.session.scalar(select(Topic).where(Topic.title == "After a hard week"))
    assert topic.content_note is ContentNote.self_harm
    _, browser = reader
    assert "Content note: Self-harm" in text(browser.get("/s/off-topic"))


def test_a_topic_without_a_note_shows_none(client, author, reader):
    topic = make_topic(author, "off-topic")
    _, browser = reader
    assert "Content note:" not in text(browser.get("/s/off-topic"))
    assert "This topic may be distressing" not in text(browser.get(f"/t/{topic.id}"))


def test_a_made_up_content_note_is_a_form_error_that_keeps_what_was_typed(client, author):
    response = client.post(
        "/s/off-topic/new",
        data={
            "title": "After a hard week",
            "body": "Kept text.",
            "content_note": "gore",
            "submit": "Post topic",
        },
    )
    assert response.status_code == 422
    assert "Kept text.</textarea>" in text(response)


def test_the_author_changes_and_then_clears_the_note(client, author):
    topic = make_topic(author, "off-topic")
    assert f'<form method="post" action="/t/{topic.id}/content-note"' in text(
        client.get(f"/t/{topic.id}")
    )
    changed = client.post(f"/t/{topic.id}/content-note", data={"content_note": "bereavement"})
    assert changed.status_code == 302
    db.session.refresh(topic)
    assert topic.content_note is ContentNote.bereavement
    assert "Content note: Bereavement." in text(client.get(f"/t/{topic.id}"))

    client.post(f"/t/{topic.id}/content-note", data={"content_note": ""})
    db.session.refresh(topic)
    assert topic.content_note is None


def test_a_moderator_may_set_the_note_on_anyones_topic(app, author):
    topic = make_topic(author, "off-topic")
    browser = app.test_client()
    sign_in(browser, make_moderator())
    browser.post(f"/t/{topic.id}/content-note", data={"content_note": "abuse"})
    db.session.refresh(topic)
    assert topic.content_note is ContentNote.abuse


def test_another_member_can_neither_see_nor_use_the_content_note_form(author, reader):
    topic = make_topic(author, "off-topic")
    _, browser = reader
    assert "/content-note" not in text(browser.get(f"/t/{topic.id}"))
    refused = browser.post(f"/t/{topic.id}/content-note", data={"content_note": "abuse"})
    assert refused.status_code == 403
    db.session.refresh(topic)
    assert topic.content_note is None


def test_a_member_who_chose_to_collapse_sees_the_notice_and_the_posts_folded(reader, author):
    topic = make_topic(author, "off-topic", replies=1, content_note=ContentNote.self_harm)
    user, browser = reader
    user.collapse_content_notes = True
    db.session.flush()
    page = text(browser.get(f"/t/{topic.id}"))
    assert NOTICE in page
    folded = page.split("<main", 1)[1].split("<details", 1)[1].split("</details>", 1)[0]
    assert "<summary>Show the topic</summary>" in folded
    assert "Post 2 of topic" in folded


def test_a_member_who_did_not_choose_to_collapse_sees_the_notice_and_the_posts(reader, author):
    topic = make_topic(author, "off-topic", replies=1, content_note=ContentNote.self_harm)
    _, browser = reader
    page = text(browser.get(f"/t/{topic.id}"))
    assert NOTICE in page
    assert "Show the topic" not in page
    assert "Post 2 of topic" in page


def test_the_collapse_preference_is_a_checkbox_in_settings(reader):
    user, browser = reader
    page = text(browser.get("/settings"))
    assert "Collapse topics with content notes" in page
    assert 'name="collapse"' in page
    saved = browser.post("/settings/content-notes", data={"collapse": "y"})
    assert saved.status_code == 302
    assert saved.headers["Location"].endswith("/settings#content_notes")
    db.session.refresh(user)
    assert user.collapse_content_notes
    page = text(browser.get("/settings"))
    assert re.search(r'<input[^>]* checked [^>]*name="collapse"', page)

    browser.post("/settings/content-notes", data={})
    db.session.refresh(user)
    assert not user.collapse_content_notes
