"""The check-in forms: the drop-in, a to-do, a comment. Shape only; the services check the rules."""

from __future__ import annotations

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
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

WHY = _l("Why is this safe to share?")
WHY_HINT = _l("Kept with it. Moderators read it only if one of you two reports it.")


class GuardedForm(Form):
    """The guard's choice, as in private messages: edit, or say why and "Send anyway"."""

    justification = TextAreaField(WHY, validators=[Length(max=1000)], description=WHY_HINT)
    send_anyway = SubmitField(_l("Send anyway"))

    @property
    def reason(self) -> str | None:
        """The reason, only when the author pressed "Send anyway"."""
        return (self.justification.data or "") if self.send_anyway.data else None


class DropInForm(GuardedForm):
    mood = RadioField(
        _l("How are things?"),
        choices=[SelectChoice(m.value, _l(m.label)) for m in Mood],
        validators=[InputRequired(message=_l("Choose one."))],
    )
    note = TextAreaField(
        _l("Note"),
        validators=[Optional(), Length(max=1000)],
        description=_l("Optional. A line about what is going on."),
    )
    add_todo = BooleanField(_l("Add a to-do"), default=True)
    submit = SubmitField(_l("Send check-in"))


def drop_in_form(agreement: CheckinAgreement, **kwargs: object) -> DropInForm:
    form = DropInForm(**kwargs)
    form.add_todo.label.text = _("Add a to-do for %(name)s", name=agreement.worker.display_name)
    form.add_todo.description = _('Only when "This needs sorting" is chosen.')
    return form


class TodoForm(GuardedForm):
    title = StringField(_l("What needs doing"), validators=[DataRequired(), Length(max=200)])
    assignee_id = SelectField(_l("Who"), coerce=int, validators=[InputRequired()])
    due_on = DateField(_l("Due"), validators=[Optional()], description=_l("Optional."))
    submit = SubmitField(_l("Add a to-do"))


def todo_form(
    agreement: CheckinAgreement, actor: User, *, editing: bool = False, **kwargs: object
) -> TodoForm:
    """ "Who" offers the two people, the actor first as "Me"."""
    form = TodoForm(**kwargs)
    people = [agreement.care_leaver, agreement.worker]
    people.sort(key=lambda p: p.id != actor.id)
    form.assignee_id.choices = [
        SelectChoice(
            p.id, _("Me (%(name)s)", name=p.display_name) if p.id == actor.id else p.display_name
        )
        for p in people
    ]
    if editing:
        form.submit.label.text = "Save changes"
    return form


class CommentForm(GuardedForm):
    body = TextAreaField(_l("Comment"), validators=[DataRequired(), Length(max=1000)])
    submit = SubmitField(_l("Add comment"))
