"""Small helpers shared by the notification tests."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from forum.accounts.models import User
from forum.extensions import db
from forum.mail.models import OutboxMessage
from forum.notifications.models import Notification
from forum.threads.models import Topic
from tests.factories import sign_in


def browser(app: Flask, user: User) -> FlaskClient:
    client = app.test_client()
    sign_in(client, user)
    return client


def reply(app: Flask, user: User, topic: Topic, body: str = "A thoughtful reply.") -> None:
    response = browser(app, user).post(f"/t/{topic.id}/reply", data={"body": body})
    assert response.status_code == 302, response.get_data(as_text=True)


def notes_of(user: User) -> list[Notification]:
    return list(
        db.session.scalars(
            select(Notification).where(Notification.user_id == user.id).order_by(Notification.id)
        )
    )


def mail_to(user: User) -> list[OutboxMessage]:
    return list(
        db.session.scalars(
            select(OutboxMessage)
            .where(func.lower(OutboxMessage.to_address) == user.email.lower())
            .order_by(OutboxMessage.id)
        )
    )


def text(response) -> str:  # type: ignore[no-untyped-def]
    return str(response.get_data(as_text=True))
