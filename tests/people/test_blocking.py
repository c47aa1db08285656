"""Blocking: the blocked member is never told, and what they send looks sent and never arrives."""

from __future__ import annotations

import itertools
import re

import pytest
from sqlalchemy import select

from forum.accounts.models import MemberType, User
from forum.extensions import db
from forum.mail.models import OutboxMessage
from forum.notifications.models import Notification
from forum.people.models import Block, Connection, ConnectionState, WhoCanFind
from forum.people.relations import are_connected, has_blocked, pair
from tests.factories import make_user, sign_in

P, C = MemberType.practitioner, MemberType.care_leaver
NOT_POSSIBLE = "That isn&#39;t possible."


_names = itertools.count(1)


def member(kind: MemberType = P, **values: object) -> User:
    """A member whose name is no part of another's ("Sam 00012" never holds "Sam 00001")."""
    settings = {k: values.pop(k) for k in list(values) if k in {"who_can_find"}}
    values.setdefault("display_name", f"Sam {next(_names):05d}")
    user = make_user(member_type=kind, **values)
    for name, value in settings.items():
        setattr(user.profile, name, value)
    db.session.commit()  # a refused request rolls back: what the test made must outlast it
    return user


def as_member(app, user: User):
    client = app.test_client()
    sign_in(client, user)
    return client


def page_of(response, *users: User) -> str:
    """The page without the CSRF token, each given member's id written as "ID"."""
    page = re.sub(r'name="csrf_token" value="[^"]*"', "", response.get_data(as_text=True))
    for user in users:
        page = re.sub(rf"/members/{user.id}\b", "/members/ID", page)
        page = re.sub(rf"member={user.id}\b", "member=ID", page)  # "Name as my manager"
    return page


def seen(client, url: str = "/connections") -> str:
    """The page as it reads on a later visit: flashed messages are shown once, then gone."""
    client.get(url)
    return client.get(url).text


def ask(client, to: User, message: str = "Hello again."):
    return client.post(f"/members/{to.id}/connect", data={"message": message, "submit": "Send"})


def block(client, whom: User | int, **query: str):
    user_id = whom if isinstance(whom, int) else whom.id
    return client.post(f"/members/{user_id}/block", query_string=query)


def requests_between(a: User, b: User) -> list[Connection]:
    low, high = pair(a.id, b.id)
    return list(
        db.session.scalars(
            select(Connection).where(Connection.low_id == low, Connection.high_id == high)
        )
    )


def told(user: User) -> tuple[list[str], list[str]]:
    """Every notification and mail subject the member has had."""
    notes = db.session.scalars(select(Notification.text).where(Notification.user_id == user.id))
    mail = db.session.scalars(
        select(OutboxMessage.subject).where(OutboxMessage.to_address == user.email)
    )
    return list(notes), list(mail)


def connect(app, a: User, b: User) -> None:
    ask(as_member(app, a), b)
    [request] = [r for r in requests_between(a, b) if r.state is ConnectionState.pending]
    as_member(app, b).post(f"/connections/{request.id}/accept")


def test_a_request_to_someone_who_blocked_you_looks_exactly_like_one_that_arrived(app):
    asker_user = member()
    open_door = member(display_name="Sam Rivers")
    closed_door = member(display_name="Sam Rivers")
    block(as_member(app, closed_door), asker_user)
    asker = as_member(app, asker_user)

    answers, shown = [], []
    for target in (open_door, closed_door):
        answer = ask(asker, target)
        answers.append(answer.status_code)
        shown.append(page_of(asker.get(answer.headers["Location"]), target))
    assert answers == [302, 302]
    assert shown[0] == shown[1]
    assert "Request sent" in shown[0]
    # Later visits read the same too, on the profile and on the "Connections" page.
    later = [page_of(asker.get(f"/members/{t.id}"), t) for t in (open_door, closed_door)]
    assert later[0] == later[1]

    assert told(closed_door) == ([], [])
    assert asker_user.display_name not in seen(as_member(app, closed_door))
    assert asker_user.display_name in as_member(app, open_door).get("/connections").text


def test_a_blocked_request_never_arrives_even_after_an_unblock(app):
    asker_user, blocker = member(), member()
    blocker_client = as_member(app, blocker)
    block(blocker_client, asker_user)
    ask(as_member(app, asker_user), blocker)
    blocker_client.post(f"/members/{asker_user.id}/unblock")
    assert not has_blocked(blocker, asker_user)
    assert asker_user.display_name not in seen(blocker_client)
    assert "Accept" not in seen(blocker_client, f"/members/{asker_user.id}")
    assert told(blocker) == ([], [])


def test_blocking_ends_a_connection_and_the_blocked_member_is_never_told(app):
    a, b = member(), member()
    connect(app, a, b)
    told_before = told(a)
    blocked = block(as_member(app, b), a, next=f"/members/{a.id}")
    assert blocked.status_code == 302
    assert blocked.headers["Location"].endswith(f"/members/{a.id}")
    assert has_blocked(b, a)
    assert not are_connected(a, b)
    assert told(a) == told_before
    assert b.display_name not in seen(as_member(app, a))
    # Asking again looks sent and never reaches the blocker.
    assert ask(as_member(app, a), b).status_code == 302
    assert not [r for r in requests_between(a, b) if r.state is ConnectionState.pending]
    assert a.display_name not in seen(as_member(app, b))


def test_blocking_declines_their_waiting_request_and_withdraws_mine(app):
    asker_user, recipient = member(), member()
    ask(as_member(app, asker_user), recipient)
    block(as_member(app, recipient), asker_user)
    [theirs] = requests_between(asker_user, recipient)
    assert theirs.state is ConnectionState.declined
    assert "Request sent" in as_member(app, asker_user).get("/connections").text

    mine_user, other = member(), member()
    ask(as_member(app, mine_user), other)
    block(as_member(app, mine_user), other)
    [mine] = requests_between(mine_user, other)
    assert mine.state is ConnectionState.ended
    assert mine_user.display_name not in seen(as_member(app, other))


def test_the_blocker_sees_unblock_and_cannot_ask_until_they_do(app):
    blocker, blocked = member(), member()
    client = as_member(app, blocker)
    block(client, blocked)
    profile = client.get(f"/members/{blocked.id}").text
    assert "Unblock" in profile
    assert "Ask to connect" not in profile
    refused = ask(client, blocked)
    assert refused.status_code == 422
    assert "Unblock them to ask to connect." in refused.text
    client.post(f"/members/{blocked.id}/unblock")
    assert ask(client, blocked).status_code == 302
    assert told(blocked)[0] == [f"{blocker.display_name} asked to connect with you"]


def test_the_blocked_member_sees_the_blocker_profile_exactly_as_before(app):
    blocker, blocked = member(), member()
    viewer = as_member(app, blocked)
    before = page_of(viewer.get(f"/members/{blocker.id}"))
    block(as_member(app, blocker), blocked)
    assert page_of(viewer.get(f"/members/{blocker.id}")) == before


def test_blocking_yourself_someone_hidden_or_nobody_gets_the_same_plain_answer(app):
    me = member()
    hidden = member(who_can_find=WhoCanFind.nobody)
    client = as_member(app, me)
    locations, pages = set(), set()
    for target in (me, hidden, 999_999_999):
        answer = block(client, target, next="/connections")
        locations.add((answer.status_code, answer.headers["Location"]))
        pages.add(page_of(client.get(answer.headers["Location"])))
    assert locations == {(302, "/connections")}
    assert len(pages) == 1
    assert NOT_POSSIBLE in pages.pop()
    assert db.session.scalars(select(Block).where(Block.blocker_id == me.id)).all() == []


def test_a_worker_can_block_a_care_leaver_who_asked_though_they_may_not_find_them(app):
    young_person = member(C)  # "Who can find me": nobody, by default
    worker = member(P)
    ask(as_member(app, young_person), worker)
    worker_client = as_member(app, worker)
    assert worker_client.get(f"/members/{young_person.id}").status_code == 404
    page = worker_client.get("/connections").text
    assert "Block" in page
    blocked = block(worker_client, young_person, next="/connections")
    assert blocked.headers["Location"] == "/connections"
    assert has_blocked(worker, young_person)
    assert young_person.display_name not in seen(worker_client)
    assert told(young_person) == ([], [])


def test_unblocking_someone_you_never_blocked_and_may_not_find_gets_the_plain_answer(app):
    me, hidden = member(), member(who_can_find=WhoCanFind.nobody)
    client = as_member(app, me)
    for target in (hidden.id, 999_999_999):
        client.post(f"/members/{target}/unblock")
        assert NOT_POSSIBLE in client.get("/connections").text


@pytest.mark.parametrize("twice", [False, True])
def test_blocking_twice_keeps_one_block(app, twice):
    blocker, blocked = member(), member()
    client = as_member(app, blocker)
    block(client, blocked)
    if twice:
        block(client, blocked)
    rows = db.session.scalars(select(Block).where(Block.blocker_id == blocker.id)).all()
    assert len(rows) == 1
