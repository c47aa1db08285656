"""Mail goes through a real SMTP server, survives an outage, and lands as files in development."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import timedelta
from email import message_from_bytes
from email import policy as email_policy

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from forum.extensions import db, utcnow
from forum.mail import services as mail
from forum.mail.models import OutboxMessage
from tests.factories import make_user


class Inbox:
    """An aiosmtpd handler that keeps every message it is given."""

    def __init__(self) -> None:
        self.messages: list = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content, policy=email_policy.default))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp(app, monkeypatch) -> Iterator[Inbox]:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    monkeypatch.setitem(app.config, "MAIL_SERVER", "127.0.0.1")
    monkeypatch.setitem(app.config, "MAIL_PORT", controller.port)
    monkeypatch.setitem(app.config, "MAIL_USE_TLS", False)
    try:
        yield inbox
    finally:
        controller.stop()


def _pending() -> list[OutboxMessage]:
    return list(db.session.scalars(select(OutboxMessage).where(OutboxMessage.sent_at.is_(None))))


def test_a_reset_mail_is_delivered_over_smtp_with_its_link(client, smtp):
    make_user(email="worker@example.org", display_name="Jo")
    client.post("/reset", data={"email": "worker@example.org"})
    report = mail.deliver_due()
    assert report.sent == 1
    assert len(smtp.messages) == 1
    message = smtp.messages[0]
    assert message["To"] == "worker@example.org"
    assert "Reset your" in message["Subject"]
    assert "http://127.0.0.1:5000/reset/" in message.get_content()
    assert _pending() == []


def test_an_outage_loses_nothing_and_retries_with_backoff(app, client, monkeypatch):
    make_user(email="worker@example.org")
    client.post("/reset", data={"email": "worker@example.org"})
    monkeypatch.setitem(app.config, "MAIL_SERVER", "127.0.0.1")
    monkeypatch.setitem(app.config, "MAIL_PORT", _free_port())  # nothing listens here
    monkeypatch.setitem(app.config, "MAIL_USE_TLS", False)

    report = mail.deliver_due()
    assert (report.sent, report.failed, report.waiting) == (0, 1, 1)
    [waiting] = _pending()
    assert waiting.attempts == 1
    assert waiting.last_error
    assert waiting.next_attempt_at > utcnow() + timedelta(seconds=20)
    # Not due yet: a second run leaves it alone instead of hammering the server.
    assert mail.deliver_due().failed == 0

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    try:
        monkeypatch.setitem(app.config, "MAIL_PORT", controller.port)
        waiting.next_attempt_at = utcnow() - timedelta(seconds=1)
        db.session.commit()
        assert mail.deliver_due().sent == 1
    finally:
        controller.stop()
    assert len(inbox.messages) == 1
    assert _pending() == []


def test_backoff_grows_and_is_capped():
    assert mail.backoff(1) == timedelta(seconds=30)
    assert mail.backoff(2) == timedelta(seconds=60)
    assert mail.backoff(5) == timedelta(seconds=480)
    assert mail.backoff(30) == timedelta(hours=6)


def test_without_a_mail_server_mail_is_written_as_eml_files(app, client, tmp_path, monkeypatch):
    monkeypatch.setitem(app.config, "MAIL_OUTBOX_DIR", str(tmp_path))
    monkeypatch.setitem(app.config, "MAIL_DELIVER_AFTER_REQUEST", True)
    make_user(email="worker@example.org")
    client.post("/reset", data={"email": "worker@example.org"})
    files = list(tmp_path.glob("*.eml"))
    assert len(files) == 1
    message = message_from_bytes(files[0].read_bytes(), policy=email_policy.default)
    assert message["To"] == "worker@example.org"
    assert "/reset/" in message.get_content()


def test_mail_queued_in_a_rolled_back_transaction_is_never_sent(app):
    make_user(email="worker@example.org")
    db.session.commit()
    mail.queue("worker@example.org", "password_changed", user=make_user(), reset="http://x/")
    db.session.rollback()
    assert mail.deliver_due().sent == 0


def test_the_deliver_command_drains_the_queue(app, runner, smtp):
    make_user(email="worker@example.org", display_name="Jo")
    for _ in range(3):
        mail.queue("worker@example.org", "password_changed", user=make_user(), reset="http://x/")
    db.session.commit()
    result = runner.invoke(args=["mail", "deliver"])
    assert result.exit_code == 0, result.output
    assert "Sent 3, failed 0, still waiting 0." in result.output
    assert len(smtp.messages) == 3
