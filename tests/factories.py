"""Plain factory functions: they flush, never commit."""

from __future__ import annotations

import itertools
from typing import Any

import pyotp
from flask.testing import FlaskClient

from forum import markup
from forum.accounts import passwords, sessions
from forum.accounts.models import AccountStatus, Application, MemberType, Role, User
from forum.extensions import db, utcnow
from forum.spaces.models import Space
from forum.threads.models import Post, Topic

PASSWORD = "a sturdy test phrase 42"
_HASH = passwords.hash_password(PASSWORD)  # argon2 is slow on purpose: hash once
_seq = itertools.count(1)


def make_user(**overrides: Any) -> User:
    n = next(_seq)
    values: dict[str, Any] = {
        "email": f"member{n}@example.org",
        "password_hash": _HASH,
        "display_name": f"Member {n}",
        "member_type": MemberType.practitioner,
        "role": Role.member,
        "status": AccountStatus.active,
        "email_verified_at": utcnow(),
    }
    values.update(overrides)
    user = User(**values)
    user.application = Application(
        organisation="Northshire Council",
        job_title="Social worker",
        region="North West",
        country="England",
        reason="I want to learn from other practitioners.",
        submitted_at=utcnow(),
    )
    db.session.add(user)
    db.session.flush()
    return user


def make_moderator(two_factor: bool = True, **overrides: Any) -> User:
    """A moderator whose two-factor is confirmed, so moderation pages open.

    `two_factor=False` gives the moderator who has not set it up yet.
    """
    if two_factor:
        overrides.setdefault("totp_secret", pyotp.random_base32())
        overrides.setdefault("totp_confirmed_at", utcnow())
    overrides.setdefault("role", Role.moderator)
    return make_user(**overrides)


def make_admin(two_factor: bool = True, **overrides: Any) -> User:
    """An admin, with two-factor confirmed unless asked otherwise."""
    return make_moderator(two_factor=two_factor, role=Role.admin, **overrides)


def space(slug: str) -> Space:
    from sqlalchemy import select

    found = db.session.scalar(select(Space).where(Space.slug == slug))
    assert found is not None, slug
    return found


def make_topic(
    author: User,
    slug: str = "welcome",
    title: str | None = None,
    replies: int = 0,
    **overrides: Any,
) -> Topic:
    n = next(_seq)
    topic = Topic(space=space(slug), author=author, title=title or f"Topic {n}", **overrides)
    db.session.add(topic)
    for number in range(1, replies + 2):
        body = f"Post {number} of topic {n}."
        db.session.add(
            Post(
                topic=topic,
                author=author,
                number=number,
                body_source=body,
                body_html=markup.render(body),
            )
        )
    topic.post_count = replies + 1
    db.session.flush()
    return topic


def sign_in(client: FlaskClient, user: User) -> None:
    """Start a session as this user without going through the form."""
    identity = sessions.start(user)  # the server-side session the cookie points at
    db.session.commit()  # as signing in does: a request that fails and rolls back keeps it
    with client.session_transaction() as session:
        session["_user_id"] = identity
        session["_fresh"] = True
