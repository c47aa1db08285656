"""Moderators find a member and act on them; a member marks a warning as read.

Two blueprints: the moderators' pages live under /moderation (and so behind
the moderators' two-factor gate), while "I have read this" belongs to every
member and must answer like any member page.
"""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user

from forum import policy
from forum.errors import DomainError
from forum.forms import EmptyForm, Form
from forum.urls import safe_next
from moderation.members import queries, services
from moderation.members.clock import long_date, long_date_of
from moderation.members.forms import (
    BanForm,
    LiftForm,
    NoteForm,
    RoleForm,
    SearchForm,
    SuspendForm,
    WarnForm,
)
from moderation.models import Sanction

bp = Blueprint("moderation_members", __name__, url_prefix="/moderation/members")
warnings_bp = Blueprint("member_warnings", __name__)

FORMS: dict[str, type[Form]] = {
    "warn": WarnForm,
    "suspend": SuspendForm,
    "ban": BanForm,
    "lift": LiftForm,
    "note": NoteForm,
    "role": RoleForm,
}


@bp.get("")
def index() -> ResponseReturnValue:
    form = SearchForm(request.args)
    search = (form.q.data or "") if form.validate() else ""
    found = queries.find_members(current_user, search)
    return render_template(
        "moderation/members.html",
        form=form,
        found=found,
        standing=queries.standing,
        role_label=queries.role_label,
        limit=queries.LIST_LIMIT,
    )


def _page(user_id: int, submitted: Form | None = None, name: str = "") -> ResponseReturnValue:
    """The member page; after a refused action, with that form's errors and what was typed."""
    record = queries.member_record(current_user, user_id)
    forms = {key: cls(formdata=None, prefix=key) for key, cls in FORMS.items()}
    if submitted is not None:
        forms[name] = submitted
    return render_template(
        "moderation/member.html",
        record=record,
        member=record.member,
        forms=forms,
        actions=queries.available_actions(current_user, record.member),
        standing=queries.standing,
        role_label=queries.role_label,
        on_day=long_date_of,
    ), (422 if submitted is not None else 200)


@bp.get("/<int:user_id>")
def member(user_id: int) -> ResponseReturnValue:
    return _page(user_id)


def _refused(user_id: int, name: str, form: Form, error: DomainError) -> ResponseReturnValue:
    if error.field and error.field in form:
        form[error.field].errors.append(error.message)
    else:
        form.form_errors.append(error.message)
    return _page(user_id, form, name)


def _done(user_id: int, message: str) -> ResponseReturnValue:
    flash(message)
    return redirect(url_for("moderation_members.member", user_id=user_id))


@bp.post("/<int:user_id>/warn")
def warn(user_id: int) -> ResponseReturnValue:
    member = queries.member_record(current_user, user_id).member
    form = WarnForm(prefix="warn")
    if not form.validate_on_submit():
        return _page(user_id, form, "warn")
    try:
        services.warn_member(current_user, member, form.reason.data or "")
    except DomainError as error:
        return _refused(user_id, "warn", form, error)
    return _done(
        user_id,
        _(
            "%(name)s is warned. They will see it on their next page.",
            name=member.display_name,
        ),
    )


@bp.post("/<int:user_id>/suspend")
def suspend(user_id: int) -> ResponseReturnValue:
    member = queries.member_record(current_user, user_id).member
    form = SuspendForm(prefix="suspend")
    if not form.validate_on_submit() or form.until.data is None:
        return _page(user_id, form, "suspend")
    try:
        services.suspend_member(current_user, member, form.reason.data or "", form.until.data)
    except DomainError as error:
        return _refused(user_id, "suspend", form, error)
    return _done(
        user_id,
        _(
            "%(name)s is suspended until %(day)s and signed out everywhere.",
            name=member.display_name,
            day=long_date(form.until.data),
        ),
    )


@bp.post("/<int:user_id>/ban")
def ban(user_id: int) -> ResponseReturnValue:
    member = queries.member_record(current_user, user_id).member
    form = BanForm(prefix="ban")
    if not form.validate_on_submit():
        return _page(user_id, form, "ban")
    try:
        services.ban_member(current_user, member, form.reason.data or "")
    except DomainError as error:
        return _refused(user_id, "ban", form, error)
    return _done(
        user_id, _("%(name)s is banned and signed out everywhere.", name=member.display_name)
    )


@bp.post("/<int:user_id>/lift")
def lift(user_id: int) -> ResponseReturnValue:
    member = queries.member_record(current_user, user_id).member
    form = LiftForm(prefix="lift")
    if not form.validate_on_submit():
        return _page(user_id, form, "lift")
    try:
        services.lift_sanction(current_user, member, form.reason.data or "")
    except DomainError as error:
        return _refused(user_id, "lift", form, error)
    return _done(user_id, _("%(name)s can sign in again.", name=member.display_name))


@bp.post("/<int:user_id>/notes")
def add_note(user_id: int) -> ResponseReturnValue:
    member = queries.member_record(current_user, user_id).member
    form = NoteForm(prefix="note")
    if not form.validate_on_submit():
        return _page(user_id, form, "note")
    try:
        services.add_member_note(current_user, member, form.body.data or "")
    except DomainError as error:
        return _refused(user_id, "note", form, error)
    return _done(user_id, _("Note added."))


@bp.post("/<int:user_id>/role")
def role(user_id: int) -> ResponseReturnValue:
    member = queries.member_record(current_user, user_id).member
    policy.require(policy.can_manage_site(current_user), hide=False)
    form = RoleForm(prefix="role")
    if not form.validate_on_submit():
        return _page(user_id, form, "role")
    granting = bool(form.grant.data)
    try:
        services.set_moderator_role(current_user, member, granting, form.reason.data or "")
    except DomainError as error:
        return _refused(user_id, "role", form, error)
    return _done(
        user_id,
        _("%(name)s is now a moderator.", name=member.display_name)
        if granting
        else _("%(name)s is no longer a moderator.", name=member.display_name),
    )


@warnings_bp.post("/warnings/<int:item_id>/read")
def read_warning(item_id: int) -> ResponseReturnValue:
    """ "I have read this" on a warning (item_id: the warning's Sanction id)."""
    if EmptyForm().validate_on_submit():
        services.mark_warning_seen(current_user, item_id)
    return redirect(safe_next(request.args.get("next"), url_for("home.index")))


@warnings_bp.app_template_global()
def unseen_warnings() -> list[Sanction]:
    """For the banner in base.html: one query, and only for a signed-in member."""
    return queries.unseen_warnings(current_user)


@warnings_bp.app_template_global()
def standing_sanction() -> Sanction | None:
    """For the status page: the suspension or ban keeping the signed-in member out, with its reason."""
    return queries.standing_sanction(current_user)
