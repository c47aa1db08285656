"""Form pieces shared by every feature."""

from __future__ import annotations

from typing import Any

from flask_wtf import FlaskForm


def _without_nul(value: Any) -> Any:
    """NUL never belongs in text, and PostgreSQL refuses to store it."""
    return value.replace("\x00", "") if isinstance(value, str) else value


class Form(FlaskForm):
    """Every form of the site: CSRF from Flask-WTF, NUL bytes stripped from text."""

    class Meta:
        def bind_field(self, form: Any, unbound_field: Any, options: dict[str, Any]) -> Any:
            filters = [_without_nul, *unbound_field.kwargs.get("filters", ())]
            return unbound_field.bind(form=form, **{**options, "filters": filters})


class EmptyForm(Form):
    """A POST button: nothing but the CSRF token."""
