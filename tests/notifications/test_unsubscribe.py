"""One-click unsubscribe: works signed out, changes nothing on GET, refuses tampering."""

from __future__ import annotations

import re
import time

import pytest
from itsdangerous import URLSafeTimedSerializer
from itsdangerous.timed import TimestampSigner

from forum.extensions import db
from forum.notifications import kinds, unsubscribe
from forum.notifications import services as notifications
from forum.notifications.models import Channel, DigestFrequency
from tests.factories import make_topic, make_user
from tests.notifications.support import browser, mail_to, notes_of, reply, text


def link_path(url: str) -> str:
    return url.removeprefix("http://127.0.0.1:5000")


def reply_mail_link(app, author) -> str:
    """The unsubscribe address in the email a reply sends the topic's author."""
    reply(app, make_user(), make_topic(author, "welcome"))
    email = mail_to(author)[-1]
    found = re.search(r"unsubscribe: (\S+)", email.body_text)
    assert found, email.body_text
    assert email.list_unsubscribe == found.group(1)
    return link_path(found.group(1))


def channel(member, kind: str = "reply") -> Channel:
    db.session.expire_all()
    return notifications.settings_for(member).channels[kind]


def test_signed_out_the_link_asks_first_and_changes_nothing(app, client):
    author = make_user()
    path = reply_mail_link(app, author)
    page = client.get(path)
    assert page.status_code == 200
    assert "Press the button to stop emails for “Replies to topics you started”" in text(page)
    assert ">Unsubscribe</button>" in text(page)
    assert channel(author) is Channel.email  # a mail scanner opening the link changes nothing


def test_signed_out_the_button_stops_the_emails_but_not_the_notices(app, client):
    author = make_user()
    path = reply_mail_link(app, author)
    done = client.post(path)
    assert done.status_code == 200
    assert "You are unsubscribed" in text(done)
    assert channel(author) is Channel.in_app

    before = len(mail_to(author))
    reply(app, make_user(), make_topic(author, "welcome"))
    assert len(mail_to(author)) == before  # no more email
    assert len(notes_of(author)) == 2  # still told on the site
    assert client.post(path).status_code == 200  # a second click is harmless


def test_a_mail_clients_one_click_post_needs_no_session_or_csrf_token(app, client):
    """RFC 8058: the client POSTs List-Unsubscribe=One-Click to the header's address."""
    author = make_user()
    path = reply_mail_link(app, author)
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        response = client.post(
            path,
            data="List-Unsubscribe=One-Click",
            content_type="application/x-www-form-urlencoded",
        )
    finally:
        app.config["WTF_CSRF_ENABLED"] = False
    assert response.status_code == 200
    assert channel(author) is Channel.in_app


def test_a_tampered_link_is_refused_and_changes_nothing(app, client):
    author = make_user()
    path = reply_mail_link(app, author)
    token = path.rsplit("/", 1)[1]
    tampered = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
    for bad in (tampered, "not-a-token", token + "x"):
        for method in (client.get, client.post):
            response = method(f"/unsubscribe/{bad}")
            assert response.status_code == 400
            assert "This unsubscribe link is not valid" in text(response)
            assert "Nothing has been changed" in text(response)
    assert channel(author) is Channel.email


def test_a_link_for_someone_else_cannot_be_made_without_the_key(app, client):
    victim = make_user()
    forged = URLSafeTimedSerializer("a guessed key", salt=unsubscribe.SALT).dumps(
        {"u": victim.id, "k": "reply"}
    )
    assert client.post(f"/unsubscribe/{forged}").status_code == 400
    assert channel(victim) is Channel.email


def test_a_reset_or_verify_token_is_not_an_unsubscribe_link(app, client):
    """Each purpose has its own salt: no other signed link can be replayed here."""
    member = make_user()
    other = URLSafeTimedSerializer(app.config["SECRET_KEY"], salt="forum.reset-password").dumps(
        {"u": member.id, "k": "reply"}
    )
    assert client.post(f"/unsubscribe/{other}").status_code == 400


def test_account_kinds_have_no_unsubscribe_even_with_a_signed_link(app, client):
    member = make_user()
    with pytest.raises(ValueError, match="no unsubscribe"):
        unsubscribe.make_token(member.id, "post_published")
    signed = URLSafeTimedSerializer(app.config["SECRET_KEY"], salt=unsubscribe.SALT).dumps(
        {"u": member.id, "k": "post_published"}
    )
    assert client.post(f"/unsubscribe/{signed}").status_code == 400


def test_an_expired_link_says_so_and_changes_nothing(app, client, monkeypatch):
    author = make_user()
    path = reply_mail_link(app, author)
    later = int(time.time()) + (unsubscribe.DEFAULT_MAX_AGE_DAYS + 1) * 24 * 3600
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: later)
    response = client.post(path)
    assert response.status_code == 400
    assert "This unsubscribe link has expired" in text(response)
    assert channel(author) is Channel.email


def test_the_digest_link_stops_the_digest(app, client):
    member = make_user()
    notifications.set_digest(member.id, DigestFrequency.daily)
    db.session.commit()
    path = link_path(unsubscribe.link(member.id, kinds.DIGEST))
    assert "stop the email digest" in text(client.get(path))
    client.post(path)
    db.session.expire_all()
    assert notifications.settings_for(member).digest is DigestFrequency.off


def test_signed_in_as_someone_else_the_link_still_only_touches_its_owner(app):
    owner, other = make_user(), make_user()
    path = reply_mail_link(app, owner)
    browser(app, other).post(path)
    assert channel(owner) is Channel.in_app
    assert channel(other) is Channel.email


def test_the_one_click_post_is_rate_limited(app, client, limits_on):
    answers = [client.post("/unsubscribe/guessing").status_code for _ in range(31)]
    assert answers[:30] == [400] * 30
    assert answers[30] == 429
