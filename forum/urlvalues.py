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
from werkzeug.routing import IntegerConverter, UnicodeConverter
from werkzeug.utils import cached_property

MAX_LENGTH = 500  # longer than any slug, token, cursor or `next` path the site makes
MAX_INT = 2**31 - 1  # PostgreSQL's `integer`; larger ids cannot exist
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


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
    """The site's request: `args` holds cleaned values only."""

    @cached_property
    def args(self) -> QueryArgs:
        raw = super().args
        return QueryArgs([(clean(k), clean(v)) for k, v in raw.items(multi=True)])


def install(app: Flask) -> None:
    """Use the cleaning request and converters; call before any route is added."""
    app.request_class = CleanRequest
    app.url_map.converters.update(default=PathText, string=PathText, int=PathInt)
