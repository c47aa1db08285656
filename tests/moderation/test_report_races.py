"""Reports racing on real connections: first reports fold into one case; one decision wins."""

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
from forum.threads.models import Post, PostState
from moderation.models import AuditEntry, Report, ReportCase, ReportReason
from moderation.reports import services
from tests.scratch import dispose, make_scratch_app, run_together

_HASH = passwords.hash_password("scratch pass phrase 77")


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    app = make_scratch_app(tmp_path_factory.mktemp("reports_scratch"))
    yield app
    dispose(app)


def _user(email: str, role: Role = Role.member) -> User:
    user = User(
        email=email,
        password_hash=_HASH,
        display_name=email.split("@")[0].title(),
        member_type=MemberType.practitioner,
        role=role,
        status=AccountStatus.active,
        email_verified_at=utcnow(),
        totp_secret="JBSWY3DPEHPK3PXP" if role is not Role.member else None,
        totp_confirmed_at=utcnow() if role is not Role.member else None,
    )
    user.application = Application(
        region="North West", country="England", reason="Scratch.", submitted_at=utcnow()
    )
    db.session.add(user)
    return user


def _a_post(scratch: Flask, prefix: str) -> int:
    with scratch.app_context():
        author = _user(f"{prefix}.author@example.org")
        space = db.session.scalar(select(Space).where(Space.slug == "welcome"))
        db.session.commit()
        topic = threads.create_topic(author, space, f"{prefix} topic", "Opening post").saved
        threads.reply(author, topic, "A reply that gets reported")
        post = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 2))
        assert post is not None
        # Published whatever holds a new member's first posts: this test is about reports.
        post.state = topic.state = PostState.published
        db.session.commit()
        post_id = post.id
        db.session.remove()
    assert post_id is not None
    return post_id


def test_members_reporting_one_post_at_once_make_one_case_with_every_report(scratch: Flask):
    post_id = _a_post(scratch, "fold")
    with scratch.app_context():
        reporters = [_user(f"fold.reporter{i}@example.org") for i in range(6)]
        db.session.commit()
        reporter_ids = [r.id for r in reporters]
        db.session.remove()

    def send(index: int) -> None:
        with scratch.app_context():
            try:
                reporter = db.session.get(User, reporter_ids[index])
                post = db.session.get(Post, post_id)
                assert reporter is not None
                assert post is not None
                services.send_report(reporter, post, ReportReason.spam, f"Report {index}")
            finally:
                db.session.remove()

    assert run_together(len(reporter_ids), send) == []
    with scratch.app_context():
        [case] = db.session.scalars(select(ReportCase).where(ReportCase.post_id == post_id)).all()
        assert case.report_count == len(reporter_ids)
        count = db.session.scalar(
            select(func.count()).select_from(Report).where(Report.case_id == case.id)
        )
        assert count == len(reporter_ids)
        db.session.remove()


def test_two_moderators_deciding_one_case_at_once_exactly_one_wins(scratch: Flask):
    post_id = _a_post(scratch, "race")
    with scratch.app_context():
        mods = [_user(f"race.mod{i}@example.org", Role.moderator) for i in range(4)]
        reporter = _user("race.reporter@example.org")
        db.session.commit()
        post = db.session.get(Post, post_id)
        assert post is not None
        report = services.send_report(reporter, post, ReportReason.harassment, "")
        case_id, mod_ids = report.case_id, [m.id for m in mods]
        db.session.remove()

    decisions = [services.CaseDecision.hide, services.CaseDecision.dismiss] * 2
    outcomes: list[str] = []

    def decide(index: int) -> None:
        with scratch.app_context():
            try:
                moderator = db.session.get(User, mod_ids[index])
                assert moderator is not None
                services.decide_case(moderator, case_id, decisions[index], "Looked at it.")
                outcomes.append(f"won:{decisions[index].value}")
            except DomainError as error:
                outcomes.append(error.message)
            finally:
                db.session.remove()

    assert run_together(len(mod_ids), decide) == []
    winners = [o for o in outcomes if o.startswith("won:")]
    assert len(winners) == 1
    losers = [o for o in outcomes if not o.startswith("won:")]
    assert len(losers) == 3
    assert all(o.startswith("This report was already decided by Race.Mod") for o in losers)
    with scratch.app_context():
        rows = db.session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.target_type == "post", AuditEntry.target_id == post_id)
        )
        assert rows == 1
        db.session.remove()
