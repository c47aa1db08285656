"""Pages and buttons for watching."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("watching", __name__)
