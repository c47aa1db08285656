"""Forms for deciding applications."""

from __future__ import annotations

from wtforms import StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length

from forum.forms import Form


class DecisionForm(Form):
    """One form, three buttons; the reason is required for all but approval."""

    reason = TextAreaField(
        "Reason",
        validators=[Length(max=2000)],
        description="Needed to reject (the applicant is told) or to ask for more information.",
    )
    approve = SubmitField("Approve")
    reject = SubmitField("Reject")
    ask = SubmitField("Ask for more information")


class ReviewDecisionForm(Form):
    """Publish or reject a held post; a reason is required to reject."""

    reason = TextAreaField(
        "Reason",
        validators=[Length(max=2000)],
        description="Needed to reject: the author reads it.",
    )
    publish = SubmitField("Publish")
    reject = SubmitField("Reject")


class ReviewEditForm(Form):
    title = StringField("Title", validators=[Length(max=150)])
    body = TextAreaField("Message", validators=[DataRequired(), Length(max=20000)])
    note = TextAreaField(
        "Note to the author",
        validators=[Length(max=1000)],
        description="Say what you changed and why; the author is told.",
    )
    submit = SubmitField("Save and publish")


class RevealForm(Form):
    reason = TextAreaField(
        "Reason",
        validators=[DataRequired(message="Give a reason."), Length(max=1000)],
        description="Recorded in the audit log; the author is told.",
    )
    submit = SubmitField("Reveal author")
