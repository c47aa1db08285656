"""Sessions end on the server: a copied cookie stops working when its session ends.

Signing in starts a fresh session with a new id; signing out, changing the
password, a password reset and a suspension end sessions for every copy of the
cookie; sessions die after 12 hours idle and 14 days in all; the cookies are
HttpOnly, SameSite=Lax and, outside development, Secure.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import pyotp
import pytest
import time_machine
from flask.testing import FlaskClient
from sqlalchemy import select

from forum import config
from forum.accounts import passwords
from forum.accounts.models import AccountStatus, User, UserSession
from forum.extensions import db, utcnow
from forum.mail.models import OutboxMessage
from tests.factories import PASSWORD, make_moderator, make_user, sign_in

NEW_PASSWORD = "heron quilt saffron 73"
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def member() -> User:
    member = make_user(email="jo@example.org", display_name="Jo Practitioner")
    db.session.commit()
    return member


def sign_in_with_form(client: FlaskClient, user: User, remember: bool = False) -> None:
    data = {"email": user.email, "password": PASSWORD}
    if remember:
        data["remember"] = "y"
    response = client.post("/sign-in", data=data)
    assert response.status_code == 302, response.get_data(as_text=True)


def is_signed_in(client: FlaskClient) -> bool:
    """A member's page is answered, not sent to the sign-in page."""
    return client.get("/settings").status_code == 200


def copy_cookies(source: FlaskClient, target: FlaskClient) -> None:
    """What someone who lifted the browser's cookies would hold."""
    for name in ("session", "remember_token"):
        cookie = source.get_cookie(name)
        if cookie is not None:
            target.set_cookie(name, cookie.value)


def identity_in(client: FlaskClient) -> str | None:
    with client.session_transaction() as session:
        value = session.get("_user_id")
    return value if isinstance(value, str) else None


def in_db(user: User) -> User:
    db.session.expire_all()
    found = db.session.get(User, user.id)
    assert found is not None
    return found


def mails_to(user: User) -> list[OutboxMessage]:
    return list(
        db.session.scalars(select(OutboxMessage).where(OutboxMessage.to_address == user.email))
    )


def change_password(client: FlaskClient, current: str, new: str):  # type: ignore[no-untyped-def]
    return client.post(
        "/settings/password", data={"current_password": current, "new_password": new}
    )


# --- signing in and out -----------------------------------------------------------------


def test_signing_in_starts_a_new_session_and_keeps_nothing_from_before(client, member):
    with client.session_transaction() as session:  # planted before the member signs in
        session["_user_id"] = f"{member.id}:{'x' * 43}"
        session["planted"] = "by someone else"

    sign_in_with_form(client, member)
    first = identity_in(client)
    client.post("/sign-out")
    sign_in_with_form(client, member)
    second = identity_in(client)

    assert first is not None
    assert second is not None
    assert first != f"{member.id}:{'x' * 43}"
    assert first != second
    with client.session_transaction() as session:
        assert "planted" not in session
    # Only a hash of the id is stored: a copy of the table signs nobody in.
    stored = db.session.scalars(select(UserSession.token_hash)).all()
    assert all(identity.split(":", 1)[1] not in stored for identity in (first, second))


def test_signing_out_ends_the_session_for_a_copied_cookie(app, client, member):
    sign_in_with_form(client, member, remember=True)
    thief = app.test_client()
    copy_cookies(client, thief)
    assert is_signed_in(thief)

    client.post("/sign-out")

    assert not is_signed_in(client)
    assert not is_signed_in(thief)
    assert thief.get("/").headers["Location"].startswith("/sign-in")


def test_two_factor_sign_in_also_starts_a_new_session(client):
    member = make_user(totp_secret=pyotp.random_base32(), totp_confirmed_at=utcnow())
    db.session.commit()
    client.post("/sign-in", data={"email": member.email, "password": PASSWORD})
    assert identity_in(client) is None  # nobody is signed in before the code

    assert member.totp_secret is not None
    done = client.post("/sign-in/code", data={"code": pyotp.TOTP(member.totp_secret).now()})

    assert done.headers["Location"] == "/"
    identity = identity_in(client)
    assert identity is not None
    assert identity.startswith(f"{member.id}:")
    with client.session_transaction() as session:
        assert "two_factor_pending" not in session
    client.post("/sign-out")
    assert not is_signed_in(client)


# --- changing the password --------------------------------------------------------------


def test_settings_links_to_the_change_password_page(client, member):
    sign_in_with_form(client, member)
    settings = client.get("/settings").get_data(as_text=True)
    assert 'href="/settings/password"' in settings

    page = client.get("/settings/password").get_data(as_text=True)

    assert '<label for="current_password">Current password</label>' in page
    assert '<label for="new_password">New password</label>' in page
    assert 'autocomplete="current-password"' in page
    assert 'autocomplete="new-password"' in page
    assert '<button type="submit" class="primary">Change password</button>' in page


def test_changing_the_password_ends_every_other_session_but_not_this_one(app, client, member):
    sign_in_with_form(client, member)
    other_device = app.test_client()
    sign_in_with_form(other_device, member, remember=True)
    thief = app.test_client()
    copy_cookies(client, thief)  # a copy of this very browser's cookie keeps working too

    response = change_password(client, PASSWORD, NEW_PASSWORD)

    assert response.status_code == 302
    assert response.headers["Location"] == "/settings#signing_in"
    assert "Your password is changed" in client.get("/settings").get_data(as_text=True)
    assert is_signed_in(client)
    assert is_signed_in(thief)
    assert not is_signed_in(other_device)
    assert passwords.check_password(in_db(member).password_hash, NEW_PASSWORD)
    [mail] = mails_to(member)
    assert "password was changed" in mail.subject
    assert "/reset" in mail.body_text


def test_a_wrong_current_password_changes_nothing_and_says_so(app, client, member):
    sign_in_with_form(client, member)
    other_device = app.test_client()
    sign_in_with_form(other_device, member)
    before = member.password_hash

    response = change_password(client, "not my password at all", NEW_PASSWORD)

    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "That is not your current password." in page
    assert NEW_PASSWORD not in page
    assert "not my password at all" not in page
    assert in_db(member).password_hash == before
    assert is_signed_in(other_device)
    assert mails_to(member) == []


def test_the_new_password_follows_the_same_strength_rule_as_a_reset(app, client, member):
    sign_in_with_form(client, member)
    before = member.password_hash

    response = change_password(client, PASSWORD, "password1")

    assert response.status_code == 422
    assert "Use at least 10 characters." in response.get_data(as_text=True)
    assert in_db(member).password_hash == before


def test_guessing_the_current_password_is_rate_limited(client, member, limits_on):
    sign_in_with_form(client, member)
    answers = [change_password(client, f"guess {n}", NEW_PASSWORD).status_code for n in range(11)]
    assert answers[:10] == [422] * 10
    assert answers[10] == 429
    assert in_db(member).password_hash == member.password_hash


def test_sign_out_everywhere_else_keeps_only_this_device(app, client, member):
    sign_in_with_form(client, member)
    other_device = app.test_client()
    sign_in_with_form(other_device, member)
    settings = client.get("/settings").get_data(as_text=True)
    assert "Where you're signed in" in settings
    assert "This device, signed in" in settings
    assert "Another device, signed in" in settings

    client.post("/settings/sign-out-everywhere-else")

    assert is_signed_in(client)
    assert not is_signed_in(other_device)
    settings = client.get("/settings").get_data(as_text=True)
    assert "Another device, signed in" not in settings
    assert "Sign out everywhere else" not in settings


# --- what ends every session ------------------------------------------------------------


def test_a_password_reset_ends_every_session(app, client, member):
    sign_in_with_form(client, member, remember=True)
    client.post("/reset", data={"email": member.email})
    [mail] = mails_to(member)
    link = next(urlsplit(word).path for word in mail.body_text.split() if "/reset/" in word)
    stranger = app.test_client()

    stranger.post(link, data={"password": NEW_PASSWORD})

    assert is_signed_in(stranger)  # the one who followed the link is signed in anew
    assert not is_signed_in(client)


def test_a_suspension_ends_the_members_sessions(app, client, member):
    sign_in_with_form(client, member, remember=True)
    mod_client = app.test_client()
    sign_in(mod_client, make_moderator())
    until = (utcnow() + timedelta(days=7)).date().isoformat()

    response = mod_client.post(
        f"/moderation/members/{member.id}/suspend",
        data={
            "suspend-reason": "Shared a child's school.",
            "suspend-until": until,
            "suspend-submit": "Suspend",
        },
    )

    assert response.status_code == 302
    assert in_db(member).status is AccountStatus.suspended
    assert client.get("/").headers["Location"].startswith("/sign-in")


# --- how long a session lasts -----------------------------------------------------------


def test_a_session_ends_after_12_hours_without_a_request(client, member):
    with time_machine.travel(START, tick=False) as clock:
        sign_in_with_form(client, member)
        for _ in range(3):  # busy: each request moves the idle limit on
            clock.shift(timedelta(hours=11))
            assert is_signed_in(client)

        clock.shift(timedelta(hours=12, minutes=1))

        assert not is_signed_in(client)


def test_a_session_ends_14_days_after_signing_in_however_busy(client, member):
    with time_machine.travel(START, tick=False) as clock:
        sign_in_with_form(client, member, remember=True)
        for _ in range(33):  # a request every 10 hours, for 13 days and 18 hours
            clock.shift(timedelta(hours=10))
            assert is_signed_in(client)

        clock.shift(timedelta(hours=7))  # 14 days and one hour

        assert not is_signed_in(client)


def test_keep_me_signed_in_outlasts_the_idle_limit_but_not_14_days(app, client, member):
    with time_machine.travel(START, tick=False) as clock:
        sign_in_with_form(client, member, remember=True)
        clock.shift(timedelta(days=3))
        assert is_signed_in(client)

        clock.shift(timedelta(days=11, hours=1))

        assert not is_signed_in(client)


# --- cookies ----------------------------------------------------------------------------


def set_cookie_headers(client: FlaskClient, member: User) -> list[str]:
    response = client.post(
        "/sign-in", data={"email": member.email, "password": PASSWORD, "remember": "y"}
    )
    return response.headers.getlist("Set-Cookie")


def test_session_cookies_are_httponly_and_samesite_lax(client, member):
    cookies = set_cookie_headers(client, member)

    assert {cookie.split("=", 1)[0] for cookie in cookies} == {"session", "remember_token"}
    for cookie in cookies:
        assert "HttpOnly" in cookie
        assert "SameSite=Lax" in cookie


def test_session_cookies_are_secure_when_the_site_says_so(app, client, member, monkeypatch):
    monkeypatch.setitem(app.config, "SESSION_COOKIE_SECURE", True)
    monkeypatch.setitem(app.config, "REMEMBER_COOKIE_SECURE", True)

    for cookie in set_cookie_headers(client, member):
        assert "Secure" in cookie


def test_cookies_are_secure_everywhere_but_development():
    production = config.from_environment(
        {"FORUM_ENV": "production", "SECRET_KEY": "s3cret", "BASE_URL": "http://forum.internal"}
    )
    development = config.from_environment({"FORUM_ENV": "development"})
    trial = config.from_environment(
        {"FORUM_ENV": "production", "SECRET_KEY": "s3cret", "SESSION_COOKIE_SECURE": "false"}
    )

    assert production["SESSION_COOKIE_SECURE"] is True
    assert production["REMEMBER_COOKIE_SECURE"] is True
    assert development["SESSION_COOKIE_SECURE"] is False
    assert trial["SESSION_COOKIE_SECURE"] is False


def test_session_lifetimes_are_settings():
    default = config.from_environment({"FORUM_ENV": "development"})
    chosen = config.from_environment(
        {"FORUM_ENV": "development", "SESSION_IDLE_HOURS": "2", "SESSION_DAYS": "3"}
    )

    assert default["PERMANENT_SESSION_LIFETIME"] == 12 * 60 * 60
    assert default["SESSION_ABSOLUTE_LIFETIME"] == 14 * 24 * 60 * 60
    assert chosen["PERMANENT_SESSION_LIFETIME"] == 2 * 60 * 60
    assert chosen["SESSION_ABSOLUTE_LIFETIME"] == 3 * 24 * 60 * 60
    assert chosen["REMEMBER_COOKIE_DURATION"] == 3 * 24 * 60 * 60


def test_the_sessions_job_deletes_the_records_of_sessions_that_are_over(runner, member):
    """Members who never come back leave no session records behind for long."""
    from forum.accounts import sessions

    signed_out, moved_on, current = make_user(), make_user(), make_user()
    sessions.start(signed_out)
    sessions.start(moved_on)
    sessions.start(current)
    old = sessions.start(make_user())
    db.session.flush()
    sessions.end(sessions.start(signed_out))
    moved_on.end_all_sessions()  # a password reset or a suspension
    db.session.commit()
    started_at = utcnow()

    with time_machine.travel(started_at + timedelta(days=13), tick=False):
        first = runner.invoke(args=["jobs", "run", "--only", "sessions"])
    rows = [row.user_id for row in db.session.scalars(select(UserSession))]
    left = set(rows)
    with time_machine.travel(started_at + timedelta(days=15), tick=False):
        runner.invoke(args=["jobs", "run", "--only", "sessions"])
    after_two_weeks = db.session.scalars(select(UserSession)).all()

    assert first.exit_code == 0, first.output
    assert "sessions: 2 deleted" in first.output
    assert rows.count(signed_out.id) == 1  # its first session is still live; the ended one went
    assert moved_on.id not in left
    assert current.id in left
    assert old.split(":")[0] in {str(u) for u in left}
    assert after_two_weeks == []  # every session is over 14 days after it began
