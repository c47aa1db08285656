"""The watch buttons: each button sends the level it chooses."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import StringField
from wtforms.validators import AnyOf

from forum.forms import Form

NORMAL = "normal"  # no row: back to what every member hears
LEVELS = ("watching", "muted", NORMAL)


class WatchForm(Form):
    level = StringField(_l("Level"), validators=[AnyOf(LEVELS)])
