""""My manager" and the managers' (and moderators') "Overdue" pages."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("checkin_managers", __name__)
