""" "My manager": naming a manager by display name, or from their profile."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import HiddenField, StringField, SubmitField
from wtforms.validators import DataRequired, Length

from forum.forms import Form


class MyManagerForm(Form):
    name = StringField(
        _l("Your manager's display name"),
        validators=[DataRequired(), Length(max=60)],
        description=_l(
            "Another practitioner member. They must accept before overdue to-dos go to "
            "them; until then, and without a manager, they go to the moderators."
        ),
    )
    submit = SubmitField(_l("Name as my manager"))


class NameFromProfileForm(Form):
    """The confirmation reached from a profile: the member's id, nothing typed."""

    member_id = HiddenField(validators=[DataRequired()])
    submit = SubmitField(_l("Name as my manager"))
