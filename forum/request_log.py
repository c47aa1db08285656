"""One structured log line per request, and the request id that ties it to a reply.

The line is JSON: request id, method, the route's rule (never the path, the
query or the form, so no ids, search terms or post text), status, duration
in milliseconds and the member's id. A request that writes an anonymous post
carries no member id (DESIGN.md "Anonymous authors"), so the log can never
tie the post to its author. The same id goes back in `X-Request-ID`, so a
member who quotes it on the error page points an operator at the right line.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from typing import Any, TextIO, cast

from flask import Flask, Response, g, has_request_context, request
from flask.logging import wsgi_errors_stream
from sqlalchemy import event, exc, inspect
from sqlalchemy.orm import Session

log = logging.getLogger("forum.requests")
HEADER = "X-Request-ID"
# A proxy's id is kept only when it is plainly an id: nothing that could end a
# header or a log line, or pass for another field.
_GIVEN_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


def install(app: Flask) -> None:
    """Time every request and write its line once the response is final."""
    if not log.handlers:
        # stderr, or the server's error log
        handler = logging.StreamHandler(cast(TextIO, wsgi_errors_stream))
        handler.setFormatter(logging.Formatter("%(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
    if not any(isinstance(f, _HideStatementValues) for f in app.logger.filters):
        app.logger.addFilter(_HideStatementValues())
    app.before_request(_start)
    app.after_request(_finish)
    if not event.contains(Session, "before_flush", _note_anonymous_writes):
        event.listen(Session, "before_flush", _note_anonymous_writes)


def request_id() -> str:
    """This request's id: the proxy's if it sent a plain one, else a new one."""
    if "request_id" not in g:
        given = request.headers.get(HEADER, "")
        g.request_id = given if _GIVEN_ID.match(given) else uuid.uuid4().hex
    return str(g.request_id)


def _start() -> None:
    g.request_started = time.perf_counter()
    request_id()


def _finish(response: Response) -> Response:
    started = g.get("request_started", time.perf_counter())
    rule = request.url_rule
    line = {
        "request_id": request_id(),
        "method": request.method,
        "route": rule.rule if rule is not None else None,
        "status": response.status_code,
        "duration_ms": round((time.perf_counter() - started) * 1000, 1),
        "user_id": None if g.get("wrote_anonymous_post") else _member_id(),
    }
    log.info(json.dumps(line, ensure_ascii=True))
    response.headers[HEADER] = line["request_id"]
    return response


def _member_id() -> int | None:
    """The signed-in member's id, without loading anyone the request did not load."""
    user = g.get("_login_user")  # Flask-Login's cache: absent when nothing asked who it is
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    # The identity key, not `user.id`: after a failed request's rollback the object
    # is expired and reading an attribute would query the database again.
    state = inspect(user, raiseerr=False)
    if state is None or state.identity is None:
        return None
    value = state.identity[0]
    return value if isinstance(value, int) else None


def _note_anonymous_writes(session: Session, context: Any, instances: Any) -> None:
    """Mark the request when it adds or changes a post or topic written anonymously."""
    if not has_request_context() or g.get("wrote_anonymous_post"):
        return
    for item in (*session.new, *session.dirty):
        if getattr(item, "is_anonymous", False) is True:
            g.wrote_anonymous_post = True
            return


class FailedStatement(Exception):
    """A database error as logged: the statement and the first line of the reason."""


class _HideStatementValues(logging.Filter):
    """A failed statement's values are what a member wrote: the traceback keeps only the SQL.

    SQLAlchemy prints the parameters, and PostgreSQL's DETAIL repeats the row
    ("Failing row contains ..."), so the logged error is rebuilt from the
    statement and the first line of the database's reason.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):  # Flask names the path, which may hold CR or LF
            record.msg = record.msg.replace("\r", "\\r").replace("\n", "\\n")
        if not record.exc_info or record.exc_info[1] is None:
            return True
        error: BaseException | None = record.exc_info[1]
        seen: set[int] = set()
        while error is not None and id(error) not in seen:
            seen.add(id(error))
            if isinstance(error, exc.StatementError):
                reason = str(error.orig).strip().splitlines()[:1] if error.orig else []
                summary = f"{type(error.orig or error).__name__}: {' '.join(reason)}"
                scrubbed = FailedStatement(f"{summary}\n[SQL: {error.statement}]")
                record.exc_info = (FailedStatement, scrubbed, record.exc_info[2])
                record.exc_text = None
                break
            error = error.__cause__ or error.__context__
        return True
