"""The `statistics` job keeps SQLite's query planner informed, so long lists stay on
their indexes (PostgreSQL's autovacuum does this for itself)."""

from __future__ import annotations

from sqlalchemy import text

from forum.extensions import db
from tests.factories import make_topic, make_user, sign_in


def test_the_statistics_job_runs_on_either_database(app, runner):
    make_topic(make_user(), replies=2)
    db.session.commit()
    result = runner.invoke(args=["jobs", "run", "--only", "statistics"])
    assert result.exit_code == 0, result.output
    if db.engine.dialect.name == "sqlite":
        assert "statistics: statistics gathered" in result.output
        tables = {row[0] for row in db.session.execute(text("SELECT tbl FROM sqlite_stat1"))}
        assert {"topics", "posts"} <= tables
    else:
        assert "statistics: left to PostgreSQL's autovacuum" in result.output
    again = runner.invoke(args=["jobs", "run", "--only", "statistics"])
    assert again.exit_code == 0  # safe to run twice


def test_with_statistics_latest_topics_walk_the_activity_index(app, client, runner, queries):
    if db.engine.dialect.name != "sqlite":
        return  # PostgreSQL plans from autovacuum's statistics
    author = make_user()
    for n in range(400):  # enough that sorting every topic would be the slow plan
        make_topic(author, slug=("welcome", "good-practice")[n % 2])
    reader = make_user()
    db.session.commit()
    result = runner.invoke(args=["jobs", "run", "--only", "statistics"])
    assert result.exit_code == 0, result.output

    sign_in(client, reader)
    captured: list[tuple[str, dict]] = []
    from sqlalchemy import event

    def keep(conn, cursor, statement, parameters, context, executemany):
        if "ORDER BY topics.last_post_at DESC" in statement:
            captured.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        assert client.get("/").status_code == 200
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    assert captured, "the home page lists the latest topics"
    statement, parameters = captured[0]
    plan = (
        db.session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
    )
    described = " | ".join(str(row[-1]) for row in plan)
    assert "ix_topics_latest" in described, described
    assert "TEMP B-TREE" not in described, described
