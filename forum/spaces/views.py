"""The list of spaces and each space's topics."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template, request
from flask.typing import ResponseReturnValue
from flask_login import current_user

from forum.spaces import queries
from forum.watching import queries as watching

bp = Blueprint("spaces", __name__)


@bp.get("/spaces")
def index() -> ResponseReturnValue:
    """Every space the member may see, with what each is for (upcoming events are on the home page)."""
    return render_template("spaces/index.html", summaries=queries.visible_spaces(current_user))


@bp.get("/s/<slug>")
def space(slug: str) -> ResponseReturnValue:
    page = queries.space_page(
        current_user, slug, request.args.get("after"), current_app.config["TOPICS_PER_PAGE"]
    )
    level = watching.space_level_for(current_user.id, page.space.id)
    return render_template("spaces/space.html", page=page, watch_level=level)
