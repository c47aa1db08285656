"""One JSON line per request: who, what route, how it ended, how long it took; nothing more.

The line never carries the path, the query, the form, cookies or passwords,
and on a request that writes an anonymous post it carries no member id.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select, text

from forum.extensions import db
from forum.threads.models import Post
from tests.factories import PASSWORD, make_topic, make_user, sign_in

SECRET_WORDS = "Tangerine-Walrus-Quietly"


@pytest.fixture(autouse=True)
def capture(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """The request log does not propagate: hand its lines to caplog for the test."""
    logger = logging.getLogger("forum.requests")
    logger.addHandler(caplog.handler)
    try:
        yield
    finally:
        logger.removeHandler(caplog.handler)


def raw_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "forum.requests"]


def read(caplog: pytest.LogCaptureFixture) -> list[dict[str, Any]]:
    return [json.loads(line) for line in raw_lines(caplog)]


def test_each_request_writes_exactly_one_line_with_its_fields(client, caplog):
    member = make_user()
    topic = make_topic(member, "welcome")
    sign_in(client, member)
    response = client.get(f"/t/{topic.id}?page=1")
    assert response.status_code == 200
    assert len(read(caplog)) == 1
    line = read(caplog)[0]
    assert set(line) == {"request_id", "method", "route", "status", "duration_ms", "user_id"}
    assert line["method"] == "GET"
    assert line["route"] == "/t/<int:topic_id>"  # the rule: no ids, no query
    assert line["status"] == 200
    assert line["user_id"] == member.id
    assert isinstance(line["duration_ms"], float)
    assert line["duration_ms"] >= 0


def test_the_request_id_goes_back_in_a_header_and_differs_per_request(client, caplog):
    first, second = client.get("/sign-in"), client.get("/sign-in")
    ids = [first.headers["X-Request-ID"], second.headers["X-Request-ID"]]
    assert ids[0] != ids[1]
    assert [line["request_id"] for line in read(caplog)] == ids
    assert all(line["user_id"] is None for line in read(caplog))


def test_a_plain_id_from_the_proxy_is_kept_and_anything_else_replaced(client, caplog):
    kept = client.get("/sign-in", headers={"X-Request-ID": "proxy-1234abcd"})
    assert kept.headers["X-Request-ID"] == "proxy-1234abcd"
    forged = '1", "user_id": 1, "x": "'
    replaced = client.get("/sign-in", headers={"X-Request-ID": forged})
    assert replaced.headers["X-Request-ID"] != forged
    assert [line["request_id"] for line in read(caplog)] == [
        "proxy-1234abcd",
        replaced.headers["X-Request-ID"],
    ]
    assert all(set(line) == set(read(caplog)[0]) for line in read(caplog))


def test_a_redirect_by_the_gate_is_logged_too(client, caplog):
    response = client.get("/")
    assert response.status_code == 302
    assert [(line["route"], line["status"], line["user_id"]) for line in read(caplog)] == [
        ("/", 302, None)
    ]


def test_a_missing_page_is_logged_without_its_path(client, caplog):
    sign_in(client, make_user())
    client.get(f"/no-such-page/{SECRET_WORDS}")
    assert [(line["route"], line["status"]) for line in read(caplog)] == [(None, 404)]
    assert SECRET_WORDS not in caplog.text


def test_a_crash_logs_one_line_with_500_and_a_generic_page(app, client, caplog, monkeypatch):
    member = make_user()
    db.session.commit()  # as on a real site: the member is there before the request fails
    sign_in(client, member)

    def crash() -> str:
        raise RuntimeError(f"the database said no to {SECRET_WORDS}")

    monkeypatch.setitem(app.view_functions, "pages.safety", crash)
    monkeypatch.setattr(app, "testing", False)  # as in production: the error page
    response = client.get("/safety")
    assert response.status_code == 500
    page = response.get_data(as_text=True)
    assert "Something went wrong on our side" in page
    assert SECRET_WORDS not in page
    assert "Traceback" not in page
    assert [(line["route"], line["status"], line["user_id"]) for line in read(caplog)] == [
        ("/safety", 500, member.id)
    ]
    assert response.headers["X-Request-ID"] == read(caplog)[0]["request_id"]


def test_post_text_search_terms_passwords_and_cookies_never_reach_the_line(client, caplog):
    member = make_user()
    topic = make_topic(member, "welcome")
    sign_in(client, member)
    cookie = client.get_cookie("session")
    assert cookie is not None
    client.post(f"/t/{topic.id}/reply", data={"body": SECRET_WORDS, "submit": "Post reply"})
    client.get(f"/search?q={SECRET_WORDS}")
    client.post("/sign-out")
    client.post("/sign-in", data={"email": member.email, "password": PASSWORD})
    text = "\n".join(raw_lines(caplog))
    assert len(read(caplog)) == 4
    for secret in (SECRET_WORDS, PASSWORD, cookie.value, member.email):
        assert secret not in text


def test_a_request_that_writes_an_anonymous_post_carries_no_member_id(client, caplog):
    leaver = make_user(member_type="care_leaver")
    sign_in(client, leaver)
    response = client.post(
        "/s/care-leavers-lounge/new",
        data={
            "title": "Finding my feet",
            "body": "Moving into my own flat next month.",
            "anonymous": "y",
            "submit": "Post topic",
        },
    )
    assert response.status_code == 302
    post = db.session.scalar(select(Post).order_by(Post.id.desc()))
    assert post is not None
    assert post.is_anonymous
    client.get(response.headers["Location"])  # reading it is an ordinary request
    assert [(line["method"], line["user_id"]) for line in read(caplog)] == [
        ("POST", None),
        ("GET", leaver.id),
    ]


def test_editing_an_anonymous_post_carries_no_member_id_either(client, caplog):
    leaver = make_user(member_type="care_leaver")
    topic = make_topic(leaver, "care-leavers-lounge", is_anonymous=True)
    post = db.session.scalar(select(Post).where(Post.topic_id == topic.id))
    assert post is not None
    post.is_anonymous = True
    db.session.flush()
    sign_in(client, leaver)
    response = client.post(
        f"/p/{post.id}/edit", data={"body": "Moving next month.", "submit": "Save changes"}
    )
    assert response.status_code == 302
    assert [line["user_id"] for line in read(caplog)] == [None]


def test_a_signed_reply_keeps_its_member_id(client, caplog):
    member = make_user()
    topic = make_topic(member, "welcome")
    sign_in(client, member)
    client.post(f"/t/{topic.id}/reply", data={"body": "Signed.", "submit": "Post reply"})
    assert [line["user_id"] for line in read(caplog)] == [member.id]


def test_line_breaks_in_a_path_cannot_forge_a_second_line(client, caplog):
    client.get("/s/x%0d%0a%7B%22status%22%3A200%7D")
    assert len(raw_lines(caplog)) == 1
    assert "\n" not in raw_lines(caplog)[0]
    assert "\r" not in raw_lines(caplog)[0]


def test_a_failed_statement_is_logged_without_the_values_a_member_wrote(
    app, client, caplog, monkeypatch
):
    member = make_user()
    db.session.commit()
    sign_in(client, member)

    def crash() -> str:
        # A NOT NULL column left out: refused on SQLite and PostgreSQL alike.
        db.session.execute(text("INSERT INTO spaces (slug) VALUES (:slug)"), {"slug": SECRET_WORDS})
        return "unreachable"

    monkeypatch.setitem(app.view_functions, "pages.safety", crash)
    monkeypatch.setattr(app, "testing", False)  # as in production: the error page
    response = client.get("/safety")
    assert response.status_code == 500
    assert (
        "INSERT INTO spaces" in caplog.text
    )  # the statement is there for the operator  # the statement is there for the operator
    assert SECRET_WORDS not in caplog.text
