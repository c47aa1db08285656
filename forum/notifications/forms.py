"""The "Notifications" settings: a channel per conversation kind, and the digest."""

from __future__ import annotations

from typing import Any

from wtforms import SelectField, SubmitField
from wtforms.fields.choices import SelectChoice

from forum.forms import Form
from forum.notifications import kinds
from forum.notifications.models import Channel, DigestFrequency

CHANNEL_LABELS = {Channel.in_app: "In app", Channel.email: "Email", Channel.off: "Off"}
DIGEST_LABELS = {
    DigestFrequency.off: "Off",
    DigestFrequency.daily: "Daily",
    DigestFrequency.weekly: "Weekly",
}
CHANNELS = [SelectChoice(channel.value, label) for channel, label in CHANNEL_LABELS.items()]
DIGESTS = [SelectChoice(often.value, label) for often, label in DIGEST_LABELS.items()]


def field_name(kind: kinds.Kind) -> str:
    return f"kind_{kind.name}"


class NotificationSettingsForm(Form):
    """One select per kind (added below, from the registry), then the digest."""

    digest = SelectField(
        "Email digest",
        choices=DIGESTS,
        description="One email with what you have not read yet: daily at 7am, "
        "or weekly on Monday at 7am, in your time zone. Nothing new, no email.",
    )
    submit = SubmitField("Save notification settings")

    def kind_fields(self) -> list[Any]:
        return [self[field_name(kind)] for kind in kinds.CHOICES]

    def channels(self) -> dict[str, Channel]:
        return {kind.name: Channel(self[field_name(kind)].data) for kind in kinds.CHOICES}


for _kind in kinds.CHOICES:
    setattr(NotificationSettingsForm, field_name(_kind), SelectField(_kind.label, choices=CHANNELS))


def form_for(channels: dict[str, Channel], digest: DigestFrequency) -> NotificationSettingsForm:
    """The form showing the member's current choices."""
    values = {field_name(kind): channels[kind.name].value for kind in kinds.CHOICES}
    return NotificationSettingsForm(formdata=None, digest=digest.value, **values)
