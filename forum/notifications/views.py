"""The notifications page."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from forum.forms import EmptyForm
from forum.notifications import services

bp = Blueprint("notifications", __name__)


@bp.get("/notifications")
def index() -> ResponseReturnValue:
    return render_template(
        "notifications/index.html", notes=services.recent(current_user), form=EmptyForm()
    )


@bp.post("/notifications/read")
def mark_all_read() -> ResponseReturnValue:
    if EmptyForm().validate_on_submit():
        services.mark_all_read(current_user)
        flash("All notifications are marked as read.")
    return redirect(url_for("notifications.index"))
