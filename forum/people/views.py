"""Profiles, the member's own profile and photo, and privacy settings. Thin: parse, call, answer."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, send_file, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user

from forum.errors import DomainError, NotVisible
from forum.extensions import limiter
from forum.forms import EmptyForm
from forum.people import avatars, profiles
from forum.people.forms import PhotoForm, PrivacyForm, ProfileForm
from forum.people.models import WhoCanFind
from forum.people.profile_page import findable_member, profile_page
from forum.review.screening import Screening, Verdict

bp = Blueprint("people", __name__)


@bp.get("/members/<int:user_id>")
def profile(user_id: int) -> ResponseReturnValue:
    page = profile_page(current_user, user_id, request.args.get("before", type=int))
    return render_template("people/profile.html", page=page, member=page.member)


@bp.get("/members/<int:user_id>/avatar")
def avatar(user_id: int) -> ResponseReturnValue:
    """The photo, only for those who may find the member; revalidated on every view."""
    member = findable_member(current_user, user_id).member
    path = avatars.path_of(member.profile.avatar_name or "")
    if path is None:
        raise NotVisible()
    response = send_file(path, mimetype="image/png", conditional=True, etag=True, max_age=0)
    response.cache_control.private = True
    response.cache_control.no_cache = True
    return response


def _saved_profile_form() -> tuple[ProfileForm, bool]:
    """The profile as saved, and whether empty fields were filled from the application.

    Nothing from the application shows on the profile until the member saves it.
    """
    profile = current_user.profile
    form = ProfileForm(
        formdata=None,
        display_name=current_user.display_name,
        role_line=profile.role_line,
        organisation=profile.organisation,
        region=profile.region,
        country=profile.country,
        interests=profile.interests,
        about=profile.about_source,
    )
    prefilled = False
    application = current_user.application
    if application is not None:
        for f, value in (
            (form.role_line, application.job_title),
            (form.organisation, application.organisation),
            (form.region, application.region),
            (form.country, application.country),
        ):
            if not f.data and value:
                f.data, prefilled = value, True
    return form, prefilled


def _edit_page(
    form: ProfileForm,
    photo_form: PhotoForm | None = None,
    screening: Screening | None = None,
    status: int = 200,
    prefilled: bool = False,
) -> tuple[str, int]:
    return render_template(
        "people/edit_profile.html",
        form=form,
        photo_form=photo_form or PhotoForm(formdata=None),
        remove_form=EmptyForm(formdata=None),
        member=current_user,
        screening=screening,
        prefilled=prefilled,
    ), status


@bp.get("/settings/profile")
def edit_profile() -> ResponseReturnValue:
    form, prefilled = _saved_profile_form()
    return _edit_page(form, prefilled=prefilled)


@bp.post("/settings/profile")
@limiter.limit("30 per hour")
def save_profile() -> ResponseReturnValue:
    form = ProfileForm()
    if not form.validate_on_submit():
        return _edit_page(form, status=422)
    changes = profiles.ProfileChanges(
        display_name=form.display_name.data or "",
        role_line=form.role_line.data or "",
        organisation=form.organisation.data or "",
        region=form.region.data or "",
        country=form.country.data or "",
        interests=form.interests.data or "",
        about=form.about.data or "",
    )
    try:
        outcome = profiles.update_profile(current_user, changes)
    except DomainError as error:
        getattr(form, error.field or "about").errors.append(error.message)
        return _edit_page(form, status=422)
    if outcome.verdict is not Verdict.published:
        form.about.errors.append(_(profiles.ABOUT_NEEDS_AN_EDIT))
        return _edit_page(form, screening=outcome.screening, status=422)
    flash(_("Your profile is saved."))
    return redirect(url_for("people.profile", user_id=current_user.id))


@bp.post("/settings/profile/photo")
@limiter.limit("20 per hour")
def upload_photo() -> ResponseReturnValue:
    form = PhotoForm()
    if form.validate_on_submit():
        try:
            profiles.set_photo(current_user, form.photo.data.stream)
        except DomainError as error:
            form.photo.errors.append(error.message)
        else:
            flash(_("Your photo is saved."))
            return redirect(url_for("people.edit_profile"))
    profile_form, prefilled = _saved_profile_form()
    return _edit_page(profile_form, photo_form=form, status=422, prefilled=prefilled)


@bp.post("/settings/profile/photo/remove")
def remove_photo() -> ResponseReturnValue:
    if EmptyForm().validate_on_submit():
        profiles.remove_photo(current_user)
        flash(_("Your photo is removed: your initials show instead."))
    return redirect(url_for("people.edit_profile"))


@bp.post("/settings/privacy")
def privacy_settings() -> ResponseReturnValue:
    form = PrivacyForm()
    if form.validate_on_submit():
        profiles.set_privacy(
            current_user,
            WhoCanFind(form.who_can_find.data),
            worked_with_may_find=bool(form.worked_with_may_find.data),
            listed_in_directory=bool(form.listed_in_directory.data),
            show_member_type=bool(form.show_member_type.data),
        )
        flash(_("Your privacy settings are saved."))
    else:
        flash(_("Choose who can find you, then save again."), "error")
    return redirect(url_for("accounts.settings", _anchor="privacy"))
