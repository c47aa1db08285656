"""The migrations alone build exactly the schema the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select

from forum.extensions import db
from forum.search.services import include_name
from forum.spaces.models import Space


def test_upgrade_on_an_empty_database_matches_the_models(app):
    """conftest built this database with `flask db upgrade` only, never create_all."""
    connection = db.session.connection()
    context = MigrationContext.configure(
        connection,
        opts={"compare_type": True, "render_as_batch": True, "include_name": include_name},
    )
    differences = compare_metadata(context, db.metadata)
    assert differences == []


def test_every_model_table_exists_with_its_indexes(app):
    inspector = inspect(db.session.connection())
    tables = set(inspector.get_table_names())
    assert set(db.metadata.tables) <= tables
    assert "alembic_version" in tables
    topic_indexes = {ix["name"] for ix in inspector.get_indexes("topics")}
    assert "ix_topics_space_listing" in topic_indexes


def test_a_fresh_install_has_the_spaces_from_the_design(app):
    spaces = {s.name: s for s in db.session.scalars(select(Space).order_by(Space.position))}
    assert list(spaces) == [
        "Welcome & introductions",
        "Good practice",
        "Case discussion (anonymised)",
        "Care leavers' lounge",
        "Reconnect",
        "Courses, events & services",
        "Off-topic & wellbeing",
        "Moderators' room",
    ]
    case = spaces["Case discussion (anonymised)"]
    assert case.is_strict
    assert case.allows_anonymous
    assert spaces["Care leavers' lounge"].allows_anonymous
    assert not spaces["Good practice"].allows_anonymous
