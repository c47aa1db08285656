"""Composer forms: new topic, reply, edit."""

from __future__ import annotations

from wtforms import BooleanField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length

from forum.forms import Form
from forum.threads.models import ContentNote

MESSAGE_HINT = "Markdown works: **bold**, *italic*, > quote, - lists, [links](https://…)."

CONTENT_NOTES = [SelectChoice("", "None"), *(SelectChoice(n.value, n.label) for n in ContentNote)]


def _content_note_field() -> SelectField:
    return SelectField(
        "Content note",
        choices=CONTENT_NOTES,
        default="",
        description="If this topic may distress readers, say why: members can choose "
        "to have such topics collapsed.",
    )


def chosen_note(value: str | None) -> ContentNote | None:
    """The content note picked in a form's select; "None" is the empty choice."""
    return ContentNote(value) if value else None


class GuardedForm(Form):
    """What the author adds when the guard finds something they want to keep."""

    justification = TextAreaField(
        "Why is this safe to share?",
        validators=[Length(max=1000)],
        description="A moderator reads this before the post is published.",
    )
    send_for_review = SubmitField("Send for review")


class TopicForm(GuardedForm):
    title = StringField("Title", validators=[DataRequired(), Length(min=3, max=150)])
    body = TextAreaField(
        "Message", validators=[DataRequired(), Length(max=20000)], description=MESSAGE_HINT
    )
    anonymous = BooleanField("Post anonymously")
    content_note = _content_note_field()
    preview = SubmitField("Preview")
    submit = SubmitField("Post topic")


class ReplyForm(GuardedForm):
    body = TextAreaField(
        "Message", validators=[DataRequired(), Length(max=20000)], description=MESSAGE_HINT
    )
    anonymous = BooleanField("Post anonymously")
    preview = SubmitField("Preview")
    submit = SubmitField("Post reply")


class EditForm(GuardedForm):
    title = StringField("Title", validators=[Length(max=150)])
    body = TextAreaField(
        "Message", validators=[DataRequired(), Length(max=20000)], description=MESSAGE_HINT
    )
    preview = SubmitField("Preview")
    submit = SubmitField("Save changes")


class ContentNoteForm(Form):
    """Mark a topic as distressing after it is written, or clear the mark."""

    content_note = _content_note_field()
    submit = SubmitField("Save content note")
