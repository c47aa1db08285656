"""Real connections racing each other: two tabs answering, two members asking each other.

The per-test transaction shares one connection, so it cannot show this; a
scratch database with genuine commits can.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from sqlalchemy import func, select

from forum.accounts.models import AccountStatus, MemberType, User
from forum.errors import DomainError
from forum.extensions import db, utcnow
from forum.notifications.models import Notification
from forum.people import connections
from forum.people.models import Connection, ConnectionState
from tests.scratch import dispose, make_scratch_app, run_together


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    app = make_scratch_app(tmp_path_factory.mktemp("connections_scratch"))
    yield app
    dispose(app)


def _scratch_members(scratch: Flask, prefix: str, count: int) -> list[int]:
    with scratch.app_context():
        users = [
            User(
                email=f"{prefix}{i}@example.org",
                password_hash="not-a-real-hash",
                display_name=f"{prefix.title()} {i}",
                member_type=MemberType.practitioner,
                status=AccountStatus.active,
                email_verified_at=utcnow(),
            )
            for i in range(count)
        ]
        db.session.add_all(users)
        db.session.commit()
        ids = [u.id for u in users]
        db.session.remove()
    return ids


def test_answers_from_two_tabs_at_once_let_exactly_one_win(scratch: Flask):
    asker_id, recipient_id = _scratch_members(scratch, "tabs", 2)
    with scratch.app_context():
        asker, recipient = db.session.get(User, asker_id), db.session.get(User, recipient_id)
        request = connections.ask_to_connect(asker, recipient, "Hello").saved
        assert request is not None
        request_id = request.id
        db.session.remove()

    outcomes: list[str] = []

    def answer(index: int) -> None:
        with scratch.app_context():
            try:
                me = db.session.get(User, recipient_id)
                assert me is not None
                if index % 2:
                    connections.decline_request(me, request_id)
                    outcomes.append("declined")
                else:
                    connections.accept_request(me, request_id)
                    outcomes.append("accepted")
            except DomainError as error:
                outcomes.append(error.message)
            finally:
                db.session.remove()

    assert run_together(4, answer) == []
    winners = [o for o in outcomes if o in {"accepted", "declined"}]
    assert len(winners) == 1
    assert outcomes.count(connections.ANSWERED) == 3
    with scratch.app_context():
        stored = db.session.get(Connection, request_id)
        assert stored is not None
        assert stored.state.value == winners[0]
        told = db.session.scalar(
            select(func.count()).select_from(Notification).where(Notification.user_id == asker_id)
        )
        assert told == (1 if winners == ["accepted"] else 0)
        db.session.remove()


def test_two_members_asking_each_other_at_once_make_one_request(scratch: Flask):
    ids = _scratch_members(scratch, "mutual", 2)
    outcomes: list[str] = []

    def ask_the_other(index: int) -> None:
        with scratch.app_context():
            try:
                me, other = db.session.get(User, ids[index]), db.session.get(User, ids[1 - index])
                connections.ask_to_connect(me, other, "Shall we connect?")
                outcomes.append("sent")
            except DomainError as error:
                outcomes.append(error.message)
            finally:
                db.session.remove()

    assert run_together(2, ask_the_other) == []
    with scratch.app_context():
        live = db.session.scalars(
            select(Connection).where(Connection.state == ConnectionState.pending)
            .where(Connection.requester_id.in_(ids))
        ).all()  # fmt: skip
        assert len(live) == 1
        assert sorted(outcomes) == [connections.REQUEST_IMPOSSIBLE, "sent"]  # the other's stands
        db.session.remove()
