"""'Download my data' and 'Delete my account', reached from the "Your data" settings."""

from __future__ import annotations

from flask import Blueprint, Response, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user, logout_user

from forum.errors import DomainError
from forum.extensions import limiter
from forum.forms import EmptyForm
from forum.privacy import erasure, export
from forum.privacy.forms import DeleteAccountForm

bp = Blueprint("data_rights", __name__)


@bp.post("/settings/your-data/download")
@limiter.limit("10 per hour")
def download() -> ResponseReturnValue:
    """A POST, so that no link or prefetch can start it; the ZIP is the answer."""
    if not EmptyForm().validate_on_submit():
        return redirect(url_for("accounts.settings", _anchor="your_data"))
    response = Response(export.build_export(current_user), mimetype="application/zip")
    response.headers["Content-Disposition"] = (
        f'attachment; filename="{export.file_name(current_user)}"'
    )
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.route("/settings/delete-account", methods=["GET", "POST"])
@limiter.limit("10 per hour", methods=["POST"])
def delete_account() -> ResponseReturnValue:
    form = DeleteAccountForm()
    if form.validate_on_submit():
        try:
            erasure.erase_account(current_user, form.password.data or "")
        except DomainError as error:
            form.password.errors.append(error.message)
        else:
            logout_user()
            flash(_("Your account is deleted. Thank you for taking part."))
            return redirect(url_for("accounts.sign_in"))
    status = 422 if form.is_submitted() else 200
    return render_template("privacy/delete_account.html", form=form), status
