"""Helpers for the message tests: connections, blocks, and reading the pages."""

from __future__ import annotations

import re
from typing import Any

from flask.testing import FlaskClient
from sqlalchemy import func, select

from forum.accounts.models import User
from forum.extensions import db
from forum.messages.models import Message
from forum.people.models import Block, Connection, ConnectionState
from forum.people.relations import pair


def connect(a: User, b: User, state: ConnectionState = ConnectionState.accepted) -> None:
    low, high = pair(a.id, b.id)
    db.session.add(
        Connection(requester_id=a.id, recipient_id=b.id, low_id=low, high_id=high, state=state)
    )
    db.session.flush()


def block(blocker: User, blocked: User) -> None:
    """A block as it stands in the database, whatever else the block page also does."""
    db.session.add(Block(blocker_id=blocker.id, blocked_id=blocked.id))
    db.session.flush()


def page_of(response: Any) -> str:
    """The page as the visitor sees it, without the per-page CSRF token."""
    return re.sub(r'name="csrf_token" value="[^"]*"', "", response.get_data(as_text=True))


def message_count() -> int:
    return int(db.session.scalar(select(func.count()).select_from(Message)) or 0)


def header_count(page: str) -> int:
    """The "(N new)" beside Messages in the header; 0 when it is not there."""
    found = re.search(r">Messages(?: <span class=\"count\">\((\d+) new\)</span>)?</a>", page)
    assert found, "the header has no Messages link"
    return int(found.group(1) or 0)


def start(client: FlaskClient, to: list[int] | int, body: str, **fields: str) -> Any:
    ids = [to] if isinstance(to, int) else to
    query = "&".join(f"to={i}" for i in ids)
    return client.post(f"/messages/new?{query}", data={"body": body, "submit": "Send", **fields})


def reply(client: FlaskClient, conversation_id: int, body: str, **fields: str) -> Any:
    return client.post(
        f"/messages/{conversation_id}", data={"body": body, "submit": "Send", **fields}
    )


def conversation_of(response: Any) -> int:
    """The conversation a "sent" redirect points at."""
    found = re.search(r"/messages/(\d+)", response.headers["Location"])
    assert found, response.headers.get("Location")
    return int(found.group(1))
