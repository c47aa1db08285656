"""Every moderation route, for every kind of visitor: the exact answer each gets.

Anonymous visitors are sent to sign in, applicants and suspended members to
their status page, members get the 404 a missing page gets, and a moderator
without two-factor is sent to set it up. Moderators and admins reach their
pages; the admin-only pages are a 404 to moderators.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from forum.accounts.models import AccountStatus
from forum.extensions import db, utcnow
from forum.review.models import WatchedAction, WatchedWord
from forum.review.services import hold_post
from forum.threads.models import Post
from moderation.models import ReportReason
from moderation.reports.services import send_report
from tests.factories import make_admin, make_moderator, make_topic, make_user, sign_in

ROLES = [
    "anonymous",
    "applicant",
    "member",
    "suspended",
    "moderator_without_two_factor",
    "moderator",
    "admin",
]
ADMIN_ONLY = {"moderation_settings.index", "moderation_words.index", "moderation_words.delete"}
SET_UP = "/account/two-factor/set-up"


def moderation_rules(app):
    return sorted(
        (r for r in app.url_map.iter_rules() if r.endpoint.startswith("moderation")),
        key=lambda r: r.endpoint,
    )


def cases(app):
    return [
        (rule.endpoint, method, role)
        for rule in moderation_rules(app)
        for method in sorted(rule.methods & {"GET", "POST"})
        for role in ROLES
    ]


@pytest.fixture
def world():
    author = make_user()
    topic = make_topic(author, "welcome", replies=1)
    anonymous = make_topic(author, "case-discussion", replies=0, is_anonymous=True)
    anonymous_post = db.session.scalar(select(Post).where(Post.topic_id == anonymous.id))
    anonymous_post.is_anonymous = True
    reply = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 2))
    held = make_topic(author, "welcome", replies=1)
    item = hold_post(
        db.session.scalar(select(Post).where(Post.topic_id == held.id, Post.number == 2)), []
    )
    applicant = make_user(status=AccountStatus.pending)
    admin = make_admin()
    word = WatchedWord(pattern="mule", action=WatchedAction.hold, created_by_id=admin.id)
    db.session.add(word)
    db.session.commit()
    case = send_report(make_user(), reply, ReportReason.spam, "Selling things.").case
    actors = {
        "applicant": make_user(status=AccountStatus.pending),
        "member": make_user(),
        "suspended": make_user(
            status=AccountStatus.suspended, suspended_until=utcnow() + timedelta(days=7)
        ),
        "moderator_without_two_factor": make_moderator(two_factor=False),
        "moderator": make_moderator(),
        "admin": admin,
    }
    db.session.commit()
    values = {
        "user_id": applicant.id,
        "post_id": anonymous_post.id,
        "topic_id": topic.id,
        "word_id": word.id,
    }
    return actors, values, item.id, case.id


def url_for_rule(app, rule, values, review_item, report_case) -> str:
    values = {**values, "item_id": report_case if "reports" in rule.endpoint else review_item}
    if rule.endpoint.startswith("moderation_members"):
        values["user_id"] = make_user().id
    return app.url_map.bind("localhost").build(
        rule.endpoint, {k: values[k] for k in rule.arguments}
    )


def expected(endpoint: str, method: str, role: str) -> tuple[int, str | None]:
    """(status, where a redirect leads) for this visitor on this route."""
    if role == "anonymous":
        return 302, "/sign-in"
    if role in {"applicant", "suspended"}:
        return 302, "/status"
    if role == "member":
        return 404, None
    if role == "moderator_without_two_factor":
        return 302, SET_UP
    if endpoint in ADMIN_ONLY and role == "moderator":
        return 404, None
    return OPEN[(endpoint, method)]


# What a moderator (or admin) gets: pages open; a POST with an empty form is
# refused with the form again (422) or sent back to its queue with a message.
OPEN: dict[tuple[str, str], tuple[int, str | None]] = {
    ("moderation.applications", "GET"): (200, None),
    ("moderation.decide", "POST"): (302, "/moderation/applications"),
    ("moderation.decide_review", "POST"): (302, "/moderation/review"),
    ("moderation.edit_review", "GET"): (200, None),
    ("moderation.edit_review", "POST"): (422, None),
    ("moderation.reveal_author", "POST"): (422, None),
    ("moderation.reveal_form", "GET"): (200, None),
    ("moderation.review", "GET"): (200, None),
    ("moderation_audit.export_csv", "GET"): (200, None),
    ("moderation_audit.index", "GET"): (200, None),
    ("moderation_dashboard.index", "GET"): (200, None),
    ("moderation_members.add_note", "POST"): (422, None),
    ("moderation_members.ban", "POST"): (422, None),
    ("moderation_members.index", "GET"): (200, None),
    ("moderation_members.lift", "POST"): (422, None),
    ("moderation_members.member", "GET"): (200, None),
    ("moderation_members.role", "POST"): (403, None),
    ("moderation_members.suspend", "POST"): (422, None),
    ("moderation_members.warn", "POST"): (422, None),
    ("moderation_reports.case", "GET"): (200, None),
    ("moderation_reports.claim", "POST"): (302, "/moderation/reports"),
    ("moderation_reports.decide", "POST"): (422, None),
    ("moderation_reports.edit", "GET"): (200, None),
    ("moderation_reports.edit", "POST"): (422, None),
    ("moderation_reports.queue", "GET"): (200, None),
    ("moderation_settings.index", "GET"): (200, None),
    ("moderation_settings.index", "POST"): (422, None),
    ("moderation_topics.merge", "GET"): (200, None),
    ("moderation_topics.merge", "POST"): (422, None),
    ("moderation_topics.move", "GET"): (200, None),
    ("moderation_topics.move", "POST"): (422, None),
    ("moderation_topics.split", "GET"): (200, None),
    ("moderation_topics.split", "POST"): (422, None),
    ("moderation_words.delete", "POST"): (302, "/moderation/watched-words"),
    ("moderation_words.index", "GET"): (200, None),
    ("moderation_words.index", "POST"): (422, None),
}
ADMIN_DIFFERS = {("moderation_members.role", "POST"): (422, None)}


def test_the_matrix_names_every_moderation_route(app):
    routes = {(r.endpoint, m) for r in moderation_rules(app) for m in r.methods & {"GET", "POST"}}
    assert routes == set(OPEN)


@pytest.mark.parametrize("role", ROLES)
def test_each_visitor_gets_the_exact_answer_on_every_moderation_route(app, world, role):
    actors, values, review_item, report_case = world
    client = app.test_client()
    if role != "anonymous":
        sign_in(client, actors[role])
    wrong = []
    for rule in moderation_rules(app):
        for method in sorted(rule.methods & {"GET", "POST"}):
            url = url_for_rule(app, rule, values, review_item, report_case)
            response = client.open(url, method=method, data={})
            status, where = expected(rule.endpoint, method, role)
            if role == "admin":
                status, where = ADMIN_DIFFERS.get((rule.endpoint, method), (status, where))
            got_where = response.headers.get("Location", "").split("?")[0] or None
            if response.status_code != status or (where and got_where != where):
                wrong.append(f"{method} {url}: {response.status_code} {got_where}")
    assert not wrong, f"{role}: expected differently on\n" + "\n".join(wrong)
