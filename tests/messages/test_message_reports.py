"""Reporting a private message: only its participants can, and the report carries its context."""

from __future__ import annotations

from sqlalchemy import select

from forum.extensions import db
from forum.mail.models import OutboxMessage
from forum.messages.models import Message
from forum.notifications.models import Notification
from moderation.models import AuditEntry, CaseState, Report, ReportCase
from tests.factories import make_moderator, make_user
from tests.messages.helpers import block, connect, conversation_of, page_of, reply, start


def a_conversation(as_member, alex, bea) -> tuple[int, list[Message]]:
    """Seven messages back and forth; the last, from Alex, is the one to report."""
    conversation_id = conversation_of(start(as_member(alex), bea.id, "Note 1 in the chat"))
    for n in range(2, 8):
        who = alex if n % 2 else bea
        reply(as_member(who), conversation_id, f"Note {n} in the chat")
    return conversation_id, list(db.session.scalars(select(Message).order_by(Message.id)))


def report(client, message_id: int, reason: str = "harassment", details: str = "") -> object:
    return client.post(
        f"/report/message/{message_id}",
        data={"reason": reason, "details": details, "submit": "Send report"},
    )


def test_a_participant_reports_a_message_with_its_context(as_member, pair_of_friends):
    alex, bea = pair_of_friends
    conversation_id, messages = a_conversation(as_member, alex, bea)
    reported = messages[-1]
    reader = as_member(bea)
    page = page_of(reader.get(f"/messages/{conversation_id}"))
    assert f"/report/message/{reported.id}" in page
    assert f"/report/message/{messages[-2].id}" not in page  # her own message: no "Report"

    form = page_of(reader.get(f"/report/message/{reported.id}"))
    assert "Report a message" in form
    assert "Note 7 in the chat" in form
    assert "Reason" in form
    assert "Details" in form
    assert "Send report" in form
    sent = report(reader, reported.id, details="He keeps writing late at night.")
    assert sent.status_code == 302
    assert sent.headers["Location"].endswith(f"/messages/{conversation_id}#m{reported.id}")

    case = db.session.scalar(select(ReportCase))
    assert case is not None
    assert (case.target_type, case.target_id, case.post_id) == ("message", reported.id, None)
    assert case.report_count == 1
    copy = case.snapshot
    assert copy["participants"] == ["Alex Moreno", "Bea Okafor"]
    assert copy["author_id"] == alex.id
    texts = [(m["author"], m["text"], m["reported"]) for m in copy["messages"]]
    assert texts[-1] == ("Alex Moreno", "Note 7 in the chat", True)
    assert [t for _, t, _ in texts] == [f"Note {n} in the chat" for n in range(2, 8)]
    assert [a for a, _, _ in texts] == ["Bea Okafor", "Alex Moreno"] * 3
    assert not any(flag for *_, flag in texts[:-1])
    [filed] = db.session.scalars(select(Report)).all()
    assert (filed.reporter_id, filed.details) == (bea.id, "He keeps writing late at night.")
    note = db.session.scalar(
        select(Notification.text).where(
            Notification.user_id == bea.id, Notification.kind == "report_received"
        )
    )
    assert note == "Your report was received: a moderator will look at the message."


def test_only_participants_can_report_a_message(as_member, pair_of_friends):
    alex, bea = pair_of_friends
    _, messages = a_conversation(as_member, alex, bea)
    for outsider in (make_user(), make_moderator()):
        browser = as_member(outsider)
        assert browser.get(f"/report/message/{messages[-1].id}").status_code == 404
        assert report(browser, messages[-1].id).status_code == 404
    assert as_member(bea).get("/report/message/999999999").status_code == 404
    assert db.session.scalar(select(ReportCase)) is None


def test_nobody_reports_their_own_message_or_one_they_cannot_see(as_member, pair_of_friends):
    alex, bea = pair_of_friends
    _, messages = a_conversation(as_member, alex, bea)
    own = report(as_member(alex), messages[-1].id)
    assert own.status_code == 422
    assert "You cannot report your own message." in page_of(own)
    # A message from a member she has blocked is, to her, not there at all.
    block(bea, alex)
    assert report(as_member(bea), messages[-1].id).status_code == 404
    assert db.session.scalar(select(ReportCase)) is None


def test_two_participants_reporting_one_message_make_one_case(as_member):
    alex, bea, cat = (make_user(display_name=n) for n in ("Alex Moreno", "Bea Okafor", "Cat Diaz"))
    connect(alex, bea)
    connect(alex, cat)
    connect(bea, cat)
    conversation_id = conversation_of(start(as_member(alex), [bea.id, cat.id], "Something nasty."))
    message = db.session.scalar(select(Message))
    assert message is not None
    assert report(as_member(bea), message.id).status_code == 302
    assert report(as_member(cat), message.id, "spam").status_code == 302
    again = report(as_member(cat), message.id)
    assert again.status_code == 422
    assert "already reported this message" in page_of(again)
    [case] = db.session.scalars(select(ReportCase)).all()
    db.session.refresh(case)
    assert case.report_count == 2
    assert conversation_id == case.snapshot["conversation_id"]


def test_moderators_read_the_copy_in_the_queue_and_never_the_conversation(
    as_member, pair_of_friends
):
    alex, bea = pair_of_friends
    conversation_id, messages = a_conversation(as_member, alex, bea)
    report(as_member(bea), messages[-1].id, details="Unkind.")
    moderator = as_member(make_moderator())
    queue = page_of(moderator.get("/moderation/reports"))
    assert "A private message" in queue
    assert "Between Alex Moreno, Bea Okafor" in queue
    assert "Note 7 in the chat" in queue
    assert "Note 2 in the chat" in queue
    assert "Note 1 in the chat" not in queue  # only the few before it
    assert "Unkind." in queue
    assert moderator.get(f"/messages/{conversation_id}").status_code == 404
    case = db.session.scalar(select(ReportCase))
    assert case is not None
    assert "Note 7 in the chat" in page_of(moderator.get(f"/moderation/reports/{case.id}"))
    assert moderator.get(f"/moderation/reports/{case.id}/edit").status_code == 404


def test_a_moderator_deletes_a_reported_message(as_member, pair_of_friends):
    alex, bea = pair_of_friends
    conversation_id, messages = a_conversation(as_member, alex, bea)
    report(as_member(bea), messages[-1].id)
    case = db.session.scalar(select(ReportCase))
    assert case is not None
    moderator = make_moderator()
    decided = as_member(moderator).post(
        f"/moderation/reports/{case.id}",
        data={f"case{case.id}-reason": "Harassment.", f"case{case.id}-delete": "Delete"},
    )
    assert decided.status_code == 302
    db.session.refresh(case)
    assert case.state is CaseState.resolved
    for reader in (alex, bea):
        page = page_of(as_member(reader).get(f"/messages/{conversation_id}"))
        assert "Note 7 in the chat" not in page
        assert "This message was deleted." in page
    assert case.snapshot["messages"][-1]["text"] == "Note 7 in the chat"  # the record stays
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "message.delete"))
    assert entry is not None
    assert (entry.target_type, entry.target_id, entry.reason) == (
        "message",
        messages[-1].id,
        "Harassment.",
    )
    told = db.session.scalars(select(Notification.text).where(Notification.user_id == alex.id))
    assert "A moderator deleted a message you sent." in list(told)


def test_a_message_case_cannot_be_hidden_or_locked_and_can_be_dismissed(as_member, pair_of_friends):
    alex, bea = pair_of_friends
    _, messages = a_conversation(as_member, alex, bea)
    report(as_member(bea), messages[-1].id)
    case = db.session.scalar(select(ReportCase))
    assert case is not None
    moderator = as_member(make_moderator())
    hide = moderator.post(
        f"/moderation/reports/{case.id}",
        data={f"case{case.id}-reason": "x", f"case{case.id}-hide": "Hide"},
    )
    assert hide.status_code == 302
    db.session.refresh(case)
    assert case.state is CaseState.open
    dismissed = moderator.post(
        f"/moderation/reports/{case.id}",
        data={f"case{case.id}-reason": "Nothing wrong.", f"case{case.id}-dismiss": "Dismiss"},
    )
    assert dismissed.status_code == 302
    db.session.refresh(case)
    assert case.state is CaseState.dismissed
    assert "Note 7 in the chat" in page_of(
        as_member(bea).get(f"/messages/{case.snapshot['conversation_id']}")
    )


def test_a_safeguarding_report_of_a_message_alerts_every_moderator(as_member, pair_of_friends):
    alex, bea = pair_of_friends
    moderators = [make_moderator(), make_moderator()]
    _, messages = a_conversation(as_member, alex, bea)
    assert report(as_member(bea), messages[-1].id, "safeguarding").status_code == 302
    case = db.session.scalar(select(ReportCase))
    assert case is not None
    assert case.is_urgent
    mailed = db.session.scalars(
        select(OutboxMessage).where(
            OutboxMessage.subject == "Safeguarding concern reported: please look now"
        )
    ).all()
    assert {m.email for m in moderators} <= {m.to_address for m in mailed}
    assert all("Note 7" not in m.body_text for m in mailed)  # the mail quotes nothing
