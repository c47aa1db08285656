"""Reconnect requests, the "Connections" page, disconnecting and blocking. Thin: parse, call, answer.

Every refusal that could reveal something is drawn the same way whatever its
cause: the request form shown again without the member's name, or one flashed
sentence, so a page never tells "yourself" from "nobody" from "hidden".
"""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask.sansio.blueprints import BlueprintSetupState
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user

from forum import policy
from forum.accounts.models import User
from forum.errors import DomainError
from forum.extensions import db, limiter
from forum.forms import EmptyForm
from forum.i18n import N_
from forum.people import connections
from forum.people.connection_forms import ConnectForm, connect_form, how_we_know
from forum.people.connection_queries import Relation, connections_page, relation
from forum.review.screening import Verdict
from forum.urls import safe_next

PRIVATE_CHOICE = N_(
    "This may identify someone. Edit the highlighted parts, or say why it is safe "
    'to share and press "Send anyway".'
)

bp = Blueprint("connections", __name__)

ASKING_LIMIT = "20 per hour"
REQUEST_SENT = N_("Request sent")


def _asking_key() -> str:
    return f"user:{current_user.get_id()}"


def _member(user_id: int) -> User | None:
    return db.session.get(User, user_id)


def profile_url(member_id: int) -> str | None:
    """The profile page, once the profiles feature is there (it owns the address)."""
    if "people.profile" not in current_app.view_functions:
        return None
    return url_for("people.profile", user_id=member_id)


def message_url(member_id: int) -> str | None:
    """ "Send a message" goes to the messages feature's composer, where it exists."""
    if "messages.new" not in current_app.view_functions:
        return None
    return url_for("messages.new", to=member_id)


def relation_to(member: User) -> Relation:
    """For a profile's buttons: how the signed-in member stands to this one (one query)."""
    return relation(current_user, member)


def _back(default: str | None = None) -> str:
    """Where the button was pressed (`next`), else the given page, else "Connections"."""
    fallback = default or url_for("connections.index")
    return safe_next(request.args.get("next"), fallback)


@bp.route("/members/<int:user_id>/connect", methods=["GET", "POST"])
@limiter.limit(ASKING_LIMIT, methods=["POST"], key_func=_asking_key)
def connect(user_id: int) -> ResponseReturnValue:
    member = _member(user_id)
    askable = member is not None and policy.can_ask_to_connect(current_user, member)
    form = connect_form(current_user)
    if request.method == "GET":
        policy.require(askable)
        return render_template("people/connect.html", form=form, member=member)
    if form.validate_on_submit():
        justification = (form.justification.data or "") if form.send_for_review.data else None
        try:
            outcome = connections.ask_to_connect(
                current_user,
                member,
                form.message.data or "",
                how_we_know(form),
                justification=justification,
            )
        except DomainError as error:
            if error.field is None:
                form.form_errors.append(error.message)
                askable = False  # the same page whoever it was: no name on it
            else:
                getattr(form, error.field).errors.append(error.message)
        else:
            if outcome.verdict is Verdict.needs_justification:
                _needs_a_choice(form)
                return render_template(
                    "people/connect.html", form=form, member=member, screening=outcome.screening
                ), 422
            flash(_(REQUEST_SENT))  # also when nothing arrives: a blocked member is never told
            assert member is not None
            return redirect(profile_url(member.id) or url_for("connections.index"))
    return render_template(
        "people/connect.html", form=form, member=member if askable else None
    ), 422


def _needs_a_choice(form: ConnectForm) -> None:
    """The guard found something: edit it out, or say why it is safe and send anyway."""
    if form.send_for_review.data:
        form.justification.errors.append(
            "Say why this is safe to share, or edit the highlighted parts out."
        )
    else:
        form.message.errors.append(_(PRIVATE_CHOICE))


@bp.get("/connections")
def index() -> ResponseReturnValue:
    page = connections_page(current_user, request.args.get("before", type=int))
    return render_template("people/connections.html", page=page, before=request.args.get("before"))


def _refused(error: DomainError) -> ResponseReturnValue:
    flash(error.message, "error")
    return redirect(_back())


@bp.post("/connections/<int:item_id>/accept")
def accept(item_id: int) -> ResponseReturnValue:
    if not EmptyForm().validate_on_submit():
        return redirect(_back())
    try:
        asker = connections.accept_request(current_user, item_id)
    except DomainError as error:
        return _refused(error)
    flash(_("You are now connected with %(name)s.", name=asker.display_name))
    return redirect(_back())


@bp.post("/connections/<int:item_id>/decline")
def decline(item_id: int) -> ResponseReturnValue:
    if not EmptyForm().validate_on_submit():
        return redirect(_back())
    try:
        connections.decline_request(current_user, item_id)
    except DomainError as error:
        return _refused(error)
    flash(_("Request declined. They are not told."))
    return redirect(_back())


@bp.post("/members/<int:user_id>/disconnect")
def disconnect(user_id: int) -> ResponseReturnValue:
    if not EmptyForm().validate_on_submit():
        return redirect(_back())
    member = _member(user_id)
    try:
        connections.disconnect(current_user, member)
    except DomainError as error:
        return _refused(error)
    assert member is not None
    flash(_("You are no longer connected with %(name)s.", name=member.display_name))
    return redirect(_back())


@bp.post("/members/<int:user_id>/block")
def block(user_id: int) -> ResponseReturnValue:
    if not EmptyForm().validate_on_submit():
        return redirect(_back())
    member = _member(user_id)
    try:
        connections.block_member(current_user, member)
    except DomainError as error:
        return _refused(error)
    assert member is not None
    flash(_("You have blocked %(name)s. They are not told.", name=member.display_name))
    return redirect(_back())


@bp.post("/members/<int:user_id>/unblock")
def unblock(user_id: int) -> ResponseReturnValue:
    if not EmptyForm().validate_on_submit():
        return redirect(_back())
    member = _member(user_id)
    try:
        connections.unblock_member(current_user, member)
    except DomainError as error:
        return _refused(error)
    assert member is not None
    flash(_("You have unblocked %(name)s.", name=member.display_name))
    return redirect(_back())


@bp.record_once
def _register_globals(state: BlueprintSetupState) -> None:
    """The profile's buttons ask these; registered with the blueprint, nowhere else."""
    state.app.jinja_env.globals.update(
        relation_to=relation_to, profile_url=profile_url, message_url=message_url
    )
