"""Keeping the search index in step with the posts, in the caller's transaction.

The index holds only what matching needs: a post's id, the topic title (opening
posts only) and the body source. Never an author. Who may see a hit (space,
state, hidden, deleted) is decided at query time by joining back to the posts,
so only a change of text needs the index: `index_post` after a create or edit,
`index_posts` for bulk changes (erasure, reindex). Nothing here commits except
`reindex`, the operator's command.

SQLite uses an FTS5 table `post_search` (rowid = post id); PostgreSQL a table
`search_index` with a weighted tsvector and a GIN index. Both are made by
migration 0006 and are not models: Alembic is told to ignore them.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    case,
    column,
    delete,
    func,
    insert,
    literal_column,
    select,
    table,
)
from sqlalchemy.dialects import postgresql

from forum.extensions import db
from forum.threads.models import Post, Topic

FTS_TABLE = "post_search"  # SQLite; FTS5 adds shadow tables post_search_*
PG_TABLE = "search_index"
ENGLISH: ColumnElement[str] = literal_column("'english'")

fts = table(FTS_TABLE, column("rowid", Integer), column("title", String), column("body", String))
pg_index = table(PG_TABLE, column("post_id", Integer), column("document"))


def is_search_table(name: str | None) -> bool:
    """The index's own tables, which no model describes."""
    return name is not None and (name in (FTS_TABLE, PG_TABLE) or name.startswith(f"{FTS_TABLE}_"))


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic's filter: compare everything but the search tables."""
    return not (type_ == "table" and is_search_table(name))


def dialect() -> str:
    return db.session.get_bind().dialect.name


def _title() -> ColumnElement[str]:
    return case((Post.number == 1, Topic.title), else_="")


def index_posts(where: ColumnElement[bool]) -> None:
    """(Re)index the posts matching `where` from their current text (no commit)."""
    source = select(Post.id, _title(), Post.body_source).join(Topic, Topic.id == Post.topic_id)
    source = source.where(where)
    if dialect() == "postgresql":
        document = func.setweight(func.to_tsvector(ENGLISH, _title()), literal_column("'A'")).op(
            "||"
        )(func.setweight(func.to_tsvector(ENGLISH, Post.body_source), literal_column("'D'")))
        rows = select(Post.id, document).join(Topic, Topic.id == Post.topic_id).where(where)
        upsert = postgresql.insert(pg_index).from_select(["post_id", "document"], rows)
        db.session.execute(
            upsert.on_conflict_do_update(
                index_elements=["post_id"], set_={"document": upsert.excluded.document}
            )
        )
        return
    ids = select(Post.id).join(Topic, Topic.id == Post.topic_id).where(where)
    db.session.execute(delete(fts).where(fts.c.rowid.in_(ids)))
    db.session.execute(insert(fts).from_select(["rowid", "title", "body"], source))


def index_post(post: Post) -> None:
    """Index one post as it now reads (after a create or an edit; no commit)."""
    db.session.flush()
    index_posts(Post.id == post.id)


def unindex_post(post_id: int) -> None:
    """Drop a post from the index (only needed if its row goes; no commit)."""
    if dialect() == "postgresql":
        db.session.execute(delete(pg_index).where(pg_index.c.post_id == post_id))
    else:
        db.session.execute(delete(fts).where(fts.c.rowid == post_id))


def count_posts() -> int:
    return int(db.session.scalar(select(func.count(Post.id))) or 0)


def reindex(batch: int = 2000, progress: Callable[[int], object] | None = None) -> int:
    """Rebuild the whole index in one transaction; returns the posts indexed."""
    if dialect() == "postgresql":
        db.session.execute(delete(pg_index))
    else:
        db.session.execute(delete(fts))
    done = 0
    last = 0
    while True:
        ids = list(
            db.session.scalars(select(Post.id).where(Post.id > last).order_by(Post.id).limit(batch))
        )
        if not ids:
            break
        index_posts(Post.id.between(ids[0], ids[-1]))
        last = ids[-1]
        done += len(ids)
        if progress is not None:
            progress(len(ids))
    db.session.commit()
    return done
