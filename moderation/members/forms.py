"""Forms on a member's moderation page.

Several forms share one page, so each has its own prefix: every field keeps a
unique id ("warn-reason", "suspend-reason") and a label of its own.
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import DateField, SearchField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length

from forum.forms import Form

_REASON_HINT = _l("The member reads this, by email and when they next sign in.")


def _reason(description: str = _REASON_HINT) -> TextAreaField:
    return TextAreaField(
        _l("Reason"),
        validators=[DataRequired(message=_l("Give a reason.")), Length(max=2000)],
        description=description,
    )


class SearchForm(Form):
    """A GET form: nothing changes, so no CSRF token."""

    class Meta:
        csrf = False

    q = SearchField(_l("Search members"), validators=[Length(max=100)])
    submit = SubmitField(_l("Search"))


class WarnForm(Form):
    reason = _reason(_l("The member sees this on their next page, and by email."))
    submit = SubmitField(_l("Warn"))


class SuspendForm(Form):
    reason = _reason()
    until = DateField(
        _l("Until"),
        validators=[DataRequired(message=_l("Give the last day of the suspension."))],
        description=_l("The suspension ends at the end of this day (UK time) and lifts itself."),
    )
    submit = SubmitField(_l("Suspend"))


class BanForm(Form):
    reason = _reason()
    submit = SubmitField(_l("Ban"))


class LiftForm(Form):
    reason = _reason(_l("Recorded in the audit log; the member is told by email."))
    submit = SubmitField(_l("Lift"))


class NoteForm(Form):
    body = TextAreaField(
        _l("Note"),
        validators=[DataRequired(message=_l("Write the note.")), Length(max=5000)],
        description=_l("Only moderators ever read notes. The member is not told."),
    )
    submit = SubmitField(_l("Add note"))


class RoleForm(Form):
    """Grant or remove moderator rights; the page shows the one button that applies."""

    reason = _reason(_l("Recorded in the audit log."))
    grant = SubmitField(_l("Make moderator"))
    revoke = SubmitField(_l("Remove moderator rights"))
