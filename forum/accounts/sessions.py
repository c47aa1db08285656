"""Flask-Login wiring: sessions end when the account's session version moves on."""

from __future__ import annotations

from flask_login import LoginManager

from forum.accounts.models import User
from forum.extensions import db


def load_user(identity: str) -> User | None:
    """Reload the account on every request, so decisions apply at once."""
    user_id, _, version = identity.partition(":")
    if not user_id.isdigit() or not version.isdigit():
        return None
    user = db.session.get(User, int(user_id))
    if user is None or user.session_version != int(version):
        return None
    return user


def configure(manager: LoginManager) -> None:
    manager.user_loader(load_user)
    manager.login_view = "accounts.sign_in"
    manager.login_message = "Please sign in to continue."
    manager.session_protection = "basic"
