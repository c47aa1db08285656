"""The guard in check-ins: findings marked before sending, "Send anyway" with a reason, never held."""

from __future__ import annotations

from sqlalchemy import func, select

from forum.checkins.models import DropIn, Todo, TodoComment
from forum.extensions import db
from forum.review.models import ReviewItem
from tests.checkins.checkin_helpers import (
    active_checkin,
    browser,
    care_leaver,
    drop_in,
    page_of,
    person,
)

NAMED = "My little brother Jayden Smith is being moved again."


def count(model) -> int:
    return int(db.session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_name_in_the_note_is_marked_and_nothing_is_sent(app):
    leaver, worker = care_leaver(), person()
    agreement = active_checkin(leaver, worker)
    answer = drop_in(browser(app, leaver), agreement.id, "needs_sorting", NAMED)
    assert answer.status_code == 422
    page = page_of(answer)
    assert "Jayden Smith</mark>" in page
    assert "Why is this safe to share?" in page
    assert 'value="Send anyway"' in page
    assert NAMED in page  # nothing typed is lost
    assert 'value="needs_sorting" checked' in page or "checked" in page
    assert count(DropIn) == count(Todo) == 0


def test_send_anyway_with_a_reason_sends_and_keeps_the_reason_never_held(app):
    leaver, worker = care_leaver(), person()
    agreement = active_checkin(leaver, worker)
    client = browser(app, leaver)
    empty = drop_in(
        client, agreement.id, "needs_sorting", NAMED, justification=" ", send_anyway="Send anyway"
    )
    assert empty.status_code == 422
    assert "Say why this is safe to share" in page_of(empty)
    sent = drop_in(
        client,
        agreement.id,
        "needs_sorting",
        NAMED,
        justification="My worker knows my brother.",
        send_anyway="Send anyway",
    )
    assert sent.status_code == 302
    stored = db.session.scalar(select(DropIn))
    assert stored is not None
    assert stored.justification == "My worker knows my brother."
    assert count(ReviewItem) == 0
    assert "Jayden Smith" in page_of(browser(app, worker).get(f"/checkins/{agreement.id}"))


def test_the_participants_own_names_are_not_findings(app):
    leaver, worker = care_leaver(display_name="Skylark"), person(display_name="Tom Baker")
    agreement = active_checkin(leaver, worker)
    assert (
        drop_in(browser(app, leaver), agreement.id, "working", "Tom was a great help.").status_code
        == 302
    )


def test_todo_titles_and_comments_go_through_the_guard(app):
    leaver, worker = care_leaver(), person()
    agreement = active_checkin(leaver, worker)
    client = browser(app, worker)
    answer = client.post(
        f"/checkins/{agreement.id}/todos",
        data={"title": "Call Jayden Smith's school", "assignee_id": str(worker.id), "due_on": ""},
    )
    assert answer.status_code == 422
    assert "Jayden Smith" in page_of(answer)
    assert "<mark" in page_of(answer)
    assert count(Todo) == 0
    client.post(
        f"/checkins/{agreement.id}/todos",
        data={"title": "Call the school", "assignee_id": str(worker.id), "due_on": ""},
    )
    todo_id = db.session.scalar(select(Todo.id))
    commented = client.post(f"/checkins/todos/{todo_id}/comments", data={"body": NAMED})
    assert commented.status_code == 422
    assert "Jayden Smith</mark>" in page_of(commented)
    assert count(TodoComment) == 0
