"""Queue mail inside the caller's transaction; deliver it after the commit.

Queuing only adds an outbox row, so the message exists exactly when the change
that caused it was committed, and a mail-server outage loses nothing: delivery
failures back off and retry, and `flask mail deliver` drains the queue.
"""

from __future__ import annotations

import logging
import smtplib
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from flask import current_app, render_template
from sqlalchemy import func, select, update

from forum import i18n
from forum.extensions import db, utcnow
from forum.mail.models import OutboxMessage

log = logging.getLogger(__name__)

# A claimed message is left alone by other deliverers for this long.
CLAIM_LEASE = timedelta(minutes=5)
MAX_BACKOFF = timedelta(hours=6)
SESSION_FLAG = "mail_queued"


def queue(to: str, template: str, **context: Any) -> OutboxMessage:
    """Render templates/mail/<template>.txt (first line "Subject: …") into the outbox.

    Account, safety and moderation mail comes through here and never carries
    an unsubscribe; notification and digest mail uses `queue_unsubscribable`.
    """
    context.setdefault("site_name", current_app.config["SITE_NAME"])
    with i18n.site_language():  # the reader of the mail, not the browser that caused it
        rendered = render_template(f"mail/{template}.txt", **context)
    first, _, body = rendered.lstrip().partition("\n")
    subject = " ".join(first.removeprefix("Subject:").split())[:200]
    message = OutboxMessage(to_address=to, subject=subject, body_text=body.strip() + "\n")
    db.session.add(message)
    db.session.info[SESSION_FLAG] = True
    return message


def queue_unsubscribable(to: str, template: str, unsubscribe: str, **context: Any) -> OutboxMessage:
    """Notification and digest mail: the link in the body and the List-Unsubscribe header."""
    message = queue(to, template, unsubscribe_url=unsubscribe, **context)
    message.list_unsubscribe = unsubscribe
    return message


def backoff(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min, … capped at six hours."""
    return min(timedelta(seconds=30 * 2 ** max(attempts - 1, 0)), MAX_BACKOFF)


@dataclass
class DeliveryReport:
    sent: int = 0
    failed: int = 0
    waiting: int = 0


def _build(message: OutboxMessage) -> EmailMessage:
    email = EmailMessage()
    email["From"] = current_app.config["MAIL_DEFAULT_SENDER"]
    email["To"] = message.to_address
    email["Subject"] = message.subject
    email["Date"] = format_datetime(message.created_at)
    email["Message-ID"] = message_id(message)
    if message.list_unsubscribe:
        # RFC 2369 and RFC 8058: mail clients offer "Unsubscribe" and POST to it in one click.
        email["List-Unsubscribe"] = f"<{message.list_unsubscribe}>"
        email["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    email.set_content(message.body_text)
    return email


def message_id(message: OutboxMessage) -> str:
    """The same on every attempt, so a message delivered twice is recognisably one message."""
    stamp = int(message.created_at.timestamp())
    return f"<outbox-{message.id}.{stamp}@{_mail_domain()}>"


def _mail_domain() -> str:
    config = current_app.config
    host = urlsplit(config.get("BASE_URL") or "").hostname or config.get("SERVER_NAME") or ""
    return host.split(":")[0] or "localhost"


def _send(email: EmailMessage) -> None:
    config = current_app.config
    if not config["MAIL_SERVER"]:
        outbox = Path(config["MAIL_OUTBOX_DIR"])
        outbox.mkdir(parents=True, exist_ok=True)
        name = email["Message-ID"].strip("<>").replace("@", "_").replace("/", "_")
        path = outbox / f"{name}.eml"
        path.write_bytes(bytes(email))
        log.info("Mail to %s written to %s\n%s", email["To"], path, email.get_content())
        return
    with smtplib.SMTP(config["MAIL_SERVER"], config["MAIL_PORT"], timeout=10) as smtp:
        if config["MAIL_USE_TLS"]:
            smtp.starttls()
        if config["MAIL_USERNAME"]:
            smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"])
        smtp.send_message(email)


def _claim(message_id: int, now: datetime) -> bool:
    """Take a message for delivery; False if another process got there first."""
    result = db.session.execute(
        update(OutboxMessage)
        .where(
            OutboxMessage.id == message_id,
            OutboxMessage.sent_at.is_(None),
            OutboxMessage.next_attempt_at <= now,
        )
        .values(next_attempt_at=now + CLAIM_LEASE)
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    return bool(result.rowcount)  # type: ignore[attr-defined]


def deliver_due(limit: int = 100, as_of: datetime | None = None) -> DeliveryReport:
    """Send every message whose time has come; record failures for a later retry.

    `as_of` is the job runner's clock (`flask jobs run --as-of`): retries fall
    due by it, so a catch-up run or a test moving time sees the backoff pass.
    """
    now = as_of or utcnow()
    report = DeliveryReport()
    due = db.session.scalars(
        select(OutboxMessage.id)
        .where(OutboxMessage.sent_at.is_(None), OutboxMessage.next_attempt_at <= now)
        .order_by(OutboxMessage.id)
        .limit(limit)
    ).all()
    for message_id in due:
        if not _claim(message_id, now):
            continue
        message = db.session.get(OutboxMessage, message_id, populate_existing=True)
        assert message is not None
        try:
            _send(_build(message))
        except (OSError, smtplib.SMTPException) as exc:  # TimeoutError is an OSError
            message.attempts += 1
            message.last_error = f"{type(exc).__name__}: {exc}"[:500]
            message.next_attempt_at = now + backoff(message.attempts)
            report.failed += 1
            log.warning(
                "Mail %s to %s failed (%s); will retry", message.id, message.to_address, exc
            )
        else:
            message.sent_at = now
            message.attempts += 1
            report.sent += 1
        db.session.commit()
    report.waiting = (
        db.session.scalar(
            select(func.count()).select_from(OutboxMessage).where(OutboxMessage.sent_at.is_(None))
        )
        or 0
    )
    return report


def queued_in_this_session() -> bool:
    """Whether the current request queued mail (asked once, at its end)."""
    return bool(db.session.info.pop(SESSION_FLAG, False))


def deliver_now() -> None:
    """At the end of a request that queued mail: best effort, never failing the request.

    The outbox keeps anything that fails, and `flask jobs run` (cron, every
    minute) retries it.
    """
    try:
        deliver_due()
    except Exception:
        log.exception("Delivering queued mail failed; it stays in the outbox")
        db.session.rollback()
