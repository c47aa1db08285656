"""The home page: what is new across every space the member can see."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template, request
from flask.typing import ResponseReturnValue
from flask_login import current_user

from forum.home import queries, visits
from forum.spaces import queries as spaces

bp = Blueprint("home", __name__)

TABS = ("latest", "unread")


@bp.get("/")
def index() -> ResponseReturnValue:
    tab = request.args.get("show", "latest")
    if tab not in TABS:
        tab = "latest"
    summaries = spaces.visible_spaces(current_user)
    visible = [s.space for s in summaries]
    visit = visits.this_visit(current_user)
    page = render_template(
        "home/index.html",
        tab=tab,
        topics=queries.topic_list(
            current_user,
            visible,
            unread_only=tab == "unread",
            cursor=request.args.get("after"),
            per_page=current_app.config["TOPICS_PER_PAGE"],
            since=visit.since,
        ),
        since=visit.since,
        first_page=not request.args.get("after"),
        waiting=queries.waiting_for(current_user),
        summaries=summaries,
        members=queries.member_counts(visible),
        upcoming=spaces.upcoming_events(current_user, summaries),
    )
    visits.record(current_user, visit)
    return page
