"""Absolute links for mail, built from BASE_URL without a request."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from flask import current_app, g, url_for


def absolute_url(endpoint: str, **values: Any) -> str:
    """A link a member can click from their inbox, e.g. https://forum.example/verify/…"""
    base = urlsplit(current_app.config["BASE_URL"])
    adapter = current_app.url_map.bind(
        base.netloc, script_name=base.path or "/", url_scheme=base.scheme or "http"
    )
    return adapter.build(endpoint, values, force_external=True)


def path_for(endpoint: str, **values: Any) -> str:
    """A site-relative link (e.g. for a notification), built without a request."""
    return current_app.url_map.bind("localhost").build(endpoint, values)


def safe_next(target: str | None, default: str = "/") -> str:
    """A same-site path to go to after sign-in; anything else falls back to default.

    Only a path with a single leading slash: never `//host` or `/\\host`, which
    browsers treat as another site.
    """
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return default
    if any(ch in target for ch in "\r\n\t\\") or urlsplit(target).netloc:
        return default
    return target


_SENTINEL = 987654321987  # stands in for the one value that changes; never a real id


def url_for_each(endpoint: str, key: str, value: int, **fixed: Any) -> str:
    """`url_for(endpoint, key=value, **fixed)` for pages that link many rows the same way.

    A topic page links each of its posts half a dozen times, and werkzeug's
    URL building was the largest single cost of rendering it. These addresses
    differ only in one integer, so each is built once per request with a
    stand-in and the stand-in replaced (an int renders as its digits alone).
    """
    cache: dict[tuple[Any, ...], str] = g.setdefault("_url_patterns", {})
    cache_key = (endpoint, key, tuple(sorted(fixed.items())))
    pattern = cache.get(cache_key)
    if pattern is None:
        values: dict[str, Any] = {key: _SENTINEL, **fixed}
        pattern = cache[cache_key] = url_for(endpoint, **values)
    return pattern.replace(str(_SENTINEL), str(int(value)))
