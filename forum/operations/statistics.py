"""Keep the query planner's statistics current, so long lists stay on their indexes.

SQLite plans without statistics until `ANALYZE` has run, and then guesses: on a
site with 20,000 topics it read the home page's "Latest" list through the
per-space index and sorted every topic (90 ms) instead of walking the
latest-activity index (under 1 ms). `ANALYZE` with an analysis limit samples
each index rather than reading it all, so it costs milliseconds and can run
with every `flask jobs run`. PostgreSQL's autovacuum already does this.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text

from forum.extensions import db

# Rows sampled per index: enough for the planner to tell a selective index from
# one that is not, at a cost that does not grow with the site.
ANALYSIS_LIMIT = 1000


def refresh(as_of: datetime | None = None) -> str:
    """Gather fresh statistics where the database does not do it for itself."""
    if db.engine.dialect.name != "sqlite":
        return "left to PostgreSQL's autovacuum"
    db.session.execute(text(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}"))
    db.session.execute(text("ANALYZE"))
    db.session.commit()
    return "statistics gathered"


def analyze_all() -> None:
    """After a bulk load, on either database (PostgreSQL's autovacuum would take a while)."""
    if db.engine.dialect.name == "sqlite":
        refresh()
        return
    db.session.execute(text("ANALYZE"))
    db.session.commit()
