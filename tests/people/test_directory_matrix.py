"""The directory's SQL and forum/policy/people.py give the same answer, for every member and every viewer.

`forum.people.queries.findable_by` restates `policy.can_find` as a WHERE clause
(and `member_type_visible_to` restates `policy.can_see_member_type`). These
tests build a member for every combination of settings, standing and
connection, and ask both, so a change to one rule without the other fails here.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from forum import policy
from forum.accounts.models import AccountStatus, MemberType, Role, User
from forum.directory.queries import DirectorySearch, directory_page
from forum.extensions import db, utcnow
from forum.people.models import Connection, ConnectionState, WhoCanFind
from forum.people.queries import findable_by, member_type_visible_to
from forum.people.relations import pair
from tests.factories import make_moderator, make_user

VIEWERS = ("practitioner", "care_leaver", "ally", "moderator", "suspended")
STANDINGS = ("active", "suspended", "suspension_over", "pending", "banned", "erased")
CONNECTIONS = (None, ConnectionState.pending, ConnectionState.accepted, ConnectionState.ended)
_seq = itertools.count(1)


def make_viewer(kind: str) -> User:
    if kind == "moderator":
        return make_moderator(member_type=MemberType.care_leaver)
    if kind == "suspended":
        return make_user(
            status=AccountStatus.suspended, suspended_until=utcnow() + timedelta(days=3)
        )
    return make_user(member_type=MemberType(kind))


def _standing(name: str) -> dict[str, Any]:
    if name == "suspended":
        return {"status": AccountStatus.suspended, "suspended_until": utcnow() + timedelta(days=2)}
    if name == "suspension_over":
        return {"status": AccountStatus.suspended, "suspended_until": utcnow() - timedelta(hours=1)}
    return {"status": AccountStatus(name)}


def _combinations() -> Iterator[tuple[Any, ...]]:
    """Every setting with every connection for active members; fewer for the rest."""
    settings = itertools.product(
        MemberType, WhoCanFind, (False, True), (False, True), (False, True)
    )
    for member_type, who, worked_with, listed, shows_type in settings:
        for connection in CONNECTIONS:
            yield ("active", member_type, who, worked_with, listed, shows_type, connection)
    others = itertools.product(
        STANDINGS[1:], MemberType, WhoCanFind, (False, True), (None, ConnectionState.accepted)
    )
    for standing, member_type, who, worked_with, connection in others:
        yield (standing, member_type, who, worked_with, True, True, connection)


@dataclass
class World:
    viewers: dict[str, User]
    members: list[User]
    accepted: set[tuple[int, int]]  # pairs (low, high) with an accepted connection
    described: dict[int, str]  # what each member's combination is, for failure messages

    @property
    def everyone(self) -> list[User]:
        return [*self.members, *self.viewers.values()]

    def connected(self, viewer: User, member: User) -> bool:
        return pair(viewer.id, member.id) in self.accepted

    def differences(self, kind: str, got: set[int], expected: set[int]) -> list[str]:
        """Each member one side lists and the other does not, described."""
        return [
            f"{kind} viewer: {'only SQL' if i in got else 'only policy'} lists "
            f"{self.described.get(i, 'a viewer')}"
            for i in sorted(got ^ expected)
        ]


@pytest.fixture
def world() -> World:
    """The viewers, one member per combination, and the accepted pairs among them."""
    viewers = {kind: make_viewer(kind) for kind in VIEWERS}
    members, connections, accepted = [], [], set()
    rows = list(_combinations())
    for standing, member_type, who, worked_with, listed, shows_type, _ in rows:
        n = next(_seq)
        user = User(
            email=f"matrix{n}@example.org",
            password_hash="never signs in",
            display_name=f"Matrix member {n:04d}",
            member_type=member_type,
            role=Role.member,
            **_standing(standing),
        )
        user.profile.who_can_find = who
        user.profile.worked_with_may_find = worked_with
        user.profile.listed_in_directory = listed
        user.profile.show_member_type = shows_type
        user.profile.organisation = f"Council {n:04d}"
        user.profile.role_line = "Keyworker"
        members.append(user)
    db.session.add_all(members)
    db.session.flush()
    for member, row in zip(members, rows, strict=True):
        state = row[-1]
        if state is None:
            continue
        for viewer in viewers.values():
            low, high = pair(viewer.id, member.id)
            connections.append(
                Connection(
                    requester_id=member.id,
                    recipient_id=viewer.id,
                    low_id=low,
                    high_id=high,
                    state=state,
                )
            )
            if state is ConnectionState.accepted:
                accepted.add((low, high))
    db.session.add_all(connections)
    db.session.flush()
    described = {m.id: " ".join(str(v) for v in row) for m, row in zip(members, rows, strict=True)}
    return World(viewers, members, accepted, described)


def _sql_ids(condition: Any, world: World) -> set[int]:
    ids = [m.id for m in world.everyone]
    statement = select(User.id).join(User.profile).where(condition, User.id.in_(ids))
    return set(db.session.scalars(statement))


def test_findable_by_agrees_with_can_find_for_every_member_and_viewer(world):
    assert len(world.everyone) > 400  # every combination was built
    problems = []
    for kind, viewer in world.viewers.items():
        expected = {
            m.id
            for m in world.everyone
            if policy.can_find(viewer, m, connected=world.connected(viewer, m))
        }
        problems += world.differences(kind, _sql_ids(findable_by(viewer), world), expected)
    assert problems == []


def test_member_type_visible_to_agrees_with_can_see_member_type(world):
    problems = []
    for kind, viewer in world.viewers.items():
        expected = {m.id for m in world.everyone if policy.can_see_member_type(viewer, m)}
        got = _sql_ids(member_type_visible_to(viewer), world)
        problems += world.differences(kind, got, expected)
    assert problems == []


@contextmanager
def _without_worked_with(member: User) -> Iterator[None]:
    """Ask can_find as if the member had not said "People I worked with may find me"."""
    before = member.profile.worked_with_may_find
    with db.session.no_autoflush:
        member.profile.worked_with_may_find = False
        try:
            yield
        finally:
            member.profile.worked_with_may_find = before


def listed_for(viewer: User, member: User, connected: bool, *, name_or_org: bool) -> bool:
    """The directory's rule, in policy terms: findable, listed, in good standing.

    Someone findable only through "People I worked with may find me" is listed
    only when the search matched their name or organisation.
    """
    if not (member.is_active_member and member.profile.listed_in_directory):
        return False
    if not policy.can_find(viewer, member, connected=connected):
        return False
    if name_or_org or not policy.worked_with_may_find(viewer, member):
        return True
    with _without_worked_with(member):
        return policy.can_find(viewer, member, connected=connected)


# Whether each search matches every matrix member's name or organisation; "keyworker"
# matches their role line only, "" matches everyone.
SEARCHES = {"": False, "matrix": True, "council": True, "keyworker": False}


@pytest.mark.parametrize("text", list(SEARCHES))
def test_the_directory_lists_exactly_whom_policy_lets_each_viewer_find(world, text):
    problems = []
    for kind, viewer in world.viewers.items():
        matches = {m.id for m in (world.members if text else world.everyone)}
        expected = {
            m.id
            for m in world.everyone
            if m.id in matches
            and listed_for(viewer, m, world.connected(viewer, m), name_or_org=SEARCHES[text])
        }
        page = directory_page(viewer, DirectorySearch(text=text), per_page=10_000)
        problems += world.differences(kind, {m.id for m in page.members}, expected)
        if kind == "care_leaver" and SEARCHES[text]:
            # What the rule is for: found by name or organisation despite "Nobody".
            assert any(
                m.profile.who_can_find is WhoCanFind.nobody and m.profile.worked_with_may_find
                for m in page.members
            )
    assert problems == []


@pytest.mark.parametrize("member_type", list(MemberType))
def test_the_type_filter_lists_a_member_only_where_policy_shows_their_type(world, member_type):
    problems = []
    search = DirectorySearch(member_type=member_type)
    for kind, viewer in world.viewers.items():
        expected = {
            m.id
            for m in world.everyone
            if m.member_type is member_type
            and policy.can_see_member_type(viewer, m)
            and listed_for(viewer, m, world.connected(viewer, m), name_or_org=False)
        }
        got = {m.id for m in directory_page(viewer, search, per_page=10_000).members}
        problems += world.differences(kind, got, expected)
    assert problems == []
