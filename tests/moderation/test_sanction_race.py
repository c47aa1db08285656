"""Two moderators suspending one member at once, on real connections: one wins, one is told."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from flask import Flask
from sqlalchemy import func, select

from forum.accounts import passwords
from forum.accounts.models import AccountStatus, Application, MemberType, Role, User
from forum.errors import DomainError
from forum.extensions import db, utcnow
from moderation.members import services
from moderation.members.clock import today
from moderation.models import AuditEntry, Sanction
from tests.scratch import dispose, make_scratch_app, run_together

MODERATORS = 4


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    app = make_scratch_app(tmp_path_factory.mktemp("sanction_race"))
    yield app
    dispose(app)


def _user(email: str, **values: object) -> User:
    user = User(
        email=email,
        password_hash=passwords.hash_password("scratch pass phrase 77"),
        display_name=email.split("@")[0].title(),
        member_type=MemberType.practitioner,
        status=AccountStatus.active,
        email_verified_at=utcnow(),
        **values,
    )
    user.application = Application(
        region="North West", country="England", reason="Scratch member.", submitted_at=utcnow()
    )
    db.session.add(user)
    return user


def _count(model: type, member_id: int) -> int:
    column = AuditEntry.target_id if model is AuditEntry else Sanction.user_id
    return (
        db.session.scalar(select(func.count()).select_from(model).where(column == member_id)) or 0
    )


@pytest.mark.parametrize("action", ["suspend", "ban"])
def test_moderators_sanctioning_one_member_at_once_exactly_one_wins(scratch: Flask, action: str):
    with scratch.app_context():
        moderators = [
            _user(f"{action}.mod{i}@example.org", role=Role.moderator) for i in range(MODERATORS)
        ]
        member = _user(f"{action}.target@example.org")
        db.session.commit()
        moderator_ids, member_id = [m.id for m in moderators], member.id
        version = member.session_version
        db.session.remove()

    outcomes: list[str] = []

    def act(index: int) -> None:
        with scratch.app_context():
            try:
                moderator = db.session.get(User, moderator_ids[index])
                target = db.session.get(User, member_id)
                assert moderator is not None
                assert target is not None
                if action == "suspend":
                    services.suspend_member(
                        moderator, target, "Racing.", today() + timedelta(days=5)
                    )
                else:
                    services.ban_member(moderator, target, "Racing.")
                outcomes.append(f"won:{moderator.display_name}")
            except DomainError as error:
                outcomes.append(error.message)
            finally:
                db.session.remove()

    assert run_together(MODERATORS, act) == []

    winners = [o.removeprefix("won:") for o in outcomes if o.startswith("won:")]
    assert len(winners) == 1
    word = "suspended" if action == "suspend" else "banned"
    losers = [o for o in outcomes if not o.startswith("won:")]
    assert losers == [f"{action.title()}.Target is already {word} by {winners[0]}."] * (
        MODERATORS - 1
    )
    with scratch.app_context():
        target = db.session.get(User, member_id)
        assert target is not None
        assert target.status is (
            AccountStatus.suspended if action == "suspend" else AccountStatus.banned
        )
        assert target.session_version == version + 1
        assert _count(AuditEntry, member_id) == 1
        assert _count(Sanction, member_id) == 1
