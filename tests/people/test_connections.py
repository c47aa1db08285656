"""Reconnect requests: consent on both sides, nothing shared before "Accept", a silent decline."""

from __future__ import annotations

import itertools
import re
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from forum.accounts.models import AccountStatus, MemberType, User
from forum.extensions import db, utcnow
from forum.mail.models import OutboxMessage
from forum.notifications.models import Notification
from forum.people.models import Connection, ConnectionState, WhoCanFind
from forum.people.relations import are_connected, pair
from tests.factories import make_user, sign_in

P, C, A = MemberType.practitioner, MemberType.care_leaver, MemberType.ally
HOW = "Where and when did you know each other?"
IMPOSSIBLE = "It isn&#39;t possible to send this request."


_names = itertools.count(1)


def member(kind: MemberType = P, **settings: object) -> User:
    """A member whose name is no part of another's ("Robin 00012" never holds "Robin 00001")."""
    user = make_user(member_type=kind, display_name=f"Robin {next(_names):05d}")
    for name, value in settings.items():
        setattr(user.profile, name, value)
    db.session.commit()  # a refused request rolls back: what the test made must outlast it
    return user


def care_leaver() -> User:
    return member(C, region="Tameside", organisation="Oakfield Leaving Care Team")


def worker_who_opted_in() -> User:
    """A practitioner nobody finds, except the care leavers they worked with."""
    return member(P, who_can_find=WhoCanFind.nobody, worked_with_may_find=True)


def page_of(response) -> str:
    """The page as the member sees it, without the per-session CSRF token."""
    return re.sub(r'name="csrf_token" value="[^"]*"', "", response.get_data(as_text=True))


def seen(client, url: str = "/connections") -> str:
    """The page as it reads on a later visit: flashed messages are shown once, then gone."""
    client.get(url)
    return page_of(client.get(url))


def ask(client, to: User | int, message: str = "Hello, it's been a while.", how: str = ""):
    user_id = to if isinstance(to, int) else to.id
    data = {"message": message, "submit": "Send request"}
    if how:
        data["how_we_know"] = how
    return client.post(f"/members/{user_id}/connect", data=data)


def requests_between(a: User, b: User) -> list[Connection]:
    low, high = pair(a.id, b.id)
    return list(
        db.session.scalars(
            select(Connection)
            .where(Connection.low_id == low, Connection.high_id == high)
            .order_by(Connection.id)
        )
    )


def notes_for(user: User) -> list[str]:
    return list(
        db.session.scalars(select(Notification.text).where(Notification.user_id == user.id))
    )


def mail_to(user: User) -> list[OutboxMessage]:
    return list(
        db.session.scalars(select(OutboxMessage).where(OutboxMessage.to_address == user.email))
    )


def as_member(app, user: User):
    client = app.test_client()
    sign_in(client, user)
    return client


def test_a_care_leaver_asks_a_worker_who_opted_in_and_they_connect_when_the_worker_accepts(app):
    young_person, worker = care_leaver(), worker_who_opted_in()
    asker, answerer = as_member(app, young_person), as_member(app, worker)

    form = asker.get(f"/members/{worker.id}/connect")
    assert form.status_code == 200
    assert HOW in page_of(form)
    assert "Send request" in page_of(form)
    sent = ask(asker, worker, "You helped me move into my flat.", "Leaving care team, 2014 to 2016")
    assert sent.status_code == 302
    assert "Request sent" in page_of(asker.get(sent.headers["Location"]))
    assert notes_for(worker) == [f"{young_person.display_name} asked to connect with you"]
    [mail] = mail_to(worker)
    assert young_person.display_name in mail.subject

    requests = page_of(answerer.get("/connections"))
    assert young_person.display_name in requests
    assert "You helped me move into my flat." in requests
    assert "Leaving care team, 2014 to 2016" in requests
    assert "Accept" in requests
    assert "Decline" in requests
    [request] = requests_between(young_person, worker)
    accepted = answerer.post(f"/connections/{request.id}/accept")
    assert accepted.status_code == 302
    assert are_connected(young_person, worker)
    assert notes_for(young_person) == [f"{worker.display_name} accepted your request to connect"]
    assert [m.subject for m in mail_to(young_person)] == [
        f"{worker.display_name} accepted your request to connect"
    ]
    for side, other in ((answerer, young_person), (asker, worker)):
        listing = page_of(side.get("/connections"))
        assert other.display_name in listing
        assert "Disconnect" in listing
        assert f'href="/members/{other.id}"' in listing  # connected: each may find the other


def test_only_a_care_leaver_is_asked_where_and_when_they_knew_each_other(app):
    practitioner, other = member(P), member(P)
    page = page_of(as_member(app, practitioner).get(f"/members/{other.id}/connect"))
    assert "Message" in page
    assert HOW not in page
    ask(as_member(app, practitioner), other, "Hello", how="Smuggled in")
    [request] = requests_between(practitioner, other)
    assert request.how_we_know == ""


def test_nothing_beyond_the_display_name_reaches_the_other_side_before_accept(app):
    young_person, worker = care_leaver(), worker_who_opted_in()
    ask(as_member(app, young_person), worker, "A private hello.", "The Northshire team")
    answerer = as_member(app, worker)
    page = page_of(answerer.get("/connections"))
    assert young_person.display_name in page
    for private in ("Tameside", "Oakfield Leaving Care Team", young_person.email, "Care leaver"):
        assert private not in page
    assert f"/members/{young_person.id}" not in page.replace(
        f"/members/{young_person.id}/block", ""
    )  # no link to a profile the worker may not open
    assert answerer.get(f"/members/{young_person.id}").status_code == 404
    [note] = notes_for(worker)
    [mail] = mail_to(worker)
    for told in (note, mail.subject + mail.body_text):
        assert "A private hello." not in told
        assert "Northshire" not in told


def test_declining_is_silent_and_the_asker_still_reads_request_sent(app):
    asker_user, recipient = member(P), member(P)
    asker = as_member(app, asker_user)
    ask(asker, recipient)
    asker.get("/connections")  # shows the "Request sent" flash once
    before = page_of(asker.get("/connections"))
    assert "Request sent" in before
    [request] = requests_between(asker_user, recipient)

    declined = as_member(app, recipient).post(f"/connections/{request.id}/decline")
    assert declined.status_code == 302
    assert notes_for(asker_user) == []
    assert mail_to(asker_user) == []
    assert page_of(asker.get("/connections")) == before
    assert asker_user.display_name not in page_of(as_member(app, recipient).get("/connections"))


def test_a_second_request_after_a_decline_waits_thirty_days(app):
    asker_user, recipient = member(P), member(P)
    asker, answerer = as_member(app, asker_user), as_member(app, recipient)
    ask(asker, recipient, "First try")
    [first] = requests_between(asker_user, recipient)
    answerer.post(f"/connections/{first.id}/decline")

    again = ask(asker, recipient, "Second try")
    assert again.status_code == 302
    assert "Request sent" in page_of(asker.get(again.headers["Location"]))
    assert len(requests_between(asker_user, recipient)) == 1
    assert notes_for(recipient) == [f"{asker_user.display_name} asked to connect with you"]
    assert "Second try" not in page_of(answerer.get("/connections"))

    first.decided_at = utcnow() - timedelta(days=31)
    db.session.commit()
    ask(asker, recipient, "A month later")
    latest = requests_between(asker_user, recipient)[-1]
    assert (latest.state, latest.message) == (ConnectionState.pending, "A month later")
    assert "A month later" in page_of(answerer.get("/connections"))
    assert len(notes_for(recipient)) == 2


def test_asking_again_while_a_request_waits_reads_sent_and_changes_nothing(app):
    asker_user, recipient = member(P), member(P)
    asker = as_member(app, asker_user)
    ask(asker, recipient)
    again = ask(asker, recipient, "Did you see my request?")
    assert again.status_code == 302
    assert len(requests_between(asker_user, recipient)) == 1
    assert len(notes_for(recipient)) == 1


@pytest.mark.parametrize("who", ["asker", "recipient"])
def test_either_side_can_disconnect_and_nobody_is_told(app, who):
    asker_user, recipient = member(P), member(P)
    ask(as_member(app, asker_user), recipient)
    [request] = requests_between(asker_user, recipient)
    as_member(app, recipient).post(f"/connections/{request.id}/accept")
    notes_before = len(notes_for(asker_user)) + len(notes_for(recipient))

    leaver, other = (asker_user, recipient) if who == "asker" else (recipient, asker_user)
    client = as_member(app, leaver)
    ended = client.post(f"/members/{other.id}/disconnect")
    assert ended.status_code == 302
    assert not are_connected(leaver, other)
    assert len(notes_for(asker_user)) + len(notes_for(recipient)) == notes_before
    for side, name in ((client, other.display_name), (as_member(app, other), leaver.display_name)):
        assert name not in seen(side)
    again = client.post(f"/members/{other.id}/disconnect", follow_redirects=True)
    assert "You are not connected to this member." in page_of(again)


def test_asking_yourself_someone_hidden_nobody_or_a_connection_gets_the_same_answer(app):
    asker_user = member(P)
    hidden = member(P, who_can_find=WhoCanFind.nobody)
    connected = member(P)
    asker = as_member(app, asker_user)
    ask(asker, connected)
    as_member(app, connected).post(
        f"/connections/{requests_between(asker_user, connected)[0].id}/accept"
    )
    seen(asker)

    answers = [
        ask(asker, target, "Hello again") for target in (asker_user, hidden, 999_999_999, connected)
    ]
    assert {a.status_code for a in answers} == {422}
    pages = {page_of(a) for a in answers}
    assert len(pages) == 1
    [page] = pages
    assert IMPOSSIBLE in page
    assert "Hello again" in page
    assert hidden.display_name not in page
    assert requests_between(asker_user, hidden) == []

    opened = [asker.get(f"/members/{t}/connect") for t in (asker_user.id, hidden.id, 999_999_999)]
    assert {o.status_code for o in opened} == {404}
    assert len({page_of(o) for o in opened}) == 1


@pytest.mark.parametrize(
    ("asker_kind", "who_can_find", "worked_with", "allowed"),
    [
        (A, WhoCanFind.all_members, False, True),
        (A, WhoCanFind.practitioners, False, False),
        (P, WhoCanFind.practitioners, False, True),
        (C, WhoCanFind.practitioners, False, False),
        (C, WhoCanFind.nobody, True, True),  # "People I worked with may find me"
        (A, WhoCanFind.nobody, True, False),
        (P, WhoCanFind.nobody, True, False),
        (P, WhoCanFind.nobody, False, False),
    ],
)
def test_a_request_goes_only_to_someone_the_asker_may_find(
    app, asker_kind, who_can_find, worked_with, allowed
):
    asker_user = member(asker_kind)
    practitioner = member(P, who_can_find=who_can_find, worked_with_may_find=worked_with)
    answer = ask(as_member(app, asker_user), practitioner)
    assert answer.status_code == (302 if allowed else 422)
    assert len(requests_between(asker_user, practitioner)) == (1 if allowed else 0)
    assert len(notes_for(practitioner)) == (1 if allowed else 0)


def test_nobody_can_ask_a_member_who_is_not_active(app):
    asker_user = member(P)
    for status in (AccountStatus.pending, AccountStatus.banned, AccountStatus.erased):
        target = make_user(status=status)
        assert ask(as_member(app, asker_user), target).status_code == 422
        assert requests_between(asker_user, target) == []


def test_only_the_recipient_can_answer_a_request(app):
    asker_user, recipient, stranger = member(P), member(P), member(P)
    ask(as_member(app, asker_user), recipient)
    [request] = requests_between(asker_user, recipient)
    for who in (stranger, asker_user):
        client = as_member(app, who)
        assert client.post(f"/connections/{request.id}/accept").status_code == 404
        assert client.post(f"/connections/{request.id}/decline").status_code == 404
    assert client.post("/connections/999999999/accept").status_code == 404
    db.session.refresh(request)
    assert request.state is ConnectionState.pending


def test_an_answer_from_a_second_tab_loses_to_the_first(app):
    asker_user, recipient = member(P), member(P)
    ask(as_member(app, asker_user), recipient)
    [request] = requests_between(asker_user, recipient)
    first_tab, second_tab = as_member(app, recipient), as_member(app, recipient)
    first_tab.post(f"/connections/{request.id}/decline")
    late = second_tab.post(f"/connections/{request.id}/accept", follow_redirects=True)
    assert "This request has already been answered." in page_of(late)
    db.session.refresh(request)
    assert request.state is ConnectionState.declined
    assert notes_for(asker_user) == []


def test_the_profile_offers_ask_then_shows_request_sent_and_the_other_side_can_answer(app):
    asker_user, recipient = member(P), member(P)
    asker, answerer = as_member(app, asker_user), as_member(app, recipient)
    profile = page_of(asker.get(f"/members/{recipient.id}"))
    assert "Ask to connect" in profile
    assert "Block" in profile
    assert "Request sent" not in profile
    ask(asker, recipient)
    assert "Request sent" in page_of(asker.get(f"/members/{recipient.id}"))
    theirs = page_of(answerer.get(f"/members/{asker_user.id}"))
    assert "Accept" in theirs
    assert "Decline" in theirs
    [request] = requests_between(asker_user, recipient)
    back = answerer.post(
        f"/connections/{request.id}/accept?next=/members/{asker_user.id}", follow_redirects=True
    )
    assert "Disconnect" in page_of(back)
    assert "Send a message" in page_of(asker.get(f"/members/{recipient.id}"))


def test_the_connections_page_costs_the_same_few_queries_however_many_there_are(app, queries):
    me = member(P).id
    client = app.test_client()
    sign_in(client, db.session.get(User, me))

    def grow(count: int) -> int:
        for _ in range(count):
            asking, accepted, asked = member(P), member(P), member(P)
            for requester, recipient, state in (
                (asking.id, me, ConnectionState.pending),
                (accepted.id, me, ConnectionState.accepted),
                (me, asked.id, ConnectionState.declined),
            ):
                low, high = pair(requester, recipient)
                db.session.add(
                    Connection(
                        requester_id=requester, recipient_id=recipient,
                        low_id=low, high_id=high, state=state, message="Hello",
                    )
                )  # fmt: skip
        db.session.commit()
        db.session.expunge_all()
        client.get("/connections")
        with queries() as counted:
            page = client.get("/connections")
        assert page.status_code == 200
        return counted.count

    assert grow(2) == grow(10)
    total = db.session.scalar(select(func.count()).select_from(Connection))
    assert total == 36
