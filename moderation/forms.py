"""Forms for deciding applications."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length

from forum.forms import Form


class DecisionForm(Form):
    """One form, three buttons; the reason is required for all but approval."""

    reason = TextAreaField(
        _l("Reason"),
        validators=[Length(max=2000)],
        description=_l("Needed to reject (the applicant is told) or to ask for more information."),
    )
    approve = SubmitField(_l("Approve"))
    reject = SubmitField(_l("Reject"))
    ask = SubmitField(_l("Ask for more information"))


class ReviewDecisionForm(Form):
    """Publish or reject a held post; a reason is required to reject."""

    reason = TextAreaField(
        _l("Reason"),
        validators=[Length(max=2000)],
        description=_l("Needed to reject: the author reads it."),
    )
    publish = SubmitField(_l("Publish"))
    reject = SubmitField(_l("Reject"))


class ReviewEditForm(Form):
    title = StringField(_l("Title"), validators=[Length(max=150)])
    body = TextAreaField(_l("Message"), validators=[DataRequired(), Length(max=20000)])
    note = TextAreaField(
        _l("Note to the author"),
        validators=[Length(max=1000)],
        description=_l("Say what you changed and why; the author is told."),
    )
    submit = SubmitField(_l("Save and publish"))


class RevealForm(Form):
    reason = TextAreaField(
        _l("Reason"),
        validators=[DataRequired(message=_l("Give a reason.")), Length(max=1000)],
        description=_l("Recorded in the audit log; the author is told."),
    )
    submit = SubmitField(_l("Reveal author"))
