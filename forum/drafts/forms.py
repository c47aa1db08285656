"""The shape of a draft saved by static/drafts.js (JSON, never the page's own form)."""

from __future__ import annotations

from wtforms import StringField, TextAreaField
from wtforms.validators import Length

from forum.forms import Form


class DraftForm(Form):
    """Filled from the JSON body; CSRF is checked on the request (X-CSRFToken) already."""

    class Meta:
        csrf = False

    title = StringField("Title", validators=[Length(max=1000)])
    body = TextAreaField("Message", validators=[Length(max=20000)])
