"""The confirmation asked before an account is deleted."""

from __future__ import annotations

from wtforms import PasswordField, SubmitField
from wtforms.validators import DataRequired, Length

from forum.forms import Form


class DeleteAccountForm(Form):
    password = PasswordField(
        "Password",
        validators=[DataRequired(message="Enter your password."), Length(max=200)],
        description="Your password, to show it is really you.",
    )
    submit = SubmitField("Delete my account")
