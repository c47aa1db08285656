"""The summary form: the composer's guard fields, a "Summary" and "Save summary"."""

from __future__ import annotations

from wtforms import SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length

from forum.threads.forms import MESSAGE_HINT, GuardedForm


class SummaryForm(GuardedForm):
    body = TextAreaField(
        "Summary",
        validators=[DataRequired(), Length(max=20000)],
        description="What was asked, and what was agreed. " + MESSAGE_HINT,
    )
    preview = SubmitField("Preview")
    submit = SubmitField("Save summary")
