"""What the connection pages and the profile's buttons show, each in a fixed number of queries.

Whatever a member sees of their own requests must read the same whether the
other side has answered "Decline", never answered, or blocked them: so a sent
request is listed as "Request sent" while it is pending *or* declined, until a
newer request between the two replaces it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, and_, case, exists, literal, or_, select
from sqlalchemy.orm import aliased

from forum.accounts.models import User
from forum.extensions import db
from forum.people.models import Block, Connection, ConnectionState
from forum.people.relations import pair

CONNECTIONS_PER_PAGE = 50
REQUESTS_SHOWN = 100  # requests waiting either way; each asker has one at most

SENT_STATES = (ConnectionState.pending, ConnectionState.declined)


@dataclass(frozen=True)
class Relation:
    """How the viewer stands to a member: the pair's latest request, and the viewer's block."""

    viewer_id: int
    member_id: int
    latest: Connection | None  # the newest request between the two, in any state
    i_blocked: bool

    @property
    def is_self(self) -> bool:
        return self.viewer_id == self.member_id

    @property
    def connected(self) -> bool:
        return self.latest is not None and self.latest.state is ConnectionState.accepted

    @property
    def request_received(self) -> Connection | None:
        """Their request waiting for the viewer's "Accept" or "Decline"."""
        latest = self.latest
        if latest is None or latest.state is not ConnectionState.pending:
            return None
        return latest if latest.recipient_id == self.viewer_id else None

    @property
    def request_sent(self) -> bool:
        """The viewer asked and has not been accepted: a decline reads the same (it is silent)."""
        latest = self.latest
        return (
            latest is not None
            and latest.requester_id == self.viewer_id
            and latest.state in SENT_STATES
        )


def relation(viewer: User, member: User) -> Relation:
    """One query, whatever the pair's history: the latest request and whether the viewer blocked."""
    low, high = pair(viewer.id, member.id)
    latest_id = (
        select(Connection.id)
        .where(Connection.low_id == low, Connection.high_id == high)
        .order_by(Connection.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    i_blocked = exists().where(Block.blocker_id == viewer.id, Block.blocked_id == member.id)
    # A one-row anchor, so the answer has a row even when the two never met.
    anchor = select(literal(1).label("one")).subquery()
    row = db.session.execute(
        select(i_blocked.label("i_blocked"), Connection)
        .select_from(anchor)
        .outerjoin(Connection, Connection.id == latest_id)
    ).one()
    return Relation(viewer.id, member.id, row[1], bool(row[0]))


def latest_between(a: User, b: User) -> Connection | None:
    """The newest request between two members, whoever asked and whatever became of it."""
    low, high = pair(a.id, b.id)
    return db.session.scalar(
        select(Connection)
        .where(Connection.low_id == low, Connection.high_id == high)
        .order_by(Connection.id.desc())
        .limit(1)
    )


def in_contact(a: User, b: User) -> bool:
    """Whether either has ever asked the other: enough to block someone you may not find."""
    low, high = pair(a.id, b.id)
    return bool(
        db.session.scalar(
            select(exists().where(Connection.low_id == low, Connection.high_id == high))
        )
    )


@dataclass(frozen=True)
class Entry:
    """One request or connection, and the other member in it (with their profile)."""

    connection: Connection
    other: User


@dataclass(frozen=True)
class ConnectionsPage:
    requests: list[Entry]  # waiting for the viewer's answer, newest first
    connections: list[Entry]  # accepted, newest first, one page of them
    older: int | None  # the `before` key of the next page of connections
    sent: list[Entry]  # the viewer's requests not (yet) accepted: "Request sent"


def _entries(statement: Select[tuple[Connection, User]]) -> list[Entry]:
    return [Entry(connection, other) for connection, other in db.session.execute(statement)]


def connections_page(viewer: User, before: int | None = None) -> ConnectionsPage:
    """The "Connections" page: three queries, however many requests and connections.

    A request from someone the viewer blocked never shows (blocking declines it
    anyway; this holds even for a request racing the block).
    """
    me = viewer.id
    blocked_by_me = exists().where(
        Block.blocker_id == me, Block.blocked_id == Connection.requester_id
    )
    requests = _entries(
        select(Connection, User)
        .join(User, User.id == Connection.requester_id)
        .where(
            Connection.recipient_id == me,
            Connection.state == ConnectionState.pending,
            ~blocked_by_me,
        )
        .order_by(Connection.id.desc())
        .limit(REQUESTS_SHOWN)
    )
    other_id = case(
        (Connection.requester_id == me, Connection.recipient_id), else_=Connection.requester_id
    )
    page = (
        select(Connection, User)
        .join(User, User.id == other_id)
        .where(
            or_(Connection.requester_id == me, Connection.recipient_id == me),
            Connection.state == ConnectionState.accepted,
        )
        .order_by(Connection.id.desc())
        .limit(CONNECTIONS_PER_PAGE + 1)
    )
    if before is not None:
        page = page.where(Connection.id < before)
    connections = _entries(page)
    older = None
    if len(connections) > CONNECTIONS_PER_PAGE:
        connections = connections[:CONNECTIONS_PER_PAGE]
        older = connections[-1].connection.id
    newer = aliased(Connection)
    replaced = exists().where(
        and_(
            newer.low_id == Connection.low_id,
            newer.high_id == Connection.high_id,
            newer.id > Connection.id,
        )
    )
    sent = _entries(
        select(Connection, User)
        .join(User, User.id == Connection.recipient_id)
        .where(Connection.requester_id == me, Connection.state.in_(SENT_STATES), ~replaced)
        .order_by(Connection.id.desc())
        .limit(REQUESTS_SHOWN)
    )
    return ConnectionsPage(
        requests=[e for e in requests if e.other.is_active_member],
        connections=connections,
        older=older,
        sent=sent,
    )
