"""Search index: FTS5 on SQLite, a weighted tsvector with a GIN index on PostgreSQL

Neither table is a model: migrations/env.py tells Alembic to leave them alone.
Every existing post is indexed; visibility is decided at query time.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 20:20:00.000000

"""
from alembic import op

# revision identifiers, used by Alembic.
revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

TITLE = "CASE WHEN p.number = 1 THEN t.title ELSE '' END"


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE TABLE search_index ("
            " post_id INTEGER PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,"
            " document TSVECTOR NOT NULL)"
        )
        op.execute("CREATE INDEX ix_search_index_document ON search_index USING gin (document)")
        op.execute(
            "INSERT INTO search_index (post_id, document)"
            f" SELECT p.id, setweight(to_tsvector('english', {TITLE}), 'A')"
            " || setweight(to_tsvector('english', p.body_source), 'D')"
            " FROM posts p JOIN topics t ON t.id = p.topic_id"
        )
    else:
        op.execute(
            "CREATE VIRTUAL TABLE post_search USING fts5("
            "title, body, tokenize = 'porter unicode61 remove_diacritics 2')"
        )
        op.execute(
            "INSERT INTO post_search (rowid, title, body)"
            f" SELECT p.id, {TITLE}, p.body_source FROM posts p JOIN topics t ON t.id = p.topic_id"
        )


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE search_index")
    else:
        op.execute("DROP TABLE post_search")
