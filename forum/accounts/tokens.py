"""Signed, expiring, single-use links for email verification and password reset.

Single use without a tokens table: each token carries a fingerprint of the
state it is meant to change, so once that state has moved on the token is spent.
"""

from __future__ import annotations

import enum
from typing import Any

from flask import current_app
from flask_babel import gettext as _
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from forum.accounts.models import User
from forum.extensions import db
from forum.i18n import N_


class Purpose(enum.StrEnum):
    verify_email = "verify-email"
    reset_password = "reset-password"  # noqa: S105 (a purpose name, not a secret)


class TokenProblem(enum.StrEnum):
    invalid = N_("This link is not valid. Check you copied the whole link from the email.")
    expired = N_("This link has expired. You can ask for a new one below.")
    used = N_("This link has already been used.")

    @property
    def message(self) -> str:
        """The value, in the reader's language."""
        return str(_(self.value))


class TokenError(Exception):
    def __init__(self, problem: TokenProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def _serializer(purpose: Purpose) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=f"forum.{purpose}")


def _fingerprint(purpose: Purpose, user: User) -> Any:
    if purpose is Purpose.verify_email:
        return user.email if user.email_verified_at is None else None
    return user.session_version


def make_token(purpose: Purpose, user: User) -> str:
    return str(_serializer(purpose).dumps({"u": user.id, "f": _fingerprint(purpose, user)}))


def _max_age(purpose: Purpose) -> int:
    key = "TOKEN_MAX_AGE_VERIFY" if purpose is Purpose.verify_email else "TOKEN_MAX_AGE_RESET"
    return int(current_app.config[key])


def read_token(purpose: Purpose, token: str) -> User:
    """The user the token was made for, or TokenError saying what is wrong with it."""
    serializer = _serializer(purpose)
    try:
        data = serializer.loads(token, max_age=_max_age(purpose))
    except SignatureExpired as exc:
        # The signature was good; only the age is wrong.
        raise TokenError(TokenProblem.expired) from exc
    except BadSignature as exc:
        raise TokenError(TokenProblem.invalid) from exc
    if not isinstance(data, dict) or not isinstance(data.get("u"), int):
        raise TokenError(TokenProblem.invalid)
    user = db.session.get(User, data["u"])
    if user is None:
        raise TokenError(TokenProblem.invalid)
    current = _fingerprint(purpose, user)
    if current is None or current != data.get("f"):
        raise TokenError(TokenProblem.used)
    return user
