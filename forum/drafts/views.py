"""Saving a draft as the member types (JavaScript), and "Discard draft"."""

from __future__ import annotations

from flask import Blueprint, Flask, flash, redirect, request
from flask.blueprints import BlueprintSetupState
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.wrappers import Response

from forum.drafts import data_rights, places, services
from forum.drafts.forms import DraftForm
from forum.errors import NotVisible
from forum.extensions import limiter
from forum.forms import EmptyForm
from forum.privacy import export
from forum.urls import safe_next

bp = Blueprint("drafts", __name__)


@bp.record_once
def _add_to_the_export(state: BlueprintSetupState) -> None:
    """Registered with the blueprint, so forum/__init__.py needs no line for it."""
    assert isinstance(state.app, Flask)
    export.register_part(state.app, data_rights.export_part)


def _member_key() -> str:
    return f"user:{current_user.get_id()}"


@bp.post("/drafts/<place>")
@limiter.limit("30 per minute", key_func=_member_key)
def save(place: str) -> ResponseReturnValue:
    """JSON {"title", "body"} from drafts.js; 404 where the member may not write."""
    places.require_writable(current_user, place)
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        return {"error": _("Send the draft as JSON.")}, 400
    form = DraftForm(
        formdata=None,
        data={name: str(data.get(name) or "") for name in ("title", "body")},
    )
    if not form.validate():
        return {"error": _("This draft is too long to keep.")}, 400
    saved_at = services.save_draft(current_user, place, form.title.data or "", form.body.data or "")
    return {"saved_at": saved_at.isoformat(timespec="seconds") if saved_at else None}


@bp.post("/drafts/<place>/discard")
def discard(place: str) -> Response:
    """ "Discard draft": only ever the member's own; 404 when there is none."""
    places.parse(place)
    if EmptyForm().validate_on_submit():
        if not services.discard_draft(current_user, place):
            raise NotVisible()
        flash(_("Your draft is discarded."))
    return redirect(safe_next(request.args.get("next")))
