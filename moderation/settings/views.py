"""The admin's settings page."""

from __future__ import annotations

from dataclasses import asdict

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user

from forum.errors import DomainError
from moderation.settings import services
from moderation.settings.forms import SettingsForm

bp = Blueprint("moderation_settings", __name__, url_prefix="/moderation/settings")


@bp.route("", methods=["GET", "POST"])
def index() -> ResponseReturnValue:
    settings = services.current_settings(current_user)  # admins only: 404 for anyone else
    form = SettingsForm(data=asdict(settings) if request.method == "GET" else None)
    if form.validate_on_submit():
        try:
            changes = services.change_settings(
                current_user,
                new_member_held_posts=form.new_member_held_posts.data or 0,
                new_member_posts_per_hour=form.new_member_posts_per_hour.data or 0,
                new_member_posts_per_day=form.new_member_posts_per_day.data or 0,
                keep_rejected_applications_days=form.keep_rejected_applications_days.data,
                keep_closed_reports_days=form.keep_closed_reports_days.data,
            )
        except DomainError as error:
            getattr(form, error.field or "new_member_held_posts").errors.append(error.message)
        else:
            flash(_("Settings saved.") if changes else _("Nothing changed."))
            return redirect(url_for("moderation_settings.index"))
    status = 422 if form.errors else 200
    return render_template("moderation/settings.html", form=form), status
