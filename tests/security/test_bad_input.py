"""Inputs found from outside that once answered 500; each now gets a plain answer."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from forum.accounts import passwords
from forum.accounts.models import User
from forum.extensions import db
from tests.accounts.test_membership_flow import APPLICATION
from tests.accounts.test_sign_in_and_reset import mails_to, reset_link, sign_in_with_form
from tests.factories import make_topic, make_user, sign_in

# Strong in its first 72 characters, then 128 more: 200, the most the forms accept.
LONG_PASSWORD = ("kestrel lantern orchard 19 " * 3)[:72] + "x" * 128


def test_a_long_strong_password_is_accepted_by_the_strength_check():
    assert len(LONG_PASSWORD) == passwords.MAX_LENGTH
    assert passwords.weakness(LONG_PASSWORD) is None


def test_a_long_weak_password_is_refused_with_a_reason_not_a_crash():
    assert passwords.weakness("a" * 150)


def test_applying_with_a_password_longer_than_72_characters_works(client):
    response = client.post("/apply", data={**APPLICATION, "password": LONG_PASSWORD})
    assert response.status_code == 302
    user = db.session.scalar(select(User).where(User.email == APPLICATION["email"]))
    assert user is not None
    assert passwords.check_password(user.password_hash, LONG_PASSWORD)


def test_applying_with_a_too_long_password_says_so_and_keeps_the_rest(client):
    response = client.post("/apply", data={**APPLICATION, "password": "k" * 201})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "There is a problem" in page
    assert APPLICATION["display_name"] in page
    assert APPLICATION["reason"] in page


def test_resetting_to_a_password_longer_than_72_characters_works(client):
    user = make_user()
    db.session.commit()
    link = reset_link(client, user.email)
    response = client.post(link, data={"password": LONG_PASSWORD, "confirm": LONG_PASSWORD})
    assert response.status_code == 302
    assert mails_to(user.email)
    assert sign_in_with_form(client, user.email, LONG_PASSWORD).status_code == 302


@pytest.mark.parametrize(
    "path",
    [
        "/s/good%00practice",
        "/s/good%00practice/new",
        "/s/welcome%01",
        "/t/99999999999999999999",
        "/p/9223372036854775808",
        "/t/2147483648/reply",
        "/reset/abc%00def",
        "/verify/abc%1fdef",
    ],
)
def test_control_characters_and_huge_numbers_in_a_path_find_nothing(client, path):
    sign_in(client, make_user())
    assert client.get(path).status_code == 404


def test_nul_in_a_path_of_a_post_route_finds_nothing(client):
    sign_in(client, make_user())
    assert client.post("/s/good%00practice/check", json={"body": "hello"}).status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        "page=99999999999999999999",
        "page=-99999999999999999999",
        "page=%00",
        "page=1&page=2",
        "quote=99999999999999999999",
    ],
)
def test_hostile_query_values_on_a_topic_answer_a_page(client, query):
    member = make_user()
    topic = make_topic(member, replies=2)
    sign_in(client, member)
    assert client.get(f"/t/{topic.id}?{query}").status_code == 200
    assert client.get(f"/t/{topic.id}/reply?{query}").status_code == 200


@pytest.mark.parametrize("cursor", ["%00", "a" * 5000, "%ff%fe", "%ed%a0%80", "1:2:3:4"])
def test_hostile_cursors_on_a_space_answer_a_page(client, cursor):
    sign_in(client, make_user())
    assert client.get(f"/s/welcome?after={cursor}").status_code in (200, 404)


@pytest.mark.parametrize("body", ["[1, 2]", "42", '"text"', "null", "{bad json"])
def test_the_live_check_answers_any_json_without_crashing(client, body):
    sign_in(client, make_user())
    response = client.post("/s/welcome/check", data=body, content_type="application/json")
    assert response.status_code == 200
    assert response.get_json()["findings"] == []


@pytest.mark.parametrize("raw", ["after=\xff\xfe", "page=\xe9", "next=caf\xe9"])
def test_raw_bytes_in_a_query_string_answer_a_page(client, raw):
    sign_in(client, make_user())
    response = client.get("/s/welcome", environ_overrides={"QUERY_STRING": raw})
    assert response.status_code == 200


def test_a_json_body_sent_to_a_form_is_refused_with_the_form(client):
    sign_in(client, make_user())
    response = client.post("/s/welcome/new", json={"title": {"nested": 1}, "body": [1, 2]})
    assert response.status_code == 422
    assert "There is a problem" in response.get_data(as_text=True)


def test_a_file_sent_to_a_text_form_is_ignored_and_the_text_kept(client):
    import io

    sign_in(client, make_user())
    response = client.post(
        "/s/welcome/new",
        data={"title": "A title kept", "body": (io.BytesIO(b"not text"), "body.txt")},
    )
    assert response.status_code == 422
    assert "A title kept" in response.get_data(as_text=True)


def test_invalid_utf8_and_encoded_surrogates_in_a_form_are_stored_safely(client):
    member = make_user()
    sign_in(client, member)
    response = client.post(
        "/s/welcome/new",
        data=b"title=Hello%ED%A0%80there%00&body=A+message%FF",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 302
    assert "Hello" in client.get(response.headers["Location"]).get_data(as_text=True)


def test_json_nested_too_deep_for_the_parser_is_bad_input(client):
    sign_in(client, make_user())
    body = "[" * 100_000 + "]" * 100_000
    response = client.post("/s/welcome/check", data=body, content_type="application/json")
    assert response.status_code == 200
    assert response.get_json()["findings"] == []


@pytest.mark.parametrize("path", ["/moderation/audit", "/moderation/audit/export.csv"])
def test_an_audit_target_beyond_any_id_is_a_form_error_not_a_crash(client, path):
    from tests.factories import make_moderator

    sign_in(client, make_moderator())
    response = client.get(f"{path}?target=post+2147483648")
    assert response.status_code == 422
