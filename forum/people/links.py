"""Template helpers: a member's name links to their profile only where the reader may find them.

A link to a profile the reader cannot open would itself say the member is
here, so the link is drawn only when `policy.can_find` agrees; an anonymous
post never links to anyone, moderators included.
"""

from __future__ import annotations

from flask import Flask, g, url_for
from flask_login import current_user
from sqlalchemy import select

from forum import policy
from forum.accounts.models import User
from forum.extensions import db
from forum.html import Html, html
from forum.people import avatars
from forum.people.models import Connection, ConnectionState
from forum.threads.models import Post, Topic
from forum.urls import url_for_each


def _connected_ids(viewer: User) -> frozenset[int]:
    """Everyone the viewer is connected with: one query per request, asked only when needed."""
    cached: frozenset[int] | None = g.get("_people_connected_ids")
    if cached is None:
        rows = db.session.execute(
            select(Connection.low_id, Connection.high_id).where(
                Connection.state == ConnectionState.accepted,
                (Connection.low_id == viewer.id) | (Connection.high_id == viewer.id),
            )
        )
        cached = frozenset(low if high == viewer.id else high for low, high in rows)
        g._people_connected_ids = cached
    return cached


def may_find(viewer: User | None, member: User) -> bool:
    """`policy.can_find`, asking about a connection only when the settings alone say no."""
    if viewer is None or not policy.is_member(viewer):
        return False
    if policy.can_find(viewer, member):
        return True
    return member.id in _connected_ids(viewer) and policy.can_find(viewer, member, connected=True)


def profile_link(member: User | None) -> str | None:
    """The member's profile address for the current reader, or None."""
    viewer = current_user._get_current_object() if current_user.is_authenticated else None
    if member is None or not may_find(viewer, member):
        return None
    return url_for_each("people.profile", "user_id", member.id)


def author_link(written: Post | Topic) -> str | None:
    """The author's profile address, never for an anonymous post or topic."""
    if written.is_anonymous:
        return None
    return profile_link(written.author)


def avatar(member: User, size: str = "", photo: bool = True) -> Html:
    """A member's photo, or their initials; decorative, as the name beside it is the accessible name.

    `photo` is false where the reader may not find the member: the photo would answer 404.
    """
    name = member.profile.avatar_name if member.profile else None
    if name and photo:
        source = url_for("people.avatar", user_id=member.id, v=name[:8])
        return html(
            '<img class="{}" src="{}" alt="" width="96" height="96">',
            f"avatar {size}".strip(),
            source,
        )
    return html(
        '<span class="{}" aria-hidden="true">{}</span>',
        f"avatar initials {size}".strip(),
        avatars.initials(member.display_name),
    )


def anonymous_avatar(size: str = "") -> Html:
    """The same neutral mark for every anonymous post: nothing in it differs between authors."""
    return html('<span class="{}" aria-hidden="true"></span>', f"avatar anonymous {size}".strip())


def register(app: Flask) -> None:
    app.jinja_env.globals["avatar"] = avatar
    app.jinja_env.globals["anonymous_avatar"] = anonymous_avatar
    app.jinja_env.globals["profile_link"] = profile_link
    app.jinja_env.globals["author_link"] = author_link
    app.jinja_env.globals["initials"] = avatars.initials
