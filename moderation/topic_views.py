"""Moderators' topic tools: move, merge and split. Members get 404 on every one."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user
from wtforms.fields.choices import SelectChoice

from forum.errors import DomainError
from forum.forms import Form
from forum.i18n import N_
from moderation import topic_tools
from moderation.topic_forms import AudienceConfirmation, MergeForm, MoveForm, SplitForm

bp = Blueprint("moderation_topics", __name__, url_prefix="/moderation/topics")

TICK_TO_CONFIRM = N_("Tick “I understand who will be able to read it” to go ahead.")


def _form_error(form: Form, error: DomainError) -> None:
    """Beside its field when it has one; otherwise at the top of the page."""
    if error.field and error.field in form:
        form[error.field].errors.append(error.message)
    else:
        flash(error.message, "error")


def _warn(
    form: AudienceConfirmation, error: topic_tools.AudienceChange, destination: object
) -> str:
    """Show the audience warning; a tick given for another destination does not count."""
    if form.warned_for.data == str(destination):
        form.confirm.errors.append(_(TICK_TO_CONFIRM))
    form.warned_for.data = str(destination)
    form.confirm.data = False
    return error.message


def _held(count: int) -> str:
    if not count:
        return ""
    held: str = ngettext(
        "%(num)d post is held for review: the guard found something the new space does not allow.",
        "%(num)d posts are held for review: "
        "the guard found something the new space does not allow.",
        count,
    )
    return " " + held


@bp.route("/<int:topic_id>/move", methods=["GET", "POST"])
def move(topic_id: int) -> ResponseReturnValue:
    topic = topic_tools.tool_topic(current_user, topic_id)
    form = MoveForm()
    form.space.choices = [
        SelectChoice(str(s.id), f"{s.name} ({s.audience.label})")
        for s in topic_tools.target_spaces(current_user)
        if s.id != topic.space_id
    ]
    warning, refused = None, False
    if form.validate_on_submit():
        destination = form.space.data
        try:
            outcome = topic_tools.move_topic(
                current_user,
                topic,
                destination,
                form.reason.data or "",
                audience_confirmed=form.confirmed_for(destination),
            )
        except topic_tools.AudienceChange as error:
            warning = _warn(form, error, destination)
        except DomainError as error:
            _form_error(form, error)
            refused = True
        else:
            moved_to = _("Topic moved to %(space)s.", space=outcome.topic.space.name)
            flash(moved_to + _held(outcome.held))
            return redirect(url_for("threads.topic", topic_id=topic.id))
    status = 422 if form.errors or refused else 200
    return render_template(
        "moderation/topic_move.html", topic=topic, form=form, warning=warning
    ), status


@bp.route("/<int:topic_id>/merge", methods=["GET", "POST"])
def merge(topic_id: int) -> ResponseReturnValue:
    topic = topic_tools.tool_topic(current_user, topic_id)
    form = MergeForm()
    warning, refused = None, False
    if form.validate_on_submit():
        destination = topic_tools.parse_topic_ref(form.target.data or "")
        try:
            outcome = topic_tools.merge_topic(
                current_user,
                topic,
                form.target.data or "",
                form.reason.data or "",
                audience_confirmed=form.confirmed_for(destination),
            )
        except topic_tools.AudienceChange as error:
            warning = _warn(form, error, destination)
        except DomainError as error:
            _form_error(form, error)
            refused = True
        else:
            merged = ngettext(
                "Topics merged: %(num)d post added to this topic.",
                "Topics merged: %(num)d posts added to this topic.",
                outcome.moved,
            )
            flash(merged + _held(outcome.held))
            return redirect(url_for("threads.topic", topic_id=outcome.topic.id))
    status = 422 if form.errors or refused else 200
    return render_template(
        "moderation/topic_merge.html", topic=topic, form=form, warning=warning
    ), status


@bp.route("/<int:topic_id>/split", methods=["GET", "POST"])
def split(topic_id: int) -> ResponseReturnValue:
    topic = topic_tools.tool_topic(current_user, topic_id)
    replies = topic_tools.movable_replies(current_user, topic)
    form = SplitForm()
    refused = False
    if form.validate_on_submit():
        try:
            outcome = topic_tools.split_topic(
                current_user,
                topic,
                form.posts.data or [],
                form.title.data or "",
                form.reason.data or "",
            )
        except DomainError as error:
            _form_error(form, error)
            refused = True
        else:
            flash(
                ngettext(
                    "Topic split: %(num)d reply moved to this new topic.",
                    "Topic split: %(num)d replies moved to this new topic.",
                    outcome.moved,
                )
            )
            return redirect(url_for("threads.topic", topic_id=outcome.topic.id))
    status = 422 if form.errors or refused else 200
    chosen = set(form.posts.data or [])
    return render_template(
        "moderation/topic_split.html", topic=topic, form=form, replies=replies, chosen=chosen
    ), status
