"""The composer's autocomplete: names the author may mention."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, exists, func, not_, or_, select

from forum.accounts.models import User
from forum.extensions import db
from forum.people.models import Block, Profile
from forum.people.queries import connected_to, findable_by, is_active_member

MAX_SUGGESTIONS = 8
QUERY_LENGTH = 60


@dataclass(frozen=True)
class Suggestion:
    id: int
    name: str
    hint: str  # role line and organisation, to tell two people with one name apart


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")  # never in a stored name; PostgreSQL refuses NUL


def clean_query(q: str | None) -> str:
    return " ".join(_UNSTORABLE.sub("", q or "").split())[:QUERY_LENGTH]


def _name_starts(q: str) -> ColumnElement[bool]:
    """The name, or one of its later words, starts with what was typed ("ro": Rosa, Ann Rowe)."""
    name = func.lower(User.display_name)
    typed = q.lower()
    return or_(
        name.startswith(typed, autoescape=True),
        name.contains(" " + typed, autoescape=True),
    )


def _not_blocked(actor: User) -> ColumnElement[bool]:
    """Neither has blocked the other."""
    return not_(
        exists().where(
            or_(
                and_(Block.blocker_id == User.id, Block.blocked_id == actor.id),
                and_(Block.blocker_id == actor.id, Block.blocked_id == User.id),
            )
        )
    )


def suggestions(actor: User, q: str) -> list[Suggestion]:
    """At most eight members the actor may mention whose name starts with `q`. One query.

    The same members the directory would list for that name (findable, and a
    care leaver only if they chose to be listed), plus the actor's connections;
    never the actor, never anyone on either side of a block. Typing a whole
    name without the list still reaches a findable member who is not listed.
    """
    q = clean_query(q)
    if not q:
        return []
    matches = _name_starts(q)
    rows = db.session.execute(
        select(User.id, User.display_name, Profile.role_line, Profile.organisation)
        .join(Profile, Profile.user_id == User.id)
        .where(
            matches,
            findable_by(actor, worked_with_match=matches),
            is_active_member(),
            User.id != actor.id,
            or_(Profile.listed_in_directory.is_(True), connected_to(actor)),
            _not_blocked(actor),
        )
        .order_by(User.display_name, User.id)
        .limit(MAX_SUGGESTIONS)
    ).all()
    return [
        Suggestion(id, name, ", ".join(part for part in (role, organisation) if part))
        for id, name, role, organisation in rows
    ]
