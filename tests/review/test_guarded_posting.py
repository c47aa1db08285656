"""The guard on every way of writing: preview, post, reply, edit, and the review queue."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from forum.extensions import db
from forum.mail.models import OutboxMessage
from forum.review.models import ReviewItem, ReviewState
from forum.threads.models import Post, PostState, Topic
from moderation.models import AuditEntry
from tests.factories import make_moderator, make_topic, make_user, sign_in

NAMED = "I'm worried about Jayden, he has stopped going to school."
DOB = "The young person was born 03/04/2009 and moved last month."
CLEAN = "Young person A, aged 14, has stopped attending school since the spring."


def page(response) -> str:
    return response.get_data(as_text=True)


def post_topic(
    client, slug="case-discussion", title="Attendance dropping off", body=NAMED, **extra
):
    return client.post(f"/s/{slug}/new", data={"title": title, "body": body, **extra})


def mails_to(address: str) -> list[OutboxMessage]:
    return list(
        db.session.scalars(select(OutboxMessage).where(OutboxMessage.to_address == address))
    )


@pytest.fixture
def author(client):
    user = make_user(display_name="Priya N.")
    sign_in(client, user)
    return user


@pytest.fixture
def moderator_client(app):
    moderator = make_moderator(display_name="Sam")
    other = app.test_client()
    sign_in(other, moderator)
    other.moderator = moderator
    return other


def test_a_name_stops_the_post_and_is_marked_with_its_reason(client, author):
    response = post_topic(client)
    assert response.status_code == 422
    html = page(response)
    assert re.search(
        r'<mark title="This looks like a person(&#x27;|&#39;)s name\.">Jayden</mark>', html
    )
    assert re.search(
        r"<li><mark>Jayden</mark> This looks like a person(&#x27;|&#39;)s name\.</li>", html
    )
    assert "This may identify someone" in html
    assert "Why is this safe to share?" in html
    assert 'value="Send for review"' in html
    # Nothing was saved, and nothing the author typed is lost.
    assert db.session.scalar(select(Topic).where(Topic.title == "Attendance dropping off")) is None
    assert "I&#39;m worried about Jayden" in html


def test_preview_marks_findings_without_saving(client, author):
    response = post_topic(client, body=DOB, preview="Preview")
    assert response.status_code == 200
    html = page(response)
    assert "<mark" in html
    assert "03/04/2009</mark>" in html
    assert "date of birth" in html
    assert db.session.scalar(select(Topic).where(Topic.title == "Attendance dropping off")) is None


def test_editing_the_finding_out_publishes_straight_away(client, author):
    assert post_topic(client).status_code == 422
    response = post_topic(client, body=CLEAN)
    assert response.status_code == 302
    topic = db.session.scalar(select(Topic).where(Topic.title == "Attendance dropping off"))
    assert topic.state is PostState.published


def test_send_for_review_needs_a_justification(client, author):
    response = post_topic(client, send_for_review="Send for review", justification="  ")
    assert response.status_code == 422
    assert "Say why this is safe to share" in page(response)
    assert db.session.scalar(select(Topic).where(Topic.title == "Attendance dropping off")) is None


def test_a_justified_post_is_held_and_only_author_and_moderators_see_it(
    app, client, author, moderator_client
):
    response = post_topic(
        client, send_for_review="Send for review", justification="Jayden is a made-up name."
    )
    assert response.status_code == 302
    topic = db.session.scalar(select(Topic).where(Topic.title == "Attendance dropping off"))
    assert topic.state is PostState.held
    own = client.get(response.headers["Location"], follow_redirects=True)
    assert "Held for review" in page(own)

    reader = app.test_client()
    sign_in(reader, make_user())
    assert reader.get(f"/t/{topic.id}").status_code == 404
    assert "Attendance dropping off" not in page(reader.get("/s/case-discussion"))

    queue = page(moderator_client.get("/moderation/review"))
    assert "Attendance dropping off" in queue
    assert "Jayden is a made-up name." in queue
    assert "Jayden</mark>" in queue


def test_publishing_from_the_queue_shows_the_post_and_tells_the_author(
    app, client, author, moderator_client
):
    post_topic(client, send_for_review="Send for review", justification="Invented name.")
    item = db.session.scalar(select(ReviewItem))
    response = moderator_client.post(f"/moderation/review/{item.id}", data={"publish": "Publish"})
    assert response.status_code == 302
    reader = app.test_client()
    sign_in(reader, make_user())
    topic = item.post.topic
    assert reader.get(f"/t/{topic.id}").status_code == 200
    assert "Attendance dropping off" in page(reader.get("/s/case-discussion"))
    assert any("is published" in m.subject for m in mails_to(author.email))
    assert db.session.scalar(select(AuditEntry).where(AuditEntry.action == "post.publish"))


def test_rejecting_needs_a_reason_and_the_author_is_told(client, author, moderator_client):
    post_topic(client, send_for_review="Send for review", justification="Invented name.")
    item = db.session.scalar(select(ReviewItem))
    moderator_client.post(f"/moderation/review/{item.id}", data={"reject": "Reject", "reason": ""})
    db.session.refresh(item)
    assert item.state is ReviewState.open
    moderator_client.post(
        f"/moderation/review/{item.id}", data={"reject": "Reject", "reason": "A real first name."}
    )
    db.session.refresh(item)
    assert item.state is ReviewState.rejected
    assert item.post.state is PostState.rejected
    [told] = [m for m in mails_to(author.email) if "was not published" in m.subject]
    assert "A real first name." in told.body_text


def test_a_moderator_can_edit_then_publish_and_the_revision_is_kept(
    client, author, moderator_client
):
    post_topic(client, send_for_review="Send for review", justification="Invented name.")
    item = db.session.scalar(select(ReviewItem))
    form = moderator_client.get(f"/moderation/review/{item.id}/edit")
    assert "Jayden" in page(form)
    moderator_client.post(
        f"/moderation/review/{item.id}/edit",
        data={"title": "Attendance dropping off", "body": CLEAN, "note": "Removed the name."},
    )
    post = db.session.get(Post, item.post_id)
    db.session.refresh(post)
    assert post.state is PostState.published
    assert "Jayden" not in post.body_html
    revisions = page(moderator_client.get(f"/p/{post.id}/revisions"))
    assert "Jayden" in revisions
    assert any("edited your post" in m.subject for m in mails_to(author.email))


def test_the_second_moderator_is_told_who_dealt_with_it(app, client, author, moderator_client):
    post_topic(client, send_for_review="Send for review", justification="Invented name.")
    item = db.session.scalar(select(ReviewItem))
    moderator_client.post(f"/moderation/review/{item.id}", data={"publish": "Publish"})
    second = app.test_client()
    sign_in(second, make_moderator())
    response = second.post(
        f"/moderation/review/{item.id}",
        data={"reject": "Reject", "reason": "No."},
        follow_redirects=True,
    )
    assert "already decided by Sam" in page(response)
    db.session.refresh(item)
    assert item.state is ReviewState.published


def test_a_date_alone_does_not_stop_a_post_outside_strict_spaces(client, author):
    body = "The next team meeting is on 12 March 2027 at the usual place."
    assert post_topic(client, slug="good-practice", body=body).status_code == 302
    assert post_topic(client, slug="case-discussion", title="Dates", body=body).status_code == 422


def test_a_name_in_the_title_is_caught_too(client, author):
    response = post_topic(client, title="Advice about Jayden please", body=CLEAN)
    assert response.status_code == 422
    assert "Jayden</mark>" in page(response)


def test_replies_are_guarded(client, author):
    topic = make_topic(author, "case-discussion")
    response = client.post(f"/t/{topic.id}/reply", data={"body": "Her NHS number is 943 476 5919."})
    assert response.status_code == 422
    assert "943 476 5919</mark>" in page(response)
    held = client.post(
        f"/t/{topic.id}/reply",
        data={
            "body": "Her NHS number is 943 476 5919.",
            "send_for_review": "1",
            "justification": "Test data.",
        },
    )
    assert held.status_code == 302
    reply = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 2))
    assert reply.state is PostState.held


def test_an_edit_that_adds_a_name_is_held_not_published(app, client, author):
    topic = make_topic(author, "good-practice")
    post = db.session.scalar(select(Post).where(Post.topic_id == topic.id))
    response = client.post(f"/p/{post.id}/edit", data={"title": topic.title, "body": NAMED})
    assert response.status_code == 422
    assert "Jayden</mark>" in page(response)
    db.session.refresh(post)
    assert "Jayden" not in post.body_source
    client.post(
        f"/p/{post.id}/edit",
        data={
            "title": topic.title,
            "body": NAMED,
            "send_for_review": "1",
            "justification": "Made up.",
        },
    )
    db.session.refresh(post)
    assert post.state is PostState.held
    reader = app.test_client()
    sign_in(reader, make_user())
    assert "Jayden" not in page(reader.get(f"/t/{topic.id}"))


def test_scan_existing_queues_what_it_finds_once(runner, author):
    topic = make_topic(author, "good-practice")
    post = db.session.scalar(select(Post).where(Post.topic_id == topic.id))
    post.body_source = "Call the carer on 07700 900123 about it."
    db.session.commit()
    result = runner.invoke(args=["confidentiality", "scan-existing"])
    assert result.exit_code == 0, result.output
    assert re.search(r"Scanned \d+ posts: 1 queued for review, 0 already waiting", result.output)
    assert "phone: 1" in result.output
    again = runner.invoke(args=["confidentiality", "scan-existing"])
    assert "0 queued for review, 1 already waiting" in again.output
    db.session.refresh(post)
    assert post.state is PostState.published  # still readable until a moderator decides


def test_the_author_sees_their_held_topic_marked_in_the_space_list(client, author):
    post_topic(client, send_for_review="Send for review", justification="Invented name.")
    listing = page(client.get("/s/case-discussion"))
    assert "Attendance dropping off" in listing
    assert "Held for review" in listing
