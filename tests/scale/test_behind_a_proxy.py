"""Behind nginx: each member keeps their own address and HTTPS is seen as HTTPS.

Without TRUSTED_PROXIES every request seems to come from the proxy, so one
person's failed sign-ins would lock every member out; with it set, a client
still cannot forge an address the proxy did not add.
"""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from forum import config, proxies
from tests.factories import make_user

NGINX = {"REMOTE_ADDR": "127.0.0.1"}


@pytest.fixture
def behind_one_proxy(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app as `TRUSTED_PROXIES=1` builds it; the original comes back afterwards."""
    monkeypatch.setattr(app, "wsgi_app", app.wsgi_app)
    monkeypatch.setitem(app.config, "TRUSTED_PROXIES", 1)
    proxies.install(app)


def _failed_sign_in(client: FlaskClient, email: str, forwarded_for: str) -> int:
    return client.post(
        "/sign-in",
        data={"email": email, "password": "wrong guess"},
        headers={"X-Forwarded-For": forwarded_for},
        environ_base=NGINX,
    ).status_code


def test_behind_a_proxy_one_persons_failed_sign_ins_do_not_lock_out_another(
    client, limits_on, behind_one_proxy
):
    make_user(email="first@example.org")
    make_user(email="second@example.org")
    first = [_failed_sign_in(client, "first@example.org", "203.0.113.5") for _ in range(11)]
    assert first[-1] == 429

    assert _failed_sign_in(client, "second@example.org", "198.51.100.9") == 422


def test_a_client_cannot_escape_the_limit_by_writing_its_own_forwarded_for(
    client, limits_on, behind_one_proxy
):
    """nginx appends the real address; only that last value is believed."""
    make_user(email="first@example.org")
    statuses = [
        _failed_sign_in(client, f"guess{i}@example.org", f"10.9.9.{i}, 203.0.113.5")
        for i in range(11)
    ]
    assert statuses[-1] == 429


def test_without_trusted_proxies_a_forged_forwarded_for_is_ignored(client, limits_on):
    statuses = [_failed_sign_in(client, f"guess{i}@example.org", f"10.9.9.{i}") for i in range(11)]
    assert statuses[-1] == 429


def test_https_at_the_proxy_is_https_to_the_app(client, behind_one_proxy):
    page = client.get("/sign-in", headers={"X-Forwarded-Proto": "https"}, environ_base=NGINX)

    assert page.status_code == 200
    assert "max-age=" in page.headers["Strict-Transport-Security"]


def test_a_forged_proto_is_ignored_without_trusted_proxies(client):
    page = client.get("/sign-in", headers={"X-Forwarded-Proto": "https"})

    assert "Strict-Transport-Security" not in page.headers


@pytest.mark.parametrize(("value", "expected"), [(None, 0), ("", 0), ("1", 1), (" 2 ", 2)])
def test_trusted_proxies_is_read_from_the_environment(value, expected):
    env = {"FORUM_ENV": "development"}
    if value is not None:
        env["TRUSTED_PROXIES"] = value

    assert config.from_environment(env)["TRUSTED_PROXIES"] == expected


@pytest.mark.parametrize("value", ["-1", "one", "1.5"])
def test_a_trusted_proxies_that_is_not_a_count_stops_the_start(value):
    with pytest.raises(config.ConfigError, match="TRUSTED_PROXIES"):
        config.from_environment({"FORUM_ENV": "development", "TRUSTED_PROXIES": value})
