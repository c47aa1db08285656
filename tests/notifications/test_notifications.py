"""Members hear about replies and moderators' decisions, and never learn who an anonymous author is."""

from __future__ import annotations

from sqlalchemy import select

from forum.extensions import db
from forum.review.models import ReviewItem
from forum.threads.models import Post
from tests.factories import make_moderator, make_topic, make_user, sign_in

SECRET_NAME = "Quentin Sparrowhawk"


def page(response) -> str:
    return response.get_data(as_text=True)


def client_for(app, user):
    client = app.test_client()
    sign_in(client, user)
    return client


def test_a_reply_tells_the_topic_author(app):
    author = make_user(display_name="Priya")
    topic = make_topic(author, "welcome", title="Hello all")
    replier = make_user(display_name="Tom")
    client_for(app, replier).post(f"/t/{topic.id}/reply", data={"body": "Welcome aboard."})

    reader = client_for(app, author)
    assert 'Notifications <span class="count">(1 new)</span>' in page(reader.get("/"))
    listing = page(reader.get("/notifications"))
    assert "Tom replied to “Hello all”" in listing
    reply = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 2))
    assert f'href="/p/{reply.id}"' in listing


def test_mark_all_as_read_clears_the_count(app):
    author = make_user()
    topic = make_topic(author, "welcome")
    client_for(app, make_user()).post(f"/t/{topic.id}/reply", data={"body": "Hi there."})
    reader = client_for(app, author)
    response = reader.post("/notifications/read", follow_redirects=True)
    assert "All notifications are marked as read." in page(response)
    assert "new)" not in page(reader.get("/"))


def test_replying_to_your_own_topic_tells_nobody(app):
    author = make_user()
    topic = make_topic(author, "welcome")
    client = client_for(app, author)
    client.post(f"/t/{topic.id}/reply", data={"body": "Adding a thought."})
    assert "Nothing yet" in page(client.get("/notifications"))


def test_an_anonymous_reply_is_announced_as_anonymous_member(app):
    author = make_user()
    topic = make_topic(author, "case-discussion", title="Life story work")
    secret = make_user(display_name=SECRET_NAME)
    client_for(app, secret).post(
        f"/t/{topic.id}/reply", data={"body": "Memory boxes helped us.", "anonymous": "y"}
    )
    listing = page(client_for(app, author).get("/notifications"))
    assert "Anonymous member replied to “Life story work”" in listing
    assert "Sparrowhawk" not in listing


def test_a_held_reply_is_announced_only_once_published(app):
    author = make_user()
    topic = make_topic(author, "case-discussion", title="Contact plans")
    writer = make_user(display_name="Tom")
    client_for(app, writer).post(
        f"/t/{topic.id}/reply",
        data={
            "body": "Jayden's dad cancels a lot.",
            "send_for_review": "Send for review",
            "justification": "Invented name.",
        },
    )
    reader = client_for(app, author)
    assert "Nothing yet" in page(reader.get("/notifications"))
    item = db.session.scalar(select(ReviewItem))
    client_for(app, make_moderator()).post(
        f"/moderation/review/{item.id}", data={"publish": "Publish"}
    )
    assert "Tom replied to “Contact plans”" in page(reader.get("/notifications"))
    writer_view = page(client_for(app, writer).get("/notifications"))
    assert "A moderator published your post in “Contact plans”" in writer_view


def test_a_reveal_is_in_the_authors_notifications(app):
    secret = make_user(display_name=SECRET_NAME)
    secret_client = client_for(app, secret)
    secret_client.post(
        "/s/case-discussion/new",
        data={"title": "Staying put", "body": "Young person C wants to stay.", "anonymous": "y"},
    )
    post = db.session.scalar(select(Post).order_by(Post.id.desc()))
    client_for(app, make_moderator()).post(
        f"/moderation/posts/{post.id}/reveal", data={"reason": "Safeguarding concern."}
    )
    listing = page(secret_client.get("/notifications"))
    assert "A moderator used Reveal author on your anonymous post in “Staying put”" in listing
