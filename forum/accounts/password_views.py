"""Change password, and "Sign out everywhere else", from Settings.

Routes join the accounts blueprint (views.py calls `add_routes`), so they are
`accounts.change_password` and `accounts.sign_out_other_sessions`.
"""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from wtforms import PasswordField
from wtforms.validators import DataRequired, Length

from forum.accounts import services
from forum.errors import DomainError
from forum.extensions import limiter
from forum.forms import EmptyForm, Form

SETTINGS_ANCHOR = "signing_in"  # the settings section that links here


class ChangePasswordForm(Form):
    current_password = PasswordField(
        _l("Current password"), validators=[DataRequired(), Length(max=200)]
    )
    new_password = PasswordField(
        _l("New password"),
        validators=[DataRequired(), Length(max=200)],
        description=_l("At least 10 characters. A few unrelated words make a strong password."),
    )


def _member_key() -> str:
    """Rate-limit key: the account, however many machines guess its password."""
    return f"change-password:{current_user.id}"


# Guessing the current password here is as limited as guessing it at sign-in.
@limiter.limit("10 per minute;60 per hour", methods=["POST"])
@limiter.limit("10 per 15 minutes", methods=["POST"], key_func=_member_key)
def change_password() -> ResponseReturnValue:
    form = ChangePasswordForm()
    if form.validate_on_submit():
        try:
            services.change_password(
                current_user,
                form.current_password.data or "",
                form.new_password.data or "",
                keep=current_user.session_identity(),
            )
        except DomainError as error:
            wrong = form.current_password if error.field == "current_password" else None
            (wrong or form.new_password).errors.append(error.message)
        else:
            flash(
                _(
                    "Your password is changed. Any other device signed in to your account "
                    "is now signed out."
                )
            )
            return redirect(url_for("accounts.settings", _anchor=SETTINGS_ANCHOR))
    status = 422 if form.is_submitted() else 200
    return render_template("accounts/change_password.html", form=form), status


def sign_out_other_sessions() -> ResponseReturnValue:
    if EmptyForm().validate_on_submit():
        services.sign_out_other_sessions(current_user, keep=current_user.session_identity())
        flash(_("Every other device signed in to your account is now signed out."))
    return redirect(url_for("accounts.settings", _anchor=SETTINGS_ANCHOR))


def add_routes(bp: Blueprint) -> None:
    bp.add_url_rule("/settings/password", view_func=change_password, methods=["GET", "POST"])
    bp.add_url_rule(
        "/settings/sign-out-everywhere-else", view_func=sign_out_other_sessions, methods=["POST"]
    )
