"""Drafts in "Download my data", and gone on erasure: they matter only to their member."""

from __future__ import annotations

from flask_babel import gettext as _
from sqlalchemy import delete, select

from forum.accounts.models import User
from forum.drafts.models import Draft
from forum.extensions import db
from forum.privacy import export


def export_part(member: User) -> export.Part:
    """What the member was writing and where. One query."""
    drafts = db.session.scalars(
        select(Draft).where(Draft.user_id == member.id).order_by(Draft.updated_at.desc())
    )
    return export.Part(
        "drafts",
        _("Your drafts"),
        [
            {"where": d.place, "title": d.title, "text": d.body, "saved_at": d.updated_at}
            for d in drafts
        ],
        _(
            "Where: a new topic in a space (topic:<space number>), a reply (reply:<topic number>), "
            "an edit (edit:<post number>) or a summary (summary:<topic number>)."
        ),
    )


def forget(member: User) -> None:
    """Erasure (no commit)."""
    db.session.execute(delete(Draft).where(Draft.user_id == member.id))
