"""Forms for sending a report and for deciding a case."""

from __future__ import annotations

from wtforms import RadioField, StringField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length

from forum.forms import Form
from moderation.models import ReportReason

REASON_HINT = "Recorded in the audit log."


def reason_field(description: str) -> RadioField:
    """ "Reason" on every report form; only what it tells the reporter differs."""
    return RadioField(
        "Reason",
        choices=[SelectChoice(r.value, r.label) for r in ReportReason],
        validators=[InputRequired(message="Choose a reason.")],
        description=description,
    )


class ReportForm(Form):
    reason = reason_field(
        "A safeguarding concern goes to every moderator at once. "
        "A confidentiality breach hides the post until a moderator has looked."
    )
    details = TextAreaField(
        "Details",
        validators=[Length(max=2000)],
        description="What should the moderators know? Only moderators read this.",
    )
    submit = SubmitField("Send report")


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
        "Reason",
        validators=[DataRequired(message="Give a reason."), Length(max=2000)],
        description=REASON_HINT,
    )
    dismiss = SubmitField("Dismiss")
    hide = SubmitField("Hide")
    delete = SubmitField("Delete")
    lock = SubmitField("Lock topic")

    def decision(self) -> str | None:
        """The button pressed; None when no button was named (nothing is guessed)."""
        for name in ("dismiss", "hide", "delete", "lock"):
            if getattr(self, name).data:
                return name
        return None


class CaseEditForm(Form):
    title = StringField("Title", validators=[Length(max=150)])
    body = TextAreaField(
        "Message", validators=[DataRequired(message="Write a message."), Length(max=20000)]
    )
    reason = TextAreaField(
        "Reason",
        validators=[DataRequired(message="Give a reason."), Length(max=2000)],
        description="Recorded in the audit log; the author is told their post was edited.",
    )
    submit = SubmitField("Save changes")
