"""The reconnect request form: a message, and for a care leaver, how the two knew each other."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length

from forum import policy
from forum.accounts.models import User
from forum.forms import Form


class ConnectForm(Form):
    message = TextAreaField(
        _l("Message"),
        validators=[DataRequired(), Length(max=2000)],
        description=_l(
            "They see your display name and this message, nothing else about you, "
            "until they accept."
        ),
    )
    justification = TextAreaField(
        _l("Why is this safe to share?"),
        validators=[Length(max=1000)],
        description=_l("Kept with the request. Moderators read it only if they report it."),
    )
    submit = SubmitField(_l("Send request"))
    send_for_review = SubmitField(_l("Send anyway"))


class CareLeaverConnectForm(ConnectForm):
    how_we_know = TextAreaField(
        _l("Where and when did you know each other?"),
        validators=[Length(max=1000)],
        description=_l(
            "For example: you were my personal adviser when I left care, around 2015. "
            "It helps them recognise you."
        ),
    )


def connect_form(actor: User) -> ConnectForm:
    """The form the actor fills in: a care leaver also says how the two knew each other."""
    return CareLeaverConnectForm() if policy.says_how_we_know(actor) else ConnectForm()


def how_we_know(form: ConnectForm) -> str:
    field = getattr(form, "how_we_know", None)
    return (field.data or "") if field is not None else ""
