"""Forms on a member's moderation page.

Several forms share one page, so each has its own prefix: every field keeps a
unique id ("warn-reason", "suspend-reason") and a label of its own.
"""

from __future__ import annotations

from wtforms import DateField, SearchField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length

from forum.forms import Form

_REASON_HINT = "The member reads this, by email and when they next sign in."


def _reason(description: str = _REASON_HINT) -> TextAreaField:
    return TextAreaField(
        "Reason",
        validators=[DataRequired(message="Give a reason."), Length(max=2000)],
        description=description,
    )


class SearchForm(Form):
    """A GET form: nothing changes, so no CSRF token."""

    class Meta:
        csrf = False

    q = SearchField("Search members", validators=[Length(max=100)])
    submit = SubmitField("Search")


class WarnForm(Form):
    reason = _reason("The member sees this on their next page, and by email.")
    submit = SubmitField("Warn")


class SuspendForm(Form):
    reason = _reason()
    until = DateField(
        "Until",
        validators=[DataRequired(message="Give the last day of the suspension.")],
        description="The suspension ends at the end of this day (UK time) and lifts itself.",
    )
    submit = SubmitField("Suspend")


class BanForm(Form):
    reason = _reason()
    submit = SubmitField("Ban")


class LiftForm(Form):
    reason = _reason("Recorded in the audit log; the member is told by email.")
    submit = SubmitField("Lift")


class NoteForm(Form):
    body = TextAreaField(
        "Note",
        validators=[DataRequired(message="Write the note."), Length(max=5000)],
        description="Only moderators ever read notes. The member is not told.",
    )
    submit = SubmitField("Add note")


class RoleForm(Form):
    """Grant or remove moderator rights; the page shows the one button that applies."""

    reason = _reason("Recorded in the audit log.")
    grant = SubmitField("Make moderator")
    revoke = SubmitField("Remove moderator rights")
