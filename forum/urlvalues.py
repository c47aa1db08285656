"""Values from the URL path and query string, cleaned before any view sees them.

Form fields are cleaned by `forum.forms.Form`; these never pass through a form,
so the same rules are applied here, once, for every route: no NUL or other
control characters (PostgreSQL refuses NUL in text), a bounded length, and
integers that fit the database's integer columns.
"""

from __future__ import annotations

import re
from typing import Any

from flask import Flask, Request
from werkzeug.datastructures import ImmutableMultiDict
from werkzeug.exceptions import BadRequest
from werkzeug.routing import IntegerConverter, UnicodeConverter
from werkzeug.utils import cached_property

MAX_LENGTH = 500  # longer than any slug, token, cursor or `next` path the site makes
MAX_INT = 2**31 - 1  # PostgreSQL's `integer`; larger ids cannot exist
_CONTROL = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")
_RAW_BYTE = re.compile(r"[^\x00-\x7f]")


def clean(value: str) -> str:
    """A query value without control characters, cut to a bounded length."""
    return _CONTROL.sub("", value)[:MAX_LENGTH]


class PathText(UnicodeConverter):
    """`<slug>`, `<token>`: a segment with a control character matches no route (404)."""

    def __init__(
        self,
        map: Any,
        minlength: int = 1,
        maxlength: int | None = None,
        length: int | None = None,
    ) -> None:
        super().__init__(map, minlength, maxlength or MAX_LENGTH, length)
        self.regex = self.regex.replace("[^/]", r"[^/\x00-\x1f\x7f]")


class PathInt(IntegerConverter):
    """`<int:id>`: a number too large to be an id matches no route (404)."""

    def __init__(self, map: Any, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max", MAX_INT)
        super().__init__(map, *args, **kwargs)


class QueryArgs(ImmutableMultiDict[str, str]):
    """Query values, cleaned; `get(..., type=int)` answers the default when out of range."""

    def get(self, key: str, default: Any = None, type: Any = None) -> Any:  # type: ignore[override]
        value = super().get(key, default, type)
        if type is int and isinstance(value, int) and not -MAX_INT <= value <= MAX_INT:
            return default
        return value


class CleanRequest(Request):
    """The site's request: `args` holds cleaned values only.

    Raw bytes beyond ASCII in the query string (browsers percent-encode, other
    clients may not) are percent-encoded first, so decoding it never fails.
    """

    def __init__(self, environ: dict[str, Any], *args: Any, **kwargs: Any) -> None:
        query = environ.get("QUERY_STRING", "")
        if not query.isascii():  # WSGI gives the raw bytes as latin-1 characters
            environ["QUERY_STRING"] = _RAW_BYTE.sub(lambda m: f"%{ord(m[0]):02X}", query)
        super().__init__(environ, *args, **kwargs)

    def get_json(self, force: bool = False, silent: bool = False, cache: bool = True) -> Any:
        """As Flask's, but JSON nested too deep to parse is bad input, not a crash."""
        try:
            return super().get_json(force=force, silent=silent, cache=cache)
        except RecursionError:
            if silent:
                return None
            raise BadRequest("The JSON body is nested too deeply.") from None

    @cached_property
    def args(self) -> QueryArgs:
        raw = super().args
        return QueryArgs([(clean(k), clean(v)) for k, v in raw.items(multi=True)])


def install(app: Flask) -> None:
    """Use the cleaning request and converters; call before any route is added."""
    app.request_class = CleanRequest
    app.url_map.converters.update(default=PathText, string=PathText, int=PathInt)
