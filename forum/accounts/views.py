"""Apply, verify, sign in and out, reset a password, follow an application."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user

from forum.accounts import password_views, services, sessions, settings_page, two_factor_views
from forum.accounts.forms import (
    AnswerForm,
    ApplyForm,
    ContentNotesForm,
    NewPasswordForm,
    ResetRequestForm,
    SignInForm,
)
from forum.accounts.models import MemberType
from forum.accounts.tokens import TokenError
from forum.errors import DomainError
from forum.extensions import limiter
from forum.forms import EmptyForm
from forum.i18n import N_
from forum.urls import safe_next

bp = Blueprint("accounts", __name__)
password_views.add_routes(bp)

SIGN_IN_FAILED = N_("That email and password do not match an account we can sign in.")
PASSWORD_CHANGED = N_(
    "Your password is changed. Any other device signed in to your account is now signed out."
)


def _email_key() -> str:
    """Rate-limit key for one address, however many machines try it."""
    return "email:" + services.normalise_email(request.form.get("email", ""))


@bp.route("/apply", methods=["GET", "POST"])
@limiter.limit("10 per hour", methods=["POST"])
def apply() -> ResponseReturnValue:
    if current_user.is_authenticated:
        return redirect(url_for("home.index"))
    form = ApplyForm()
    if form.validate_on_submit():
        data = services.ApplicationData(
            email=form.email.data or "",
            password=form.password.data or "",
            display_name=form.display_name.data or "",
            member_type=MemberType(form.member_type.data),
            organisation=form.organisation.data or "",
            job_title=form.job_title.data or "",
            region=form.region.data or "",
            country=form.country.data or "",
            registration_number=form.registration_number.data or "",
            reason=form.reason.data or "",
            invite_code=form.invite_code.data or "",
        )
        try:
            services.apply(data)
        except DomainError as error:
            getattr(form, error.field or "email").errors.append(error.message)
        else:
            return redirect(url_for("accounts.check_email"))
    status = 422 if form.is_submitted() else 200
    return render_template("accounts/apply.html", form=form), status


@bp.get("/apply/check-your-email")
def check_email() -> ResponseReturnValue:
    return render_template("accounts/check_email.html")


@bp.get("/verify/<token>")
def verify_email(token: str) -> ResponseReturnValue:
    """Show a confirm button: mail scanners that open links must not spend them."""
    try:
        services.check_verify_token(token)
    except TokenError as error:
        return render_template("accounts/link_problem.html", problem=error.problem), 400
    return render_template("accounts/verify.html", form=EmptyForm())


@bp.post("/verify/<token>")
def confirm_email(token: str) -> ResponseReturnValue:
    try:
        user = services.verify_email(token)
    except TokenError as error:
        return render_template("accounts/link_problem.html", problem=error.problem), 400
    flash(_("Thank you: your email is confirmed and your application is with the moderators."))
    if current_user.is_authenticated and current_user.id == user.id:
        return redirect(url_for("accounts.status"))
    return redirect(url_for("accounts.sign_in"))


@bp.route("/sign-in", methods=["GET", "POST"])
@limiter.limit("10 per minute;60 per hour", methods=["POST"])
@limiter.limit("10 per 15 minutes", methods=["POST"], key_func=_email_key)
def sign_in() -> ResponseReturnValue:
    if current_user.is_authenticated:
        return redirect(url_for("home.index"))
    form = SignInForm()
    if form.validate_on_submit():
        user = services.authenticate(form.email.data or "", form.password.data or "")
        if user is not None and user.has_two_factor:
            return two_factor_views.ask_for_code(user, remember=bool(form.remember.data))
        if user is not None:
            sessions.sign_in(user, remember=bool(form.remember.data))
            if not user.is_active_member:
                return redirect(url_for("accounts.status"))
            return redirect(safe_next(request.args.get("next"), url_for("home.index")))
        form.password.errors.append(_(SIGN_IN_FAILED))
    status = 422 if form.is_submitted() else 200
    return render_template("accounts/sign_in.html", form=form), status


@bp.post("/sign-out")
def sign_out() -> ResponseReturnValue:
    if EmptyForm().validate_on_submit():
        sessions.sign_out()
        flash(_("You are signed out."))
    return redirect(url_for("accounts.sign_in"))


@bp.route("/reset", methods=["GET", "POST"])
@limiter.limit("5 per hour", methods=["POST"])
def reset_request() -> ResponseReturnValue:
    form = ResetRequestForm()
    if form.validate_on_submit():
        services.request_password_reset(form.email.data or "")
        return render_template("accounts/reset_sent.html")
    status = 422 if form.is_submitted() else 200
    return render_template("accounts/reset_request.html", form=form), status


@bp.route("/reset/<token>", methods=["GET", "POST"])
def reset_password(token: str) -> ResponseReturnValue:
    try:
        services.check_reset_token(token)
    except TokenError as error:
        return render_template("accounts/link_problem.html", problem=error.problem), 400
    form = NewPasswordForm()
    if form.validate_on_submit():
        try:
            user = services.reset_password(token, form.password.data or "")
        except DomainError as error:
            form.password.errors.append(error.message)
        else:
            sessions.sign_out()  # the reset already ended every session of the account
            if user.has_two_factor:  # a reset link proves the mailbox, not the second factor
                flash(_(PASSWORD_CHANGED))
                return two_factor_views.ask_for_code(user, remember=False)
            sessions.sign_in(user, remember=False)
            flash(_(PASSWORD_CHANGED))
            if user.is_active_member:
                return redirect(url_for("home.index"))
            return redirect(url_for("accounts.status"))
    status = 422 if form.is_submitted() else 200
    return render_template("accounts/reset_password.html", form=form), status


@bp.get("/status")
def status() -> ResponseReturnValue:
    if current_user.is_active_member:
        return redirect(url_for("home.index"))
    return render_template(
        "accounts/status.html",
        user=current_user,
        answer_form=AnswerForm(),
        button=EmptyForm(),
    )


@bp.post("/status/answer")
def answer() -> ResponseReturnValue:
    form = AnswerForm()
    if form.validate_on_submit():
        try:
            services.answer_info_request(current_user, form.answer.data or "")
        except DomainError as error:
            # Usually a second answer from an old tab: the question is gone from the page.
            flash(error.message, "error")
        else:
            flash(_("Thank you: your answer is with the moderators."))
            return redirect(url_for("accounts.status"))
    return render_template(
        "accounts/status.html",
        user=current_user,
        answer_form=form,
        button=EmptyForm(),
    ), 422


@bp.post("/status/withdraw")
def withdraw() -> ResponseReturnValue:
    if EmptyForm().validate_on_submit():
        try:
            services.withdraw_application(current_user)
        except DomainError as error:
            flash(error.message)
        else:
            flash(_("Your application is withdrawn."))
    return redirect(url_for("accounts.status"))


@bp.post("/status/resend")
@limiter.limit("3 per hour")
def resend() -> ResponseReturnValue:
    if EmptyForm().validate_on_submit():
        services.resend_verification(current_user)
        flash(_("We have sent the link again. It may take a few minutes to arrive."))
    return redirect(url_for("accounts.status"))


@bp.get("/settings")
def settings() -> ResponseReturnValue:
    return render_template("accounts/settings.html", sections=settings_page.sections(current_user))


@bp.post("/settings/content-notes")
def content_notes_settings() -> ResponseReturnValue:
    form = ContentNotesForm()
    if form.validate_on_submit():
        services.set_collapse_content_notes(current_user, bool(form.collapse.data))
        flash(
            _("Topics with content notes will open collapsed.")
            if form.collapse.data
            else _("Topics with content notes will open in full.")
        )
    return redirect(url_for("accounts.settings", _anchor="content_notes"))


@bp.get("/guidelines")
def guidelines() -> ResponseReturnValue:
    return render_template("accounts/guidelines.html")
