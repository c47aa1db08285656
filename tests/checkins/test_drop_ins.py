"""The two-minute drop-in: two big choices, an optional note, "Send check-in"; the worker is told."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from forum.checkins.models import DropIn, Mood, Todo, TodoChange
from forum.extensions import db, utcnow
from forum.mail.models import OutboxMessage
from tests.checkins.checkin_helpers import (
    active_checkin,
    browser,
    care_leaver,
    drop_in,
    notes_for,
    page_of,
    person,
    todo_count,
)


def test_the_drop_in_form_has_the_two_choices_a_note_and_send(app):
    leaver, worker = care_leaver(), person(display_name="Tom Adviser")
    agreement = active_checkin(leaver, worker)
    page = page_of(browser(app, leaver).get(f"/checkins/{agreement.id}"))
    for words in (
        "This is working",
        "This needs sorting",
        ">Note<",
        'value="Send check-in"',
        "Add a to-do for Tom Adviser",
    ):
        assert words in page
    # It works without JavaScript: an ordinary form posting to the drop-in address.
    assert f'action="/checkins/{agreement.id}/drop-in"' in page
    # The worker does not get the drop-in form: it is the care leaver's.
    assert 'value="Send check-in"' not in page_of(
        browser(app, worker).get(f"/checkins/{agreement.id}")
    )


def test_needs_sorting_sends_the_check_in_and_makes_a_todo_for_the_worker(app):
    leaver, worker = care_leaver(), person()
    agreement = active_checkin(leaver, worker)
    client = browser(app, leaver)
    sent = drop_in(client, agreement.id, "needs_sorting", "My rent payment has not come through.")
    assert sent.status_code == 302
    shown = page_of(client.get(sent.headers["Location"]))
    assert "Check-in sent." in shown
    assert f"A to-do was added for {worker.display_name}." in shown
    stored = db.session.scalar(select(DropIn))
    assert stored is not None
    assert stored.mood is Mood.needs_sorting
    todo = db.session.scalar(select(Todo))
    assert todo is not None
    today = utcnow().astimezone().date()  # factory members use Europe/London
    assert todo.title.startswith("Sort out what was raised in the check-in of ")
    assert "rent" not in todo.title  # never the note: a manager may one day read the title
    assert todo.assignee_id == worker.id
    assert todo.from_drop_in_id == stored.id
    assert todo.due_on is not None
    assert abs((todo.due_on - today) - timedelta(days=7)) <= timedelta(days=1)
    # The worker is told in the app and by email (the default for check-ins), without the note.
    assert f"{leaver.display_name} sent a check-in: This needs sorting" in notes_for(worker)
    mail = db.session.scalars(
        select(OutboxMessage).where(OutboxMessage.to_address == worker.email)
    ).all()
    assert len(mail) == 1
    assert "rent" not in mail[0].body_text
    # The worker sees the note and the new to-do.
    page = page_of(browser(app, worker).get(f"/checkins/{agreement.id}"))
    assert "My rent payment has not come through." in page
    assert todo.title in page
    history = db.session.scalars(select(TodoChange.what)).all()
    assert history == ["Added from a check-in"]


def test_unticking_the_box_sends_no_todo(app):
    leaver, worker = care_leaver(), person()
    agreement = active_checkin(leaver, worker)
    client = browser(app, leaver)
    sent = client.post(
        f"/checkins/{agreement.id}/drop-in",
        data={"mood": "needs_sorting", "note": "", "submit": "Send check-in"},
    )
    assert sent.status_code == 302
    assert todo_count() == 0
    assert db.session.scalar(select(DropIn)) is not None


def test_this_is_working_makes_no_todo(app):
    leaver, worker = care_leaver(), person()
    agreement = active_checkin(leaver, worker)
    assert drop_in(browser(app, leaver), agreement.id, "working").status_code == 302
    assert todo_count() == 0
    assert f"{leaver.display_name} sent a check-in: This is working" in notes_for(worker)


def test_without_a_choice_nothing_is_sent_and_the_note_is_kept(app):
    leaver, worker = care_leaver(), person()
    agreement = active_checkin(leaver, worker)
    answer = browser(app, leaver).post(
        f"/checkins/{agreement.id}/drop-in",
        data={"note": "Half a thought", "submit": "Send check-in"},
    )
    assert answer.status_code == 422
    page = page_of(answer)
    assert "Choose one." in page
    assert "Half a thought" in page
    assert db.session.scalar(select(DropIn)) is None


def test_with_javascript_the_page_gets_the_new_check_in_and_todo_as_json(app):
    leaver, worker = care_leaver(), person()
    agreement = active_checkin(leaver, worker)
    answer = browser(app, leaver).post(
        f"/checkins/{agreement.id}/drop-in",
        data={"mood": "needs_sorting", "note": "Bills <b>late</b>", "add_todo": "y"},
        headers={"Accept": "application/json"},
    )
    assert answer.status_code == 200
    result = answer.get_json()
    assert result["sent"] is True
    assert "This needs sorting" in result["drop_in_html"]
    assert "Bills &lt;b&gt;late&lt;/b&gt;" in result["drop_in_html"]  # escaped by the server
    assert "Sort out what was raised" in result["todo_html"]
    # A refused drop-in tells the script to submit the ordinary way.
    refused = browser(app, leaver).post(
        f"/checkins/{agreement.id}/drop-in",
        data={"note": "x"},
        headers={"Accept": "application/json"},
    )
    assert refused.status_code == 422
    assert refused.get_json() == {"sent": False}


def test_a_worker_cannot_send_a_drop_in(app):
    leaver, worker = care_leaver(), person()
    agreement = active_checkin(leaver, worker)
    answer = drop_in(browser(app, worker), agreement.id, "working")
    assert answer.status_code == 403
    assert db.session.scalar(select(DropIn)) is None
