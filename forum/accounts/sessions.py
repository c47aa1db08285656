"""Signed-in sessions, kept on the server so that ending one works for every copy of it.

Each sign-in writes a `UserSession` row with a random id; the signed session cookie
carries "<user id>:<random id>" as Flask-Login's id and the row keeps only the id's
hash. Loading the member checks the row in the same query (a join), and GET
requests write nothing, so the two lifetimes come from what is already there:

- idle: Flask re-signs a permanent session cookie on every request and refuses a
  signature older than PERMANENT_SESSION_LIFETIME;
- absolute: the row's `created_at` plus SESSION_ABSOLUTE_LIFETIME.

A session also ends when it is signed out (`ended_at`), when the password changes
(every other one), and when the account's `session_version` moves on (password
reset, suspension, ban, erasure end them all at once).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from flask import current_app, session
from flask_babel import gettext as _
from flask_login import LoginManager, login_user, logout_user
from sqlalchemy import ColumnElement, delete, or_, select, update

from forum.accounts.models import User, UserSession
from forum.extensions import db, utcnow
from forum.i18n import N_

USER_ID_KEY = "_user_id"  # where Flask-Login keeps the id in the session cookie


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _absolute_lifetime() -> timedelta:
    return timedelta(seconds=int(current_app.config["SESSION_ABSOLUTE_LIFETIME"]))


def _parse(identity: object) -> tuple[int, str] | None:
    """(user id, random id) from the cookie's id, or None when it is not one of ours."""
    if not isinstance(identity, str):
        return None
    user_id, _sep, token = identity.partition(":")
    if not user_id.isdigit() or len(token) < 32:
        return None
    return int(user_id), token


def _live(now: datetime) -> list[ColumnElement[bool]]:
    return [
        UserSession.ended_at.is_(None),
        UserSession.session_version == User.session_version,
        UserSession.created_at > now - _absolute_lifetime(),
    ]


def load_user(identity: str) -> User | None:
    """The member of a live session, in one query; reloaded on every request."""
    parsed = _parse(identity)
    if parsed is None:
        return None
    user_id, token = parsed
    user = db.session.scalar(
        select(User)
        .join(UserSession, UserSession.user_id == User.id)
        .where(User.id == user_id, UserSession.token_hash == _digest(token), *_live(utcnow()))
    )
    if user is None:
        return None
    user._session_identity = identity
    if not session.permanent:  # restored from "Keep me signed in": idle time counts again
        session.permanent = True
    return user


def _finished(now: datetime) -> ColumnElement[bool]:
    """Sessions that can sign nobody in any more: ended, outdated by the account, or too old."""
    version = select(User.session_version).where(User.id == UserSession.user_id)
    return or_(
        UserSession.ended_at.is_not(None),
        UserSession.session_version != version.scalar_subquery(),
        UserSession.created_at <= now - _absolute_lifetime(),
    )


def delete_finished(as_of: datetime) -> str:
    """The `sessions` job: rows of sessions that are over go, so the table holds live ones.

    Signing in tidies the member's own rows too; this reaches members who never
    come back, erased accounts included. Safe to run twice.
    """
    result = db.session.execute(delete(UserSession).where(_finished(as_of)))
    db.session.commit()
    return f"{result.rowcount} deleted"  # type: ignore[attr-defined]


def start(user: User) -> str:
    """A new session row for this account; returns the id its cookie will carry.

    The account's ended and expired sessions are deleted on the way, so the table
    holds little more than the sessions that are live.
    """
    now = utcnow()
    db.session.execute(delete(UserSession).where(UserSession.user_id == user.id, _finished(now)))
    token = secrets.token_urlsafe(32)
    db.session.add(
        UserSession(
            user_id=user.id,
            token_hash=_digest(token),
            session_version=user.session_version,
            created_at=now,
        )
    )
    identity = f"{user.id}:{token}"
    user._session_identity = identity
    return identity


def end(identity: str) -> None:
    """End one session, whoever holds a copy of its cookie."""
    parsed = _parse(identity)
    if parsed is None:
        return
    user_id, token = parsed
    db.session.execute(
        update(UserSession)
        .where(
            UserSession.user_id == user_id,
            UserSession.token_hash == _digest(token),
            UserSession.ended_at.is_(None),
        )
        .values(ended_at=utcnow())
    )


def end_others(user: User, keep: str) -> None:
    """End every session of this account but `keep` (the one in use)."""
    parsed = _parse(keep)
    kept = _digest(parsed[1]) if parsed is not None else ""
    db.session.execute(
        update(UserSession)
        .where(
            UserSession.user_id == user.id,
            UserSession.token_hash != kept,
            UserSession.ended_at.is_(None),
        )
        .values(ended_at=utcnow())
    )


def live_sessions(user: User) -> list[UserSession]:
    """This account's live sessions, newest first, for "Where you're signed in"."""
    return list(
        db.session.scalars(
            select(UserSession)
            .join(User, User.id == UserSession.user_id)
            .where(UserSession.user_id == user.id, *_live(utcnow()))
            .order_by(UserSession.created_at.desc(), UserSession.id.desc())
        )
    )


def is_current(user_session: UserSession, user: User) -> bool:
    """Whether this row is the session the member is using now."""
    parsed = _parse(vars(user).get("_session_identity"))
    return parsed is not None and _digest(parsed[1]) == user_session.token_hash


def sign_in(user: User, remember: bool) -> None:
    """Sign in on a fresh session: a new id, nothing kept from before the password."""
    session.clear()
    start(user)
    db.session.commit()
    session.permanent = True
    login_user(user, remember=remember)


def sign_out() -> None:
    """End this session on the server too, so a copied cookie signs nobody in."""
    identity = session.get(USER_ID_KEY)
    if isinstance(identity, str):
        end(identity)
        db.session.commit()
    logout_user()


def configure(manager: LoginManager) -> None:
    manager.user_loader(load_user)
    manager.id_attribute = "session_identity"  # User.get_id stays a per-account key
    manager.login_view = "accounts.sign_in"
    manager.login_message = N_("Please sign in to continue.")
    manager.localize_callback = _  # flashed in the reader's language
    manager.session_protection = "basic"
