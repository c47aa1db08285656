"""Queries per request, counted in a separate pass through Flask's test client.

The served site stays exactly as production runs it (no counting hook, no
header); here the same app, on the same data, with the same members' cookies,
answers the same requests once more while an engine listener counts statements.
"""

from __future__ import annotations

import re
import statistics
from typing import Any

from flask import Flask
from sqlalchemy import event

from tools.bench.wrk import USER_AGENT, Case

STATEMENT = re.compile(r"\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b", re.I)


def count(
    app: Flask, pages: dict[str, tuple[list[Case], int]], per_page: int = 10
) -> dict[str, float]:
    """The mean number of statements per request for each page's first requests."""
    from forum.extensions import db

    with app.app_context():
        engine = db.engine
    seen: list[str] = []

    def before(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if STATEMENT.match(statement):
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", before)
    client = app.test_client()
    results: dict[str, float] = {}
    try:
        for key, (cases, expect_status) in pages.items():
            counts = []
            for case in cases[:per_page]:
                name, _, value = case.cookie.partition("=")
                client.set_cookie(name, value)
                seen.clear()
                response = client.open(
                    case.path,
                    method=case.method,
                    data=case.body,
                    content_type="application/x-www-form-urlencoded" if case.body else None,
                    headers={"User-Agent": USER_AGENT},
                )
                if response.status_code != expect_status:
                    raise SystemExit(f"counting {key}: {case.path} answered {response.status}")
                counts.append(len(seen))
            results[key] = statistics.mean(counts)
    finally:
        event.remove(engine, "before_cursor_execute", before)
    return results
