"""A reconnect request is private text: the guard marks it before it is sent, never holds it."""

from __future__ import annotations

from sqlalchemy import func, select

from forum.accounts.models import MemberType
from forum.extensions import db
from forum.people.models import Connection
from forum.review.models import ReviewItem
from tests.factories import make_user, sign_in

NAMED = "You were my PA when Kayla Mensah and I shared the flat on Harehills Lane."


def requests_count() -> int:
    return db.session.scalar(select(func.count()).select_from(Connection)) or 0


def test_a_childs_name_in_a_request_is_marked_and_nothing_is_sent(client):
    asker, worker = make_user(member_type=MemberType.care_leaver), make_user()
    sign_in(client, asker)
    response = client.post(
        f"/members/{worker.id}/connect",
        data={"message": NAMED, "how_we_know": "At the leaving care team", "submit": "y"},
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "<mark>Kayla Mensah</mark>" in page
    assert "Send anyway" in page
    assert NAMED in page  # nothing typed is lost
    assert requests_count() == 0


def test_send_anyway_with_a_reason_sends_it_and_keeps_the_reason(client):
    asker, worker = make_user(member_type=MemberType.care_leaver), make_user()
    sign_in(client, asker)
    response = client.post(
        f"/members/{worker.id}/connect",
        data={
            "message": NAMED,
            "send_for_review": "y",
            "justification": "Kayla asked me to say hello to him.",
        },
    )
    assert response.status_code == 302
    request = db.session.scalar(select(Connection).where(Connection.requester_id == asker.id))
    assert request is not None
    assert request.justification == "Kayla asked me to say hello to him."
    assert db.session.scalar(select(func.count()).select_from(ReviewItem)) == 0


def test_send_anyway_without_a_reason_asks_for_one(client):
    asker, worker = make_user(), make_user()
    sign_in(client, asker)
    response = client.post(
        f"/members/{worker.id}/connect", data={"message": NAMED, "send_for_review": "y"}
    )
    assert response.status_code == 422
    assert "Say why this is safe to share" in response.get_data(as_text=True)
    assert requests_count() == 0


def test_greeting_the_member_by_their_own_name_is_not_a_finding(client):
    asker = make_user(member_type=MemberType.care_leaver, display_name="Skye")
    worker = make_user(display_name="Tom, personal adviser")
    sign_in(client, asker)
    response = client.post(
        f"/members/{worker.id}/connect",
        data={"message": "Hi Tom, it's Skye. It's been a while.", "submit": "y"},
    )
    assert response.status_code == 302
    assert requests_count() == 1
