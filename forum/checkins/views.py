"""The check-in pages: the list, one check-in, drop-ins, to-dos."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("checkins", __name__)
