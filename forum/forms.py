"""Form pieces shared by every feature."""

from __future__ import annotations

import re
from typing import Any

from flask import request
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from flask_wtf.form import _Auto  # the "read the request" default
from werkzeug.datastructures import CombinedMultiDict

# NUL never belongs in text and PostgreSQL refuses to store it; a lone surrogate
# cannot be encoded as UTF-8, so the page showing it back would fail.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _storable(value: Any) -> Any:
    return _UNSTORABLE.sub("", value) if isinstance(value, str) else value


class Form(FlaskForm):
    """Every form of the site: CSRF from Flask-WTF, text cleaned of what cannot be stored.

    Fields read the HTML form body only: a JSON body or stray file parts are
    ignored rather than poured into text fields (files only reach a form that
    has a file field).
    """

    class Meta:
        def bind_field(self, form: Any, unbound_field: Any, options: dict[str, Any]) -> Any:
            filters = [_storable, *unbound_field.kwargs.get("filters", ())]
            return unbound_field.bind(form=form, **{**options, "filters": filters})

        def wrap_formdata(self, form: Any, formdata: Any) -> Any:
            if formdata is not _Auto:
                return formdata  # given explicitly, e.g. formdata=None for a blank form
            if request.method not in {"POST", "PUT", "PATCH", "DELETE"}:
                return None
            if request.files and any(isinstance(f, FileField) for f in form):
                return CombinedMultiDict((request.files, request.form))
            return request.form


class EmptyForm(Form):
    """A POST button: nothing but the CSRF token."""
