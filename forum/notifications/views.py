"""The notifications page, the "Notifications" settings, and one-click unsubscribe."""

from __future__ import annotations

from typing import cast

from flask import Blueprint, Flask, flash, redirect, render_template, request, url_for
from flask.blueprints import BlueprintSetupState
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user

from forum.extensions import csrf, limiter
from forum.forms import EmptyForm
from forum.notifications import data, kinds, services
from forum.notifications import unsubscribe as one_click
from forum.notifications.forms import NotificationSettingsForm
from forum.notifications.models import DigestFrequency
from forum.privacy import export

bp = Blueprint("notifications", __name__)


@bp.record_once
def _register_export(state: BlueprintSetupState) -> None:
    """The member's notification and watch settings go in "Download my data"."""
    export.register_part(cast(Flask, state.app), data.export_part)


@bp.get("/notifications")
def index() -> ResponseReturnValue:
    before = request.args.get("before", type=int)
    return render_template(
        "notifications/index.html",
        page=services.page(current_user, before),
        before=before,
        form=EmptyForm(),
    )


@bp.post("/notifications/read")
def mark_all_read() -> ResponseReturnValue:
    if EmptyForm().validate_on_submit():
        services.mark_all_read(current_user)
        flash(_("All notifications are marked as read."))
    return redirect(url_for("notifications.index"))


@bp.post("/settings/notifications")
def save_settings() -> ResponseReturnValue:
    form = NotificationSettingsForm()
    if form.validate_on_submit():
        services.save_settings(current_user, form.channels(), DigestFrequency(form.digest.data))
        flash(_("Your notification settings are saved."))
    else:
        flash(_("Choose In app, Email or Off for each kind of notification."), "error")
    return redirect(url_for("accounts.settings", _anchor="notifications"))


@bp.get("/unsubscribe/<token>")
def unsubscribe(token: str) -> ResponseReturnValue:
    """Ask first: mail scanners open links, and a GET must not change anything."""
    try:
        asked = one_click.read_token(token)
    except one_click.LinkError as error:
        return render_template("notifications/unsubscribe_problem.html", problem=error.problem), 400
    return render_template("notifications/unsubscribe.html", what=_what(asked.kind))


# RFC 8058: mail clients POST "List-Unsubscribe=One-Click" here with no session and no
# CSRF token; the signed token is the proof. Rate limited, like every unauthenticated POST.
@bp.post("/unsubscribe/<token>")
@csrf.exempt
@limiter.limit("30 per minute;300 per hour")
def confirm_unsubscribe(token: str) -> ResponseReturnValue:
    try:
        asked = one_click.read_token(token)
    except one_click.LinkError as error:
        return render_template("notifications/unsubscribe_problem.html", problem=error.problem), 400
    services.stop_email(asked.user_id, asked.kind)
    return render_template("notifications/unsubscribed.html", what=_what(asked.kind))


def _what(kind: str) -> str:
    if kind == kinds.DIGEST:
        text: str = _("the email digest")
    else:
        text = _("emails for “%(kind)s”", kind=_(kinds.kind_named(kind).label))
    return text
