"""`flask retention run`: only what is past its period goes, and a second run does nothing."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from forum.accounts.models import AccountStatus, User
from forum.extensions import db
from forum.settings.models import SiteSetting
from forum.settings.services import get_settings
from moderation.models import CaseState, QueueClaim, Report, ReportCase, ReportReason
from tests.factories import make_admin, make_moderator, make_topic, make_user, sign_in

AS_OF = datetime(2030, 6, 1, tzinfo=UTC)


def days_before(days: int) -> datetime:
    return AS_OF - timedelta(days=days)


def applicant(status: AccountStatus, decided_days_ago: int | None, submitted_days_ago: int = 400):
    user = make_user(status=status, display_name=f"Applicant {status} {decided_days_ago}")
    user.application.submitted_at = days_before(submitted_days_ago)
    user.application.decided_at = (
        days_before(decided_days_ago) if decided_days_ago is not None else None
    )
    db.session.flush()
    return user


def closed_case(state: CaseState | None, decided_days_ago: int) -> ReportCase:
    reporter = make_user()
    post_author = make_moderator()
    topic = make_topic(post_author)
    case = ReportCase(
        target_type="post",
        target_id=topic.id,
        report_count=1,
        state=state or CaseState.open,
        decided_at=None if state is None else days_before(decided_days_ago),
        first_reported_at=days_before(decided_days_ago + 1),
    )
    db.session.add(case)
    db.session.flush()
    db.session.add(
        Report(case_id=case.id, reporter_id=reporter.id, reason=ReportReason.spam, details="Ad.")
    )
    db.session.add(QueueClaim(queue="report", item_id=case.id, moderator_id=post_author.id))
    db.session.flush()
    return case


def run(runner, as_of: str = "2030-06-01"):
    result = runner.invoke(args=["retention", "run", "--as-of", as_of])
    assert result.exit_code == 0, result.output
    db.session.expire_all()
    return result.output


@pytest.fixture
def world():
    people = {
        "rejected long ago": applicant(AccountStatus.rejected, 181),
        "rejected lately": applicant(AccountStatus.rejected, 179),
        "withdrawn long ago": applicant(AccountStatus.withdrawn, None, submitted_days_ago=200),
        "withdrawn lately": applicant(AccountStatus.withdrawn, None, submitted_days_ago=20),
        "pending for ages": applicant(AccountStatus.pending, None),
        "approved long ago": applicant(AccountStatus.active, 900),
    }
    cases = {
        "dismissed long ago": closed_case(CaseState.dismissed, 366),
        "resolved long ago": closed_case(CaseState.resolved, 400),
        "resolved lately": closed_case(CaseState.resolved, 364),
        "open for ages": closed_case(None, 800),
    }
    db.session.commit()
    return people, cases


def status_of(user: User) -> AccountStatus:
    return db.session.get(User, user.id).status


def test_the_defaults_are_180_and_365_days(app):
    settings = get_settings()
    assert settings.keep_rejected_applications_days == 180
    assert settings.keep_closed_reports_days == 365


def test_only_applications_past_their_period_are_erased(runner, world):
    people, _ = world
    output = run(runner)

    assert "Erased 2 rejected or withdrawn applications older than 180 days." in output
    assert status_of(people["rejected long ago"]) is AccountStatus.erased
    assert status_of(people["withdrawn long ago"]) is AccountStatus.erased
    assert status_of(people["rejected lately"]) is AccountStatus.rejected
    assert status_of(people["withdrawn lately"]) is AccountStatus.withdrawn
    assert status_of(people["pending for ages"]) is AccountStatus.pending
    assert status_of(people["approved long ago"]) is AccountStatus.active
    erased = db.session.get(User, people["rejected long ago"].id)
    assert erased.display_name == "Former member"
    assert erased.application.reason == ""
    assert erased.application.organisation == ""


def test_only_closed_reports_past_their_period_are_deleted(runner, world):
    _, cases = world
    output = run(runner)

    assert "Deleted 2 closed reports older than 365 days." in output
    remaining = set(db.session.scalars(select(ReportCase.id)))
    assert remaining == {cases["resolved lately"].id, cases["open for ages"].id}
    assert set(db.session.scalars(select(Report.case_id))) == remaining
    assert set(db.session.scalars(select(QueueClaim.item_id))) == remaining


def test_running_twice_changes_nothing_more(runner, world):
    run(runner)
    users = db.session.execute(select(User.id, User.status, User.session_version)).all()

    output = run(runner)

    assert "Erased 0 rejected or withdrawn applications" in output
    assert "Deleted 0 closed reports" in output
    assert db.session.execute(select(User.id, User.status, User.session_version)).all() == users
    assert db.session.scalar(select(func.count()).select_from(ReportCase)) == 2


def test_the_periods_the_admin_sets_are_used(runner, world):
    people, _ = world
    db.session.add_all(
        [
            SiteSetting(key="keep_rejected_applications_days", value=30),
            SiteSetting(key="keep_closed_reports_days", value=1000),
        ]
    )
    db.session.commit()

    output = run(runner)

    assert "Erased 3 rejected or withdrawn applications older than 30 days." in output
    assert "Deleted 0 closed reports older than 1000 days." in output
    assert status_of(people["rejected lately"]) is AccountStatus.erased
    assert status_of(people["withdrawn lately"]) is AccountStatus.withdrawn


def test_as_of_counts_back_from_the_given_day(runner, world):
    people, _ = world
    output = run(runner, as_of="2029-06-01")  # a year earlier: nothing is old enough yet
    assert "Erased 0" in output
    assert "Deleted 0" in output
    assert status_of(people["rejected long ago"]) is AccountStatus.rejected


def test_a_bad_date_is_refused(runner):
    result = runner.invoke(args=["retention", "run", "--as-of", "1 June"])
    assert result.exit_code != 0
    assert "--as-of" in result.output


def test_the_admin_sets_the_periods_on_the_settings_page(app):
    client = app.test_client()
    admin = make_admin()
    sign_in(client, admin)
    page = client.get("/moderation/settings").get_data(as_text=True)
    assert (
        '<label for="keep_rejected_applications_days">Keep rejected applications for (days)</label>'
        in page
    )
    assert '<label for="keep_closed_reports_days">Keep closed reports for (days)</label>' in page
    assert re.search(r'name="keep_rejected_applications_days"[^>]*value="180"', page)
    assert re.search(r'name="keep_closed_reports_days"[^>]*value="365"', page)

    response = client.post(
        "/moderation/settings",
        data={
            "new_member_held_posts": 0,
            "new_member_posts_per_hour": 3,
            "new_member_posts_per_day": 10,
            "keep_rejected_applications_days": 90,
            "keep_closed_reports_days": 730,
        },
    )

    assert response.status_code == 302
    settings = get_settings()
    assert settings.keep_rejected_applications_days == 90
    assert settings.keep_closed_reports_days == 730


def test_a_period_of_zero_days_is_refused(app):
    client = app.test_client()
    sign_in(client, make_admin())
    response = client.post(
        "/moderation/settings",
        data={
            "new_member_held_posts": 0,
            "new_member_posts_per_hour": 3,
            "new_member_posts_per_day": 10,
            "keep_rejected_applications_days": 0,
            "keep_closed_reports_days": 365,
        },
    )
    assert response.status_code == 422
    assert "Give a number from 1 to 3650." in response.get_data(as_text=True)
    assert get_settings().keep_rejected_applications_days == 180
