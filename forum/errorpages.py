"""Friendly error pages that say what happened and what to do next."""

from __future__ import annotations

from flask import Flask, render_template
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from forum.extensions import db

MESSAGES = {
    400: ("Something was wrong with that request", "Go back, reload the page and try again."),
    403: ("You can't do that", "Your account does not allow this action."),
    404: ("Page not found", "The page may have moved, or you may not have access to it."),
    405: ("That didn't work", "Go back and use the buttons on the page."),
    413: ("That was too large", "Make it smaller and try again."),
    422: ("Check what you entered", "Go back and correct the form."),
    429: ("Too many attempts", "Please wait a minute, then try again."),
    500: ("Something went wrong on our side", "Try again in a moment. Nothing you wrote was lost."),
}


def _render(code: int, detail: str | None = None) -> tuple[str, int]:
    title, hint = MESSAGES.get(code, MESSAGES[500])
    return render_template("errors/error.html", code=code, title=title, hint=detail or hint), code


def register(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def _csrf(error: CSRFError) -> tuple[str, int]:
        return _render(
            400,
            "The form had expired or was sent from somewhere else. Go back, reload the page "
            "and send it again.",
        )

    @app.errorhandler(HTTPException)
    def _http(error: HTTPException) -> tuple[str, int] | HTTPException:
        if error.code is None or error.code < 400:
            return error
        if error.code >= 500:
            # A failed statement may have left the transaction unusable, and the
            # page's header still reads from the database.
            db.session.rollback()
        return _render(error.code)
