"""Pages and buttons for events: details, "Going" / "Not going", the calendar file, the list."""

from __future__ import annotations

from flask import (
    Blueprint,
    Flask,
    Response,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask.blueprints import BlueprintSetupState
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user

from forum import policy
from forum.errors import DomainError
from forum.events import calendar, composer, queries, services
from forum.events.data import rsvps_part
from forum.events.forms import EventForm
from forum.forms import EmptyForm
from forum.privacy import export
from forum.threads import queries as thread_queries

bp = Blueprint("events", __name__)


@bp.record_once
def _register_export(state: BlueprintSetupState) -> None:
    """Members' answers go in "Download my data"; registered with the blueprint, nowhere else."""
    assert isinstance(state.app, Flask)
    export.register_part(state.app, rsvps_part)


def _topic_anchor(topic_id: int) -> str:
    return url_for("threads.topic", topic_id=topic_id, _anchor="event")


@bp.route("/t/<int:topic_id>/event", methods=["GET", "POST"])
def edit(topic_id: int) -> ResponseReturnValue:
    """ "Add event details" / "Edit event details": the topic's author or a moderator."""
    topic = thread_queries.visible_topic(current_user, topic_id)
    policy.require(policy.can_edit_event(current_user, topic), hide=False)
    existing = queries.event_or_none(topic)
    form = EventForm()
    if request.method == "GET":
        composer.fill(form, existing, current_user)
    elif form.validate_on_submit():
        try:
            services.save_event(current_user, topic, composer.details_from(form))
        except DomainError as error:
            composer.show_error(form, error)
        else:
            flash(_("The event details are saved."))
            return redirect(_topic_anchor(topic.id))
    status = 422 if form.errors else 200
    return render_template(
        "events/edit.html", topic=topic, form=form, adding=existing is None
    ), status


@bp.post("/t/<int:topic_id>/going")
def going(topic_id: int) -> ResponseReturnValue:
    return _answer(topic_id, going=True)


@bp.post("/t/<int:topic_id>/not-going")
def not_going(topic_id: int) -> ResponseReturnValue:
    return _answer(topic_id, going=False)


def _answer(topic_id: int, *, going: bool) -> ResponseReturnValue:
    topic = thread_queries.visible_topic(current_user, topic_id)
    if EmptyForm().validate_on_submit():
        try:
            services.answer(current_user, topic, going)
        except DomainError as error:
            flash(error.message, "error")
        else:
            flash(_("You said you are going.") if going else _("You said you are not going."))
    return redirect(_topic_anchor(topic.id))


@bp.get("/t/<int:topic_id>/event.ics")
def ics(topic_id: int) -> Response:
    """ "Add to calendar": 404 for anyone who may not read the topic, as for the topic."""
    topic = thread_queries.visible_topic(current_user, topic_id)
    event = queries.event_of(topic)
    response = Response(calendar.ics_for(event, topic), mimetype="text/calendar")
    response.headers["Content-Disposition"] = f'attachment; filename="{calendar.file_name(topic)}"'
    return response


@bp.get("/events")
def index() -> ResponseReturnValue:
    page = queries.events_page(
        current_user, request.args.get("after"), current_app.config["TOPICS_PER_PAGE"]
    )
    return render_template("events/index.html", page=page)
