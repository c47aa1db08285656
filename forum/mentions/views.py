"""Pages and buttons for mentions."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("mentions", __name__)
