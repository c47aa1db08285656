"""The composer's autocomplete for mentions (JavaScript only; typing a name works without it)."""

from __future__ import annotations

from flask import Blueprint, request
from flask.typing import ResponseReturnValue
from flask_login import current_user

from forum import policy
from forum.extensions import limiter
from forum.mentions import queries

bp = Blueprint("mentions", __name__)


def _member_key() -> str:
    return f"user:{current_user.get_id()}"


@bp.get("/mentions/suggest")
@limiter.limit("120 per minute", key_func=_member_key)
def suggest() -> ResponseReturnValue:
    """Names for "@ro…": JSON, members only (the gate sends everyone else away)."""
    policy.require(policy.is_member(current_user))
    found = queries.suggestions(current_user, request.args.get("q", ""))
    return {"members": [{"id": s.id, "name": s.name, "hint": s.hint} for s in found]}
