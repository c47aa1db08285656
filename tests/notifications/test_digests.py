"""The email digest: what is still unread, once a day or a week, at 7am in the member's zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from forum.extensions import db
from forum.mail import services as mail
from forum.notifications import digests
from forum.notifications import services as notifications
from forum.notifications.models import Channel, DigestFrequency, Notification
from tests.factories import make_user
from tests.notifications.support import mail_to

# Thursday 3 December 2026, London is on GMT.
THURSDAY_6AM = datetime(2026, 12, 3, 6, 0, tzinfo=UTC)
THURSDAY_8AM = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)
FRIDAY_8AM = THURSDAY_8AM + timedelta(days=1)


def member_with(frequency: DigestFrequency, **overrides):
    member = make_user(**overrides)
    notifications.set_digest(member.id, frequency)
    db.session.flush()
    return member


def note(member, text: str, at: datetime, kind: str = "watched") -> Notification:
    written = Notification(user_id=member.id, kind=kind, text=text, link="/p/1", created_at=at)
    db.session.add(written)
    db.session.flush()
    return written


def test_a_daily_digest_lists_what_is_unread_and_goes_once(app):
    member = member_with(DigestFrequency.daily)
    note(member, "Tom started “Supervision” in Good practice", THURSDAY_6AM - timedelta(hours=5))
    note(member, "Jo replied to “Supervision”", THURSDAY_6AM - timedelta(hours=2))
    read = note(member, "Already seen", THURSDAY_6AM - timedelta(hours=3))
    read.read_at = THURSDAY_6AM

    # Before 7am the period due is the one that ended yesterday: nothing then.
    assert digests.send_due(THURSDAY_6AM) == "0 sent, 1 with nothing unread"
    assert digests.send_due(THURSDAY_8AM) == "1 sent, 0 with nothing unread"
    assert digests.send_due(THURSDAY_8AM) == "0 sent, 0 with nothing unread"  # run twice: once

    [email] = mail_to(member)
    assert email.subject == "Your daily digest from Practice Commons"
    assert "Tom started “Supervision” in Good practice" in email.body_text
    assert "Jo replied to “Supervision”" in email.body_text
    assert "Already seen" not in email.body_text
    assert "http://127.0.0.1:5000/p/1" in email.body_text
    assert email.list_unsubscribe is not None
    assert f"unsubscribe: {email.list_unsubscribe}" in email.body_text


def test_nothing_unread_means_no_email(app):
    member = member_with(DigestFrequency.daily)
    assert digests.send_due(THURSDAY_8AM) == "0 sent, 1 with nothing unread"
    assert mail_to(member) == []
    note(member, "Jo replied to “Supervision”", THURSDAY_8AM + timedelta(hours=1))
    assert digests.send_due(THURSDAY_8AM + timedelta(hours=2)) == "0 sent, 0 with nothing unread"
    assert digests.send_due(FRIDAY_8AM) == "1 sent, 0 with nothing unread"  # the next period


def test_each_digest_covers_only_what_came_after_the_last(app):
    member = member_with(DigestFrequency.daily)
    note(member, "First news", THURSDAY_6AM)
    digests.send_due(THURSDAY_8AM)
    note(member, "Second news", THURSDAY_8AM + timedelta(hours=3))
    digests.send_due(FRIDAY_8AM)
    first, second = mail_to(member)
    assert "First news" in first.body_text
    assert "First news" not in second.body_text  # still unread, but already in a digest
    assert "Second news" in second.body_text


def test_the_digest_comes_at_7am_in_the_members_zone(app):
    member = member_with(DigestFrequency.daily, time_zone="America/New_York")
    note(member, "News", THURSDAY_6AM - timedelta(hours=1))
    assert digests.send_due(THURSDAY_8AM).startswith("0 sent")  # 3am in New York
    assert digests.send_due(datetime(2026, 12, 3, 12, 30, tzinfo=UTC)).startswith("1 sent")


def test_a_weekly_digest_goes_on_monday_morning(app):
    member = member_with(DigestFrequency.weekly)
    note(member, "News from the week", THURSDAY_6AM)
    saturday = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
    monday = datetime(2026, 12, 7, 7, 1, tzinfo=UTC)
    assert digests.send_due(saturday).startswith("0 sent, 1")  # last week had nothing
    assert mail_to(member) == []
    assert digests.send_due(monday).startswith("1 sent")
    assert digests.send_due(monday + timedelta(days=3)).startswith("0 sent, 0")
    [email] = mail_to(member)
    assert email.subject == "Your weekly digest from Practice Commons"


def test_kinds_already_emailed_one_by_one_are_left_out(app):
    member = member_with(DigestFrequency.daily)
    note(member, "Jo mentioned you", THURSDAY_6AM, kind="mention")  # Email by default
    note(member, "Tom started a topic", THURSDAY_6AM, kind="watched")  # In app by default
    digests.send_due(THURSDAY_8AM)
    [email] = mail_to(member)
    assert "Tom started a topic" in email.body_text
    assert "Jo mentioned you" not in email.body_text


def test_members_without_a_digest_or_not_in_good_standing_get_none(app):
    plain = make_user()
    note(plain, "News", THURSDAY_6AM)
    banned = member_with(DigestFrequency.daily)
    db.session.execute(
        update(type(banned)).where(type(banned).id == banned.id).values(status="banned")
    )
    note(banned, "News", THURSDAY_6AM)
    switched_off = member_with(DigestFrequency.daily)
    notifications.set_digest(switched_off.id, DigestFrequency.off)
    note(switched_off, "News", THURSDAY_6AM)
    digests.send_due(THURSDAY_8AM)
    assert mail_to(plain) == mail_to(banned) == mail_to(switched_off) == []


def test_the_job_runs_from_flask_jobs_run_with_as_of(app, runner, smtp_server):
    member = member_with(DigestFrequency.daily, email="reader@example.org")
    note(member, "Jo replied to “Supervision”", THURSDAY_6AM)
    db.session.commit()
    for _ in range(2):
        result = runner.invoke(args=["jobs", "run", "--as-of", "2026-12-03T08:00"])
        assert result.exit_code == 0, result.output
    mail.deliver_due()
    [email] = smtp_server.to("reader@example.org")
    assert email["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "Jo replied to “Supervision”" in email.get_content()
    listed = runner.invoke(args=["jobs", "list"])
    assert "digests:" in listed.output


def test_switching_the_digest_on_again_starts_from_the_last_period(app):
    member = member_with(DigestFrequency.daily)
    digests.send_due(THURSDAY_8AM - timedelta(days=30))
    notifications.set_digest(member.id, DigestFrequency.off)
    note(member, "Old news", THURSDAY_8AM - timedelta(days=10))
    notifications.set_digest(member.id, DigestFrequency.daily)
    note(member, "Fresh news", THURSDAY_6AM)
    digests.send_due(THURSDAY_8AM)
    [email] = mail_to(member)
    assert "Fresh news" in email.body_text
    assert "Old news" not in email.body_text
    assert notifications.settings_for(member).channels["watched"] is Channel.in_app
