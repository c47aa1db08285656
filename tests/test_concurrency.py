"""Real connections racing each other: nothing fails, exactly one decision wins."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from sqlalchemy import func, select

from forum.accounts import passwords
from forum.accounts.models import AccountStatus, Application, MemberType, Role, User
from forum.errors import DomainError
from forum.extensions import db, utcnow
from forum.spaces.models import Space
from forum.threads import services as threads
from forum.threads.models import Post, Topic
from moderation import services as moderation
from tests.scratch import dispose, make_scratch_app, run_together

WRITERS = 6
REPLIES_EACH = 8


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    app = make_scratch_app(tmp_path_factory.mktemp("scratch"))
    yield app
    dispose(app)


def _user(email: str, **values: object) -> User:
    user = User(
        email=email,
        password_hash=passwords.hash_password("scratch pass phrase 77"),
        display_name=email.split("@")[0].title(),
        member_type=MemberType.practitioner,
        status=values.pop("status", AccountStatus.active),
        email_verified_at=utcnow(),
        **values,
    )
    user.application = Application(
        region="North West", country="England", reason="Scratch applicant.", submitted_at=utcnow()
    )
    db.session.add(user)
    return user


def test_concurrent_replies_all_land_with_distinct_numbers(scratch: Flask):
    with scratch.app_context():
        authors = [_user(f"writer{i}@example.org") for i in range(WRITERS)]
        space = db.session.scalar(select(Space).where(Space.slug == "welcome"))
        db.session.commit()
        topic = threads.create_topic(authors[0], space, "Busy thread", "Opening post").saved
        topic_id, author_ids = topic.id, [a.id for a in authors]
        db.session.remove()

    def write(index: int) -> None:
        with scratch.app_context():
            author = db.session.get(User, author_ids[index])
            for n in range(REPLIES_EACH):
                topic = db.session.get(Topic, topic_id)
                threads.reply(author, topic, f"Reply {n} from writer {index}")
            db.session.remove()

    errors = run_together(WRITERS, write)
    assert errors == []
    with scratch.app_context():
        numbers = db.session.scalars(
            select(Post.number).where(Post.topic_id == topic_id).order_by(Post.number)
        ).all()
        assert numbers == list(range(1, WRITERS * REPLIES_EACH + 2))
        assert db.session.get(Topic, topic_id).post_count == WRITERS * REPLIES_EACH + 1


def test_two_moderators_deciding_at_once_exactly_one_wins(scratch: Flask):
    with scratch.app_context():
        mods = [_user(f"mod{i}@example.org", role=Role.moderator) for i in range(4)]
        applicant = _user("racing.applicant@example.org", status=AccountStatus.pending)
        db.session.commit()
        mod_ids, applicant_id = [m.id for m in mods], applicant.id
        db.session.remove()

    outcomes: list[str] = []
    decisions = [moderation.Decision.approve, moderation.Decision.reject] * 2

    def decide(index: int) -> None:
        with scratch.app_context():
            moderator = db.session.get(User, mod_ids[index])
            try:
                moderation.decide_application(
                    moderator, applicant_id, decisions[index], "Not enough evidence."
                )
                outcomes.append(f"won:{decisions[index].value}")
            except DomainError as error:
                outcomes.append(error.message)
            finally:
                db.session.remove()

    errors = run_together(len(mod_ids), decide)
    assert errors == []
    winners = [o for o in outcomes if o.startswith("won:")]
    assert len(winners) == 1
    losers = [o for o in outcomes if not o.startswith("won:")]
    assert all(o.startswith("This application was already decided by ") for o in losers)
    with scratch.app_context():
        applicant = db.session.get(User, applicant_id)
        expected = AccountStatus.active if winners[0] == "won:approve" else AccountStatus.rejected
        assert applicant.status is expected
        from moderation.models import AuditEntry

        audits = db.session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.target_id == applicant_id)
        )
        assert audits == 1
