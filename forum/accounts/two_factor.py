"""Two-factor sign-in: a code from an authenticator app (TOTP), or a single-use recovery code.

Moderators and admins must have it before any moderation page opens (see
forum/gate.py); members may opt in. A used code can never be used again: the
last accepted 30-second step is stored with one conditional UPDATE, so two
requests racing with one code cannot both pass. These services never read the
request: the views keep the half-signed-in state in the session.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import secrets
import time

import pyotp
import segno
from flask_babel import gettext as _
from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm.attributes import set_committed_value

from forum import policy
from forum.accounts.models import RecoveryCode, User
from forum.accounts.services import find_by_email
from forum.errors import DomainError
from forum.extensions import db, utcnow
from forum.i18n import N_
from forum.mail import services as mail
from forum.urls import absolute_url

# Accept the code before and after the current one too: phone clocks drift.
VALID_WINDOW = 1
RECOVERY_CODE_COUNT = 10
# No 0/o, 1/l/i: recovery codes are read off paper and typed in.
RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
WRONG_CODE = N_("That code did not work. Check it and try again.")


class CodeCheck(enum.Enum):
    """What a code typed at sign-in turned out to be."""

    refused = "refused"
    app_code = "app_code"
    recovery_code = "recovery_code"


def provisioning_uri(user: User, issuer: str) -> str:
    """The otpauth:// link an authenticator app reads from the QR code."""
    if user.totp_secret is None:
        raise DomainError(None, _("Two-factor set-up has not started."))
    return pyotp.TOTP(user.totp_secret).provisioning_uri(name=user.email, issuer_name=issuer)


def qr_code_data_uri(uri: str) -> str:
    """The QR code as an SVG data: URI, drawn here: the secret never leaves the server.

    A data URI in an <img> fits the Content-Security-Policy (img-src data:) and
    needs no inline style or `|safe` markup.
    """
    return str(segno.make(uri, error="m").svg_data_uri(scale=5, dark="#000", light="#fff"))


def grouped(secret: str) -> str:
    """The secret in groups of four, easier to type into an app by hand."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def start_two_factor(user: User) -> None:
    """Give the account a new secret, pending until a first code from the app confirms it."""
    if user.has_two_factor:
        raise DomainError(None, _("Two-factor is already on."))
    if user.totp_secret is None:  # keep a pending secret: the app may have scanned it already
        user.totp_secret = pyotp.random_base32()
    db.session.commit()


def turn_on_two_factor(user: User, code: str) -> list[str]:
    """Confirm the pending secret with a code from the app; return new recovery codes, once."""
    if user.has_two_factor:
        raise DomainError(None, _("Two-factor is already on."))
    if user.totp_secret is None:
        raise DomainError(None, _("Start the set-up again: there is no QR code waiting."))
    if not _accept_app_code(user, code):
        raise DomainError("code", _(WRONG_CODE))
    user.totp_confirmed_at = utcnow()
    codes = _replace_recovery_codes(user)
    mail.queue(user.email, "two_factor_on", user=user, settings=absolute_url("accounts.settings"))
    db.session.commit()
    return codes


def turn_off_two_factor(user: User, code: str) -> None:
    """Members may drop the second factor, with a current code; moderators and admins may not."""
    policy.require(policy.can_turn_off_two_factor(user), hide=False)
    if not user.has_two_factor:
        raise DomainError(None, _("Two-factor is already off."))
    if _accept(user, code) is CodeCheck.refused:
        raise DomainError("code", _(WRONG_CODE))
    user.totp_secret = None
    user.totp_confirmed_at = None
    db.session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    mail.queue(user.email, "two_factor_off", user=user, settings=absolute_url("accounts.settings"))
    db.session.commit()


def new_recovery_codes(user: User, code: str) -> list[str]:
    """Replace every recovery code (used or not) with ten new ones, after a current code."""
    if not user.has_two_factor:
        raise DomainError(None, _("Turn on two-factor first."))
    if _accept(user, code) is CodeCheck.refused:
        raise DomainError("code", _(WRONG_CODE))
    codes = _replace_recovery_codes(user)
    db.session.commit()
    return codes


def check_code(user: User, code: str) -> CodeCheck:
    """The second step of signing in: spend the code if it is good, and say which kind it was."""
    outcome = _accept(user, code) if user.has_two_factor else CodeCheck.refused
    if outcome is not CodeCheck.refused:
        db.session.commit()
    return outcome


def user_awaiting_code(user_id: int, session_version: int) -> User | None:
    """The account a password-checked sign-in is for, unless its sessions have since ended."""
    user = db.session.get(User, user_id)
    if user is None or user.session_version != session_version or not user.has_two_factor:
        return None
    return user


def recovery_codes_left(user: User) -> int:
    count = db.session.scalar(
        select(func.count())
        .select_from(RecoveryCode)
        .where(RecoveryCode.user_id == user.id, RecoveryCode.used_at.is_(None))
    )
    return count or 0


def current_code(email: str) -> str:
    """The code an account's app shows now: for trying the demo in development only."""
    user = find_by_email(email)
    if user is None or user.totp_secret is None or not user.has_two_factor:
        raise DomainError(None, f"{email} has no account with two-factor turned on.")
    return pyotp.TOTP(user.totp_secret).now()


def _accept(user: User, code: str) -> CodeCheck:
    """Spend an app code or a recovery code (no commit)."""
    if _accept_app_code(user, code):
        return CodeCheck.app_code
    if _accept_recovery_code(user, code):
        return CodeCheck.recovery_code
    return CodeCheck.refused


def _accept_app_code(user: User, code: str, now: float | None = None) -> bool:
    """True once for a good code: its step is stored, so it can never pass again (no commit)."""
    code = "".join(code.split())
    if user.totp_secret is None or len(code) != 6 or not code.isdigit():
        return False
    now = time.time() if now is None else now
    totp = pyotp.TOTP(user.totp_secret)
    if not totp.verify(code, for_time=now, valid_window=VALID_WINDOW):
        return False
    current = totp.timecode(now)
    step = next(
        s
        for s in range(current + VALID_WINDOW, current - VALID_WINDOW - 1, -1)
        if hmac.compare_digest(totp.generate_otp(s), code)
    )
    # The replay guard: one conditional UPDATE. Of two requests with one code, the
    # second waits on the row and then matches nothing (rowcount 0).
    result = db.session.execute(
        update(User)
        .where(
            User.id == user.id,
            or_(User.totp_last_step.is_(None), User.totp_last_step < step),
        )
        .values(totp_last_step=step)
        .execution_options(synchronize_session=False)
    )
    if not result.rowcount:  # type: ignore[attr-defined]
        return False
    set_committed_value(user, "totp_last_step", step)
    return True


def _hash_recovery_code(code: str) -> str:
    """SHA-256 of the code without spaces, dashes or case.

    Not argon2 like passwords: a recovery code is 12 random characters (about 59
    bits) that nobody chose, so there is no dictionary to try and a slow hash
    would add nothing but work on every sign-in.
    """
    cleaned = "".join(code.split()).replace("-", "").lower()
    return hashlib.sha256(cleaned.encode()).hexdigest()


def _accept_recovery_code(user: User, code: str) -> bool:
    """True once for an unused recovery code of this account, which is then spent (no commit)."""
    if not code.strip():
        return False
    result = db.session.execute(
        update(RecoveryCode)
        .where(
            RecoveryCode.user_id == user.id,
            RecoveryCode.code_hash == _hash_recovery_code(code),
            RecoveryCode.used_at.is_(None),
        )
        .values(used_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def _new_recovery_code() -> str:
    raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def _replace_recovery_codes(user: User) -> list[str]:
    """Ten new codes in place of the old ones; only their hashes are kept (no commit)."""
    db.session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    codes = [_new_recovery_code() for _ in range(RECOVERY_CODE_COUNT)]
    db.session.add_all(
        RecoveryCode(user_id=user.id, code_hash=_hash_recovery_code(code)) for code in codes
    )
    return codes
