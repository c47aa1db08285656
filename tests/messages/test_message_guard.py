"""The confidentiality guard in private messages: marked before sending, never held."""

from __future__ import annotations

from sqlalchemy import func, select

from forum.extensions import db
from forum.messages.models import Message
from forum.review.models import ReviewItem
from tests.messages.helpers import conversation_of, message_count, page_of, reply, start

NAMED = "I saw Jayden Smith at the contact centre today and he seemed upset."


def review_items() -> int:
    return int(db.session.scalar(select(func.count()).select_from(ReviewItem)) or 0)


def test_the_guard_marks_a_childs_full_name_before_sending(as_member, pair_of_friends):
    alex, bea = pair_of_friends
    answer = start(as_member(alex), bea.id, NAMED)
    assert answer.status_code == 422
    page = page_of(answer)
    assert "<mark" in page
    assert "Jayden Smith</mark>" in page
    assert "This looks like a person&#39;s name." in page
    assert "Why is this safe to share?" in page
    assert 'value="Send anyway"' in page
    assert "Send for review" not in page  # private text is never held for review
    assert NAMED in page  # nothing typed is lost
    assert message_count() == 0


def test_send_anyway_without_a_reason_sends_nothing(as_member, pair_of_friends):
    alex, bea = pair_of_friends
    answer = start(
        as_member(alex), bea.id, NAMED, justification="  ", send_for_review="Send anyway"
    )
    assert answer.status_code == 422
    assert "Say why this is safe to share" in page_of(answer)
    assert NAMED in page_of(answer)
    assert message_count() == 0


def test_send_anyway_with_a_reason_sends_it_keeps_the_reason_and_never_holds_it(
    as_member, pair_of_friends
):
    alex, bea = pair_of_friends
    reason = "Bea is his allocated worker and needs to know."
    sent = start(
        as_member(alex), bea.id, NAMED, justification=reason, send_for_review="Send anyway"
    )
    assert sent.status_code == 302
    message = db.session.scalar(select(Message))
    assert message is not None
    assert message.body_source == NAMED
    assert message.justification == reason
    assert review_items() == 0
    # It arrived: the other side reads it straight away.
    page = page_of(as_member(bea).get(f"/messages/{conversation_of(sent)}"))
    assert "Jayden Smith" in page
    assert "Held for review" not in page


def test_a_reply_is_checked_the_same_way(as_member, pair_of_friends):
    alex, bea = pair_of_friends
    conversation_id = conversation_of(start(as_member(alex), bea.id, "How was your week?"))
    answer = reply(as_member(bea), conversation_id, NAMED)
    assert answer.status_code == 422
    page = page_of(answer)
    assert "Jayden Smith</mark>" in page
    assert 'value="Send anyway"' in page
    assert "How was your week?" in page  # the conversation is still shown around the form
    assert message_count() == 1

    sent = reply(
        as_member(bea),
        conversation_id,
        NAMED.replace("Jayden Smith", "the young person"),
    )
    assert sent.status_code == 302  # edited out: sent without a reason
    kept = db.session.scalars(select(Message.justification).order_by(Message.id)).all()
    assert kept == ["", ""]
    assert review_items() == 0


def test_a_message_without_findings_keeps_no_reason(as_member, pair_of_friends):
    alex, bea = pair_of_friends
    sent = start(
        as_member(alex),
        bea.id,
        "See you at the training day.",
        justification="Not needed",
        send_for_review="Send anyway",
    )
    assert sent.status_code == 302
    assert db.session.scalar(select(Message.justification)) == ""


def test_preview_shows_the_findings_and_sends_nothing(as_member, pair_of_friends):
    alex, bea = pair_of_friends
    answer = as_member(alex).post(
        f"/messages/new?to={bea.id}", data={"body": NAMED, "preview": "Preview"}
    )
    assert answer.status_code == 200
    page = page_of(answer)
    assert "Jayden Smith</mark>" in page
    assert "Preview" in page
    assert message_count() == 0


def test_the_live_check_reports_findings_without_saving(as_member, pair_of_friends):
    alex, _ = pair_of_friends
    found = as_member(alex).post("/messages/check", json={"body": NAMED})
    assert found.status_code == 200
    result = found.get_json()
    assert result["must_hold"] is True
    assert [f["text"] for f in result["findings"]] == ["Jayden Smith"]
    assert as_member(alex).post("/messages/check", json=["not", "an object"]).get_json() == {
        "must_hold": False,
        "findings": [],
    }
    assert message_count() == 0
