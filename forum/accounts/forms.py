"""Forms check shape; services check rules."""

from __future__ import annotations

from typing import Any

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
    email = EmailField("Email", validators=[DataRequired(), Email(), Length(max=254)])
    password = PasswordField(
        "Password",
        validators=[DataRequired(), Length(max=200)],
        description="At least 10 characters. A few unrelated words make a strong password.",
    )
    display_name = StringField(
        "Display name",
        validators=[DataRequired(), Length(min=2, max=60)],
        description="Shown beside your posts. Care leavers may use a pseudonym.",
    )
    member_type = RadioField(
        "I am a",
        choices=[SelectChoice(m.value, m.label) for m in MemberType],
        validators=[InputRequired(message="Choose one.")],
    )
    organisation = StringField(
        "Organisation",
        validators=[Optional(), Length(max=120)],
        description="Practitioners: where you work or study.",
    )
    job_title = StringField("Job title", validators=[Optional(), Length(max=120)])
    region = StringField("Region", validators=[DataRequired(), Length(max=80)])
    country = StringField("Country", validators=[DataRequired(), Length(max=80)])
    registration_number = StringField(
        "Registration number",
        validators=[
            Optional(),
            Regexp(
                REGISTRATION_PATTERN, message="Use SW followed by digits, for example SW123456."
            ),
        ],
        description="Optional. A Social Work England number looks like SW123456.",
    )
    reason = TextAreaField(
        "Why do you want to join?", validators=[DataRequired(), Length(min=10, max=2000)]
    )
    invite_code = StringField(
        "Invite code",
        validators=[Optional(), Length(max=40)],
        description="Optional. If a member invited you, their code helps the moderators.",
    )
    accept_guidelines = BooleanField(
        "I agree to the community guidelines",
        validators=[DataRequired(message="You need to agree to the community guidelines to join.")],
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
    email = EmailField("Email", validators=[DataRequired(), Length(max=254)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=200)])
    remember = BooleanField("Keep me signed in on this device")


class ResetRequestForm(Form):
    email = EmailField("Email", validators=[DataRequired(), Email(), Length(max=254)])


class NewPasswordForm(Form):
    password = PasswordField(
        "New password",
        validators=[DataRequired(), Length(max=200)],
        description="At least 10 characters. A few unrelated words make a strong password.",
    )


class AnswerForm(Form):
    answer = TextAreaField("Your answer", validators=[DataRequired(), Length(max=2000)])


class CodeForm(Form):
    """A code from the authenticator app, or one of the recovery codes."""

    code = StringField(
        "Code",
        validators=[DataRequired(), Length(max=40)],
        description="The 6-digit code from your authenticator app, or one of your recovery codes.",
    )


class SetUpCodeForm(Form):
    """The first code from the app, which proves it holds the secret."""

    code = StringField(
        "Code",
        validators=[DataRequired(), Length(max=40)],
        description="The 6-digit code your authenticator app shows now.",
    )


class ContentNotesForm(Form):
    collapse = BooleanField(
        "Collapse topics with content notes",
        description="Topics marked as about abuse, self-harm or bereavement open folded "
        "behind their note, until you choose to show them.",
    )
    submit = SubmitField("Save settings")


class TimeZoneForm(Form):
    time_zone = SelectField(
        "Time zone",
        choices=[SelectChoice(name, name.replace("_", " ")) for name in time_zones.choices()],
        description="Times on the site and in event invitations are shown in this zone.",
    )
    submit = SubmitField("Save time zone")
