"""Check-ins in each participant's export, erasure, and pages in a fixed number of queries."""

from __future__ import annotations

import json

from sqlalchemy import select

from forum.checkins.models import AgreementState, CheckinAgreement, DropIn, Mood, Todo, TodoComment
from forum.extensions import db
from forum.privacy import export
from forum.privacy.erasure import erase_member
from tests.checkins.checkin_helpers import active_checkin, browser, care_leaver, person


def fill(agreement, leaver, worker, n: int) -> None:
    for i in range(n):
        db.session.add(
            DropIn(
                agreement_id=agreement.id,
                author_id=leaver.id,
                mood=Mood.needs_sorting,
                note=f"Note {i}",
            )
        )
        todo = Todo(
            agreement_id=agreement.id,
            title=f"Thing {i}",
            assignee_id=worker.id,
            created_by_id=leaver.id,
        )
        db.session.add(todo)
        db.session.flush()
        db.session.add(TodoComment(todo_id=todo.id, author_id=worker.id, body=f"On it {i}"))
    db.session.commit()


def part_for(member) -> dict:
    (part,) = [p for p in export.collect(member) if p.name == "checkins"]
    return json.loads(json.dumps(part.data, default=str))


def test_both_exports_hold_the_checkin_with_the_other_person_by_name_only(app):
    leaver, worker = care_leaver(), person()
    agreement = active_checkin(leaver, worker)
    fill(agreement, leaver, worker, 1)
    mine = part_for(leaver)
    assert mine[0]["with"] == worker.display_name
    assert mine[0]["drop_ins"][0] == {
        **mine[0]["drop_ins"][0],
        "from": "You",
        "note": "Note 0",
        "how": "This needs sorting",
    }
    assert mine[0]["todos"][0]["comments"][0]["from"] == worker.display_name
    theirs = part_for(worker)
    assert theirs[0]["with"] == leaver.display_name
    assert worker.email not in json.dumps(mine)
    assert leaver.email not in json.dumps(theirs)
    assert part_for(person()) == []


def test_erasure_ends_the_checkin_and_removes_what_they_wrote(app):
    leaver, worker = care_leaver(), person()
    agreement = active_checkin(leaver, worker)
    fill(agreement, leaver, worker, 1)
    erase_member(leaver)
    db.session.commit()
    stored = db.session.get(CheckinAgreement, agreement.id)
    db.session.refresh(stored)
    assert stored.state is AgreementState.ended
    assert db.session.scalar(select(DropIn.note)) == ""
    assert db.session.scalar(select(Todo.title)) == "[removed]"
    assert db.session.scalar(select(TodoComment.body)) == "On it 0"  # the worker's own words stay
    page = browser(app, worker).get(f"/checkins/{agreement.id}").get_data(as_text=True)
    assert "Former member" in page
    assert "Note 0" not in page


def count(app, client, queries, url: str) -> int:
    with app.app_context(), queries() as counter:
        response = client.get(url)
    assert response.status_code == 200, url
    return counter.count


def test_pages_cost_the_same_with_few_or_many_items(app, queries):
    worker = person()
    leaver = care_leaver()
    agreement = active_checkin(leaver, worker)
    fill(agreement, leaver, worker, 1)
    client = browser(app, worker)
    todo_id = db.session.scalar(select(Todo.id))
    few = [
        count(app, client, queries, url)
        for url in ("/checkins", f"/checkins/{agreement.id}", f"/checkins/todos/{todo_id}")
    ]
    fill(agreement, leaver, worker, 30)
    for _ in range(5):
        other = active_checkin(care_leaver(), worker)
        fill(other, other.care_leaver, worker, 2)
    many = [
        count(app, client, queries, url)
        for url in ("/checkins", f"/checkins/{agreement.id}", f"/checkins/todos/{todo_id}")
    ]
    assert many == few
    # The member and the header's count (2), then the page's own: the list 2, a check-in 5,
    # a to-do 3.
    assert few == [4, 7, 5]
    leaver_client = browser(app, leaver)
    assert count(app, leaver_client, queries, f"/checkins/{agreement.id}") == few[1]
