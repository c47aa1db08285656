"""The operator's command line, and settings read from the environment."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from forum import config
from forum.accounts.models import AccountStatus, Role, User
from forum.demo.seed import DEMO_PASSWORD
from forum.extensions import db
from forum.mail.models import OutboxMessage
from forum.threads.models import Post, Topic
from tests.factories import make_user

ADMIN_PASSWORD = "copper meadow lantern 58"


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model)) or 0


def create_admin(runner, email="Ops@Example.org", name="Site operator", password=ADMIN_PASSWORD):
    return runner.invoke(
        args=["create-admin", "--email", email, "--display-name", name], input=f"{password}\n"
    )


# --- create-admin -------------------------------------------------------------------------


def test_create_admin_makes_an_approved_admin_who_can_sign_in(runner, client):
    result = create_admin(runner)

    assert result.exit_code == 0, result.output
    assert "Admin ops@example.org created." in result.output
    assert ADMIN_PASSWORD not in result.output
    admin = db.session.scalar(select(User).where(User.email == "ops@example.org"))
    assert admin is not None
    assert admin.role is Role.admin
    assert admin.status is AccountStatus.active
    assert admin.email_verified_at is not None
    assert admin.password_hash != ADMIN_PASSWORD

    response = client.post(
        "/sign-in", data={"email": "ops@example.org", "password": ADMIN_PASSWORD}
    )
    assert response.headers["Location"] == "/"
    page = client.get("/").get_data(as_text=True)
    assert "Signed in as Site operator" in page
    # A new admin sets up two-factor before the moderation pages open.
    moderation = client.get("/moderation/applications")
    assert moderation.headers["Location"] == "/account/two-factor/set-up"


def test_create_admin_refuses_a_weak_password(runner):
    result = create_admin(runner, password="password123")

    assert result.exit_code != 0
    assert "common password" in result.output
    assert db.session.scalar(select(User).where(User.email == "ops@example.org")) is None


def test_create_admin_refuses_an_email_that_already_has_an_account(runner):
    existing = make_user(email="ops@example.org", display_name="Already here")
    db.session.commit()

    result = create_admin(runner, email="OPS@example.org")

    assert result.exit_code != 0
    assert "already exists" in result.output
    assert count(User) == 1
    db.session.refresh(existing)
    assert existing.role is Role.member
    assert existing.display_name == "Already here"


def test_create_admin_without_a_password_refuses(runner):
    result = create_admin(runner, password="")

    assert result.exit_code != 0
    assert "Use at least 10 characters." in result.output
    assert count(User) == 0


# --- seed-demo --------------------------------------------------------------------------------


def test_seed_demo_adds_demo_data_and_prints_the_sign_ins(runner, client):
    result = runner.invoke(args=["seed-demo"])

    assert result.exit_code == 0, result.output
    assert "Demo data ready: 9 members and 14 topics added." in result.output
    assert f"password for all: {DEMO_PASSWORD}" in result.output
    for email in ("moderator@example.org", "practitioner@example.org", "careleaver@example.org"):
        assert email in result.output
    assert "waiting for approval" in result.output

    client.post("/sign-in", data={"email": "practitioner@example.org", "password": DEMO_PASSWORD})
    assert "Writing case notes the young person could read" in client.get(
        "/s/good-practice"
    ).get_data(as_text=True)
    # The demo posts are in the search index too.
    found = client.get("/search?q=case+notes").get_data(as_text=True)
    assert "Writing case notes the young person could read" in found


def test_seed_demo_twice_adds_nothing_the_second_time(runner):
    first = runner.invoke(args=["seed-demo"])
    counts = (count(User), count(Topic), count(Post))

    second = runner.invoke(args=["seed-demo"])

    assert first.exit_code == second.exit_code == 0
    assert (count(User), count(Topic), count(Post)) == counts
    assert counts[0] == 9
    assert "0 members and 0 topics added" in second.output
    assert "Demo sign-ins" in second.output
    assert "moderator@example.org" in second.output


# --- mail deliver -------------------------------------------------------------------------------


def test_mail_deliver_sends_what_is_waiting_and_reports_counts(
    app, runner, client, monkeypatch, tmp_path
):
    monkeypatch.setitem(app.config, "MAIL_OUTBOX_DIR", str(tmp_path))
    make_user(email="priya@example.org")
    make_user(email="tom@example.org")
    client.post("/reset", data={"email": "priya@example.org"})
    client.post("/reset", data={"email": "tom@example.org"})

    result = runner.invoke(args=["mail", "deliver"])

    assert result.exit_code == 0, result.output
    assert "Sent 2, failed 0, still waiting 0." in result.output
    assert all(m.sent_at is not None for m in db.session.scalars(select(OutboxMessage)))
    written = [p.read_text() for p in sorted(Path(tmp_path).glob("*.eml"))]
    assert len(written) == 2
    assert any("To: priya@example.org" in text for text in written)

    again = runner.invoke(args=["mail", "deliver"])
    assert "Sent 0, failed 0, still waiting 0." in again.output


def test_mail_deliver_keeps_mail_queued_when_the_server_is_down(app, runner, client, monkeypatch):
    monkeypatch.setitem(app.config, "MAIL_SERVER", "127.0.0.1")
    monkeypatch.setitem(app.config, "MAIL_PORT", 1)  # nothing listens: refused at once
    make_user(email="priya@example.org")
    client.post("/reset", data={"email": "priya@example.org"})

    result = runner.invoke(args=["mail", "deliver"])

    assert result.exit_code == 0, result.output
    assert "Sent 0, failed 1, still waiting 1." in result.output
    [message] = db.session.scalars(select(OutboxMessage))
    db.session.refresh(message)
    assert message.sent_at is None
    assert message.attempts == 1
    assert message.last_error


def test_mail_deliver_with_nothing_queued(runner):
    result = runner.invoke(args=["mail", "deliver"])

    assert result.exit_code == 0
    assert "Sent 0, failed 0, still waiting 0." in result.output


# --- configuration --------------------------------------------------------------------------------


@pytest.mark.parametrize("env", [{"FORUM_ENV": "production"}, {}, {"FORUM_ENV": "staging"}])
def test_production_refuses_to_start_without_a_secret_key(env):
    with pytest.raises(config.ConfigError, match="SECRET_KEY is not set"):
        config.from_environment(env)


@pytest.mark.parametrize("environment", ["development", "testing", " Development "])
def test_development_runs_with_a_default_secret_key(environment):
    settings = config.from_environment({"FORUM_ENV": environment})

    assert settings["SECRET_KEY"] == config.DEV_SECRET
    assert settings["ENVIRONMENT"] == environment.strip().lower()


def test_production_with_a_secret_key_uses_it():
    settings = config.from_environment({"FORUM_ENV": "production", "SECRET_KEY": "s3cret-value"})

    assert settings["SECRET_KEY"] == "s3cret-value"


def test_defaults_without_any_overrides():
    settings = config.from_environment({"FORUM_ENV": "development"})

    assert settings["SITE_NAME"] == "Practice Commons"
    assert settings["SQLALCHEMY_DATABASE_URI"].startswith("sqlite:///")
    assert settings["MAIL_SERVER"] == ""
    assert settings["MAIL_PORT"] == 587
    assert settings["MAIL_USE_TLS"] is True
    assert settings["RATELIMIT_STORAGE_URI"] == "memory://"
    assert settings["SESSION_COOKIE_SECURE"] is False
    assert settings["TOKEN_MAX_AGE_VERIFY"] == 48 * 60 * 60
    assert settings["TOKEN_MAX_AGE_RESET"] == 60 * 60


def test_environment_values_override_the_defaults():
    settings = config.from_environment(
        {
            "FORUM_ENV": "production",
            "SECRET_KEY": "s3cret-value",
            "SITE_NAME": "Care Circle",
            "DATABASE_URL": "postgresql+psycopg://forum@db.internal/forum",
            "REDIS_URL": "redis://cache.internal:6379/0",
            "BASE_URL": "https://forum.example.org/",
            "MAIL_SERVER": "smtp.example.org",
            "MAIL_PORT": "2525",
            "MAIL_USERNAME": "mailer",
            "MAIL_PASSWORD": "mail-secret",
            "MAIL_USE_TLS": "false",
            "MAIL_DEFAULT_SENDER": "Care Circle <hello@example.org>",
            "MAIL_OUTBOX_DIR": "/var/mail/forum",
        }
    )

    assert settings["SITE_NAME"] == "Care Circle"
    assert settings["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://forum@db.internal/forum"
    assert settings["REDIS_URL"] == "redis://cache.internal:6379/0"
    assert settings["RATELIMIT_STORAGE_URI"] == "redis://cache.internal:6379/0"
    assert settings["BASE_URL"] == "https://forum.example.org"
    assert settings["SESSION_COOKIE_SECURE"] is True
    assert settings["REMEMBER_COOKIE_SECURE"] is True
    assert settings["PREFERRED_URL_SCHEME"] == "https"
    assert settings["MAIL_SERVER"] == "smtp.example.org"
    assert settings["MAIL_PORT"] == 2525
    assert settings["MAIL_USERNAME"] == "mailer"
    assert settings["MAIL_PASSWORD"] == "mail-secret"
    assert settings["MAIL_USE_TLS"] is False
    assert settings["MAIL_DEFAULT_SENDER"] == "Care Circle <hello@example.org>"
    assert settings["MAIL_OUTBOX_DIR"] == "/var/mail/forum"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1", True),
        ("true", True),
        ("Yes", True),
        ("on", True),
        ("0", False),
        ("no", False),
        ("", True),
    ],
)
def test_mail_use_tls_reads_yes_and_no(value, expected):
    settings = config.from_environment({"FORUM_ENV": "development", "MAIL_USE_TLS": value})

    assert settings["MAIL_USE_TLS"] is expected


def test_given_environment_is_used_instead_of_the_process_environment(monkeypatch):
    monkeypatch.setenv("SITE_NAME", "From the process")
    monkeypatch.setenv("SECRET_KEY", "from-the-process")

    settings = config.from_environment({"FORUM_ENV": "development"})

    assert settings["SITE_NAME"] == "Practice Commons"
    assert settings["SECRET_KEY"] == config.DEV_SECRET


def test_process_environment_is_read_when_none_is_given(monkeypatch):
    monkeypatch.setenv("FORUM_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "from-the-process")
    monkeypatch.setenv("SITE_NAME", "From the process")

    settings = config.from_environment()

    assert settings["SECRET_KEY"] == "from-the-process"
    assert settings["SITE_NAME"] == "From the process"


def test_site_name_from_settings_is_used_in_mail(app, client, monkeypatch):
    monkeypatch.setitem(app.config, "SITE_NAME", "Care Circle")
    make_user(email="priya@example.org")

    client.post("/reset", data={"email": "priya@example.org"})

    [message] = db.session.scalars(select(OutboxMessage))
    assert message.subject == "Reset your Care Circle password"
