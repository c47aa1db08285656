"""Links to moderation pages that other parts of the toolkit may or may not provide yet.

A link is offered only when the site really answers that path, so a page never
points at a 404 while a feature is still being built.
"""

from __future__ import annotations

from flask import current_app, request
from werkzeug.exceptions import HTTPException
from werkzeug.routing import RequestRedirect


def routed_path(path: str) -> str | None:
    """The path (under the site's root) when a GET route serves it, else None."""
    adapter = current_app.url_map.bind("localhost")
    try:
        adapter.match(path, method="GET")
    except RequestRedirect:  # e.g. a trailing slash the route adds: still served
        pass
    except HTTPException:
        return None
    return request.script_root + path
