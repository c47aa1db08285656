"""The shared to-do list: add, edit, "Done" and undo, comments, and a history of who changed what."""

from __future__ import annotations

from sqlalchemy import select

from forum.checkins.models import Todo, TodoChange, TodoComment
from forum.extensions import db
from tests.checkins.checkin_helpers import (
    active_checkin,
    browser,
    care_leaver,
    notes_for,
    page_of,
    person,
)


def add(
    client, agreement_id, title="Book the housing appointment", who=None, due="2031-03-12", **extra
):
    data = {
        "title": title,
        "assignee_id": str(who),
        "due_on": due,
        "submit": "Add a to-do",
        **extra,
    }
    return client.post(f"/checkins/{agreement_id}/todos", data=data)


def the_todo() -> Todo:
    found = db.session.scalar(select(Todo).execution_options(populate_existing=True))
    assert found is not None
    return found


def history() -> list[str]:
    return list(db.session.scalars(select(TodoChange.what).order_by(TodoChange.id)))


def test_either_side_adds_a_todo_for_either_of_them(app):
    leaver, worker = care_leaver(), person()
    agreement = active_checkin(leaver, worker)
    client = browser(app, leaver)
    form = page_of(client.get(f"/checkins/{agreement.id}"))
    for label in (
        "Add a to-do",
        "What needs doing",
        ">Who<",
        ">Due<",
        f"Me ({leaver.display_name})",
    ):
        assert label in form
    answer = add(client, agreement.id, who=worker.id)
    assert answer.status_code == 302
    todo = the_todo()
    assert (todo.title, todo.assignee_id, str(todo.due_on)) == (
        "Book the housing appointment",
        worker.id,
        "2031-03-12",
    )
    assert f"{leaver.display_name} added a to-do for you" in notes_for(worker)
    page = page_of(browser(app, worker).get(f"/checkins/{agreement.id}"))
    assert "Book the housing appointment" in page
    assert "Due 12 March 2031" in page


def test_who_must_be_one_of_the_two(app):
    leaver, worker = care_leaver(), person()
    stranger = person()
    agreement = active_checkin(leaver, worker)
    answer = add(browser(app, leaver), agreement.id, who=stranger.id)
    assert answer.status_code == 422
    assert db.session.scalar(select(Todo)) is None


def test_a_title_is_needed(app):
    leaver, worker = care_leaver(), person()
    agreement = active_checkin(leaver, worker)
    answer = add(browser(app, leaver), agreement.id, title="  ", who=leaver.id)
    assert answer.status_code == 422
    assert "There is a problem" in page_of(answer)


def test_edit_done_undo_and_comments_leave_a_history(app):
    leaver, worker = care_leaver(), person()
    agreement = active_checkin(leaver, worker)
    add(browser(app, leaver), agreement.id, who=worker.id)
    todo_id = the_todo().id
    wc = browser(app, worker)
    edited = wc.post(
        f"/checkins/todos/{todo_id}",
        data={
            "title": "Book the housing appointment for Tuesday",
            "assignee_id": str(leaver.id),
            "due_on": "2031-03-20",
            "submit": "Save changes",
        },
    )
    assert edited.status_code == 302
    todo = the_todo()
    assert todo.title.endswith("for Tuesday")
    assert todo.assignee_id == leaver.id
    assert str(todo.due_on) == "2031-03-20"

    assert wc.post(f"/checkins/todos/{todo_id}/done").status_code == 302
    assert the_todo().done_at is not None
    assert the_todo().done_by_id == worker.id
    wc.post(f"/checkins/todos/{todo_id}/done")  # pressed twice: one "Done" in the history
    lc = browser(app, leaver)
    lc.post(f"/checkins/todos/{todo_id}/undo")
    assert the_todo().done_at is None

    commented = lc.post(
        f"/checkins/todos/{todo_id}/comments", data={"body": "I rang them, no answer yet."}
    )
    assert commented.status_code == 302
    assert db.session.scalar(select(TodoComment.body)) == "I rang them, no answer yet."
    assert f"{leaver.display_name} commented on a to-do" in notes_for(worker)

    assert history() == [
        "Added",
        "Changed what needs doing to “Book the housing appointment for Tuesday”",
        f"Changed who to {leaver.display_name}",
        "Moved the due date to 20 March 2031",
        "Done",
        "Marked as not done",
    ]
    page = page_of(wc.get(f"/checkins/todos/{todo_id}"))
    assert "I rang them, no answer yet." in page
    assert f"{leaver.display_name}: Marked as not done" in page
    assert "You: Done" in page


def test_a_flagged_item_says_so_to_both_sides(app):
    from forum.extensions import utcnow

    leaver, worker = care_leaver(), person()
    agreement = active_checkin(leaver, worker)
    add(browser(app, leaver), agreement.id, who=worker.id, due="2020-01-01")
    todo = the_todo()
    assert "Overdue" in page_of(browser(app, leaver).get(f"/checkins/{agreement.id}"))
    todo.flagged_at = utcnow()
    db.session.commit()
    for member in (leaver, worker):
        assert "Flagged to the manager" in page_of(
            browser(app, member).get(f"/checkins/{agreement.id}")
        )
        assert "Flagged to the manager" in page_of(
            browser(app, member).get(f"/checkins/todos/{todo.id}")
        )


def test_moving_a_flagged_item_to_a_new_day_clears_the_flag(app):
    """A new due day is a new promise: the badge goes, and if that day passes too it is flagged again."""
    from forum.extensions import utcnow

    leaver, worker = care_leaver(), person()
    agreement = active_checkin(leaver, worker)
    add(browser(app, leaver), agreement.id, who=worker.id, due="2020-01-01")
    todo = the_todo()
    todo.flagged_at = utcnow()
    db.session.commit()
    response = browser(app, worker).post(
        f"/checkins/todos/{todo.id}",
        data={"title": todo.title, "assignee_id": str(worker.id), "due_on": "2031-03-12"},
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert todo.flagged_at is None
    assert "Flagged to the manager" not in page_of(
        browser(app, leaver).get(f"/checkins/{agreement.id}")
    )
