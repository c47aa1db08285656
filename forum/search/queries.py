"""The search page's one query function, with a backend per database.

What the member typed is never handed to the database's query syntax: it is
parsed into words, quoted phrases and `word*` prefixes, and each becomes a
quoted FTS5 string or a websearch/prefix tsquery. Anything else is dropped, so
no input can make a query fail. Hits are joined back to posts, topics and
spaces, so visibility is always current; anonymous posts never carry a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, func, literal_column, or_, select

from forum import policy
from forum.accounts.models import User
from forum.extensions import db
from forum.search.services import ENGLISH, dialect, fts, pg_index
from forum.spaces.models import Space
from forum.threads.models import ANONYMOUS, SUMMARY_NUMBER, Post, PostState, Topic

PER_PAGE = 20
MAX_PAGES = 20
MAX_QUERY = 200  # characters read from the box
MAX_TERMS = 12
CANDIDATES = 2000  # the newest visible matches that are ranked (see search())
_START, _STOP = "\x02", "\x03"  # snippet markers, split into pieces below
_TOKEN = re.compile(r'"([^"]*)"|(\w+)(\*?)')
_WORD = re.compile(r"\w+")
_MARKED = re.compile(f"{_START}(.*?){_STOP}", re.S)


@dataclass(frozen=True)
class Term:
    text: str  # one word, or words separated by single spaces (a phrase)
    prefix: bool = False


def parse(q: str) -> list[Term]:
    """Words, "quoted phrases" and prefix* terms; everything else is ignored."""
    terms: list[Term] = []
    for match in _TOKEN.finditer(q[:MAX_QUERY]):
        quoted, word, star = match.groups()
        if quoted is not None:
            words = _WORD.findall(quoted)
            if words:
                terms.append(Term(" ".join(words)))
        else:
            terms.append(Term(word, prefix=bool(star)))
    return terms[:MAX_TERMS]


@dataclass(frozen=True)
class Criteria:
    q: str = ""
    space_id: int | None = None
    author: str = ""
    date_from: date | None = None
    date_to: date | None = None
    page: int = 1


@dataclass(frozen=True)
class Hit:
    post_id: int
    topic_id: int
    topic_title: str
    space_name: str
    author_name: str  # "Anonymous member" for anonymous posts
    created_at: datetime
    # The snippet as (text, is_match) pieces: the template escapes every piece and
    # wraps the matches in <mark>, so no HTML is ever built from user text here.
    snippet: tuple[tuple[str, bool], ...]
    is_summary: bool = False  # the topic's summary (post number 0), labelled "Summary"


@dataclass(frozen=True)
class Results:
    hits: list[Hit] = field(default_factory=list)
    total: int = 0  # capped at PER_PAGE * MAX_PAGES
    page: int = 1

    @property
    def pages(self) -> int:
        return (self.total + PER_PAGE - 1) // PER_PAGE


def visible_spaces(actor: User) -> list[Space]:
    """The spaces the member can see, in their usual order. One query."""
    spaces = db.session.scalars(select(Space).order_by(Space.position))
    return [s for s in spaces if policy.can_view_space(actor, s)]


def pieces(snippet: str) -> tuple[tuple[str, bool], ...]:
    """Split the database's marked snippet into plain and matched pieces."""
    parts: list[tuple[str, bool]] = []
    at = 0
    for match in _MARKED.finditer(snippet):
        parts += [(snippet[at : match.start()], False), (match.group(1), True)]
        at = match.end()
    parts.append((snippet[at:], False))
    return tuple((_strip(text), hit) for text, hit in parts if _strip(text))


def _strip(text: str) -> str:
    return text.replace(_START, "").replace(_STOP, "")


def _findable_authors(actor: User, name: str) -> list[int]:
    """Members with this display name whom the searcher may find. One query."""
    found = db.session.scalars(
        select(User).where(func.lower(User.display_name) == name.strip().lower())
    )
    return [u.id for u in found if policy.can_find(actor, u)]


def _fts5(terms: list[Term]) -> str:
    return " ".join(f'"{t.text}"' + ("*" if t.prefix else "") for t in terms)


def _tsquery(terms: list[Term]) -> ColumnElement[object]:
    parts: list[ColumnElement[object]] = []
    plain = [t for t in terms if not t.prefix]
    if plain:
        text = " ".join(f'"{t.text}"' for t in plain)
        parts.append(func.websearch_to_tsquery(ENGLISH, text))
    for term in terms:
        if term.prefix:
            parts.append(func.to_tsquery(ENGLISH, f"{term.text}:*"))
    query = parts[0]
    for part in parts[1:]:
        query = query.op("&&")(part)
    return query


def search(actor: User, spaces: list[Space], criteria: Criteria) -> Results:
    """One page of hits the actor may read, best first.

    Two queries (the ranked candidates, then the page's rows with snippets),
    three with an author, however many hits; `visible_spaces` is one more,
    made once by the caller.
    """
    terms = parse(criteria.q)
    page = min(max(criteria.page, 1), MAX_PAGES)
    visible = [s.id for s in spaces]
    if criteria.space_id is not None:
        visible = [i for i in visible if i == criteria.space_id]
    if not terms or not visible:
        return Results(page=page)
    conditions: list[ColumnElement[bool]] = [
        Topic.space_id.in_(visible),
        Post.state == PostState.published,
        Post.deleted_at.is_(None),
        Post.hidden_at.is_(None),
        Post.hidden_for_review.is_(False),
        Topic.state == PostState.published,
        Topic.deleted_at.is_(None),
        Topic.hidden_at.is_(None),
        Topic.merged_into_id.is_(None),
    ]
    if criteria.author.strip():
        authors = _findable_authors(actor, criteria.author)
        if not authors:
            return Results(page=page)
        conditions += [
            Post.author_id.in_(authors),
            Post.is_anonymous.is_(False),
            # A signed reply in one's own anonymous topic would point back at it.
            or_(Topic.is_anonymous.is_(False), Topic.author_id != Post.author_id),
        ]
    if criteria.date_from is not None:
        conditions.append(Post.created_at >= _utc(criteria.date_from))
    if criteria.date_to is not None:
        conditions.append(Post.created_at < _utc(criteria.date_to + timedelta(days=1)))

    # Ranking every match of a very common word costs time in proportion to the
    # archive, so the newest CANDIDATES visible matches are ranked: rare words are
    # ranked in full, and a common word brings its best recent posts first.
    if dialect() == "postgresql":
        tsq = _tsquery(terms)
        matched = pg_index.c.document.op("@@")(tsq)
        index_id = pg_index.c.post_id
        newest = (
            select(index_id.label("id"))
            .select_from(pg_index)
            .join(Post, Post.id == index_id)
            .join(Topic, Topic.id == Post.topic_id)
            .where(matched, *conditions)
            .order_by(index_id.desc())
            .limit(CANDIDATES)
        )
        ranked = select(pg_index.c.post_id, func.ts_rank(pg_index.c.document, tsq)).where(
            pg_index.c.post_id.in_(newest.scalar_subquery())
        )
        order = [func.ts_rank(pg_index.c.document, tsq).desc(), pg_index.c.post_id.desc()]
        snippet = func.ts_headline(
            ENGLISH,
            Post.body_source,
            tsq,
            f"StartSel={_START}, StopSel={_STOP}, MaxWords=35, MinWords=15, MaxFragments=2",
        )
        shown_from = select(Post.id).select_from(Post)
    else:
        matched = literal_column("post_search").op("MATCH")(_fts5(terms))
        bm25 = func.bm25(literal_column("post_search"), 10.0, 1.0)
        ranked = (
            select(fts.c.rowid, bm25)
            .select_from(fts)
            .join(Post, Post.id == fts.c.rowid)
            .join(Topic, Topic.id == Post.topic_id)
            .where(matched, *conditions)
            .order_by(fts.c.rowid.desc())  # FTS5 walks its index newest first and stops early
            .limit(CANDIDATES)
        )
        order = []
        snippet = func.snippet(literal_column("post_search"), 1, _START, _STOP, "…", 24)
        shown_from = select(Post.id).select_from(fts).join(Post, Post.id == fts.c.rowid)
    if order:
        ranked = ranked.order_by(*order)
    scored = [(int(pid), float(score)) for pid, score in db.session.execute(ranked)]
    if not order:
        scored.sort(key=lambda pair: (pair[1], -pair[0]))  # bm25: lower is better
    total = min(len(scored), PER_PAGE * MAX_PAGES)
    page_ids = [pid for pid, _ in scored[(page - 1) * PER_PAGE : page * PER_PAGE]]
    if not page_ids:
        return Results([], total, page)
    if dialect() == "postgresql":
        where = [Post.id.in_(page_ids)]
    else:  # snippet() needs the match; the rowid lets FTS5 fetch just these rows
        where = [fts.c.rowid.in_(page_ids), matched]
    rows = list(
        db.session.execute(
            shown_from.with_only_columns(
                Post.id,
                Post.topic_id,
                Topic.title,
                Space.name,
                User.display_name,
                Post.created_at,
                snippet,
                Post.number,
            )
            .join(Topic, Topic.id == Post.topic_id)
            .join(Space, Space.id == Topic.space_id)
            # No name is even loaded for an anonymous post.
            .outerjoin(User, and_(User.id == Post.author_id, Post.is_anonymous.is_(False)))
            .where(*where)
        )
    )
    position = {pid: n for n, pid in enumerate(page_ids)}
    rows.sort(key=lambda row: position[row[0]])
    hits = [
        Hit(
            pid,
            tid,
            title,
            space,
            name or ANONYMOUS,
            created,
            pieces(text or ""),
            number == SUMMARY_NUMBER,
        )
        for pid, tid, title, space, name, created, text, number in rows
    ]
    return Results(hits, total, page)


def _utc(day: date) -> datetime:
    from datetime import UTC

    return datetime.combine(day, time.min, tzinfo=UTC)
