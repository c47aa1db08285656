"""Members and their applications."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING, Any

from flask_babel import gettext as _
from flask_login import UserMixin
from sqlalchemy import ForeignKey, Index, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum.extensions import Base, UTCDateTime, enum_type, utcnow
from forum.people.models import Profile, WhoCanFind


class MemberType(enum.StrEnum):
    """What kind of member someone is; decides which spaces admit them."""

    practitioner = "practitioner"
    care_leaver = "care_leaver"
    ally = "ally"

    @property
    def label(self) -> str:
        labels: dict[str, str] = {
            "practitioner": _("Practitioner"),
            "care_leaver": _("Care leaver"),
            "ally": _("Ally"),
        }
        return labels[self.value]


class Role(enum.StrEnum):
    """Trust level, separate from member type."""

    member = "member"
    moderator = "moderator"
    admin = "admin"


class AccountStatus(enum.StrEnum):
    """Where an account stands; only `active` reaches the forum itself."""

    unverified = "unverified"  # applied, email not yet confirmed
    pending = "pending"  # waiting for a moderator
    info_requested = "info_requested"  # a moderator asked a question
    active = "active"  # approved member
    rejected = "rejected"
    withdrawn = "withdrawn"
    suspended = "suspended"  # until `suspended_until`, then a member again by itself
    banned = "banned"
    erased = "erased"  # the member deleted their account: a tombstone row remains

    @property
    def is_applicant(self) -> bool:
        return self in {
            AccountStatus.unverified,
            AccountStatus.pending,
            AccountStatus.info_requested,
        }


class User(UserMixin, Base):
    """A person with an account, from application onwards."""

    __tablename__ = "users"
    # The member directory lists by display name, then id, a page at a time.
    __table_args__ = (Index("ix_users_directory_order", "display_name", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    display_name: Mapped[str] = mapped_column(String(60))
    member_type: Mapped[MemberType] = mapped_column(enum_type(MemberType))
    role: Mapped[Role] = mapped_column(enum_type(Role), default=Role.member)
    status: Mapped[AccountStatus] = mapped_column(
        enum_type(AccountStatus), default=AccountStatus.unverified, index=True
    )
    # Bumped whenever every existing session must end (password reset, suspension):
    # a session (UserSession) lives only while its version matches this one.
    session_version: Mapped[int] = mapped_column(default=1)
    email_verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    suspended_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Two-factor (TOTP): the secret is set while enrolling, confirmed by a first code.
    totp_secret: Mapped[str | None] = mapped_column(String(64))
    totp_confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The last 30-second step a code was accepted for: a used code cannot be replayed.
    totp_last_step: Mapped[int | None]
    # Moderators' warnings not yet marked as read: the page banner queries them only when > 0.
    unseen_warnings: Mapped[int] = mapped_column(default=0, server_default="0")
    # Topics with a content note (abuse, self-harm, bereavement) shown collapsed.
    collapse_content_notes: Mapped[bool] = mapped_column(default=False, server_default=false())
    # An IANA zone name; None until chosen (or guessed from the browser): shown as Europe/London.
    time_zone: Mapped[str | None] = mapped_column(String(64))
    # The home page's "new since your last visit": when the member last opened it, and
    # where the visit before this one ended (moved on after an hour away).
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    previous_visit_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    application: Mapped[Application | None] = relationship(
        back_populates="user", uselist=False, foreign_keys="Application.user_id"
    )
    # "unnested": loaded as the author of a post or topic (an outer join), the profile
    # joins beside it instead of inside it, which SQLite would answer by reading
    # every member and profile.
    profile: Mapped[Profile] = relationship(
        uselist=False,
        lazy="joined",
        innerjoin="unnested",  # type: ignore[arg-type]  # documented, but typed as bool
    )

    if TYPE_CHECKING:
        # Not a column: the session this copy of the account was signed in or loaded
        # through, set by forum/accounts/sessions.py.
        _session_identity: str | None

    def __init__(self, **values: Any) -> None:
        """Every account has a profile; a care leaver's starts unfindable and unlisted."""
        if "profile" not in values:
            care_leaver = values.get("member_type") is MemberType.care_leaver
            values["profile"] = Profile(
                who_can_find=WhoCanFind.nobody if care_leaver else WhoCanFind.all_members,
                listed_in_directory=not care_leaver,
            )
        super().__init__(**values)

    def get_id(self) -> str:
        """A key for this account (rate limits); the cookie carries `session_identity`."""
        return f"{self.id}:{self.session_version}"

    def session_identity(self) -> str:
        """Flask-Login's id for the signed-in session: "<user id>:<random session id>".

        Without a session from forum/accounts/sessions.py it is an id no request
        accepts: signing in goes through `sessions.sign_in`.
        """
        return str(vars(self).get("_session_identity") or f"{self.id}:")

    @property
    def is_active_member(self) -> bool:
        """Approved and in good standing; a suspension that has run out lifts itself."""
        if self.status is AccountStatus.suspended:
            return self.suspended_until is not None and self.suspended_until <= utcnow()
        return self.status is AccountStatus.active

    @property
    def is_suspended(self) -> bool:
        return self.status is AccountStatus.suspended and not self.is_active_member

    @property
    def has_two_factor(self) -> bool:
        return self.totp_confirmed_at is not None

    @property
    def is_moderator(self) -> bool:
        return self.role in {Role.moderator, Role.admin}

    @property
    def is_admin(self) -> bool:
        return self.role is Role.admin

    def end_all_sessions(self) -> None:
        self.session_version += 1


class Application(Base):
    """What an applicant told us, and what the moderators decided."""

    __tablename__ = "applications"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), unique=True)
    organisation: Mapped[str] = mapped_column(String(120), default="")
    job_title: Mapped[str] = mapped_column(String(120), default="")
    region: Mapped[str] = mapped_column(String(80), default="")
    country: Mapped[str] = mapped_column(String(80), default="")
    registration_number: Mapped[str] = mapped_column(String(20), default="")
    reason: Mapped[str] = mapped_column(Text)
    invite_code: Mapped[str] = mapped_column(String(40), default="")
    guidelines_accepted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    info_request: Mapped[str] = mapped_column(Text, default="")
    info_response: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decision_reason: Mapped[str] = mapped_column(Text, default="")

    user: Mapped[User] = relationship(back_populates="application", foreign_keys=[user_id])
    decided_by: Mapped[User | None] = relationship(foreign_keys=[decided_by_id])


class RecoveryCode(Base):
    """A single-use code that stands in for the authenticator app; only its hash is kept."""

    __tablename__ = "recovery_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    code_hash: Mapped[str] = mapped_column(String(255))
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class UserSession(Base):
    """One signed-in browser, so signing out can end it here and not only in the cookie.

    The cookie carries a random id; only its hash is stored, so a copy of this table
    signs nobody in. A session is live until `ended_at` is set, the account's
    `session_version` moves past its own, or it is older than SESSION_ABSOLUTE_LIFETIME.
    """

    __tablename__ = "user_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    session_version: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
