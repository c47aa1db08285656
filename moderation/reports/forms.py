"""Forms for sending a report and for deciding a case."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import RadioField, StringField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length

from forum.forms import Form
from moderation.models import ReportReason

REASON_HINT = "Recorded in the audit log."


def reason_field(description: str) -> RadioField:
    """ "Reason" on every report form; only what it tells the reporter differs."""
    return RadioField(
        _l("Reason"),
        choices=[SelectChoice(r.value, _l(r.label)) for r in ReportReason],
        validators=[InputRequired(message=_l("Choose a reason."))],
        description=description,
    )


class ReportForm(Form):
    reason = reason_field(
        "A safeguarding concern goes to every moderator at once. "
        "A confidentiality breach hides the post until a moderator has looked."
    )
    details = TextAreaField(
        _l("Details"),
        validators=[Length(max=2000)],
        description=_l("What should the moderators know? Only moderators read this."),
    )
    submit = SubmitField(_l("Send report"))


class MessageReportForm(ReportForm):
    """The same report, in the words of a private message (which a report never hides)."""

    reason = reason_field(
        "A safeguarding concern goes to every moderator at once. Moderators read this "
        "message and the few before it, and nothing else of the conversation."
    )


class CheckinReportForm(ReportForm):
    """The same report, in the words of a check-in (which a report never hides)."""

    reason = reason_field(
        "A safeguarding concern goes to every moderator at once. Moderators read this "
        "and the little around it, and nothing else of your check-ins."
    )


class CaseDecisionForm(Form):
    """One reason, one button per decision; every decision needs the reason."""

    reason = TextAreaField(
        _l("Reason"),
        validators=[DataRequired(message=_l("Give a reason.")), Length(max=2000)],
        description=REASON_HINT,
    )
    dismiss = SubmitField(_l("Dismiss"))
    hide = SubmitField(_l("Hide"))
    delete = SubmitField(_l("Delete"))
    lock = SubmitField(_l("Lock topic"))

    def decision(self) -> str | None:
        """The button pressed; None when no button was named (nothing is guessed)."""
        for name in ("dismiss", "hide", "delete", "lock"):
            if getattr(self, name).data:
                return name
        return None


class CaseEditForm(Form):
    title = StringField(_l("Title"), validators=[Length(max=150)])
    body = TextAreaField(
        _l("Message"), validators=[DataRequired(message=_l("Write a message.")), Length(max=20000)]
    )
    reason = TextAreaField(
        _l("Reason"),
        validators=[DataRequired(message=_l("Give a reason.")), Length(max=2000)],
        description=_l("Recorded in the audit log; the author is told their post was edited."),
    )
    submit = SubmitField(_l("Save changes"))
