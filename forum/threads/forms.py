"""Composer forms: new topic, reply, edit."""

from __future__ import annotations

from wtforms import BooleanField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length

from forum.forms import Form

MESSAGE_HINT = "Markdown works: **bold**, *italic*, > quote, - lists, [links](https://…)."


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
