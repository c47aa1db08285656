"""Helpers for the check-in core tests: people, connections, a signed-in browser each."""

from __future__ import annotations

import itertools
import re
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from forum.accounts.models import MemberType, User
from forum.checkins.models import AgreementState, CheckinAgreement, Todo
from forum.extensions import db, utcnow
from forum.notifications.models import Notification
from forum.people.models import Connection, ConnectionState
from forum.people.relations import pair
from tests.factories import make_user, sign_in

_names = itertools.count(1)


def person(kind: MemberType = MemberType.practitioner, **overrides: Any) -> User:
    """A member whose name is no part of another's ("Robin 00012" never holds "Robin 00001")."""
    overrides.setdefault("display_name", f"Robin {next(_names):05d}")
    return make_user(member_type=kind, **overrides)


def care_leaver(**overrides: Any) -> User:
    return person(MemberType.care_leaver, **overrides)


def connect(a: User, b: User) -> None:
    low, high = pair(a.id, b.id)
    db.session.add(
        Connection(
            requester_id=a.id,
            recipient_id=b.id,
            low_id=low,
            high_id=high,
            state=ConnectionState.accepted,
        )
    )
    db.session.flush()


def active_checkin(leaver: User, worker: User) -> CheckinAgreement:
    """Connected, with check-ins on (as if one proposed and the other accepted)."""
    connect(leaver, worker)
    agreement = CheckinAgreement(
        care_leaver_id=leaver.id,
        worker_id=worker.id,
        state=AgreementState.active,
        proposed_by_id=leaver.id,
        started_at=utcnow(),
    )
    db.session.add(agreement)
    db.session.commit()  # a refused request rolls back: what the test made must outlast it
    return agreement


def browser(app: Flask, user: User) -> FlaskClient:
    client = app.test_client()
    sign_in(client, user)
    return client


def page_of(response: Any) -> str:
    """The page as the member sees it, without the per-page CSRF token."""
    return re.sub(r'name="csrf_token" value="[^"]*"', "", response.get_data(as_text=True))


def notes_for(user: User) -> list[str]:
    return list(
        db.session.scalars(select(Notification.text).where(Notification.user_id == user.id))
    )


def todo_count() -> int:
    return int(db.session.scalar(select(func.count()).select_from(Todo)) or 0)


def drop_in(client: FlaskClient, agreement_id: int, mood: str, note: str = "", **extra: str) -> Any:
    data = {"mood": mood, "note": note, "add_todo": "y", "submit": "Send check-in", **extra}
    return client.post(f"/checkins/{agreement_id}/drop-in", data=data)
