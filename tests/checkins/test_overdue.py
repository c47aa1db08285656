"""Flagging overdue to-dos: the due day ends in the care leaver's zone; one email a day.

The clock is moved with time-machine; zones far from UTC on both sides
(Pacific/Auckland, UTC+13 in March, and America/Los_Angeles, UTC-7) show that
the care leaver's day decides when an item is overdue and the recipient's day
decides when the next email may go.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import time_machine
from sqlalchemy import select

from forum.checkins import overdue
from forum.checkins.models import AgreementState, Todo, TodoChange
from forum.extensions import db, utcnow
from tests.checkins.overdue_fixtures import (
    make_care_leaver,
    make_checkin,
    make_manager,
    make_todo,
    overdue_mail_to,
)
from tests.factories import make_moderator, make_user

DUE = date(2026, 3, 10)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def changes_of(todo: Todo) -> list[str]:
    return list(
        db.session.scalars(
            select(TodoChange.what).where(TodoChange.todo_id == todo.id).order_by(TodoChange.id)
        )
    )


def test_due_day_ends_at_midnight_in_auckland_for_an_auckland_care_leaver() -> None:
    worker, manager = make_user(time_zone="America/Los_Angeles"), make_user()
    make_manager(worker, manager)
    agreement = make_checkin(make_care_leaver(time_zone="Pacific/Auckland"), worker)
    todo = make_todo(agreement, "Book the housing appointment", DUE)

    overdue.flag_overdue(at("2026-03-10T10:59"))  # 23:59 on the 10th in Auckland
    assert todo.flagged_at is None
    assert overdue_mail_to(manager) == []

    assert overdue.flag_overdue(at("2026-03-10T11:00")).startswith("1 flagged")  # the 11th
    db.session.refresh(todo)
    assert todo.flagged_at == at("2026-03-10T11:00")
    assert todo.flagged_to_id == manager.id
    assert changes_of(todo) == ["Flagged to the manager"]
    [mail] = overdue_mail_to(manager)
    assert "Book the housing appointment" in mail.body_text
    assert f"Worker: {worker.display_name}. Due 10 March 2026, 1 day overdue." in mail.body_text


def test_due_day_ends_in_los_angeles_for_a_los_angeles_care_leaver() -> None:
    worker, manager = make_user(time_zone="Pacific/Auckland"), make_user()
    make_manager(worker, manager)
    agreement = make_checkin(make_care_leaver(time_zone="America/Los_Angeles"), worker)
    todo = make_todo(agreement, "Send the bursary form", DUE)

    overdue.flag_overdue(at("2026-03-11T06:59"))  # already the 11th in UTC and in Auckland
    assert todo.flagged_at is None

    overdue.flag_overdue(at("2026-03-11T07:00"))  # midnight in Los Angeles
    db.session.refresh(todo)
    assert todo.flagged_at is not None
    assert len(overdue_mail_to(manager)) == 1


def test_running_twice_flags_once_and_sends_one_email() -> None:
    worker, manager = make_user(), make_user(time_zone="Pacific/Auckland")
    make_manager(worker, manager)
    agreement = make_checkin(make_care_leaver(time_zone="America/Los_Angeles"), worker)
    todo = make_todo(agreement, "Chase the college place", DUE)

    first = overdue.flag_overdue(at("2026-03-12T07:00"))
    second = overdue.flag_overdue(at("2026-03-12T07:00"))
    third = overdue.flag_overdue(at("2026-03-12T07:05"))

    assert first == "1 flagged, 1 emails sent"
    assert second == third == "0 flagged, 0 emails sent"
    assert len(overdue_mail_to(manager)) == 1
    assert changes_of(todo) == ["Flagged to the manager"]
    db.session.refresh(todo)
    assert todo.flagged_at == at("2026-03-12T07:00")  # the first run's mark stands


def test_one_email_a_day_in_the_managers_zone_with_only_what_is_new() -> None:
    worker, manager = make_user(), make_user(time_zone="Pacific/Auckland")
    make_manager(worker, manager)
    agreement = make_checkin(make_care_leaver(time_zone="Europe/London"), worker)
    make_todo(agreement, "First thing", date(2026, 3, 9))
    overdue.flag_overdue(at("2026-03-11T07:00"))  # 20:00 on the 11th in Auckland
    make_todo(agreement, "Second thing", date(2026, 3, 10))

    overdue.flag_overdue(at("2026-03-11T10:59"))  # 23:59: flagged, but today's email went
    assert len(overdue_mail_to(manager)) == 1
    assert db.session.scalar(select(Todo).where(Todo.title == "Second thing")).flagged_at

    overdue.flag_overdue(at("2026-03-11T11:00"))  # midnight: the 12th in Auckland
    first, second = overdue_mail_to(manager)
    assert "First thing" in first.body_text
    assert "Second thing" in second.body_text
    assert "First thing" not in second.body_text


def test_only_the_workers_open_items_past_due_in_active_checkins_are_flagged() -> None:
    worker, manager = make_user(), make_user()
    make_manager(worker, manager)
    care_leaver = make_care_leaver(time_zone="Europe/London")
    agreement = make_checkin(care_leaver, worker)
    theirs = make_todo(agreement, "Care leaver's own job", DUE, assignee=care_leaver)
    done = make_todo(agreement, "Already done", DUE, done_at=utcnow(), done_by_id=worker.id)
    undated = make_todo(agreement, "No date", None)
    later = make_todo(agreement, "Not due yet", date(2026, 3, 20))
    ended = make_checkin(make_care_leaver(), worker)
    ended.state = AgreementState.ended
    in_ended = make_todo(ended, "In ended check-ins", DUE)

    assert overdue.flag_overdue(at("2026-03-15T12:00")) == "0 flagged, 0 emails sent"
    for todo in (theirs, done, undated, later, in_ended):
        db.session.refresh(todo)
        assert todo.flagged_at is None
    assert overdue_mail_to(manager) == []


def test_without_an_accepted_manager_items_go_to_every_moderator() -> None:
    worker, asked = make_user(), make_user()
    make_manager(worker, asked, accepted=False)  # named, not accepted yet
    moderators = [make_moderator(time_zone="Pacific/Auckland"), make_moderator()]
    agreement = make_checkin(make_care_leaver(), worker)
    todo = make_todo(agreement, "Ring the benefits office", DUE)

    overdue.flag_overdue(at("2026-03-12T09:00"))
    overdue.flag_overdue(at("2026-03-12T09:00"))

    db.session.refresh(todo)
    assert todo.flagged_at is not None
    assert todo.flagged_to_id is None
    assert overdue_mail_to(asked) == []
    for moderator in moderators:
        [mail] = overdue_mail_to(moderator)
        assert "workers without a manager" in mail.body_text
        assert "Ring the benefits office" in mail.body_text
        assert mail.list_unsubscribe is None  # account mail: no unsubscribe


def test_a_suspended_managers_items_go_to_the_moderators() -> None:
    from forum.accounts.models import AccountStatus

    worker, manager = make_user(), make_user(status=AccountStatus.banned)
    make_manager(worker, manager)
    moderator = make_moderator()
    make_todo(make_checkin(make_care_leaver(), worker), "Find a GP", DUE)

    overdue.flag_overdue(at("2026-03-12T09:00"))

    assert overdue_mail_to(manager) == []
    assert len(overdue_mail_to(moderator)) == 1


def test_the_command_uses_the_clock_and_takes_as_of(runner) -> None:  # type: ignore[no-untyped-def]
    worker, manager = make_user(), make_user()
    make_manager(worker, manager)
    agreement = make_checkin(make_care_leaver(time_zone="America/Los_Angeles"), worker)
    make_todo(agreement, "Apply for the setting-up-home grant", DUE)

    with time_machine.travel(at("2026-03-11T06:30"), tick=False):
        early = runner.invoke(args=["checkins", "flag-overdue"])
    assert early.output == "0 flagged, 0 emails sent\n"

    with time_machine.travel(at("2026-03-11T07:30"), tick=False):
        first = runner.invoke(args=["checkins", "flag-overdue"])
        again = runner.invoke(args=["jobs", "run", "--only", "checkins-overdue"])
    assert first.output == "1 flagged, 1 emails sent\n"
    assert again.output == "checkins-overdue: 0 flagged, 0 emails sent\n"
    assert len(overdue_mail_to(manager)) == 1

    later = runner.invoke(args=["checkins", "flag-overdue", "--as-of", "2026-03-20"])
    assert later.exit_code == 0
    assert len(overdue_mail_to(manager)) == 1  # nothing new was flagged since
