"""The "Bookmarks" page and the "Bookmark" / "Remove bookmark" buttons."""

from __future__ import annotations

from flask import Blueprint, Flask, flash, redirect, render_template, request, url_for
from flask.blueprints import BlueprintSetupState
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.wrappers import Response

from forum.bookmarks import data_rights, queries, services
from forum.forms import EmptyForm
from forum.privacy import export
from forum.threads import queries as threads
from forum.urls import safe_next

bp = Blueprint("bookmarks", __name__)


@bp.record_once
def _add_to_the_export(state: BlueprintSetupState) -> None:
    """Registered with the blueprint, so forum/__init__.py needs no line for it."""
    assert isinstance(state.app, Flask)
    export.register_part(state.app, data_rights.export_part)


@bp.get("/bookmarks")
def index() -> ResponseReturnValue:
    page = queries.bookmarks_page(current_user, request.args.get("after"))
    return render_template("bookmarks/index.html", page=page)


@bp.post("/p/<int:post_id>/bookmark")
def add(post_id: int) -> Response:
    post = threads.visible_post(current_user, post_id)
    if EmptyForm().validate_on_submit():
        services.add_bookmark(current_user, post)
        flash(_("Bookmarked: find it again under “Bookmarks”."))
    return redirect(
        safe_next(request.args.get("next"), url_for("threads.permalink", post_id=post.id))
    )


@bp.post("/p/<int:post_id>/bookmark/remove")
def remove(post_id: int) -> Response:
    if EmptyForm().validate_on_submit():
        services.remove_bookmark(current_user, post_id)
        flash(_("Bookmark removed."))
    return redirect(safe_next(request.args.get("next"), url_for("bookmarks.index")))
