"""The admin's settings form: whole numbers within sensible bounds."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import IntegerField, SubmitField
from wtforms.validators import InputRequired, NumberRange

from forum.forms import Form
from forum.settings.services import LABELS


class SettingsForm(Form):
    new_member_held_posts = IntegerField(
        LABELS["new_member_held_posts"],
        validators=[
            InputRequired(message=_l("Give a number.")),
            NumberRange(min=0, max=100, message=_l("Give a number from 0 to 100.")),
        ],
        description=(
            _l(
                "A new member's first posts wait for a moderator. "
                "Once this many are published the new-member period ends. 0 turns it off."
            )
        ),
    )
    new_member_posts_per_hour = IntegerField(
        LABELS["new_member_posts_per_hour"],
        validators=[
            InputRequired(message=_l("Give a number.")),
            NumberRange(min=1, max=1000, message=_l("Give a number from 1 to 1000.")),
        ],
        description=_l("Topics and replies together, during the new-member period."),
    )
    new_member_posts_per_day = IntegerField(
        LABELS["new_member_posts_per_day"],
        validators=[
            InputRequired(message=_l("Give a number.")),
            NumberRange(min=1, max=10000, message=_l("Give a number from 1 to 10000.")),
        ],
        description=_l("Topics and replies together, during the new-member period."),
    )
    keep_rejected_applications_days = IntegerField(
        LABELS["keep_rejected_applications_days"],
        validators=[
            InputRequired(message=_l("Give a number.")),
            NumberRange(min=1, max=3650, message=_l("Give a number from 1 to 3650.")),
        ],
        description=(
            _l(
                "Rejected and withdrawn applications are then erased: "
                "the account keeps only a “Former member” row."
            )
        ),
    )
    keep_closed_reports_days = IntegerField(
        LABELS["keep_closed_reports_days"],
        validators=[
            InputRequired(message=_l("Give a number.")),
            NumberRange(min=1, max=3650, message=_l("Give a number from 1 to 3650.")),
        ],
        description=_l(
            "Resolved and dismissed reports are then deleted. The audit log keeps its rows."
        ),
    )
    submit = SubmitField(_l("Save settings"))
