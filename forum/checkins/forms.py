"""The check-in forms: the drop-in, a to-do, a comment. Shape only; the services check the rules."""

from __future__ import annotations

from wtforms import (
    BooleanField,
    DateField,
    RadioField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length, Optional

from forum.accounts.models import User
from forum.checkins.models import CheckinAgreement, Mood
from forum.forms import Form

WHY = "Why is this safe to share?"
WHY_HINT = "Kept with it. Moderators read it only if one of you two reports it."


class GuardedForm(Form):
    """The guard's choice, as in private messages: edit, or say why and "Send anyway"."""

    justification = TextAreaField(WHY, validators=[Length(max=1000)], description=WHY_HINT)
    send_anyway = SubmitField("Send anyway")

    @property
    def reason(self) -> str | None:
        """The reason, only when the author pressed "Send anyway"."""
        return (self.justification.data or "") if self.send_anyway.data else None


class DropInForm(GuardedForm):
    mood = RadioField(
        "How are things?",
        choices=[SelectChoice(m.value, m.label) for m in Mood],
        validators=[InputRequired(message="Choose one.")],
    )
    note = TextAreaField(
        "Note",
        validators=[Optional(), Length(max=1000)],
        description="Optional. A line about what is going on.",
    )
    add_todo = BooleanField("Add a to-do", default=True)
    submit = SubmitField("Send check-in")


def drop_in_form(agreement: CheckinAgreement, **kwargs: object) -> DropInForm:
    form = DropInForm(**kwargs)
    form.add_todo.label.text = f"Add a to-do for {agreement.worker.display_name}"
    form.add_todo.description = 'Only when "This needs sorting" is chosen.'
    return form


class TodoForm(GuardedForm):
    title = StringField("What needs doing", validators=[DataRequired(), Length(max=200)])
    assignee_id = SelectField("Who", coerce=int, validators=[InputRequired()])
    due_on = DateField("Due", validators=[Optional()], description="Optional.")
    submit = SubmitField("Add a to-do")


def todo_form(
    agreement: CheckinAgreement, actor: User, *, editing: bool = False, **kwargs: object
) -> TodoForm:
    """ "Who" offers the two people, the actor first as "Me"."""
    form = TodoForm(**kwargs)
    people = [agreement.care_leaver, agreement.worker]
    people.sort(key=lambda p: p.id != actor.id)
    form.assignee_id.choices = [
        SelectChoice(p.id, f"Me ({p.display_name})" if p.id == actor.id else p.display_name)
        for p in people
    ]
    if editing:
        form.submit.label.text = "Save changes"
    return form


class CommentForm(GuardedForm):
    body = TextAreaField("Comment", validators=[DataRequired(), Length(max=1000)])
    submit = SubmitField("Add comment")
