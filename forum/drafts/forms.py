"""The shape of a draft saved by static/drafts.js (JSON, never the page's own form)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import StringField, TextAreaField
from wtforms.validators import Length

from forum.forms import Form


class DraftForm(Form):
    """Filled from the JSON body; CSRF is checked on the request (X-CSRFToken) already."""

    class Meta:
        csrf = False

    title = StringField(_l("Title"), validators=[Length(max=1000)])
    body = TextAreaField(_l("Message"), validators=[Length(max=20000)])
