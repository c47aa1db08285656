"""The people rules of forum/policy/people.py as SQL, so lists ask the database the same question.

`policy.can_find` answers for one member at a time; a list (the directory,
and later search and mention autocomplete) needs the same answer as a WHERE
clause. Each builder here mirrors one rule exactly and says which;
tests/people/test_directory_matrix.py compares them over every combination of
settings, statuses and connections, for every kind of viewer, so the two
cannot drift. Change a rule in forum/policy/people.py and that test tells you to change it
here too.

The expressions refer to `User` and `Profile` columns: the statement using
them must select users joined to their profiles.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, exists, false, or_, true

from forum import policy
from forum.accounts.models import AccountStatus, MemberType, User
from forum.extensions import utcnow
from forum.people.models import Connection, ConnectionState, Profile, WhoCanFind


def is_active_member() -> ColumnElement[bool]:
    """`User.is_active_member`: approved, or suspended until a time already past."""
    return or_(
        User.status == AccountStatus.active,
        and_(
            User.status == AccountStatus.suspended,
            User.suspended_until.is_not(None),
            User.suspended_until <= utcnow(),
        ),
    )


def connected_to(viewer: User) -> ColumnElement[bool]:
    """`relations.are_connected(viewer, member)`: an accepted connection, whoever asked."""
    return exists().where(
        Connection.state == ConnectionState.accepted,
        or_(
            and_(Connection.low_id == viewer.id, Connection.high_id == User.id),
            and_(Connection.low_id == User.id, Connection.high_id == viewer.id),
        ),
    )


def worked_with(viewer: User) -> ColumnElement[bool]:
    """`policy.worked_with_may_find(viewer, member)`."""
    if viewer.member_type is not MemberType.care_leaver:
        return false()
    return and_(
        User.member_type == MemberType.practitioner,
        Profile.worked_with_may_find.is_(True),
    )


def findable_by(
    viewer: User | None, *, worked_with_match: ColumnElement[bool] | None = None
) -> ColumnElement[bool]:
    """`policy.can_find(viewer, member, connected=are_connected(viewer, member))`.

    A care leaver finds a practitioner who said "People I worked with may find
    me" by name and organisation only: a list that searches passes
    `worked_with_match` (the search matching those two fields, or `false()`
    when nothing was searched for), so such a practitioner is listed only when
    the care leaver already knows who they are looking for. Without it the
    expression is exactly `can_find`.
    """
    if viewer is None or not policy.is_member(viewer):
        return false()
    if viewer.is_moderator:
        return true()
    who = Profile.who_can_find
    reasons = [who == WhoCanFind.all_members, connected_to(viewer)]
    if viewer.member_type is MemberType.practitioner:
        reasons.append(who == WhoCanFind.practitioners)
    by_worked_with = worked_with(viewer)
    if worked_with_match is not None:
        by_worked_with = and_(by_worked_with, worked_with_match)
    reasons.append(by_worked_with)
    return or_(User.id == viewer.id, and_(is_active_member(), or_(*reasons)))


def member_type_visible_to(viewer: User | None) -> ColumnElement[bool]:
    """`policy.can_see_member_type(viewer, member)`: care leavers show theirs only if they chose."""
    shown = or_(
        User.member_type != MemberType.care_leaver,
        Profile.show_member_type.is_(True),
    )
    if viewer is None:
        return shown
    if policy.is_moderator(viewer):
        return true()
    return or_(shown, User.id == viewer.id)
