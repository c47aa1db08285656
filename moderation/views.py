"""The approval queue."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from forum.errors import DomainError
from moderation import services
from moderation.forms import DecisionForm

bp = Blueprint("moderation", __name__, url_prefix="/moderation")


@bp.get("/applications")
def applications() -> ResponseReturnValue:
    queue = services.approval_queue(current_user)
    return render_template(
        "moderation/applications.html", queue=queue, form=DecisionForm(formdata=None)
    )


@bp.post("/applications/<int:user_id>")
def decide(user_id: int) -> ResponseReturnValue:
    form = DecisionForm()
    if form.validate_on_submit():
        decision = (
            services.Decision.approve
            if form.approve.data
            else services.Decision.reject
            if form.reject.data
            else services.Decision.ask
        )
        try:
            applicant = services.decide_application(
                current_user, user_id, decision, form.reason.data or ""
            )
        except DomainError as error:
            flash(error.message, "error")
        else:
            flash(
                {
                    "approve": f"{applicant.display_name} is approved.",
                    "reject": f"{applicant.display_name}'s application is rejected.",
                    "ask": f"Your question is sent to {applicant.display_name}.",
                }[decision.value]
            )
    return redirect(url_for("moderation.applications"))
