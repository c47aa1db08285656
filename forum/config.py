"""Settings: safe defaults here, the environment overrides them (12-factor)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
INSTANCE = ROOT / "instance"

DEV_SECRET = "development-only-secret-key-not-for-production"  # noqa: S105


class ConfigError(RuntimeError):
    """The environment does not describe a runnable site."""


def _bool(value: str | None, default: bool) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _count(name: str, value: str | None) -> int:
    """A whole number of zero or more, or a ConfigError naming the setting."""
    text = (value or "0").strip()
    if not text.isdigit():
        raise ConfigError(f"{name} must be a whole number of zero or more, not {value!r}.")
    return int(text)


def engine_options(
    url: str, *, connect_timeout: int = 5, statement_timeout: int = 30
) -> dict[str, Any]:
    """Fail fast when the database is away, and find out before a request does.

    Pre-ping swaps a pooled connection that died (a database restart) for a
    new one. On PostgreSQL a request waits at most `connect_timeout` seconds
    for a connection and `statement_timeout` seconds (0: no limit) for any one
    statement, then answers "resting" instead of hanging every worker.
    """
    options: dict[str, Any] = {"pool_pre_ping": True}
    if url.startswith(("postgresql", "postgres:")):
        connect_args: dict[str, Any] = {"connect_timeout": connect_timeout}
        if statement_timeout:
            connect_args["options"] = f"-c statement_timeout={statement_timeout * 1000}"
        options["connect_args"] = connect_args
    return options


def from_environment(env: dict[str, str] | None = None) -> dict[str, Any]:
    """Build the settings mapping; refuse to start production without a secret."""
    env = dict(os.environ if env is None else env)
    environment = env.get("FORUM_ENV", "production").strip().lower()
    development = environment in {"development", "testing"}
    secret = env.get("SECRET_KEY", "")
    if not secret:
        if not development:
            raise ConfigError(
                "SECRET_KEY is not set. Set it to a long random value "
                "(for example: python -c 'import secrets; print(secrets.token_hex(32))'), "
                "or set FORUM_ENV=development for a local trial."
            )
        secret = DEV_SECRET
    base_url = env.get("BASE_URL", "http://127.0.0.1:5000").rstrip("/")
    https = base_url.startswith("https://")
    secure_cookies = _bool(env.get("SESSION_COOKIE_SECURE"), https or not development)
    idle_hours = _count("SESSION_IDLE_HOURS", env.get("SESSION_IDLE_HOURS")) or 12
    session_days = _count("SESSION_DAYS", env.get("SESSION_DAYS")) or 14
    return {
        "ENVIRONMENT": environment,
        "SECRET_KEY": secret,
        "SITE_NAME": env.get("SITE_NAME", "Practice Commons"),
        "BASE_URL": base_url,
        "SQLALCHEMY_DATABASE_URI": env.get(
            "DATABASE_URL", f"sqlite:///{INSTANCE / 'forum.sqlite3'}"
        ),
        "SQLALCHEMY_ENGINE_OPTIONS": engine_options(
            env.get("DATABASE_URL", ""),
            connect_timeout=int(env.get("DATABASE_CONNECT_TIMEOUT", "5") or 5),
            statement_timeout=int(env.get("DATABASE_STATEMENT_TIMEOUT", "30") or 30),
        ),
        "MAIL_SERVER": env.get("MAIL_SERVER", ""),
        "MAIL_PORT": int(env.get("MAIL_PORT", "587") or 587),
        "MAIL_USERNAME": env.get("MAIL_USERNAME", ""),
        "MAIL_PASSWORD": env.get("MAIL_PASSWORD", ""),
        "MAIL_USE_TLS": _bool(env.get("MAIL_USE_TLS"), True),
        "MAIL_DEFAULT_SENDER": env.get(
            "MAIL_DEFAULT_SENDER", "Practice Commons <no-reply@localhost>"
        ),
        "MAIL_OUTBOX_DIR": env.get("MAIL_OUTBOX_DIR", str(INSTANCE / "mail")),
        # Members' photos: outside static/, served only to those who may find the member.
        "AVATAR_DIR": env.get("AVATAR_DIR", str(INSTANCE / "avatars")),
        # Deliver queued mail right after the request that queued it; the
        # `flask mail deliver` command retries whatever is still waiting.
        "MAIL_DELIVER_AFTER_REQUEST": _bool(env.get("MAIL_DELIVER_AFTER_REQUEST"), True),
        "REDIS_URL": env.get("REDIS_URL", ""),
        # How many reverse proxies (nginx, a load balancer) stand in front of the app,
        # each adding to X-Forwarded-For and -Proto. 0 believes neither header (a client
        # could forge them); behind one nginx, 1, so rate limits see each client's address.
        "TRUSTED_PROXIES": _count("TRUSTED_PROXIES", env.get("TRUSTED_PROXIES")),
        "RATELIMIT_STORAGE_URI": env.get("REDIS_URL") or "memory://",
        # Redis away: each process counts on its own until it is back, rather than
        # answering 500 to every sign-in; short timeouts so no worker hangs on it.
        "RATELIMIT_IN_MEMORY_FALLBACK_ENABLED": True,
        "RATELIMIT_STORAGE_OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1}
        if env.get("REDIS_URL")
        else {},
        "RATELIMIT_ENABLED": _bool(env.get("RATELIMIT_ENABLED"), True),
        "RATELIMIT_HEADERS_ENABLED": True,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        # Cookies travel only over HTTPS, except on a developer's own machine (or
        # SESSION_COOKIE_SECURE=false, for a trial over plain HTTP).
        "SESSION_COOKIE_SECURE": secure_cookies,
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_SECURE": secure_cookies,
        # A session ends after SESSION_IDLE_HOURS without a request, and SESSION_DAYS after
        # signing in however busy ("Keep me signed in" outlasts only the idle limit).
        "PERMANENT_SESSION_LIFETIME": idle_hours * 60 * 60,
        "SESSION_ABSOLUTE_LIFETIME": session_days * 24 * 60 * 60,
        "REMEMBER_COOKIE_DURATION": session_days * 24 * 60 * 60,
        "PREFERRED_URL_SCHEME": "https" if https else "http",
        "WTF_CSRF_TIME_LIMIT": None,  # the token lives as long as the session
        "MAX_CONTENT_LENGTH": 2 * 1024 * 1024,
        "TOKEN_MAX_AGE_VERIFY": 60 * 60 * 48,
        "TOKEN_MAX_AGE_RESET": 60 * 60,
        # How long each process keeps the spaces' topic counts (forum/spaces/counts.py).
        "SPACE_COUNTS_SECONDS": _count(
            "SPACE_COUNTS_SECONDS", env.get("SPACE_COUNTS_SECONDS") or "30"
        ),
        "TOPICS_PER_PAGE": 30,
        "POSTS_PER_PAGE": 20,
    }
