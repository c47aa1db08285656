"""Pages and buttons for summaries."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("summaries", __name__)
