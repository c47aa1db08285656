"""The "Notifications" settings: a channel per conversation kind, and the digest."""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from wtforms import SelectField, SubmitField
from wtforms.fields.choices import SelectChoice

from forum.forms import Form
from forum.i18n import N_
from forum.notifications import kinds
from forum.notifications.models import Channel, DigestFrequency

# English here (the data export writes them); `_l` shows them in the reader's language.
CHANNEL_LABELS = {Channel.in_app: N_("In app"), Channel.email: N_("Email"), Channel.off: N_("Off")}
DIGEST_LABELS = {
    DigestFrequency.off: N_("Off"),
    DigestFrequency.daily: N_("Daily"),
    DigestFrequency.weekly: N_("Weekly"),
}
CHANNELS = [SelectChoice(channel.value, _l(label)) for channel, label in CHANNEL_LABELS.items()]
DIGESTS = [SelectChoice(often.value, _l(label)) for often, label in DIGEST_LABELS.items()]


def field_name(kind: kinds.Kind) -> str:
    return f"kind_{kind.name}"


class NotificationSettingsForm(Form):
    """One select per kind (added below, from the registry), then the digest."""

    digest = SelectField(
        _l("Email digest"),
        choices=DIGESTS,
        description=_l(
            "One email with what you have not read yet: daily at 7am, "
            "or weekly on Monday at 7am, in your time zone. Nothing new, no email."
        ),
    )
    submit = SubmitField(_l("Save notification settings"))

    def kind_fields(self) -> list[Any]:
        return [self[field_name(kind)] for kind in kinds.CHOICES]

    def channels(self) -> dict[str, Channel]:
        return {kind.name: Channel(self[field_name(kind)].data) for kind in kinds.CHOICES}


for _kind in kinds.CHOICES:
    setattr(
        NotificationSettingsForm, field_name(_kind), SelectField(_l(_kind.label), choices=CHANNELS)
    )


def form_for(channels: dict[str, Channel], digest: DigestFrequency) -> NotificationSettingsForm:
    """The form showing the member's current choices."""
    values = {field_name(kind): channels[kind.name].value for kind in kinds.CHOICES}
    return NotificationSettingsForm(formdata=None, digest=digest.value, **values)
