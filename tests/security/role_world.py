"""A small world of real rows for the role matrix: one of each thing a route can name.

The practitioner owns most of it (a topic and reply, a conversation and
check-ins with the care leaver, a draft), so the table shows the owner, the
other party, outsiders and moderators side by side.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from flask import Flask
from sqlalchemy import select
from werkzeug.routing import Rule

from forum import markup
from forum.accounts import sessions
from forum.accounts.models import AccountStatus, MemberType
from forum.checkins.models import DropIn, Mood, TodoComment
from forum.drafts.models import Draft
from forum.extensions import db
from forum.messages.models import Conversation, ConversationMember, Message
from forum.people.models import Connection
from forum.review.services import hold_post
from forum.threads.models import Post
from moderation.members import services as sanctions
from moderation.models import ReportReason
from moderation.reports import services as reports
from tests.checkins.overdue_fixtures import make_checkin, make_manager, make_todo
from tests.events.helpers import make_event
from tests.factories import make_admin, make_moderator, make_topic, make_user

ROLES = (
    "anonymous",
    "applicant",
    "practitioner",
    "care_leaver",
    "ally",
    "suspended",
    "moderator",
    "admin",
)


@dataclass
class World:
    values: dict[str, Any]
    by_endpoint: dict[str, dict[str, Any]]  # by endpoint or by blueprint
    cookies: dict[str, str | None]

    def arguments(self, rule: Rule) -> dict[str, Any]:
        blueprint = rule.endpoint.rpartition(".")[0]
        values = {
            **self.values,
            **self.by_endpoint.get(blueprint, {}),
            **self.by_endpoint.get(rule.endpoint, {}),
        }
        missing = rule.arguments - set(values)
        assert not missing, f"give {rule.rule} a real row for {missing}"
        return {k: values[k] for k in rule.arguments}


def session_cookie(app: Flask, user: Any) -> str:
    """A signed session cookie backed by a live server-side session row."""
    client = app.test_client()
    with client.session_transaction() as session:
        session["_user_id"] = sessions.start(user)
        session["_fresh"] = True
    cookie = client.get_cookie("session")
    assert cookie is not None
    return cookie.value


def build(app: Flask) -> World:
    practitioner = make_user(member_type=MemberType.practitioner)
    leaver = make_user(member_type=MemberType.care_leaver)
    ally = make_user(member_type=MemberType.ally)
    moderator = make_moderator()
    admin = make_admin()
    applicant = make_user(status=AccountStatus.pending)
    suspended = make_user(status=AccountStatus.suspended)
    manager = make_user()

    topic = make_topic(practitioner, "welcome", replies=1)
    reply = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 2))
    event = make_event(practitioner)
    held = make_topic(practitioner, "welcome")
    review_item = hold_post(db.session.scalar(select(Post).where(Post.topic_id == held.id)), [])

    agreement = make_checkin(leaver, practitioner)  # also connects the two
    connection = db.session.scalar(select(Connection).where(Connection.requester_id == leaver.id))
    todo = make_todo(agreement, "Book the housing appointment", date(2030, 1, 1))
    drop_in = DropIn(agreement_id=agreement.id, author_id=leaver.id, mood=Mood.working, note="")
    comment = TodoComment(todo_id=todo.id, author_id=practitioner.id, body="On it.")
    db.session.add_all([drop_in, comment])
    make_manager(practitioner, manager, accepted=False)

    conversation = Conversation(created_by_id=practitioner.id)
    db.session.add(conversation)
    db.session.flush()
    for member in (practitioner, leaver):
        db.session.add(ConversationMember(conversation_id=conversation.id, user_id=member.id))
    message = Message(
        conversation_id=conversation.id,
        author_id=practitioner.id,
        body_source="Hello again.",
        body_html=markup.render("Hello again."),
    )
    db.session.add(message)
    db.session.add(Draft(user_id=practitioner.id, place=f"reply:{topic.id}", body="Half a reply"))
    db.session.flush()

    report = reports.send_report(ally, reply, ReportReason.spam, "Selling something.")
    warning = sanctions.warn_member(moderator, practitioner, "Please keep to the guidelines.")
    from forum.review.models import WatchedAction
    from moderation.watched_words import services as watched_words

    word = watched_words.add_watched_word(admin, "matrixword", False, WatchedAction.hold, "")

    values = {
        "slug": "welcome",
        "topic_id": topic.id,
        "post_id": reply.id,
        "user_id": practitioner.id,
        "change": "lock",
        "place": f"reply:{topic.id}",
        "token": "not-a-real-token",
        "word_id": word.id,
    }
    by_endpoint: dict[str, dict[str, Any]] = {
        "checkins": {"item_id": agreement.id},
        "checkins.todo": {"item_id": todo.id},
        "checkins.edit_todo": {"item_id": todo.id},
        "checkins.comment": {"item_id": todo.id},
        "checkins.done": {"item_id": todo.id},
        "checkins.undo": {"item_id": todo.id},
        "checkins.start": {"user_id": leaver.id},
        "connections": {"item_id": connection.id, "user_id": leaver.id},
        "messages": {"item_id": conversation.id},
        "reports.report_message": {"item_id": message.id},
        "reports.report_comment": {"item_id": comment.id},
        "reports.report_drop_in": {"item_id": drop_in.id},
        "reports.report_todo": {"item_id": todo.id},
        "moderation": {"item_id": review_item.id, "user_id": applicant.id},
        "moderation_reports": {"item_id": report.case_id},
        "member_warnings": {"item_id": warning.id},
        "events": {"topic_id": event.id},
    }
    people = {
        "practitioner": practitioner,
        "care_leaver": leaver,
        "ally": ally,
        "moderator": moderator,
        "admin": admin,
        "applicant": applicant,
        "suspended": suspended,
    }
    cookies: dict[str, str | None] = {"anonymous": None}
    cookies.update({role: session_cookie(app, user) for role, user in people.items()})
    db.session.commit()  # into the test's outer transaction: each request starts from here
    db.session.remove()
    return World(values, by_endpoint, cookies)


@contextmanager
def rolled_back() -> Iterator[None]:
    """Whatever one request writes is undone, so every request meets the same world."""
    db.session.remove()
    savepoint = db.engine.begin_nested()  # db.engine is the test's connection (conftest)
    try:
        yield
    finally:
        db.session.remove()
        savepoint.rollback()
