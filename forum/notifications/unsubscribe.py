"""Signed one-click unsubscribe links for notification and digest emails (RFC 8058).

A link names the member and what it stops (a conversation kind, or the digest),
signed with the secret key under a salt of its own, so it can be neither forged
nor reused as a sign-in or reset link. It works signed out, from any device the
mail was read on; it only ever turns email off, never anything else, so a link
that leaks can do no harm beyond that. It expires after UNSUBSCRIBE_MAX_AGE_DAYS.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from flask import current_app
from flask_babel import gettext as _
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from forum.i18n import N_
from forum.notifications import kinds
from forum.urls import absolute_url

SALT = "forum.unsubscribe"
DEFAULT_MAX_AGE_DAYS = 365


class LinkProblem(enum.StrEnum):
    invalid = N_(
        "This unsubscribe link is not valid. Check you copied the whole link from the email."
    )
    expired = N_("This unsubscribe link has expired.")

    @property
    def message(self) -> str:
        """The value, in the reader's language."""
        return str(_(self.value))


class LinkError(Exception):
    def __init__(self, problem: LinkProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


@dataclass(frozen=True)
class Request:
    user_id: int
    kind: str  # a conversation kind, or kinds.DIGEST


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=SALT)


def make_token(user_id: int, kind: str) -> str:
    if not kinds.can_unsubscribe(kind):
        raise ValueError(f"{kind!r} mail carries no unsubscribe link")
    return str(_serializer().dumps({"u": user_id, "k": kind}))


def link(user_id: int, kind: str) -> str:
    """The absolute address for the email body and the List-Unsubscribe header."""
    return absolute_url("notifications.unsubscribe", token=make_token(user_id, kind))


def read_token(token: str) -> Request:
    """What the link asks to stop, or LinkError saying what is wrong with it."""
    days = int(current_app.config.get("UNSUBSCRIBE_MAX_AGE_DAYS", DEFAULT_MAX_AGE_DAYS))
    try:
        data = _serializer().loads(token, max_age=days * 24 * 3600)
    except SignatureExpired as exc:
        raise LinkError(LinkProblem.expired) from exc
    except BadSignature as exc:
        raise LinkError(LinkProblem.invalid) from exc
    if not isinstance(data, dict):
        raise LinkError(LinkProblem.invalid)
    user_id, kind = data.get("u"), data.get("k")
    if not isinstance(user_id, int) or not isinstance(kind, str) or not kinds.can_unsubscribe(kind):
        raise LinkError(LinkProblem.invalid)
    return Request(user_id, kind)
