"""A safeguarding report reaches every moderator through a real SMTP server, outage or not."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import timedelta
from email import message_from_bytes
from email import policy as email_policy
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select, update

from forum.extensions import db, utcnow
from forum.mail import services as mail
from forum.mail.models import OutboxMessage
from forum.threads.models import Post
from tests.factories import make_admin, make_moderator, make_topic, make_user, sign_in


class Inbox:
    """An aiosmtpd handler that keeps every message it is given."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content, policy=email_policy.default))
        return "250 OK"

    def recipients(self) -> list[str]:
        return sorted(str(m["To"]) for m in self.messages)


class SmtpServer:
    """A local SMTP server on a fixed port that can go down and come back."""

    def __init__(self) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = int(s.getsockname()[1])
        self.inbox = Inbox()
        self.controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp(app, monkeypatch) -> Iterator[SmtpServer]:
    server = SmtpServer()
    monkeypatch.setitem(app.config, "MAIL_SERVER", "127.0.0.1")
    monkeypatch.setitem(app.config, "MAIL_PORT", server.port)
    monkeypatch.setitem(app.config, "MAIL_USE_TLS", False)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def staff() -> list[str]:
    """Every moderator and admin: these addresses must each get the alert."""
    return sorted(
        [
            make_moderator(email="mod.one@example.org").email,
            make_moderator(email="mod.two@example.org").email,
            make_admin(email="admin@example.org").email,
        ]
    )


def report_safeguarding(app) -> Post:
    """A member reports a reply as a safeguarding concern, through the page."""
    topic = make_topic(make_user(), "welcome", replies=1)
    post = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 2))
    assert post is not None
    client = app.test_client()
    sign_in(client, make_user())
    response = client.post(
        f"/report/post/{post.id}",
        data={"reason": "safeguarding", "details": "They say they are not safe at home."},
    )
    assert response.status_code == 302
    return post


def waiting() -> list[OutboxMessage]:
    return list(
        db.session.scalars(
            select(OutboxMessage).where(OutboxMessage.sent_at.is_(None)).order_by(OutboxMessage.id)
        )
    )


def test_every_moderator_and_admin_receives_the_alert_over_smtp(app, smtp, staff):
    report_safeguarding(app)
    report = mail.deliver_due()
    assert (report.sent, report.failed, report.waiting) == (len(staff), 0, 0)
    assert smtp.inbox.recipients() == staff
    for message in smtp.inbox.messages:
        assert "Safeguarding concern" in message["Subject"]
        assert "/moderation/reports/" in message.get_content()
        assert "not safe at home" not in message.get_content()  # details stay on the site
    assert len({m["Message-ID"] for m in smtp.inbox.messages}) == len(staff)


def test_with_the_server_down_the_alert_waits_and_goes_out_once_when_it_is_back(app, smtp, staff):
    smtp.stop()
    report_safeguarding(app)

    report = mail.deliver_due()
    assert (report.sent, report.failed, report.waiting) == (0, len(staff), len(staff))
    held = waiting()
    assert sorted(m.to_address for m in held) == staff
    for message in held:
        assert message.attempts == 1
        assert message.last_error
        assert message.next_attempt_at > utcnow()

    smtp.start()
    # Back, but the retry is not due yet: nothing is hammered, nothing is sent early.
    assert mail.deliver_due().sent == 0
    assert smtp.inbox.messages == []

    # Time moves on past the back-off.
    db.session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.sent_at.is_(None))
        .values(next_attempt_at=utcnow() - timedelta(seconds=1))
    )
    db.session.commit()
    report = mail.deliver_due()
    assert (report.sent, report.failed, report.waiting) == (len(staff), 0, 0)
    assert mail.deliver_due().sent == 0  # a second run sends nothing again
    assert smtp.inbox.recipients() == staff  # each exactly once
    assert waiting() == []
