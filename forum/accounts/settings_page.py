"""The sections of a member's own settings page ("Settings", /settings).

Each feature that adds a preference adds one builder to SECTIONS and one template
under templates/accounts/settings/; its form posts to its own endpoint and
redirects back to /settings. The page itself never changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flask_babel import gettext as _

from forum import policy, time_zones
from forum.accounts import sessions, two_factor
from forum.accounts.forms import ContentNotesForm, TimeZoneForm
from forum.accounts.models import User
from forum.checkins import managers as checkin_managers
from forum.checkins.manager_forms import MyManagerForm
from forum.notifications import services as notification_settings
from forum.notifications.forms import form_for as notification_form
from forum.people.forms import PrivacyForm


@dataclass(frozen=True)
class Section:
    """One part of the settings page: a heading, its template and what that template shows."""

    title: str
    template: str
    context: dict[str, Any] = field(default_factory=dict)

    @property
    def anchor(self) -> str:
        return self.template.rsplit("/", 1)[-1].removesuffix(".html").lstrip("_")


def two_factor_section(user: User) -> Section:
    return Section(
        title=_("Two-factor"),
        template="accounts/settings/_two_factor.html",
        context={
            "on": user.has_two_factor,
            "since": user.totp_confirmed_at,
            "codes_left": two_factor.recovery_codes_left(user) if user.has_two_factor else 0,
            "required": policy.is_moderator(user),
            "can_turn_off": policy.can_turn_off_two_factor(user),
        },
    )


def signing_in_section(user: User) -> Section:
    """Change password, and the member's live sessions with "Sign out everywhere else"."""
    live = [
        {"created_at": row.created_at, "current": sessions.is_current(row, user)}
        for row in sessions.live_sessions(user)
    ]
    return Section(
        title=_("Signing in"),
        template="accounts/settings/_signing_in.html",
        context={"sessions": live, "others": any(not row["current"] for row in live)},
    )


def content_notes_section(user: User) -> Section:
    """Whether topics marked as distressing open collapsed behind their note."""
    return Section(
        title=_("Content notes"),
        template="accounts/settings/_content_notes.html",
        context={"form": ContentNotesForm(formdata=None, collapse=user.collapse_content_notes)},
    )


def time_zone_section(user: User) -> Section:
    """Every time on the site, and in calendar files, is shown in this zone."""
    zone = user.time_zone or time_zones.DEFAULT_ZONE
    return Section(
        title=_("Time zone"),
        template="accounts/settings/_your_time_zone.html",
        context={"form": TimeZoneForm(formdata=None, time_zone=zone), "chosen": user.time_zone},
    )


def notifications_section(user: User) -> Section:
    """How each kind of notification reaches the member, and the email digest."""
    chosen = notification_settings.settings_for(user)
    return Section(
        title=_("Notifications"),
        template="accounts/settings/_notifications.html",
        context={"form": notification_form(chosen.channels, chosen.digest)},
    )


def profile_section(user: User) -> Section:
    return Section(title=_("Profile"), template="accounts/settings/_profile.html")


def privacy_section(user: User) -> Section:
    """Who can find the member; each choice shown only to the members it applies to."""
    profile = user.profile
    return Section(
        title=_("Privacy"),
        template="accounts/settings/_privacy.html",
        context={
            "form": PrivacyForm(
                formdata=None,
                who_can_find=profile.who_can_find.value,
                worked_with_may_find=profile.worked_with_may_find,
                listed_in_directory=profile.listed_in_directory,
                show_member_type=profile.show_member_type,
            ),
            "worked_with": policy.can_offer_worked_with(user),
            "listing": policy.can_choose_listing(user),
        },
    )


def my_manager_section(user: User) -> Section | None:
    """Practitioners only: who their overdue check-in to-dos are flagged to."""
    if not policy.can_have_a_manager(user):
        return None
    return Section(
        title=_("My manager"),
        template="checkins/_my_manager.html",
        context={"mine": checkin_managers.my_manager(user), "form": MyManagerForm(formdata=None)},
    )


def your_data_section(user: User) -> Section:
    """Download my data, Delete my account: forum/privacy/ does the work."""
    return Section(title=_("Your data"), template="accounts/settings/_your_data.html")


SECTIONS: list[Callable[[User], Section | None]] = [
    profile_section,
    privacy_section,
    signing_in_section,
    two_factor_section,
    time_zone_section,
    notifications_section,
    content_notes_section,
    my_manager_section,
    your_data_section,
]


def sections(user: User) -> list[Section]:
    return [section for build in SECTIONS if (section := build(user)) is not None]
