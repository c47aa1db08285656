"""The "Watch" and "Mute" buttons on a topic and on a space."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, url_for
from flask.typing import ResponseReturnValue
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from forum.spaces import queries as spaces
from forum.threads import queries as threads
from forum.watching import services
from forum.watching.forms import NORMAL, WatchForm
from forum.watching.models import WatchLevel

bp = Blueprint("watching", __name__)

TOPIC_SAID = {
    "watching": _l("You are watching this topic: you will hear about every reply."),
    "muted": _l("You muted this topic: you will hear nothing more from it, except mentions."),
    NORMAL: _l("This topic is back to normal notifications."),
}
SPACE_SAID = {
    "watching": _l("You are watching this space: you will hear about every new topic in it."),
    "muted": _l(
        "You muted this space: you will hear nothing from it, except mentions "
        "and replies to your own topics."
    ),
    NORMAL: _l("This space is back to normal notifications."),
}


def _chosen(form: WatchForm) -> tuple[str, WatchLevel | None] | None:
    if not form.validate_on_submit():
        return None
    value = form.level.data or NORMAL
    return value, None if value == NORMAL else WatchLevel(value)


@bp.post("/t/<int:topic_id>/watching")
def topic(topic_id: int) -> ResponseReturnValue:
    found = threads.visible_topic(current_user, topic_id)  # 404 for what they may not read
    chosen = _chosen(WatchForm())
    if chosen is not None:
        services.set_topic_level(current_user, found, chosen[1])
        flash(str(TOPIC_SAID[chosen[0]]))
    return redirect(url_for("threads.topic", topic_id=found.id))


@bp.post("/s/<slug>/watching")
def space(slug: str) -> ResponseReturnValue:
    found = spaces.visible_space(current_user, slug)
    chosen = _chosen(WatchForm())
    if chosen is not None:
        services.set_space_level(current_user, found, chosen[1])
        flash(str(SPACE_SAID[chosen[0]]))
    return redirect(url_for("spaces.space", slug=found.slug))
