"""A member's own profile, photo and privacy settings: each change checks, saves, commits once.

"About" is read by every member who may find its author, so the
confidentiality guard checks it like a post. A post with findings can go to
the review queue with a reason; a profile has no review queue, and holding it
would leave a member without a profile for days. So the rule is the simplest
honest one: About text with findings that would hold a post is not saved
until the member edits them out. No reason unlocks it: the justification
path is not offered here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO

from flask_babel import gettext as _

from forum import markup, policy
from forum.accounts.models import User
from forum.errors import DomainError
from forum.extensions import db
from forum.i18n import N_
from forum.people import avatars
from forum.people.models import Profile, WhoCanFind
from forum.review import screening
from forum.review.screening import Outcome, Verdict

ABOUT_NEEDS_AN_EDIT = N_(
    "This may identify someone. Every member who can find you reads your profile, "
    "so edit the highlighted parts out and save again."
)


@dataclass(frozen=True)
class ProfileChanges:
    """What the member typed on "Edit profile"."""

    display_name: str
    role_line: str = ""
    organisation: str = ""
    region: str = ""
    country: str = ""
    interests: str = ""
    about: str = ""


def _line(text: str) -> str:
    return " ".join(text.split())


def update_profile(actor: User, changes: ProfileChanges) -> Outcome[Profile]:
    """Save the member's profile, unless the guard finds something in "About".

    Only "About" is screened: the other fields describe the member themselves
    (their own organisation and region are meant to be shared), and the guard
    flags a workplace such as a children's home by design.
    """
    policy.require(policy.is_member(actor))
    display_name = _line(changes.display_name)
    if len(display_name) < 2:
        raise DomainError("display_name", _("Give a display name of at least 2 characters."))
    about = changes.about.replace("\r\n", "\n").strip()
    checked = screening.screen(None, about=about)
    verdict = screening.guard_verdict(checked, None)
    if verdict is not Verdict.published:
        return Outcome(Verdict.needs_justification, checked)
    profile = actor.profile
    actor.display_name = display_name
    profile.role_line = _line(changes.role_line)
    profile.organisation = _line(changes.organisation)
    profile.region = _line(changes.region)
    profile.country = _line(changes.country)
    profile.interests = _line(changes.interests)
    profile.about_source = about
    profile.about_html = markup.render(about) if about else ""
    db.session.commit()
    return Outcome(Verdict.published, checked, profile)


def set_privacy(
    actor: User,
    who_can_find: WhoCanFind,
    *,
    worked_with_may_find: bool = False,
    listed_in_directory: bool = False,
    show_member_type: bool = False,
) -> Profile:
    """Who may find the member, and what the directory shows.

    Each choice applies only to the members it is offered to: "People I worked
    with may find me" to practitioners; listing in the directory and showing
    the member type to care leavers (everyone else is listed whenever they may
    be found, and their member type always shows).
    """
    policy.require(policy.is_member(actor))
    profile = actor.profile
    profile.who_can_find = who_can_find
    if policy.can_offer_worked_with(actor):
        profile.worked_with_may_find = worked_with_may_find
    if policy.can_choose_listing(actor):
        profile.listed_in_directory = listed_in_directory
        profile.show_member_type = show_member_type
    db.session.commit()
    return profile


def set_photo(actor: User, upload: IO[bytes]) -> Profile:
    """Replace the member's photo with a re-encoded copy of the upload (see avatars)."""
    policy.require(policy.is_member(actor))
    png = avatars.re_encode(upload)
    profile = actor.profile
    old, new = profile.avatar_name, avatars.store(png)
    profile.avatar_name = new
    try:
        db.session.commit()
    except BaseException:
        avatars.discard(new)
        raise
    avatars.discard(old)  # only once the profile points at the new one
    return profile


def remove_photo(actor: User) -> Profile:
    """Back to initials; the file goes too."""
    policy.require(policy.is_member(actor))
    profile = actor.profile
    old, profile.avatar_name = profile.avatar_name, None
    db.session.commit()
    avatars.discard(old)
    return profile
