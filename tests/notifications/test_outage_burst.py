"""A burst of notification mail while the SMTP server is down: none lost, none sent twice."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from forum.extensions import db, utcnow
from forum.mail import services as mail
from forum.mail.models import OutboxMessage
from forum.notifications.models import Channel, NotificationPreference
from forum.watching.models import TopicWatch, WatchLevel
from tests.factories import make_topic, make_user
from tests.notifications.support import reply

REPLIES = 12
WATCHERS = 6


def burst(app):
    """A busy topic: every reply emails its author and everyone watching it by email."""
    author = make_user(email="author@example.org")
    topic = make_topic(author, "welcome", title="Sleep problems after a move")
    watchers = [make_user(email=f"watcher{n}@example.org") for n in range(WATCHERS)]
    for watcher in watchers:
        db.session.add(TopicWatch(user_id=watcher.id, topic_id=topic.id, level=WatchLevel.watching))
        db.session.add(
            NotificationPreference(user_id=watcher.id, kind="watched", channel=Channel.email)
        )
    db.session.flush()
    for n in range(REPLIES):
        reply(app, make_user(display_name=f"Replier {n}"), topic, f"What helped us, number {n}.")
    return author, watchers


def outbox() -> list[OutboxMessage]:
    return list(db.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


def time_passes() -> None:
    db.session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.sent_at.is_(None))
        .values(next_attempt_at=utcnow() - timedelta(seconds=1))
    )
    db.session.commit()


def test_a_burst_during_an_outage_is_delivered_once_when_the_server_is_back(
    app, runner, smtp_server
):
    smtp_server.stop()
    burst(app)
    queued = outbox()
    # Every reply told the author and every watcher; all of it waits in the outbox.
    assert len(queued) == REPLIES * (1 + WATCHERS)
    assert all(m.list_unsubscribe for m in queued)

    report = mail.deliver_due(limit=1000)
    assert (report.sent, report.failed, report.waiting) == (0, len(queued), len(queued))
    assert runner.invoke(args=["jobs", "run", "--only", "mail"]).output == (
        f"mail: 0 sent, 0 failed, {len(queued)} waiting\n"  # backing off: nothing hammered
    )

    smtp_server.start()
    time_passes()
    first = runner.invoke(args=["jobs", "run", "--only", "mail"])
    assert first.output == f"mail: {len(queued)} sent, 0 failed, 0 waiting\n"
    again = runner.invoke(args=["jobs", "run", "--only", "mail"])
    assert again.output == "mail: 0 sent, 0 failed, 0 waiting\n"

    delivered = sorted((m["To"], m["Subject"]) for m in smtp_server.messages)
    assert delivered == sorted((m.to_address, m.subject) for m in queued)  # none lost or doubled
    ids = [m["Message-ID"] for m in smtp_server.messages]
    assert len(set(ids)) == len(ids)
    assert len(smtp_server.to("author@example.org")) == REPLIES


def test_an_outage_in_the_middle_of_delivery_sends_nothing_twice(app, smtp_server):
    burst(app)
    queued = outbox()
    half = len(queued) // 2
    assert mail.deliver_due(limit=half).sent == half
    smtp_server.stop()
    report = mail.deliver_due(limit=1000)
    assert (report.sent, report.failed) == (0, len(queued) - half)

    smtp_server.start()
    time_passes()
    assert mail.deliver_due(limit=1000).sent == len(queued) - half
    assert mail.deliver_due(limit=1000).sent == 0
    delivered = sorted(str(m["Message-ID"]) for m in smtp_server.messages)
    assert delivered == sorted(mail.message_id(m) for m in queued)  # each once, none missing
