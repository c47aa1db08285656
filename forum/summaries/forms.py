"""The summary form: the composer's guard fields, a "Summary" and "Save summary"."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length

from forum.threads.forms import MESSAGE_HINT, GuardedForm


class SummaryForm(GuardedForm):
    body = TextAreaField(
        _l("Summary"),
        validators=[DataRequired(), Length(max=20000)],
        description=_l("What was asked, and what was agreed. %(hint)s", hint=MESSAGE_HINT),
    )
    preview = SubmitField(_l("Preview"))
    submit = SubmitField(_l("Save summary"))
