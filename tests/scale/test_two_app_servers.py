"""Two app servers on one PostgreSQL and one Redis behave as one site.

Two gunicorn instances (two workers each) share a migrated scratch database,
a SECRET_KEY and a Redis database of their own. Everything goes over real HTTP,
through what nginx would add, with a cookie jar: what a member does on one
server holds on the other at its next request, rate limits count across both,
and nothing a moderator or admin changes is left stale in some process.
"""

from __future__ import annotations

import os
import re
import socket
import time
from collections.abc import Iterator
from datetime import date, timedelta
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pyotp
import pytest
from flask import Flask

from forum.accounts.models import User
from forum.extensions import db
from forum.settings import services as site_settings
from tests.factories import PASSWORD, make_admin, make_user
from tests.scale.servers import (
    REDIS_URL,
    Answer,
    AppServer,
    Browser,
    free_port,
    server_environment,
)
from tests.scratch import dispose, make_scratch_app

SECRET_KEY = "one-secret-shared-by-every-app-server"


def _redis_answers() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as conn:
            conn.sendall(b"PING\r\n")
            return conn.recv(16).startswith(b"+PONG")
    except OSError:
        return False


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not os.environ.get("TEST_DATABASE_URL", "").startswith("postgresql"),
        reason="two app servers need PostgreSQL (set TEST_DATABASE_URL)",
    ),
    pytest.mark.skipif(not _redis_answers(), reason="two app servers need Redis on 127.0.0.1"),
]


def _flush_our_redis_database() -> None:
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.flushdb()  # only our own database number, never the whole server
    finally:
        client.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """The scratch database, migrated, where the new-member hold is off as on a settled site."""
    # No held-post default from the test settings: the stored 0 below is what counts.
    app = make_scratch_app(tmp_path_factory.mktemp("scale-db"), NEW_MEMBER_HELD_POSTS_DEFAULT=None)
    with app.app_context():
        admin = make_admin(email="founding-admin@example.org")
        site_settings.write_settings(admin, site_settings.Settings(new_member_held_posts=0))
        db.session.commit()
    yield app
    dispose(app)


@pytest.fixture(scope="module")
def servers(site: Flask, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[AppServer]]:
    tmp = tmp_path_factory.mktemp("scale-servers")
    env = server_environment(site.config["SQLALCHEMY_DATABASE_URI"], SECRET_KEY, tmp)
    _flush_our_redis_database()
    started = [AppServer(name, env, tmp) for name in ("first", "second")]
    try:
        for server in started:
            server.wait_until_ready()
        yield started
    finally:
        for server in started:
            server.stop()
        _flush_our_redis_database()


@pytest.fixture(autouse=True)
def fresh_limits(servers: list[AppServer]) -> None:
    """Each test starts with no attempts counted."""
    _flush_our_redis_database()


def _add(site: Flask, make: Any, **values: Any) -> dict[str, Any]:
    """A committed account in the shared database: its id, email and two-factor secret."""
    with site.app_context():
        user: User = make(**values)
        db.session.commit()
        made = {"id": user.id, "email": user.email, "secret": user.totp_secret}
        db.session.remove()
        return made


def _sign_in(browser: Browser, server: AppServer, account: dict[str, Any]) -> Answer:
    answer = browser.submit(
        f"{server.url}/sign-in", {"email": account["email"], "password": PASSWORD}
    )
    if account["secret"] is not None:
        assert answer.status == 302, answer.text[:500]
        assert "/sign-in/code" in answer.location
        answer = browser.submit(
            f"{server.url}/sign-in/code", {"code": pyotp.TOTP(account["secret"]).now()}
        )
    assert answer.status == 302, answer.text[:500]
    return answer


def _signed_in(browser: Browser, server: AppServer) -> bool:
    """The home page opens (200) for a member; anyone else is sent to sign in."""
    answer = browser.get(f"{server.url}/")
    if answer.status == 200:
        return True
    assert answer.status == 302, answer.status
    assert "/sign-in" in answer.location
    return False


def _post_topic(browser: Browser, server: AppServer, title: str, body: str) -> Answer:
    return browser.submit(f"{server.url}/s/welcome/new", {"title": title, "body": body})


def test_a_member_signed_in_on_one_server_is_signed_in_on_the_other(site, servers):
    first, second = servers
    member = _add(site, make_user, display_name="Ada Practitioner")
    browser = Browser("203.0.113.10")

    _sign_in(browser, first, member)

    home = browser.get(f"{second.url}/")
    assert home.status == 200
    assert "Ada Practitioner" in home.text


def test_a_suspension_on_one_server_signs_the_member_out_on_the_other(site, servers):
    first, second = servers
    member = _add(site, make_user)
    moderator = _add(site, make_admin)
    members_browser, moderators_browser = Browser("203.0.113.21"), Browser("203.0.113.22")
    _sign_in(members_browser, second, member)
    _sign_in(moderators_browser, first, moderator)
    assert _signed_in(members_browser, second)

    record = f"{first.url}/moderation/members/{member['id']}"
    until = (date.today() + timedelta(days=7)).isoformat()
    done = moderators_browser.post(
        f"{record}/suspend",
        record,
        {"suspend-reason": "Shared a family's details.", "suspend-until": until},
        prefix="suspend-",
    )
    assert done.status == 302, done.text[:500]

    assert not _signed_in(members_browser, second)
    assert not _signed_in(members_browser, first)


def test_a_two_factor_code_spent_on_one_server_is_refused_on_the_other(site, servers):
    first, second = servers
    moderator = _add(site, make_admin)
    code = pyotp.TOTP(moderator["secret"]).now()
    one, other = Browser("203.0.113.31"), Browser("203.0.113.32")
    for browser, server in ((one, first), (other, second)):
        asked = browser.submit(
            f"{server.url}/sign-in", {"email": moderator["email"], "password": PASSWORD}
        )
        assert "/sign-in/code" in asked.location

    assert one.submit(f"{first.url}/sign-in/code", {"code": code}).status == 302
    replayed = other.submit(f"{second.url}/sign-in/code", {"code": code})

    assert replayed.status == 422
    assert not _signed_in(other, second)


def _reset_link(mail_dir: Path, email: str, wait: float = 10.0) -> str:
    """The path of the reset link in the mail the site sent to this address (waiting a
    moment for it: a server may write the file just after the page has answered)."""
    deadline = time.monotonic() + wait
    while True:
        for path in sorted(mail_dir.glob("*.eml")):
            message = message_from_bytes(path.read_bytes(), policy=policy.default)
            if email not in str(message["To"]):
                continue
            body = message.get_body(preferencelist=("plain",))
            text = body.get_content() if body is not None else ""
            if found := re.search(r"https://forum\.example\.org(/reset/\S+)", text):
                return found.group(1)
        if time.monotonic() > deadline:
            raise AssertionError(f"no reset mail for {email} in {mail_dir}")
        time.sleep(0.05)


def test_a_password_reset_on_one_server_signs_the_member_out_on_the_other(site, servers):
    first, second = servers
    member = _add(site, make_user)
    laptop, phone = Browser("203.0.113.41"), Browser("198.51.100.41")
    _sign_in(laptop, second, member)

    asked = phone.submit(f"{first.url}/reset", {"email": member["email"]})
    assert asked.status == 200
    link = _reset_link(Path(first.env["MAIL_OUTBOX_DIR"]), member["email"])
    changed = phone.submit(f"{first.url}{link}", {"password": "a brand new sturdy phrase 77"})
    assert changed.status == 302, changed.text[:500]

    assert not _signed_in(laptop, second)
    assert _signed_in(phone, second)


def test_changing_the_password_on_one_server_signs_out_other_devices_on_the_other(site, servers):
    first, second = servers
    member = _add(site, make_user)
    laptop, phone = Browser("203.0.113.45"), Browser("198.51.100.45")
    _sign_in(laptop, second, member)
    _sign_in(phone, first, member)

    changed = phone.submit(
        f"{first.url}/settings/password",
        {"current_password": PASSWORD, "new_password": "another sturdy phrase 78"},
    )
    assert changed.status == 302, changed.text[:500]

    assert not _signed_in(laptop, second)
    assert _signed_in(phone, second)


def test_signing_out_on_one_server_ends_a_copy_of_the_session_on_the_other(site, servers):
    first, second = servers
    member = _add(site, make_user)
    browser, copy = Browser("203.0.113.47"), Browser("203.0.113.47")
    _sign_in(browser, first, member)
    for cookie in browser.jar:
        copy.jar.set_cookie(cookie)
    assert _signed_in(copy, second)

    signed_out = browser.post(f"{first.url}/sign-out", f"{first.url}/", {})
    assert signed_out.status == 302

    assert not _signed_in(copy, second)


def test_sign_in_attempts_split_over_both_servers_count_against_one_limit(site, servers):
    first, second = servers
    _add(site, make_user, email="target@example.org")
    one_address = Browser("203.0.113.51")
    statuses = [
        one_address.submit(
            f"{(first, second)[i % 2].url}/sign-in",
            {"email": f"guess{i}@example.org", "password": "wrong guess"},
        ).status
        for i in range(11)
    ]
    assert statuses[:10] == [422] * 10
    assert statuses[10] == 429

    # One address per attempt, one account: the account's own limit spans both servers too.
    by_account = [
        Browser(f"198.51.100.{60 + i}")
        .submit(
            f"{(first, second)[i % 2].url}/sign-in",
            {"email": "target@example.org", "password": "wrong guess"},
        )
        .status
        for i in range(11)
    ]
    assert by_account[:10] == [422] * 10
    assert by_account[10] == 429

    # Behind the proxy, somebody else at another address is not held up by either.
    elsewhere = Browser("192.0.2.70").submit(
        f"{second.url}/sign-in", {"email": "someone@example.org", "password": "wrong guess"}
    )
    assert elsewhere.status == 422


def test_watched_words_and_settings_changed_on_one_server_apply_on_the_other_at_once(site, servers):
    first, second = servers
    admin = _add(site, make_admin)
    member = _add(site, make_user)
    admins_browser, members_browser = Browser("203.0.113.81"), Browser("203.0.113.82")
    _sign_in(admins_browser, first, admin)
    _sign_in(members_browser, second, member)
    before = _post_topic(
        members_browser, second, "Supervision that helps", "What makes supervision useful?"
    )
    assert before.status == 302
    assert "/t/" in before.location
    assert "Held for review" not in members_browser.get(f"{second.url}{before.location}").text

    added = admins_browser.submit(
        f"{first.url}/moderation/watched-words",
        {
            "pattern": "quick cash",
            "action": "block",
            "message": "Adverts for money are not allowed here.",
        },
    )
    assert added.status == 302, added.text[:500]
    blocked = _post_topic(members_browser, second, "An offer", "Earn quick cash from home.")
    assert blocked.status == 422
    assert "Adverts for money are not allowed here." in blocked.text

    saved = admins_browser.submit(
        f"{first.url}/moderation/settings",
        {
            "new_member_held_posts": "5",
            "new_member_posts_per_hour": "3",
            "new_member_posts_per_day": "10",
            "keep_rejected_applications_days": "180",
            "keep_closed_reports_days": "365",
        },
    )
    assert saved.status == 302, saved.text[:500]
    after = _post_topic(members_browser, second, "Team meetings", "How do you run yours?")
    assert after.status == 302
    assert "Held for review" in members_browser.get(f"{second.url}{after.location}").text


def test_with_redis_away_sign_in_still_answers_and_is_still_limited(site, tmp_path):
    """Each process counts on its own until Redis is back: never a 500, never no limit."""
    env = server_environment(site.config["SQLALCHEMY_DATABASE_URI"], SECRET_KEY, tmp_path)
    env["REDIS_URL"] = f"redis://127.0.0.1:{free_port()}/7"  # nothing listens there
    server = AppServer("without-redis", env, tmp_path)
    try:
        server.wait_until_ready()
        browser = Browser("203.0.113.90")
        statuses = [
            browser.submit(
                f"{server.url}/sign-in", {"email": "nobody@example.org", "password": "wrong"}
            ).status
            for _ in range(25)  # two workers, ten attempts each before their own limit
        ]
    finally:
        server.stop()

    assert statuses[0] == 422, server.log()
    assert set(statuses) <= {422, 429}
    assert 429 in statuses
