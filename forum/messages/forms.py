"""The message composer: the same fields and guard choice as the topic composer, in private words."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length

from forum.forms import Form
from forum.threads.forms import MESSAGE_HINT


class MessageForm(Form):
    """A message; "Send anyway" with a reason sends past the guard's findings (never held).

    The field names match the topic composer's, so templates/threads/_composer.html
    and static/composer.js serve both.
    """

    body = TextAreaField(
        _l("Message"), validators=[DataRequired(), Length(max=20000)], description=MESSAGE_HINT
    )
    justification = TextAreaField(
        _l("Why is this safe to share?"),
        validators=[Length(max=1000)],
        description=_l(
            "Kept with the message. Moderators read it only if someone in the "
            "conversation reports the message."
        ),
    )
    preview = SubmitField(_l("Preview"))
    submit = SubmitField(_l("Send"))
    send_for_review = SubmitField(_l("Send anyway"))
