"""Friendly error pages: what may have happened and where to go next, and nothing more.

An error page never names what was asked for or whether it exists: a 404 for
a topic the reader may not see is byte for byte the 404 for one that never
was. The links onward depend only on who is reading: a signed-out visitor or
an applicant is offered no page that only members can open.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import Flask, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from forum import policy
from forum.extensions import db
from forum.i18n import N_


@dataclass(frozen=True)
class ErrorText:
    """English kept as catalogue keys: each is translated when a page is drawn."""

    title: str
    happened: str  # what may have happened, never what exists
    next_step: str


MESSAGES = {
    400: ErrorText(
        N_("Something was wrong with that request"),
        N_("The page received something it could not read."),
        N_("Go back, reload the page and try again."),
    ),
    403: ErrorText(
        N_("You can't do that"),
        N_(
            "Your account does not allow this action, or not yet: some actions open only "
            "after the new-member period or to moderators."
        ),
        N_("Go back to what you were doing, or use one of the links below."),
    ),
    404: ErrorText(
        N_("Page not found"),
        N_(
            "The address may be mistyped, the page may have moved or been removed, or it may "
            "be somewhere your account cannot open."
        ),
        N_("Check the address, or use one of the links below to find what you were looking for."),
    ),
    405: ErrorText(
        N_("That didn't work"),
        N_("The page was opened in a way it does not expect."),
        N_("Go back and use the buttons on the page."),
    ),
    413: ErrorText(
        N_("That was too large"),
        N_("What you sent was bigger than the site accepts."),
        N_("Make it smaller and try again."),
    ),
    422: ErrorText(
        N_("Check what you entered"),
        N_("Something in the form could not be used."),
        N_("Go back and correct the form."),
    ),
    429: ErrorText(
        N_("Too many attempts"),
        N_("There were more attempts than the site allows in a short time."),
        N_("Please wait a minute, then try again."),
    ),
    500: ErrorText(
        N_("Something went wrong on our side"),
        N_("The site ran into a problem it did not expect. It is not something you did."),
        N_("Try again in a moment. If it happens again, come back later."),
    ),
}
CSRF_EXPIRED = N_(
    "The form had expired or was sent from somewhere else. Go back, reload the page "
    "and send it again."
)


def onward_links() -> list[tuple[str, str]]:
    """Where the reader can go from here: only pages this reader can open."""
    safety = (_("How we keep this space safe"), url_for("pages.safety"))
    if not current_user.is_authenticated:
        return [
            (_("Sign in"), url_for("accounts.sign_in")),
            (_("Apply to join"), url_for("accounts.apply")),
            safety,
        ]
    if not policy.is_member(current_user):
        return [(_("Your application"), url_for("accounts.status")), safety]
    return [
        (_("Home"), url_for("home.index")),
        (_("Search"), url_for("search.results")),
        (_("Search for members"), url_for("directory.index")),
        safety,
    ]


def _render(code: int, next_step: str | None = None) -> tuple[str, int]:
    text = MESSAGES.get(code, MESSAGES[500])
    page = render_template(
        "errors/error.html",
        code=code,
        title=_(text.title),
        happened=_(text.happened),
        next_step=_(next_step or text.next_step),
        links=onward_links(),
    )
    return page, code


def register(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def _csrf(error: CSRFError) -> tuple[str, int]:
        return _render(400, CSRF_EXPIRED)

    @app.errorhandler(HTTPException)
    def _http(error: HTTPException) -> tuple[str, int] | HTTPException:
        if error.code is None or error.code < 400:
            return error
        if error.code >= 500:
            # A failed statement may have left the transaction unusable, and the
            # page's header still reads from the database.
            db.session.rollback()
        return _render(error.code)
