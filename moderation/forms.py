"""Forms for deciding applications."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import SubmitField, TextAreaField
from wtforms.validators import Length


class DecisionForm(FlaskForm):
    """One form, three buttons; the reason is required for all but approval."""

    reason = TextAreaField(
        "Reason",
        validators=[Length(max=2000)],
        description="Needed to reject (the applicant is told) or to ask for more information.",
    )
    approve = SubmitField("Approve")
    reject = SubmitField("Reject")
    ask = SubmitField("Ask for more information")
