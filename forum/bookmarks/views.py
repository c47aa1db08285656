"""Pages and buttons for bookmarks."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("bookmarks", __name__)
