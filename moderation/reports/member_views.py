"""The member's side: "Report" on a post. Not a moderation page, so no two-factor gate."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user

from forum import policy
from forum.errors import DomainError
from forum.messages import queries as message_queries
from forum.threads import queries as thread_queries
from moderation.models import ReportReason
from moderation.reports import checkin_reports, message_reports, services
from moderation.reports.forms import CheckinReportForm, MessageReportForm, ReportForm

bp = Blueprint("reports", __name__)


@bp.route("/report/post/<int:post_id>", methods=["GET", "POST"])
def report_post(post_id: int) -> ResponseReturnValue:
    post = thread_queries.visible_post(current_user, post_id)
    form = ReportForm()
    if form.validate_on_submit():
        try:
            services.send_report(
                current_user, post, ReportReason(form.reason.data), form.details.data or ""
            )
        except DomainError as error:
            (getattr(form, error.field).errors if error.field else form.form_errors).append(
                error.message
            )
        else:
            flash(_("Thank you. Your report was received: a moderator will look at it."))
            if policy.can_view_post(current_user, post) and policy.can_view_topic(
                current_user, post.topic
            ):
                return redirect(url_for("threads.permalink", post_id=post.id))
            # A confidentiality-breach report hid it from the reporter too.
            return redirect(url_for("spaces.space", slug=post.topic.space.slug))
    status = 422 if form.errors else 200
    return render_template("reports/report.html", post=post, form=form), status


@bp.route("/report/message/<int:item_id>", methods=["GET", "POST"])
def report_message(item_id: int) -> ResponseReturnValue:
    """Only the people in the conversation can report a message (404 for anyone else)."""
    message = message_queries.visible_message(current_user, item_id)
    form = MessageReportForm()
    if form.validate_on_submit():
        try:
            message_reports.send_message_report(
                current_user, message.id, ReportReason(form.reason.data), form.details.data or ""
            )
        except DomainError as error:
            (getattr(form, error.field).errors if error.field else form.form_errors).append(
                error.message
            )
        else:
            flash(_("Thank you. Your report was received: a moderator will look at it."))
            return redirect(
                url_for(
                    "messages.conversation",
                    item_id=message.conversation_id,
                    _anchor=f"m{message.id}",
                )
            )
    status = 422 if form.errors else 200
    return render_template(
        "reports/report_message.html",
        message=message,
        sender_name=message_queries.author_name(message),
        form=form,
    ), status


def _report_checkin(kind: str, item_id: int) -> ResponseReturnValue:
    """A drop-in, to-do or comment: only the two people in the check-in (404 for anyone else)."""
    found = checkin_reports.reported_item(current_user, kind, item_id)
    form = CheckinReportForm()
    if form.validate_on_submit():
        try:
            checkin_reports.send_checkin_report(
                current_user, kind, item_id, ReportReason(form.reason.data), form.details.data or ""
            )
        except DomainError as error:
            (getattr(form, error.field).errors if error.field else form.form_errors).append(
                error.message
            )
        else:
            flash(_("Thank you. Your report was received: a moderator will look at it."))
            return redirect(found.back)
    status = 422 if form.errors else 200
    return render_template("checkins/report.html", found=found, kind=kind, form=form), status


@bp.route("/report/checkin/drop-in/<int:item_id>", methods=["GET", "POST"])
def report_drop_in(item_id: int) -> ResponseReturnValue:
    return _report_checkin("drop-in", item_id)


@bp.route("/report/checkin/todo/<int:item_id>", methods=["GET", "POST"])
def report_todo(item_id: int) -> ResponseReturnValue:
    return _report_checkin("todo", item_id)


@bp.route("/report/checkin/comment/<int:item_id>", methods=["GET", "POST"])
def report_comment(item_id: int) -> ResponseReturnValue:
    return _report_checkin("comment", item_id)
