"""The summary page ("Write a summary" / "Edit the summary") and the helpful buttons."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.wrappers import Response

from forum import policy
from forum.drafts import composing, places
from forum.errors import DomainError
from forum.extensions import limiter
from forum.forms import EmptyForm
from forum.review.screening import Verdict
from forum.summaries import queries, services
from forum.summaries.forms import SummaryForm
from forum.threads import composer
from forum.threads import queries as threads

bp = Blueprint("summaries", __name__)


@bp.route("/t/<int:topic_id>/summary", methods=["GET", "POST"])
@limiter.limit(composer.POSTING_LIMIT, methods=["POST"], key_func=composer.posting_key)
def write(topic_id: int) -> ResponseReturnValue:
    topic = threads.visible_topic(current_user, topic_id)
    existing = queries.summary_of(topic)
    policy.require(policy.can_write_summary(current_user, topic, existing), hide=False)
    live = existing is not None and not existing.is_deleted
    form = SummaryForm(data={"body": existing.body_source} if live and existing else None)
    draft = composing.restore(current_user, places.summary(topic.id), form)
    composed = composer.Composed()
    if form.validate_on_submit():
        texts = {"body": form.body.data or ""}
        if form.preview.data:
            composed = composer.preview(topic.space, texts)
            composing.keep(current_user, draft.place, texts)
        else:
            try:
                outcome = services.write_summary(
                    current_user, topic, texts["body"], justification=composer.justification(form)
                )
            except DomainError as error:
                composed = composer.refused(form, error)
            else:
                if outcome.saved is None:
                    composed = composer.needs_a_choice(form, outcome)
                else:
                    if outcome.verdict is Verdict.held:
                        composer.held_notice()
                    else:
                        flash(_("The summary is saved."))
                    return redirect(url_for("threads.topic", topic_id=topic.id, _anchor="summary"))
    status = 422 if form.errors else 200
    return render_template(
        "summaries/write.html",
        topic=topic,
        editing=live,
        anonymous=topic.is_anonymous and topic.author_id == current_user.id,
        form=form,
        composed=composed,
        draft=draft,
    ), status


@bp.post("/p/<int:post_id>/helpful")
def mark_helpful(post_id: int) -> Response:
    return _set_helpful(post_id, helpful=True)


@bp.post("/p/<int:post_id>/not-helpful")
def unmark_helpful(post_id: int) -> Response:
    return _set_helpful(post_id, helpful=False)


def _set_helpful(post_id: int, *, helpful: bool) -> Response:
    post = threads.visible_post(current_user, post_id)
    if EmptyForm().validate_on_submit():
        services.set_helpful(current_user, post, helpful)
        flash(_("Marked as helpful.") if helpful else _("No longer marked as helpful."))
    return redirect(url_for("threads.permalink", post_id=post.id))
