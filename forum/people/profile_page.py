"""Everything a profile page shows, in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import contains_eager

from forum import policy
from forum.accounts.models import User
from forum.extensions import db
from forum.people.models import Connection, ConnectionState
from forum.people.relations import live_connection
from forum.spaces.models import Space
from forum.threads.models import Post, PostState, Topic

ACTIVITY_PER_PAGE = 20


@dataclass(frozen=True)
class Found:
    """A member the viewer may find, and the live connection between them, if any."""

    member: User
    connection: Connection | None

    @property
    def connected(self) -> bool:
        return self.connection is not None and self.connection.state is ConnectionState.accepted


def findable_member(viewer: User, user_id: int) -> Found:
    """The member, or 404 exactly like a missing one when the viewer may not find them."""
    member = db.session.get(User, user_id)
    connection = live_connection(viewer, member) if member is not None else None
    found = Found(member, connection) if member is not None else None
    policy.require(
        found is not None and policy.can_find(viewer, found.member, connected=found.connected)
    )
    assert found is not None
    return found


@dataclass(frozen=True)
class ProfilePage:
    member: User
    connection: Connection | None
    connected: bool
    activity: list[Post]  # each with its topic and space loaded
    older: int | None  # the `before` key of the next, older page of activity


def profile_page(viewer: User, user_id: int, before: int | None = None) -> ProfilePage:
    """The profile and the member's recent writing the viewer could read anyway. Four queries.

    Anonymous posts never appear, nor anything in an anonymous topic the member
    started (a signed reply there would point back at the opening post), nor
    anything in a space the viewer cannot see, nor held, hidden or deleted posts.
    """
    found = findable_member(viewer, user_id)
    member = found.member
    visible = [s.id for s in db.session.scalars(select(Space)) if policy.can_view_space(viewer, s)]
    query = (
        select(Post)
        .join(Post.topic)
        .join(Topic.space)
        .options(contains_eager(Post.topic).contains_eager(Topic.space))
        .where(
            Post.author_id == member.id,
            Post.is_anonymous.is_(False),
            Post.state == PostState.published,
            Post.deleted_at.is_(None),
            Post.hidden_at.is_(None),
            Post.hidden_for_review.is_(False),
            Topic.space_id.in_(visible),
            Topic.state == PostState.published,
            Topic.deleted_at.is_(None),
            Topic.hidden_at.is_(None),
            Topic.merged_into_id.is_(None),
            or_(Topic.is_anonymous.is_(False), Topic.author_id != member.id),
        )
        .order_by(Post.id.desc())
        .limit(ACTIVITY_PER_PAGE + 1)
    )
    if before is not None:
        query = query.where(Post.id < before)
    posts = list(db.session.scalars(query).unique())
    older = posts[ACTIVITY_PER_PAGE - 1].id if len(posts) > ACTIVITY_PER_PAGE else None
    return ProfilePage(member, found.connection, found.connected, posts[:ACTIVITY_PER_PAGE], older)
