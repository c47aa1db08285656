"""The form for adding a watched word."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, RadioField, StringField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length

from forum.forms import Form
from forum.review.models import WatchedAction
from forum.review.watched import MAX_PATTERN_LENGTH


class WatchedWordForm(Form):
    pattern = StringField(
        _l("Word or pattern"),
        validators=[
            DataRequired(message=_l("Give a word or pattern to watch for.")),
            Length(max=MAX_PATTERN_LENGTH),
        ],
        description=_l("A word or phrase matches whole words, ignoring capitals."),
    )
    is_regex = BooleanField(
        _l("This is a regular expression"),
        description=_l("Python syntax, matched ignoring capitals, up to 200 characters."),
    )
    action = RadioField(
        _l("Action"),
        choices=[SelectChoice(a.value, _l(a.label)) for a in WatchedAction],
        default=WatchedAction.hold.value,
        validators=[InputRequired(message=_l("Choose what happens to a post that matches."))],
    )
    message = TextAreaField(
        _l("Message to the author"),
        validators=[Length(max=300)],
        description=_l(
            "Shown to the author when this blocks their post. Everything they typed is kept."
        ),
    )
    submit = SubmitField(_l("Add watched word"))
