"""The moderator dashboard, and the header's waiting count that points to it.

The count is offered to every template by this blueprint (forum.* may not
import moderation), and runs its one query only when the header asks for it,
which it does for moderators alone.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from forum import policy
from moderation.dashboard import queries
from moderation.links import routed_path

bp = Blueprint("moderation_dashboard", __name__, url_prefix="/moderation")


def moderation_waiting() -> int:
    """How many items wait in all the queues; 0 for anyone who cannot see them."""
    return queries.waiting_total() if policy.can_moderate(current_user) else 0


@bp.app_context_processor
def _header() -> dict[str, Any]:
    return {"moderation_waiting": moderation_waiting}


@bp.get("")
def index() -> ResponseReturnValue:
    board = queries.dashboard(current_user)
    reports = routed_path("/moderation/reports")
    links = {
        "safeguarding": reports,
        "applications": url_for("moderation.applications"),
        "review": url_for("moderation.review"),
        "reports": reports,
    }
    return render_template(
        "moderation/dashboard.html",
        board=board,
        links=links,
        watched_words=routed_path("/moderation/watched-words"),
        site_settings=routed_path("/moderation/settings"),
    )
