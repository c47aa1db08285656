"""Membership use cases: apply, verify, sign in, reset, answer the moderators.

Every answer that could reveal whether an email has an account is the same
either way: being a member can itself reveal that someone is a care leaver.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import func, select

from forum import time_zones
from forum.accounts import passwords, sessions, tokens
from forum.accounts.models import AccountStatus, Application, MemberType, Role, User
from forum.errors import DomainError
from forum.extensions import db, utcnow
from forum.mail import services as mail
from forum.urls import absolute_url


def normalise_email(email: str) -> str:
    return email.strip().lower()


def find_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == normalise_email(email)))


@dataclass(frozen=True)
class ApplicationData:
    email: str
    password: str
    display_name: str
    member_type: MemberType
    region: str
    country: str
    reason: str
    organisation: str = ""
    job_title: str = ""
    registration_number: str = ""
    invite_code: str = ""


def _check_password(password: str, related: list[str]) -> None:
    problem = passwords.weakness(password, related)
    if problem:
        raise DomainError("password", problem)


def _queue_verification(user: User) -> None:
    token = tokens.make_token(tokens.Purpose.verify_email, user)
    mail.queue(
        user.email,
        "verify_email",
        user=user,
        link=absolute_url("accounts.verify_email", token=token),
    )


def apply(data: ApplicationData) -> None:
    """Record an application and send the verification link.

    If the address already has an account, its owner is told by email instead,
    and the applicant sees exactly the same page as a new applicant would.
    """
    email = normalise_email(data.email)
    _check_password(data.password, [email, data.display_name])
    existing = find_by_email(email)
    if existing is not None:
        # Spend the same time hashing as a new application would, so the
        # response time does not tell whether the address has an account.
        passwords.hash_password(data.password)
        if existing.status is AccountStatus.unverified:
            _queue_verification(existing)
        else:
            mail.queue(
                existing.email,
                "already_applied",
                user=existing,
                sign_in=absolute_url("accounts.sign_in"),
                reset=absolute_url("accounts.reset_request"),
            )
        db.session.commit()
        return
    user = User(
        email=email,
        password_hash=passwords.hash_password(data.password),
        display_name=data.display_name.strip(),
        member_type=data.member_type,
        status=AccountStatus.unverified,
    )
    user.application = Application(
        organisation=data.organisation.strip(),
        job_title=data.job_title.strip(),
        region=data.region.strip(),
        country=data.country.strip(),
        registration_number=data.registration_number.replace(" ", "").upper(),
        reason=data.reason.strip(),
        invite_code=data.invite_code.strip(),
    )
    db.session.add(user)
    db.session.flush()
    _queue_verification(user)
    db.session.commit()


def _notify_moderators(template: str, **context: object) -> None:
    moderators = db.session.scalars(
        select(User).where(
            User.role.in_([Role.moderator, Role.admin]), User.status == AccountStatus.active
        )
    ).all()
    for moderator in moderators:
        mail.queue(moderator.email, template, moderator=moderator, **context)


def verify_email(token: str) -> User:
    """Confirm the address and put the application in the moderators' queue."""
    user = tokens.read_token(tokens.Purpose.verify_email, token)
    _confirm_email(user)
    db.session.commit()
    return user


def _confirm_email(user: User) -> None:
    """The address is proven: an unconfirmed application goes to the moderators."""
    user.email_verified_at = utcnow()
    if user.status is AccountStatus.unverified:
        user.status = AccountStatus.pending
        if user.application is not None:
            user.application.submitted_at = utcnow()
        _notify_moderators(
            "application_waiting",
            applicant=user,
            link=absolute_url("moderation.applications"),
        )


def resend_verification(user: User) -> None:
    if user.status is AccountStatus.unverified:
        _queue_verification(user)
        db.session.commit()


def authenticate(email: str, password: str) -> User | None:
    """The account for these credentials, or None: one answer for every failure."""
    user = find_by_email(email)
    if not passwords.check_password(user.password_hash if user else None, password):
        return None
    assert user is not None
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = passwords.hash_password(password)
        db.session.commit()
    return user


def request_password_reset(email: str) -> None:
    """Mail a reset link if the address has an account; say nothing either way."""
    user = find_by_email(email)
    if user is None:
        return
    token = tokens.make_token(tokens.Purpose.reset_password, user)
    mail.queue(
        user.email,
        "reset_password",
        user=user,
        link=absolute_url("accounts.reset_password", token=token),
    )
    db.session.commit()


def check_verify_token(token: str) -> User:
    return tokens.read_token(tokens.Purpose.verify_email, token)


def check_reset_token(token: str) -> User:
    return tokens.read_token(tokens.Purpose.reset_password, token)


def reset_password(token: str, new_password: str) -> User:
    """Set a new password and end every other session of this account."""
    user = tokens.read_token(tokens.Purpose.reset_password, token)
    _check_password(new_password, [user.email, user.display_name])
    user.password_hash = passwords.hash_password(new_password)
    user.end_all_sessions()
    # Following the emailed link proves the address, as verification would.
    if user.email_verified_at is None:
        _confirm_email(user)
    mail.queue(
        user.email, "password_changed", user=user, reset=absolute_url("accounts.reset_request")
    )
    db.session.commit()
    return user


def change_password(user: User, current_password: str, new_password: str, keep: str) -> None:
    """A signed-in member's new password: every session but `keep` (this one) ends.

    The member is told by mail, so a change they did not make does not go unnoticed.
    """
    if not passwords.check_password(user.password_hash, current_password):
        raise DomainError("current_password", _("That is not your current password."))
    _check_password(new_password, [user.email, user.display_name])
    user.password_hash = passwords.hash_password(new_password)
    sessions.end_others(user, keep)
    mail.queue(
        user.email, "password_changed", user=user, reset=absolute_url("accounts.reset_request")
    )
    db.session.commit()


def sign_out_other_sessions(user: User, keep: str) -> None:
    """Sign out everywhere else: every session of the member's but this one ends."""
    sessions.end_others(user, keep)
    db.session.commit()


def answer_info_request(user: User, answer: str) -> None:
    """The applicant's reply to a moderator's question sends them back to the queue."""
    if user.status is not AccountStatus.info_requested or user.application is None:
        raise DomainError("answer", _("There is no question waiting for an answer."))
    user.application.info_response = answer.strip()
    user.status = AccountStatus.pending
    _notify_moderators(
        "application_answered", applicant=user, link=absolute_url("moderation.applications")
    )
    db.session.commit()


def withdraw_application(user: User) -> None:
    if not user.status.is_applicant:
        raise DomainError(None, _("This application can no longer be withdrawn."))
    user.status = AccountStatus.withdrawn
    db.session.commit()


def create_admin(email: str, display_name: str, password: str) -> User:
    """An approved admin account, for the operator's command line."""
    email = normalise_email(email)
    _check_password(password, [email, display_name])
    if find_by_email(email) is not None:
        raise DomainError("email", _("An account with this email already exists."))
    user = User(
        email=email,
        password_hash=passwords.hash_password(password),
        display_name=display_name.strip(),
        member_type=MemberType.practitioner,
        role=Role.admin,
        status=AccountStatus.active,
        email_verified_at=utcnow(),
    )
    db.session.add(user)
    db.session.commit()
    return user


def count_pending() -> int:
    return (
        db.session.scalar(
            select(func.count()).select_from(User).where(User.status == AccountStatus.pending)
        )
        or 0
    )


def set_collapse_content_notes(user: User, collapse: bool) -> None:
    """A member's own choice: topics with content notes open folded for them."""
    user.collapse_content_notes = collapse
    db.session.commit()


def set_time_zone(user: User, name: str) -> None:
    """A member's zone: every time on the site is shown in it."""
    if not time_zones.is_valid(name):
        raise DomainError("time_zone", _("Choose a time zone from the list."))
    user.time_zone = name
    db.session.commit()


def guess_time_zone(user: User, name: str) -> bool:
    """The browser's zone, taken only while the member has not chosen one."""
    if user.time_zone is not None or not time_zones.is_valid(name):
        return False
    user.time_zone = name
    db.session.commit()
    return True
