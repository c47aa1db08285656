"""Each outgoing message keeps one Message-ID however often it is sent, and only
notification and digest mail offers an unsubscribe (in the body and the headers)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from forum.extensions import db, utcnow
from forum.mail import services as mail
from forum.mail.models import OutboxMessage
from forum.review.services import hold_post
from forum.threads.models import Post
from moderation import review_queue
from tests.factories import make_moderator, make_topic, make_user, sign_in


def _resend_everything() -> None:
    """As if the sender crashed after the server took the mail but before it was marked sent."""
    db.session.execute(
        update(OutboxMessage).values(sent_at=None, next_attempt_at=utcnow() - timedelta(seconds=1))
    )
    db.session.commit()


def test_a_message_sent_twice_carries_the_same_message_id(app, smtp_server):
    mail.queue("worker@example.org", "password_changed", user=make_user(), reset="http://x/")
    mail.queue("other@example.org", "password_changed", user=make_user(), reset="http://x/")
    db.session.commit()
    assert mail.deliver_due().sent == 2
    _resend_everything()
    assert mail.deliver_due().sent == 2

    first = [m["Message-ID"] for m in smtp_server.to("worker@example.org")]
    assert len(first) == 2
    assert first[0] == first[1]  # the receiving side can tell it is a repeat
    other = smtp_server.to("other@example.org")[0]["Message-ID"]
    assert other != first[0]
    # Built from the site's own address (BASE_URL), never a random host name.
    assert first[0].startswith("<outbox-")
    assert first[0].endswith("@127.0.0.1>")


def test_the_message_id_follows_base_url(app, monkeypatch):
    monkeypatch.setitem(app.config, "BASE_URL", "https://commons.example.org/forum")
    message = mail.queue("worker@example.org", "password_changed", user=make_user(), reset="x")
    db.session.flush()
    built = mail.message_id(message)
    assert (
        built == f"<outbox-{message.id}.{int(message.created_at.timestamp())}@commons.example.org>"
    )


def test_a_reply_notification_email_offers_one_click_unsubscribe(app, smtp_server):
    author = make_user(email="author@example.org", display_name="Priya")
    topic = make_topic(author, "welcome", title="Supervision that helps")
    client = app.test_client()
    sign_in(client, make_user(display_name="Tom"))
    client.post(f"/t/{topic.id}/reply", data={"body": "Regular and protected time."})
    mail.deliver_due()

    [message] = smtp_server.to("author@example.org")
    assert message["Subject"] == "Tom replied to “Supervision that helps”"
    header = message["List-Unsubscribe"]
    assert header.startswith("<http://127.0.0.1:5000/unsubscribe/")
    assert header.endswith(">")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    body = message.get_content()
    assert header.strip("<>") in body  # the same link, readable in the body
    assert "/p/" in body  # and the reply itself


def test_account_safety_and_moderation_mail_never_offers_unsubscribe(app, smtp_server):
    """Reset, a safeguarding alert to moderators, and a moderator's decision on a post."""
    make_user(email="worker@example.org")
    app.test_client().post("/reset", data={"email": "worker@example.org"})

    make_moderator(email="mod@example.org")
    topic = make_topic(make_user(), "welcome", replies=1)
    post = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 2))
    reporter = app.test_client()
    sign_in(reporter, make_user())
    reporter.post(
        f"/report/post/{post.id}",
        data={"reason": "safeguarding", "details": "They say they are not safe."},
    )
    held = make_topic(make_user(email="held@example.org"), "welcome", replies=1)
    reply = db.session.scalar(select(Post).where(Post.topic_id == held.id, Post.number == 2))
    item = hold_post(reply, [])
    db.session.flush()
    review_queue.publish(make_moderator(), item.id)
    mail.deliver_due()

    subjects = {m["To"]: m["Subject"] for m in smtp_server.messages}
    assert "Reset" in subjects["worker@example.org"]
    assert "Safeguarding" in subjects["mod@example.org"]
    assert "published" in subjects["held@example.org"]
    for message in smtp_server.messages:
        assert message["List-Unsubscribe"] is None, message["Subject"]
        assert message["List-Unsubscribe-Post"] is None
        assert "unsubscribe" not in message.get_content().lower(), message["Subject"]
    assert all(m.list_unsubscribe is None for m in db.session.scalars(select(OutboxMessage)))
