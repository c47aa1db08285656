"""The reports queue: moderators read each case in context and decide it, once, on the record."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.routing import BuildError
from werkzeug.wrappers import Response

from forum.errors import DomainError, NotVisible
from forum.forms import EmptyForm
from moderation.reports import checkin_reports, message_reports, queries, services
from moderation.reports.forms import CaseDecisionForm, CaseEditForm

bp = Blueprint("moderation_reports", __name__, url_prefix="/moderation/reports")


def member_page(user_id: int) -> str:
    """The member's moderation page (warn, suspend), built by another part of the toolkit."""
    try:
        return url_for("moderation_members.member", user_id=user_id)
    except BuildError:
        return f"/moderation/members/{user_id}"


def decision_form(case_id: int, **kwargs: object) -> CaseDecisionForm:
    """One form per case on the queue page, prefixed so field ids never collide."""
    return CaseDecisionForm(prefix=f"case{case_id}", **kwargs)


def _page(entries: list[queries.CaseEntry], template: str, **context: object) -> str:
    forms = context.pop("forms", None) or {
        e.case.id: decision_form(e.case.id, formdata=None) for e in entries
    }
    return render_template(
        template,
        entries=entries,
        forms=forms,
        claim_form=EmptyForm(formdata=None),
        member_page=member_page,
        **context,
    )


def _to_queue() -> Response:
    return redirect(url_for("moderation_reports.queue"))


@bp.get("")
def queue() -> ResponseReturnValue:
    return _page(queries.report_queue(current_user), "moderation/reports/queue.html")


@bp.get("/<int:item_id>")
def case(item_id: int) -> ResponseReturnValue:
    entry = queries.case_entry(current_user, item_id)
    return _page([entry], "moderation/reports/case.html", entry=entry)


@bp.post("/<int:item_id>/claim")
def claim(item_id: int) -> ResponseReturnValue:
    if EmptyForm().validate_on_submit():
        try:
            services.claim_case(current_user, item_id)
        except DomainError as error:
            flash(error.message, "error")
        else:
            flash(_("You have claimed this report: other moderators will leave it to you."))
    return _to_queue()


@bp.post("/<int:item_id>")
def decide(item_id: int) -> ResponseReturnValue:
    form = decision_form(item_id)
    if form.validate_on_submit():
        pressed = form.decision()
        if pressed is None:
            form.form_errors.append(_("Choose Dismiss, Hide, Delete or Lock topic."))
        else:
            decision = services.CaseDecision(pressed)
            try:
                decided = message_reports.decide_any_case(
                    current_user, item_id, decision, form.reason.data or ""
                )
            except DomainError as error:
                if not error.field:
                    flash(error.message, "error")
                    return _to_queue()
                getattr(form, error.field).errors.append(error.message)
            else:
                flash(checkin_reports.done_text(decided.target_type, decision))
                return _to_queue()
    entry = queries.case_entry(current_user, item_id)
    page = _page([entry], "moderation/reports/case.html", entry=entry, forms={item_id: form})
    return page, 422


@bp.route("/<int:item_id>/edit", methods=["GET", "POST"])
def edit(item_id: int) -> ResponseReturnValue:
    entry = queries.case_entry(current_user, item_id)
    post = entry.post
    if post is None:  # a private message is dismissed or deleted, never edited
        raise NotVisible()
    form = CaseEditForm()
    if request.method == "GET":
        form.body.data = post.body_source
        form.title.data = post.topic.title
    elif form.validate_on_submit():
        try:
            services.edit_reported_post(
                current_user,
                item_id,
                form.body.data or "",
                form.title.data if post.number == 1 else None,
                form.reason.data or "",
            )
        except DomainError as error:
            if not error.field:
                flash(error.message, "error")
                return _to_queue()
            getattr(form, error.field).errors.append(error.message)
        else:
            flash(services.CaseDecision.edit.done)
            return _to_queue()
    status = 422 if form.errors else 200
    return render_template(
        "moderation/reports/edit.html", entry=entry, post=post, form=form
    ), status
