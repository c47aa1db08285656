"""Absolute links for mail, built from BASE_URL without a request."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from flask import current_app


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
