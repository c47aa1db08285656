"""Insert-or-update of one settings row, in one statement on SQLite and PostgreSQL alike.

A member's choices (a channel per kind, a digest frequency, a watch) are keyed
by their primary key; two tabs saving at once must both succeed, the later one
winning, which a read-then-write cannot promise.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite

from forum.extensions import Base, db


def upsert(model: type[Base], keys: dict[str, Any], values: dict[str, Any]) -> None:
    """Write `values` into the row with these primary-key `keys`, creating it if needed."""
    dialect = db.session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(model).values(**keys, **values)
    db.session.execute(
        stmt.on_conflict_do_update(
            index_elements=list(keys), set_={name: stmt.excluded[name] for name in values}
        )
    )
