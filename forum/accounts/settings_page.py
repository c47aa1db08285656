"""The sections of a member's own settings page ("Settings", /settings).

Each feature that adds a preference adds one builder to SECTIONS and one template
under templates/accounts/settings/; its form posts to its own endpoint and
redirects back to /settings. The page itself never changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from forum import policy
from forum.accounts import two_factor
from forum.accounts.forms import ContentNotesForm
from forum.accounts.models import User


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
        title="Two-factor",
        template="accounts/settings/_two_factor.html",
        context={
            "on": user.has_two_factor,
            "since": user.totp_confirmed_at,
            "codes_left": two_factor.recovery_codes_left(user) if user.has_two_factor else 0,
            "required": policy.is_moderator(user),
            "can_turn_off": policy.can_turn_off_two_factor(user),
        },
    )


def content_notes_section(user: User) -> Section:
    """Whether topics marked as distressing open collapsed behind their note."""
    return Section(
        title="Content notes",
        template="accounts/settings/_content_notes.html",
        context={"form": ContentNotesForm(formdata=None, collapse=user.collapse_content_notes)},
    )


SECTIONS: list[Callable[[User], Section]] = [two_factor_section, content_notes_section]


def sections(user: User) -> list[Section]:
    return [build(user) for build in SECTIONS]
