"""Composer forms: new topic, reply, edit."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length

MESSAGE_HINT = "Markdown works: **bold**, *italic*, > quote, - lists, [links](https://…)."


class TopicForm(FlaskForm):
    title = StringField("Title", validators=[DataRequired(), Length(min=3, max=150)])
    body = TextAreaField(
        "Message", validators=[DataRequired(), Length(max=20000)], description=MESSAGE_HINT
    )
    anonymous = BooleanField("Post anonymously")
    preview = SubmitField("Preview")
    submit = SubmitField("Post topic")


class ReplyForm(FlaskForm):
    body = TextAreaField(
        "Message", validators=[DataRequired(), Length(max=20000)], description=MESSAGE_HINT
    )
    anonymous = BooleanField("Post anonymously")
    preview = SubmitField("Preview")
    submit = SubmitField("Post reply")


class EditForm(FlaskForm):
    title = StringField("Title", validators=[Length(max=150)])
    body = TextAreaField(
        "Message", validators=[DataRequired(), Length(max=20000)], description=MESSAGE_HINT
    )
    preview = SubmitField("Preview")
    submit = SubmitField("Save changes")
