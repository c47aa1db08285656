"""The form for adding a watched word."""

from __future__ import annotations

from wtforms import BooleanField, RadioField, StringField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length

from forum.forms import Form
from forum.review.models import WatchedAction
from forum.review.watched import MAX_PATTERN_LENGTH


class WatchedWordForm(Form):
    pattern = StringField(
        "Word or pattern",
        validators=[
            DataRequired(message="Give a word or pattern to watch for."),
            Length(max=MAX_PATTERN_LENGTH),
        ],
        description="A word or phrase matches whole words, ignoring capitals.",
    )
    is_regex = BooleanField(
        "This is a regular expression",
        description="Python syntax, matched ignoring capitals, up to 200 characters.",
    )
    action = RadioField(
        "Action",
        choices=[SelectChoice(a.value, a.label) for a in WatchedAction],
        default=WatchedAction.hold.value,
        validators=[InputRequired(message="Choose what happens to a post that matches.")],
    )
    message = TextAreaField(
        "Message to the author",
        validators=[Length(max=300)],
        description="Shown to the author when this blocks their post. Everything they typed is kept.",
    )
    submit = SubmitField("Add watched word")
