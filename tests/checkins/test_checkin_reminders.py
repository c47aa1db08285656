"""The day-before reminder (`checkin-reminders`): in the assignee's zone, once."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select

from forum.checkins import services
from forum.checkins.models import Todo
from forum.extensions import db
from forum.notifications.models import Notification
from tests.checkins.checkin_helpers import active_checkin, care_leaver, person

DUE = date(2031, 3, 12)


def reminders(user) -> list[str]:
    return list(
        db.session.scalars(
            select(Notification.link).where(
                Notification.user_id == user.id,
                Notification.text == "A to-do of yours is due tomorrow",
            )
        )
    )


def make(assignee_zone: str):
    leaver, worker = care_leaver(), person(time_zone=assignee_zone)
    agreement = active_checkin(leaver, worker)
    todo = Todo(
        agreement_id=agreement.id,
        title="Send the form",
        assignee_id=worker.id,
        due_on=DUE,
        created_by_id=leaver.id,
    )
    db.session.add(todo)
    db.session.commit()
    return worker, todo


def test_reminded_once_on_the_day_before_in_auckland(app, runner):
    worker, todo = make("Pacific/Auckland")
    # 10:00 UTC on 10 March is 23:00 on 10 March in Auckland: two days before, nothing.
    services.send_reminders(datetime(2031, 3, 10, 10, 0, tzinfo=UTC))
    assert reminders(worker) == []
    # 11:30 UTC on 10 March is 00:30 on 11 March in Auckland: the day before.
    assert services.send_reminders(datetime(2031, 3, 10, 11, 30, tzinfo=UTC)) == "1 reminded"
    assert reminders(worker) == [f"/checkins/todos/{todo.id}"]
    # Run again (and through `flask jobs run`): still one.
    result = runner.invoke(
        args=["jobs", "run", "--only", "checkin-reminders", "--as-of", "2031-03-10T12:00"]
    )
    assert "checkin-reminders: 0 reminded" in result.output
    assert len(reminders(worker)) == 1


def test_los_angeles_is_reminded_later_by_the_utc_clock(app):
    worker, _ = make("America/Los_Angeles")
    # 06:30 UTC on 11 March is 23:30 on 10 March in Los Angeles (PDT, UTC-7).
    services.send_reminders(datetime(2031, 3, 11, 6, 30, tzinfo=UTC))
    assert reminders(worker) == []
    services.send_reminders(datetime(2031, 3, 11, 7, 30, tzinfo=UTC))  # 00:30 on 11 March
    assert len(reminders(worker)) == 1


def test_done_items_and_moved_dates(app):
    worker, todo = make("Europe/London")
    todo.done_at = datetime(2031, 3, 1, tzinfo=UTC)
    db.session.commit()
    services.send_reminders(datetime(2031, 3, 11, 9, 0, tzinfo=UTC))
    assert reminders(worker) == []
