"""Pages and buttons for drafts."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("drafts", __name__)
