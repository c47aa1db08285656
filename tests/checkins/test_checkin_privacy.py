"""Only the two people see a check-in: a third member, a moderator and the manager get 404."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from forum.accounts.models import MemberType
from forum.checkins.models import DropIn, ManagerLink, ManagerState, Todo, TodoComment
from forum.extensions import db, utcnow
from tests.checkins.checkin_helpers import active_checkin, browser, care_leaver, page_of, person
from tests.factories import make_moderator


@pytest.fixture
def world():
    leaver, worker = care_leaver(), person()
    agreement = active_checkin(leaver, worker)
    todo = Todo(
        agreement_id=agreement.id,
        title="Secret plan",
        assignee_id=worker.id,
        created_by_id=worker.id,
    )
    db.session.add(todo)
    db.session.flush()
    manager = person()
    db.session.add(
        ManagerLink(
            worker_id=worker.id,
            manager_id=manager.id,
            state=ManagerState.accepted,
            accepted_at=utcnow(),
        )
    )
    db.session.commit()
    return {
        "leaver": leaver,
        "worker": worker,
        "agreement": agreement,
        "todo": todo,
        "outsiders": {
            "third member": person(),
            "another care leaver": care_leaver(),
            "moderator": make_moderator(member_type=MemberType.practitioner),
            "manager": manager,
        },
    }


OUTSIDERS = ["third member", "another care leaver", "moderator", "manager"]


def pages(w):
    a, t = w["agreement"].id, w["todo"].id
    return [f"/checkins/{a}", f"/checkins/todos/{t}"]


def posts(w):
    a, t = w["agreement"].id, w["todo"].id
    return [
        (f"/checkins/{a}/drop-in", {"mood": "working", "note": "hi"}),
        (f"/checkins/{a}/todos", {"title": "x", "assignee_id": str(w["worker"].id)}),
        (f"/checkins/{a}/accept", {}),
        (f"/checkins/{a}/decline", {}),
        (f"/checkins/{a}/end", {}),
        (f"/checkins/todos/{t}", {"title": "x", "assignee_id": str(w["worker"].id)}),
        (f"/checkins/todos/{t}/done", {}),
        (f"/checkins/todos/{t}/undo", {}),
        (f"/checkins/todos/{t}/comments", {"body": "hello"}),
    ]


@pytest.mark.parametrize("who", OUTSIDERS)
def test_outsiders_get_the_same_404_as_for_nothing(app, world, who):
    client = browser(app, world["outsiders"][who])
    missing = page_of(client.get("/checkins/999999"))
    for url in pages(world):
        answer = client.get(url)
        assert answer.status_code == 404, url
        assert "Secret plan" not in page_of(answer)
        assert page_of(answer) == missing
    for url, data in posts(world):
        assert client.post(url, data=data).status_code == 404, url
    for model in (DropIn, TodoComment):
        assert db.session.scalar(select(func.count()).select_from(model)) == 0
    assert db.session.scalar(select(Todo.done_at)) is None


@pytest.mark.parametrize("who", ["leaver", "worker"])
def test_the_two_people_see_it(app, world, who):
    client = browser(app, world[who])
    for url in pages(world):
        answer = client.get(url)
        assert answer.status_code == 200
        assert "Secret plan" in page_of(answer)


def test_an_ally_has_no_checkins_page(app):
    client = browser(app, person(MemberType.ally))
    assert client.get("/checkins").status_code == 404
    assert "/checkins" not in page_of(client.get("/"))
