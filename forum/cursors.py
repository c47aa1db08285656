"""Keys for pagination by keys: "the next page starts after this (time, id)".

Lists ordered by a time and then an id (space pages, the home page, events)
share one shape of cursor, so a hand-edited or stale one is refused the same
way everywhere: it reads as "no cursor", the first page.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, or_

from forum.urlvalues import MAX_INT

CURSOR_TIME = "%Y%m%dT%H%M%S.%f"


def time_id(stamp: datetime, row_id: int) -> str:
    return f"{stamp.astimezone(UTC).strftime(CURSOR_TIME)}_{row_id}"


def parse_time_id(cursor: str | None) -> tuple[datetime, int] | None:
    """The (time, id) a cursor names, or None for anything else."""
    if not cursor:
        return None
    try:
        stamp, row_id = cursor.split("_")
        after = datetime.strptime(stamp, CURSOR_TIME).replace(tzinfo=UTC), int(row_id)
    except ValueError:
        return None
    return after if 0 < after[1] <= MAX_INT else None


def beyond(
    stamp_column: Any, id_column: Any, stamp: datetime, row_id: int, *, newest_first: bool = True
) -> ColumnElement[bool]:
    """The rows that come after (stamp, row_id) in a list ordered by (time, id)."""
    if newest_first:
        return or_(stamp_column < stamp, and_(stamp_column == stamp, id_column < row_id))
    return or_(stamp_column > stamp, and_(stamp_column == stamp, id_column > row_id))
