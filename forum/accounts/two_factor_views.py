"""Two-factor pages: set it up, turn it off, new recovery codes, and the code step of sign-in.

Signing in with two-factor is two requests. The password step keeps only the
account id and session version in the session (`PENDING`); nobody is signed in
until the code step accepts a code.
"""

from __future__ import annotations

import time
from typing import Any

from flask import (
    Blueprint,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_limiter.util import get_remote_address
from flask_login import current_user
from werkzeug.wrappers import Response

from forum import policy
from forum.accounts import sessions, two_factor
from forum.accounts.forms import CodeForm, SetUpCodeForm
from forum.accounts.models import User
from forum.errors import DomainError
from forum.extensions import limiter
from forum.forms import EmptyForm
from forum.urls import safe_next

bp = Blueprint("two_factor", __name__)

PENDING = "two_factor_pending"
PENDING_FOR = 10 * 60  # seconds a checked password waits for its code
# Recovery codes travel to the one page that shows them in the (signed, HttpOnly)
# session cookie, so the POST can redirect; that page removes them at once.
CODES_TO_SHOW = "recovery_codes_to_show"
CODE_LIMIT = "5 per minute;20 per hour"


def ask_for_code(user: User, remember: bool) -> Response:
    """After a correct password: remember who it was, and ask for the code."""
    session[PENDING] = {
        "who": {"user_id": user.id, "session_version": user.session_version},
        "remember": remember,
        "at": int(time.time()),
    }
    return redirect(url_for("two_factor.sign_in_code", next=request.args.get("next")))


def _pending() -> dict[str, Any] | None:
    pending = session.get(PENDING)
    if not isinstance(pending, dict) or time.time() - pending.get("at", 0) > PENDING_FOR:
        return None
    return pending


def _pending_user_key() -> str:
    """Rate-limit key: the account being signed in to, from whichever machine."""
    pending = _pending()
    if pending is None:
        return "two-factor-ip:" + get_remote_address()
    return f"two-factor-user:{pending['who']['user_id']}"


@bp.route("/sign-in/code", methods=["GET", "POST"])
@limiter.limit(CODE_LIMIT, methods=["POST"])
@limiter.limit(CODE_LIMIT, methods=["POST"], key_func=_pending_user_key)
def sign_in_code() -> ResponseReturnValue:
    if current_user.is_authenticated:
        return redirect(url_for("home.index"))
    pending = _pending()
    user = None if pending is None else two_factor.user_awaiting_code(**pending["who"])
    if pending is None or user is None:
        session.pop(PENDING, None)
        flash(_("Please sign in again."))
        return redirect(url_for("accounts.sign_in"))
    form = CodeForm()
    if form.validate_on_submit():
        outcome = two_factor.check_code(user, form.code.data or "")
        if outcome is not two_factor.CodeCheck.refused:
            sessions.sign_in(user, remember=bool(pending["remember"]))  # PENDING goes too
            if outcome is two_factor.CodeCheck.recovery_code:
                left = two_factor.recovery_codes_left(user)
                flash(
                    _(
                        "You signed in with a recovery code. You have %(left)d left: "
                        "make new ones in Settings if you are running low.",
                        left=left,
                    )
                )
            if not user.is_active_member:
                return redirect(url_for("accounts.status"))
            return redirect(safe_next(request.args.get("next"), url_for("home.index")))
        form.code.errors.append(_(two_factor.WRONG_CODE))
    status = 422 if form.is_submitted() else 200
    return render_template("accounts/sign_in_code.html", form=form), status


@bp.get("/account/two-factor/set-up")
def set_up() -> ResponseReturnValue:
    if current_user.has_two_factor:
        flash(_("Two-factor is already on."))
        return redirect(url_for("accounts.settings"))
    return _set_up_page(SetUpCodeForm())


def _set_up_page(form: SetUpCodeForm) -> str:
    qr_code = secret = None
    if current_user.totp_secret is not None:
        uri = two_factor.provisioning_uri(current_user, current_app.config["SITE_NAME"])
        qr_code = two_factor.qr_code_data_uri(uri)
        secret = two_factor.grouped(current_user.totp_secret)
    return render_template(
        "accounts/two_factor_set_up.html", form=form, qr_code=qr_code, secret=secret
    )


@bp.post("/account/two-factor/start")
def start() -> ResponseReturnValue:
    if EmptyForm().validate_on_submit():
        try:
            two_factor.start_two_factor(current_user)
        except DomainError as error:
            flash(error.message)
            return redirect(url_for("accounts.settings"))
    return redirect(url_for("two_factor.set_up"))


@bp.post("/account/two-factor/set-up")
def turn_on() -> ResponseReturnValue:
    form = SetUpCodeForm()
    if form.validate_on_submit():
        try:
            codes = two_factor.turn_on_two_factor(current_user, form.code.data or "")
        except DomainError as error:
            if error.field is None:
                flash(error.message)
                return redirect(url_for("accounts.settings"))
            form.code.errors.append(error.message)
        else:
            session[CODES_TO_SHOW] = codes
            flash(_("Two-factor is on."))
            return redirect(url_for("two_factor.recovery_codes"))
    return _set_up_page(form), 422


@bp.get("/account/two-factor/recovery-codes")
def recovery_codes() -> ResponseReturnValue:
    """Shows new codes once; after that only their hashes exist."""
    codes = session.pop(CODES_TO_SHOW, None)
    return render_template("accounts/two_factor_recovery_codes.html", codes=codes)


@bp.route("/account/two-factor/recovery-codes/new", methods=["GET", "POST"])
def new_recovery_codes() -> ResponseReturnValue:
    if not current_user.has_two_factor:
        return redirect(url_for("two_factor.set_up"))
    form = CodeForm()
    if form.validate_on_submit():
        try:
            codes = two_factor.new_recovery_codes(current_user, form.code.data or "")
        except DomainError as error:
            form.code.errors.append(error.message)
        else:
            session[CODES_TO_SHOW] = codes
            return redirect(url_for("two_factor.recovery_codes"))
    status = 422 if form.is_submitted() else 200
    return render_template("accounts/two_factor_new_codes.html", form=form), status


@bp.route("/account/two-factor/turn-off", methods=["GET", "POST"])
def turn_off() -> ResponseReturnValue:
    policy.require(policy.can_turn_off_two_factor(current_user), hide=False)
    if not current_user.has_two_factor:
        return redirect(url_for("accounts.settings"))
    form = CodeForm()
    if form.validate_on_submit():
        try:
            two_factor.turn_off_two_factor(current_user, form.code.data or "")
        except DomainError as error:
            form.code.errors.append(error.message)
        else:
            flash(_("Two-factor is off."))
            return redirect(url_for("accounts.settings"))
    status = 422 if form.is_submitted() else 200
    return render_template("accounts/two_factor_turn_off.html", form=form), status
