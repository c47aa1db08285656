"""Forms check shape; services check rules."""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    EmailField,
    PasswordField,
    RadioField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Email, InputRequired, Length, Optional, Regexp

from forum import time_zones
from forum.accounts.models import MemberType
from forum.forms import Form

REGISTRATION_PATTERN = r"^(SW|sw)\s?\d{3,8}$"


class ApplyForm(Form):
    email = EmailField(_l("Email"), validators=[DataRequired(), Email(), Length(max=254)])
    password = PasswordField(
        _l("Password"),
        validators=[DataRequired(), Length(max=200)],
        description=_l("At least 10 characters. A few unrelated words make a strong password."),
    )
    display_name = StringField(
        _l("Display name"),
        validators=[DataRequired(), Length(min=2, max=60)],
        description=_l("Shown beside your posts. Care leavers may use a pseudonym."),
    )
    member_type = RadioField(
        _l("I am a"),
        choices=[SelectChoice(m.value, _l(m.label)) for m in MemberType],
        validators=[InputRequired(message=_l("Choose one."))],
    )
    organisation = StringField(
        _l("Organisation"),
        validators=[Optional(), Length(max=120)],
        description=_l("Practitioners: where you work or study."),
    )
    job_title = StringField(_l("Job title"), validators=[Optional(), Length(max=120)])
    region = StringField(_l("Region"), validators=[DataRequired(), Length(max=80)])
    country = StringField(_l("Country"), validators=[DataRequired(), Length(max=80)])
    registration_number = StringField(
        _l("Registration number"),
        validators=[
            Optional(),
            Regexp(
                REGISTRATION_PATTERN, message=_l("Use SW followed by digits, for example SW123456.")
            ),
        ],
        description=_l("Optional. A Social Work England number looks like SW123456."),
    )
    reason = TextAreaField(
        _l("Why do you want to join?"), validators=[DataRequired(), Length(min=10, max=2000)]
    )
    invite_code = StringField(
        _l("Invite code"),
        validators=[Optional(), Length(max=40)],
        description=_l("Optional. If a member invited you, their code helps the moderators."),
    )
    accept_guidelines = BooleanField(
        _l("I agree to the community guidelines"),
        validators=[
            DataRequired(message=_l("You need to agree to the community guidelines to join."))
        ],
    )

    def validate(self, extra_validators: Any = None) -> bool:
        """Practitioners must say where they work: moderators check it."""
        ok = bool(super().validate(extra_validators))
        if self.member_type.data == MemberType.practitioner.value:
            for field in (self.organisation, self.job_title):
                if not (field.data or "").strip():
                    field.errors = [*field.errors, "Practitioners need to fill this in."]
                    ok = False
        return ok


class SignInForm(Form):
    email = EmailField(_l("Email"), validators=[DataRequired(), Length(max=254)])
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(max=200)])
    remember = BooleanField(_l("Keep me signed in on this device"))


class ResetRequestForm(Form):
    email = EmailField(_l("Email"), validators=[DataRequired(), Email(), Length(max=254)])


class NewPasswordForm(Form):
    password = PasswordField(
        _l("New password"),
        validators=[DataRequired(), Length(max=200)],
        description=_l("At least 10 characters. A few unrelated words make a strong password."),
    )


class AnswerForm(Form):
    answer = TextAreaField(_l("Your answer"), validators=[DataRequired(), Length(max=2000)])


class CodeForm(Form):
    """A code from the authenticator app, or one of the recovery codes."""

    code = StringField(
        _l("Code"),
        validators=[DataRequired(), Length(max=40)],
        description=_l(
            "The 6-digit code from your authenticator app, or one of your recovery codes."
        ),
    )


class SetUpCodeForm(Form):
    """The first code from the app, which proves it holds the secret."""

    code = StringField(
        _l("Code"),
        validators=[DataRequired(), Length(max=40)],
        description=_l("The 6-digit code your authenticator app shows now."),
    )


class ContentNotesForm(Form):
    collapse = BooleanField(
        _l("Collapse topics with content notes"),
        description=_l(
            "Topics marked as about abuse, self-harm or bereavement open folded "
            "behind their note, until you choose to show them."
        ),
    )
    submit = SubmitField(_l("Save settings"))


class TimeZoneForm(Form):
    time_zone = SelectField(
        _l("Time zone"),
        choices=[SelectChoice(name, name.replace("_", " ")) for name in time_zones.choices()],
        description=_l("Times on the site and in event invitations are shown in this zone."),
    )
    submit = SubmitField(_l("Save time zone"))
