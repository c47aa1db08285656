"""The member directory ("Members"). One GET route: nothing here changes a row.

Profiles themselves (`/members/<user_id>`) belong to the people blueprint,
which answers 404 for anyone the viewer may not find.
"""

from __future__ import annotations

from flask import Blueprint, render_template, request
from flask.typing import ResponseReturnValue
from flask_login import current_user

from forum.directory import queries
from forum.directory.forms import DirectoryForm

bp = Blueprint("directory", __name__)


@bp.get("/members")
def index() -> ResponseReturnValue:
    form = DirectoryForm(request.args)
    if not form.validate():
        form.offer_regions(queries.directory_regions(current_user))
        return render_template("directory/index.html", form=form, page=None, args={}), 422
    search = form.to_search()
    after = request.args.get("after")
    page = queries.directory_page(current_user, search, after)
    form.offer_regions(page.regions)
    return render_template(
        "directory/index.html",
        form=form,
        page=page,
        args=search.as_args(),
        is_first_page=queries.parse_cursor(after) is None,
    )
