"""Where a draft belongs: one place per composer, and who may write there.

A place is "topic:<space id>", "reply:<topic id>", "edit:<post id>" or
"summary:<topic id>". Saving a draft asks the same rules as posting from that
composer, so a member cannot keep drafts where they may not write.
"""

from __future__ import annotations

from forum import policy
from forum.accounts.models import User
from forum.errors import NotVisible
from forum.extensions import db
from forum.spaces.models import Space
from forum.threads import queries as threads

KINDS = ("topic", "reply", "edit", "summary")


def topic(space_id: int) -> str:
    return f"topic:{space_id}"


def reply(topic_id: int) -> str:
    return f"reply:{topic_id}"


def edit(post_id: int) -> str:
    return f"edit:{post_id}"


def summary(topic_id: int) -> str:
    return f"summary:{topic_id}"


def parse(place: str) -> tuple[str, int]:
    """The kind and the id of a place; NotVisible for anything else."""
    kind, _, number = place.partition(":")
    if kind not in KINDS or not number.isdigit() or len(number) > 12:
        raise NotVisible()
    return kind, int(number)


def require_writable(actor: User, place: str) -> None:
    """404 unless the member may write in this composer right now."""
    kind, number = parse(place)
    if kind == "topic":
        space = db.session.get(Space, number)
        policy.require(space is not None and policy.can_post_in(actor, space))
    elif kind == "reply":
        policy.require(policy.can_reply(actor, threads.visible_topic(actor, number)))
    elif kind == "edit":
        policy.require(policy.can_edit_post(actor, threads.visible_post(actor, number)))
    else:
        policy.require(policy.can_write_summary(actor, threads.visible_topic(actor, number)))
