"""The composer's shared steps, for every form that writes guarded text in a space.

New topics, replies, edits and summaries all preview, ask the guard, and
show its findings the same way; the views call these instead of each
keeping a copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import flash, request
from flask_babel import gettext as _
from flask_login import current_user

from forum.accounts.models import User
from forum.errors import DomainError
from forum.mentions import services as mentions
from forum.mentions.forms import picked_ids
from forum.review import screening
from forum.review.screening import Outcome, Screening
from forum.spaces.models import Space
from forum.threads.forms import GuardedForm

POSTING_LIMIT = "6 per minute;60 per hour"


def posting_key() -> str:
    return f"user:{current_user.get_id()}"


@dataclass
class Composed:
    """What the composer shows again: a preview, and the guard's findings."""

    preview_html: str | None = None
    screening: Screening | None = None


def preview(
    space: Space, texts: dict[str, str], author: User | None = None, anonymous: bool = False
) -> Composed:
    """The message as it will read (its author's mentions linked), with the guard's findings."""
    picked = picked_ids(request.form)
    html = mentions.preview(author or current_user, texts["body"], picked, anonymous=anonymous)
    return Composed(html, mentions.screen(author or current_user, space, **texts))


def justification(form: GuardedForm) -> str | None:
    """The author's reason, only when they chose "Send for review"."""
    return (form.justification.data or "") if form.send_for_review.data else None


def needs_a_choice(form: GuardedForm, outcome: Outcome[Any]) -> Composed:
    """Nothing was saved: show the findings and what the author can do about them."""
    if form.send_for_review.data:
        form.justification.errors.append(
            "Say why this is safe to share, or edit the highlighted parts out."
        )
    else:
        form.body.errors.append(_(screening.NEEDS_A_CHOICE))
    return Composed(screening=outcome.screening)


def refused(form: GuardedForm, error: DomainError) -> Composed:
    getattr(form, error.field or "body").errors.append(error.message)
    return Composed()


def held_notice() -> None:
    flash(
        _(
            "Held for review: a moderator will read it before anyone else can. "
            "Until then only you and the moderators can see it."
        )
    )
