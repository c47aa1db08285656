"""Password hashing (argon2id) and the strength rule."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask_babel import gettext as _
from zxcvbn import zxcvbn

MIN_LENGTH = 10
MAX_LENGTH = 200
# zxcvbn scores 0-4; 3 means "safely unguessable" for an online attack.
MIN_SCORE = 3
ZXCVBN_MAX = 72

_hasher = PasswordHasher()  # argon2id with the library's current recommended cost
# Verified against when no account matches, so sign-in takes as long either way.
_DUMMY_HASH = _hasher.hash("not-a-real-password-but-the-same-cost")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(stored_hash: str | None, password: str) -> bool:
    """True when the password matches; spends the same time when there is no hash."""
    try:
        return _hasher.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)


def weakness(password: str, related: list[str] | None = None) -> str | None:
    """Why this password would be easy to guess, or None when it is strong enough."""
    if len(password) < MIN_LENGTH:
        return str(_("Use at least %(count)d characters.", count=MIN_LENGTH))
    if len(password) > MAX_LENGTH:
        return str(_("Use at most %(count)d characters.", count=MAX_LENGTH))
    # zxcvbn refuses more than 72 characters (ValueError), so it scores the first
    # 72: a password that is strong there is strong whatever follows.
    result = zxcvbn(password[:ZXCVBN_MAX], user_inputs=[r for r in (related or []) if r])
    if result["score"] >= MIN_SCORE:
        return None
    feedback = result["feedback"]
    reasons = [feedback.get("warning") or _("This password would be easy to guess.")]
    reasons += feedback.get("suggestions") or []
    return " ".join(r.rstrip(".") + "." for r in reasons if r)
