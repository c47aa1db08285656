"""Search ("Search" in the header). One GET route: nothing here changes a row."""

from __future__ import annotations

from flask import Blueprint, render_template, request
from flask.typing import ResponseReturnValue
from flask_login import current_user

from forum.search import queries
from forum.search.forms import SearchForm

bp = Blueprint("search", __name__)


@bp.get("/search")
def results() -> ResponseReturnValue:
    spaces = queries.visible_spaces(current_user)
    form = SearchForm(request.args)
    form.offer_spaces(spaces)
    if not form.validate():
        return render_template("search/results.html", form=form, results=None, args={}), 422
    found = queries.search(current_user, spaces, form.to_criteria())
    return render_template("search/results.html", form=form, results=found, args=form.as_args())
