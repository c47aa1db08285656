"""Who sees the "Overdue" page, and what: the manager sees the overdue list and nothing else."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest
import time_machine
from flask import Flask
from flask.testing import FlaskClient

from forum.checkins import overdue
from forum.checkins.models import CheckinAgreement, Todo
from forum.extensions import db
from tests.checkins.overdue_fixtures import (
    make_care_leaver,
    make_checkin,
    make_manager,
    make_private_bits,
    make_todo,
)
from tests.conftest import count_queries
from tests.factories import make_moderator, make_user, sign_in

NOW = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def clock() -> object:
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


def flagged_checkin(title: str = "Book the housing appointment") -> dict[str, object]:
    """A managed worker with one flagged item, and an unmanaged one with another."""
    worker = make_user(display_name="Wendy Worker")
    manager = make_user(display_name="Mina Manager")
    make_manager(worker, manager)
    care_leaver = make_care_leaver(display_name="Casey Leaver", time_zone="Pacific/Auckland")
    agreement = make_checkin(care_leaver, worker)
    todo = make_todo(agreement, title, date(2026, 3, 10))
    make_private_bits(agreement, todo)
    loner = make_user(display_name="Lone Worker")
    other = make_checkin(make_care_leaver(), loner)
    make_todo(other, "Sort the rent arrears letter", date(2026, 3, 12))
    overdue.flag_overdue(NOW)
    return {
        "worker": worker,
        "manager": manager,
        "care_leaver": care_leaver,
        "agreement": agreement,
        "todo": todo,
    }


def page(client: FlaskClient) -> str:
    response = client.get("/checkins/overdue")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_the_manager_sees_title_due_date_days_and_worker_and_nothing_else(
    client: FlaskClient,
) -> None:
    made = flagged_checkin()
    sign_in(client, made["manager"])  # type: ignore[arg-type]
    html = page(client)
    assert "Book the housing appointment" in html
    assert "Wendy Worker" in html
    assert "10 March 2026" in html
    assert "5 days" in html  # already the 15th in Auckland (01:00), the care leaver's day
    assert "PRIVATE" not in html
    assert "Casey Leaver" not in html
    assert "Sort the rent arrears letter" not in html  # not their worker
    assert "Workers without a manager" not in html


def test_a_moderator_sees_only_the_workers_without_a_manager(client: FlaskClient) -> None:
    flagged_checkin()
    sign_in(client, make_moderator())
    html = page(client)
    assert "Sort the rent arrears letter" in html
    assert "Lone Worker" in html
    assert "Book the housing appointment" not in html
    assert "PRIVATE" not in html


def test_a_third_practitioner_sees_an_empty_page(client: FlaskClient) -> None:
    flagged_checkin()
    sign_in(client, make_user())
    html = page(client)
    assert "Nobody has named you as their manager yet." in html
    assert "Book the housing appointment" not in html
    assert "Sort the rent arrears letter" not in html


def test_care_leavers_get_page_not_found(client: FlaskClient) -> None:
    made = flagged_checkin()
    sign_in(client, made["care_leaver"])  # type: ignore[arg-type]
    assert client.get("/checkins/overdue").status_code == 404
    assert client.get("/checkins/managing").status_code == 404


def test_an_item_done_after_flagging_leaves_the_list(client: FlaskClient) -> None:
    made = flagged_checkin()
    todo = made["todo"]
    assert isinstance(todo, Todo)
    todo.done_at = NOW
    sign_in(client, made["manager"])  # type: ignore[arg-type]
    html = page(client)
    assert "Book the housing appointment" not in html
    assert "Nothing overdue." in html


def test_a_manager_who_is_removed_no_longer_sees_the_item(client: FlaskClient) -> None:
    made = flagged_checkin()
    sign_in(client, made["worker"])  # type: ignore[arg-type]
    assert client.post("/settings/manager/remove").status_code == 302
    sign_in(client, made["manager"])  # type: ignore[arg-type]
    assert "Book the housing appointment" not in page(client)
    sign_in(client, make_moderator())
    assert "Book the housing appointment" in page(client)


def _checkin_pages(app: Flask, agreement: CheckinAgreement, todo: Todo) -> list[str]:
    """Every GET page of the check-ins blueprint, filled in with this check-in's ids."""
    urls = []
    for rule in app.url_map.iter_rules():
        if not rule.endpoint.startswith("checkins.") or "GET" not in (rule.methods or ()):
            continue
        if not rule.arguments:
            continue
        url = rule.rule
        for name in rule.arguments:
            value = todo.id if "/todos/" in rule.rule else agreement.id
            url = re.sub(rf"<(?:\w+:)?{name}>", str(value), url)
        urls.append(url)
    return urls


def test_the_manager_and_a_moderator_get_page_not_found_on_the_checkin_itself(
    app: Flask, client: FlaskClient
) -> None:
    made = flagged_checkin()
    agreement, todo = made["agreement"], made["todo"]
    assert isinstance(agreement, CheckinAgreement)
    assert isinstance(todo, Todo)
    urls = _checkin_pages(app, agreement, todo)
    if not urls:
        pytest.skip("the check-in pages are not there yet")
    sign_in(client, made["worker"])  # type: ignore[arg-type]
    assert all(client.get(url).status_code == 200 for url in urls), urls
    for outsider in (made["manager"], make_moderator(), make_user()):
        sign_in(client, outsider)  # type: ignore[arg-type]
        for url in urls:
            assert client.get(url).status_code == 404, url


def test_the_page_takes_the_same_queries_for_one_item_or_many(client: FlaskClient) -> None:
    made = flagged_checkin()
    agreement = made["agreement"]
    assert isinstance(agreement, CheckinAgreement)
    sign_in(client, made["manager"])  # type: ignore[arg-type]
    db.session.expire_all()  # each request starts from the database, as on a server
    with count_queries() as one:
        page(client)
    for n in range(6):
        make_todo(agreement, f"Another thing {n}", date(2026, 3, 1))
    overdue.flag_overdue(NOW)
    db.session.expire_all()
    with count_queries() as many:
        html = page(client)
    assert "Another thing 5" in html
    assert many.count == one.count, many.statements
