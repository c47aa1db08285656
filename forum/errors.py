"""Domain errors; the HTTP ones reuse werkzeug's so views need no handlers."""

from __future__ import annotations

from werkzeug.exceptions import Forbidden, NotFound


class NotAllowed(Forbidden):
    """The actor may know the thing exists but may not do this to it."""


class NotVisible(NotFound):
    """The actor may not know the thing exists: answered exactly like a 404."""


class DomainError(Exception):
    """A rule was broken; `field` names the form field the message belongs to."""

    def __init__(self, field: str | None, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message
