"""The mail server is down for an hour: mail waits, then goes out once, none lost, none twice."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from forum.extensions import db, utcnow
from forum.mail import services as mail
from forum.mail.models import OutboxMessage
from tests.factories import make_user
from tests.mail.smtp_inbox import SmtpServer

OUTAGE_MINUTES = 60


def _tick(runner, minute: int, start) -> None:
    """One cron minute of simulated time: `flask jobs run --as-of …` for the mail job."""
    when = (start + timedelta(minutes=minute)).strftime("%Y-%m-%dT%H:%M:%S")
    result = runner.invoke(args=["jobs", "run", "--only", "mail", "--as-of", when])
    assert result.exit_code == 0, result.output


def _waiting() -> int:
    return db.session.scalar(
        select(func.count()).select_from(OutboxMessage).where(OutboxMessage.sent_at.is_(None))
    )


def test_mail_queued_during_an_hour_long_outage_goes_out_once_when_the_server_is_back(
    runner, smtp_server: SmtpServer
):
    smtp_server.stop()  # the mail server is down from the first minute
    member = make_user(email="worker@example.org")
    start = utcnow()
    addresses = []
    for minute in range(OUTAGE_MINUTES):
        if minute % 10 == 0:  # a message queued every ten minutes of the outage
            address = f"reader{minute}@example.org"
            mail.queue(address, "password_changed", user=member, reset="http://x/")
            db.session.commit()
            addresses.append(address)
        _tick(runner, minute, start)
    assert smtp_server.messages == []
    assert _waiting() == len(addresses)  # nothing lost while it was down

    smtp_server.start()
    for minute in range(OUTAGE_MINUTES, OUTAGE_MINUTES * 3):
        _tick(runner, minute, start)

    assert _waiting() == 0
    assert sorted(m["To"] for m in smtp_server.messages) == sorted(addresses)
    ids = [m["Message-ID"] for m in smtp_server.messages]
    assert len(set(ids)) == len(ids) == len(addresses)  # each once, none twice
