"""The member's time zone: chosen on the settings page, or guessed once from the browser."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user

from forum.accounts import services
from forum.accounts.forms import TimeZoneForm
from forum.errors import DomainError
from forum.forms import EmptyForm

bp = Blueprint("time_zone", __name__)


@bp.post("/settings/time-zone")
def save() -> ResponseReturnValue:
    form = TimeZoneForm()
    if form.validate_on_submit():
        try:
            services.set_time_zone(current_user, form.time_zone.data or "")
        except DomainError as error:
            flash(error.message, "error")
        else:
            zone = current_user.time_zone.replace("_", " ")
            flash(_("Times are now shown in %(zone)s.", zone=zone))
    else:
        flash(_("Choose a time zone from the list."), "error")
    return redirect(url_for("accounts.settings", _anchor="your_time_zone"))


@bp.post("/settings/time-zone/guess")
def guess() -> ResponseReturnValue:
    """static/time-zone.js sends the browser's zone once; a chosen zone is never replaced."""
    if not EmptyForm().validate_on_submit():
        return {"saved": False}, 400
    saved = services.guess_time_zone(current_user, request.form.get("time_zone", ""))
    return {"saved": saved}
