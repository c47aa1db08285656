"""While the database cannot be reached, every page answers 503 "resting" at once.

Without this a database restart shows members a raw 500, or a page that hangs
until the worker gives up. The connect and statement timeouts in
`config.engine_options` make the failure quick; pre-ping makes the recovery
happen on its own, with no restart of the app.
"""

from __future__ import annotations

import logging
from contextlib import suppress

from flask import Flask, g, render_template, request
from flask_babel import gettext as _
from sqlalchemy import exc

from forum.extensions import db, login_manager

log = logging.getLogger(__name__)

#: Errors that mean "the database is away or overloaded", not "the code is wrong".
UNREACHABLE = (exc.OperationalError, exc.InterfaceError, exc.TimeoutError, exc.DisconnectionError)
RETRY_AFTER_SECONDS = 30


def resting_page(error: Exception) -> tuple[str, int, dict[str, str]]:
    """The 503 page, drawn without touching the database."""
    log.warning(
        "Database unreachable on %s %s: %s", request.method, request.path, type(error).__name__
    )
    with suppress(exc.SQLAlchemyError):
        db.session.rollback()
    # Nobody can be looked up right now: draw the page as for a visitor (the
    # member's session cookie is left as it is, so they stay signed in).
    g._login_user = login_manager.anonymous_user()
    page = render_template(
        "errors/resting.html",
        title=_("The forum is resting for a moment"),
        happened=_(
            "The forum cannot reach its records just now. Nothing you have already posted is lost."
        ),
        next_step=_(
            "Please wait a minute, then try again. If you were writing something, go back: "
            "your browser may still have the text."
        ),
        again=request.full_path.rstrip("?") if request.method == "GET" else None,
    )
    return page, 503, {"Retry-After": str(RETRY_AFTER_SECONDS)}


def end_session(error: BaseException | None) -> None:
    """Close the request's session even if the database went away after the page was made.

    Flask-SQLAlchemy's own teardown rolls back, and a rollback on a dropped
    connection raises after the response was ready, which turns a finished
    page into the server's bare 500. Throwing the connection away instead
    loses nothing: the transaction is gone with the connection.
    """
    try:
        db.session.remove()
    except UNREACHABLE as lost:
        log.warning("Database connection lost at the end of a request: %s", type(lost).__name__)
        db.session().invalidate()
        db.session.remove()


def register(app: Flask) -> None:
    for error in UNREACHABLE:
        app.register_error_handler(error, resting_page)
    # Teardowns run last-registered first: this one runs before Flask-SQLAlchemy's.
    app.teardown_appcontext(end_session)
