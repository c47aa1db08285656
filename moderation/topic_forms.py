"""Forms for the topic tools: move, merge and split."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    HiddenField,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length

from forum.forms import Form

REASON_HINT = "Recorded in the audit log."


def _reason() -> TextAreaField:
    return TextAreaField(
        _l("Reason"),
        validators=[DataRequired(message=_l("Give a reason.")), Length(max=1000)],
        description=REASON_HINT,
    )


class AudienceConfirmation(Form):
    """Ticked only after the warning was shown for this very destination."""

    confirm = BooleanField(_l("I understand who will be able to read it"))
    # The destination the warning named: a tick counts for that destination only.
    warned_for = HiddenField()

    def confirmed_for(self, destination: object) -> bool:
        return bool(self.confirm.data) and self.warned_for.data == str(destination)


class MoveForm(AudienceConfirmation):
    space = SelectField(_l("Move to"), coerce=int, validate_choice=True)
    reason = _reason()
    submit = SubmitField(_l("Move topic"))


class MergeForm(AudienceConfirmation):
    target = StringField(
        _l("Merge into topic"),
        validators=[
            DataRequired(message=_l("Give the topic's number or its link.")),
            Length(max=300),
        ],
        description=_l(
            "Its number, or its link, like /t/123. This topic's posts go after its posts."
        ),
    )
    reason = _reason()
    submit = SubmitField(_l("Merge topics"))


class SplitForm(Form):
    posts = SelectMultipleField(_l("Replies to move"), coerce=int, validate_choice=False)
    title = StringField(_l("New topic title"), validators=[DataRequired(), Length(min=3, max=150)])
    reason = _reason()
    submit = SubmitField(_l("Split topic"))
