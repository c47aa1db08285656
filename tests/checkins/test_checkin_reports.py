"""Reporting a check-in: only its two people can, and moderators read only the report's copy."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from forum.accounts.models import MemberType
from forum.checkins.models import (
    DropIn,
    ManagerLink,
    ManagerState,
    Mood,
    Todo,
    TodoChange,
    TodoComment,
)
from forum.extensions import db, utcnow
from forum.mail.models import OutboxMessage
from moderation import claims
from moderation.models import AuditEntry, CaseState, Report, ReportCase
from tests.checkins.checkin_helpers import (
    active_checkin,
    browser,
    care_leaver,
    notes_for,
    page_of,
    person,
)
from tests.factories import make_moderator

REMOVED = "[removed by a moderator]"


def drop_in_by(agreement: Any, note: str, mood: Mood = Mood.needs_sorting, **kw: Any) -> DropIn:
    item = DropIn(
        agreement_id=agreement.id, author_id=agreement.care_leaver_id, mood=mood, note=note, **kw
    )
    db.session.add(item)
    db.session.commit()
    return item


def todo_by(agreement: Any, author_id: int, title: str, **kw: Any) -> Todo:
    item = Todo(
        agreement_id=agreement.id,
        title=title,
        assignee_id=agreement.worker_id,
        created_by_id=author_id,
        due_on=date(2031, 3, 12),
        **kw,
    )
    db.session.add(item)
    db.session.commit()
    return item


def comment_by(todo: Todo, author_id: int, body: str, **kw: Any) -> TodoComment:
    item = TodoComment(todo_id=todo.id, author_id=author_id, body=body, **kw)
    db.session.add(item)
    db.session.commit()
    return item


def report(client: Any, kind: str, item_id: int, reason: str = "harassment", details: str = ""):
    return client.post(
        f"/report/checkin/{kind}/{item_id}",
        data={"reason": reason, "details": details, "submit": "Send report"},
    )


def decide(client: Any, case: ReportCase, button: str, reason: str = "Unkind.") -> Any:
    value = {"delete": "Remove text", "dismiss": "Dismiss", "hide": "Hide"}[button]
    return client.post(
        f"/moderation/reports/{case.id}",
        data={f"case{case.id}-reason": reason, f"case{case.id}-{button}": value},
    )


def only_case() -> ReportCase:
    [case] = db.session.scalars(select(ReportCase)).all()
    db.session.refresh(case)
    return case


@pytest.fixture
def w() -> dict[str, Any]:
    """A care leaver (Kai) and worker (Jo) with check-ins; Jo's manager; a moderator."""
    leaver = care_leaver(display_name="Kai Leaver")
    worker = person(display_name="Jo Worker")
    agreement = active_checkin(leaver, worker)
    manager = person(display_name="Mo Manager")
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
        "manager": manager,
        "moderator": make_moderator(display_name="Sam Moderator"),
    }


# --- members reporting ---------------------------------------------------------------


def test_the_worker_reports_a_drop_in_with_the_ones_before_it(app, w):
    a = w["agreement"]
    # The same care leaver's check-ins with another worker never go into the copy.
    elsewhere = active_checkin(w["leaver"], person())
    drop_in_by(elsewhere, "Note for the other worker")
    earlier = [drop_in_by(a, f"Drop-in note {n}") for n in range(1, 8)]
    reported = earlier[-1]
    drop_in_by(a, "Written after the report")
    worker = browser(app, w["worker"])
    page = page_of(worker.get(f"/checkins/{a.id}"))
    assert f"/report/checkin/drop-in/{reported.id}" in page
    leaver_page = page_of(browser(app, w["leaver"]).get(f"/checkins/{a.id}"))
    assert "/report/checkin/drop-in/" not in leaver_page  # her own drop-ins: no "Report"

    form = page_of(worker.get(f"/report/checkin/drop-in/{reported.id}"))
    for words in ("Report a check-in", "Drop-in note 7", "Reason", "Details", "Send report"):
        assert words in form
    sent = report(worker, "drop-in", reported.id, details="This worries me.")
    assert sent.status_code == 302
    assert sent.headers["Location"].endswith(f"/checkins/{a.id}#d{reported.id}")

    case = only_case()
    assert (case.target_type, case.target_id, case.post_id) == (
        "checkin_drop_in",
        reported.id,
        None,
    )
    copy = case.snapshot
    assert copy["participants"] == ["Kai Leaver", "Jo Worker"]
    assert copy["author_id"] == w["leaver"].id
    rows = [(d["author"], d["text"], d["reported"]) for d in copy["drop_ins"]]
    assert [t for _, t, _ in rows] == [f"Drop-in note {n}" for n in range(2, 8)]
    assert rows[-1] == ("Kai Leaver", "Drop-in note 7", True)
    assert not any(flag for *_, flag in rows[:-1])
    assert {d["mood"] for d in copy["drop_ins"]} == {"This needs sorting"}
    assert "Written after the report" not in str(copy)
    assert "Note for the other worker" not in str(copy)
    [filed] = db.session.scalars(select(Report)).all()
    assert (filed.reporter_id, filed.details) == (w["worker"].id, "This worries me.")
    assert "Your report was received: a moderator will look at the check-in." in notes_for(
        w["worker"]
    )


def test_the_care_leaver_reports_a_to_do_with_its_comments(app, w):
    a, leaver, worker = w["agreement"], w["leaver"], w["worker"]
    todo = todo_by(a, worker.id, "Chase the housing form")
    comment_by(todo, worker.id, "I will ring them")
    comment_by(todo, leaver.id, "Thanks")
    other = todo_by(a, worker.id, "Book the dentist")
    comment_by(other, worker.id, "Comment on another to-do")
    client = browser(app, leaver)
    assert f"/report/checkin/todo/{todo.id}" in page_of(client.get(f"/checkins/{a.id}"))
    todo_page = page_of(client.get(f"/checkins/todos/{todo.id}"))
    assert f"/report/checkin/todo/{todo.id}" in todo_page
    sent = report(client, "todo", todo.id)
    assert sent.headers["Location"].endswith(f"/checkins/todos/{todo.id}")

    copy = only_case().snapshot
    assert copy["todo"] == {
        "title": "Chase the housing form",
        "who": "Jo Worker",
        "due": "12 March 2031",
        "done": False,
        "reported": True,
    }
    assert [(c["author"], c["text"]) for c in copy["comments"]] == [
        ("Jo Worker", "I will ring them"),
        ("Kai Leaver", "Thanks"),
    ]
    assert "Comment on another to-do" not in str(copy)
    assert "Book the dentist" not in str(copy)


def test_a_reported_comment_comes_with_the_comments_before_it(app, w):
    a, leaver, worker = w["agreement"], w["leaver"], w["worker"]
    todo = todo_by(a, leaver.id, "Sort out my bank card")
    comment_by(todo, leaver.id, "Any news?")
    reported = comment_by(todo, worker.id, "Stop asking me")
    comment_by(todo, leaver.id, "Written after the report")
    client = browser(app, leaver)
    page = page_of(client.get(f"/checkins/todos/{todo.id}"))
    assert f"/report/checkin/comment/{reported.id}" in page
    assert page.count("/report/checkin/comment/") == 1  # not on her own comments
    sent = report(client, "comment", reported.id)
    assert sent.headers["Location"].endswith(f"/checkins/todos/{todo.id}#c{reported.id}")
    copy = only_case().snapshot
    assert copy["todo"]["title"] == "Sort out my bank card"
    assert copy["todo"]["reported"] is False
    assert [(c["text"], c["reported"]) for c in copy["comments"]] == [
        ("Any news?", False),
        ("Stop asking me", True),
    ]
    assert "Written after the report" not in str(copy)


@pytest.mark.parametrize("who", ["third member", "manager", "moderator"])
def test_only_the_two_people_can_report(app, w, who):
    a = w["agreement"]
    drop = drop_in_by(a, "Private note")
    todo = todo_by(a, w["worker"].id, "Private to-do")
    comment = comment_by(todo, w["worker"].id, "Private comment")
    outsider = {
        "third member": person(),
        "manager": w["manager"],
        "moderator": make_moderator(member_type=MemberType.practitioner),
    }[who]
    client = browser(app, outsider)
    for kind, item in (("drop-in", drop), ("todo", todo), ("comment", comment)):
        assert client.get(f"/report/checkin/{kind}/{item.id}").status_code == 404
        assert report(client, kind, item.id).status_code == 404
    assert db.session.scalar(select(ReportCase)) is None


def test_no_such_item_or_kind_is_404_and_nobody_reports_their_own(app, w):
    a = w["agreement"]
    drop = drop_in_by(a, "My own note")
    leaver = browser(app, w["leaver"])
    assert leaver.get("/report/checkin/drop-in/999999999").status_code == 404
    assert leaver.get(f"/report/checkin/agreement/{a.id}").status_code == 404
    own = report(leaver, "drop-in", drop.id)
    assert own.status_code == 422
    assert "You cannot report something you wrote yourself." in page_of(own)
    assert db.session.scalar(select(ReportCase)) is None


def test_reports_of_different_kinds_with_the_same_id_stay_separate(app, w):
    a, leaver, worker = w["agreement"], w["leaver"], w["worker"]
    same = 900_001
    drop = drop_in_by(a, "Drop-in with the shared id", id=same)
    todo = todo_by(a, leaver.id, "To-do with the shared id", id=same)
    comment = comment_by(todo, leaver.id, "Comment with the shared id", id=same)
    client = browser(app, worker)
    for kind, item in (("drop-in", drop), ("todo", todo), ("comment", comment)):
        assert report(client, kind, item.id).status_code == 302
    cases = db.session.scalars(select(ReportCase).order_by(ReportCase.id)).all()
    assert [(c.target_type, c.target_id, c.report_count) for c in cases] == [
        ("checkin_drop_in", same, 1),
        ("checkin_todo", same, 1),
        ("checkin_comment", same, 1),
    ]


def test_reporting_twice_folds_into_one_case(app, w):
    drop = drop_in_by(w["agreement"], "Said once")
    client = browser(app, w["worker"])
    assert report(client, "drop-in", drop.id).status_code == 302
    again = report(client, "drop-in", drop.id, "safeguarding")
    assert again.status_code == 422
    assert "You have already reported this." in page_of(again)
    case = only_case()
    assert case.report_count == 1
    assert not case.is_urgent


def test_a_safeguarding_report_alerts_every_moderator_and_quotes_nothing(app, w):
    other_moderator = make_moderator()
    drop = drop_in_by(w["agreement"], "I am not safe at home")
    assert report(browser(app, w["worker"]), "drop-in", drop.id, "safeguarding").status_code == 302
    assert only_case().is_urgent
    mailed = db.session.scalars(
        select(OutboxMessage).where(
            OutboxMessage.subject == "Safeguarding concern reported: please look now"
        )
    ).all()
    assert {w["moderator"].email, other_moderator.email} <= {m.to_address for m in mailed}
    assert all("not safe" not in m.body_text for m in mailed)
    assert all("check-in" in m.body_text for m in mailed)
    queue = page_of(browser(app, w["moderator"]).get("/moderation/reports"))
    assert "Safeguarding concern" in queue


# --- moderators ------------------------------------------------------------------------


def test_moderators_read_the_copy_and_never_the_check_in(app, w):
    a = w["agreement"]
    drop = drop_in_by(a, "Jo never turns up")
    todo = todo_by(a, w["worker"].id, "Chase the housing form")
    report(browser(app, w["worker"]), "drop-in", drop.id, details="Worrying.")
    moderator = browser(app, w["moderator"])
    queue = page_of(moderator.get("/moderation/reports"))
    for words in ("Check-in drop-in", "Between Kai Leaver, Jo Worker", "Jo never turns up"):
        assert words in queue
    assert "Worrying." in queue
    assert "Dismiss" in queue
    assert "Remove text" in queue
    assert "Lock topic" not in queue
    case = only_case()
    assert "Jo never turns up" in page_of(moderator.get(f"/moderation/reports/{case.id}"))
    assert moderator.get(f"/moderation/reports/{case.id}/edit").status_code == 404
    assert "Kai Leaver" not in page_of(moderator.get("/checkins"))  # their own list, if any
    for page in (
        f"/checkins/{a.id}",
        f"/checkins/todos/{todo.id}",
        f"/report/checkin/drop-in/{drop.id}",
    ):
        assert moderator.get(page).status_code == 404, page


@pytest.mark.parametrize("kind", ["drop-in", "todo", "comment"])
def test_a_moderator_removes_the_reported_text(app, w, kind):
    a, leaver, worker = w["agreement"], w["leaver"], w["worker"]
    text = "Something cruel was written here"
    if kind == "drop-in":
        item: Any = drop_in_by(a, text, justification="It is fine")
        page, author, reporter = f"/checkins/{a.id}", leaver, worker
    elif kind == "todo":
        item = todo_by(a, worker.id, text, justification="It is fine")
        db.session.add(
            TodoChange(
                todo_id=item.id, actor_id=worker.id, what=f"Changed what needs doing to “{text}”"
            )
        )
        db.session.commit()
        page, author, reporter = f"/checkins/todos/{item.id}", worker, leaver
    else:
        todo = todo_by(a, leaver.id, "Sort out my bank card")
        item = comment_by(todo, worker.id, text, justification="It is fine")
        page, author, reporter = f"/checkins/todos/{todo.id}", worker, leaver
    assert text in page_of(browser(app, reporter).get(page))
    report(browser(app, reporter), kind, item.id)
    case = only_case()
    decided = decide(browser(app, w["moderator"]), case, "delete", "Cruel.")
    assert decided.status_code == 302
    db.session.refresh(case)
    assert case.state is CaseState.resolved
    for reader in (leaver, worker):
        shown = page_of(browser(app, reader).get(page))
        assert text not in shown
        assert REMOVED in shown
    db.session.refresh(item)
    assert item.justification == ""
    assert text in str(case.snapshot)  # the record stays with the report
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "checkin.remove_text"))
    assert entry is not None
    assert (entry.target_type, entry.target_id, entry.reason) == (
        case.target_type,
        item.id,
        "Cruel.",
    )
    assert any(n.startswith("A moderator removed the text of a") for n in notes_for(author))
    assert any(n.startswith("A moderator has dealt with your report") for n in notes_for(reporter))
    queue = page_of(browser(app, w["moderator"]).get("/moderation/reports"))
    assert "No reports are waiting." in queue


def test_a_check_in_case_can_be_dismissed_but_not_hidden(app, w):
    drop = drop_in_by(w["agreement"], "Nothing wrong with this")
    report(browser(app, w["worker"]), "drop-in", drop.id)
    case = only_case()
    moderator = browser(app, w["moderator"])
    assert decide(moderator, case, "hide").status_code == 302
    db.session.refresh(case)
    assert case.state is CaseState.open
    missing = decide(moderator, case, "dismiss", reason="")
    assert missing.status_code == 422
    assert decide(moderator, case, "dismiss", "Fine.").status_code == 302
    db.session.refresh(case)
    assert case.state is CaseState.dismissed
    shown = page_of(browser(app, w["leaver"]).get(f"/checkins/{w['agreement'].id}"))
    assert "Nothing wrong with this" in shown
    assert "Dismissed by Sam Moderator" in page_of(moderator.get(f"/moderation/reports/{case.id}"))


def test_the_queue_costs_the_same_with_few_or_many_check_in_cases(app, w, queries):
    a = w["agreement"]
    worker = browser(app, w["worker"])
    leaver = browser(app, w["leaver"])
    moderator = browser(app, w["moderator"])

    def add(n: int) -> None:
        for i in range(n):
            drop = drop_in_by(a, f"Note {i}", created_at=utcnow() - timedelta(minutes=i))
            todo = todo_by(a, w["worker"].id, f"To-do {i}")
            comment = comment_by(todo, w["worker"].id, f"Comment {i}")
            report(worker, "drop-in", drop.id, "safeguarding" if i % 2 else "spam")
            report(leaver, "todo", todo.id)
            report(leaver, "comment", comment.id)
        case = db.session.scalars(select(ReportCase).order_by(ReportCase.id.desc())).first()
        assert case is not None
        claims.claim(make_moderator(), claims.Queue.report, case.id)

    def count() -> int:
        db.session.commit()
        with app.app_context(), queries() as counter:
            response = moderator.get("/moderation/reports")
        assert response.status_code == 200
        return counter.count

    add(1)
    few = count()
    add(4)
    many = count()
    assert few == many
    assert many <= 10, many
