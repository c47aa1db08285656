"""What the composers (new topic, reply, edit, summary) ask of drafts.

On a GET the member's draft goes back into the form, with a note saying so;
Preview saves what they typed, so drafts work without JavaScript; with it,
static/drafts.js saves every few seconds to the form's `data-draft-url`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from flask import request

from forum.accounts.models import User
from forum.drafts import services


@dataclass(frozen=True)
class DraftNote:
    """The composer's draft: where it is saved, and when the restored one was written."""

    place: str
    restored_from: datetime | None = None


def restore(actor: User, place: str, form: Any, *, then_prefill: bool = False) -> DraftNote:
    """On a GET, put the member's draft for this composer back into the form (one query).

    The draft replaces what the form was filled with (an edit's current text),
    or with `then_prefill` comes before it (a reply's new quote follows the draft).
    """
    if request.method != "GET":
        return DraftNote(place)
    draft = services.draft_at(actor, place)
    if draft is None:
        return DraftNote(place)
    title = getattr(form, "title", None)
    if title is not None and draft.title:
        title.data = draft.title
    prefill = form.body.data if then_prefill else None
    form.body.data = f"{draft.body}\n\n{prefill}" if prefill else draft.body
    return DraftNote(place, draft.updated_at)


def keep(actor: User, place: str, texts: dict[str, str]) -> None:
    """Preview: save what was typed (the title too, where there is one)."""
    services.save_draft(actor, place, texts.get("title", ""), texts.get("body", ""))
