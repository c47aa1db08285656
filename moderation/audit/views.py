"""The audit log page and its CSV export. Only GET routes: nothing here changes a row."""

from __future__ import annotations

from flask import Blueprint, Response, render_template, request, stream_with_context
from flask.typing import ResponseReturnValue
from flask_login import current_user

from forum import policy
from forum.extensions import utcnow
from moderation.audit import export, queries
from moderation.audit.forms import AuditFilterForm

bp = Blueprint("moderation_audit", __name__, url_prefix="/moderation/audit")


def _filter_form() -> AuditFilterForm:
    policy.require(policy.can_read_audit_log(current_user))  # before reading any input
    return AuditFilterForm(request.args)


@bp.get("")
def index() -> ResponseReturnValue:
    form = _filter_form()
    if not form.validate():
        return render_template("moderation/audit_log.html", form=form, page=None, args={}), 422
    audit_filter = form.to_filter()
    before = request.args.get("before", type=int)
    page = queries.audit_page(current_user, audit_filter, before=before)
    return render_template(
        "moderation/audit_log.html",
        form=form,
        page=page,
        args=audit_filter.as_args(),
        is_first_page=before is None,
    )


@bp.get("/export.csv")
def export_csv() -> ResponseReturnValue:
    form = _filter_form()
    if not form.validate():
        return render_template("moderation/audit_log.html", form=form, page=None, args={}), 422
    rows = queries.export_rows(current_user, form.to_filter())
    filename = f"audit-log-{utcnow():%Y-%m-%d}.csv"
    return Response(
        stream_with_context(export.csv_lines(rows)),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
