"""Composer forms: new topic, reply, edit."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length

from forum.forms import Form
from forum.threads.models import ContentNote

MESSAGE_HINT = _l("Markdown works: **bold**, *italic*, > quote, - lists, [links](https://…).")

CONTENT_NOTES = [
    SelectChoice("", _l("None")),
    *(SelectChoice(n.value, _l(n.label)) for n in ContentNote),
]


def _content_note_field() -> SelectField:
    return SelectField(
        _l("Content note"),
        choices=CONTENT_NOTES,
        default="",
        description=_l(
            "If this topic may distress readers, say why: members can choose "
            "to have such topics collapsed."
        ),
    )


def chosen_note(value: str | None) -> ContentNote | None:
    """The content note picked in a form's select; "None" is the empty choice."""
    return ContentNote(value) if value else None


class GuardedForm(Form):
    """What the author adds when the guard finds something they want to keep."""

    justification = TextAreaField(
        _l("Why is this safe to share?"),
        validators=[Length(max=1000)],
        description=_l("A moderator reads this before the post is published."),
    )
    send_for_review = SubmitField(_l("Send for review"))


class TopicForm(GuardedForm):
    title = StringField(_l("Title"), validators=[DataRequired(), Length(min=3, max=150)])
    body = TextAreaField(
        _l("Message"), validators=[DataRequired(), Length(max=20000)], description=MESSAGE_HINT
    )
    anonymous = BooleanField(_l("Post anonymously"))
    content_note = _content_note_field()
    preview = SubmitField(_l("Preview"))
    submit = SubmitField(_l("Post topic"))


class ReplyForm(GuardedForm):
    body = TextAreaField(
        _l("Message"), validators=[DataRequired(), Length(max=20000)], description=MESSAGE_HINT
    )
    anonymous = BooleanField(_l("Post anonymously"))
    preview = SubmitField(_l("Preview"))
    submit = SubmitField(_l("Post reply"))


class EditForm(GuardedForm):
    title = StringField(_l("Title"), validators=[Length(max=150)])
    body = TextAreaField(
        _l("Message"), validators=[DataRequired(), Length(max=20000)], description=MESSAGE_HINT
    )
    preview = SubmitField(_l("Preview"))
    submit = SubmitField(_l("Save changes"))


class ContentNoteForm(Form):
    """Mark a topic as distressing after it is written, or clear the mark."""

    content_note = _content_note_field()
    submit = SubmitField(_l("Save content note"))
