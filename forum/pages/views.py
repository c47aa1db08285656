"""Pages an applicant reads before joining; public, so listed in forum/gate.py."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask.typing import ResponseReturnValue

bp = Blueprint("pages", __name__)


@bp.get("/safety")
def safety() -> ResponseReturnValue:
    """What the forum does to keep confidences: the same page signed in or out."""
    return render_template("pages/safety.html")
