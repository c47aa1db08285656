"""The check-in pages: the list, one check-in, drop-ins, to-dos. Thin: parse, call one service, answer.

The drop-in posts as an ordinary form; static/checkins.js sends the same form
with fetch and asks for JSON, so the page updates without a reload. Anything
but a clean send (the guard's findings, a missing choice) answers the script
with 422 and the script submits the form the ordinary way, which shows it all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flask import Blueprint, Flask, flash, redirect, render_template, request, url_for
from flask.sansio.blueprints import BlueprintSetupState
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user

from forum.accounts.models import User
from forum.checkins import agreements, data_rights, queries, services
from forum.checkins.forms import (
    CommentForm,
    DropInForm,
    GuardedForm,
    TodoForm,
    drop_in_form,
    todo_form,
)
from forum.checkins.models import CheckinAgreement, Mood
from forum.errors import DomainError
from forum.extensions import db, limiter
from forum.forms import EmptyForm
from forum.i18n import N_
from forum.privacy import export
from forum.review.screening import Outcome, Screening
from forum.urls import safe_next

bp = Blueprint("checkins", __name__)

WRITING_LIMIT = "30 per minute;300 per hour"
NEEDS_A_CHOICE = N_(
    "This may identify someone. Edit the highlighted parts, or say why it is safe "
    'to share and press "Send anyway".'
)
SAY_WHY = N_("Say why this is safe to share, or edit the highlighted parts out.")


def _writing_key() -> str:
    return f"user:{current_user.get_id()}"


def checkin_with(member: User) -> CheckinAgreement | None:
    """For the profile's "Start check-ins" (one query, asked only for a pair who could)."""
    return queries.agreement_with(current_user, member)


@bp.record_once
def _register(state: BlueprintSetupState) -> None:
    """The export part and the profile's helper, registered with the blueprint."""
    assert isinstance(state.app, Flask)
    export.register_part(state.app, data_rights.export_part)
    state.app.jinja_env.globals.update(checkin_with=checkin_with, day_label=queries.day_label)


def _ok(form: GuardedForm) -> bool:
    return bool(form.validate_on_submit())


def _needs_a_choice(form: GuardedForm, text_field: str) -> None:
    if form.send_anyway.data:
        form.justification.errors.append(_(SAY_WHY))
    else:
        form[text_field].errors.append(_(NEEDS_A_CHOICE))


def _refused(form: GuardedForm, error: DomainError) -> bool:
    """A field's error, shown with everything typed kept; False when it is no field's."""
    if error.field and error.field in form:
        form[error.field].errors.append(error.message)
        return True
    flash(error.message, "error")  # e.g. check-ins ended: the form is no longer on the page
    return False


@dataclass
class Tried:
    """One guarded write from a form: saved, sent back (not a field's error), or findings to show."""

    saved: Any = None
    sent_back: bool = False
    screening: Screening | None = None


def _try(form: GuardedForm, text_field: str, write: Callable[[], Outcome[Any]]) -> Tried:
    """Validate, write once, and sort the outcome: the one shape of every check-in form."""
    if not _ok(form):
        return Tried()
    try:
        outcome = write()
    except DomainError as error:
        return Tried(sent_back=not _refused(form, error))
    if outcome.saved is None:
        _needs_a_choice(form, text_field)
        return Tried(screening=outcome.screening)
    return Tried(saved=outcome.saved)


# --- the list and agreeing -----------------------------------------------------------


@bp.get("/checkins")
def index() -> ResponseReturnValue:
    rows = queries.checkins_list(current_user)
    return render_template("checkins/index.html", rows=rows)


def _back(default: str) -> str:
    return safe_next(request.args.get("next"), default)


@bp.post("/members/<int:user_id>/checkins")
def start(user_id: int) -> ResponseReturnValue:
    member = db.session.get(User, user_id)
    if not EmptyForm().validate_on_submit():
        return redirect(_back(url_for("checkins.index")))
    try:
        agreement = agreements.propose_checkins(current_user, member)
    except DomainError as error:
        flash(error.message, "error")
        return redirect(_back(url_for("checkins.index")))
    if agreement.state == "active":
        flash(_("Check-ins have started."))
        return redirect(url_for("checkins.checkin", item_id=agreement.id))
    assert member is not None
    flash(_("Check-ins proposed. %(name)s can accept them.", name=member.display_name))
    return redirect(_back(url_for("checkins.index")))


def _answer(item_id: int, action: str) -> ResponseReturnValue:
    if not EmptyForm().validate_on_submit():
        return redirect(_back(url_for("checkins.index")))
    try:
        if action == "accept":
            agreements.accept_checkins(current_user, item_id)
            flash(_("Check-ins have started."))
            return redirect(url_for("checkins.checkin", item_id=item_id))
        if action == "decline":
            agreements.decline_checkins(current_user, item_id)
            flash(_("Declined. They are not told."))
        else:
            agreements.end_checkins(current_user, item_id)
            flash(_("Check-ins ended. What you wrote stays readable to both of you."))
    except DomainError as error:
        flash(error.message, "error")
    return redirect(_back(url_for("checkins.index")))


@bp.post("/checkins/<int:item_id>/accept")
def accept(item_id: int) -> ResponseReturnValue:
    return _answer(item_id, "accept")


@bp.post("/checkins/<int:item_id>/decline")
def decline(item_id: int) -> ResponseReturnValue:
    return _answer(item_id, "decline")


@bp.post("/checkins/<int:item_id>/end")
def end(item_id: int) -> ResponseReturnValue:
    return _answer(item_id, "end")


# --- one check-in -------------------------------------------------------------------


def _checkin(
    page: queries.CheckinPage,
    *,
    drop_in: DropInForm | None = None,
    todo: TodoForm | None = None,
    screening: Screening | None = None,
    status: int = 200,
) -> ResponseReturnValue:
    agreement = page.agreement
    return render_template(
        "checkins/checkin.html",
        page=page,
        drop_in_form=drop_in or drop_in_form(agreement, formdata=None),
        todo_form=todo or todo_form(agreement, current_user, formdata=None),
        screening=screening,
        screened_form="drop_in" if drop_in is not None else "todo",
    ), status


@bp.get("/checkins/<int:item_id>")
def checkin(item_id: int) -> ResponseReturnValue:
    return _checkin(queries.checkin_page(current_user, item_id))


def _wants_json() -> bool:
    return request.accept_mimetypes.best == "application/json"


@bp.post("/checkins/<int:item_id>/drop-in")
@limiter.limit(WRITING_LIMIT, key_func=_writing_key)
def drop_in(item_id: int) -> ResponseReturnValue:
    agreement = queries.visible_agreement(current_user, item_id)  # 404 before anything else
    form = drop_in_form(agreement)
    tried = _try(
        form,
        "note",
        lambda: services.send_drop_in(
            current_user,
            item_id,
            Mood(form.mood.data),
            form.note.data or "",
            add_todo=bool(form.add_todo.data),
            justification=form.reason,
        ),
    )
    if tried.saved is not None:
        return _sent(agreement, tried.saved)
    if _wants_json():
        return {"sent": False}, 422
    if tried.sent_back:
        return redirect(url_for("checkins.checkin", item_id=item_id))
    page = queries.checkin_page(current_user, item_id)
    return _checkin(page, drop_in=form, screening=tried.screening, status=422)


def _sent(agreement: CheckinAgreement, sent: services.SentDropIn) -> ResponseReturnValue:
    worker = agreement.worker.display_name
    stop = "" if worker.endswith(".") else "."  # "Priya N." ends a sentence already
    message = _("Check-in sent. %(name)s has been told.", name=worker)
    if sent.todo is not None:
        message += " " + _("A to-do was added for %(name)s", name=worker) + stop
    if _wants_json():
        names = queries.names_of(agreement)
        today = queries.local_today(agreement.care_leaver)
        return {
            "sent": True,
            "message": message,
            "drop_in_html": render_template("checkins/_drop_in.html", d=sent.drop_in, names=names),
            "todo_html": render_template(
                "checkins/_todo_row.html",
                todo=sent.todo,
                names=names,
                overdue=False,
                comments=0,
                today=today,
                agreement=agreement,
            )
            if sent.todo is not None
            else None,
        }
    flash(message)
    return redirect(url_for("checkins.checkin", item_id=agreement.id, _anchor="drop-ins"))


@bp.post("/checkins/<int:item_id>/todos")
@limiter.limit(WRITING_LIMIT, key_func=_writing_key)
def add_todo(item_id: int) -> ResponseReturnValue:
    agreement = queries.visible_agreement(current_user, item_id)
    form = todo_form(agreement, current_user)
    tried = _try(
        form,
        "title",
        lambda: services.add_todo(
            current_user,
            item_id,
            form.title.data or "",
            form.assignee_id.data,
            form.due_on.data,
            justification=form.reason,
        ),
    )
    if tried.saved is not None:
        flash(_("To-do added."))
        return redirect(url_for("checkins.checkin", item_id=item_id, _anchor="todos"))
    if tried.sent_back:
        return redirect(url_for("checkins.checkin", item_id=item_id))
    page = queries.checkin_page(current_user, item_id)
    return _checkin(page, todo=form, screening=tried.screening, status=422)


# --- one to-do ---------------------------------------------------------------------


def _todo(
    page: queries.TodoPage,
    *,
    edit: TodoForm | None = None,
    comment: CommentForm | None = None,
    screening: Screening | None = None,
    status: int = 200,
) -> ResponseReturnValue:
    todo = page.todo
    if edit is None:
        edit = todo_form(page.agreement, current_user, editing=True, formdata=None, obj=todo)
    return render_template(
        "checkins/todo.html",
        page=page,
        edit_form=edit,
        comment_form=comment or CommentForm(formdata=None),
        screening=screening,
        screened_form="comment" if comment is not None else "edit",
    ), status


@bp.get("/checkins/todos/<int:item_id>")
def todo(item_id: int) -> ResponseReturnValue:
    return _todo(queries.todo_page(current_user, item_id))


@bp.post("/checkins/todos/<int:item_id>")
@limiter.limit(WRITING_LIMIT, key_func=_writing_key)
def edit_todo(item_id: int) -> ResponseReturnValue:
    _item, agreement = queries.visible_todo(current_user, item_id)
    form = todo_form(agreement, current_user, editing=True)
    tried = _try(
        form,
        "title",
        lambda: services.edit_todo(
            current_user,
            item_id,
            form.title.data or "",
            form.assignee_id.data,
            form.due_on.data,
            justification=form.reason,
        ),
    )
    if tried.saved is not None:
        flash(_("Changes saved."))
    if tried.saved is not None or tried.sent_back:
        return redirect(url_for("checkins.todo", item_id=item_id))
    page = queries.todo_page(current_user, item_id)
    return _todo(page, edit=form, screening=tried.screening, status=422)


def _mark(item_id: int, *, done: bool) -> ResponseReturnValue:
    if EmptyForm().validate_on_submit():
        try:
            todo = services.mark_done(current_user, item_id, done=done)
        except DomainError as error:
            flash(error.message, "error")
        else:
            flash(_("Marked as done.") if done else _("Marked as not done."))
            return redirect(_back(url_for("checkins.checkin", item_id=todo.agreement_id)))
    return redirect(_back(url_for("checkins.todo", item_id=item_id)))


@bp.post("/checkins/todos/<int:item_id>/done")
def done(item_id: int) -> ResponseReturnValue:
    return _mark(item_id, done=True)


@bp.post("/checkins/todos/<int:item_id>/undo")
def undo(item_id: int) -> ResponseReturnValue:
    return _mark(item_id, done=False)


@bp.post("/checkins/todos/<int:item_id>/comments")
@limiter.limit(WRITING_LIMIT, key_func=_writing_key)
def comment(item_id: int) -> ResponseReturnValue:
    queries.visible_todo(current_user, item_id)
    form = CommentForm()
    tried = _try(
        form,
        "body",
        lambda: services.comment_on_todo(
            current_user, item_id, form.body.data or "", justification=form.reason
        ),
    )
    if tried.saved is not None:
        flash(_("Comment added."))
        return redirect(url_for("checkins.todo", item_id=item_id, _anchor=f"c{tried.saved.id}"))
    if tried.sent_back:
        return redirect(url_for("checkins.todo", item_id=item_id))
    page = queries.todo_page(current_user, item_id)
    return _todo(page, comment=form, screening=tried.screening, status=422)
