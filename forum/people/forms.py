"""Profile, photo and privacy forms: they check shape; forum/people/profiles.py checks rules."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, FileRequired
from wtforms import BooleanField, RadioField, StringField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length, Optional

from forum.forms import Form
from forum.people.models import WhoCanFind


class ProfileForm(Form):
    display_name = StringField(
        _l("Display name"),
        validators=[DataRequired(), Length(min=2, max=60)],
        description=_l("Shown beside your posts. Care leavers may use a pseudonym."),
    )
    role_line = StringField(
        _l("Role line"),
        validators=[Optional(), Length(max=80)],
        description=_l(
            "A few words under your name, for example: Personal adviser, leaving care team."
        ),
    )
    organisation = StringField(_l("Organisation"), validators=[Optional(), Length(max=120)])
    region = StringField(_l("Region"), validators=[Optional(), Length(max=80)])
    country = StringField(_l("Country"), validators=[Optional(), Length(max=80)])
    interests = StringField(
        _l("Interests"),
        validators=[Optional(), Length(max=200)],
        description=_l("Separate them with commas, for example: fostering, youth justice."),
    )
    about = TextAreaField(
        _l("About"),
        validators=[Optional(), Length(max=4000)],
        description=_l(
            "Markdown works. Members who can find you read this: never include "
            "anything that could identify someone else."
        ),
    )
    submit = SubmitField(_l("Save profile"))


class PhotoForm(Form):
    photo = FileField(
        _l("Photo"),
        validators=[FileRequired(message=_l("Choose a photo to upload."))],
        description=_l(
            "JPEG, PNG, GIF or WebP, smaller than 2 MB. It is shown square, and "
            "any location or camera details in the file are removed."
        ),
        render_kw={"accept": "image/*"},
    )
    upload = SubmitField(
        _l("Upload photo")
    )  # not `submit`: the profile form on the same page has one


WORKED_WITH_HINT = (
    "A care leaver may then find you by your name and organisation, even when "
    '"Who can find me" would not list you, and ask to reconnect.'
)


class PrivacyForm(Form):
    who_can_find = RadioField(
        _l("Who can find me"),
        choices=[SelectChoice(w.value, _l(w.label)) for w in WhoCanFind],
        validators=[InputRequired(message=_l("Choose who can find you."))],
        description=_l(
            "Members who may not find you see no trace of you: no profile, "
            "no place in the member directory, no requests, no messages."
        ),
    )
    worked_with_may_find = BooleanField(
        _l("People I worked with may find me"), description=WORKED_WITH_HINT
    )
    listed_in_directory = BooleanField(
        _l("List me in the member directory"),
        description=_l(
            "Off unless you turn it on. Members who can find you can still "
            "open your profile from your posts."
        ),
    )
    show_member_type = BooleanField(
        _l("Show that I am a care leaver"),
        description=_l(
            "Otherwise other members do not see your member type; moderators always can."
        ),
    )
    submit = SubmitField(_l("Save settings"))
