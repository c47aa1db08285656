"""The members-only gate, applied to every request before any view runs.

Failing closed: an endpoint is public only if it is listed here, and an account
that is not an approved member reaches only its status pages.
"""

from __future__ import annotations

from flask import flash, redirect, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.wrappers import Response

from forum import policy
from forum.extensions import login_manager

PUBLIC = frozenset(
    {
        "static",
        "accounts.apply",
        "accounts.check_email",
        "accounts.verify_email",
        "accounts.confirm_email",
        "accounts.sign_in",
        "accounts.sign_out",
        "accounts.reset_request",
        "accounts.reset_password",
        "accounts.guidelines",
        "pages.safety",  # "How we keep this space safe": read before applying
        "two_factor.sign_in_code",  # the view itself answers only a password-checked session
        "notifications.unsubscribe",  # one-click unsubscribe from mail: the signed link is the key
        "notifications.confirm_unsubscribe",
    }
)
APPLICANT = frozenset(
    {"accounts.status", "accounts.answer", "accounts.withdraw", "accounts.resend"}
)


def admit() -> Response | None:
    endpoint = request.endpoint
    if endpoint is None or endpoint in PUBLIC:
        return None
    if not current_user.is_authenticated:
        return login_manager.unauthorized()  # type: ignore[no-any-return]
    if endpoint in APPLICANT:
        return None
    if not current_user.is_active_member:
        return redirect(url_for("accounts.status"))
    moderation_page = (request.blueprint or "").startswith("moderation")
    if moderation_page and policy.must_set_up_two_factor(current_user):
        flash(_("Set up two-factor before using the moderation pages."))
        return redirect(url_for("two_factor.set_up"))
    return None
