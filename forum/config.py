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
    return {
        "ENVIRONMENT": environment,
        "SECRET_KEY": secret,
        "SITE_NAME": env.get("SITE_NAME", "Practice Commons"),
        "BASE_URL": base_url,
        "SQLALCHEMY_DATABASE_URI": env.get(
            "DATABASE_URL", f"sqlite:///{INSTANCE / 'forum.sqlite3'}"
        ),
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
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
        "RATELIMIT_STORAGE_URI": env.get("REDIS_URL") or "memory://",
        "RATELIMIT_ENABLED": _bool(env.get("RATELIMIT_ENABLED"), True),
        "RATELIMIT_HEADERS_ENABLED": True,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": https,
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_SECURE": https,
        "PERMANENT_SESSION_LIFETIME": 60 * 60 * 24 * 14,
        "PREFERRED_URL_SCHEME": "https" if https else "http",
        "WTF_CSRF_TIME_LIMIT": None,  # the token lives as long as the session
        "MAX_CONTENT_LENGTH": 2 * 1024 * 1024,
        "TOKEN_MAX_AGE_VERIFY": 60 * 60 * 48,
        "TOKEN_MAX_AGE_RESET": 60 * 60,
        "TOPICS_PER_PAGE": 30,
        "POSTS_PER_PAGE": 20,
    }
