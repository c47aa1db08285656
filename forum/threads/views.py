"""Reading and writing topics. Views parse, call one service, then redirect or render."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.wrappers import Response

from forum import markup, policy
from forum.drafts import composing, places
from forum.errors import DomainError, NotVisible
from forum.events import composer as event_composer
from forum.extensions import limiter
from forum.forms import EmptyForm
from forum.i18n import N_
from forum.mentions import services as mentions
from forum.mentions.forms import picked_ids
from forum.review.screening import Verdict
from forum.spaces import queries as space_queries
from forum.threads import composer, extras, queries, services
from forum.threads.forms import (
    ContentNoteForm,
    EditForm,
    ReplyForm,
    TopicForm,
    chosen_note,
)
from forum.threads.models import SUMMARY_NUMBER, Topic, public_name

bp = Blueprint("threads", __name__)


def _per_page() -> int:
    return int(current_app.config["POSTS_PER_PAGE"])


def _post_url(topic_id: int, number: int, post_id: int) -> str:
    if number == SUMMARY_NUMBER:  # pinned above the replies on every page
        return url_for("threads.topic", topic_id=topic_id, _anchor="summary")
    page = queries.page_of(number, _per_page())
    return url_for("threads.topic", topic_id=topic_id, page=page, _anchor=f"p{post_id}")


def _stays_anonymous(topic: Topic) -> bool:
    """The author of an anonymous topic replies anonymously unless they untick it."""
    return topic.is_anonymous and topic.author_id == current_user.id


@bp.route("/s/<slug>/new", methods=["GET", "POST"])
@limiter.limit(composer.POSTING_LIMIT, methods=["POST"], key_func=composer.posting_key)
def new_topic(slug: str) -> ResponseReturnValue:
    space = space_queries.visible_space(current_user, slug)
    policy.require(policy.can_post_in(current_user, space))
    form = TopicForm()
    composed = composer.Composed()
    event_form = event_composer.form_for(space, current_user)  # events spaces: optional fields
    event_details = event_composer.checked(event_form)
    if form.validate_on_submit() and not event_composer.has_errors(event_form):
        texts = {"title": form.title.data or "", "body": form.body.data or ""}
        if form.preview.data:
            composed = composer.preview(
                space, texts, anonymous=bool(form.anonymous.data) and space.allows_anonymous
            )
            composing.keep(current_user, places.topic(space.id), texts)
        else:
            try:
                outcome = services.create_topic(
                    current_user,
                    space,
                    texts["title"],
                    texts["body"],
                    anonymous=bool(form.anonymous.data),
                    justification=composer.justification(form),
                    content_note=chosen_note(form.content_note.data),
                    mention_ids=picked_ids(request.form),
                )
            except DomainError as error:
                composed = composer.refused(form, error)
            else:
                if outcome.saved is None:
                    composed = composer.needs_a_choice(form, outcome)
                else:
                    if outcome.verdict is Verdict.held:
                        composer.held_notice()
                    event_composer.attach(current_user, outcome.saved, event_details)
                    return redirect(url_for("threads.topic", topic_id=outcome.saved.id))
    draft = composing.restore(current_user, places.topic(space.id), form)
    status = 422 if form.errors or event_composer.has_errors(event_form) else 200
    return render_template(
        "threads/new_topic.html",
        space=space,
        form=form,
        composed=composed,
        event_form=event_form,
        draft=draft,
    ), status


@bp.post("/s/<slug>/check")
@limiter.limit("60 per minute", key_func=composer.posting_key)
def live_check(slug: str) -> ResponseReturnValue:
    """The composer's check as you type (JavaScript only): findings, never saved."""
    space = space_queries.visible_space(current_user, slug)
    data = request.get_json(silent=True)
    if not isinstance(data, dict):  # a list, a number, or not JSON at all
        data = {}
    texts = {
        name: str(data.get(name) or "")[:20000] for name in ("title", "body") if data.get(name)
    }
    checked = mentions.screen(current_user, space, **texts)
    blocking = set(checked.blocking)
    return {
        "must_hold": checked.must_hold,
        "findings": [
            {
                "field": f.field,
                "kind": f.kind,
                "start": f.start,
                "end": f.end,
                "text": texts[f.field][f.start : f.end],
                "reason": f.reason,
                "holds": f in blocking,
            }
            for f in checked.findings
        ],
    }


@bp.get("/t/<int:topic_id>")
def topic(topic_id: int) -> ResponseReturnValue:
    try:
        page = queries.topic_page(
            current_user, topic_id, request.args.get("page", 1, type=int), _per_page()
        )
    except NotVisible:
        # A merged topic is deleted, so members no longer see it: send them on, at no
        # cost to the pages that do exist.
        merged_into = queries.merged_into(current_user, topic_id)
        if merged_into is None:
            raise
        return redirect(url_for("threads.topic", topic_id=merged_into))
    if page.topic.merged_into_id is not None:
        return redirect(url_for("threads.topic", topic_id=page.topic.merged_into_id))
    form = ReplyForm(formdata=None, anonymous=_stays_anonymous(page.topic))
    html = render_template(
        "threads/topic.html",
        page=page,
        form=form,
        draft=composing.restore(current_user, places.reply(page.topic.id), form),
        composed=composer.Composed(),
        note_form=ContentNoteForm(formdata=None, content_note=page.topic.content_note or ""),
        extras=extras.for_page(current_user, page),
        actions=policy.post_actions(current_user, page.topic, page.posts),
    )
    # After rendering: the commit would otherwise expire what the template reads.
    if page.posts:
        services.record_reading(
            current_user, page.topic, page.posts[-1].number, read_so_far=page.last_read_number
        )
    return html


@bp.get("/t/<int:topic_id>/unread")
def first_unread(topic_id: int) -> Response:
    """Jump to the first post this member has not seen yet."""
    topic = queries.visible_topic(current_user, topic_id)
    number = queries.first_unread_number(current_user, topic)
    post_id = queries.post_id_at(topic, number)
    if post_id is None:
        return redirect(url_for("threads.topic", topic_id=topic.id))
    return redirect(_post_url(topic.id, number, post_id))


@bp.get("/p/<int:post_id>")
def permalink(post_id: int) -> Response:
    post = queries.visible_post(current_user, post_id)
    return redirect(_post_url(post.topic_id, post.number, post.id))


@bp.route("/t/<int:topic_id>/reply", methods=["GET", "POST"])
@limiter.limit(composer.POSTING_LIMIT, methods=["POST"], key_func=composer.posting_key)
def reply(topic_id: int) -> ResponseReturnValue:
    topic = queries.visible_topic(current_user, topic_id)
    if not policy.can_reply(current_user, topic):
        return render_template("threads/locked.html", topic=topic), 403
    form = ReplyForm()
    composed = composer.Composed()
    if request.method == "GET":
        form.anonymous.data = _stays_anonymous(topic)
        quoted = request.args.get("quote", type=int)
        if quoted:
            post = queries.visible_post(current_user, quoted)
            if post.topic_id == topic.id and not post.is_deleted:
                form.body.data = markup.quote(
                    post.body_source,
                    author=public_name(post),
                    link=url_for("threads.permalink", post_id=post.id),
                )
    elif form.validate_on_submit():
        texts = {"body": form.body.data or ""}
        if form.preview.data:
            anonymous = bool(form.anonymous.data) and topic.space.allows_anonymous
            composed = composer.preview(topic.space, texts, anonymous=anonymous)
            composing.keep(current_user, places.reply(topic.id), texts)
        else:
            try:
                outcome = services.reply(
                    current_user,
                    topic,
                    texts["body"],
                    anonymous=bool(form.anonymous.data),
                    justification=composer.justification(form),
                    mention_ids=picked_ids(request.form),
                )
            except DomainError as error:
                composed = composer.refused(form, error)
            else:
                if outcome.saved is None:
                    composed = composer.needs_a_choice(form, outcome)
                else:
                    post = outcome.saved
                    if outcome.verdict is Verdict.held:
                        composer.held_notice()
                    return redirect(_post_url(topic.id, post.number, post.id))
    draft = composing.restore(current_user, places.reply(topic.id), form, then_prefill=True)
    status = 422 if form.errors else 200
    return render_template(
        "threads/reply.html", topic=topic, form=form, composed=composed, draft=draft
    ), status


@bp.route("/p/<int:post_id>/edit", methods=["GET", "POST"])
def edit(post_id: int) -> ResponseReturnValue:
    post = queries.visible_post(current_user, post_id)
    if post.is_summary:  # written on its own page, by the topic's author or a moderator
        return redirect(url_for("summaries.write", topic_id=post.topic_id))
    policy.require(policy.can_edit_post(current_user, post), hide=False)
    form = EditForm()
    composed = composer.Composed()
    if request.method == "GET":
        form.body.data = post.body_source
        form.title.data = post.topic.title
    elif form.validate_on_submit():
        title = form.title.data if post.number == 1 else None
        texts = {"body": form.body.data or ""}
        if title is not None:
            texts = {"title": title, **texts}
        if form.preview.data:
            composed = composer.preview(post.topic.space, texts, post.author, post.is_anonymous)
            composing.keep(current_user, places.edit(post.id), texts)
        else:
            try:
                outcome = services.edit_post(
                    current_user,
                    post,
                    texts["body"],
                    title,
                    justification=composer.justification(form),
                    mention_ids=picked_ids(request.form),
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
                        flash(_("Your changes are saved."))
                    return redirect(_post_url(post.topic_id, post.number, post.id))
    draft = composing.restore(current_user, places.edit(post.id), form)
    status = 422 if form.errors else 200
    return render_template(
        "threads/edit.html", post=post, form=form, composed=composed, draft=draft
    ), status


@bp.post("/p/<int:post_id>/delete")
def delete(post_id: int) -> Response:
    post = queries.visible_post(current_user, post_id)
    if EmptyForm().validate_on_submit():
        services.delete_post(current_user, post)
        flash(_("The post is deleted."))
    if post.number == 1:
        return redirect(url_for("spaces.space", slug=post.topic.space.slug))
    return redirect(_post_url(post.topic_id, post.number, post.id))


@bp.get("/p/<int:post_id>/revisions")
def revisions(post_id: int) -> ResponseReturnValue:
    post = queries.visible_post(current_user, post_id)
    return render_template(
        "threads/revisions.html", post=post, revisions=services.revisions(current_user, post)
    )


TOPIC_CHANGES = {
    "pin": N_("Topic pinned."),
    "unpin": N_("Topic unpinned."),
    "lock": N_("Topic locked."),
    "unlock": N_("Topic unlocked."),
}


@bp.post("/t/<int:topic_id>/<any(pin, unpin, lock, unlock):change>")
def moderate_topic(topic_id: int, change: str) -> Response:
    topic = queries.visible_topic(current_user, topic_id)
    if EmptyForm().validate_on_submit():
        if change in {"pin", "unpin"}:
            services.set_pinned(current_user, topic, change == "pin")
        else:
            services.set_locked(current_user, topic, change == "lock")
        flash(_(TOPIC_CHANGES[change]))
    return redirect(url_for("threads.topic", topic_id=topic.id))


@bp.post("/t/<int:topic_id>/content-note")
def content_note(topic_id: int) -> Response:
    topic = queries.visible_topic(current_user, topic_id)
    policy.require(policy.can_set_content_note(current_user, topic), hide=False)
    form = ContentNoteForm()
    if form.validate_on_submit():
        services.set_content_note(current_user, topic, chosen_note(form.content_note.data))
        note = topic.content_note
        flash(
            _("Content note: %(note)s.", note=note.label)
            if note
            else _("The content note is removed.")
        )
    else:
        flash(_("Choose a content note from the list."), "error")
    return redirect(url_for("threads.topic", topic_id=topic.id))
