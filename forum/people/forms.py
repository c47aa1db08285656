"""Profile, photo and privacy forms: they check shape; forum/people/profiles.py checks rules."""

from __future__ import annotations

from flask_wtf.file import FileField, FileRequired
from wtforms import BooleanField, RadioField, StringField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length, Optional

from forum.forms import Form
from forum.people.models import WhoCanFind


class ProfileForm(Form):
    display_name = StringField(
        "Display name",
        validators=[DataRequired(), Length(min=2, max=60)],
        description="Shown beside your posts. Care leavers may use a pseudonym.",
    )
    role_line = StringField(
        "Role line",
        validators=[Optional(), Length(max=80)],
        description="A few words under your name, for example: Personal adviser, leaving care team.",
    )
    organisation = StringField("Organisation", validators=[Optional(), Length(max=120)])
    region = StringField("Region", validators=[Optional(), Length(max=80)])
    country = StringField("Country", validators=[Optional(), Length(max=80)])
    interests = StringField(
        "Interests",
        validators=[Optional(), Length(max=200)],
        description="Separate them with commas, for example: fostering, youth justice.",
    )
    about = TextAreaField(
        "About",
        validators=[Optional(), Length(max=4000)],
        description="Markdown works. Members who can find you read this: never include "
        "anything that could identify someone else.",
    )
    submit = SubmitField("Save profile")


class PhotoForm(Form):
    photo = FileField(
        "Photo",
        validators=[FileRequired(message="Choose a photo to upload.")],
        description="JPEG, PNG, GIF or WebP, smaller than 2 MB. It is shown square, and "
        "any location or camera details in the file are removed.",
        render_kw={"accept": "image/*"},
    )
    upload = SubmitField("Upload photo")  # not `submit`: the profile form on the same page has one


WORKED_WITH_HINT = (
    "A care leaver may then find you by your name and organisation, even when "
    '"Who can find me" would not list you, and ask to reconnect.'
)


class PrivacyForm(Form):
    who_can_find = RadioField(
        "Who can find me",
        choices=[SelectChoice(w.value, w.label) for w in WhoCanFind],
        validators=[InputRequired(message="Choose who can find you.")],
        description="Members who may not find you see no trace of you: no profile, "
        "no place in the member directory, no requests, no messages.",
    )
    worked_with_may_find = BooleanField(
        "People I worked with may find me", description=WORKED_WITH_HINT
    )
    listed_in_directory = BooleanField(
        "List me in the member directory",
        description="Off unless you turn it on. Members who can find you can still "
        "open your profile from your posts.",
    )
    show_member_type = BooleanField(
        "Show that I am a care leaver",
        description="Otherwise other members do not see your member type; moderators always can.",
    )
    submit = SubmitField("Save settings")
