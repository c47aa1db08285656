"""The composer's as-you-type check answers with findings and saves nothing."""

from __future__ import annotations

from sqlalchemy import func, select

from forum.extensions import db
from forum.threads.models import Topic
from tests.factories import make_user, sign_in


def test_it_returns_findings_with_reasons_and_whether_they_hold(client):
    sign_in(client, make_user())
    before = db.session.scalar(select(func.count()).select_from(Topic))
    response = client.post(
        "/s/case-discussion/check",
        json={"title": "Help", "body": "Kayleigh was born 03/04/2009."},
    )
    assert response.status_code == 200
    data = response.get_json()
    assert data["must_hold"] is True
    found = {(f["field"], f["kind"], f["text"]) for f in data["findings"]}
    assert ("body", "person_name", "Kayleigh") in found
    assert ("body", "date_of_birth", "03/04/2009") in found
    assert all(f["reason"] for f in data["findings"])
    assert db.session.scalar(select(func.count()).select_from(Topic)) == before


def test_a_date_alone_is_pointed_out_but_does_not_hold_outside_strict_spaces(client):
    sign_in(client, make_user())
    data = client.post(
        "/s/good-practice/check", json={"body": "Meeting on 12 March 2027."}
    ).get_json()
    assert data["must_hold"] is False
    assert [f["kind"] for f in data["findings"]] == ["date"]


def test_a_space_the_member_cannot_see_answers_404(client):
    sign_in(client, make_user())  # a practitioner
    assert client.post("/s/care-leavers-lounge/check", json={"body": "x"}).status_code == 404


def test_visitors_are_sent_to_sign_in(client):
    response = client.post("/s/welcome/check", json={"body": "x"})
    assert response.status_code == 302
    assert "/sign-in" in response.headers["Location"]
