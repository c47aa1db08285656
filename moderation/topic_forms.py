"""Forms for the topic tools: move, merge and split."""

from __future__ import annotations

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
        "Reason",
        validators=[DataRequired(message="Give a reason."), Length(max=1000)],
        description=REASON_HINT,
    )


class AudienceConfirmation(Form):
    """Ticked only after the warning was shown for this very destination."""

    confirm = BooleanField("I understand who will be able to read it")
    # The destination the warning named: a tick counts for that destination only.
    warned_for = HiddenField()

    def confirmed_for(self, destination: object) -> bool:
        return bool(self.confirm.data) and self.warned_for.data == str(destination)


class MoveForm(AudienceConfirmation):
    space = SelectField("Move to", coerce=int, validate_choice=True)
    reason = _reason()
    submit = SubmitField("Move topic")


class MergeForm(AudienceConfirmation):
    target = StringField(
        "Merge into topic",
        validators=[DataRequired(message="Give the topic's number or its link."), Length(max=300)],
        description="Its number, or its link, like /t/123. This topic's posts go after its posts.",
    )
    reason = _reason()
    submit = SubmitField("Merge topics")


class SplitForm(Form):
    posts = SelectMultipleField("Replies to move", coerce=int, validate_choice=False)
    title = StringField("New topic title", validators=[DataRequired(), Length(min=3, max=150)])
    reason = _reason()
    submit = SubmitField("Split topic")
