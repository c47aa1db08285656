"""Every state change needs a POST carrying this session's CSRF token.

The sweep walks the URL map, so a new POST route is covered the day it lands.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import select

from forum.accounts.models import AccountStatus, User
from forum.extensions import db
from forum.mail.models import OutboxMessage
from forum.review.models import ReviewItem
from forum.review.services import hold_post
from forum.threads.models import Post, PostRevision, Topic, TopicRead
from tests.factories import make_moderator, make_topic, make_user, sign_in

# Everything any form might send, so that only the missing token can refuse it.
FORM = {
    "title": "A changed title",
    "body": "A changed message.",
    "submit": "Save",
    "email": "someone@example.org",
    "password": "a sturdy test phrase 42",
    "confirm": "a sturdy test phrase 42",
    "display_name": "Someone",
    "member_type": "practitioner",
    "organisation": "Northshire Council",
    "job_title": "Social worker",
    "region": "North West",
    "country": "England",
    "reason": "Because.",
    "answer": "Here is more information.",
    "approve": "Approve",
    "agree": "y",
}


@contextmanager
def csrf_on(app) -> Iterator[None]:
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        yield
    finally:
        app.config["WTF_CSRF_ENABLED"] = False


def snapshot() -> tuple:
    """What a member could see change: topics, posts, accounts, revisions, mail."""
    db.session.expire_all()
    return (
        db.session.execute(
            select(
                Topic.id, Topic.title, Topic.is_pinned, Topic.is_locked, Topic.deleted_at,
                Topic.post_count,
            ).order_by(Topic.id)
        ).all(),
        db.session.execute(
            select(Post.id, Post.body_source, Post.deleted_at, Post.edited_at).order_by(Post.id)
        ).all(),
        db.session.execute(
            select(User.id, User.status, User.session_version, User.password_hash).order_by(
                User.id
            )
        ).all(),
        db.session.execute(select(PostRevision.id).order_by(PostRevision.id)).all(),
        db.session.execute(select(OutboxMessage.id).order_by(OutboxMessage.id)).all(),
        db.session.execute(select(Post.id, Post.state).order_by(Post.id)).all(),
        db.session.execute(select(ReviewItem.id, ReviewItem.state).order_by(ReviewItem.id)).all(),
    )  # fmt: skip


@pytest.fixture
def world():
    """A topic with a reply, a moderator, and an applicant waiting for a decision."""
    moderator = make_moderator()
    member = make_user()
    topic = make_topic(member, "welcome", replies=1)
    post = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 2))
    applicant = make_user(status=AccountStatus.pending)
    held = make_topic(member, "welcome", replies=1)
    item = hold_post(
        db.session.scalar(select(Post).where(Post.topic_id == held.id, Post.number == 2)), []
    )
    db.session.flush()
    return {
        "moderator": moderator,
        "member": member,
        "values": {
            "token": "some-token",
            "slug": "welcome",
            "topic_id": topic.id,
            "post_id": post.id,
            "user_id": applicant.id,
            "item_id": item.id,
            "word_id": 1,
            "change": "lock",
            "place": f"reply:{topic.id}",  # a composer's draft
            "filename": "site.css",
        },
    }


def build(app, rule, values) -> str:
    missing = rule.arguments - set(values)
    assert not missing, f"give {rule.rule} a plausible value for {missing}"
    adapter = app.url_map.bind("localhost")
    return adapter.build(rule.endpoint, {k: values[k] for k in rule.arguments})


def post_rules(app):
    return [r for r in app.url_map.iter_rules() if "POST" in r.methods]


def test_the_sweep_sees_the_routes_that_change_things(app):
    endpoints = {r.endpoint for r in post_rules(app)}
    assert {
        "accounts.sign_out",
        "threads.new_topic",
        "threads.reply",
        "threads.edit",
        "threads.delete",
        "threads.moderate_topic",
        "moderation.decide",
    } <= endpoints


def test_every_post_route_refuses_a_request_without_a_token(app, client, world):
    sign_in(client, world["moderator"])
    refused_wrongly = []
    with csrf_on(app):
        for rule in post_rules(app):
            url = build(app, rule, world["values"])
            before = snapshot()
            response = client.post(url, data=FORM)
            after = snapshot()
            if response.status_code != 400:
                refused_wrongly.append(f"{url}: {response.status_code}")
            if before != after:
                refused_wrongly.append(f"{url}: data changed")
    assert refused_wrongly == []
    assert client.get("/").status_code == 200, "the token-less sign-out signed us out"


def test_a_token_from_another_session_is_refused(app, client, world):
    other = app.test_client()
    sign_in(other, world["member"])
    sign_in(client, world["moderator"])
    with csrf_on(app):
        foreign = csrf_token(other.get(f"/t/{world['values']['topic_id']}"))
        before = snapshot()
        response = client.post(
            f"/t/{world['values']['topic_id']}/lock", data={"csrf_token": foreign}
        )
        assert response.status_code == 400
        assert snapshot() == before


def test_the_refusal_says_what_to_do(app, client, world):
    sign_in(client, world["member"])
    with csrf_on(app):
        response = client.post("/s/welcome/new", data=FORM)
    assert response.status_code == 400
    assert "reload the page" in response.get_data(as_text=True)


def csrf_token(response) -> str:
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', response.get_data(as_text=True))
    if match is None:
        match = re.search(r'value="([^"]+)"[^>]*name="csrf_token"', response.get_data(as_text=True))
    assert match, "no csrf_token on the page"
    return match.group(1)


def test_with_the_pages_token_a_new_topic_is_posted(app, client, world):
    sign_in(client, world["member"])
    with csrf_on(app):
        token = csrf_token(client.get("/s/welcome/new"))
        response = client.post(
            "/s/welcome/new",
            data={
                "csrf_token": token,
                "title": "Supervision that helps",
                "body": "What makes supervision useful for you?",
                "submit": "Post topic",
            },
        )
    assert response.status_code == 302
    assert db.session.scalar(select(Topic).where(Topic.title == "Supervision that helps"))


def test_with_the_pages_token_a_moderator_locks_a_topic(app, client, world):
    sign_in(client, world["moderator"])
    topic_id = world["values"]["topic_id"]
    with csrf_on(app):
        token = csrf_token(client.get(f"/t/{topic_id}"))
        response = client.post(f"/t/{topic_id}/lock", data={"csrf_token": token})
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(Topic, topic_id).is_locked


def test_with_the_pages_token_sign_out_works(app, client, world):
    sign_in(client, world["member"])
    with csrf_on(app):
        token = csrf_token(client.get("/"))
        response = client.post("/sign-out", data={"csrf_token": token})
    assert response.status_code == 302
    assert client.get("/").status_code == 302  # back to the sign-in page


@pytest.mark.parametrize(
    "path",
    [
        "/sign-out",
        "/p/{post_id}/delete",
        "/t/{topic_id}/pin",
        "/t/{topic_id}/unpin",
        "/t/{topic_id}/lock",
        "/t/{topic_id}/unlock",
        "/moderation/applications/{user_id}",
        "/status/withdraw",
        "/status/resend",
        "/status/answer",
    ],
)
def test_a_get_to_a_changing_route_is_refused(client, world, path):
    sign_in(client, world["moderator"])
    before = snapshot()
    response = client.get(path.format(**world["values"]))
    assert response.status_code == 405
    assert snapshot() == before
    assert client.get("/").status_code == 200  # still signed in


def test_no_get_route_changes_anything_but_the_reading_position(app, client, world):
    sign_in(client, world["moderator"])
    changed = []
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods:
            continue
        url = build(app, rule, world["values"])
        before = snapshot()
        client.get(url).close()
        if snapshot() != before:
            changed.append(url)
    assert changed == []
    # The one write a GET may make: where this member has read up to.
    assert db.session.scalar(select(TopicRead).where(TopicRead.user_id == world["moderator"].id))
