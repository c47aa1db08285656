"""An anonymous post never says who wrote it, except to a moderator who records why."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from forum.extensions import db
from forum.mail.models import OutboxMessage
from forum.threads.models import Post, Topic
from moderation.models import AuditEntry
from tests.factories import make_moderator, make_user, sign_in

NAME = "Quentin Sparrowhawk"  # unusual, so any leak is easy to find
EMAIL = "quentin.sparrowhawk@example.org"


def page(response) -> str:
    return response.get_data(as_text=True)


@pytest.fixture
def author_client(app):
    author = make_user(display_name=NAME, email=EMAIL)
    client = app.test_client()
    sign_in(client, author)
    client.user = author
    return client


@pytest.fixture
def anonymous_topic(author_client) -> Topic:
    response = author_client.post(
        "/s/case-discussion/new",
        data={
            "title": "Direct work with a withdrawn teenager",
            "body": "Young person A, aged 15, will not talk in sessions. Ideas welcome.",
            "anonymous": "y",
        },
    )
    assert response.status_code == 302
    return db.session.scalar(
        select(Topic).where(Topic.title == "Direct work with a withdrawn teenager")
    )


def _client_for(app, user):
    client = app.test_client()
    sign_in(client, user)
    return client


def _assert_no_leak(html: str) -> None:
    assert NAME not in html
    assert "Sparrowhawk" not in html
    assert EMAIL not in html


def test_others_see_anonymous_member_on_the_topic_and_in_the_list(app, anonymous_topic):
    reader = _client_for(app, make_user())
    topic_page = page(reader.get(f"/t/{anonymous_topic.id}"))
    assert "Anonymous member" in topic_page
    _assert_no_leak(topic_page)
    listing = page(reader.get("/s/case-discussion"))
    assert "Started by Anonymous member" in listing
    _assert_no_leak(listing)


def test_moderators_see_anonymous_member_too_until_they_reveal(app, anonymous_topic):
    moderator = _client_for(app, make_moderator())
    html = page(moderator.get(f"/t/{anonymous_topic.id}"))
    assert "Anonymous member" in html
    assert "Reveal author" in html
    _assert_no_leak(html)


def test_the_edit_history_does_not_name_the_anonymous_author(app, author_client, anonymous_topic):
    post = db.session.scalar(select(Post).where(Post.topic_id == anonymous_topic.id))
    author_client.post(
        f"/p/{post.id}/edit",
        data={"title": anonymous_topic.title, "body": "Young person A, aged 15, rarely talks."},
    )
    moderator = _client_for(app, make_moderator())
    history = page(moderator.get(f"/p/{post.id}/revisions"))
    assert "Before an edit by Anonymous member" in history
    _assert_no_leak(history)


def test_the_author_can_still_edit_their_anonymous_post(author_client, anonymous_topic):
    post = db.session.scalar(select(Post).where(Post.topic_id == anonymous_topic.id))
    assert "Edit" in page(author_client.get(f"/t/{anonymous_topic.id}"))
    response = author_client.post(
        f"/p/{post.id}/edit",
        data={"title": anonymous_topic.title, "body": "Updated: sessions are going better."},
    )
    assert response.status_code == 302
    db.session.refresh(post)
    assert post.body_source == "Updated: sessions are going better."
    assert post.is_anonymous


def test_a_held_anonymous_post_stays_anonymous_in_the_review_queue(app, author_client):
    author_client.post(
        "/s/case-discussion/new",
        data={
            "title": "Worried about contact",
            "body": "Contact with Jayden's dad keeps being cancelled.",
            "anonymous": "y",
            "send_for_review": "Send for review",
            "justification": "The name is invented.",
        },
    )
    moderator = _client_for(app, make_moderator())
    queue = page(moderator.get("/moderation/review"))
    assert "Worried about contact" in queue
    assert "by Anonymous member" in queue
    _assert_no_leak(queue)


def test_a_space_without_anonymous_posting_ignores_the_checkbox(app, author_client):
    author_client.post(
        "/s/good-practice/new",
        data={"title": "Life story books", "body": "What works for you?", "anonymous": "y"},
    )
    topic = db.session.scalar(select(Topic).where(Topic.title == "Life story books"))
    assert not topic.is_anonymous
    assert NAME in page(_client_for(app, make_user()).get(f"/t/{topic.id}"))


def test_revealing_needs_a_reason_is_audited_and_the_author_is_told(app, anonymous_topic):
    moderator_user = make_moderator(display_name="Sam")
    moderator = _client_for(app, moderator_user)
    post = db.session.scalar(select(Post).where(Post.topic_id == anonymous_topic.id))

    refused = moderator.post(f"/moderation/posts/{post.id}/reveal", data={"reason": ""})
    assert refused.status_code == 422
    _assert_no_leak(page(refused))
    assert (
        db.session.scalar(select(AuditEntry).where(AuditEntry.action == "post.reveal_author"))
        is None
    )

    revealed = moderator.post(
        f"/moderation/posts/{post.id}/reveal", data={"reason": "Safeguarding concern raised."}
    )
    assert revealed.status_code == 200
    assert NAME in page(revealed)
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "post.reveal_author"))
    assert entry.actor_id == moderator_user.id
    assert entry.reason == "Safeguarding concern raised."
    told = db.session.scalars(select(OutboxMessage).where(OutboxMessage.to_address == EMAIL)).all()
    assert any("saw who wrote your anonymous post" in m.subject for m in told)
    assert any("Safeguarding concern raised." in m.body_text for m in told)
    # Everyone else still sees "Anonymous member".
    _assert_no_leak(page(_client_for(app, make_user()).get(f"/t/{anonymous_topic.id}")))


def test_members_cannot_reveal_an_author(app, anonymous_topic):
    post = db.session.scalar(select(Post).where(Post.topic_id == anonymous_topic.id))
    member = _client_for(app, make_user())
    assert member.get(f"/moderation/posts/{post.id}/reveal").status_code == 404
    response = member.post(f"/moderation/posts/{post.id}/reveal", data={"reason": "Curious"})
    assert response.status_code == 404
    _assert_no_leak(page(response))
