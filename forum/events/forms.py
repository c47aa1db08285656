"""The event details form: on its own page, or inside the new-topic composer."""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, RadioField, SelectField, StringField, SubmitField
from wtforms.fields import DateTimeLocalField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length, Optional

from forum import time_zones
from forum.events.models import PlaceKind
from forum.forms import Form

NOT_A_TIME = _l("Enter a date and time, like 2026-10-24 10:00.")


class WallTimeField(DateTimeLocalField):
    """A date and time on the organiser's clock (no zone: the form's "Time zone" says it)."""

    def __init__(self, label: str, **kwargs: Any) -> None:
        formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"]
        super().__init__(label, format=formats, validators=[Optional()], **kwargs)

    def process_formdata(self, valuelist: list[Any]) -> None:
        try:
            super().process_formdata(valuelist)
        except ValueError:
            raise ValueError(NOT_A_TIME) from None


class EventForm(Form):
    """Shape only: the service checks that both times are there, their order, the zone, the link."""

    starts = WallTimeField(_l("Starts"), description=_l("Date and time, in the time zone below."))
    ends = WallTimeField(_l("Ends"))
    time_zone = SelectField(
        _l("Time zone"),
        choices=[SelectChoice(name, name.replace("_", " ")) for name in time_zones.choices()],
        validate_choice=False,  # the service refuses an unknown zone in plain words
    )
    place_kind = RadioField(
        _l("Where"),
        choices=[SelectChoice(kind.value, _l(kind.label)) for kind in PlaceKind],
        default=PlaceKind.online.value,
    )
    place = StringField(
        _l("Place or joining link"),
        validators=[Length(max=200)],
        description=_l("A venue, or the link people use to join online."),
    )
    link = StringField(
        _l("Link"),
        validators=[Length(max=500)],
        description=_l("For courses and services: where to book or read more (https://…)."),
    )
    is_chat = BooleanField(_l("This is a scheduled chat: replies open at the start time"))
    submit = SubmitField(_l("Save event details"))

    def is_empty(self) -> bool:
        """The composer's event fields left alone: the topic is not an event."""
        return not (self.starts.raw_data and self.starts.raw_data[0]) and not (
            self.ends.raw_data and self.ends.raw_data[0]
        )
