"""A space and who it is for."""

from __future__ import annotations

import enum

from flask_babel import gettext as _
from sqlalchemy import String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from forum.accounts.models import MemberType
from forum.extensions import Base, enum_type
from forum.i18n import N_


class Audience(enum.StrEnum):
    """Who may read and post in a space (moderators may always)."""

    all_members = "all_members"
    practitioners_allies = "practitioners_allies"
    practitioners = "practitioners"
    care_leavers = "care_leavers"
    care_leavers_practitioners = "care_leavers_practitioners"
    moderators = "moderators"

    @property
    def member_types(self) -> frozenset[MemberType]:
        return _ADMITS[self]

    def admits(self, member_type: MemberType) -> bool:
        return member_type in _ADMITS[self]

    @property
    def label(self) -> str:
        """The composer's line: who will read what is written here, in the reader's language."""
        return str(_(_LABELS[self]))


_P, _C, _A = MemberType.practitioner, MemberType.care_leaver, MemberType.ally
_ADMITS: dict[Audience, frozenset[MemberType]] = {
    Audience.all_members: frozenset({_P, _C, _A}),
    Audience.practitioners_allies: frozenset({_P, _A}),
    Audience.practitioners: frozenset({_P}),
    Audience.care_leavers: frozenset({_C}),
    Audience.care_leavers_practitioners: frozenset({_C, _P}),
    Audience.moderators: frozenset(),
}
_LABELS = {
    Audience.all_members: N_("All members can read this"),
    Audience.practitioners_allies: N_("Practitioners and allies can read this"),
    Audience.practitioners: N_("Practitioners only can read this"),
    Audience.care_leavers: N_("Care leavers only can read this"),
    Audience.care_leavers_practitioners: N_("Care leavers and practitioners can read this"),
    Audience.moderators: N_("Moderators only can read this"),
}


class Space(Base):
    """A category of topics with an audience and confidentiality settings."""

    __tablename__ = "spaces"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    description: Mapped[str] = mapped_column(Text, default="")
    audience: Mapped[Audience] = mapped_column(enum_type(Audience))
    position: Mapped[int] = mapped_column(default=0)
    is_strict: Mapped[bool] = mapped_column(default=False)
    is_premoderated: Mapped[bool] = mapped_column(default=False)
    allows_anonymous: Mapped[bool] = mapped_column(default=False)
    # Topics here may carry event details (time, place, RSVPs, a calendar file).
    allows_events: Mapped[bool] = mapped_column(default=False, server_default=false())
