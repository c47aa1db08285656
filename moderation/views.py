"""The approval queue, the review queue and revealing anonymous authors."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user

from forum import policy
from forum.errors import DomainError
from forum.i18n import N_
from forum.threads import queries as thread_queries
from moderation import review_queue, services
from moderation.forms import DecisionForm, RevealForm, ReviewDecisionForm, ReviewEditForm

bp = Blueprint("moderation", __name__, url_prefix="/moderation")


@bp.get("/applications")
def applications() -> ResponseReturnValue:
    queue = services.approval_queue(current_user)
    return render_template(
        "moderation/applications.html", queue=queue, form=DecisionForm(formdata=None)
    )


@bp.post("/applications/<int:user_id>")
def decide(user_id: int) -> ResponseReturnValue:
    policy.require(policy.can_review_applications(current_user))
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
            said = {
                "approve": N_("%(name)s is approved."),
                "reject": N_("%(name)s's application is rejected."),
                "ask": N_("Your question is sent to %(name)s."),
            }[decision.value]
            flash(_(said, name=applicant.display_name))
    return redirect(url_for("moderation.applications"))


@bp.get("/review")
def review() -> ResponseReturnValue:
    entries = review_queue.review_queue(current_user)
    return render_template(
        "moderation/review.html",
        entries=entries,
        form=ReviewDecisionForm(formdata=None),
        source_label=review_queue.source_label,
    )


@bp.post("/review/<int:item_id>")
def decide_review(item_id: int) -> ResponseReturnValue:
    policy.require(policy.can_review_posts(current_user))
    form = ReviewDecisionForm()
    if form.validate_on_submit():
        try:
            if form.publish.data:
                review_queue.publish(current_user, item_id)
                flash(_("Published."))
            else:
                review_queue.reject(current_user, item_id, form.reason.data or "")
                flash(_("Rejected. The author has been told why."))
        except DomainError as error:
            flash(error.message, "error")
    return redirect(url_for("moderation.review"))


@bp.route("/review/<int:item_id>/edit", methods=["GET", "POST"])
def edit_review(item_id: int) -> ResponseReturnValue:
    item = review_queue.open_item(current_user, item_id)
    post = item.post
    form = ReviewEditForm()
    if request.method == "GET":
        form.body.data = post.body_source
        form.title.data = post.topic.title
    elif form.validate_on_submit():
        try:
            review_queue.edit_and_publish(
                current_user,
                item_id,
                form.body.data or "",
                form.title.data if post.number == 1 else None,
                form.note.data or "",
            )
        except DomainError as error:
            if error.field:
                getattr(form, error.field).errors.append(error.message)
            else:
                flash(error.message, "error")
                return redirect(url_for("moderation.review"))
        else:
            flash(_("Edited and published. The author has been told."))
            return redirect(url_for("moderation.review"))
    status = 422 if form.errors else 200
    return render_template("moderation/review_edit.html", item=item, post=post, form=form), status


@bp.post("/posts/<int:post_id>/reveal")
def reveal_author(post_id: int) -> ResponseReturnValue:
    """Answered with a page, not a redirect: the name is shown once, to this moderator."""
    post = thread_queries.visible_post(current_user, post_id)
    policy.require(policy.can_reveal_author(current_user, post))
    form = RevealForm()
    if form.validate_on_submit():
        try:
            author = review_queue.reveal_author(current_user, post, form.reason.data or "")
        except DomainError as error:
            form.reason.errors.append(error.message)
        else:
            return render_template("moderation/revealed.html", post=post, author=author)
    return render_template("moderation/reveal.html", post=post, form=form), 422


@bp.get("/posts/<int:post_id>/reveal")
def reveal_form(post_id: int) -> ResponseReturnValue:
    post = thread_queries.visible_post(current_user, post_id)
    policy.require(policy.can_reveal_author(current_user, post))
    return render_template("moderation/reveal.html", post=post, form=RevealForm(formdata=None))
