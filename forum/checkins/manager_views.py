""" "My manager" and the managers' (and moderators') "Overdue" pages. Thin: parse, call, answer."""

from __future__ import annotations

from datetime import UTC, datetime

import click
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user

from forum import policy
from forum.accounts.models import User
from forum.checkins import managers, overdue
from forum.checkins.manager_forms import MyManagerForm, NameFromProfileForm
from forum.errors import DomainError
from forum.extensions import limiter, utcnow
from forum.forms import EmptyForm

bp = Blueprint("checkin_managers", __name__, cli_group="checkins")


def _my_manager_page(
    form: MyManagerForm | None = None,
    named: User | None = None,
    status: int = 200,
) -> tuple[str, int]:
    policy.require(policy.can_have_a_manager(current_user))
    return render_template(
        "checkins/my_manager.html",
        mine=managers.my_manager(current_user),
        form=form or MyManagerForm(formdata=None),
        named=named,
        confirm_form=NameFromProfileForm(formdata=None, member_id=named.id if named else ""),
        remove_form=EmptyForm(formdata=None),
    ), status


@bp.get("/settings/manager")
def my_manager() -> ResponseReturnValue:
    """The section on its own; `?member=` confirms a manager chosen from their profile."""
    member_id = request.args.get("member", type=int)
    named = None
    if member_id is not None:
        try:
            named = managers.candidate_by_id(current_user, member_id)
        except DomainError:
            policy.require(False)  # nothing to say about someone you may not name
    return _my_manager_page(named=named)


@bp.post("/settings/manager")
@limiter.limit("30 per hour")
def name_manager() -> ResponseReturnValue:
    policy.require(policy.can_have_a_manager(current_user))
    form = MyManagerForm()
    from_profile = NameFromProfileForm()
    try:
        if from_profile.member_id.data and from_profile.validate_on_submit():
            manager = managers.candidate_by_id(current_user, int(from_profile.member_id.data))
        elif form.validate_on_submit():
            manager = managers.candidate_by_name(current_user, form.name.data or "")
        else:
            return _my_manager_page(form, status=422)
        managers.name_manager(current_user, manager)
    except (DomainError, ValueError) as error:
        form.name.errors = [getattr(error, "message", _(managers.NOT_FOUND))]
        return _my_manager_page(form, status=422)
    flash(_("Sent: %(name)s is your manager once they accept.", name=manager.display_name))
    return redirect(url_for("accounts.settings", _anchor="my_manager"))


@bp.post("/settings/manager/remove")
def remove_manager() -> ResponseReturnValue:
    if EmptyForm().validate_on_submit():
        managers.remove_manager(current_user)
        flash(_("You have no manager now: overdue to-dos go to the moderators."))
    return redirect(url_for("accounts.settings", _anchor="my_manager"))


@bp.get("/checkins/managing")
def managing() -> ResponseReturnValue:
    return render_template(
        "checkins/managing.html",
        page=managers.managing(current_user),
        answer_form=EmptyForm(formdata=None),
    )


@bp.post("/checkins/managing/<int:user_id>/accept")
def accept(user_id: int) -> ResponseReturnValue:
    """The manager says yes to the worker `user_id`."""
    if EmptyForm().validate_on_submit():
        try:
            managers.accept_request(current_user, user_id)
            flash(_("Accepted: their overdue to-dos come to you from now on."))
        except DomainError as error:
            flash(error.message, "error")
    return redirect(url_for("checkin_managers.managing"))


@bp.post("/checkins/managing/<int:user_id>/refuse")
def refuse(user_id: int) -> ResponseReturnValue:
    if EmptyForm().validate_on_submit():
        try:
            managers.refuse_request(current_user, user_id)
            flash(_("Refused: they have been told."))
        except DomainError as error:
            flash(error.message, "error")
    return redirect(url_for("checkin_managers.managing"))


@bp.get("/checkins/overdue", endpoint="overdue")
def overdue_list() -> ResponseReturnValue:
    return render_template("checkins/overdue.html", page=overdue.overdue_page(current_user))


@bp.cli.command("flag-overdue")
@click.option(
    "--as-of",
    type=click.DateTime(formats=["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d"]),
    default=None,
    help="Flag what is overdue at this UTC time instead of now.",
)
def flag_overdue_command(as_of: datetime | None) -> None:
    """Flag overdue check-in to-dos and email each manager (at most once a day); safe twice."""
    when = as_of.replace(tzinfo=UTC) if as_of is not None else utcnow()
    click.echo(overdue.flag_overdue(when))
