"""Form pieces shared by every feature."""

from __future__ import annotations

from flask_wtf import FlaskForm


class EmptyForm(FlaskForm):
    """A POST button: nothing but the CSRF token."""
