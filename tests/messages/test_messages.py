"""Private messages between connected members: who may write, what arrives, what is counted."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from forum.accounts.models import AccountStatus, MemberType
from forum.extensions import db
from forum.mail.models import OutboxMessage
from forum.messages.models import ConversationMember, Message
from forum.notifications.models import Notification
from forum.people.models import Connection, ConnectionState, WhoCanFind
from tests.factories import make_moderator, make_user
from tests.messages.helpers import (
    block,
    connect,
    conversation_of,
    header_count,
    message_count,
    page_of,
    reply,
    start,
)

NOT_POSSIBLE = "It isn&#39;t possible to send this message."


def test_connected_members_exchange_messages(as_member, pair_of_friends):
    alex, bea = pair_of_friends
    writer = as_member(alex)
    form = writer.get(f"/messages/new?to={bea.id}")
    assert form.status_code == 200
    page = form.get_data(as_text=True)
    assert "Message" in page
    assert ">Send<" in page.replace('value="Send"', ">Send<")
    assert "To Bea Okafor" in page

    sent = start(writer, bea.id, "Are you going to the training day?")
    assert sent.status_code == 302
    conversation_id = conversation_of(sent)
    mine = page_of(writer.get(f"/messages/{conversation_id}"))
    assert "Are you going to the training day?" in mine
    assert "Sent" in mine
    assert "Message sent." in mine

    reader = as_member(bea)
    listing = page_of(reader.get("/messages"))
    assert "<h1>Messages</h1>" in listing
    assert "Alex Moreno" in listing
    assert "1 new" in listing
    opened = page_of(reader.get(f"/messages/{conversation_id}"))
    assert "Are you going to the training day?" in opened
    assert "Alex Moreno" in opened

    assert reply(reader, conversation_id, "Yes, see you there.").status_code == 302
    back = page_of(writer.get(f"/messages/{conversation_id}"))
    assert back.index("training day?") < back.index("see you there.")  # oldest first


def test_a_new_message_to_the_same_person_continues_the_conversation(as_member, pair_of_friends):
    alex, bea = pair_of_friends
    writer = as_member(alex)
    first = conversation_of(start(writer, bea.id, "Hello."))
    assert conversation_of(start(writer, bea.id, "Hello again.")) == first
    # "Send a message" on a profile opens the conversation there is.
    opened = writer.get(f"/messages/new?to={bea.id}")
    assert opened.status_code == 302
    assert opened.headers["Location"].startswith(f"/messages/{first}")
    # The other side starting one also lands in it.
    assert conversation_of(start(as_member(bea), alex.id, "Hi both ways.")) == first


def test_members_who_are_not_connected_cannot_message(as_member):
    alex, casey = make_user(), make_user(display_name="Casey Lund")
    writer = as_member(alex)
    opened = writer.get(f"/messages/new?to={casey.id}")
    assert opened.status_code == 404
    assert NOT_POSSIBLE in page_of(opened)
    assert "Casey Lund" not in page_of(opened)

    refused = start(writer, casey.id, "Can we talk about a case?")
    assert refused.status_code == 422
    page = page_of(refused)
    assert NOT_POSSIBLE in page
    assert "Can we talk about a case?" in page  # nothing typed is lost
    assert message_count() == 0


@pytest.mark.parametrize("state", [ConnectionState.pending, ConnectionState.ended])
def test_a_request_not_yet_accepted_or_an_ended_connection_is_not_enough(as_member, state):
    alex, bea = make_user(), make_user()
    connect(alex, bea, state)
    assert as_member(alex).get(f"/messages/new?to={bea.id}").status_code == 404
    assert start(as_member(alex), bea.id, "Hello?").status_code == 422
    assert message_count() == 0


def test_every_impossible_recipient_gets_the_same_plain_answer(as_member):
    """Yourself, someone you may not find, nobody at all, someone you are not connected to."""
    alex = make_user()
    hidden = make_user(member_type=MemberType.care_leaver)
    hidden.profile.who_can_find = WhoCanFind.nobody
    stranger = make_user()
    suspended = make_user(status=AccountStatus.banned)
    connect(alex, suspended)
    db.session.flush()
    writer = as_member(alex)
    targets = [alex.id, hidden.id, 999_999_999, stranger.id, suspended.id]
    pages = [writer.get(f"/messages/new?to={t}") for t in targets]
    assert {p.status_code for p in pages} == {404}
    assert len({page_of(p) for p in pages}) == 1
    assert NOT_POSSIBLE in page_of(pages[0])
    answers = [start(writer, t, "Hello") for t in targets]
    assert {a.status_code for a in answers} == {422}
    # The same page but for the address it was sent to.
    assert len({re.sub(r"to=\d+", "to=N", page_of(a)) for a in answers}) == 1
    assert writer.get("/messages/new").status_code == 404  # nobody named at all
    assert writer.get("/messages/new?to=abc").status_code == 404
    assert message_count() == 0


def test_a_moderator_may_message_anyone(as_member):
    moderator = make_moderator(display_name="Mo Derator")
    hidden = make_user(member_type=MemberType.care_leaver)
    hidden.profile.who_can_find = WhoCanFind.nobody
    db.session.flush()
    sent = start(as_member(moderator), hidden.id, "A word about your last post.")
    assert sent.status_code == 302
    page = page_of(as_member(hidden).get(f"/messages/{conversation_of(sent)}"))
    assert "A word about your last post." in page
    # The member may answer the moderator, though they are not connected.
    assert reply(as_member(hidden), conversation_of(sent), "Thank you.").status_code == 302


def test_a_conversation_is_private_to_its_members_moderators_included(as_member, pair_of_friends):
    alex, bea = pair_of_friends
    conversation_id = conversation_of(start(as_member(alex), bea.id, "Just between us."))
    for outsider in (make_user(), make_moderator()):
        browser = as_member(outsider)
        assert browser.get(f"/messages/{conversation_id}").status_code == 404
        assert reply(browser, conversation_id, "Let me in.").status_code == 404
        assert "Just between us." not in page_of(browser.get("/messages"))
    assert browser.get("/messages/999999999").status_code == 404
    assert message_count() == 1


def test_a_group_conversation_reaches_everyone_in_it(as_member):
    alex, bea, cat = (make_user(display_name=n) for n in ("Alex Moreno", "Bea Okafor", "Cat Diaz"))
    connect(alex, bea)
    connect(alex, cat)
    sent = start(as_member(alex), [bea.id, cat.id], "Team meeting moved to Thursday.")
    conversation_id = conversation_of(sent)
    for member, others in (
        (bea, ("Alex Moreno", "Cat Diaz")),
        (cat, ("Alex Moreno", "Bea Okafor")),
    ):
        listing = page_of(as_member(member).get("/messages"))
        assert all(name in listing for name in others)
        assert "Team meeting moved" in page_of(
            as_member(member).get(f"/messages/{conversation_id}")
        )
    # Bea is not connected to Cat, so she cannot write to the group: every member must be reachable.
    assert reply(as_member(bea), conversation_id, "Fine by me.").status_code == 422


def test_a_group_needs_its_members_to_be_able_to_find_each_other(as_member):
    """Otherwise the group itself would tell each one who the others are."""
    worker = make_user()
    care_leavers = [make_user(member_type=MemberType.care_leaver) for _ in range(2)]
    for person in care_leavers:
        person.profile.who_can_find = WhoCanFind.nobody
        connect(worker, person)
    refused = start(as_member(worker), [p.id for p in care_leavers], "Hello both.")
    assert refused.status_code == 422
    assert NOT_POSSIBLE in page_of(refused)
    assert message_count() == 0


def test_after_a_disconnect_the_conversation_stays_readable_but_closed(as_member, pair_of_friends):
    alex, bea = pair_of_friends
    conversation_id = conversation_of(start(as_member(alex), bea.id, "Before."))
    for row in db.session.scalars(select(Connection)):
        row.state = ConnectionState.ended
    db.session.flush()
    page = page_of(as_member(bea).get(f"/messages/{conversation_id}"))
    assert "Before." in page
    assert "You can no longer send messages in this conversation." in page
    refused = reply(as_member(bea), conversation_id, "After.")
    assert refused.status_code == 422
    assert NOT_POSSIBLE in page_of(refused)
    assert "After." in page_of(refused)


def test_a_new_message_is_announced_in_app_and_by_mail(as_member, pair_of_friends):
    alex, bea = pair_of_friends
    assert start(as_member(alex), bea.id, "A message about training.").status_code == 302
    notes = db.session.scalars(select(Notification).where(Notification.user_id == bea.id)).all()
    assert [n.text for n in notes] == ["New message from Alex Moreno"]
    assert notes[0].link.startswith("/messages/")
    mail = db.session.scalars(
        select(OutboxMessage).where(OutboxMessage.to_address == bea.email)
    ).all()
    assert [m.subject for m in mail] == ["New message from Alex Moreno"]
    assert "training" not in mail[0].body_text  # the text stays on the site
    assert "/messages/" in mail[0].body_text
    # The sender is not told about their own message.
    assert not db.session.scalars(select(Notification).where(Notification.user_id == alex.id)).all()


def test_unread_counts_per_conversation_and_in_the_header(as_member):
    alex, bea, cat = make_user(), make_user(), make_user()
    connect(alex, bea)
    connect(cat, bea)
    reader = as_member(bea)
    assert header_count(page_of(reader.get("/"))) == 0
    first = conversation_of(start(as_member(alex), bea.id, "One."))
    reply(as_member(alex), first, "Two.")
    second = conversation_of(start(as_member(cat), bea.id, "Three."))
    home = page_of(reader.get("/"))
    assert header_count(home) == 3
    listing = page_of(reader.get("/messages"))
    assert "2 new" in listing
    assert "1 new" in listing
    # The newest conversation comes first.
    assert listing.index(f"/messages/{second}") < listing.index(f"/messages/{first}")

    reader.get(f"/messages/{first}")  # opening it marks it read
    assert header_count(page_of(reader.get("/"))) == 1
    # Her own reply is never "new" to her.
    reply(reader, second, "Four.")
    assert header_count(page_of(reader.get("/"))) == 0
    assert header_count(page_of(as_member(cat).get("/"))) == 1


def test_reading_an_earlier_page_never_moves_the_position_back(app, as_member, pair_of_friends):
    alex, bea = pair_of_friends
    app.config["MESSAGES_PER_PAGE"] = 3
    try:
        writer = as_member(alex)
        conversation_id = conversation_of(start(writer, bea.id, "Message 1"))
        for n in range(2, 8):
            reply(writer, conversation_id, f"Message {n}")
        reader = as_member(bea)
        newest = page_of(reader.get(f"/messages/{conversation_id}"))
        assert "Message 7" in newest
        assert "Message 5" in newest
        assert "Message 4" not in newest
        assert "Earlier messages" in newest
        assert header_count(newest) == 7  # the header is drawn before the position moves
        assert header_count(page_of(reader.get("/"))) == 0
        earlier = newest.split('rel="prev"')[0].rsplit('href="', 1)[1].split('"')[0]
        older = page_of(reader.get(earlier.replace("&amp;", "&")))
        assert "Message 2" in older
        assert "Message 4" in older
        assert "Message 7" not in older
        assert "Later messages" in older
        place = db.session.scalar(
            select(ConversationMember).where(ConversationMember.user_id == bea.id)
        )
        db.session.refresh(place)
        last = db.session.scalar(select(Message.id).order_by(Message.id.desc()).limit(1))
        assert place.last_read_message_id == last  # still at the newest
        assert header_count(page_of(reader.get("/"))) == 0
    finally:
        app.config.pop("MESSAGES_PER_PAGE")


# --- blocking ---------------------------------------------------------------------------


def test_a_blocked_senders_messages_never_arrive_but_look_sent_to_them(as_member):
    """A moderator may write to anyone; a member who blocked them still never sees it."""
    moderator = make_moderator(display_name="Mo Derator")
    member = make_user(display_name="Dana Hill")
    block(member, moderator)
    reader = as_member(member)
    before = page_of(reader.get("/messages"))

    sent = start(as_member(moderator), member.id, "Please read the guidelines.")
    assert sent.status_code == 302
    conversation_id = conversation_of(sent)
    theirs = page_of(as_member(moderator).get(f"/messages/{conversation_id}"))
    assert "Please read the guidelines." in theirs
    assert "Sent" in theirs

    assert page_of(reader.get("/messages")) == before  # no conversation, no count
    assert header_count(page_of(reader.get("/"))) == 0
    assert "Please read the guidelines." not in page_of(reader.get(f"/messages/{conversation_id}"))
    notes = db.session.scalars(select(Notification).where(Notification.user_id == member.id))
    assert list(notes) == []
    mail = db.session.scalars(select(OutboxMessage).where(OutboxMessage.to_address == member.email))
    assert list(mail) == []


def test_blocking_hides_what_the_blocked_member_wrote_before(as_member, pair_of_friends):
    alex, bea = pair_of_friends
    conversation_id = conversation_of(start(as_member(alex), bea.id, "Something unkind."))
    reply(as_member(alex), conversation_id, "And more.")
    reader = as_member(bea)
    assert header_count(page_of(reader.get("/"))) == 2
    block(bea, alex)
    assert header_count(page_of(reader.get("/"))) == 0
    assert "Something unkind." not in page_of(reader.get(f"/messages/{conversation_id}"))
    assert "Alex" not in page_of(reader.get("/messages"))
    # Alex still sees what he sent, as sent.
    theirs = page_of(as_member(alex).get(f"/messages/{conversation_id}"))
    assert "Something unkind." in theirs
    assert "And more." in theirs


def test_in_a_group_only_the_blocker_misses_the_blocked_members_messages(as_member):
    moderator = make_moderator(display_name="Mo Derator")
    bea, cat = make_user(display_name="Bea Okafor"), make_user(display_name="Cat Diaz")
    connect(bea, cat)
    block(bea, moderator)
    conversation_id = conversation_of(
        start(as_member(moderator), [bea.id, cat.id], "A note to you both.")
    )
    assert "A note to you both." in page_of(as_member(cat).get(f"/messages/{conversation_id}"))
    assert header_count(page_of(as_member(cat).get("/"))) == 0  # read just now
    assert header_count(page_of(as_member(bea).get("/"))) == 0
    assert "A note to you both." not in page_of(as_member(bea).get(f"/messages/{conversation_id}"))
    told = db.session.scalars(select(Notification.user_id).where(Notification.kind == "message"))
    assert list(told) == [cat.id]


# --- lists stay cheap -------------------------------------------------------------------


def count(app, client, queries, url: str) -> int:
    db.session.commit()  # the factories only flush; the request's own session must see it
    with app.app_context(), queries() as counter:
        response = client.get(url)
    assert response.status_code == 200, url
    return counter.count


def test_the_conversation_list_costs_the_same_with_3_or_40_conversations(app, as_member, queries):
    reader = make_user()
    app.config["CONVERSATIONS_PER_PAGE"] = 10
    try:

        def add(how_many: int) -> None:
            for _ in range(how_many):
                friend = make_user()
                connect(friend, reader)
                conversation_id = conversation_of(start(as_member(friend), reader.id, "Hello."))
                reply(as_member(friend), conversation_id, "Still there?")

        browser = as_member(reader)
        add(3)
        few = count(app, browser, queries, "/messages")
        add(37)
        many = count(app, browser, queries, "/messages")
        assert few == many <= 5
        page = page_of(browser.get("/messages"))
        assert page.count('class="conversation-row') == 10
        older = page.split('rel="next"')[0].rsplit('href="', 1)[1].split('"')[0]
        assert count(app, browser, queries, older.replace("&amp;", "&")) == many
        seen = set()
        url = "/messages"
        while url:
            page = page_of(browser.get(url))
            seen |= {part.split('"')[0] for part in page.split('href="/messages/')[1:]}
            url = (
                page.split('rel="next"')[0]
                .rsplit('href="', 1)[1]
                .split('"')[0]
                .replace("&amp;", "&")
                if 'rel="next"' in page
                else ""
            )
        assert len({s for s in seen if s.isdigit()}) == 40
    finally:
        app.config.pop("CONVERSATIONS_PER_PAGE")


def test_a_conversation_costs_the_same_with_3_or_60_messages(
    app, as_member, queries, pair_of_friends
):
    alex, bea = pair_of_friends
    writer = as_member(alex)
    conversation_id = conversation_of(start(writer, bea.id, "Message 1"))
    reply(writer, conversation_id, "Message 2")
    reply(writer, conversation_id, "Message 3")
    reader = as_member(bea)
    few = count(app, reader, queries, f"/messages/{conversation_id}")
    for n in range(4, 61):
        reply(writer, conversation_id, f"Message {n}")
    many = count(app, reader, queries, f"/messages/{conversation_id}")
    assert few == many <= 8


def test_the_header_costs_no_query_for_a_member_without_conversations(
    app, as_member, queries, pair_of_friends
):
    alex, bea = pair_of_friends
    loner = as_member(make_user())
    db.session.commit()
    with app.app_context(), queries() as counter:
        loner.get("/notifications")
    assert not any("conversation_members" in s for s in counter.statements)
    start(as_member(alex), bea.id, "Hello.")
    db.session.commit()
    with app.app_context(), queries() as counter:
        as_member(bea).get("/notifications")
    assert sum("conversation_members" in s for s in counter.statements) == 1
