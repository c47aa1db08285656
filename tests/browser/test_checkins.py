"""On a phone: a care leaver sends a drop-in, the worker sees the to-do, and once it is
overdue and flagged the manager's "Overdue" page lists it and the care leaver sees
"Flagged to the manager"."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from forum.accounts.models import User
from forum.checkins import overdue
from forum.checkins.models import (
    AgreementState,
    CheckinAgreement,
    ManagerLink,
    ManagerState,
    Todo,
)
from forum.extensions import db, utcnow
from forum.people.models import Connection, ConnectionState
from forum.people.relations import pair
from tests.browser.conftest import PHONE, menu_link, screenshot, sign_in

pytestmark = pytest.mark.browser

DESKTOP = {"viewport": {"width": 1280, "height": 900}}
LEAVER, WORKER, MANAGER = (
    "careleaver2@example.org",
    "practitioner@example.org",
    "adviser@example.org",
)
NOTE = "My universal credit payment has stopped and I can't pay the rent."


def _member(email: str) -> User:
    found = db.session.scalar(select(User).where(User.email == email))
    assert found is not None, email
    return found


def _set_up(site) -> int:
    """River and Priya are connected with check-ins on; Tom is Priya's manager. Idempotent."""
    with site.app.app_context():
        leaver, worker, manager = _member(LEAVER), _member(WORKER), _member(MANAGER)
        low, high = pair(leaver.id, worker.id)
        if (
            db.session.scalar(
                select(Connection).where(Connection.low_id == low, Connection.high_id == high)
            )
            is None
        ):
            db.session.add(
                Connection(
                    requester_id=leaver.id,
                    recipient_id=worker.id,
                    low_id=low,
                    high_id=high,
                    state=ConnectionState.accepted,
                )
            )
        agreement = db.session.scalar(
            select(CheckinAgreement).where(
                CheckinAgreement.care_leaver_id == leaver.id,
                CheckinAgreement.worker_id == worker.id,
            )
        )
        if agreement is None:
            agreement = CheckinAgreement(
                care_leaver_id=leaver.id, worker_id=worker.id, proposed_by_id=leaver.id
            )
            db.session.add(agreement)
        agreement.state = AgreementState.active
        agreement.started_at = utcnow()
        link = db.session.get(ManagerLink, worker.id)
        if link is None:
            link = ManagerLink(worker_id=worker.id, manager_id=manager.id)
            db.session.add(link)
        link.manager_id, link.state, link.accepted_at = manager.id, ManagerState.accepted, utcnow()
        db.session.commit()
        return agreement.id


def test_a_drop_in_becomes_a_todo_that_is_flagged_to_the_manager(live_site, new_context):
    agreement_id = _set_up(live_site)
    leaver = new_context(**PHONE).new_page()
    sign_in(leaver, live_site, LEAVER)
    menu_link(leaver, "Check-ins").click()
    leaver.get_by_role("link", name="Priya N.").click()
    leaver.get_by_role("heading", name="Send a check-in").wait_for()
    leaver.evaluate("window.stillHere = true")  # gone if the page reloads
    screenshot(leaver, "phone-checkin-before")

    # The drop-in itself: three interactions.
    leaver.get_by_label("This needs sorting").check()
    leaver.get_by_label("Note").fill(NOTE)
    leaver.get_by_role("button", name="Send check-in").click()

    leaver.get_by_text("Check-in sent.").wait_for()
    assert leaver.evaluate("window.stillHere") is True  # no reload: JavaScript sent it
    todo_title = leaver.locator("#open-todos .todo-title").first.inner_text()
    assert todo_title.startswith("Sort out what was raised in the check-in of")
    leaver.locator("#drop-in-list").get_by_text(NOTE).wait_for()
    screenshot(leaver, "phone-checkin-sent")

    worker = new_context(**PHONE).new_page()
    sign_in(worker, live_site, WORKER)
    menu_link(worker, "Check-ins").click()
    worker.get_by_role("link", name="River").click()
    worker.get_by_role("link", name=todo_title).first.wait_for()
    worker.get_by_text(NOTE).wait_for()
    screenshot(worker, "phone-worker-todo")

    # Its due date passes (moved into the past: the pages compare with the real clock),
    # and the flagging runs.
    with live_site.app.app_context():
        todo = db.session.scalar(
            select(Todo).where(Todo.agreement_id == agreement_id, Todo.title == todo_title)
        )
        assert todo is not None
        todo_id = todo.id
        todo.due_on = utcnow().date() - timedelta(days=2)
        db.session.commit()
        assert overdue.flag_overdue(utcnow()).startswith("1 flagged")

    manager = new_context(**PHONE).new_page()
    sign_in(manager, live_site, MANAGER)
    manager.goto(f"{live_site.url}/checkins/overdue")
    manager.get_by_text(todo_title).first.wait_for()
    assert NOTE not in manager.content()  # never the drop-in
    screenshot(manager, "phone-manager-overdue")

    leaver.reload()
    leaver.locator(f"#todo{todo_id}").get_by_text("Flagged to the manager").wait_for()
    screenshot(leaver, "phone-checkin-flagged")

    desktop = new_context(**DESKTOP).new_page()
    sign_in(desktop, live_site, LEAVER)
    desktop.goto(f"{live_site.url}/checkins/{agreement_id}")
    desktop.get_by_text("Flagged to the manager").first.wait_for()
    screenshot(desktop, "desktop-checkin")
    desktop.goto(f"{live_site.url}/checkins/todos/{todo_id}")
    screenshot(desktop, "desktop-todo")
