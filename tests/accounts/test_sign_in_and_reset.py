"""Signing in and out, and choosing a new password by an emailed link.

No answer may tell a visitor whether an email address has an account: being a
member can itself reveal that someone is a care leaver.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select

from forum.accounts.models import AccountStatus, User
from forum.extensions import db
from forum.mail.models import OutboxMessage
from tests.factories import PASSWORD, make_moderator, make_user, sign_in

NEW_PASSWORD = "heron quilt saffron 73"


def mails_to(address: str) -> list[OutboxMessage]:
    return list(
        db.session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.to_address == address)
            .order_by(OutboxMessage.id)
        )
    )


def all_mail() -> list[OutboxMessage]:
    return list(db.session.scalars(select(OutboxMessage)))


def link_in(message: OutboxMessage, path_prefix: str) -> str:
    for url in re.findall(r"https?://\S+", message.body_text):
        path = urlsplit(url).path
        if path.startswith(path_prefix):
            return path
    raise AssertionError(f"no {path_prefix} link in {message.body_text!r}")


def reset_link(client, email: str) -> str:
    client.post("/reset", data={"email": email})
    messages = [m for m in mails_to(email.lower()) if "/reset/" in m.body_text]
    assert messages, f"no reset mail to {email}"
    return link_in(messages[-1], "/reset/")


def sign_in_with_form(client, email: str, password: str = PASSWORD):
    return client.post("/sign-in", data={"email": email, "password": password})


def is_signed_in(client) -> bool:
    """A member's request to the spaces is answered, not sent to sign in."""
    return client.get("/").status_code == 200


# --- sign in ---------------------------------------------------------------------------


def test_sign_in_page_shows_email_and_password_fields(client):
    page = client.get("/sign-in").get_data(as_text=True)

    assert '<label for="email">Email</label>' in page
    assert '<label for="password">Password</label>' in page
    assert re.search(r'<input[^>]*id="email"[^>]*>', page)
    assert re.search(r'<input[^>]*id="password"[^>]*type="password"', page)
    assert re.search(r"<button[^>]*>Sign in</button>", page)


def test_member_signs_in_and_reaches_the_spaces(client):
    member = make_user(display_name="Priya N.")

    response = sign_in_with_form(client, member.email)

    assert response.status_code == 302
    assert response.headers["Location"] == "/"
    page = client.get("/").get_data(as_text=True)
    assert "Signed in as Priya N." in page


def test_email_is_not_case_sensitive_at_sign_in(client):
    member = make_user(email="priya@example.org")

    sign_in_with_form(client, "  Priya@EXAMPLE.org ")

    assert is_signed_in(client)
    assert member.email == "priya@example.org"


def test_sign_in_returns_to_the_page_asked_for(client):
    member = make_user()

    response = client.post(
        "/sign-in?next=/s/good-practice", data={"email": member.email, "password": PASSWORD}
    )

    assert response.headers["Location"] == "/s/good-practice"


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/", "/\\evil.example"])
def test_sign_in_never_sends_a_member_to_another_site(client, target):
    member = make_user()

    response = client.post(
        "/sign-in",
        query_string={"next": target},
        data={"email": member.email, "password": PASSWORD},
    )

    assert response.headers["Location"] == "/"


def test_unknown_email_and_wrong_password_get_the_same_answer(app):
    make_user(email="priya@example.org")
    unknown, wrong = app.test_client(), app.test_client()

    no_account = unknown.post(
        "/sign-in", data={"email": "nobody@example.org", "password": "heron quilt 1"}
    )
    bad_password = wrong.post(
        "/sign-in", data={"email": "priya@example.org", "password": "heron quilt 1"}
    )

    assert no_account.status_code == bad_password.status_code == 422
    assert "That email and password do not match" in no_account.get_data(as_text=True)
    assert no_account.get_data(as_text=True).replace(
        "nobody@example.org", "EMAIL"
    ) == bad_password.get_data(as_text=True).replace("priya@example.org", "EMAIL")
    assert not is_signed_in(unknown)
    assert not is_signed_in(wrong)


def test_sign_in_form_keeps_the_email_but_not_the_password(client):
    make_user(email="priya@example.org")

    page = sign_in_with_form(client, "priya@example.org", "wrong guess 12345").get_data(
        as_text=True
    )

    assert 'value="priya@example.org"' in page
    assert "wrong guess 12345" not in page


def test_pending_applicant_signing_in_goes_to_the_status_page(client):
    applicant = make_user(status=AccountStatus.pending)

    response = sign_in_with_form(client, applicant.email)

    assert response.headers["Location"] == "/status"
    assert "Waiting for a moderator" in client.get("/status").get_data(as_text=True)


def test_signed_in_member_asking_for_sign_in_goes_to_the_spaces(client):
    sign_in(client, make_user())

    assert client.get("/sign-in").headers["Location"] == "/"


def forget_session(client) -> None:
    """As when the browser is closed: the session cookie goes, a remember cookie stays."""
    client.delete_cookie("session")


def test_keep_me_signed_in_survives_closing_the_browser(client):
    member = make_user()
    client.post("/sign-in", data={"email": member.email, "password": PASSWORD, "remember": "y"})
    assert client.get_cookie("remember_token") is not None

    forget_session(client)

    assert is_signed_in(client)


def test_without_keep_me_signed_in_closing_the_browser_signs_out(client):
    member = make_user()
    sign_in_with_form(client, member.email)
    assert client.get_cookie("remember_token") is None

    forget_session(client)

    assert not is_signed_in(client)


# --- sign out --------------------------------------------------------------------------


def test_sign_out_is_a_post_button_only(client):
    member = make_user()
    sign_in(client, member)

    response = client.get("/sign-out")

    assert response.status_code == 405
    assert is_signed_in(client)
    assert re.search(
        r'<form method="post" action="/sign-out"[^>]*>.*?Sign out</button>',
        client.get("/").get_data(as_text=True),
        re.S,
    )


def test_signing_out_ends_the_session(client):
    sign_in(client, make_user())

    response = client.post("/sign-out", follow_redirects=True)

    assert response.request.path == "/sign-in"
    assert "You are signed out." in response.get_data(as_text=True)
    after = client.get("/")
    assert after.status_code == 302
    assert urlsplit(after.headers["Location"]).path == "/sign-in"


# --- asking for a reset link -------------------------------------------------------------


def test_reset_request_answers_the_same_for_unknown_and_known_emails(app):
    make_user(email="priya@example.org", display_name="Priya N.")

    known = app.test_client().post("/reset", data={"email": "priya@example.org"})
    unknown = app.test_client().post("/reset", data={"email": "nobody@example.org"})

    assert known.status_code == unknown.status_code == 200
    assert known.get_data() == unknown.get_data()
    assert "If that address belongs to an account" in known.get_data(as_text=True)
    assert [m.to_address for m in all_mail()] == ["priya@example.org"]


def test_reset_request_finds_the_account_whatever_the_case(client):
    make_user(email="priya@example.org")

    client.post("/reset", data={"email": "PRIYA@Example.org"})

    [message] = mails_to("priya@example.org")
    assert link_in(message, "/reset/")


def test_reset_request_without_an_email_asks_for_one(client):
    response = client.post("/reset", data={"email": ""})

    assert response.status_code == 422
    assert "This field is required." in response.get_data(as_text=True)
    assert all_mail() == []


# --- choosing a new password ---------------------------------------------------------------


def test_reset_link_shows_the_new_password_form(client):
    member = make_user()
    link = reset_link(client, member.email)

    response = client.get(link)

    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert '<label for="password">New password</label>' in page
    assert "Save new password" in page


def test_weak_new_password_is_refused_and_the_old_one_still_works(app, client):
    member = make_user()
    link = reset_link(client, member.email)

    response = client.post(link, data={"password": "password123"})

    assert response.status_code == 422
    assert "common password" in response.get_data(as_text=True)
    assert not is_signed_in(client)
    assert is_signed_in_with(app, member.email, PASSWORD)
    assert client.get(link).status_code == 200  # the link is not spent


def is_signed_in_with(app, email: str, password: str) -> bool:
    other = app.test_client()
    sign_in_with_form(other, email, password)
    return is_signed_in(other)


def test_new_password_signs_the_member_in_and_replaces_the_old_one(app, client):
    member = make_user(display_name="Priya N.")
    link = reset_link(client, member.email)

    response = client.post(link, data={"password": NEW_PASSWORD})

    assert response.status_code == 302
    assert response.headers["Location"] == "/"
    page = client.get("/").get_data(as_text=True)
    assert "Signed in as Priya N." in page
    assert "Your password is changed" in page
    assert not is_signed_in_with(app, member.email, PASSWORD)
    assert is_signed_in_with(app, member.email, NEW_PASSWORD)
    changed = mails_to(member.email)[-1]
    assert "password was changed" in changed.subject
    assert link_in(changed, "/reset")


def test_new_password_signs_out_every_other_device(app, client):
    member = make_user()
    laptop = app.test_client()
    sign_in_with_form(laptop, member.email)
    phone = app.test_client()
    sign_in(phone, member)
    assert is_signed_in(laptop)
    assert is_signed_in(phone)

    client.post(reset_link(client, member.email), data={"password": NEW_PASSWORD})

    for other in (laptop, phone):
        response = other.get("/")
        assert response.status_code == 302
        assert urlsplit(response.headers["Location"]).path == "/sign-in"
    assert is_signed_in(client)


def test_new_password_also_ends_a_remembered_sign_in(app, client):
    member = make_user()
    laptop = app.test_client()
    laptop.post("/sign-in", data={"email": member.email, "password": PASSWORD, "remember": "y"})

    client.post(reset_link(client, member.email), data={"password": NEW_PASSWORD})
    forget_session(laptop)

    assert not is_signed_in(laptop)


def test_signing_out_forgets_a_remembered_sign_in(client):
    member = make_user()
    client.post("/sign-in", data={"email": member.email, "password": PASSWORD, "remember": "y"})

    client.post("/sign-out")
    forget_session(client)

    assert not is_signed_in(client)


def test_reset_link_works_only_once(client):
    member = make_user()
    link = reset_link(client, member.email)
    client.post(link, data={"password": NEW_PASSWORD})
    client.post("/sign-out")

    again = client.post(link, data={"password": "another heron quilt 88"})

    assert again.status_code == 400
    assert "This link has already been used" in again.get_data(as_text=True)
    assert client.get(link).status_code == 400
    assert not is_signed_in(client)


def test_older_reset_link_is_spent_once_a_newer_one_is_used(client):
    member = make_user()
    first = reset_link(client, member.email)
    second = reset_link(client, member.email)

    client.post(second, data={"password": NEW_PASSWORD})

    response = client.get(first)
    assert response.status_code == 400
    assert "already been used" in response.get_data(as_text=True)


def test_expired_reset_link_is_refused(app, client, monkeypatch):
    member = make_user()
    link = reset_link(client, member.email)
    monkeypatch.setitem(app.config, "TOKEN_MAX_AGE_RESET", -1)

    for response in (client.get(link), client.post(link, data={"password": NEW_PASSWORD})):
        assert response.status_code == 400
        assert "This link has expired" in response.get_data(as_text=True)
    monkeypatch.undo()
    assert is_signed_in_with(app, member.email, PASSWORD)


@pytest.mark.parametrize(
    "mangle", [lambda t: t[:-4] + "abcd", lambda t: "nonsense", lambda t: t[5:]]
)
def test_garbled_reset_link_is_not_valid(client, mangle):
    member = make_user()
    token = reset_link(client, member.email).removeprefix("/reset/")

    response = client.post(f"/reset/{mangle(token)}", data={"password": NEW_PASSWORD})

    assert response.status_code == 400
    assert "This link is not valid" in response.get_data(as_text=True)


def test_verification_link_cannot_be_used_to_reset_a_password(client):
    client.post(
        "/apply",
        data={
            "email": "new.worker@example.org",
            "password": "kestrel lantern orchard 19",
            "display_name": "Alex B.",
            "member_type": "ally",
            "region": "North West",
            "country": "England",
            "reason": "To learn from practitioners.",
            "accept_guidelines": "y",
        },
    )
    [mail] = mails_to("new.worker@example.org")
    token = link_in(mail, "/verify/").removeprefix("/verify/")

    response = client.post(f"/reset/{token}", data={"password": NEW_PASSWORD})

    assert response.status_code == 400
    assert "This link is not valid" in response.get_data(as_text=True)


def test_applicant_resetting_a_password_goes_to_the_status_page(client):
    applicant = make_user(status=AccountStatus.pending)

    response = client.post(reset_link(client, applicant.email), data={"password": NEW_PASSWORD})

    assert response.headers["Location"] == "/status"
    assert "Waiting for a moderator" in client.get("/status").get_data(as_text=True)


def test_unconfirmed_applicant_who_resets_their_password_can_still_reach_the_moderators(client):
    """The reset link proves the address, so the application must not get stuck.

    Either the reset puts the application in the queue, as confirming would, or
    a confirmation link sent afterwards still works.
    """
    moderator = make_moderator()
    applicant = make_user(status=AccountStatus.unverified, email_verified_at=None)

    client.post(reset_link(client, applicant.email), data={"password": NEW_PASSWORD})
    db.session.refresh(applicant)
    if applicant.status is AccountStatus.unverified:
        client.post("/status/resend")
        verify = [m for m in mails_to(applicant.email) if "/verify/" in m.body_text]
        assert verify, "no confirmation link was sent"
        response = client.post(link_in(verify[-1], "/verify/"))
        assert response.status_code == 302, response.get_data(as_text=True)

    db.session.refresh(applicant)
    assert applicant.status is AccountStatus.pending
    assert "Waiting for a moderator" in client.get("/status").get_data(as_text=True)
    assert any("New application" in m.subject for m in mails_to(moderator.email))


def test_reset_leaves_other_accounts_alone(client):
    member = make_user()
    bystander = make_user()
    version = bystander.session_version

    client.post(reset_link(client, member.email), data={"password": NEW_PASSWORD})

    db.session.refresh(bystander)
    assert bystander.session_version == version
    assert db.session.scalar(select(User.password_hash).where(User.id == bystander.id)) == (
        bystander.password_hash
    )
