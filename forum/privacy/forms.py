"""The confirmation asked before an account is deleted."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import PasswordField, SubmitField
from wtforms.validators import DataRequired, Length

from forum.forms import Form


class DeleteAccountForm(Form):
    password = PasswordField(
        _l("Password"),
        validators=[DataRequired(message=_l("Enter your password.")), Length(max=200)],
        description=_l("Your password, to show it is really you."),
    )
    submit = SubmitField(_l("Delete my account"))
