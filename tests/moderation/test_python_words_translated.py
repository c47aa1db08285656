"""Words written in moderation's Python code follow the reader's language, plurals too.

A notice stored for someone else (a post's author, a reporter) is written in the
site's language: the moderator's browser must not choose it for them. Uses the
pseudo-translation of tests/pseudo_language.py (every message in full-width letters).
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from flask import Flask
from flask_babel import refresh
from sqlalchemy import select

from forum.extensions import db, utcnow
from forum.notifications.models import Notification
from forum.spaces.models import Audience
from forum.templating import when
from forum.threads.models import Post
from moderation.dashboard.queries import age
from moderation.models import ReportCase, ReportReason
from moderation.reports import services as reports
from tests.factories import make_admin, make_topic, make_user, sign_in
from tests.pseudo_language import (
    PSEUDO,
    full_width,
)

pytestmark = pytest.mark.usefixtures("pseudo")


@pytest.mark.parametrize(
    ("ago", "english"),
    [
        (timedelta(seconds=5), "just now"),
        (timedelta(minutes=1), "1 minute ago"),
        (timedelta(minutes=5), "5 minutes ago"),
        (timedelta(hours=1), "1 hour ago"),
        (timedelta(days=3), "3 days ago"),
    ],
)
def test_relative_times_are_in_the_readers_language_with_the_right_plural(app, ago, english):
    moment = utcnow() - ago
    with app.test_request_context(headers={"Accept-Language": PSEUDO}):
        refresh()  # the test's app context (and the locale kept in `g`) outlives a request
        assert when(moment) == full_width(english)
    with app.test_request_context(headers={"Accept-Language": "en-GB"}):
        refresh()
        assert when(moment) == english


def test_a_queues_age_and_a_spaces_audience_are_in_the_readers_language(app: Flask):
    with app.test_request_context(headers={"Accept-Language": PSEUDO}):
        refresh()
        assert age(utcnow() - timedelta(hours=2)) == full_width("2 hours")
        assert age(utcnow() - timedelta(days=1)) == full_width("1 day")
        assert Audience.practitioners.label == full_width("Practitioners only can read this")
    with app.test_request_context():
        refresh()
        assert age(utcnow() - timedelta(hours=2)) == "2 hours"


def test_the_author_is_told_in_the_sites_language_the_moderator_in_their_own(app: Flask):
    author, reporter = make_user(), make_user()
    topic = make_topic(author, title="Handover notes", replies=1)
    reply = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 2))
    assert reply is not None
    reports.send_report(reporter, reply, ReportReason.other, "Please look.")
    case_id = db.session.scalar(select(ReportCase.id).where(ReportCase.post_id == reply.id))
    client = app.test_client()
    sign_in(client, make_admin())

    prefix = f"case{case_id}-"
    client.post(
        f"/moderation/reports/{case_id}",
        data={prefix + "hide": "y", prefix + "reason": "Shares a surname."},
        headers={"Accept-Language": PSEUDO},
    )

    with client.session_transaction() as session:
        flashed = [message for _, message in session.get("_flashes", [])]
    assert flashed == [full_width("Post hidden.")]
    told = {
        (n.user_id, n.kind): n.text
        for n in db.session.scalars(
            select(Notification).where(Notification.kind.in_(["post_hide", "report_closed"]))
        )
    }
    assert told[(author.id, "post_hide")] == (
        "A moderator hid your post in “Handover notes”: only you and the moderators can see it."
    )
    assert told[(reporter.id, "report_closed")] == (
        "A moderator has dealt with your report about a post in “Handover notes”. "
        "Thank you for telling us."
    )
